// Prints the mutation score per module folder (src/model, src/diff, ...) and overall, from the JSON reports that
// `npm run mutate` writes (mutation-testing-report-schema): every report in reports/mutation (one per
// `MUTATE_MODULE=<folder> npm run mutate`, plus mutation.json for a whole run), or the files given. Where several
// reports hold the same source file, the newest report's results for it are counted.
//
//   node scripts/mutation-summary.mjs [report.json ...] [--depth N]
//
// Score = detected / (detected + undetected), as Stryker counts it: detected = killed + timeout, undetected =
// survived + no coverage; invalid (compile and runtime errors) and ignored (static) mutants are not counted.
// `--depth 3` splits folders one level further (src/model/builders-*.ts stay in src/model; a nested folder gets its own row).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const depthAt = args.indexOf('--depth')
const depth = depthAt >= 0 ? Number(args[depthAt + 1]) : 2
const given = args.filter((a, i) => !a.startsWith('--') && (depthAt < 0 || i !== depthAt + 1))
const dir = 'reports/mutation'
const files =
  given.length > 0
    ? given
    : existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json'))
          .map((f) => join(dir, f))
      : []
if (files.length === 0) {
  console.error(
    `no mutation report in ${dir}: run \`npm run mutate\` (or MUTATE_MODULE=<folder> npm run mutate) first`,
  )
  process.exit(2)
}

// oldest first, so that a newer report's results for a source file replace an older one's
const reports = files
  .map((file) => {
    try {
      return { file, time: statSync(file).mtimeMs, report: JSON.parse(readFileSync(file, 'utf8')) }
    } catch (error) {
      console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(2)
    }
  })
  .sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : 1))
const sourceFiles = new Map()
for (const { report } of reports)
  for (const [path, entry] of Object.entries(report.files ?? {})) sourceFiles.set(path, entry)
console.log(`from ${reports.map((r) => r.file).join(', ')}`)

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0 })
const rows = new Map()
const total = empty()

const folderOf = (path) => {
  const parts = path.replace(/\\/g, '/').split('/')
  return parts.length <= depth ? parts.slice(0, -1).join('/') || '.' : parts.slice(0, depth).join('/')
}

for (const [path, { mutants }] of [...sourceFiles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const folder = folderOf(path)
  const row = rows.get(folder) ?? empty()
  rows.set(folder, row)
  for (const m of mutants) {
    for (const r of [row, total]) {
      if (m.status === 'Killed') r.killed += 1
      else if (m.status === 'Timeout') r.timeout += 1
      else if (m.status === 'Survived') r.survived += 1
      else if (m.status === 'NoCoverage') r.noCoverage += 1
      else if (m.status === 'Ignored') r.ignored += 1
      else r.invalid += 1 // CompileError, RuntimeError, Pending
    }
  }
}

const detected = (r) => r.killed + r.timeout
const undetected = (r) => r.survived + r.noCoverage
const score = (r) => {
  const n = detected(r) + undetected(r)
  return n === 0 ? 'n/a' : `${((100 * detected(r)) / n).toFixed(1)}%`
}

const header = ['module', 'score', 'killed', 'timeout', 'survived', 'no cover', 'invalid', 'ignored']
const line = (name, r) =>
  [name, score(r), r.killed, r.timeout, r.survived, r.noCoverage, r.invalid, r.ignored].map(String)
const table = [...[...rows.keys()].sort().map((k) => line(k, rows.get(k))), line('all', total)]
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)))
const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')

console.log(fmt(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of table.slice(0, -1)) console.log(fmt(r))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
console.log(fmt(table.at(-1)))

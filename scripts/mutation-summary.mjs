// Prints the mutation score per module folder (src/model, src/diff, ...) and overall, from the record of scores kept
// in the repository (docs/mutation-scores.json) and the JSON reports that `npm run mutate` writes
// (mutation-testing-report-schema): every report in reports/mutation (one per `MUTATE_MODULE=<folder> npm run
// mutate`, plus mutation.json for a whole run), or the files given. Where several hold the same source file, the
// newest report's results for it are counted, then the record's.
//
//   node scripts/mutation-summary.mjs [report.json ...] [--depth N] [--record]
//
// Score = detected / (detected + undetected), as Stryker counts it: detected = killed + timeout, undetected =
// survived + no coverage; invalid (compile and runtime errors) and ignored (static) mutants are not counted.
// `--depth 3` splits folders one level further (src/model/builders-*.ts stay in src/model; a nested folder gets its own row).
//
// The record: a whole run of src takes hours on two cores, so modules are run one at a time, on different days, and
// the reports (megabytes each, with every test's name) are not kept in the repository. The record keeps, per source
// file, its counts, the SHA-256 of the source they were measured on, the tests they were measured against and the
// day. `--record` writes the counts of the reports into it. A file whose source has changed since it was measured is
// marked stale: its counts are of older code (run it again: `MUTATE_MODULE=model/check.ts npm run mutate`). A file
// of src that no report nor the record holds is listed as not measured, unless it holds nothing to mutate (types,
// imports and re-exports only).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const args = process.argv.slice(2)
const depthAt = args.indexOf('--depth')
const depth = depthAt >= 0 ? Number(args[depthAt + 1]) : 2
const record = args.includes('--record')
const given = args.filter((a, i) => !a.startsWith('--') && (depthAt < 0 || i !== depthAt + 1))
const dir = 'reports/mutation'
const recordFile = 'docs/mutation-scores.json'
const files =
  given.length > 0
    ? given
    : existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json'))
          .map((f) => join(dir, f))
      : []

const fail = (message) => {
  console.error(message)
  process.exit(2)
}
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
const sha = (text) => createHash('sha256').update(text).digest('hex')
const day = (ms) => new Date(ms).toISOString().slice(0, 10)

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0 })
const counted = (mutants) => {
  const c = empty()
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed += 1
    else if (m.status === 'Timeout') c.timeout += 1
    else if (m.status === 'Survived') c.survived += 1
    else if (m.status === 'NoCoverage') c.noCoverage += 1
    else if (m.status === 'Ignored') c.ignored += 1
    else c.invalid += 1 // CompileError, RuntimeError, Pending
  }
  return c
}

// the record first, then the reports, oldest first, so that a newer report's results for a source file replace an
// older one's
const kept = existsSync(recordFile) ? read(recordFile) : { files: {} }
if (typeof kept !== 'object' || kept === null || typeof kept.files !== 'object' || kept.files === null)
  fail(`${recordFile}: expected an object with "files"`)
/** @type {Map<string, {sha: string, counts: ReturnType<typeof empty>, tests: string, measured: string, report: string}>} */
const sourceFiles = new Map(Object.entries(kept.files).map(([path, entry]) => [path, entry]))
const reports = files
  .map((file) => ({ file, time: statSync(file).mtimeMs, report: read(file) }))
  .sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : 1))
for (const { file, time, report } of reports) {
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '')
  // the tests a report was measured against: the folders of test its test files are in (the files at the top)
  const tests = [
    ...new Set(
      Object.keys(report.testFiles ?? {})
        .map((t) => t.replace(/\\/g, '/'))
        .map((t) => (t.split('/').length > 2 ? t.split('/').slice(0, 2).join('/') : t)),
    ),
  ]
    .sort()
    .join(',')
  for (const [path, entry] of Object.entries(report.files ?? {}))
    sourceFiles.set(path.replace(/\\/g, '/'), {
      sha: sha(entry.source ?? ''),
      counts: counted(entry.mutants ?? []),
      tests,
      measured: day(time),
      report: name,
    })
}
if (sourceFiles.size === 0)
  fail(
    `no mutation report in ${dir} and no ${recordFile}: run \`npm run mutate\` (or MUTATE_MODULE=<folder> npm run mutate) first`,
  )
console.log(
  `from ${[...(existsSync(recordFile) ? [recordFile] : []), ...reports.map((r) => r.file)].join(', ')}`,
)

// the files of src that mutation runs cover (stryker.config.mjs leaves out the pure re-export files)
const reexports = new Set([
  'src/index.ts',
  'src/model/index.ts',
  'src/model/builders.ts',
  'src/diff/index.ts',
  'src/ledger/index.ts',
  'src/zone/index.ts',
])
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(d, e.name))
      : e.name.endsWith('.ts')
        ? [join(d, e.name).replace(/\\/g, '/')]
        : [],
  )
// a file with only types, imports and re-exports left has nothing to mutate (Stryker leaves it out of its reports);
// nor has a list of string literals read `as const` (Stryker does not mutate literals whose type is their value)
const constLists = /^(export )?const \w+ = \[(\s*'[^'\n]*',?)*\s*\] as const$/gm
const noCode = (text) =>
  ts
    .transpileModule(text.replace(constLists, ''), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    .outputText.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .replace(/^\s*(import\b|export\s*[*{])[^;]*;/gm, '')
    .trim() === ''
const candidates = walk('src').filter((f) => !reexports.has(f))
const typesOnly = new Set(candidates.filter((f) => noCode(readFileSync(f, 'utf8'))))
const sources = candidates.filter((f) => !typesOnly.has(f))
const current = new Map(sources.map((f) => [f, sha(readFileSync(f, 'utf8'))]))

const rows = new Map()
const total = empty()
const stale = []
const gone = []
const folderOf = (path) => {
  const parts = path.split('/')
  return parts.length <= depth ? parts.slice(0, -1).join('/') || '.' : parts.slice(0, depth).join('/')
}
for (const [path, entry] of [...sourceFiles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!current.has(path)) {
    gone.push(path)
    continue
  }
  if (current.get(path) !== entry.sha) stale.push(`${path} (measured ${entry.measured})`)
  const folder = folderOf(path)
  const row = rows.get(folder) ?? empty()
  rows.set(folder, row)
  for (const r of [row, total]) for (const k of Object.keys(r)) r[k] += entry.counts[k] ?? 0
}
const unmeasured = sources.filter((f) => !sourceFiles.has(f))

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
const list = (title, xs) => {
  if (xs.length > 0) console.log(`\n${title}:\n${xs.map((x) => `  ${x}`).join('\n')}`)
}
list('stale: the source changed since it was measured', stale)
// the files not measured, by folder
const byFolder = new Map()
for (const f of unmeasured)
  byFolder.set(folderOf(f), [...(byFolder.get(folderOf(f)) ?? []), f.replace(/^.*\//, '')])
list(
  'not measured',
  [...byFolder.entries()].map(([folder, names]) => `${folder}: ${names.join(', ')}`),
)
console.log(
  `\n${String(sources.length - unmeasured.length)} of ${String(sources.length)} files of src measured, ${String(stale.length)} of them stale (${String(typesOnly.size)} more hold only types and re-exports: nothing to mutate)`,
)
list('no longer in src (left out)', gone)

if (record) {
  const files = Object.fromEntries(
    [...sourceFiles.entries()]
      .filter(([path]) => current.has(path))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, e]) => [
        path,
        { sha: e.sha, counts: e.counts, tests: e.tests, measured: e.measured, report: e.report },
      ]),
  )
  writeFileSync(
    recordFile,
    `${JSON.stringify(
      {
        note: 'Mutation scores per source file, written by `npm run mutate:summary -- --record` (scripts/mutation-summary.mjs)',
        files,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nwrote ${recordFile} (${String(Object.keys(files).length)} files)`)
}

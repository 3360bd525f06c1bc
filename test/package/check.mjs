// Package gate: build, lint the package metadata, check the types under every resolution mode, then
// install the packed tarball into a throwaway directory and
// - load it by name from ESM and CJS consumers that make the same calls (scenario.cjs) and must get byte-identical
//   results;
// - compile a TypeScript consumer (typescript/consumer.ts.txt) against its declarations with TypeScript 5.0 (the
//   oldest we support: some notebook kernels bundle it; installed as the `typescript-5.0` npm alias) and with the
//   pinned TypeScript, under node16 (CJS and ESM) and bundler resolution, with `skipLibCheck: false`.
//
// Offline-safe: the tarball is extracted by hand and its runtime dependencies are symlinked from this
// repository's node_modules, so nothing is fetched from the registry.
//
// Writes reports/package-checks.json ({ passed, failed, checks }) for .ci/run.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const here = join(root, 'test', 'package')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** Consumer scripts copied into the install directory and run with `node`. Extend as needed. */
const consumers = ['consumer.mjs', 'consumer.cjs']
/** What the consumers read. */
const support = ['scenario.cjs', 'fixture.json']

/** The TypeScript compilers the declarations must compile with: the oldest supported and the pinned one. */
const compilers = ['typescript-5.0', 'typescript'].map((dir) => {
  const at = join(root, 'node_modules', dir)
  const version = JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')).version
  return { name: `TypeScript ${version}`, bin: join(at, 'bin', 'tsc') }
})

/** Compiler settings of a strict user; `files` are compiled in one program. */
const resolutions = [
  { name: 'node16', module: 'node16', moduleResolution: 'node16', files: ['consumer.ts', 'consumer.mts'] },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', files: ['consumer.ts'] },
]

const results = []
let workDir

function run(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options })
  if (res.error) throw res.error
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}`)
  return res
}

function check(name, fn, { requires = [] } = {}) {
  const missing = requires.filter((dep) => !results.some((r) => r.name === dep && r.ok))
  if (missing.length > 0) {
    console.error(`\n✗ ${name} (skipped: ${missing.join(', ')} failed)`)
    results.push({ name, ok: false, error: `skipped: ${missing.join(', ')} failed` })
    return
  }
  console.log(`\n▶ ${name}`)
  try {
    fn()
    console.log(`✓ ${name}`)
    results.push({ name, ok: true })
  } catch (error) {
    console.error(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`)
    results.push({ name, ok: false, error: String(error) })
  }
}

check('build (tsup)', () => run('tsup', []))

check('publint', () => run('publint', ['--strict']), { requires: ['build (tsup)'] })

// Default "strict" profile: node10, node16 (CJS and ESM) and bundler resolution must all be green.
check('attw --pack', () => run('attw', ['--pack', '.', '--profile', 'strict']), {
  requires: ['build (tsup)'],
})

check(
  'install packed tarball',
  () => {
    workDir = mkdtempSync(join(tmpdir(), `${pkg.name}-consumer-`))
    const packed = run('npm', ['pack', '--json', '--pack-destination', workDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const [{ filename }] = JSON.parse(packed.stdout.toString())
    const target = join(workDir, 'node_modules', pkg.name)
    mkdirSync(target, { recursive: true })
    run('tar', ['-xzf', join(workDir, filename), '-C', target, '--strip-components=1'])
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      const link = join(workDir, 'node_modules', dep)
      mkdirSync(dirname(link), { recursive: true })
      symlinkSync(join(root, 'node_modules', dep), link, 'dir')
    }
    writeFileSync(join(workDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }) + '\n')
    for (const file of [...consumers, ...support]) cpSync(join(here, file), join(workDir, file))
    const typed = readFileSync(join(here, 'typescript', 'consumer.ts.txt'), 'utf8')
    for (const file of ['consumer.ts', 'consumer.mts']) writeFileSync(join(workDir, file), typed)
    for (const r of resolutions) {
      const compilerOptions = {
        module: r.module,
        moduleResolution: r.moduleResolution,
        target: 'es2022',
        lib: ['es2022'],
        types: [],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
      }
      writeFileSync(
        join(workDir, `tsconfig.${r.name}.json`),
        JSON.stringify({ compilerOptions, files: r.files }, null, 2),
      )
    }
  },
  { requires: ['build (tsup)'] },
)

for (const file of consumers) {
  check(`consumer ${file}`, () => run(process.execPath, [file], { cwd: workDir }), {
    requires: ['install packed tarball'],
  })
}

check(
  'ESM and CJS builds give byte-identical results',
  () => {
    const esm = readFileSync(join(workDir, 'results-esm.json'))
    const cjs = readFileSync(join(workDir, 'results-cjs.json'))
    if (esm.equals(cjs)) return
    const a = esm.toString().split('\n')
    const b = cjs.toString().split('\n')
    const line = a.findIndex((l, i) => l !== b[i])
    throw new Error(
      `results-esm.json and results-cjs.json differ at line ${line + 1}:\n  esm: ${a[line]}\n  cjs: ${b[line]}`,
    )
  },
  { requires: consumers.map((file) => `consumer ${file}`) },
)

for (const c of compilers) {
  for (const r of resolutions) {
    check(
      `declarations compile: ${c.name}, ${r.name} resolution`,
      () => run(process.execPath, [c.bin, '-p', `tsconfig.${r.name}.json`], { cwd: workDir }),
      { requires: ['install packed tarball'] },
    )
  }
}

if (workDir) rmSync(workDir, { recursive: true, force: true })

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
mkdirSync(join(root, 'reports'), { recursive: true })
writeFileSync(
  join(root, 'reports', 'package-checks.json'),
  JSON.stringify({ passed, failed, checks: results }, null, 2) + '\n',
)
console.log(`\npackage checks: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)

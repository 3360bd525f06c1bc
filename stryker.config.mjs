// Mutation testing: `npm run mutate` (all of src), or one module at a time: `MUTATE_MODULE=diff npm run mutate`
// (or several: `MUTATE_MODULE=cli,notebook`), optionally against one module's own tests only:
// `MUTATE_MODULE=algebra MUTATE_TESTS=test/algebra npm run mutate` (reports named `algebra@test-algebra`; see
// stryker.vitest.config.mts)
// (src/diff; its reports go to reports/mutation/diff.json and .html, and its incremental results to
// reports/mutation/diff.incremental.json, so that modules run on different days add up and a rerun only tests the
// mutants whose code or tests changed). Then `npm run mutate:summary` prints the score per module folder from every
// report in reports/mutation (the newest report wins for a file that is in several) and the record of scores kept in
// the repository (docs/mutation-scores.json), and `npm run mutate:summary -- --record` adds the reports to the record.
//
// Sized for a shared two-core machine: two test-runner processes, per-test coverage (a mutant runs only the tests
// that reach it), and the unit and prop vitest projects only (stryker.vitest.config.mts says which tests, and why).
// Measured on src/report/words.ts (213 mutants), two cores:
// - the typescript checker takes one of the two processes and discards the mutants that do not compile (87 of the
//   213). Without it, those mutants are run, and either fail a test or count as survivors, so the score can only be
//   lower (77.0% against 76.2%), while the run took 7 min against 10.5. So it is off; `MUTATE_CHECK=on` turns it on.
// - vitest's `related` (the dry run runs only the tests that import the mutated files) shortens the dry run (47 s
//   against 2 min 16 s for every test) but makes each mutant's run slower, by working out the related tests again
//   (5.0 min against 6.2 for the 213 mutants). So it is off; `MUTATE_RELATED=on` pays off for a file of a few dozen
//   mutants.
// Stryker 9.6 is the last line that runs on Node 20 (10.x needs Node 22).

// MUTATE_MODULE: a folder of src (`diff`), a file (`model/builders-territory.ts`), or several joined by commas
const modules = process.env['MUTATE_MODULE']?.split(',')
for (const m of modules ?? [])
  if (!/^[a-z][a-z0-9-]*(\/[a-z0-9-]+|\/[a-z0-9*-]+\.ts)?$/.test(m))
    throw new Error(
      `MUTATE_MODULE: "${m}" is not a folder of src such as diff, nor files such as model/builders-territory.ts or model/load*.ts`,
    )
// MUTATE_TESTS: only the tests in these folders of test (see stryker.vitest.config.mts); the reports are named apart
const tests = process.env['MUTATE_TESTS']?.split(',')
// MUTATE_NAME: the reports' name, in place of one made of MUTATE_MODULE and MUTATE_TESTS
const name =
  process.env['MUTATE_NAME'] ??
  (modules === undefined
    ? 'mutation'
    : modules.map((m) => m.replace(/\.ts$/, '').replace(/\//g, '-').replace(/\*/g, '_')).join('+')) +
    (tests === undefined ? '' : `@${tests.map((t) => t.replace(/\//g, '-').replace(/\*/g, '_')).join('+')}`)
if (name !== undefined && !/^[A-Za-z0-9@+_.-]+$/.test(name))
  throw new Error(`MUTATE_NAME: "${name}" is not a plain file name (letters, digits, @ + _ . -)`)
const targets =
  modules === undefined
    ? ['src/**/*.ts']
    : modules.map((m) => (m.endsWith('.ts') ? `src/${m}` : `src/${m}/**/*.ts`))

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: {
    configFile: 'stryker.vitest.config.mts',
    related: process.env['MUTATE_RELATED'] === 'on',
  },
  checkers: process.env['MUTATE_CHECK'] === 'on' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.src.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  mutate: [
    ...targets,
    // pure re-export files: nothing to mutate
    '!src/index.ts',
    '!src/model/index.ts',
    '!src/model/builders.ts',
    '!src/diff/index.ts',
    '!src/ledger/index.ts',
    '!src/zone/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // A static mutant is one that runs while modules load (codec definitions, option tables): it would need every test
  // run for it, and on this codebase those are ~half the mutants and ~3/4 of the time. Skipped (counted as ignored);
  // to include them for one file, run it with a config that sets `ignoreStatic: false`.
  // The same holds for a test's own fixtures: a mutant is switched on in a `beforeAll` hook, once the test file has
  // been collected, so a result computed while it is collected (at the top of a test file, or in a `describe` body)
  // never sees the mutant, and the tests that read that result cannot kill it. Tests build what they check inside
  // `it`, in a `beforeEach`, or through a function they call (test/diff/render.test.ts).
  ignoreStatic: true,
  concurrency: 2,
  checkerNodeArgs: [],
  timeoutMS: 10_000,
  // the first run of every test with per-test coverage takes several minutes on two shared cores
  dryRunTimeoutMinutes: 40,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 80, low: 60, break: null },
}

// The vitest configuration that mutation testing (`npm run mutate`, stryker.config.mjs) runs: the `unit` and `prop`
// projects of vitest.config.mts, without the type tests (they run no code, so they cannot kill a mutant), the
// built-package checks, and the documentation examples (each example is compiled and imported as a module of its
// own, which makes every mutant run slow; `npm test` runs them).
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import base from './vitest.config.mjs'

const keep = new Set(['unit', 'prop'])
// MUTATE_TESTS (folders of test, joined by commas: `test/algebra,test/zone`) keeps only the tests in those folders:
// a module's mutants are then run against its own tests alone, which is much faster for a module every other
// module's tests reach (a mutant that survives runs every test that reaches it), and a stricter score.
// An entry may also name test files, as a path or a glob ending in `.test.ts` (`test/load*.test.ts`): the unit project
// runs those files, and the prop project their `.prop.test.ts` counterparts.
const testDirs = process.env['MUTATE_TESTS']?.split(',')
const isFiles = (d: string): boolean => /^test(\/[a-z0-9*-]+)*\/[a-z0-9*.-]+\.test\.ts$/.test(d)
for (const d of testDirs ?? [])
  if (!/^test(\/[a-z0-9-]+)+$/.test(d) && !isFiles(d))
    throw new Error(
      `MUTATE_TESTS: "${d}" is not a folder of test such as test/algebra, nor test files such as test/load*.test.ts`,
    )
const within = (patterns: readonly string[] | undefined): string[] | undefined =>
  testDirs === undefined || patterns === undefined
    ? patterns?.slice()
    : patterns.flatMap((p) =>
        p.startsWith('test/')
          ? testDirs.map((d) =>
              !isFiles(d)
                ? `${d}/${p.slice(5)}`
                : p.endsWith('.prop.test.ts') && !d.endsWith('.prop.test.ts')
                  ? d.replace(/\.test\.ts$/, '.prop.test.ts')
                  : d,
            )
          : [p],
      )
// vitest.config.mts lists its projects inline.
const projects = ((base.test?.projects ?? []) as ReadonlyArray<TestProjectInlineConfiguration>)
  .filter((p) => typeof p.test?.name === 'string' && keep.has(p.test.name))
  .map((p) =>
    p.test?.name === 'unit'
      ? { ...p, test: { ...p.test, exclude: [...(p.test.exclude ?? []), 'test/doc-examples.test.ts'] } }
      : p,
  )
  .map((p) => ({ ...p, test: { ...p.test, include: within(p.test?.include) } }))

// Property tests on a fixed seed (test/setup/fast-check.ts reads FC_SEED): a mutant is killed or not by the same
// cases on every run, so scores are reproducible.
export default defineConfig({
  test: {
    setupFiles: base.test?.setupFiles,
    projects,
    // and at most FC_MAX_RUNS cases each (test/fast-check.ts): a surviving mutant runs every property that reaches
    // it, and in src/deadlock the properties are three fifths of the time of its tests
    env: { FC_SEED: process.env['FC_SEED'] ?? '20261127', FC_MAX_RUNS: process.env['FC_MAX_RUNS'] ?? '20' },
    // instrumented code runs several times slower than plain code: give each test room before calling it failed
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

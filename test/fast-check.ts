/**
 * Property tests: `test.prop([arbitraries], parameters?)(name, body, timeout?)` declares a vitest test that runs
 * `body` on the cases fast-check draws from the arbitraries (the seed is the global one: test/setup/fast-check.ts).
 * A body fails its case by throwing or by returning `false`; it may be async. A failure reports the seed and path
 * that replay it: `test.prop([...], { seed, path, endOnFailure: true })`.
 *
 * The test files import `fc` and `test` from here. Importing fast-check itself takes milliseconds, whereas a
 * vitest integration that loads vitest's own entry cost about 2 s per test file: every test file paid it through the
 * setup file, and every mutant paid it again, per test file, under mutation testing.
 */
import * as fc from 'fast-check'
import { test as vitestTest } from 'vitest'

export { fc }

/** The cases of a property: one arbitrary per argument of its body. */
export type Arbitraries<Ts extends ReadonlyArray<unknown>> = { readonly [K in keyof Ts]: fc.Arbitrary<Ts[K]> }

/** A property's body: throws, or returns `false`, to fail a case. */
export type Body<Ts extends ReadonlyArray<unknown>> = (
  ...args: Ts
) => boolean | void | Promise<boolean | void>

/** Runs a property on the cases drawn from `arbitraries`: resolves when every case holds, rejects with the first
 * counterexample (shrunk), its seed and its path otherwise. */
export const check = async <Ts extends [unknown, ...unknown[]]>(
  arbitraries: Arbitraries<Ts>,
  parameters: fc.Parameters<Ts> | undefined,
  body: Body<Ts>,
): Promise<void> => {
  const property = fc.asyncProperty<Ts>(
    ...(arbitraries as unknown as { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }),
    async (...args: Ts) => (await body(...args)) !== false,
  )
  await fc.assert(property, capped(parameters))
}

/**
 * `FC_MAX_RUNS` (checked by test/setup/fast-check.ts) caps the cases of every property: mutation testing sets it
 * (stryker.vitest.config.mts), since a mutant that survives runs every test that reaches it, and a property's first
 * cases kill nearly every mutant its later ones would. Fewer cases can only kill fewer mutants, so the score it gives
 * is never higher than the full run's.
 */
const capped = <Ts>(parameters: fc.Parameters<Ts> | undefined): fc.Parameters<Ts> | undefined => {
  const max = process.env['FC_MAX_RUNS']
  if (max === undefined || max === '') return parameters
  const runs = parameters?.numRuns ?? fc.readConfigureGlobal().numRuns ?? 100
  return { ...parameters, numRuns: Math.min(runs, Number(max)) }
}

const prop =
  <Ts extends [unknown, ...unknown[]]>(arbitraries: Arbitraries<Ts>, parameters?: fc.Parameters<Ts>) =>
  (name: string, body: Body<Ts>, timeout?: number): void => {
    vitestTest(name, () => check(arbitraries, parameters, body), timeout)
  }

/** vitest's own `test` (with `skip`, `only`, `each` and the rest), with `test.prop` for property tests. */
export const test: typeof vitestTest & { readonly prop: typeof prop } = new Proxy(vitestTest, {
  get: (target, key, receiver) => (key === 'prop' ? prop : (Reflect.get(target, key, receiver) as unknown)),
}) as typeof vitestTest & { readonly prop: typeof prop }

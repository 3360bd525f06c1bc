/**
 * Property tests explore new random cases on every local run. `FC_SEED` pins them: `.ci/run` sets it so that the
 * landing gate is reproducible, and a counterexample reported with its seed replays with `FC_SEED=<seed> npm test`.
 */
import * as fc from 'fast-check'

const seed = process.env['FC_SEED']
if (seed !== undefined && seed !== '') {
  const n = Number(seed)
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seed)}`)
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: n })
}

// FC_MAX_RUNS caps the cases of every property (test/fast-check.ts), for mutation testing
const max = process.env['FC_MAX_RUNS']
if (max !== undefined && max !== '' && !(Number.isSafeInteger(Number(max)) && Number(max) > 0))
  throw new Error(`FC_MAX_RUNS must be a positive integer, got ${JSON.stringify(max)}`)

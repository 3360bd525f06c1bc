/**
 * The members of a value set: how many there are, the list of them, and one of them. Part of `Values`.
 *
 * @since 0.1.0
 */
import { either as E, type option as O } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Domain, ValueSet } from '../model/domain'
import { withSets } from './check'
import { dualAfterDomain } from './dual'
import type { Result, SetOf, ValueOf } from './value-set'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The most values `enumerate` lists (100,000); a larger set is an error rather than a slow answer.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Values } from 'negotiation-positions'
 * assert.strictEqual(Values.ENUMERATION_LIMIT, 100000)
 */
export const ENUMERATION_LIMIT = 100_000

const frozen = <A>(r: Result<A>): Result<A> => (E.isRight(r) ? E.right(deepFreeze(r.right)) : r)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * How big the set is: the number of values for choices, flags, subsets and integer quantities; the total length
 * (measure) for continuous quantities, so a single point has size 0. Subset counts above 2^53 are rounded.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const km = { kind: 'quantity', unit: 'km', min: 0, max: 100 } as Domain
 * assert.deepStrictEqual(Values.size(km, { kind: 'intervals', intervals: [{ min: 0, max: 15 }, { min: 50, max: 60 }] }), E.right(25))
 */
export const size: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<number>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<number>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  withSets(domain, [set], (a, [s]) => a.size(domain, s!)),
)

/**
 * Every value of the set, in the domain's order: options as listed, `false` before `true`, numbers ascending,
 * subsets in binary order (the first universe element is the lowest bit, so `[]`, `[a]`, `[b]`, `[a, b]`, `[c]`, …),
 * each listing its elements in universe order. An error for a set of a continuous quantity that holds a whole range,
 * or a set of more than `ENUMERATION_LIMIT` values.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const months = { kind: 'quantity', unit: 'months', min: 0, max: 36, integer: true } as Domain
 * assert.deepStrictEqual(
 *   Values.enumerate(months, { kind: 'intervals', intervals: [{ min: 3, max: 6, minOpen: true }] }),
 *   E.right([4, 5, 6]),
 * )
 */
export const enumerate: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<readonly ValueOf<D>[]>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<readonly ValueOf<D>[]>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  frozen(E.flatten(withSets(domain, [set], (a, [s]) => a.enumerate(domain, s!, ENUMERATION_LIMIT)))),
)

/**
 * One value of the set, chosen deterministically (for finite sets, the first value `enumerate` would list; for a
 * continuous range, its lower bound when closed, else its midpoint), or none when the set is empty.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E, option as O } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(Values.sample(days, { kind: 'intervals', intervals: [{ min: 30, max: 60 }] }), E.right(O.some(30)))
 */
export const sample: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<O.Option<ValueOf<D>>>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<O.Option<ValueOf<D>>>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  frozen(withSets(domain, [set], (a, [s]) => a.sample(domain, s!))),
)

/**
 * Value sets: regions of an issue's domain, and the exact algebra every analysis shares — membership, intersection,
 * union, complement, emptiness, equality, size and listing. A value set's kind follows its domain's kind: `options`
 * for a choice, `intervals` for a quantity, `subsets` for a subset issue, `flags` for a flag.
 *
 * Every function takes the domain first. When the data (a value set) comes second it can also be left out
 * for `pipe`: `Values.intersect(domain, a, b)` is `pipe(a, Values.intersect(domain, b))`.
 *
 * Bad input is a value, never a throw: each function returns an `Either` whose left side is an `AlgebraError` when a
 * set's kind does not match the domain (an `intervals` set for a choice), a set names an unknown option, or a value
 * lies outside the domain. Results are in normal form (see `normalize`) and deeply frozen.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type {
  ChoiceDomain,
  Domain,
  FlagDomain,
  FlagSet,
  IntervalSet,
  OptionSet,
  QuantityDomain,
  SubsetDomain,
  SubsetSet,
  ValueSet,
} from '../model/domain'
import type { OptionId } from '../model/ids'
import { deepFreeze } from '../internal/freeze'
import { algebraFor, withSets, withValues, type AnyAlgebra } from './check'
import { dualAfterDomain } from './dual'
import type { AlgebraError } from './errors'

export { algebraError, locate } from './errors'
export type { AlgebraError, AlgebraErrorTag } from './errors'
export { valueEquals, isValueOf, distance, direction, steps, describe } from './value'
export { size, enumerate, sample, ENUMERATION_LIMIT } from './members'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kind of value set a domain takes: `OptionSet` for a choice, `IntervalSet` for a quantity, `SubsetSet` for a
 * subset issue, `FlagSet` for a flag (`ValueSet` when the domain's kind is not known statically).
 *
 * @category model
 * @since 0.1.0
 */
export type SetOf<D extends Domain> = D extends ChoiceDomain
  ? OptionSet
  : D extends QuantityDomain
    ? IntervalSet
    : D extends SubsetDomain
      ? SubsetSet
      : D extends FlagDomain
        ? FlagSet
        : never

/**
 * The kind of value a domain takes: an option id, a number, a list of element ids, or a boolean.
 *
 * @category model
 * @since 0.1.0
 */
export type ValueOf<D extends Domain> = D extends ChoiceDomain
  ? OptionId
  : D extends QuantityDomain
    ? number
    : D extends SubsetDomain
      ? readonly OptionId[]
      : D extends FlagDomain
        ? boolean
        : never

/**
 * The outcome of an operation on value sets: the answer on the right, or on the left an `AlgebraError` that says
 * what is wrong with the input (a set of the wrong kind for the issue, an unknown option, a value outside the domain).
 *
 * @category model
 * @since 0.1.0
 */
export type Result<A> = E.Either<AlgebraError, A>

const frozen = <A>(r: Result<A>): Result<A> => (E.isRight(r) ? E.right(deepFreeze(r.right)) : r)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The whole domain: every value of the issue.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(Values.all(days), E.right({ kind: 'intervals', intervals: [{ min: 0, max: 90 }] }))
 */
export const all = <D extends Domain>(domain: D): Result<SetOf<D>> =>
  frozen(E.map((a: AnyAlgebra) => a.all(domain))(algebraFor(domain))) as Result<SetOf<D>>

/**
 * The empty set of the domain: no value at all.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * assert.deepStrictEqual(Values.none({ kind: 'flag' } as Domain), E.right({ kind: 'flags', values: [] }))
 */
export const none = <D extends Domain>(domain: D): Result<SetOf<D>> =>
  frozen(E.map((a: AnyAlgebra) => a.none(domain))(algebraFor(domain))) as Result<SetOf<D>>

/**
 * The set of exactly the given values; an error names the first value that is not in the domain.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true } as Domain
 * assert.deepStrictEqual(
 *   Values.of(days, [30, 31, 60]),
 *   E.right({ kind: 'intervals', intervals: [{ min: 30, max: 31 }, { min: 60, max: 60 }] }),
 * )
 * assert.strictEqual(E.isLeft(Values.of(days, [120])), true)
 */
export const of: {
  <D extends Domain>(domain: D): (values: readonly ValueOf<D>[]) => Result<SetOf<D>>
  <D extends Domain>(domain: D, values: readonly ValueOf<D>[]): Result<SetOf<D>>
} = dualAfterDomain(2, (domain: Domain, values: readonly unknown[]) =>
  frozen(withValues(domain, values, (a, vs) => a.of(domain, vs))),
)

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when the set contains no value.
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true } as Domain
 * assert.deepStrictEqual(Values.isEmpty(days, { kind: 'intervals', intervals: [{ min: 1, max: 2, minOpen: true, maxOpen: true }] }), E.right(true))
 */
export const isEmpty: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<boolean>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<boolean>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  withSets(domain, [set], (a, [s]) => a.isEmpty(domain, s!)),
)

/**
 * True when the two sets contain the same values, whatever their form.
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * const a = { kind: 'intervals', intervals: [{ min: 0, max: 20 }, { min: 10, max: 30 }] } as const
 * const b = { kind: 'intervals', intervals: [{ min: -5, max: 30 }] } as const
 * assert.deepStrictEqual(Values.equals(days, a, b), E.right(true))
 */
export const equals: {
  <D extends Domain>(domain: D, b: SetOf<D>): (a: SetOf<D>) => Result<boolean>
  <D extends Domain>(domain: D, a: SetOf<D>, b: SetOf<D>): Result<boolean>
} = dualAfterDomain(3, (domain: Domain, a: ValueSet, b: ValueSet) =>
  withSets(domain, [a, b], (alg, [x, y]) => alg.equals(domain, x!, y!)),
)

/**
 * True when every value of `a` is in `b` (`isSubsetOf(domain, b)(a)` in a pipe).
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * const a = { kind: 'intervals', intervals: [{ min: 10, max: 20 }] } as const
 * const b = { kind: 'intervals', intervals: [{ min: 0, max: 30 }] } as const
 * assert.deepStrictEqual(Values.isSubsetOf(days, a, b), E.right(true))
 * assert.deepStrictEqual(Values.isSubsetOf(days, b, a), E.right(false))
 */
export const isSubsetOf: {
  <D extends Domain>(domain: D, b: SetOf<D>): (a: SetOf<D>) => Result<boolean>
  <D extends Domain>(domain: D, a: SetOf<D>, b: SetOf<D>): Result<boolean>
} = dualAfterDomain(3, (domain: Domain, a: ValueSet, b: ValueSet) =>
  withSets(domain, [a, b], (alg, [x, y]) =>
    alg.isEmpty(domain, alg.intersect(domain, x!, alg.complement(domain, y!))),
  ),
)

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The normal form of a set: for options and flags, in the domain's order without duplicates; for intervals, sorted,
 * merged, clipped to the domain's bounds, empty intervals dropped (integer quantities as closed whole-number
 * intervals); for subsets, satisfiable constraints in universe order, implied size bounds dropped, constraints
 * contained in another dropped. Two sets with the same members may still differ in form; use `equals` for that.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(
 *   Values.normalize(days, { kind: 'intervals', intervals: [{ min: 60, max: 200 }, { min: 10, max: 30 }, { min: 20, max: 40 }] }),
 *   E.right({ kind: 'intervals', intervals: [{ min: 10, max: 40 }, { min: 60, max: 90 }] }),
 * )
 */
export const normalize: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<SetOf<D>>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<SetOf<D>>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  frozen(withSets(domain, [set], (a, [s]) => a.normalize(domain, s!))),
)

/**
 * True when the set contains the value; an error when the value is not in the domain at all.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * const upTo30 = { kind: 'intervals', intervals: [{ min: 0, max: 30 }] } as const
 * assert.deepStrictEqual(Values.contains(days, upTo30, 30), E.right(true))
 * assert.deepStrictEqual(Values.contains(days, upTo30, 31), E.right(false))
 */
export const contains: {
  <D extends Domain>(domain: D, value: ValueOf<D>): (set: SetOf<D>) => Result<boolean>
  <D extends Domain>(domain: D, set: SetOf<D>, value: ValueOf<D>): Result<boolean>
} = dualAfterDomain(3, (domain: Domain, set: ValueSet, value: unknown) =>
  E.flatten(
    withSets(domain, [set], (a, [s]) => withValues(domain, [value], (_, [v]) => a.contains(domain, s!, v!))),
  ),
)

/**
 * The values both sets contain.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * const a = { kind: 'intervals', intervals: [{ min: 0, max: 30 }] } as const
 * const b = { kind: 'intervals', intervals: [{ min: 20, max: 60, minOpen: true }] } as const
 * assert.deepStrictEqual(
 *   Values.intersect(days, a, b),
 *   E.right({ kind: 'intervals', intervals: [{ min: 20, max: 30, minOpen: true }] }),
 * )
 */
export const intersect: {
  <D extends Domain>(domain: D, b: SetOf<D>): (a: SetOf<D>) => Result<SetOf<D>>
  <D extends Domain>(domain: D, a: SetOf<D>, b: SetOf<D>): Result<SetOf<D>>
} = dualAfterDomain(3, (domain: Domain, a: ValueSet, b: ValueSet) =>
  frozen(withSets(domain, [a, b], (alg, [x, y]) => alg.intersect(domain, x!, y!))),
)

/**
 * The values either set contains.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const flag = { kind: 'flag' } as Domain
 * assert.deepStrictEqual(
 *   Values.union(flag, { kind: 'flags', values: [true] }, { kind: 'flags', values: [false] }),
 *   E.right({ kind: 'flags', values: [false, true] }),
 * )
 */
export const union: {
  <D extends Domain>(domain: D, b: SetOf<D>): (a: SetOf<D>) => Result<SetOf<D>>
  <D extends Domain>(domain: D, a: SetOf<D>, b: SetOf<D>): Result<SetOf<D>>
} = dualAfterDomain(3, (domain: Domain, a: ValueSet, b: ValueSet) =>
  frozen(withSets(domain, [a, b], (alg, [x, y]) => alg.union(domain, x!, y!))),
)

/**
 * The values of the domain that the set does not contain.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(
 *   Values.complement(days, { kind: 'intervals', intervals: [{ min: 0, max: 30 }] }),
 *   E.right({ kind: 'intervals', intervals: [{ min: 30, max: 90, minOpen: true }] }),
 * )
 */
export const complement: {
  <D extends Domain>(domain: D): (set: SetOf<D>) => Result<SetOf<D>>
  <D extends Domain>(domain: D, set: SetOf<D>): Result<SetOf<D>>
} = dualAfterDomain(2, (domain: Domain, set: ValueSet) =>
  frozen(withSets(domain, [set], (a, [s]) => a.complement(domain, s!))),
)

/**
 * The values of `a` that `b` does not contain (what a party gave up when its acceptable set went from `a` to `b`).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(
 *   Values.difference(days, { kind: 'intervals', intervals: [{ min: 0, max: 60 }] }, { kind: 'intervals', intervals: [{ min: 30, max: 90 }] }),
 *   E.right({ kind: 'intervals', intervals: [{ min: 0, max: 30, maxOpen: true }] }),
 * )
 */
export const difference: {
  <D extends Domain>(domain: D, b: SetOf<D>): (a: SetOf<D>) => Result<SetOf<D>>
  <D extends Domain>(domain: D, a: SetOf<D>, b: SetOf<D>): Result<SetOf<D>>
} = dualAfterDomain(3, (domain: Domain, a: ValueSet, b: ValueSet) =>
  frozen(withSets(domain, [a, b], (alg, [x, y]) => alg.intersect(domain, x!, alg.complement(domain, y!)))),
)

/**
 * The algebra each domain kind implements. `Values` checks its inputs (the set's kind matches the domain, the set is
 * well formed, values lie in the domain) and then dispatches to the kind's implementation, which may assume them.
 * Internal.
 *
 * @internal
 */
import type { either as E, option as O } from 'fp-ts'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { AlgebraError } from './errors'

/**
 * The operations one domain kind provides, on checked inputs.
 *
 * @internal
 */
export interface KindAlgebra<D extends Domain, S extends ValueSet, V extends Value> {
  /** The problem with a set of this kind (shape, unknown ids), if any. */
  readonly problem: (domain: D, set: S) => AlgebraError | undefined
  /** True when `u` is a value of the domain. */
  readonly isValue: (domain: D, u: unknown) => u is V
  /** Why `u` is not a value of the domain, in words. */
  readonly whyNot: (domain: D, u: unknown) => string
  readonly normalize: (domain: D, set: S) => S
  readonly contains: (domain: D, set: S, value: V) => boolean
  /** A membership test for one set, prepared once for many values. */
  readonly member: (domain: D, set: S) => (value: V) => boolean
  readonly intersect: (domain: D, a: S, b: S) => S
  readonly union: (domain: D, a: S, b: S) => S
  readonly complement: (domain: D, a: S) => S
  readonly isEmpty: (domain: D, a: S) => boolean
  readonly equals: (domain: D, a: S, b: S) => boolean
  readonly all: (domain: D) => S
  readonly none: (domain: D) => S
  readonly of: (domain: D, values: readonly V[]) => S
  readonly size: (domain: D, a: S) => number
  readonly enumerate: (domain: D, a: S, limit: number) => E.Either<AlgebraError, readonly V[]>
  readonly sample: (domain: D, a: S) => O.Option<V>
  readonly valueEquals: (domain: D, a: V, b: V) => boolean
  readonly distance: (domain: D, a: V, b: V) => number
  /** The position of a value along the domain's order (option index, the number), or undefined when unordered. */
  readonly rank: (domain: D, value: V) => number | undefined
  readonly describe: (domain: D, value: V) => string
}

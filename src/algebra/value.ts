/**
 * Values: single points of a domain. Equality (subsets compare as sets), membership of the domain, a normalised
 * distance, and for ordered domains the direction and number of steps from one value to another. Part of `Values`.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { Domain } from '../model/domain'
import { algebraFor, withValues } from './check'
import { dualAfterDomain } from './dual'
import { algebraError, describeDomain, show } from './errors'
import type { Result, ValueOf } from './value-set'

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when the value lies in the domain: an option the choice has; a finite number within the bounds (and whole
 * when the quantity is integer); a list of distinct elements of the universe; a boolean for a flag.
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true } as Domain
 * assert.strictEqual(Values.isValueOf(days, 30), true)
 * assert.strictEqual(Values.isValueOf(days, 30.5), false)
 * assert.deepStrictEqual([10, 120].filter(Values.isValueOf(days)), [10])
 */
export const isValueOf: {
  <D extends Domain>(domain: D): (value: unknown) => value is ValueOf<D>
  <D extends Domain>(domain: D, value: unknown): value is ValueOf<D>
} = dualAfterDomain(2, (domain: Domain, value: unknown): boolean => {
  const a = algebraFor(domain)
  return E.isRight(a) && a.right.isValue(domain, value)
})

/**
 * True when two values are the same point of the domain; subset values compare as sets (order and repetition do
 * not matter).
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Values, Domain, OptionId } from 'negotiation-positions'
 * const guarantors = { kind: 'subset', universe: [{ id: 'US', label: 'United States' }, { id: 'UK', label: 'United Kingdom' }] } as unknown as Domain
 * const ids = (...xs: string[]) => xs as OptionId[]
 * assert.strictEqual(Values.valueEquals(guarantors, ids('US', 'UK'), ids('UK', 'US')), true)
 */
export const valueEquals: {
  <D extends Domain>(domain: D, b: ValueOf<D>): (a: ValueOf<D>) => boolean
  <D extends Domain>(domain: D, a: ValueOf<D>, b: ValueOf<D>): boolean
} = dualAfterDomain(3, (domain: Domain, a: unknown, b: unknown): boolean => {
  if (domain.kind === 'subset' && Array.isArray(a) && Array.isArray(b)) {
    const sa = new Set<unknown>(a)
    const sb = new Set<unknown>(b)
    return sa.size === sb.size && [...sa].every((x) => sb.has(x))
  }
  return a === b
})

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * How far apart two values are, from 0 (the same) to 1 (opposite ends): steps / (options − 1) for an ordered choice,
 * |a − b| / (max − min) for a quantity, the number of elements in one but not the other / universe size for a
 * subset, and 0 or 1 for a flag or an unordered choice.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.deepStrictEqual(Values.distance(days, 30, 75), E.right(0.5))
 */
export const distance: {
  <D extends Domain>(domain: D, b: ValueOf<D>): (a: ValueOf<D>) => Result<number>
  <D extends Domain>(domain: D, a: ValueOf<D>, b: ValueOf<D>): Result<number>
} = dualAfterDomain(3, (domain: Domain, a: unknown, b: unknown) =>
  withValues(domain, [a, b], (alg, [x, y]) => alg.distance(domain, x!, y!)),
)

const ranks = (domain: Domain, a: unknown, b: unknown): Result<readonly [number, number]> =>
  E.flatten(
    withValues(domain, [a, b], (alg, [x, y]) => {
      const ra = alg.rank(domain, x!)
      const rb = alg.rank(domain, y!)
      return ra === undefined || rb === undefined
        ? E.left(
            algebraError(
              'unordered',
              `the issue is ${describeDomain(domain)}, which has no order; direction and steps need an ordered choice or a quantity`,
            ),
          )
        : E.right([ra, rb] as const)
    }),
  )

/**
 * Which way `to` lies from `from`: −1 toward the first pole (the first option, the lower number), 1 toward the last
 * pole (the last option, the higher number), 0 when they are the same. An error for domains without an order
 * (unordered choices, subsets, flags).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const troops = { kind: 'quantity', unit: 'troops', min: 0, max: 1000000 } as Domain
 * assert.deepStrictEqual(Values.direction(troops, 800000, 600000), E.right(-1))
 */
export const direction: {
  <D extends Domain>(domain: D, to: ValueOf<D>): (from: ValueOf<D>) => Result<-1 | 0 | 1>
  <D extends Domain>(domain: D, from: ValueOf<D>, to: ValueOf<D>): Result<-1 | 0 | 1>
} = dualAfterDomain(3, (domain: Domain, from: unknown, to: unknown) =>
  E.map(([a, b]: readonly [number, number]) => (b > a ? 1 : b < a ? -1 : 0))(ranks(domain, from, to)),
)

/**
 * How many options `to` lies from `from` on an ordered choice: positive toward the last pole, negative toward the
 * first. An error for any other domain.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Values, Domain, OptionId } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const nato = {
 *   kind: 'choice', ordered: true,
 *   options: [{ id: 'member', label: 'Member' }, { id: 'path', label: 'Path to membership' }, { id: 'neutral', label: 'Neutral' }],
 * } as unknown as Domain
 * assert.deepStrictEqual(Values.steps(nato, 'member' as OptionId, 'neutral' as OptionId), E.right(2))
 */
export const steps: {
  <D extends Domain>(domain: D, to: ValueOf<D>): (from: ValueOf<D>) => Result<number>
  <D extends Domain>(domain: D, from: ValueOf<D>, to: ValueOf<D>): Result<number>
} = dualAfterDomain(3, (domain: Domain, from: unknown, to: unknown) =>
  domain.kind !== 'choice'
    ? E.left(
        algebraError(
          'unordered',
          `steps are counted between the options of an ordered choice, but the issue is ${describeDomain(domain)}; use direction and distance`,
        ),
      )
    : E.map(([a, b]: readonly [number, number]) => b - a)(ranks(domain, from, to)),
)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The value in words, for reports: an option's label, a number with its unit, a subset's labels in braces, a flag's
 * yes or no label. A value outside the domain is shown as written.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Values, Domain } from 'negotiation-positions'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 90 } as Domain
 * assert.strictEqual(Values.describe(days, 30), '30 days')
 * assert.strictEqual(Values.describe({ kind: 'flag', yes: 'in force', no: 'not in force' } as Domain, true), 'in force')
 */
export const describe: {
  <D extends Domain>(domain: D): (value: ValueOf<D>) => string
  <D extends Domain>(domain: D, value: ValueOf<D>): string
} = dualAfterDomain(2, (domain: Domain, value: unknown): string => {
  const a = algebraFor(domain)
  return E.isRight(a) && a.right.isValue(domain, value) ? a.right.describe(domain, value) : show(value)
})

/**
 * How far a stance moved: on its ideal (the normalised distance between the two ideals) and on what it
 * could accept (the share of the domain that entered or left its acceptable set less red lines), both from 0 to 1.
 * Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { distance, valueEquals } from '../algebra/value-set'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { Stance } from '../model/positions'
import { allowedOf } from './context'
import { join, minus, same, sizeOf, whole } from './sets'

const right = <A>(r: E.Either<unknown, A>): A | undefined => (E.isRight(r) ? r.right : undefined)

/**
 * The distance between two ideals (0 when either is missing).
 *
 * @internal
 */
export const idealMove = (domain: Domain, a: Value | undefined, b: Value | undefined): number =>
  a === undefined || b === undefined
    ? 0
    : (right(distance(domain, a as never, b as never) as E.Either<unknown, number>) ?? 0)

/**
 * The share of the domain on which two value sets differ (an absent set stands for the whole domain).
 *
 * @internal
 */
export const setMove = (domain: Domain, a: ValueSet | undefined, b: ValueSet | undefined): number => {
  if (a === undefined && b === undefined) return 0
  const all = whole(domain)
  if (all === undefined) return 0
  const x = a ?? all
  const y = b ?? all
  const d1 = minus(domain, x, y)
  const d2 = minus(domain, y, x)
  if (d1 === undefined || d2 === undefined) return 0
  const sym = join(domain, d1, d2)
  const total = sizeOf(domain, all)
  const part = sym === undefined ? undefined : sizeOf(domain, sym)
  if (total === undefined || part === undefined || total <= 0) return 0
  return Math.min(1, part / total)
}

/**
 * How far a stance moved from `a` to `b`: the larger of its ideal's move and its limits' move.
 *
 * @internal
 */
export const stanceMove = (domain: Domain, a: Stance | undefined, b: Stance): number =>
  Math.max(idealMove(domain, a?.ideal, b.ideal), setMove(domain, allowedOf(domain, a), allowedOf(domain, b)))

/**
 * True when two values are the same point.
 *
 * @internal
 */
export const sameValue = (domain: Domain, a: Value, b: Value): boolean =>
  valueEquals(domain, a as never, b as never)

/**
 * True when two value sets hold the same values (absent: the whole domain).
 *
 * @internal
 */
export const sameSet = (domain: Domain, a: ValueSet | undefined, b: ValueSet | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b
  return same(domain, a, b)
}

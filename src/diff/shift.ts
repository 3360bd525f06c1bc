/**
 * The components of a move between two stances on one issue: the share of the domain the party finds acceptable,
 * the distance from its ideal to the other principals' ideals, and the share of the domain behind its red lines.
 * Each component is signed so that a positive number is a concession.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { distance } from '../algebra/value'
import { all, equals, isSubsetOf, size } from '../algebra/value-set'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { Stance } from '../model/positions'
import { ownValue } from './value-change'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How the acceptable set or the red lines changed between two stances: `share` of the domain on each side (null
 * where the stance does not say), how the set itself changed (`grew`, `shrank`, `changed`, `same`; for red lines
 * `dropped` = shrank, `added` = grew), and the signed contribution to the move (positive: concession).
 *
 * @category model
 * @since 0.1.0
 */
export interface SetShift {
  readonly from: number | null
  readonly to: number | null
  readonly change: 'grew' | 'shrank' | 'changed' | 'same' | null
  readonly contribution: number | null
}

/**
 * How the ideal moved: the two ideals, their mean distance (0…1) to the other principals' ideals, whether the new
 * ideal is closer to them (`toward`) or farther (`away`), and the signed contribution (the fall in distance).
 *
 * @category model
 * @since 0.1.0
 */
export interface IdealShift {
  readonly from: Value | null
  readonly to: Value | null
  readonly distance: { readonly from: number; readonly to: number } | null
  readonly toward: 'toward' | 'away' | 'same' | null
  readonly contribution: number | null
}

/**
 * The components of a move on one issue.
 *
 * @category model
 * @since 0.1.0
 */
export interface StanceShift {
  readonly acceptable: SetShift
  readonly ideal: IdealShift
  readonly redLines: SetShift
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The components of the move from `earlier` (none: the first statement) to `later`, measuring the ideal against
 * `others` (the other principals' ideals). Internal.
 *
 * @internal
 */
export const shiftBetween = (
  domain: Domain,
  earlier: Stance | undefined,
  later: Stance,
  others: readonly Stance['ideal'][],
): StanceShift => ({
  acceptable: setShift(domain, earlier?.acceptable, later.acceptable, 1, earlier === undefined),
  redLines: setShift(domain, earlier?.redLines, later.redLines, -1, earlier === undefined),
  ideal: idealShift(domain, earlier?.ideal, later.ideal, others),
})

/**
 * A movement from a net move: its kind and magnitude. `moved` says whether any component moved (a net of zero is
 * then `mixed`). Internal.
 *
 * @internal
 */
export const movementFrom = (
  net: number,
  moved: boolean,
): { kind: 'concession' | 'hardening' | 'mixed' | 'unchanged'; net: number; magnitude: number } => {
  const x = Math.abs(net) < EPSILON ? 0 : Math.max(-1, Math.min(1, net))
  const kind = x > 0 ? 'concession' : x < 0 ? 'hardening' : moved ? 'mixed' : 'unchanged'
  return { kind, net: x, magnitude: Math.abs(x) }
}

/**
 * The movement of one issue: the mean of the contributions the shift has. Internal.
 *
 * @internal
 */
export const movementOf = (shift: StanceShift | null): ReturnType<typeof movementFrom> => {
  if (shift === null) return movementFrom(0, false)
  const parts = [shift.acceptable.contribution, shift.ideal.contribution, shift.redLines.contribution].filter(
    (x): x is number => x !== null,
  )
  const net = parts.length === 0 ? 0 : parts.reduce((s, x) => s + x, 0) / parts.length
  return movementFrom(
    net,
    parts.some((x) => Math.abs(x) >= EPSILON),
  )
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const EPSILON = 1e-9

const right = <A>(r: E.Either<unknown, A>): A | null => (E.isRight(r) ? r.right : null)

// The share of the domain a set covers, or null when it cannot be measured.
const share = (domain: Domain, set: ValueSet): number | null => {
  const whole = right(E.flatMap((w: ValueSet) => size(domain, w as never))(all(domain)))
  const part = right(size(domain, set as never))
  if (whole === null || part === null) return null
  return whole === 0 ? 0 : part / whole
}

/**
 * `sign` is +1 for the acceptable set (growing is a concession) and −1 for red lines (growing is a hardening). A red
 * line first stated after the earlier stance counts as added to an empty set; an acceptable set first stated does
 * not count (nothing was known before).
 */
const setShift = (
  domain: Domain,
  a: ValueSet | undefined,
  b: ValueSet | undefined,
  sign: 1 | -1,
  first: boolean,
): SetShift => {
  const sa = a === undefined ? null : share(domain, a)
  const sb = b === undefined ? null : share(domain, b)
  if (first || b === undefined) return { from: sa, to: sb, change: null, contribution: null }
  if (a === undefined) {
    if (sign === 1 || sb === null) return { from: null, to: sb, change: null, contribution: null }
    return { from: 0, to: sb, change: sb > 0 ? 'grew' : 'same', contribution: -sb }
  }
  const same = right(equals(domain, a as never, b as never))
  const grew = right(isSubsetOf(domain, a as never, b as never))
  const shrank = right(isSubsetOf(domain, b as never, a as never))
  const change = same === true ? 'same' : grew === true ? 'grew' : shrank === true ? 'shrank' : 'changed'
  const contribution = sa === null || sb === null ? null : sign * (sb - sa)
  return { from: sa, to: sb, change, contribution }
}

const meanDistance = (domain: Domain, v: Value, others: readonly Stance['ideal'][]): number | null => {
  let sum = 0
  for (const o of others) {
    const d = right(distance(domain, v as never, o as never))
    if (d === null) return null
    sum += d
  }
  return others.length === 0 ? null : sum / others.length
}

const idealShift = (
  domain: Domain,
  a: Value | undefined,
  b: Value | undefined,
  others: readonly Stance['ideal'][],
): IdealShift => {
  const base = { from: a === undefined ? null : ownValue(a), to: b === undefined ? null : ownValue(b) }
  if (a === undefined || b === undefined) return { ...base, distance: null, toward: null, contribution: null }
  const da = meanDistance(domain, a, others)
  const db = meanDistance(domain, b, others)
  if (da === null || db === null) return { ...base, distance: null, toward: null, contribution: null }
  const toward = db < da - EPSILON ? 'toward' : db > da + EPSILON ? 'away' : 'same'
  return { ...base, distance: { from: da, to: db }, toward, contribution: da - db }
}

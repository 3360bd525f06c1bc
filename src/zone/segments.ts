/**
 * The values strictly between two critical values of a quantity handled exactly. On such a range every party's
 * utility is linear in the quantity (the other issues fixed), so the packages of a range form a segment in utility
 * space, and a bargaining criterion can peak inside it: the Nash product (a polynomial of degree n in the
 * quantity, log-concave where every gain is positive), the smallest normalised gain (Kalai–Smorodinsky: the crossing
 * of two parties' lines), the distance to the ideal point (a convex quadratic), and, where a reservation utility
 * cuts the range, the cut itself (the best a party gets there, and the end of the maximum-welfare segment). This
 * module finds those values exactly — closed forms, and for the Nash product the root of a decreasing derivative
 * found by bisection to floating-point precision; for an integer quantity, the whole numbers on either side — so
 * that scoring them with the critical values makes every bargaining point exact. It handles one such quantity:
 * with several, the optimum of a product over a box has no closed form and is left out (the caller says so).
 * Internal.
 *
 * @internal
 */
import type { Kept } from './search'
import { choicesOf, scoreAll } from './search'
import type { Space } from './space'
import { UNITS } from './skyline'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Extra packages inside ranges of quantity axis `axis`: for each, the package of the range it lies in (`codes`, as
 * in `scoreAll`), its value of the quantity, and each party's utility in units.
 *
 * @internal
 */
export interface Inside {
  readonly axis: number
  readonly count: number
  readonly codes: readonly number[]
  readonly values: readonly number[]
  readonly utilities: readonly Float64Array[]
  readonly open: readonly OpenEnd[]
}

/**
 * An end of a range of a continuous quantity that no scored package reaches (a red line, an acceptable set or a
 * condition excludes it): the packages of the range come arbitrarily close to it, so a criterion that improves
 * toward it has no maximum there, only this limit. `utilities` are the limits, in units; `value` the excluded value.
 *
 * @internal
 */
export interface OpenEnd {
  readonly code: number
  readonly value: number
  readonly utilities: Float64Array
}

/** One range of the quantity with the rest of a package fixed: utilities at its two ends, and the part allowed. */
interface Segment {
  readonly code: number
  readonly lo: number
  readonly hi: number
  readonly integer: boolean
  readonly u0: Float64Array
  readonly u1: Float64Array
  readonly from: number
  readonly to: number
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const at = (s: Segment, p: number, t: number): number => s.u0[p]! + (s.u1[p]! - s.u0[p]!) * t

/** The part of [from, to] where `c + k t >= 0`; empty when from > to. */
const cut = (from: number, to: number, c: number, k: number): [number, number] => {
  if (k === 0) return c >= 0 ? [from, to] : [1, 0]
  const root = -c / k
  return k > 0 ? [Math.max(from, root), to] : [from, Math.min(to, root)]
}

/** The values of t to score for a real optimum at t: t itself, or the whole numbers of the quantity around it. */
const around = (s: Segment, t: number): number[] => {
  if (!s.integer) return [t]
  const x = s.lo + t * (s.hi - s.lo)
  const xs = [Math.floor(x + 1e-9), Math.ceil(x - 1e-9)]
  return xs.map((v) => (v - s.lo) / (s.hi - s.lo))
}

/** The t in [a, b] that maximises the sum of log gains (gains positive inside): the root of its decreasing slope. */
const nashAt = (s: Segment, d: Float64Array, a: number, b: number): number => {
  const slope = (t: number): number => {
    let f = 0
    for (let p = 0; p < d.length; p++) {
      const k = s.u1[p]! - s.u0[p]!
      if (k !== 0) f += k / (at(s, p, t) - d[p]!)
    }
    return f
  }
  let lo = a
  let hi = b
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const m = (lo + hi) / 2
    if (slope(m) > 0) lo = m
    else hi = m
  }
  return (lo + hi) / 2
}

/** The t in [a, b] that maximises the smallest normalised gain: an end, or where two parties' lines cross. */
const ksAt = (s: Segment, d: Float64Array, range: Float64Array, a: number, b: number): number[] => {
  const P = d.length
  const ratio = (p: number, t: number): number => (at(s, p, t) - d[p]!) / range[p]!
  const worst = (t: number): number => {
    let m = Infinity
    for (let p = 0; p < P; p++) if (range[p]! > 0) m = Math.min(m, ratio(p, t))
    return m
  }
  const ts = [a, b]
  for (let p = 0; p < P; p++)
    for (let q = p + 1; q < P; q++) {
      if (!(range[p]! > 0 && range[q]! > 0)) continue
      // (u0p - dp + kp t) / rp = (u0q - dq + kq t) / rq
      const kp = (s.u1[p]! - s.u0[p]!) / range[p]!
      const kq = (s.u1[q]! - s.u0[q]!) / range[q]!
      if (kp === kq) continue
      const t = (ratio(q, 0) - ratio(p, 0)) / (kp - kq)
      if (t > a && t < b) ts.push(t)
    }
  const best = Math.max(...ts.map(worst))
  return ts.filter((t) => worst(t) >= best - 1e-12 && t > a && t < b)
}

/** The t in [a, b] nearest the ideal point (1, …, 1): a convex quadratic's minimiser. */
const idealAt = (s: Segment, a: number, b: number): number => {
  let num = 0
  let den = 0
  for (let p = 0; p < s.u0.length; p++) {
    const k = s.u1[p]! - s.u0[p]!
    num += (UNITS - s.u0[p]!) * k
    den += k * k
  }
  return den === 0 ? a : Math.min(b, Math.max(a, num / den))
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The one quantity axis handled exactly on which some range is allowed and some party's score varies, or -1 when
 * there is none; undefined when there are several (their joint optimum is not searched).
 *
 * @internal
 */
export const rangeAxis = (space: Space, kept: Kept): number | undefined => {
  const axes = space.axes
    .map((_, a) => a)
    .filter((a) => {
      const axis = space.axes[a]!
      if (axis.domain.kind !== 'quantity' || axis.step !== undefined) return false
      return axis.pieces.some(
        (piece, j) =>
          !piece.point &&
          piece.count !== 0n &&
          kept.allowed[a]![j] === 1 &&
          space.parties.some((_, p) => space.gainLo[p]![a]![j] !== space.gainHi[p]![a]![j]),
      )
    })
  return axes.length > 1 ? undefined : (axes[0] ?? -1)
}

/**
 * The packages inside the ranges of quantity axis `q` where a bargaining criterion can peak or a reservation
 * utility cuts the range (see the module), with their utilities; undefined when more than `max` ranges would be
 * scored. `disagreement` (each party's reservation utility, unrounded) and `bestAtPoints` (the best each party gets
 * at the critical values) are in units; the best for the normalised gains also counts the cuts found here.
 * `scoredCodes` are the packages of critical values scored: an end of a range that is none of them is reported
 * in `open` (continuous quantities only).
 *
 * @internal
 */
export const inside = (
  space: Space,
  kept: Kept,
  q: number,
  disagreement: Float64Array,
  bestAtPoints: Float64Array,
  scoredCodes: ReadonlySet<number>,
  max: number,
): Inside | undefined => {
  const axis = space.axes[q]!
  const P = space.parties.length
  const integer = axis.domain.kind === 'quantity' && axis.domain.integer === true
  const noFloors: Kept = { ...kept, floors: [] }
  const choices = choicesOf(space, noFloors, true)
  choices[q] = Int32Array.from(
    axis.pieces.flatMap((piece, j) =>
      !piece.point && piece.count !== 0n && kept.allowed[q]![j] === 1 ? [j] : [],
    ),
  )
  const r = scoreAll(space, noFloors, choices, max)
  if (r === undefined) return undefined
  const stride = r.stride[q]!
  const n = axis.pieces.length
  const segments: Segment[] = []
  const best = Float64Array.from(bestAtPoints)
  const D = space.axes.length
  for (let i = 0; i < r.count; i++) {
    const code = r.codes[i]!
    const j = Math.floor(code / stride) % n
    const piece = axis.pieces[j]!
    // utilities at the ends, from the unrounded gains (the scored utilities are rounded to units)
    const u0 = new Float64Array(P)
    const u1 = new Float64Array(P)
    for (let p = 0; p < P; p++) {
      let rest = space.base[p]!
      for (let a = 0; a < D; a++)
        if (a !== q)
          rest += space.gain[p]![a]![Math.floor(code / r.stride[a]!) % space.axes[a]!.pieces.length]!
      u0[p] = rest + space.gainLo[p]![q]![j]!
      u1[p] = rest + space.gainHi[p]![q]![j]!
    }
    // the part of the range every kept reservation utility allows
    let from = 0
    let to = 1
    for (const f of kept.floors)
      [from, to] = cut(from, to, u0[f.party]! - f.value * UNITS, u1[f.party]! - u0[f.party]!)
    if (integer) {
      // whole numbers strictly inside the range
      const span = piece.hi - piece.lo
      from = Math.max(from, 1 / span)
      to = Math.min(to, 1 - 1 / span)
      from = (Math.ceil(piece.lo + from * span - 1e-9) - piece.lo) / span
      to = (Math.floor(piece.lo + to * span + 1e-9) - piece.lo) / span
    }
    if (from > to) continue
    const s: Segment = { code, lo: piece.lo, hi: piece.hi, integer, u0, u1, from, to }
    segments.push(s)
    for (let p = 0; p < P; p++) best[p] = Math.max(best[p]!, at(s, p, from), at(s, p, to))
  }
  // the ends of ranges that no scored package reaches: limits a criterion may approach without attaining
  const open: OpenEnd[] = []
  const pointAt = new Map(
    axis.pieces.flatMap((piece, j) => (piece.point ? [[piece.value as number, j]] : [])),
  )
  if (!integer)
    for (const s of segments) {
      const j = Math.floor(s.code / stride) % n
      for (const [t, x] of [
        [0, s.lo],
        [1, s.hi],
      ] as const) {
        if ((t === 0 ? s.from : s.to) !== t) continue
        const k = pointAt.get(x)
        if (k !== undefined && scoredCodes.has(s.code + (k - j) * stride)) continue
        open.push({ code: s.code, value: x, utilities: Float64Array.from(t === 0 ? s.u0 : s.u1) })
      }
    }
  const range = Float64Array.from(best, (b, p) => b - disagreement[p]!)
  const codes: number[] = []
  const values: number[] = []
  const utilities = space.parties.map((): number[] => [])
  for (const s of segments) {
    const ts: number[] = []
    // where a reservation utility cuts the range: the best some party gets on it, the end of a welfare segment
    if (s.from > 0) ts.push(s.from)
    if (s.to < 1) ts.push(s.to)
    // Nash: where every gain is positive, the product's maximiser
    let a = s.from
    let b = s.to
    for (let p = 0; p < P && a <= b; p++) [a, b] = cut(a, b, s.u0[p]! - disagreement[p]!, s.u1[p]! - s.u0[p]!)
    if (a <= b) ts.push(...around(s, nashAt(s, disagreement, a, b)))
    for (const t of ksAt(s, disagreement, range, s.from, s.to)) ts.push(...around(s, t))
    ts.push(...around(s, idealAt(s, s.from, s.to)))
    const seen = new Set<number>()
    for (const t of ts) {
      if (!(t >= s.from - 1e-12 && t <= s.to + 1e-12)) continue
      const x = s.lo + t * (s.hi - s.lo)
      // twelve significant digits: the floating-point noise of the root goes, the optimum stays (to 1e-12)
      const tidy = s.integer ? Math.round(x) : Number(x.toPrecision(12))
      const ok = (v: number): boolean => {
        const u = (v - s.lo) / (s.hi - s.lo)
        return kept.floors.every((f) => Math.round(at(s, f.party, u)) >= f.units)
      }
      // at (or within rounding of) an end of the range it is a critical value, scored already
      const u = (tidy - s.lo) / (s.hi - s.lo)
      if (u <= 1e-9 || u >= 1 - 1e-9) continue
      const value = ok(tidy) ? tidy : ok(x) ? x : undefined
      if (value === undefined || seen.has(value)) continue
      seen.add(value)
      const tt = (value - s.lo) / (s.hi - s.lo)
      codes.push(s.code)
      values.push(value)
      for (let p = 0; p < P; p++) utilities[p]!.push(Math.round(at(s, p, tt)))
    }
  }
  return {
    axis: q,
    count: codes.length,
    codes,
    values,
    utilities: utilities.map((u) => Float64Array.from(u)),
    open,
  }
}

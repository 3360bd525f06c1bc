/**
 * Bargaining points over a Pareto frontier held in typed arrays: the Nash point (largest product of gains over the
 * disagreement point), the Kalai–Smorodinsky point (largest smallest normalised gain), the maximum-welfare point
 * (largest sum) and the opposition of the frontier (distance of its closest point to the ideal (1, …, 1), over √n).
 * Every maximiser is returned, so ties are visible. Internal.
 *
 * @internal
 */
import type { Scored } from './skyline'
import { UNITS } from './skyline'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The packages (indices) that reach the best value of a criterion, and that value.
 *
 * @internal
 */
export interface Best {
  readonly value: number
  readonly packages: readonly number[]
}

/**
 * Values of a criterion (on the utility scale) within this distance of the best tie: utilities are held to about
 * 10^-9, so packages whose criterion is mathematically equal land this close.
 *
 * @internal
 */
export const TIE = 1e-8

const argmax = (candidates: readonly number[], f: (i: number) => number): Best => {
  let best = -Infinity
  for (const i of candidates) {
    const v = f(i)
    if (v > best) best = v
  }
  const packages = candidates.filter((i) => f(i) >= best - TIE)
  return { value: best, packages }
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The frontier packages with the largest product of gains `u_p - d_p` (utilities and disagreement values in units).
 * When no package gives every party a positive gain the product is zero everywhere it is defined: the result has
 * value 0 and lists the frontier packages with product 0.
 *
 * @internal
 */
export const nash = (scored: Scored, front: readonly number[], disagreement: Float64Array): Best => {
  const u = scored.utilities
  const product = (i: number): number => {
    let x = 1
    for (let p = 0; p < u.length; p++) x *= Math.max(0, (u[p]![i]! - disagreement[p]!) / UNITS)
    return x
  }
  return argmax(front, product)
}

/**
 * The best utility each party can get on the frontier (in units).
 *
 * @internal
 */
export const bestFor = (scored: Scored, front: readonly number[]): Float64Array => {
  const u = scored.utilities
  const best = new Float64Array(u.length).fill(-Infinity)
  for (const i of front) for (let p = 0; p < u.length; p++) if (u[p]![i]! > best[p]!) best[p] = u[p]![i]!
  return best
}

/**
 * The frontier packages that maximise the smallest normalised gain `(u_p - d_p) / (best_p - d_p)`; a party whose
 * best equals its disagreement value (it gains nothing anywhere) is left out of the minimum. `best_p` is the best on
 * the frontier unless given (a value approached but not attained may be higher).
 *
 * @internal
 */
export const kalaiSmorodinsky = (
  scored: Scored,
  front: readonly number[],
  disagreement: Float64Array,
  best: Float64Array = bestFor(scored, front),
): Best => {
  const u = scored.utilities
  const minRatio = (i: number): number => {
    let m = Infinity
    for (let p = 0; p < u.length; p++) {
      const range = best[p]! - disagreement[p]!
      if (range <= 0) continue
      const r = (u[p]![i]! - disagreement[p]!) / range
      if (r < m) m = r
    }
    return m === Infinity ? 1 : m
  }
  return argmax(front, minRatio)
}

/**
 * The frontier packages with the largest sum of utilities.
 *
 * @internal
 */
export const welfare = (scored: Scored, front: readonly number[]): Best => {
  const u = scored.utilities
  const sum = (i: number): number => {
    let s = 0
    for (let p = 0; p < u.length; p++) s += u[p]![i]!
    return s / UNITS
  }
  return argmax(front, sum)
}

/**
 * The frontier packages closest to the ideal point (1, …, 1), and that distance divided by √n (0 when some package
 * gives everyone utility 1; 1 at the far corner).
 *
 * @internal
 */
export const opposition = (scored: Scored, front: readonly number[]): Best => {
  const u = scored.utilities
  const n = u.length
  const distance = (i: number): number => {
    let s = 0
    for (let p = 0; p < n; p++) {
      const d = 1 - u[p]![i]! / UNITS
      s += d * d
    }
    return -Math.sqrt(s) / Math.sqrt(n)
  }
  const b = argmax(front, distance)
  return { value: -b.value, packages: b.packages }
}

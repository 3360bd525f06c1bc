/**
 * Bargaining points on a quantity handled exactly (not discretised): checked against a brute-force fine grid of the
 * quantity (every whole number for an integer quantity, steps of 0.05 for a continuous one), on random small
 * scenarios with one such quantity. The reported Nash product is at least every grid package's, the
 * Kalai–Smorodinsky point is on the frontier and at least as good as every grid package under the same
 * normalisation, and the maximum welfare is at least the grid's — or, on a continuous quantity where no package
 * attains the largest value, the value approached (`supremum`) is; each reported package is acceptable, with the
 * utilities of the public utility model.
 */
import { test } from '../fast-check'
import { either as E } from 'fp-ts'
import { describe, expect } from 'vitest'
import { Utility } from '../../src'
import * as Zone from '../../src/zone'
import { frozen, ok } from '../algebra/arbitraries'
import { reference } from './reference'
import { continuous, quantityOf, withQuantity, type Scenario } from './scenarios'

/** Products and sums of utilities held to 2^-30 (about 10^-9) each. */
const TOL = 1e-9

const checks = (s: Scenario, step: number): void => {
  const n = frozen(s.negotiation)
  const q = quantityOf(n)!
  const p = Zone.pareto(n, { limit: 1_000_000 })
  if (E.isLeft(p)) return expect.fail(p.left.map((e) => e.message).join('\n'))
  const ref = reference(n, { [q]: step })
  const parties = ref.parties
  const d = parties.map((party) => n.parties[party]!.reservation ?? 0)
  if (ref.acceptable.length === 0) return
  expect(p.right.nash.value).not.toBeNull()
  // the largest value, or, where no package attains it (toward an excluded end of a range), the value approached
  const top = (b: Zone.BargainingPoint): number => {
    if (b.supremum === undefined) return b.value!
    expect(step).not.toBe(1)
    expect(b.supremum).toBeGreaterThanOrEqual(b.value! - TOL) // values are tidied to 12 significant digits
    expect(b.explanation).toMatch(/No package (attains the largest value|is best): as /)
    return b.supremum
  }
  // Nash: at least every grid package's product of gains
  const nash = top(p.right.nash)
  for (const o of ref.acceptable)
    expect(o.u.reduce((x, u, i) => x * Math.max(0, u - d[i]!), 1)).toBeLessThanOrEqual(nash + TOL)
  // maximum welfare: at least every grid package's sum (a sum of n utilities, each held to TOL, is held to n × TOL)
  const welfare = top(p.right.maxWelfare)
  for (const o of ref.acceptable)
    expect(o.u.reduce((x, u) => x + u, 0)).toBeLessThanOrEqual(welfare + o.u.length * TOL)
  // Kalai–Smorodinsky: on the frontier (no grid package better for all), and at least every grid package's smallest
  // normalised gain, normalised by the best each party gets (reported, over the whole quantity)
  const best = parties.map((party) => p.right.best[party]!)
  const ks = top(p.right.kalaiSmorodinsky)
  for (const o of ref.acceptable) {
    let m = Infinity
    o.u.forEach((u, i) => {
      const range = best[i]! - d[i]!
      if (range > TOL) m = Math.min(m, (u - d[i]!) / range)
    })
    if (m !== Infinity) expect(m).toBeLessThanOrEqual(ks + 1e-7)
  }
  // (with a value only approached, every package short of the excluded end is beaten by one nearer it)
  if (p.right.kalaiSmorodinsky.supremum === undefined)
    for (const k of p.right.kalaiSmorodinsky.outcomes) {
      const u = parties.map((party) => k.utilities[party]!)
      for (const o of ref.acceptable)
        expect(o.u.every((x, i) => x >= u[i]! - TOL) && o.u.some((x, i) => x > u[i]! + 10 * TOL)).toBe(false)
    }
  // every reported package is acceptable, with the utilities the public utility model gives it
  for (const o of [
    ...p.right.nash.outcomes,
    ...p.right.kalaiSmorodinsky.outcomes,
    ...p.right.maxWelfare.outcomes,
  ])
    for (const party of parties) {
      const u = ok(Utility.utility(n, party, o.package))
      // where a reservation utility cuts a range, the package sits on the cut: its utility equals the reservation,
      // which the utility model's floating point may put a hair below it
      const onCut =
        u.blocking.every((b) => b._tag === 'below-reservation' && b.issue === undefined) &&
        u.utility >= (n.parties[party]!.reservation ?? 0) - TOL
      expect(u.acceptable || onCut).toBe(true)
      expect(o.utilities[party]).toBeCloseTo(u.utility, 8)
    }
}

describe('bargaining points on a quantity handled exactly', () => {
  test.prop([withQuantity], { numRuns: 80 })(
    'an integer quantity: at least as good as every whole number',
    (s) => checks(s, 1),
    600_000,
  )

  // at most two issues: the grid of 81 to 121 values per package of the others stays small enough to compare
  const small = withQuantity.filter((s) => Object.keys(s.negotiation.issues).length <= 2).map(continuous)
  test.prop([small], { numRuns: 60 })(
    'a continuous quantity: at least as good as a grid of step 0.05',
    (s) => checks(s, 0.05),
    600_000,
  )
})

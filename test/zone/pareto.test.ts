import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId, PartyId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const price = domains.ordered('p0', 'p1', 'p2', 'p3', 'p4')

describe('Zone.pareto', () => {
  it('two parties on one ordered issue: every price is efficient, the Nash point is the middle', () => {
    const n = doc({ buyer: { name: 'Buyer' }, seller: { name: 'Seller' } }, { price }, [
      { party: 'buyer', issue: 'price', ideal: 'p0' },
      { party: 'seller', issue: 'price', ideal: 'p4' },
    ])
    const p = ok(Zone.pareto(n))
    expect(p.frontierSize).toBe(5)
    expect(p.frontier.map((o) => o.package['price' as IssueId])).toEqual(['p0', 'p1', 'p2', 'p3', 'p4'])
    expect(p.nash.outcomes.map((o) => o.package)).toEqual([{ price: 'p2' }])
    expect(p.nash.value).toBeCloseTo(0.25, 9)
    expect(p.kalaiSmorodinsky.outcomes.map((o) => o.package)).toEqual([{ price: 'p2' }])
    // every price sums to 1: all tie for maximum welfare, and all are reported
    expect(p.maxWelfare.ties).toBe(5)
    expect(p.maxWelfare.outcomes).toHaveLength(5)
    expect(p.opposition.value).toBeCloseTo(0.5, 9) // p2 is at distance √0.5 from (1, 1); over √2
    expect(p.explanation).toMatch(
      /^Of the acceptable packages \(5 scored[^)]*\), 5 are Pareto-efficient for Buyer and Seller\./,
    )
  })

  it('measures gains from the reservation utilities: the Nash point moves toward the party with less to lose', () => {
    const n = doc({ buyer: { name: 'Buyer', reservation: 0.25 }, seller: { name: 'Seller' } }, { price }, [
      { party: 'buyer', issue: 'price', ideal: 'p0' },
      { party: 'seller', issue: 'price', ideal: 'p4' },
    ])
    const p = ok(Zone.pareto(n))
    // p4 gives the buyer 0, below its reservation: not acceptable; gains (u_b - 0.25) · u_s peak between p1 and p2
    expect(p.frontierSize).toBe(4)
    expect(p.disagreement).toEqual({ buyer: 0.25, seller: 0 })
    expect(p.nash.outcomes.map((o) => o.package)).toEqual([{ price: 'p1' }, { price: 'p2' }])
    expect(p.nash.ties).toBe(2)
  })

  it('three parties, a flag nobody cares about doubles every frontier package', () => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
      { x: domains.choice('a', 'b', 'c'), f: domains.flag },
      [
        { party: 'A', issue: 'x', valuation: { kind: 'scores', scores: { a: 1, b: 0.5, c: 0 } } },
        { party: 'B', issue: 'x', valuation: { kind: 'scores', scores: { a: 0, b: 1, c: 0.5 } } },
        { party: 'C', issue: 'x', valuation: { kind: 'scores', scores: { a: 0.2, b: 0.2, c: 0.1 } } },
      ],
    )
    const p = ok(Zone.pareto(n))
    // c is dominated by b, which is better for every party
    expect(new Set(p.frontier.map((o) => JSON.stringify(o.package)))).toEqual(
      new Set(['{"f":false,"x":"a"}', '{"f":true,"x":"a"}', '{"f":false,"x":"b"}', '{"f":true,"x":"b"}']),
    )
    expect(p.frontier[0]!.utilities).toEqual({ A: 1, B: 0, C: 0.2 })
    expect(p.maxWelfare.outcomes.map((o) => o.package['x' as IssueId])).toEqual(['b', 'b'])
  })

  it('four parties (the general skyline)', () => {
    const parties = { A: { name: 'A' }, B: { name: 'B' }, C: { name: 'C' }, D: { name: 'D' } }
    const n = doc(parties, { x: domains.choice('a', 'b', 'c', 'd', 'e') }, [
      { party: 'A', issue: 'x', valuation: { kind: 'scores', scores: { a: 1, b: 0, c: 0, d: 0.5, e: 0.4 } } },
      { party: 'B', issue: 'x', valuation: { kind: 'scores', scores: { a: 0, b: 1, c: 0, d: 0.5, e: 0.4 } } },
      { party: 'C', issue: 'x', valuation: { kind: 'scores', scores: { a: 0, b: 0, c: 1, d: 0.5, e: 0.4 } } },
      { party: 'D', issue: 'x', valuation: { kind: 'scores', scores: { a: 0, b: 0, c: 0, d: 0.5, e: 0.4 } } },
    ])
    const p = ok(Zone.pareto(n))
    expect(p.frontier.map((o) => o.package['x' as IssueId]).sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(p.nash.outcomes.map((o) => o.package)).toEqual([{ x: 'd' }])
    expect(p.best).toEqual({ A: 1, B: 1, C: 1, D: 0.5 })
  })

  it('an empty zone has no frontier and no bargaining point, and says so', () => {
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
    ])
    const p = ok(Zone.pareto(n))
    expect(p).toMatchObject({
      scored: 0,
      frontierSize: 0,
      frontier: [],
      nash: { value: null, ties: 0, outcomes: [] },
      opposition: { value: null },
    })
    expect(p.explanation).toBe(
      'No package is acceptable to every principal (Alpha and Beta), so there is no frontier.',
    )
  })

  it('limits the listing but not the count; refuses more packages than maxPackages', () => {
    const n = doc(
      { A: { name: 'A' }, B: { name: 'B' } },
      { x: domains.ordered('a', 'b', 'c', 'd', 'e', 'f') },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'B', issue: 'x', ideal: 'f' },
      ],
    )
    const p = ok(Zone.pareto(n, { limit: 2 }))
    expect(p.frontierSize).toBe(6)
    expect(p.frontier).toHaveLength(2)
    const r = Zone.pareto(n, { maxPackages: 3 })
    expect(E.isLeft(r) && r.left[0]!._tag).toBe('too-large')
  })

  describe('a quantity handled exactly (no step)', () => {
    const days = domains.quantity(0, 10, false)
    const x = (o: Zone.Outcome): unknown => o.package['days' as IssueId]

    it('finds the Nash and Kalai–Smorodinsky points between critical values', () => {
      // A: 1 - x/20 (two issues, half weight on days); B: (x/10 + 0.1) / 1.1. The Nash product
      // (1 - x/20)(x + 1)/11 peaks at x = 9.5; the normalised gains meet at x = 200/31; the point nearest (1, 1) is
      // the third value scored inside a range. Critical values: 0, 5, 10.
      const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days, flag: domains.flag }, [
        { party: 'A', issue: 'days', ideal: 0, priority: 0.5 },
        { party: 'B', issue: 'days', ideal: 10, priority: 1 },
        { party: 'A', issue: 'flag', ideal: true, priority: 0.5 },
        { party: 'B', issue: 'flag', ideal: true, priority: 0.1 },
      ])
      const p = ok(Zone.pareto(n))
      expect(p.quantities[0]!.values).toEqual([0, 5, 10])
      expect(p.nash.outcomes.map(x)).toEqual([9.5])
      expect(p.nash.value).toBeCloseTo((1 - 9.5 / 20) * (10.5 / 11), 9)
      expect(p.kalaiSmorodinsky.outcomes.map(x)).toEqual([Number((200 / 31).toPrecision(12))])
      expect(p.kalaiSmorodinsky.value).toBeCloseTo(1 - 10 / 31, 8)
      expect(p.maxWelfare.outcomes.map(x)).toEqual([10])
      expect(p.nash.supremum).toBeUndefined()
      expect(p.explanation).toContain(
        'DAYS is handled exactly: besides its critical values, 3 values inside its ranges where a bargaining point can lie or a reservation utility cuts a range were scored, so the bargaining points are exact.',
      )
    })

    it('finds the packages a reservation utility leaves inside a range', () => {
      // A needs x <= 7, B needs x >= 6.8: no critical value is acceptable, but a range is
      const n = doc(
        { A: { name: 'Alpha', reservation: 0.3 }, B: { name: 'Beta', reservation: 0.68 } },
        { days },
        [
          { party: 'A', issue: 'days', ideal: 0 },
          { party: 'B', issue: 'days', ideal: 10 },
        ],
      )
      const p = ok(Zone.pareto(n))
      expect(p.frontier.map(x)).toEqual([6.8, 6.9, 7])
      expect(p.nash.outcomes.map(x)).toEqual([6.9])
      expect(p.best).toEqual({ A: 0.32, B: 0.7 })
    })

    it('says when a criterion is only approached, toward a value that is not acceptable', () => {
      // Alpha wants ever more days but rules out 10 itself: no package is best
      const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days }, [
        {
          party: 'A',
          issue: 'days',
          ideal: 10,
          redLines: { kind: 'intervals', intervals: [{ min: 10, max: 10 }] },
        },
      ])
      const p = ok(Zone.pareto(n))
      expect(p.maxWelfare.supremum).toBeCloseTo(2, 9)
      expect(p.maxWelfare.value!).toBeLessThan(2)
      expect(p.maxWelfare.explanation).toContain(
        'No package attains the largest value: as DAYS approaches 10, which is not acceptable, it comes arbitrarily close to 2',
      )
    })

    it('says that with two such quantities the bargaining points are taken at critical values only', () => {
      const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days, hours: days }, [
        { party: 'A', issue: 'days', ideal: 0 },
        { party: 'B', issue: 'days', ideal: 10 },
        { party: 'A', issue: 'hours', ideal: 0 },
        { party: 'B', issue: 'hours', ideal: 10 },
      ])
      const p = ok(Zone.pareto(n))
      expect(p.explanation).toContain(
        'DAYS and HOURS are handled exactly, and the bargaining points are taken at their critical values only',
      )
      const stepped = ok(Zone.pareto(n, { discretize: { hours: 1 } }))
      expect(stepped.explanation).not.toContain('critical values only')
    })
  })

  it('is the same data-first and data-last, and its results are deeply frozen', () => {
    const n = doc({ A: { name: 'A' }, B: { name: 'B' } }, { x: domains.flag }, [
      { party: 'A', issue: 'x', ideal: true },
    ])
    const p = ok(Zone.pareto(n))
    expect(Zone.pareto()(n)).toEqual(Zone.pareto(n))
    expect(Object.isFrozen(p.frontier[0]!.utilities)).toBe(true)
    expect(p.frontier[0]!.utilities['A' as PartyId]).toBe(1)
  })
})

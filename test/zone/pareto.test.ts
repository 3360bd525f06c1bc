import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Utility, type IssueId, type PartyId } from '../../src'
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

    it('leaves off the frontier a corner that a package inside a range improves on', () => {
      // A scores days 1 - x/10 and the choice a 0.5, b 0.8; B scores days x/10 and a 0.7, b 0.5; each weighs both
      // issues alike. So A gets 0.75 - x/20 with a and 0.9 - x/20 with b; B gets 0.35 + x/20 with a and 0.25 + x/20
      // with b. The critical values of days are 0, 5 and 10. The corner (a, 0) gives (0.75, 0.35): neither end of the
      // range (b, 0…5) beats it — (b, 0) gives (0.9, 0.25), B loses; (b, 5) gives (0.65, 0.5), A loses — but every
      // package (b, x) with 2 < x < 3 does, for both: (b, 2.5) gives (0.775, 0.375). Likewise (a, 5), at (0.5, 0.6),
      // is beaten by (b, x) for 7 < x < 8, e.g. (b, 7.5) at (0.525, 0.625), though no value scored beats it. The
      // frontier is the line of b from (0.9, 0.25) to (0.4, 0.75), then a from x = 8 (excluded) to 10, so its
      // corners are (b, 0), (b, 5), (b, 10) and (a, 10), with the Nash and Kalai–Smorodinsky points of b's second
      // range, (b, 6.5) and (b, 6.1714…): six packages.
      const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days, c: domains.choice('a', 'b') }, [
        { party: 'A', issue: 'days', ideal: 0, priority: 0.5 },
        { party: 'B', issue: 'days', ideal: 10, priority: 0.5 },
        { party: 'A', issue: 'c', priority: 0.5, valuation: { kind: 'scores', scores: { a: 0.5, b: 0.8 } } },
        { party: 'B', issue: 'c', priority: 0.5, valuation: { kind: 'scores', scores: { a: 0.7, b: 0.5 } } },
      ])
      // the public utility model agrees: (b, 2.5) is better than (a, 0) for both parties
      const u = (party: string, c: string, x: number): number =>
        ok(Utility.utility(n, party as PartyId, { c, days: x } as Utility.Package)).utility
      expect([u('A', 'a', 0), u('B', 'a', 0)]).toEqual([0.75, 0.35])
      expect(u('A', 'b', 2.5)).toBeCloseTo(0.775, 12)
      expect(u('B', 'b', 2.5)).toBeCloseTo(0.375, 12)
      const p = ok(Zone.pareto(n))
      expect(p.quantities[0]!.values).toEqual([0, 5, 10])
      const listed = p.frontier.map((o) => [o.package['c' as IssueId], o.package['days' as IssueId]])
      expect(listed).not.toContainEqual(['a', 0])
      expect(listed).not.toContainEqual(['a', 5])
      expect(listed.map(([c]) => c)).toEqual(['b', 'b', 'b', 'b', 'b', 'a'])
      const xs = listed.map(([, x]) => x as number)
      expect([xs[0], xs[1], xs[3], xs[4], xs[5]]).toEqual([0, 5, 6.5, 10, 10])
      expect(xs[2]).toBeCloseTo(6 + 6 / 35, 7)
      expect(p.frontierSize).toBe(6)
      // no listed package is beaten by one inside a range (checked on a grid of step 0.05)
      const grid = ['a', 'b'].flatMap((c) =>
        Array.from({ length: 201 }, (_, k) => [u('A', c, k / 20), u('B', c, k / 20)] as const),
      )
      for (const o of p.frontier) {
        const [ua, ub] = [o.utilities['A' as PartyId]!, o.utilities['B' as PartyId]!]
        for (const [a, b] of grid)
          expect(a >= ua - 1e-9 && b >= ub - 1e-9 && (a > ua + 1e-9 || b > ub + 1e-9)).toBe(false)
      }
      // the bargaining points do not move: they were efficient already
      expect(p.nash.outcomes.map((o) => o.package)).toEqual([{ c: 'b', days: 6.5 }])
      // b gives a sum of 1.15 throughout, a 1.1: every package of b on the frontier maximises welfare
      expect(p.maxWelfare.ties).toBe(5)
      expect(p.maxWelfare.outcomes.every((o) => o.package['c' as IssueId] === 'b')).toBe(true)
      expect(p.opposition.value).toBeCloseTo(0.425, 9)
      expect(p.explanation).toContain(
        '6 are Pareto-efficient for Alpha and Beta. 2 packages that no other package scored beats are left off the frontier all the same: a package with DAYS strictly between two critical values is better for some party and worse for none.',
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
      // every package is beaten by one nearer 10: none is efficient, and the package given is off the frontier
      expect(p.frontierSize).toBe(0)
      expect(p.frontier).toEqual([])
      expect(p.explanation).toContain(
        'No package is Pareto-efficient: toward a value of DAYS that is not acceptable, packages keep getting better for some party and worse for none.',
      )
      expect(p.opposition.explanation).toMatch(/^Opposition is at most .*, but it is not on the frontier/)
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
      expect(p.explanation).toContain(
        'Every package listed was compared with all the packages where one or more of DAYS and HOURS lie between critical values, and none of them beats it',
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

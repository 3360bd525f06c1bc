/**
 * `Zone.pareto` on small negotiations whose frontier and bargaining points are worked out by hand: the explanations
 * written out in full, the suprema toward an excluded end of a range, the packages left off the frontier, `limit`,
 * `maxPackages` and `asOf`.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, lin } from './docs'

/** A party that wants ever more days but rules out 10 itself. */
const moreDays = (party: string) => ({
  party,
  issue: 'days',
  ideal: 10,
  redLines: { kind: 'intervals', intervals: [{ min: 10, max: 10 }] },
})

const days = (o: Zone.Outcome): unknown => o.package['days' as IssueId]

const OPEN_FRONTIER =
  ' No package is Pareto-efficient: toward a value of DAYS that is not acceptable, packages keep getting better for some party and worse for none.'

describe('Zone.pareto, explained in full', () => {
  it('two parties on an ordered issue: every sentence, with the ties counted and the listing limited', () => {
    const n = doc(
      { buyer: { name: 'Buyer' }, seller: { name: 'Seller' } },
      { price: domains.ordered('p0', 'p1', 'p2', 'p3', 'p4') },
      [
        { party: 'buyer', issue: 'price', ideal: 'p0' },
        { party: 'seller', issue: 'price', ideal: 'p4' },
      ],
    )
    const p = ok(Zone.pareto(n, { limit: 2 }))
    expect(p.issues).toEqual(['price'])
    expect('asOf' in p).toBe(false)
    expect(p.frontier.map((o) => o.package)).toEqual([{ price: 'p0' }, { price: 'p1' }])
    expect(p.maxWelfare).toMatchObject({ value: 1, ties: 5 })
    expect(p.maxWelfare.outcomes.map((o) => o.package)).toEqual([{ price: 'p0' }, { price: 'p1' }])
    expect(p.nash.explanation).toBe(
      'The Nash bargaining point is PRICE = P2, giving Buyer 0.5 and Seller 0.5: the largest product of gains over the reservation utilities (0.25).',
    )
    expect(p.kalaiSmorodinsky.explanation).toBe(
      'The Kalai–Smorodinsky point is PRICE = P2, giving Buyer 0.5 and Seller 0.5: the largest share, the same for every party, of the way from its reservation utility to its best (0.5).',
    )
    expect(p.maxWelfare.explanation).toBe(
      'The maximum-welfare point is PRICE = P0, giving Buyer 1 and Seller 0: the largest sum of utilities (1), reached by 5 packages.',
    )
    expect(p.opposition.explanation).toBe(
      "Opposition is 0.5: the frontier point closest to everyone's ideal (utility 1 for all) is PRICE = P2, at distance 0.707 (0 means someone's best package is everyone's best).",
    )
    expect(p.explanation).toBe(
      "Of the acceptable packages (5 scored; values another value beats for every party skipped), 5 are Pareto-efficient for Buyer and Seller. The Nash bargaining point is PRICE = P2, giving Buyer 0.5 and Seller 0.5: the largest product of gains over the reservation utilities (0.25). Opposition is 0.5: the frontier point closest to everyone's ideal (utility 1 for all) is PRICE = P2, at distance 0.707 (0 means someone's best package is everyone's best).",
    )
  })

  it('gives the date it was asked for', () => {
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { x: domains.flag }, [
      { party: 'A', issue: 'x', ideal: true },
    ])
    expect(ok(Zone.pareto(n, { asOf: '2025-06-01' } as Zone.ZoneOptions)).asOf).toBe('2025-06-01')
  })

  it('an empty zone: nobody gets anything, and opposition is not measured', () => {
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: { kind: 'options', options: ['a'] } },
      { party: 'B', issue: 'x', acceptable: { kind: 'options', options: ['b'] } },
    ])
    const p = ok(Zone.pareto(n))
    expect(p.best).toEqual({ A: 0, B: 0 })
    expect(p.opposition.explanation).toBe(
      'With no acceptable package there is no frontier to measure opposition on.',
    )
    expect(p.kalaiSmorodinsky.explanation).toBe(
      'No package is acceptable to every principal, so there is no Kalai–Smorodinsky point.',
    )
  })

  it('says the Nash product is 0 throughout when a party can gain nothing over its reservation', () => {
    // Alpha has no position (utility 1 everywhere) and a reservation of 1; Beta wants p4, which Alpha is happy with
    const n = doc(
      { A: { name: 'Alpha', reservation: 1 }, B: { name: 'Beta' } },
      { price: domains.ordered('p0', 'p1', 'p2', 'p3', 'p4') },
      [{ party: 'B', issue: 'price', ideal: 'p4' }],
    )
    const p = ok(Zone.pareto(n))
    expect(p.nash.value).toBe(0)
    expect(p.explanation).toBe(
      "Of the acceptable packages (1 scored; values another value beats for every party skipped), 1 is Pareto-efficient for Alpha and Beta. The Nash bargaining point is PRICE = P4, giving Alpha 1 and Beta 1: the largest product of gains over the reservation utilities (0). No package gives every party more than its reservation utility, so the Nash product is 0 throughout. Opposition is 0: the frontier point closest to everyone's ideal (utility 1 for all) is PRICE = P4, at distance 0 (0 means someone's best package is everyone's best).",
    )
  })
})

describe('Zone.pareto with several quantities handled exactly', () => {
  it('says which are handled exactly, and lists as many of the tied packages nearest the ideal as asked', () => {
    // every package with days + hours = 10 gives both 0.5; weeks has a step and is not named
    const q = domains.quantity(0, 10, false)
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: q, hours: q, weeks: q }, [
      { party: 'A', issue: 'days', ideal: 0 },
      { party: 'B', issue: 'days', ideal: 10 },
      { party: 'A', issue: 'hours', ideal: 0 },
      { party: 'B', issue: 'hours', ideal: 10 },
    ])
    const p = ok(Zone.pareto(n, { limit: 1, discretize: { weeks: 5 } }))
    expect(p.issues).toEqual(['days', 'hours', 'weeks'])
    expect(p.opposition.closest.map((o) => o.package)).toEqual([{ days: 0, hours: 10, weeks: 0 }])
    expect(p.nash.ties).toBe(9)
    expect(p.nash.outcomes).toHaveLength(1)
    expect(p.explanation).toBe(
      "Of the acceptable packages (27 scored; values another value beats for every party skipped), 27 are Pareto-efficient for Alpha and Beta. Every package listed was compared with all the packages where one or more of DAYS and HOURS lie between critical values, and none of them beats it; but only packages at critical values are listed, and an efficient package can lie between them (where a reservation utility, or a value that is not acceptable next to a range of whole numbers, ends a range) without being listed. DAYS and HOURS are handled exactly, and the bargaining points are taken at their critical values only: between them, with both varying at once, a Nash or Kalai–Smorodinsky point can lie higher and is not searched (and a package given may be beaten by one there, and be off the frontier); give all but one of them a step in `discretize` to make the bargaining points exact. The Nash bargaining point is DAYS = 0 days; HOURS = 10 days; WEEKS = 0 days, giving Alpha 0.5 and Beta 0.5: the largest product of gains over the reservation utilities (0.25), reached by 9 packages. Opposition is 0.5: the frontier point closest to everyone's ideal (utility 1 for all) is DAYS = 0 days; HOURS = 10 days; WEEKS = 0 days, at distance 0.707 (0 means someone's best package is everyone's best).",
    )
  })
})

describe('Zone.pareto with one quantity handled exactly', () => {
  it('says when one value inside a range was scored', () => {
    // whole days 0 to 4, critical values 0, 2, 4; Alpha needs 0.5 (days <= 2): only 1, inside (0, 2), is added
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 4, true) },
      [
        { party: 'A', issue: 'days', ideal: 0 },
        { party: 'B', issue: 'days', ideal: 4 },
      ],
    )
    const p = ok(Zone.pareto(n))
    expect(p.frontier.map(days)).toEqual([0, 1, 2])
    expect(p.explanation).toBe(
      "Of the acceptable packages (3 scored; values another value beats for every party skipped), 3 are Pareto-efficient for Alpha and Beta. DAYS is handled exactly: besides its critical values, 1 value inside its ranges where a bargaining point can lie or a reservation utility cuts a range was scored, so the bargaining points are exact. The Nash bargaining point is DAYS = 1 days, giving Alpha 0.75 and Beta 0.25: the largest product of gains over the reservation utilities (0.063). Opposition is 0.5: the frontier point closest to everyone's ideal (utility 1 for all) is DAYS = 2 days, at distance 0.707 (0 means someone's best package is everyone's best).",
    )
  })

  it('says nothing of values inside ranges when none was scored', () => {
    // both want 10 days
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, false) }, [
      lin('A', 0, 1),
      lin('B', 0, 1),
    ])
    expect(ok(Zone.pareto(n)).explanation).toBe(
      "Of the acceptable packages (1 scored; values another value beats for every party skipped), 1 is Pareto-efficient for Alpha and Beta. The Nash bargaining point is DAYS = 10 days, giving Alpha 1 and Beta 1: the largest product of gains over the reservation utilities (1). Opposition is 0: the frontier point closest to everyone's ideal (utility 1 for all) is DAYS = 10 days, at distance 0 (0 means someone's best package is everyone's best).",
    )
  })

  it('refuses more packages and ranges than maxPackages, counting those scored inside the ranges', () => {
    // A: 1 - x/10, B: 0.2 + 0.08x: three critical values and three values inside the ranges, six in all
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, false) }, [
      lin('A', 1, 0),
      lin('B', 0.2, 1),
    ])
    const tags = [4, 5, 6, 7, 8].map((m) => {
      const r = Zone.pareto(n, { maxPackages: m })
      return E.isLeft(r) ? r.left.map((e) => e.message) : ok(r).scored
    })
    const refused = (m: number) => [
      `more than ${String(m)} packages and ranges are acceptable; narrow the issues with \`issues\`, discretise quantities more coarsely, or raise \`maxPackages\``,
    ]
    expect(tags).toEqual([refused(4), refused(5), refused(6), refused(7), 6])
    const r = Zone.pareto(n, { maxPackages: 7 })
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual(['too-large'])
    const q = Zone.pareto(n, { maxPackages: 5 })
    expect(E.isLeft(q) && q.left.map((e) => e._tag)).toEqual(['too-large'])
    // fewer than the three critical values
    expect(Zone.pareto(n, { maxPackages: 2 })).toEqual(
      E.left([
        {
          _tag: 'too-large',
          message:
            'more than 2 packages are acceptable; narrow the issues with `issues`, discretise quantities more coarsely, or raise `maxPackages`',
        },
      ]),
    )
  })
})

describe('Zone.pareto toward an excluded end of a range', () => {
  it('Alpha wants ever more days and rules out 10: every criterion is only approached', () => {
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, false) }, [
      moreDays('A'),
    ])
    const p = ok(Zone.pareto(n))
    expect([p.nash.value, p.nash.supremum]).toEqual([0.5, 1])
    expect([p.kalaiSmorodinsky.value, p.kalaiSmorodinsky.supremum]).toEqual([0.5, 1])
    expect([p.maxWelfare.value, p.maxWelfare.supremum]).toEqual([1.5, 2])
    expect(p.kalaiSmorodinsky.explanation).toBe(
      'The Kalai–Smorodinsky point is DAYS = 5 days, giving Alpha 0.5 and Beta 1: the largest share, the same for every party, of the way from its reservation utility to its best (0.5). No package attains the largest value: as DAYS approaches 10, which is not acceptable, it comes arbitrarily close to 1; the package given is the best of the values scored.',
    )
    expect(p.explanation).toBe(
      'Of the acceptable packages (1 scored; values another value beats for every party skipped), 0 are Pareto-efficient for Alpha and Beta. 1 package that no other package scored beats is left off the frontier all the same: a package with DAYS strictly between two critical values is better for some party and worse for none.' +
        OPEN_FRONTIER +
        " The Nash bargaining point is DAYS = 5 days, giving Alpha 0.5 and Beta 1: the largest product of gains over the reservation utilities (0.5). No package attains the largest value: as DAYS approaches 10, which is not acceptable, it comes arbitrarily close to 1; the package given is the best of the values scored. Opposition is at most 0.354: the package scored closest to everyone's ideal (utility 1 for all) is DAYS = 5 days, at distance 0.5 (0 means someone's best package is everyone's best), but it is not on the frontier: a package with DAYS between critical values comes closer.",
    )
  })

  it('a Nash product of 0 throughout is matched there, with more for Beta: no package is best', () => {
    // Alpha (reservation 1, no position) gains nothing anywhere; Beta wants ever more days and rules out 10
    const n = doc(
      { A: { name: 'Alpha', reservation: 1 }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10, false) },
      [moreDays('B')],
    )
    const p = ok(Zone.pareto(n))
    expect([p.nash.value, p.nash.supremum]).toEqual([0, 0])
    // Alpha's share is not counted (its best is its reservation): Beta's is 0.5, approaching 1
    expect([p.kalaiSmorodinsky.value, p.kalaiSmorodinsky.supremum]).toEqual([0.5, 1])
    expect([p.maxWelfare.value, p.maxWelfare.supremum]).toEqual([1.5, 2])
    expect(p.explanation).toBe(
      'Of the acceptable packages (1 scored; values another value beats for every party skipped), 0 are Pareto-efficient for Alpha and Beta. 1 package that no other package scored beats is left off the frontier all the same: a package with DAYS strictly between two critical values is better for some party and worse for none.' +
        OPEN_FRONTIER +
        " The Nash bargaining point is DAYS = 5 days, giving Alpha 1 and Beta 0.5: the largest product of gains over the reservation utilities (0). No package is best: as DAYS approaches 10, which is not acceptable, packages do as well by this measure and better for some party; the package given is the best of the values scored. No package gives every party more than its reservation utility, so the Nash product is 0 throughout. Opposition is at most 0.354: the package scored closest to everyone's ideal (utility 1 for all) is DAYS = 5 days, at distance 0.5 (0 means someone's best package is everyone's best), but it is not on the frontier: a package with DAYS between critical values comes closer.",
    )
  })

  it('only the criterion that is higher at the excluded end gets a supremum', () => {
    // Alpha: x/10 up to 10 excluded; Beta: 1 - x/20, reservation 0.1. Toward 10 they approach (1, 0.5): a sum of 1.5
    // above the best scored, 1.45 at 9; a Nash product of 1 × 0.4 below the best, 0.9 × 0.45 at 9; a smallest share
    // of 0.4 / 0.9 below the best, where x/10 = (0.9 - x/20)/0.9, at 45/7
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta', reservation: 0.1 } },
      { days: domains.quantity(0, 10, false) },
      [moreDays('A'), lin('B', 1, 0.5)],
    )
    const p = ok(Zone.pareto(n))
    expect(p.nash.outcomes.map(days)).toEqual([9])
    expect(p.nash.value).toBeCloseTo(0.405, 8)
    expect(p.nash.supremum).toBeUndefined()
    expect(p.kalaiSmorodinsky.outcomes.map(days)).toEqual([Number((45 / 7).toPrecision(12))])
    expect(p.kalaiSmorodinsky.value).toBeCloseTo(4.5 / 7, 8)
    expect(p.kalaiSmorodinsky.supremum).toBeUndefined()
    expect(p.maxWelfare.value).toBeCloseTo(1.45, 8)
    expect(p.maxWelfare.supremum).toBe(1.5)
    expect(p.best).toEqual({ A: 1, B: 1 })
    expect(p.maxWelfare.explanation).toBe(
      'The maximum-welfare point is DAYS = 9 days, giving Alpha 0.9 and Beta 0.55: the largest sum of utilities (1.45). No package attains the largest value: as DAYS approaches 10, which is not acceptable, it comes arbitrarily close to 1.5; the package given is the best of the values scored.',
    )
  })

  it('with two excluded ends, the supremum is the higher', () => {
    // Alpha: days up to 10 excluded and the flag; Beta: no flag. Toward 10 with no flag (0.5, 1), with it (1, 0)
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10, false), e: domains.flag },
      [moreDays('A'), { party: 'A', issue: 'e', ideal: true }, { party: 'B', issue: 'e', ideal: false }],
    )
    const p = ok(Zone.pareto(n))
    expect(p.maxWelfare.outcomes.map((o) => o.package)).toEqual([{ days: 5, e: false }])
    expect([p.maxWelfare.value, p.maxWelfare.supremum]).toEqual([1.25, 1.5])
    expect([p.nash.value, p.nash.supremum]).toEqual([0.25, 0.5])
    expect(p.explanation).toContain(
      ' 2 packages that no other package scored beats are left off the frontier all the same',
    )
  })

  it('an excluded end that ties on welfare without doing better for everyone is no supremum', () => {
    // Alpha: x/10 up to 10 excluded; Beta: 1 - x/10. Every package sums to 1, and so does the end (1, 0): but it is
    // worse for Beta than the package given, (0.5, 0.5)
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, false) }, [
      moreDays('A'),
      lin('B', 1, 0),
    ])
    const p = ok(Zone.pareto(n))
    expect(p.maxWelfare.supremum).toBeUndefined()
    expect(p.maxWelfare.explanation).toBe(
      'The maximum-welfare point is DAYS = 5 days, giving Alpha 0.5 and Beta 0.5: the largest sum of utilities (1), reached by 2 packages.',
    )
  })

  it('with two excluded ends both above the best scored, the supremum is the higher', () => {
    // Alpha: days/10 up to 10 excluded, and the flag; Beta: days/10 and, at half the weight, no flag
    const at = () => {
      const n = doc(
        { A: { name: 'Alpha' }, B: { name: 'Beta' } },
        { days: domains.quantity(0, 10, false), e: domains.flag },
        [
          moreDays('A'),
          { party: 'A', issue: 'e', ideal: true, priority: 1 },
          { ...lin('B', 0, 1), priority: 1 },
          { party: 'B', issue: 'e', ideal: false, priority: 0.5 },
        ],
      )
      const p = ok(Zone.pareto(n))
      return [p.nash.supremum, p.maxWelfare.supremum]
    }
    // toward 10 with the flag: (1, 2/3); without: (1/2, 1)
    expect(at().map((x) => x!.toFixed(9))).toEqual([(2 / 3).toFixed(9), (5 / 3).toFixed(9)])
  })

  it('with two quantities handled exactly, names either of them as where a closer package lies', () => {
    const q = domains.quantity(0, 10, false)
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: q, hours: q }, [
      moreDays('A'),
      { party: 'A', issue: 'hours', ideal: 10 },
      { party: 'B', issue: 'hours', ideal: 0 },
    ])
    const p = ok(Zone.pareto(n))
    expect(p.frontierSize).toBe(0)
    expect(p.explanation).toContain(
      '0 are Pareto-efficient for Alpha and Beta. 3 packages that no other package scored beats are left off the frontier all the same: a package with DAYS or HOURS strictly between two critical values is better for some party and worse for none. Every package listed',
    )
    expect(p.opposition.explanation).toBe(
      "Opposition is at most 0.5: the package scored closest to everyone's ideal (utility 1 for all) is DAYS = 5 days; HOURS = 5 days, at distance 0.707 (0 means someone's best package is everyone's best), but it is not on the frontier: a package with DAYS or HOURS between critical values comes closer.",
    )
  })
})

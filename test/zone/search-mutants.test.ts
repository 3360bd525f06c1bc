/**
 * The exact count and the walks behind `Zone.packages`, `Zone.enumerate` and `Zone.pareto`, on cases worked out by
 * hand: a reservation utility that cuts an integer or continuous range of a quantity (at an integer, inside a
 * range, at a single point), a party whose score is flat on a range, issues free of any reservation, linkages
 * checked under a binding reservation and on the last issue scored, no open issue at all, and a space scored past
 * its first allocation.
 */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'
import { reference } from './reference'

const count = (n: Negotiation): string => ok(Zone.packages(n)).count

/** Party `party`'s score on `issue`, linear through the given (value, score) points. */
const curve = (party: string, issue: string, ...points: [number, number][]) => ({
  party,
  issue,
  valuation: { kind: 'linear', points: points.map(([at, score]) => ({ at, score })) },
})

/**
 * Alpha, with a reservation utility, scores whole days from 0 to `max` linearly, rising from 0 to 1 or falling from 1
 * to 0; Beta has no position.
 */
const alphaOnDays = (reservation: number, direction: 'rising' | 'falling', max = 10): Negotiation =>
  doc({ A: { name: 'Alpha', reservation }, B: { name: 'Beta' } }, { days: domains.quantity(0, max) }, [
    direction === 'rising' ? curve('A', 'days', [0, 0], [max, 1]) : curve('A', 'days', [0, 1], [max, 0]),
  ])

/** A package's values on `issues`, as one word: `ab` for x = a, y = b. */
const word = (pkg: Readonly<Record<string, unknown>>, issues: readonly string[]): string =>
  issues.map((i) => String(pkg[i])).join('')

const scores = (party: string, issue: string, s: Record<string, number>) => ({
  party,
  issue,
  valuation: { kind: 'scores', scores: s },
})

/** Alpha, with a reservation utility, scores the choice x between a and b; Beta has no position. */
const alphaOnChoice = (reservation: number, a: number, b: number): Negotiation =>
  doc({ A: { name: 'Alpha', reservation }, B: { name: 'Beta' } }, { x: domains.choice('a', 'b') }, [
    scores('A', 'x', { a, b }),
  ])

describe('Zone.packages, a reservation utility on one integer quantity', () => {
  it('counts the whole days from the one where the reservation is met exactly', () => {
    // Alpha gets days / 10 and needs 0.5: days 5 to 10
    const n = alphaOnDays(0.5, 'rising')
    expect(count(n)).toBe('6')
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(6)
  })

  it('counts the whole days up to the one where a falling score meets the reservation exactly', () => {
    // Alpha gets 1 - days / 10 and needs 0.5: days 0 to 5
    const n = alphaOnDays(0.5, 'falling')
    expect(count(n)).toBe('6')
  })

  it('counts the whole days above a bound that falls between two of them', () => {
    // Alpha needs 0.75: days 8, 9 and 10
    const n = alphaOnDays(0.75, 'rising')
    expect(count(n)).toBe('3')
  })

  it('counts the whole days below a bound that falls between two of them, from the first', () => {
    // Alpha gets 1 - days / 10 and needs 0.25: days 0 to 7
    const n = alphaOnDays(0.25, 'falling')
    expect(count(n)).toBe('8')
  })

  it('keeps the days between two reservations that pull opposite ways', () => {
    // Alpha needs days >= 2.5, Beta days <= 5: 3, 4, 5
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.25 }, B: { name: 'Beta', reservation: 0.5 } },
      { days: domains.quantity(0, 10) },
      [curve('A', 'days', [0, 0], [10, 1]), curve('B', 'days', [0, 1], [10, 0])],
    )
    expect(count(n)).toBe('3')
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(3)
  })

  // a package is acceptable when its utility, rounded to units, reaches the reservation: day 4 (utility exactly 0.4)
  // is, though 0.4 is not a whole number of units
  it('counts the day where a reservation of 0.4 is met exactly, as the discretised count does', () => {
    const n = alphaOnDays(0.4, 'rising')
    expect(ok(Zone.packages(n, { discretize: { days: 1 } })).count).toBe('7')
    expect(count(n)).toBe('7')
  })

  it('counts, for every reservation in hundredths, the days the discretised count lists', () => {
    // the reservations that are not whole numbers of units (0.4, 0.7, …) among them; two parties, rising and falling
    const mismatches: string[] = []
    for (let r = 1; r < 100; r++) {
      const n = doc(
        { A: { name: 'Alpha', reservation: r / 100 }, B: { name: 'Beta', reservation: (100 - r) / 200 } },
        { days: domains.quantity(0, 20) },
        [curve('A', 'days', [0, 0], [20, 1]), curve('B', 'days', [0, 1], [20, 0])],
      )
      const exact = count(n)
      const listed = ok(Zone.packages(n, { discretize: { days: 1 } })).count
      if (exact !== listed) mismatches.push(`${String(r / 100)}: ${exact} against ${listed}`)
    }
    expect(mismatches).toEqual([])
  })

  it('drops a range on which a party with a reservation scores a flat value below it', () => {
    // Alpha (1 - days / 10, needs 0.3) accepts days up to 7; Charlie scores 0 up to 5 days, then rises to 1 at 10
    // days, and needs 0.1: days 6 and 7
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.3 }, C: { name: 'Charlie', reservation: 0.1 } },
      { days: domains.quantity(0, 10) },
      [curve('A', 'days', [0, 1], [10, 0]), curve('C', 'days', [0, 0], [5, 0], [10, 1])],
    )
    expect(count(n)).toBe('2')
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(2)
  })

  it('keeps a range on which a party scores a flat value at or above its reservation', () => {
    // Alpha (days / 10, needs 0.2) accepts days from 2; Charlie scores 0.5 up to 5 days, then falls to 0 at 10
    // days, and needs exactly 0.5: days 2 to 5
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.2 }, C: { name: 'Charlie', reservation: 0.5 } },
      { days: domains.quantity(0, 10) },
      [curve('A', 'days', [0, 0], [10, 1]), curve('C', 'days', [0, 0.5], [5, 0.5], [10, 0])],
    )
    expect(count(n)).toBe('4')
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(4)
  })
})

describe('Zone.packages, a reservation met exactly at a whole day inside a range', () => {
  // on 0 to 8 days the values listed are 0, 4 and 8: day 6 lies inside the range from 4 to 8
  it('counts from that day up', () => {
    // Alpha (days / 8) needs 0.75: days 6, 7 and 8
    const n = alphaOnDays(0.75, 'rising', 8)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '3', decidedBy: 'search' })
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(3)
  })

  it('counts up to that day', () => {
    // Alpha (1 - days / 8) needs 0.25: days 0 to 6
    const n = alphaOnDays(0.25, 'falling', 8)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '7', decidedBy: 'search' })
  })

  it('counts the single value where two reservations meet on a continuous quantity', () => {
    // Alpha needs days >= 6 and Beta days <= 6
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.75 }, B: { name: 'Beta', reservation: 0.25 } },
      { days: domains.quantity(0, 8, false) },
      [curve('A', 'days', [0, 0], [8, 1]), curve('B', 'days', [0, 1], [8, 0])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '1', empty: false, decidedBy: 'search' })
  })
  it('finds none when the two reservations leave no room inside a range', () => {
    // Alpha needs days >= 6 and Beta days <= 2
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.75 }, B: { name: 'Beta', reservation: 0.75 } },
      { days: domains.quantity(0, 8, false) },
      [curve('A', 'days', [0, 0], [8, 1]), curve('B', 'days', [0, 1], [8, 0])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '0', empty: true, decidedBy: 'search' })
  })
})

describe('Zone.packages, a reservation utility on one continuous quantity', () => {
  it('finds infinitely many packages when the reservations leave an interval open', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.3 }, B: { name: 'Beta', reservation: 0.3 } },
      { days: domains.quantity(0, 10, false) },
      [curve('A', 'days', [0, 0], [10, 1]), curve('B', 'days', [0, 1], [10, 0])],
    )
    const z = ok(Zone.packages(n))
    expect(z).toMatchObject({ count: 'infinite', empty: false, decidedBy: 'search' })
  })

  it('finds exactly one package when the reservations meet at a value listed for the quantity', () => {
    // Alpha needs days >= 5 and Beta days <= 5
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta', reservation: 0.5 } },
      { days: domains.quantity(0, 10, false) },
      [curve('A', 'days', [0, 0], [10, 1]), curve('B', 'days', [0, 1], [10, 0])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '1', empty: false, decidedBy: 'search' })
  })
})

describe('Zone.packages, issues a reservation does not reach', () => {
  it('counts every whole day of an issue the reservation ignores, listed before the issue it bounds', () => {
    // Alpha needs x = a (scores a 1, b 0, reservation 0.5); Beta scores the days: 11 packages
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10), x: domains.choice('a', 'b') },
      [scores('A', 'x', { a: 1, b: 0 }), curve('B', 'days', [0, 0], [10, 1])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '11', decidedBy: 'search' })
  })

  it('counts every whole day of an issue the reservation ignores, listed after the issue it bounds', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.quantity(0, 10) },
      [scores('A', 'x', { a: 1, b: 0 }), curve('B', 'y', [0, 0], [10, 1])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '11', decidedBy: 'search' })
  })

  it('finds infinitely many when that issue is a continuous quantity', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.quantity(0, 10, false) },
      [scores('A', 'x', { a: 1, b: 0 }), curve('B', 'y', [0, 0], [10, 1])],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: 'infinite', decidedBy: 'search' })
  })
  it('counts every package of two issues the reservation ignores', () => {
    // Alpha needs x = a; y and z are free: 3 × 2 packages
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b', 'c'), z: domains.choice('a', 'b') },
      [scores('A', 'x', { a: 1, b: 0 })],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '6', decidedBy: 'search' })
  })

  it('finds infinitely many when the last of two free issues is a continuous quantity', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b', 'c'), z: domains.quantity(0, 10, false) },
      [scores('A', 'x', { a: 1, b: 0 })],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: 'infinite', decidedBy: 'search' })
  })
})

describe('Zone.packages, a linkage under a binding reservation', () => {
  it('counts only the packages that keep the linkage', () => {
    // Alpha rules out x = d by its reservation; Beta: if x is a then y must be b
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b', 'c', 'd'), y: domains.choice('a', 'b', 'c') },
      [
        scores('A', 'x', { a: 1, b: 1, c: 1, d: 0 }),
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('b'), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '7', decidedBy: 'search' })
    const ref = reference(n).acceptable.map((o) => word(o.pkg, ['x', 'y']))
    expect(ref).toHaveLength(7)
    expect([...ok(Zone.enumerate(n))].map((p) => word(p, ['x', 'y']))).toEqual(ref)
  })
  it('checks a linkage whose consequence is the first value of the later issue', () => {
    // Alpha rules out x = d by its reservation; Beta: if x is a or b then y must be a
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b', 'c', 'd'), y: domains.choice('a', 'b', 'c') },
      [
        scores('A', 'x', { a: 1, b: 1, c: 1, d: 0 }),
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('a', 'b') } },
          ],
        },
      ],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '5', decidedBy: 'search' })
  })
})

/** Three issues on which Alpha prefers a and Beta c, with reservations of 0.5 and 0.3. */
const opposed = (): Negotiation => {
  const issues = {
    x: domains.choice('a', 'b', 'c'),
    y: domains.choice('a', 'b', 'c'),
    z: domains.choice('a', 'b', 'c'),
  }
  return doc(
    { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta', reservation: 0.3 } },
    issues,
    ['x', 'y', 'z'].flatMap((i) => [
      scores('A', i, { a: 1, b: 0.5, c: 0 }),
      scores('B', i, { a: 0, b: 0.5, c: 1 }),
    ]),
  )
}

describe('reservation utilities over several issues', () => {
  it('counts, lists and scores exactly the packages both reservations allow', () => {
    const n = opposed()
    const ref = reference(n)
    expect(ref.acceptable).toHaveLength(13)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '13', decidedBy: 'search' })
    const listed = [...ok(Zone.enumerate(n))].map((p) => word(p, ['x', 'y', 'z']))
    expect(listed).toEqual(ref.acceptable.map((o) => word(o.pkg, ['x', 'y', 'z'])))
    expect(ok(Zone.pareto(n)).scored).toBe(13)
  })
})

describe('Zone.packages, reservations that bind or not', () => {
  it('counts the packages by search when the reservation is exactly the worst score', () => {
    const n = alphaOnChoice(0.5, 1, 0.5)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '2', decidedBy: 'search' })
  })

  it('counts the packages as a product when every package clears the reservation', () => {
    const n = alphaOnChoice(0.25, 1, 0.5)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '2', decidedBy: 'components' })
  })

  it('counts the one package that reaches the reservation exactly at its best', () => {
    const n = alphaOnChoice(0.5, 0.5, 0)
    expect(ok(Zone.packages(n))).toMatchObject({ count: '1', decidedBy: 'search' })
  })

  it('reaches the reservation inside a range whose end a red line takes away', () => {
    // Beta rules out 10 days; Alpha (days / 10) needs 0.75: days 8 and 9
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.75 }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10) },
      [curve('A', 'days', [0, 0], [10, 1]), { party: 'B', issue: 'days', redLines: intervals([10, 10]) }],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '2', empty: false })
  })

  it('counts a party with no position and a reservation of 1 as satisfied by every package', () => {
    // Fox has no position, so every package gives it 1; Alpha needs x = a and days from 5
    const n = doc(
      {
        A: { name: 'Alpha', reservation: 0.5 },
        B: { name: 'Beta', reservation: 0.5 },
        F: { name: 'Fox', reservation: 1 },
      },
      { days: domains.quantity(0, 10), x: domains.choice('a', 'b') },
      [curve('A', 'days', [0, 0], [10, 1]), scores('B', 'x', { a: 1, b: 0 })],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '6', decidedBy: 'search' })
  })

  it('cuts the range of one quantity by one reservation while another bounds a choice listed after it', () => {
    // Alpha (days / 10) needs 0.75 and Beta needs x = a: days 8 to 10 with a
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.75 }, B: { name: 'Beta', reservation: 0.5 } },
      { days: domains.quantity(0, 10), x: domains.choice('a', 'b') },
      [curve('A', 'days', [0, 0], [10, 1]), scores('B', 'x', { a: 1, b: 0 })],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '3', decidedBy: 'search' })
    expect(reference(n, { days: 1 }).acceptable).toHaveLength(3)
  })
  it('asks for a step only when two quantities vary on values every principal accepts', () => {
    // Alpha needs p + q >= 10 (both whole days, both scored); Beta accepts p only at 0, 5 and 10
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { p: domains.quantity(0, 10), q: domains.quantity(0, 10) },
      [
        curve('A', 'p', [0, 0], [10, 1]),
        curve('A', 'q', [0, 0], [10, 1]),
        { party: 'B', issue: 'p', acceptable: intervals([0, 0], [5, 5], [10, 10]) },
      ],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '18', decidedBy: 'search' })
    expect(reference(n, { p: 1, q: 1 }).acceptable).toHaveLength(18)
  })
})

describe('Zone.packages, a linkage to a continuous quantity and no reservation', () => {
  it('finds infinitely many packages', () => {
    // Beta: if x is a then y must be in 0..5; y is continuous
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.quantity(0, 10, false) },
      [
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: intervals([0, 5]), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: 'infinite', decidedBy: 'components' })
  })
})

describe('a condition that a settled issue breaks', () => {
  it('leaves nothing to list or score', () => {
    // Alpha wants f to be yes, but an agreement has settled it no
    const settlement = {
      proposals: {
        p: {
          title: 'Deal',
          date: '2025-01-10',
          tabledBy: ['A'],
          terms: { f: { value: false } },
          sources: [],
        },
      },
      events: [
        { id: 'e', kind: 'agreement', date: '2025-01-20', parties: ['A', 'B'], proposal: 'p', sources: [] },
      ],
    }
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b'), f: domains.flag },
      [
        {
          party: 'A',
          issue: 'x',
          conditions: [{ kind: 'value', issue: 'f', in: { kind: 'flags', values: [true] } }],
        },
      ],
      settlement,
    )
    expect(ok(Zone.packages(n))).toMatchObject({ count: '0', empty: true })
    expect([...ok(Zone.enumerate(n))]).toEqual([])
    expect([...ok(Zone.enumerate(n, { issues: ['x'] as never }))]).toEqual([])
  })
})

describe('Zone.pareto, linked issues are never thinned', () => {
  it('keeps a value both parties like less when a linkage needs it', () => {
    // both prefer x = a and y = a, but Beta: if x is a then y must be b
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') },
      [
        scores('A', 'x', { a: 1, b: 0 }),
        scores('B', 'x', { a: 1, b: 0 }),
        scores('A', 'y', { a: 1, b: 0 }),
        scores('B', 'y', { a: 1, b: 0 }),
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('b'), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    const z = ok(Zone.pareto(n))
    expect(z.scored).toBe(3)
    expect(z.frontier.map((o) => o.package)).toEqual([
      { x: 'a', y: 'b' },
      { x: 'b', y: 'a' },
    ])
  })

  it('checks a linkage between two issues before the last', () => {
    // Beta: if x is a then y must be b; z is free
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b'), z: domains.choice('a', 'b') },
      [
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('b'), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    expect(ok(Zone.pareto(n)).scored).toBe(6)
    expect(reference(n).acceptable).toHaveLength(6)
  })
})

describe('Zone.pareto with no open issue', () => {
  it('scores the one empty package', () => {
    const n = doc({ A: { name: 'Alpha', reservation: 1 }, B: { name: 'Beta' } }, { x: domains.flag }, [])
    const z = ok(Zone.pareto(n, { issues: [] }))
    expect(z.scored).toBe(1)
    expect(z.frontier.map((o) => o.package)).toEqual([{}])
  })
})

describe('Zone.nearestAgreement, dropping one of several constraints', () => {
  it('drops the cheaper of two conflicting linkages, not a limit', () => {
    // Alpha accepts only x = a (priority 1) and holds: if x is a then y is b; Beta: if x is a then y is a (priority 0.1)
    const linkage = (party: string, y: string, priority: number) => ({
      party,
      issue: 'y',
      priority,
      conditions: [{ kind: 'value', issue: 'y', in: options(y), when: { issue: 'x', in: options('a') } }],
    })
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'x', acceptable: options('a'), priority: 1 },
        linkage('A', 'b', 0.5),
        linkage('B', 'a', 0.1),
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.kind]))).toEqual([
      [['B', 'condition']],
    ])
    expect(near.cost).toBe(0.1)
  })

  it('drops an unreachable reservation utility alone, beside a rule and a linkage', () => {
    // Alpha needs 0.9 but gets at most 0.5; Beta accepts both values of y and holds a linkage
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.9 }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') },
      [
        scores('A', 'x', { a: 0.5, b: 0 }),
        {
          party: 'B',
          issue: 'y',
          acceptable: options('a', 'b'),
          conditions: [
            { kind: 'value', issue: 'y', in: options('b'), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.kind]))).toEqual([
      [['A', 'reservation']],
    ])
  })
})

describe('Zone.packages with no open issue', () => {
  it('counts the one empty package when every reservation is met', () => {
    const n = doc({ A: { name: 'Alpha', reservation: 1 }, B: { name: 'Beta' } }, { x: domains.flag }, [])
    const z = ok(Zone.packages(n, { issues: [] }))
    expect(z).toMatchObject({ count: '1', empty: false, examples: [{}] })
  })
})

describe('Zone.pareto, a linkage on the last issue', () => {
  it('scores only the packages that keep a linkage to the last issue', () => {
    // Beta: if x is a then y must be b, and if y is c then x must be b
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b', 'c'), y: domains.choice('a', 'b', 'c') },
      [
        {
          party: 'B',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('b'), when: { issue: 'x', in: options('a') } },
            { kind: 'value', issue: 'x', in: options('b'), when: { issue: 'y', in: options('c') } },
          ],
        },
      ],
    )
    expect(ok(Zone.pareto(n)).scored).toBe(reference(n).acceptable.length)
    expect(ok(Zone.pareto(n)).scored).toBe(6)
  })
})

describe('Zone.pareto on a space past its first allocation', () => {
  it('scores every one of more than 65,536 packages', () => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { p: domains.quantity(0, 49), q: domains.quantity(0, 49), r: domains.quantity(0, 29) },
      [],
    )
    const z = ok(Zone.pareto(n, { discretize: { p: 1, q: 1, r: 1 } }))
    expect(z.scored).toBe(75_000)
  })

  it('refuses when there are more packages than allowed', () => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { p: domains.quantity(0, 49), q: domains.quantity(0, 49), r: domains.quantity(0, 29) },
      [],
    )
    const z = Zone.pareto(n, { discretize: { p: 1, q: 1, r: 1 }, maxPackages: 70_000 })
    expect(z).toMatchObject({ _tag: 'Left', left: [{ _tag: 'too-large' }] })
  })
})

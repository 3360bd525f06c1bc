/**
 * `Zone.nearestAgreement` on edge cases worked out by hand: the sentence for a zone already open (and one whose size
 * cannot be counted), `asOf`, the refusal of an issue with too many constraints, the limits of the search (on the
 * constraints spanning several issues, on steps, on equally cheap sets), concessions that cost nothing, and the order
 * of issues by label in examples and sentences.
 */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { frozen, ok } from '../algebra/arbitraries'
import { doc, domains, options, type Party } from './docs'

const AB: Record<string, Party> = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

const pad = (k: number): string => String(k).padStart(2, '0')

/** The same negotiation with some issues labelled otherwise. */
const relabel = (n: Negotiation, labels: Readonly<Record<string, string>>): Negotiation =>
  frozen({
    ...n,
    issues: Object.fromEntries(
      Object.entries(n.issues).map(([k, v]) => [k, { ...v, label: labels[k] ?? v.label }]),
    ),
  })

/** `n` principals `P00`, `P01`, … on one choice of `n` options, each ruling out its own option (priority 0.5). */
const eachRulesOutOne = (n: number): Negotiation => {
  const values = Array.from({ length: n }, (_, k) => `o${pad(k)}`)
  return doc(
    Object.fromEntries(values.map((_, k) => [`P${pad(k)}`, { name: `Party ${pad(k)}` }])),
    { x: domains.choice(...values) },
    values.map((v, k) => ({ party: `P${pad(k)}`, issue: 'x', redLines: options(v) })),
  )
}

/** `n` principals `F00`, `F01`, … with no position (every package gives them 1) and a reservation utility. */
const satisfied = (n: number, reservation: number): Record<string, Party> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, k) => [`F${pad(k)}`, { name: `Floor ${pad(k)}`, reservation }]),
  )

/** Zed, whose reservation utility (0.9) no package reaches: it scores every value of `z` 0.5. */
const zed = { Z: { name: 'Zed', reservation: 0.9 } }
const zedScores = { party: 'Z', issue: 'z', valuation: { kind: 'scores', scores: { a: 0.5, b: 0.5 } } }

/** Flags `prefix00`, `prefix01`, …, on each of which Alpha rules out yes and Beta no, at no cost. */
const freeConflicts = (prefix: string, n: number) => {
  const ids = Array.from({ length: n }, (_, k) => `${prefix}${pad(k)}`)
  return {
    issues: Object.fromEntries(ids.map((i) => [i, domains.flag])),
    positions: ids.flatMap((i) => [
      { party: 'A', issue: i, redLines: { kind: 'flags', values: [true] }, priority: 0 },
      { party: 'B', issue: i, redLines: { kind: 'flags', values: [false] }, priority: 0 },
    ]),
  }
}

/** Flags `f00` … `f12`, on each of which `party` rules out both values, at no cost. */
const forcedFree = (party: string) => {
  const ids = Array.from({ length: 13 }, (_, k) => `f${pad(k)}`)
  return {
    issues: Object.fromEntries(ids.map((i) => [i, domains.flag])),
    positions: ids.map((i) => ({
      party,
      issue: i,
      redLines: { kind: 'flags', values: [true, false] },
      priority: 0,
    })),
  }
}

describe('Zone.nearestAgreement when the zone is already open', () => {
  it('says so in full, with the number of packages, and gives no date unless asked', () => {
    const n = doc(AB, { x: domains.flag }, [{ party: 'A', issue: 'x', ideal: true }])
    const ways = 'The zone is not empty (2 packages acceptable to every principal); no concession is needed.'
    expect(ok(Zone.nearestAgreement(n))).toStrictEqual({
      alreadyOpen: true,
      found: true,
      exact: true,
      truncated: false,
      cost: 0,
      ties: 0,
      tiesComplete: true,
      options: [],
      ways,
      explanation: ways,
    })
  })

  it('says the number is unknown when two quantities vary under a reservation utility', () => {
    // Alpha needs 0.5 overall from days and hours, both continuous: the zone is not empty, but not counted
    const q = domains.quantity(0, 10, false)
    const n = doc({ A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } }, { days: q, hours: q }, [
      { party: 'A', issue: 'days', ideal: 0 },
      { party: 'A', issue: 'hours', ideal: 0 },
      { party: 'B', issue: 'days', ideal: 10 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ alreadyOpen: true, found: true, cost: 0, options: [] })
    expect(near.ways).toBe(
      'The zone is not empty (unknown packages acceptable to every principal); no concession is needed.',
    )
  })

  it('says the number is unknown for a zone opened by a concession, when it cannot be counted', () => {
    const q = domains.quantity(0, 10, false)
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' } },
      { days: q, hours: q, x: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'days', ideal: 0 },
        { party: 'A', issue: 'hours', ideal: 0 },
        { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.2 },
        { party: 'B', issue: 'days', ideal: 10 },
        { party: 'B', issue: 'x', acceptable: options('b') },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near.options.map((o) => o.count)).toEqual(['unknown'])
    expect(near.ways).toBe(
      'If Alpha accepts more on X than A, priority 0.2, the zone would contain unknown packages, e.g. with X = B (total cost 0.2).',
    )
  })
})

describe('Zone.nearestAgreement as of a date', () => {
  it('gives the date it was asked for, open or not', () => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.9 },
      { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.4 },
    ])
    const later = ok(Zone.nearestAgreement(n, { asOf: '2025-06-01' } as Zone.ZoneOptions))
    expect(later).toMatchObject({ asOf: '2025-06-01', alreadyOpen: false, cost: 0.4 })
    // before the positions were taken, nothing constrains the zone
    const before = ok(Zone.nearestAgreement(n, { asOf: '2024-12-31' } as Zone.ZoneOptions))
    expect(before).toMatchObject({ asOf: '2024-12-31', alreadyOpen: true })
    expect('asOf' in ok(Zone.nearestAgreement(n))).toBe(false)
  })
})

describe('Zone.nearestAgreement on an issue with too many constraints', () => {
  it('refuses an issue more than 12 constraints exclude values of, and says how to leave it out', () => {
    expect(Zone.nearestAgreement(eachRulesOutOne(13))).toStrictEqual({
      _tag: 'Left',
      left: [
        {
          _tag: 'too-large',
          issue: 'x',
          message:
            'issue `x` carries more than 12 constraints that exclude values; leave it out with `issues` to search for concessions',
        },
      ],
    })
  })

  it('searches an issue that exactly 12 constraints exclude values of', () => {
    const near = ok(Zone.nearestAgreement(eachRulesOutOne(12)))
    expect(near).toMatchObject({ found: true, exact: true, cost: 0.5, ties: 12, tiesComplete: true })
  })
})

describe('Zone.nearestAgreement with many constraints spanning several issues', () => {
  it('combines 16 reservation utilities and proves the answer cheapest', () => {
    const n = doc({ ...AB, ...satisfied(16, 0.1) }, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.9 },
      { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.4 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ found: true, exact: true, cost: 0.4 })
    expect(near.explanation).toBe(
      'The cheapest concessions that open a zone cost 0.4. If Beta accepts more on X than B, priority 0.4, the zone would contain 1 package, e.g. with X = A (total cost 0.4).',
    )
  })

  it('past 16, tries 16 of them and says the answer is not proven cheapest', () => {
    const n = doc({ ...AB, ...satisfied(17, 0.1) }, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.9 },
      { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.4 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ found: true, exact: false, cost: 0.4, ties: 1 })
    expect(near.explanation).toBe(
      'The cheapest concessions that open a zone cost 0.4 (the best found: only 16 of the 17 constraints that span several issues were tried, so it is not proven cheapest). ' +
        'If Beta accepts more on X than B, priority 0.4, the zone would contain 1 package, e.g. with X = A (total cost 0.4).',
    )
  })

  it('finds nothing when only the 17th would have to be dropped, and says why', () => {
    // Zed's reservation utility comes after the 16 others and is out of reach; every other is met
    const n = doc({ ...satisfied(16, 0.1), ...zed }, { z: domains.choice('a', 'b') }, [zedScores])
    const near = ok(Zone.nearestAgreement(n))
    const ways =
      'No set of concessions was found to open a zone dropping only 16 of the 17 constraints that span several issues.'
    expect(near).toStrictEqual({
      alreadyOpen: false,
      found: false,
      exact: false,
      truncated: false,
      cost: 0,
      ties: 0,
      tiesComplete: true,
      options: [],
      ways,
      explanation: ways,
    })
  })
})

describe('Zone.nearestAgreement at the limits of its search', () => {
  it('stops after 200,000 steps and says its answer is the best found, not proven cheapest', () => {
    // nine issues on which either party may drop its red line at no cost (3^9 ways), nine more that nobody
    // constrains, and Zed's unreachable reservation utility to give up in every way: more than 10,000 ways, all
    // dearer than the bound, so the search neither stops at the 10,000th nor finishes
    const free = freeConflicts('e', 9)
    const open = Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`o${pad(k)}`, domains.flag]))
    const n = doc({ ...AB, ...zed }, { ...free.issues, ...open, z: domains.choice('a', 'b') }, [
      ...free.positions,
      zedScores,
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ found: true, exact: false, cost: 0.9, ties: 512, tiesComplete: false })
    // only the 2^9 sets of one red line per issue (and Zed's) are minimal: none adds a free concession to another
    expect(near.options).toHaveLength(20)
    expect(near.options.every((o) => o.concessions.length === 10)).toBe(true)
    expect(near.explanation).toMatch(
      /^The cheapest concessions that open a zone cost 0\.9 \(the best found: the search stopped before proving it cheapest\)\. At least 512 equally cheap sets /,
    )
  })

  it('counts at most 10,000 equally cheap sets, says there are at least as many, and stops there', () => {
    // 17 issues, on each of which Alpha or Beta may drop a red line (0.5): 131,072 sets of cost 8.5, more than
    // 200,000 steps to visit them all; the search stops at the 10,000th, before its step limit, so it stays exact
    const ids = Array.from({ length: 17 }, (_, k) => `e${pad(k)}`)
    const n = doc(
      AB,
      Object.fromEntries(ids.map((i) => [i, domains.flag])),
      ids.flatMap((i) => [
        { party: 'A', issue: i, redLines: { kind: 'flags', values: [true] } },
        { party: 'B', issue: i, redLines: { kind: 'flags', values: [false] } },
      ]),
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({
      found: true,
      exact: true,
      cost: 8.5,
      ties: 10_000,
      tiesComplete: false,
      truncated: true,
    })
    expect(near.options).toHaveLength(20)
    expect(near.ways).toMatch(/^At least 10000 equally cheap sets of concessions \(total cost 8\.5 each\)/)
  })
})

describe('Zone.nearestAgreement finds the cheapest set', () => {
  it('tries the cheaper concession on each issue first, whatever the ids', () => {
    // on each of three issues Alpha's red line (0.9) comes first by id, Beta's (0.1) is cheaper
    const n = doc(
      AB,
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b'), z: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'x', redLines: options('a'), priority: 0.9 },
        { party: 'A', issue: 'y', redLines: options('a'), priority: 0.9 },
        { party: 'A', issue: 'z', redLines: options('a'), priority: 0.9 },
        { party: 'B', issue: 'x', redLines: options('b'), priority: 0.1 },
        { party: 'B', issue: 'y', redLines: options('b'), priority: 0.1 },
        { party: 'B', issue: 'z', redLines: options('b'), priority: 0.1 },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBeCloseTo(0.3, 9)
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.issue]))).toEqual([
      [
        ['B', 'x'],
        ['B', 'y'],
        ['B', 'z'],
      ],
    ])
  })

  it('tries the cheaper linkage first, whatever the ids', () => {
    // Beta wants x = a, Delta y = b; Gamma's linkages: if x is b then y is a (0.9), if x is a then y is a (0.2).
    // Alpha dropping its limit (0.3) would need the dear linkage dropped; Beta dropping its (0.4) the cheap one.
    const n = doc(
      { ...AB, C: { name: 'Gamma' }, D: { name: 'Delta' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.3 },
        { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.4 },
        {
          party: 'C',
          issue: 'x',
          priority: 0.9,
          conditions: [
            { kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('b') } },
          ],
        },
        {
          party: 'C',
          issue: 'y',
          priority: 0.2,
          conditions: [
            { kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('a') } },
          ],
        },
        { party: 'D', issue: 'y', acceptable: options('b'), priority: 1 },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBeCloseTo(0.6, 9)
    expect(near.ways).toBe(
      'If Beta accepts more on X than B, priority 0.4 and Gamma drops its linkage (if X is A, then Y is A), priority 0.2, the zone would contain 1 package, e.g. with X = A; Y = B (total cost 0.6).',
    )
  })

  it('drops the second of two linkages when that is the cheapest', () => {
    const n = doc(
      { ...AB, C: { name: 'Gamma' } },
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') },
      [
        {
          party: 'A',
          issue: 'x',
          priority: 0.9,
          conditions: [
            { kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('b') } },
          ],
        },
        {
          party: 'A',
          issue: 'y',
          priority: 0.2,
          conditions: [
            { kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('a') } },
          ],
        },
        { party: 'B', issue: 'x', acceptable: options('a'), priority: 1 },
        { party: 'C', issue: 'y', acceptable: options('b'), priority: 1 },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0.2, ties: 1 })
    expect(near.options[0]!.concessions).toMatchObject([
      { party: 'A', kind: 'condition', issue: 'y', cost: 0.2 },
    ])
    expect(near.ways).toBe(
      'If Alpha drops its linkage (if X is A, then Y is A), priority 0.2, the zone would contain 1 package, e.g. with Y = B (total cost 0.2).',
    )
  })

  it('does not count a dearer way across issues as a tie', () => {
    // dropping either reservation utility opens the zone; Alpha's costs 0.3, Beta's 0.6. Alpha's linkage excludes
    // nothing (y may be anything).
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.3 }, B: { name: 'Beta', reservation: 0.6 } },
      { x: domains.ordered('a', 'b', 'c'), y: domains.flag },
      [
        {
          party: 'A',
          issue: 'x',
          ideal: 'a',
          priority: 1,
          conditions: [
            {
              kind: 'value',
              issue: 'y',
              in: { kind: 'flags', values: [true, false] },
              when: { issue: 'x', in: options('a') },
            },
          ],
        },
        { party: 'B', issue: 'x', ideal: 'c', priority: 1 },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0.3, ties: 1, exact: true })
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.kind]))).toEqual([
      [['A', 'reservation']],
    ])
    // a set of reservation utilities only touches no issue: the example shows them all
    expect(near.ways).toBe(
      'If Alpha gives up its reservation utility of 0.3, the zone would contain 2 packages, e.g. with X = C; Y = no (total cost 0.3).',
    )
  })
})

describe('Zone.nearestAgreement with concessions that cost nothing', () => {
  it('lists each free concession alone, not the two together', () => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', redLines: options('a'), priority: 0 },
      { party: 'B', issue: 'x', redLines: options('b'), priority: 0 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0, ties: 2 })
    expect(near.options.map((o) => o.concessions.map((c) => c.party))).toEqual([['A'], ['B']])
  })

  it('lists each free concession alone beside a concession that costs', () => {
    const n = doc(AB, { v: domains.choice('a', 'b'), x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'v', redLines: options('a', 'b'), priority: 0.5 },
      { party: 'A', issue: 'x', redLines: options('a'), priority: 0 },
      { party: 'B', issue: 'x', redLines: options('b'), priority: 0 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0.5, ties: 2 })
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.issue]))).toEqual([
      [
        ['A', 'v'],
        ['A', 'x'],
      ],
      [
        ['A', 'v'],
        ['B', 'x'],
      ],
    ])
    expect(near.ways).toBe(
      '2 equally cheap sets of concessions (total cost 0.5 each) would open a zone, none preferred over another. ' +
        'Each includes: Alpha drops its red line on V (anything), priority 0.5. ' +
        'Besides, either Alpha drops its red line on X (A), priority 0 (then the zone would contain 2 packages, e.g. with V = A; X = A); ' +
        'or Beta drops its red line on X (B), priority 0 (then the zone would contain 2 packages, e.g. with V = A; X = B).',
    )
  })

  it('keeps a set of more than 12 free concessions when each is needed, and drops one that adds a free one', () => {
    // Alpha rules out both values of 13 flags at no cost (all 13 must go), and on w either party may drop a red
    // line at no cost
    const f = forcedFree('A')
    const n = doc(AB, { ...f.issues, w: domains.choice('a', 'b') }, [
      ...f.positions,
      { party: 'A', issue: 'w', redLines: options('a'), priority: 0 },
      { party: 'B', issue: 'w', redLines: options('b'), priority: 0 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0, ties: 2, tiesComplete: true })
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.issue]).slice(12))).toEqual([
      [
        ['A', 'f12'],
        ['A', 'w'],
      ],
      [
        ['A', 'f12'],
        ['B', 'w'],
      ],
    ])
    expect(near.options.map((o) => o.concessions.length)).toEqual([14, 14])
  })

  it('keeps a longer set beside a shorter one of the same cost that shares its free concessions', () => {
    // Beta rules out both values of 13 flags at no cost; on w Beta's red line (0.5), or Alpha's red line and
    // limit (0.25 each), must go
    const f = forcedFree('B')
    const n = doc(AB, { ...f.issues, w: domains.choice('old', 'new') }, [
      ...f.positions,
      { party: 'A', issue: 'w', redLines: options('new'), acceptable: options('old'), priority: 0.25 },
      { party: 'B', issue: 'w', redLines: options('old'), priority: 0.5 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0.5, ties: 2 })
    expect(near.options.map((o) => o.concessions.length)).toEqual([14, 15])
  })
})

describe('Zone.nearestAgreement, in words', () => {
  it('names a dropped reservation score', () => {
    const n = doc(AB, { x: domains.ordered('a', 'b', 'c') }, [
      { party: 'A', issue: 'x', ideal: 'a', reservation: 0.9, priority: 0.7 },
      { party: 'B', issue: 'x', acceptable: options('c'), priority: 0.8 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near.options[0]!.concessions).toMatchObject([
      {
        party: 'A',
        kind: 'issue-reservation',
        issue: 'x',
        cost: 0.7,
        explanation: 'Alpha drops its reservation score on X, priority 0.7',
      },
    ])
  })

  it('groups reservation utilities as the constraints that span several issues', () => {
    const n = doc(
      { ...AB, C: { name: 'Gamma', reservation: 0.9 }, D: { name: 'Delta', reservation: 0.9 } },
      { x: domains.choice('a', 'b'), y: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.5 },
        { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.5 },
        { party: 'C', issue: 'y', ideal: 'a' },
        { party: 'D', issue: 'y', ideal: 'c' },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 1.4, ties: 4 })
    expect(near.ways).toBe(
      '4 equally cheap sets of concessions (total cost 1.4 each) would open a zone, none preferred over another. ' +
        'Any combination of the following costs the same. ' +
        'On X: either Alpha accepts more on X than A, priority 0.5; or Beta accepts more on X than B, priority 0.5. ' +
        'On the constraints that span several issues: either Delta gives up its reservation utility of 0.9; or Gamma gives up its reservation utility of 0.9.',
    )
  })
})

describe('Zone.nearestAgreement orders issues by label', () => {
  /** Alpha limits a to p and b to r (0.9 each), Beta a to q and b to s (0.3 each). */
  const both = (): Negotiation =>
    doc(AB, { a: domains.choice('p', 'q'), b: domains.choice('r', 's') }, [
      { party: 'A', issue: 'a', acceptable: options('p'), priority: 0.9 },
      { party: 'B', issue: 'a', acceptable: options('q'), priority: 0.3 },
      { party: 'A', issue: 'b', acceptable: options('r'), priority: 0.9 },
      { party: 'B', issue: 'b', acceptable: options('s'), priority: 0.3 },
    ])

  it('in the concessions and the example, not by id', () => {
    const near = ok(Zone.nearestAgreement(relabel(both(), { a: 'Zulu', b: 'Alpha' })))
    expect(near.options[0]!.concessions.map((c) => c.issue)).toEqual(['b', 'a'])
    expect(near.options[0]!.example).toEqual({ a: 'p', b: 'r' })
    expect(near.ways).toBe(
      'If Beta accepts more on Alpha than S, priority 0.3 and Beta accepts more on Zulu than Q, priority 0.3, the zone would contain 1 package, e.g. with Alpha = R; Zulu = P (total cost 0.6).',
    )
  })

  it('by id between equal labels', () => {
    const near = ok(Zone.nearestAgreement(relabel(both(), { a: 'Term', b: 'Term' })))
    expect(near.ways).toBe(
      'If Beta accepts more on Term than Q, priority 0.3 and Beta accepts more on Term than S, priority 0.3, the zone would contain 1 package, e.g. with Term = P; Term = R (total cost 0.6).',
    )
  })

  it('keeps the constraints of an issue on that issue when the example follows the labels', () => {
    // Alpha's limit on a (q, kept) must not fall on b, which comes first by label
    const n = doc(AB, { a: domains.choice('p', 'q'), b: domains.choice('r', 's') }, [
      { party: 'A', issue: 'a', acceptable: options('q'), priority: 0.9 },
      { party: 'A', issue: 'b', acceptable: options('r'), priority: 0.9 },
      { party: 'B', issue: 'b', acceptable: options('s'), priority: 0.3 },
    ])
    const near = ok(Zone.nearestAgreement(relabel(n, { a: 'Zulu', b: 'Alpha' })))
    expect(near.options[0]!.example).toEqual({ a: 'q', b: 'r' })
    expect(near.ways).toBe(
      'If Beta accepts more on Alpha than S, priority 0.3, the zone would contain 1 package, e.g. with Alpha = R (total cost 0.3).',
    )
  })
})

import { describe, expect, it } from 'vitest'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

describe('Zone.nearestAgreement', () => {
  it('says so when the zone is already open', () => {
    const n = doc(AB, { x: domains.flag }, [])
    expect(ok(Zone.nearestAgreement(n))).toMatchObject({
      alreadyOpen: true,
      found: true,
      cost: 0,
      options: [],
    })
  })

  it('drops the constraint of least priority, with its evidence, and explains it', () => {
    const n = doc(AB, { border: domains.choice('old', 'new') }, [
      { party: 'A', issue: 'border', redLines: options('new'), priority: 0.9 },
      { party: 'B', issue: 'border', redLines: options('old'), priority: 0.4 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ alreadyOpen: false, found: true, exact: true, truncated: false, cost: 0.4 })
    expect(near.options).toHaveLength(1)
    const o = near.options[0]!
    expect(o.concessions).toEqual([
      {
        party: 'B',
        kind: 'red-line',
        issue: 'border',
        cost: 0.4,
        evidence: {
          party: 'B',
          issue: 'border',
          positions: ['pos1'],
          dates: ['2025-01-01'],
          sources: ['src1'],
        },
        explanation: 'Beta drops its red line on BORDER (Old), priority 0.4',
      },
    ])
    expect(o).toMatchObject({ count: '1', example: { border: 'old' } })
    expect(o.explanation).toBe(
      'If Beta drops its red line on BORDER (Old), priority 0.4, the zone would contain 1 package, e.g. with BORDER = Old (total cost 0.4).',
    )
    expect(near.explanation).toBe(`The cheapest concessions that open a zone cost 0.4. ${o.explanation}`)
  })

  it('reports every equally cheap set, names them all, and says they are tied', () => {
    const n = doc(AB, { border: domains.choice('old', 'new') }, [
      { party: 'A', issue: 'border', redLines: options('new'), priority: 0.5 },
      { party: 'B', issue: 'border', redLines: options('old'), priority: 0.5 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 0.5, ties: 2, tiesComplete: true, truncated: false })
    expect(near.options.map((o) => o.concessions.map((c) => c.party))).toEqual([['A'], ['B']])
    expect(near.ways).toBe(
      '2 equally cheap sets of concessions (total cost 0.5 each) would open a zone, none preferred over another: ' +
        'either Alpha drops its red line on BORDER (New), priority 0.5 (then the zone would contain 1 package, e.g. with BORDER = New); ' +
        'or Beta drops its red line on BORDER (Old), priority 0.5 (then the zone would contain 1 package, e.g. with BORDER = Old).',
    )
    expect(near.explanation).toBe(`The cheapest concessions that open a zone cost 0.5. ${near.ways}`)
  })

  it('orders equally cheap sets by what they are, not by party ids', () => {
    // the same negotiation with the ids swapped: Alpha is now `B`, Beta `A`
    const swapped = doc(
      { B: { name: 'Alpha' }, A: { name: 'Beta' } },
      { border: domains.choice('old', 'new') },
      [
        { party: 'B', issue: 'border', redLines: options('new'), priority: 0.5 },
        { party: 'A', issue: 'border', redLines: options('old'), priority: 0.5 },
      ],
    )
    const near = ok(Zone.nearestAgreement(swapped))
    expect(near.options.map((o) => o.concessions.map((c) => c.party))).toEqual([['B'], ['A']])
    expect(near.ways).toContain('either Alpha drops its red line on BORDER (New)')
    // fewer concessions first, whatever the names: Alpha must drop two constraints, Beta one, at the same cost
    const n = doc(AB, { border: domains.choice('old', 'new') }, [
      { party: 'A', issue: 'border', redLines: options('new'), acceptable: options('old'), priority: 0.25 },
      { party: 'B', issue: 'border', redLines: options('old'), priority: 0.5 },
    ])
    const byCount = ok(Zone.nearestAgreement(n))
    expect(byCount.ties).toBe(2)
    expect(byCount.options.map((o) => o.concessions.map((c) => c.party))).toEqual([['B'], ['A', 'A']])
    // then the larger zone: dropping Alpha's limit opens two values, dropping Beta's one
    const wide = doc(AB, { border: domains.choice('old', 'new', 'contact') }, [
      { party: 'A', issue: 'border', acceptable: options('old'), priority: 0.5 },
      { party: 'B', issue: 'border', acceptable: options('new', 'contact'), priority: 0.5 },
    ])
    const byZone = ok(Zone.nearestAgreement(wide))
    expect(byZone.options.map((o) => [o.concessions[0]!.party, o.count])).toEqual([
      ['A', '2'],
      ['B', '1'],
    ])
  })

  it('lists at most `limit` sets, and counts and names the others', () => {
    const n = doc(AB, { border: domains.choice('old', 'new') }, [
      { party: 'A', issue: 'border', redLines: options('new'), priority: 0.5 },
      { party: 'B', issue: 'border', redLines: options('old'), priority: 0.5 },
    ])
    const near = ok(Zone.nearestAgreement(n, { limit: 1 }))
    expect(near).toMatchObject({ ties: 2, tiesComplete: true, truncated: true })
    expect(near.options).toHaveLength(1)
    expect(near.ways).toBe(ok(Zone.nearestAgreement(n)).ways)
  })

  it('names the alternatives issue by issue when any combination of them costs the same', () => {
    const n = doc(
      AB,
      { x: domains.choice('a', 'b'), y: domains.choice('a', 'b'), z: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.5 },
        { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.5 },
        { party: 'A', issue: 'y', acceptable: options('a'), priority: 0.8 },
        { party: 'B', issue: 'y', acceptable: options('b'), priority: 0.8 },
        { party: 'A', issue: 'z', acceptable: options('a'), priority: 0.1 },
        { party: 'B', issue: 'z', acceptable: options('b'), priority: 0.9 },
      ],
    )
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 1.4, ties: 4, tiesComplete: true, truncated: false })
    expect(near.options).toHaveLength(4)
    expect(near.ways).toBe(
      '4 equally cheap sets of concessions (total cost 1.4 each) would open a zone, none preferred over another. ' +
        'Each includes: Alpha accepts more on Z than A, priority 0.1. ' +
        'Besides, any combination of the following costs the same. ' +
        'On X: either Alpha accepts more on X than A, priority 0.5; or Beta accepts more on X than B, priority 0.5. ' +
        'On Y: either Alpha accepts more on Y than A, priority 0.8; or Beta accepts more on Y than B, priority 0.8.',
    )
  })

  it('reports every equally cheap way across issues: linkages and reservation utilities', () => {
    const floors = doc(
      { A: { name: 'Alpha', reservation: 0.9 }, B: { name: 'Beta', reservation: 0.9 } },
      { x: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', ideal: 'a', priority: 1 },
        { party: 'B', issue: 'x', ideal: 'c', priority: 1 },
      ],
    )
    const near = ok(Zone.nearestAgreement(floors))
    expect(near).toMatchObject({ cost: 0.9, ties: 2 })
    expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.kind]))).toEqual([
      [['A', 'reservation']],
      [['B', 'reservation']],
    ])
    expect(near.ways).toMatch(/^2 equally cheap sets .*: either Alpha gives up .*; or Beta gives up /)
  })

  it('adds up concessions on several issues, cheapest on each', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), priority: 0.3 },
      { party: 'B', issue: 'x', acceptable: options('b'), priority: 0.6 },
      { party: 'A', issue: 'y', acceptable: options('a'), priority: 0.8 },
      { party: 'B', issue: 'y', acceptable: options('b'), priority: 0.2 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBeCloseTo(0.5, 12)
    expect(near.options[0]!.concessions.map((c) => [c.party, c.kind, c.issue])).toEqual([
      ['A', 'acceptable', 'x'],
      ['B', 'acceptable', 'y'],
    ])
  })

  it('relaxes a linkage or a reservation utility when that is cheaper', () => {
    const linked = doc(AB, { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), priority: 1 },
      {
        party: 'B',
        issue: 'y',
        acceptable: options('b'),
        priority: 1,
        conditions: [{ kind: 'value', issue: 'y', in: options('a'), when: { issue: 'x', in: options('a') } }],
      },
    ])
    const near = ok(Zone.nearestAgreement(linked))
    expect(near.cost).toBe(1)
    expect(near.options.map((o) => o.concessions.map((c) => c.kind))).toEqual([
      ['acceptable'],
      ['acceptable'],
      ['condition'],
    ])
    const floor = doc(
      { A: { name: 'Alpha', reservation: 0.3 }, B: { name: 'Beta' } },
      { x: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', ideal: 'a', priority: 1 },
        { party: 'B', issue: 'x', acceptable: options('c'), priority: 1 },
      ],
    )
    const f = ok(Zone.nearestAgreement(floor))
    expect(f.cost).toBe(0.3)
    expect(f.options[0]!.concessions[0]).toMatchObject({ party: 'A', kind: 'reservation', evidence: null })
    expect(f.options[0]!.concessions[0]!.explanation).toBe('Alpha gives up its reservation utility of 0.3')
  })

  it('counts a condition a party states on several issues once, at the sum of their priorities, in any order', () => {
    // Beta accepts only a on x, and on both x and y asks that x be b: one condition, which it can only drop on both
    // issues at once, at 0.8 + 0 (not the priority of whichever issue comes first). Dropping it also needs Alpha to
    // drop its own condition that x be b (0.25): 1.05 in all, dearer than Beta widening x (0.8).
    // (x is the issue Beta limits; the same negotiation with the issue ids swapped, so that the issues sort the
    // other way, must give the same answer)
    const at = (x: string, y: string) => {
      const xIsB = { kind: 'value', issue: x, in: options('b') }
      return doc(AB, { [x]: domains.choice('a', 'b'), [y]: domains.choice('a', 'b') }, [
        { party: 'A', issue: y, ideal: 'b', priority: 0.25, conditions: [xIsB] },
        { party: 'B', issue: x, acceptable: options('a'), priority: 0.8, conditions: [xIsB] },
        { party: 'B', issue: y, acceptable: options('a'), priority: 0, conditions: [xIsB] },
      ])
    }
    for (const [x, y] of [
      ['x', 'y'],
      ['y', 'x'],
    ] as const) {
      const near = ok(Zone.nearestAgreement(at(x, y)))
      expect(near.cost).toBe(0.8)
      expect(near.options.map((o) => o.concessions.map((c) => [c.party, c.kind, c.issue, c.cost]))).toEqual([
        [['B', 'acceptable', x, 0.8]],
      ])
    }
  })

  it("names a party's own condition and linkage as its own, whatever its name holds", () => {
    const named = { A: { name: "People's\nFront" }, B: { name: 'Beta' } }
    const explained = (conditions: Record<string, unknown>[]) =>
      ok(
        Zone.nearestAgreement(
          doc(named, { x: domains.choice('a', 'b'), y: domains.ordered('lo', 'hi') }, [
            { party: 'A', issue: 'x', conditions },
            { party: 'B', issue: 'x', acceptable: options('a') },
            { party: 'B', issue: 'y', redLines: options('hi') },
          ]),
        ),
      ).options.flatMap((o) => o.concessions.filter((c) => c.party === 'A').map((c) => c.explanation))
    expect(explained([{ kind: 'value', issue: 'y', in: options('hi') }])).toEqual([
      "People's\nFront drops its condition that Y is Hi, priority 0.5",
    ])
    expect(
      explained([{ kind: 'value', issue: 'y', in: options('hi'), when: { issue: 'x', in: options('a') } }]),
    ).toEqual(["People's\nFront drops its linkage (if X is A, then Y is Hi), priority 0.5"])
  })

  it('works data-last', () => {
    const n = doc(AB, { x: domains.flag }, [])
    expect(Zone.nearestAgreement()(n)).toEqual(Zone.nearestAgreement(n))
  })
})

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

  it('reports every equally cheap set', () => {
    const n = doc(AB, { border: domains.choice('old', 'new') }, [
      { party: 'A', issue: 'border', redLines: options('new'), priority: 0.5 },
      { party: 'B', issue: 'border', redLines: options('old'), priority: 0.5 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBe(0.5)
    expect(near.options.map((o) => o.concessions.map((c) => c.party))).toEqual([['A'], ['B']])
    expect(near.explanation).toMatch(/1 other set of concessions cost the same\.$/)
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

  it('works data-last', () => {
    const n = doc(AB, { x: domains.flag }, [])
    expect(Zone.nearestAgreement()(n)).toEqual(Zone.nearestAgreement(n))
  })
})

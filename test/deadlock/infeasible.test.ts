import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import * as Zone from '../../src/zone'
import { d, doc, flags, found, healthy, options, pos, without } from './fixture'
import type { Negotiation } from '../../src'

const link = (when: string, whenIn: unknown, then: string, thenIn: unknown) => ({
  kind: 'value',
  issue: then,
  in: thenIn,
  when: { issue: when, in: whenIn },
  text: `If ${when}, then ${then}.`,
})

/** Alpha needs a truce, and a truce only without aid; Beta needs aid. Each issue is fine on its own. */
const linked = doc({
  positions: [
    pos('A', 'truce', '2025-01-01', {
      acceptable: flags(true),
      conditions: [link('truce', flags(true), 'aid', flags(false))],
      priority: 0.8,
    }),
    pos('B', 'aid', '2025-02-01', { acceptable: flags(true), priority: 0.3 }),
    pos('B', 'truce', '2025-01-10', { ideal: true }),
  ],
})

const feasible = (n: Negotiation, asOf?: string): boolean => {
  const z = Zone.packages(n, asOf === undefined ? {} : { asOf: d(asOf) })
  if (E.isLeft(z)) throw new Error(z.left.map((e) => e.message).join('\n'))
  return !z.right.empty
}

describe('Deadlock.infeasibilities', () => {
  it('reports a minimal conflict set when linkages rule out every package', () => {
    const [f, ...rest] = found(Deadlock.infeasibilities(linked))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      kind: 'package-infeasibility',
      parties: ['A', 'B'],
      issues: ['aid', 'truce'],
      since: '2025-02-01',
      active: true,
    })
    expect(f!.conflict.map((c) => [c.party, c.kind, c.issues])).toEqual([
      ['B', 'acceptable', ['aid']],
      ['A', 'acceptable', ['truce']],
      ['A', 'linkage', ['truce', 'aid']],
    ])
    expect(f!.evidence.map((e) => [e.positionId, e.date])).toEqual([
      ['A-truce-2025-01-01', '2025-01-01'],
      ['A-truce-2025-01-01', '2025-01-01'],
      ['B-aid-2025-02-01', '2025-02-01'],
    ])
    expect(f!.explanation).toContain('cannot all hold, and dropping any one of them')
    expect(f!.id).toMatch(/^package-infeasibility:aid,truce:[0-9a-f]{8}$/)
  })

  it('the zone analysis agrees: no package now, and one once any single constraint is dropped', () => {
    expect(feasible(linked)).toBe(false)
    const [f] = found(Deadlock.infeasibilities(linked))
    for (const c of f!.conflict) expect(feasible(without(linked, c))).toBe(true)
  })

  it('suggests the nearest agreement of the zone analysis', () => {
    const [f] = found(Deadlock.infeasibilities(linked))
    expect(f!.suggestion).toMatch(/^Nearest agreement: If Beta accepts more on Aid/)
    expect(f!.concessions?.map((c) => [c.party, c.kind, c.issue])).toEqual([['B', 'acceptable', 'aid']])
    expect(found(Deadlock.infeasibilities(linked, { suggest: false }))[0]!.suggestion).toBeUndefined()
  })

  it('counts plain value conditions and reservation utilities', () => {
    const conditioned = doc({
      positions: [
        pos('A', 'border', '2025-01-01', {
          acceptable: options('old', 'contact'),
          conditions: [{ kind: 'value', issue: 'aid', in: flags(false) }],
        }),
        pos('B', 'aid', '2025-01-02', { acceptable: flags(true) }),
      ],
    })
    const [c] = found(Deadlock.infeasibilities(conditioned))
    expect(c!.conflict.map((x) => [x.party, x.kind])).toEqual([
      ['B', 'acceptable'],
      ['A', 'condition'],
    ])
    expect(feasible(conditioned)).toBe(false)
    for (const x of c!.conflict) expect(feasible(without(conditioned, x))).toBe(true)

    const base = doc({
      positions: [
        pos('A', 'border', '2025-01-01', {
          ideal: 'old',
          acceptable: options('old', 'contact'),
          priority: 1,
        }),
        pos('B', 'border', '2025-01-01', {
          ideal: 'new',
          acceptable: options('contact', 'new'),
          priority: 1,
        }),
      ],
    })
    const demanding = {
      ...base,
      parties: { ...base.parties, A: { name: 'Alpha', role: 'principal', reservation: 0.9 } },
    } as unknown as Negotiation
    const [r] = found(Deadlock.infeasibilities(demanding))
    expect(r!.conflict.map((x) => [x.party, x.kind])).toEqual([
      ['B', 'acceptable'],
      ['A', 'reservation'],
    ])
    expect(
      r!.evidence.some((e) => e.positionId === undefined && e.what.includes('reservation utility')),
    ).toBe(true)
    expect(feasible(demanding)).toBe(false)
    for (const x of r!.conflict) expect(feasible(without(demanding, x))).toBe(true)
  })

  it('reports disjoint conflicts, up to maxConflicts', () => {
    const two = doc({
      positions: [
        ...(linked.positions as never[]),
        pos('A', 'border', '2025-01-01', {
          acceptable: options('new'),
          conditions: [
            link('border', options('new'), 'army', { kind: 'intervals', intervals: [{ min: 0, max: 100 }] }),
          ],
        }),
        pos('B', 'army', '2025-01-01', {
          acceptable: { kind: 'intervals', intervals: [{ min: 500, max: 1000 }] },
        }),
      ],
    })
    const all = found(Deadlock.infeasibilities(two))
    expect(all.map((f) => f.issues)).toEqual([
      ['army', 'border'],
      ['aid', 'truce'],
    ])
    const ids = all.flatMap((f) => f.conflict.map((c) => c.text))
    expect(new Set(ids).size).toBe(ids.length)
    expect(found(Deadlock.infeasibilities(two, { maxConflicts: 1 })).length).toBe(1)
  })

  it('leaves issues that clash on their own to the clash detector', () => {
    const clashing = doc({
      positions: [
        pos('A', 'aid', '2025-01-01', { acceptable: flags(false) }),
        pos('B', 'aid', '2025-01-01', { acceptable: flags(true) }),
        pos('A', 'truce', '2025-01-01', {
          acceptable: flags(true),
          conditions: [link('truce', flags(true), 'aid', flags(false))],
        }),
      ],
    })
    expect(found(Deadlock.infeasibilities(clashing))).toEqual([])
    expect(found(Deadlock.clashes(clashing)).map((c) => c.id)).toEqual(['red-line-clash:aid'])
  })

  it('finds nothing when the linkages can all be met, or on a healthy negotiation', () => {
    const met = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', {
          acceptable: flags(true),
          conditions: [link('truce', flags(true), 'aid', flags(false))],
        }),
        pos('B', 'aid', '2025-02-01', { ideal: true }),
      ],
    })
    expect(found(Deadlock.infeasibilities(met))).toEqual([])
    expect(found(Deadlock.infeasibilities(healthy()))).toEqual([])
  })

  it('works data-first and data-last', () => {
    expect(Deadlock.infeasibilities({ suggest: false })(linked)).toEqual(
      Deadlock.infeasibilities(linked, { suggest: false }),
    )
  })
})

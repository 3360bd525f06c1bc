import { beforeEach, describe, expect, it } from 'vitest'
import { contextOf } from '../../src/deadlock/context'
import { needsUtilities, problemOf, type Problem } from '../../src/deadlock/problem'
import { deepFreeze } from '../../src/internal/freeze'
import type { IssueId, Negotiation, PartyId } from '../../src'
import { d, doc, flags, interval, options, pos } from './fixture'

const party = (...ids: string[]): PartyId[] => ids as PartyId[]
const issue = (...ids: string[]): IssueId[] => ids as IssueId[]

/** The rules of a problem as plain data (texts read, masks as arrays). */
const rulesOf = (p: Problem) =>
  p.rules.map((r) => ({
    party: r.party,
    axis: r.axis,
    kind: r.kind,
    allows: [...r.allows],
    weight: r.weight,
    text: r.text,
    positions: r.evidence.positions,
  }))

/** The number of atoms of each axis. */
const atomsOf = (p: Problem) => p.axes.map((a) => [a.issue, a.pieces.length])

/** A negotiation with a settled border (the new line), agreed by both principals on 2025-01-05. */
const settledBorder = (positions: Record<string, unknown>[]): Negotiation =>
  doc({
    positions,
    proposals: {
      deal: {
        title: 'Deal',
        date: '2025-01-03',
        tabledBy: ['M'],
        terms: { border: { value: 'new' } },
        sources: ['s1'],
      },
    },
    events: [
      {
        id: 'e1',
        kind: 'agreement',
        date: '2025-01-05',
        parties: ['A', 'B'],
        proposal: 'deal',
        sources: ['s2'],
      },
    ],
  })

describe('problemOf', () => {
  /**
   * Alpha: a red line (0 to 300) and a limit (200 to 1000) on the army cap, a truce only, a condition on the army
   * cap (stated on aid) and one on the border (stated on the truce); Beta: an ideal army cap only.
   */
  const n = doc({
    positions: [
      pos('A', 'army', '2025-01-01', {
        redLines: interval(0, 300),
        acceptable: interval(200, 1000),
        priority: 0.8,
      }),
      pos('B', 'army', '2025-01-01', { ideal: 400 }),
      pos('A', 'truce', '2025-01-01', {
        acceptable: flags(true),
        conditions: [{ kind: 'value', issue: 'border', in: options('old') }],
      }),
      pos('A', 'aid', '2025-01-01', {
        ideal: true,
        conditions: [{ kind: 'value', issue: 'army', in: interval(0, 500) }],
      }),
    ],
  })
  let p: Problem
  beforeEach(() => {
    p = problemOf(contextOf(n), party('A', 'B'), issue('army', 'truce', 'border'), d('2025-02-01'))
  })

  it('cuts a quantity into the regions its sets name, and keeps a choice’s options and a flag’s answers', () => {
    // army: [0, 200), [200, 300], (300, 500], (500, 1000]; the truce: no, yes; the border: its three lines
    expect(atomsOf(p)).toEqual([
      ['army', 4],
      ['truce', 2],
      ['border', 3],
    ])
    expect(p.parties).toEqual(['A', 'B'])
    expect(p.names).toEqual(['Alpha', 'Beta'])
    expect(p.links).toEqual([])
    expect(p.floors).toEqual([])
  })

  it('states each red line, limit and condition as the atoms it allows, conditions in the order of their issues', () => {
    const position = ['A-army-2025-01-01']
    expect(rulesOf(p)).toEqual([
      {
        party: 0,
        axis: 0,
        kind: 'red-line',
        allows: [0, 1, 1, 0],
        weight: 0.8,
        text: "Alpha's red line on Army cap (from 0 to 300 troops)",
        positions: position,
      },
      {
        party: 0,
        axis: 0,
        kind: 'acceptable',
        allows: [1, 1, 1, 0],
        weight: 0.8,
        text: "Alpha's limit on Army cap (acceptable: from 200 to 1000 troops)",
        positions: position,
      },
      {
        party: 0,
        axis: 1,
        kind: 'acceptable',
        allows: [0, 1],
        weight: 0.5,
        text: "Alpha's limit on Truce (acceptable: yes)",
        positions: ['A-truce-2025-01-01'],
      },
      // the condition stated on aid comes before the one stated on the truce (issues in id order)
      {
        party: 0,
        axis: 0,
        kind: 'condition',
        allows: [1, 1, 0, 1],
        weight: 0.5,
        text: "Alpha's condition that Army cap is from 0 to 500 troops",
        positions: ['A-aid-2025-01-01'],
      },
      {
        party: 0,
        axis: 2,
        kind: 'condition',
        allows: [1, 0, 0],
        weight: 0.5,
        text: "Alpha's condition that Border is Old line",
        positions: ['A-truce-2025-01-01'],
      },
    ])
  })

  it('orders a party’s conditions by the id of the issue they are stated on, whatever the order of the issues', () => {
    const on = (stated: string, line: string) =>
      pos('A', stated, '2025-01-01', { conditions: [{ kind: 'value', issue: 'border', in: options(line) }] })
    // the document lists the truce before aid and the army cap
    const m = doc({ positions: [on('army', 'new'), on('truce', 'old'), on('aid', 'contact')] })
    const q = problemOf(contextOf(m), party('A', 'B'), issue('border'), d('2025-02-01'))
    expect(rulesOf(q).map((r) => [r.text, r.allows, r.positions])).toEqual([
      ["Alpha's condition that Border is Contact line", [0, 1, 0], ['A-aid-2025-01-01']],
      ["Alpha's condition that Border is New line", [0, 0, 1], ['A-army-2025-01-01']],
      ["Alpha's condition that Border is Old line", [1, 0, 0], ['A-truce-2025-01-01']],
    ])
  })

  it('counts only the stances stated by the date', () => {
    const early = problemOf(contextOf(n), party('A', 'B'), issue('army', 'truce'), d('2024-12-31'))
    expect(early.rules).toEqual([])
    expect(atomsOf(early)).toEqual([
      ['army', 1],
      ['truce', 2],
    ])
  })

  it('keeps a condition that a settlement already breaks, on no axis', () => {
    const s = settledBorder([
      pos('A', 'truce', '2025-01-01', {
        conditions: [{ kind: 'value', issue: 'border', in: options('old') }],
        priority: 0.7,
      }),
    ])
    const q = problemOf(contextOf(s), party('A', 'B'), issue('truce'), d('2025-02-01'))
    expect(rulesOf(q)).toEqual([
      {
        party: 0,
        axis: -1,
        kind: 'condition',
        allows: [],
        weight: 0.7,
        text: "Alpha's condition that Border is Old line (already settled otherwise)",
        positions: ['A-truce-2025-01-01'],
      },
    ])
  })

  it('turns a linkage whose consequence a settlement breaks into a ban on its premise', () => {
    const s = settledBorder([
      pos('A', 'truce', '2025-01-01', {
        conditions: [
          { kind: 'value', issue: 'border', in: options('old'), when: { issue: 'truce', in: flags(true) } },
        ],
      }),
    ])
    const q = problemOf(contextOf(s), party('A', 'B'), issue('truce'), d('2025-02-01'))
    expect(rulesOf(q)).toEqual([
      {
        party: 0,
        axis: 0,
        kind: 'condition',
        allows: [1, 0],
        weight: 0.5,
        text: "Alpha's linkage: if Truce is yes, then Border is Old line",
        positions: ['A-truce-2025-01-01'],
      },
    ])
  })
})

describe('needsUtilities', () => {
  const n = doc({
    positions: [
      pos('A', 'border', '2025-01-01', { acceptable: options('old'), reservation: 0.4 }),
      pos('A', 'truce', '2025-01-01', { acceptable: flags(true) }),
      pos('B', 'truce', '2025-03-01', { reservation: 0.2 }),
    ],
  })
  const withFloor = (reservation: number): Negotiation =>
    deepFreeze({
      ...n,
      parties: { ...n.parties, B: { name: 'Beta', role: 'principal', reservation } },
    })

  it('is true when a principal states a reservation score on an issue of the package by the date', () => {
    const ctx = contextOf(n)
    expect(needsUtilities(ctx, party('A', 'B'), issue('truce', 'border'), d('2025-02-01'))).toBe(true)
    expect(needsUtilities(ctx, party('B'), issue('truce', 'border'), d('2025-03-01'))).toBe(true)
  })

  it('is false when no reservation score binds on the package by the date', () => {
    const ctx = contextOf(n)
    expect(needsUtilities(ctx, party('A', 'B'), issue('truce'), d('2025-02-01'))).toBe(false)
    expect(needsUtilities(ctx, party('B'), issue('truce', 'border'), d('2025-02-28'))).toBe(false)
    expect(needsUtilities(ctx, party('B'), issue('army'), d('2025-03-01'))).toBe(false)
  })

  it('is true when a principal has a reservation utility above 0', () => {
    expect(needsUtilities(contextOf(withFloor(0.3)), party('B'), issue('army'), d('2025-02-01'))).toBe(true)
    expect(needsUtilities(contextOf(withFloor(0)), party('B'), issue('army'), d('2025-02-01'))).toBe(false)
  })

  it('is false for a party the negotiation does not name', () => {
    expect(needsUtilities(contextOf(n), party('Z'), issue('truce'), d('2025-02-01'))).toBe(false)
  })
})

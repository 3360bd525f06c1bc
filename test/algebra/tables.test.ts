import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type { IssueTable } from '../../src/algebra/tables'
import type { Domain, Negotiation, PartyId } from '../../src/model'
import { deepFreeze } from '../../src/internal/freeze'
import { ok } from './arbitraries'

const universe = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))

/** A negotiation with one issue `x` and party A's positions on it (B has none). */
const negotiation = (domain: unknown, positions: readonly Record<string, unknown>[]): Negotiation =>
  deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Test',
    parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
    issues: { x: { label: 'X', category: 'other', domain } },
    positions: positions.map((p, i) => ({
      id: `p${String(i)}`,
      party: 'A',
      issue: 'x',
      asOf: '2025-03-11',
      sources: ['s'],
      ...p,
    })),
    proposals: {},
    events: [],
    sources: {},
  }) as unknown as Negotiation

/** The table of issue `x` compiled for a party with the given position on it (none: party B). */
const table = (domain: unknown, position?: Record<string, unknown>): IssueTable => {
  const doc = negotiation(domain, position === undefined ? [] : [position])
  return ok(Utility.compile(doc, (position === undefined ? 'B' : 'A') as PartyId)).tables[0]!
}

const quantityTable = (domain: unknown, position?: Record<string, unknown>) => {
  const t = table(domain, position)
  if (t.kind !== 'quantity') throw new Error(`expected a quantity table, got ${t.kind}`)
  return t
}

const maskTable = (domain: unknown, position?: Record<string, unknown>) => {
  const t = table(domain, position)
  if (t.kind !== 'mask') throw new Error(`expected a mask table, got ${t.kind}`)
  return t
}

const days = { kind: 'quantity', unit: 'days', min: 0, max: 100 }
const thirteen = { kind: 'subset', universe: universe(13) }
const ALL13 = 0b1_1111_1111_1111

describe('quantity tables', () => {
  it('are constant for a party without a position, with the bounds as breakpoints', () => {
    const t = quantityTable({ ...days, integer: true })
    expect({ ...t, score: undefined, acceptable: undefined }).toEqual({
      kind: 'quantity',
      issue: 'x',
      min: 0,
      max: 100,
      integer: true,
      breakpoints: [0, 100],
      score: undefined,
      acceptable: undefined,
    })
    expect([0, 37.5, 100].map(t.score)).toEqual([1, 1, 1])
    expect([0, 37.5, 100].map(t.acceptable)).toEqual([true, true, true])
  })

  it('score 1 or 0 and allow by the acceptable intervals alone, open and closed bounds respected', () => {
    const t = quantityTable(days, {
      acceptable: {
        kind: 'intervals',
        intervals: [
          { min: 10, max: 20, minOpen: true },
          { min: 30, max: 40, maxOpen: true },
        ],
      },
    })
    const xs = [5, 10, 10.5, 20, 25, 30, 39.5, 40, 45]
    const inside = [false, false, true, true, false, true, true, false, false]
    expect(xs.map(t.acceptable)).toEqual(inside)
    expect(xs.map(t.score)).toEqual(inside.map((b) => (b ? 1 : 0)))
    expect(t.breakpoints).toEqual([0, 10, 20, 30, 40, 100])
  })

  it('keep every amount off the red lines, bounds included, scoring all amounts 1', () => {
    const t = quantityTable(days, {
      redLines: { kind: 'intervals', intervals: [{ min: 50, max: 60 }] },
    })
    expect([0, 49.5, 50, 55, 60, 60.5].map(t.acceptable)).toEqual([true, true, false, false, false, true])
    expect([0, 55, 100].map(t.score)).toEqual([1, 1, 1])
    expect(t.breakpoints).toEqual([0, 50, 60, 100])
  })

  it('put the ideal among the breakpoints and allow everything without a reservation', () => {
    const t = quantityTable({ ...days, max: 128 }, { ideal: 32 })
    expect(t.breakpoints).toEqual([0, 32, 128])
    expect([0, 32, 128].map(t.score)).toEqual([0.75, 1, 0.25])
    expect([0, 128].map(t.acceptable)).toEqual([true, true])
  })

  it('put a linear valuation’s points among the breakpoints (not the ideal), and only those within the bounds', () => {
    const inside = quantityTable(days, {
      ideal: 70,
      valuation: {
        kind: 'linear',
        points: [
          { at: 50, score: 1 },
          { at: 10, score: 0 },
        ],
      },
    })
    expect(inside.breakpoints).toEqual([0, 10, 50, 100])
    expect([0, 30, 100].map(inside.score)).toEqual([0, 0.5, 1])
    const beyond = quantityTable(days, {
      reservation: 0.5,
      valuation: {
        kind: 'linear',
        points: [
          { at: -50, score: 0 },
          { at: 150, score: 1 },
        ],
      },
    })
    // the points lie outside 0…100; the score crosses the reservation at 50
    expect(beyond.breakpoints).toEqual([0, 50, 100])
  })

  it('add the amounts where the score crosses the reservation, rising and falling', () => {
    const t = quantityTable(
      { kind: 'quantity', unit: 'km', min: 16, max: 144 },
      { ideal: 80, reservation: 0.75 },
    )
    expect(t.breakpoints).toEqual([16, 48, 80, 112, 144])
    expect([16, 48, 80, 112, 144].map(t.score)).toEqual([0.5, 0.75, 1, 0.75, 0.5])
    // the reservation score itself is acceptable
    expect([16, 47, 48, 80, 112, 113].map(t.acceptable)).toEqual([false, false, true, true, true, false])
  })

  it('add only real crossings of the reservation, not where a piece would cross if extended', () => {
    const t = quantityTable(days, {
      reservation: 0.75,
      valuation: {
        kind: 'linear',
        points: [
          { at: 0, score: 0.25 },
          { at: 40, score: 0.5 },
          { at: 100, score: 1 },
        ],
      },
    })
    // the first piece, extended, would reach 0.75 at 80; the score really crosses it at 70
    expect(t.breakpoints).toEqual([0, 40, 70, 100])
    expect([69, 70, 80].map(t.acceptable)).toEqual([false, true, true])
  })
})

describe('subset tables', () => {
  it('tabulate up to 12 elements and use bit masks from 13 on', () => {
    const twelve = table({ kind: 'subset', universe: universe(12) }, { ideal: ['e0'] })
    expect(twelve.kind).toBe('finite')
    if (twelve.kind !== 'finite') return
    expect(twelve.values).toHaveLength(4096)
    expect(twelve.values[4095]).toEqual(universe(12).map((o) => o.id))
    expect(maskTable(thirteen, { ideal: ['e0'] }).universe).toEqual(universe(13).map((o) => o.id))
  })

  it('encode up to 30 elements and refuse a position on a larger subset with a located error', () => {
    expect(maskTable({ kind: 'subset', universe: universe(30) }, { ideal: [] }).universe).toHaveLength(30)
    const doc = negotiation({ kind: 'subset', universe: universe(31) }, [{ ideal: [] }])
    expect(Utility.compile(doc, 'A' as PartyId)).toEqual(
      E.left([
        {
          _tag: 'too-large',
          message:
            'issue `x`, party `A`: the issue has 31 elements, more than the 30 a compiled utility can encode; score packages with Utility.utility instead',
          issue: 'x',
          party: 'A',
        },
      ]),
    )
    // without a position on it, the large issue is just constant
    const constant = maskTable({ kind: 'subset', universe: universe(31) })
    expect([0, 2 ** 31 - 1].map(constant.score)).toEqual([1, 1])
  })

  it('are constant for a party without a position', () => {
    const t = maskTable(thirteen)
    expect({ ...t, score: undefined, acceptable: undefined }).toEqual({
      kind: 'mask',
      issue: 'x',
      universe: universe(13).map((o) => o.id),
      score: undefined,
      acceptable: undefined,
    })
    expect([0, 5, ALL13].map(t.score)).toEqual([1, 1, 1])
    expect([0, 5, ALL13].map(t.acceptable)).toEqual([true, true, true])
  })

  it('allow a subset that meets an acceptable constraint: included, excluded elements and size bounds', () => {
    const t = maskTable(thirteen, {
      acceptable: {
        kind: 'subsets',
        any: [{ include: ['e0', 'e1'], exclude: ['e2'], minSize: 3, maxSize: 4 }],
      },
    })
    const masks = [
      0, // empty
      0b11, // e0, e1: too small
      0b1011, // e0, e1, e3
      0b11011, // e0, e1, e3, e4
      0b111011, // five elements: too large
      0b1111, // has e2
      0b11001, // lacks e1
    ]
    const allowed = [false, false, true, true, false, false, false]
    expect(masks.map(t.acceptable)).toEqual(allowed)
    // with no ideal or valuation, the acceptable subsets score 1 and the others 0
    expect(masks.map(t.score)).toEqual(allowed.map((b) => (b ? 1 : 0)))
  })

  it('read a constraint without sizes as: any size its elements allow', () => {
    const without = maskTable(thirteen, { acceptable: { kind: 'subsets', any: [{ exclude: ['e1'] }] } })
    expect([0, ALL13 & ~0b10, ALL13].map(without.acceptable)).toEqual([true, true, false])
    const withE0 = maskTable(thirteen, { acceptable: { kind: 'subsets', any: [{ include: ['e0'] }] } })
    expect([0, 0b1, 0b10, ALL13].map(withE0.acceptable)).toEqual([false, true, false, true])
  })

  it('refuse subsets on the red lines and score everything 1 when only red lines are stated', () => {
    const t = maskTable(thirteen, { redLines: { kind: 'subsets', any: [{ include: ['e5'] }] } })
    expect([0, 0b1, 0b10_0000, ALL13].map(t.acceptable)).toEqual([true, true, false, false])
    expect([0, 0b10_0000].map(t.score)).toEqual([1, 1])
  })

  it('score by distance to the ideal and refuse what falls below the reservation', () => {
    const t = maskTable(
      { kind: 'subset', universe: universe(16) },
      { ideal: ['e0', 'e1'], reservation: 0.75 },
    )
    // 0b11 is the ideal; then 2, 4 and 5 elements apart out of 16
    const masks = [0b11, 0, 0b1100, 0b1_1100]
    expect(masks.map(t.score)).toEqual([1, 0.875, 0.75, 0.6875])
    expect(masks.map(t.acceptable)).toEqual([true, true, true, false])
  })

  it('score by element weights, rescaled between the worst and the best subset', () => {
    const t = maskTable(thirteen, { valuation: { kind: 'elements', weights: { e0: 2, e1: -1, e2: 1 } } })
    // best {e0, e2} = 3, worst {e1} = −1
    expect([0, 0b1, 0b10, 0b101, 0b111, 1 << 12].map(t.score)).toEqual([0.25, 0.75, 0, 1, 0.75, 0.25])
    const flat = maskTable(thirteen, { valuation: { kind: 'elements', weights: { e0: 0 } } })
    expect([0, 0b1, ALL13].map(flat.score)).toEqual([1, 1, 1])
  })
})

describe('choice and flag tables', () => {
  it('allow every option not on a red line when the position has no reservation', () => {
    const t = table(
      { kind: 'choice', options: ['a', 'b', 'c'].map((id) => ({ id, label: id })) },
      { ideal: 'a', redLines: { kind: 'options', options: ['c'] } },
    )
    expect(t.kind === 'finite' && { values: t.values, acceptable: Array.from(t.acceptable) }).toEqual({
      values: ['a', 'b', 'c'],
      acceptable: [1, 1, 0],
    })
  })

  it('tabulate a flag as no, yes', () => {
    const t = table({ kind: 'flag' } satisfies Domain, { ideal: true, reservation: 0.5 })
    expect(
      t.kind === 'finite' && {
        issue: t.issue,
        values: t.values,
        scores: Array.from(t.scores),
        acceptable: Array.from(t.acceptable),
      },
    ).toEqual({ issue: 'x', values: [false, true], scores: [0, 1], acceptable: [0, 1] })
  })
})

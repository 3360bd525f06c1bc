import { beforeEach, describe, expect, it } from 'vitest'
import { Diff, type Domain, type Value, type ValueSet } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import type { Scored } from '../../src/diff/context'
import * as I from '../../src/diff/impact'

// the values below are written as plain JSON, as a document holds them
const encode = (d: Domain, v: unknown): number => I.encode(d, v as Value)
const inSet = (set: ValueSet, v: unknown): boolean => I.inSet(set, v as Value)
const okByCode = (p: Scored, code: number, v: unknown): boolean => I.okByCode(p, code, v as Value)
const scoreByCode = (p: Scored, code: number, v: unknown): number => I.scoreByCode(p, code, v as Value)
import { effect, impacts, issues, party, world } from './impact-fixture'

// A and B read four changed issues; M only the unchanged subset; O has no positions at all.
const positions = [
  {
    party: 'A',
    issue: 'o',
    ideal: 'high',
    valuation: { kind: 'scores', scores: { low: 0.2, mid: 0.1, high: 1 } },
    reservation: 0.2,
    sources: ['sz-a'],
  },
  { party: 'A', issue: 'c', ideal: 'x' },
  { party: 'A', issue: 'f', ideal: true },
  { party: 'A', issue: 'q', ideal: 100 },
  {
    party: 'B',
    issue: 'q',
    ideal: 0,
    acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 50 }] },
    sources: ['sa-b'],
  },
  { party: 'B', issue: 'c', acceptable: { kind: 'options', options: ['x', 'y'] } },
  { party: 'B', issue: 'f', redLines: { kind: 'flags', values: [true] } },
  { party: 'M', issue: 's', ideal: ['a', 'b'] },
]
const d1 = { q: 40, o: 'low', c: 'y', f: false, s: ['a'] }
const d2 = { q: 60, o: 'mid', c: 'z', f: true, s: ['a'] }
const n = world(positions, d1, d2)
// read inside each test, not while the tests are collected, so that mutation testing's per-test coverage ties
// what the reading runs to the tests that check it
const r = () => impacts(n)

describe('who gains: each party’s reading of each changed issue', () => {
  it('reads a valuation by distance to the ideal, and a score at the reservation as acceptable', () => {
    expect(effect(r(), 'A', 'o')).toEqual({
      issue: 'o',
      label: 'Alliance',
      status: 'changed',
      effect: 'loss',
      score: { from: 0.2, to: 0.1 },
      weight: 0.25,
      ideal: 'toward',
      standing: { from: 'acceptable', to: 'below-reservation' },
      acceptable: 'left',
      redLine: null,
      positions: ['p0'],
      sources: ['sz-a'],
    })
  })

  it('an unordered choice moved between two options that are not the ideal is neither toward nor away', () => {
    expect(effect(r(), 'A', 'c')).toMatchObject({
      ideal: 'same',
      effect: 'neutral',
      score: { from: 0, to: 0 },
    })
  })

  it('a flag flipped to the ideal moves toward it', () => {
    expect(effect(r(), 'A', 'f')).toMatchObject({
      ideal: 'toward',
      effect: 'gain',
      score: { from: 0, to: 1 },
    })
  })

  it('a quantity moved toward the ideal is a gain', () => {
    expect(effect(r(), 'A', 'q')).toMatchObject({
      ideal: 'toward',
      effect: 'gain',
      score: { from: 0.4, to: 0.6 },
    })
  })

  it('a term leaving the acceptable set, and a party without an ideal', () => {
    expect(effect(r(), 'B', 'q')).toMatchObject({
      ideal: 'away',
      effect: 'loss',
      standing: { from: 'acceptable', to: 'outside-acceptable' },
      acceptable: 'left',
      redLine: null,
    })
    expect(effect(r(), 'B', 'c')).toMatchObject({
      ideal: null,
      standing: { from: 'acceptable', to: 'outside-acceptable' },
      acceptable: 'left',
    })
  })

  it('a term across a red line is a loss whatever the scores', () => {
    expect(effect(r(), 'B', 'f')).toMatchObject({
      effect: 'loss',
      standing: { from: 'acceptable', to: 'red-line' },
      redLine: 'crossed',
      acceptable: 'left',
    })
    expect(party(r(), 'B').redLines).toEqual({ crossed: ['f'], cleared: [], still: [] })
  })

  it('cites every source once, in order, whichever party cites it first', () => {
    expect(r().sources).toEqual(['s1', 'sa-b', 'sz-a'])
  })

  it('a party with no position on any changed issue, and one with no position at all', () => {
    expect(party(r(), 'M')).toMatchObject({
      verdict: 'no-stated-position',
      noPosition: ['c', 'f', 'o', 'q'],
      utility: { delta: 0 },
    })
    expect(party(r(), 'M').utility.from).toBeCloseTo(2 / 3, 12)
    expect(party(r(), 'O')).toMatchObject({
      verdict: 'no-stated-position',
      utility: { from: null, to: null, delta: null },
    })
  })

  it('a draft compared with itself leaves every stated party unchanged', () => {
    const same = ok(Diff.proposals(n, 'd1', 'd1')).parties as Diff.PartyImpacts
    expect(
      [...same.principals, ...same.others].map((p) => [p.party, p.verdict, p.utility.delta, p.issues.length]),
    ).toEqual([
      ['A', 'unchanged', 0, 0],
      ['B', 'unchanged', 0, 0],
      ['M', 'unchanged', 0, 0],
      ['O', 'no-stated-position', null, 0],
    ])
    expect(same.gainedMost).toEqual([])
  })
})

describe('who gains across a mapping', () => {
  // q is renumbered q2 (same domain: compared), c is mapped onto the flag n (another domain: replaced)
  const mapped = world(
    [
      { party: 'A', issue: 'q2', ideal: 100 },
      { party: 'A', issue: 'c', ideal: 'x' },
      { party: 'B', issue: 'c', ideal: 'y' },
      { party: 'B', issue: 'n', ideal: true },
      { party: 'M', issue: 'n', ideal: false },
    ],
    { q: 40, c: 'y' },
    { q2: 60, n: true },
  )
  // built before each test, not while the tests are collected (see `r` above)
  let m: Diff.PartyImpacts
  beforeEach(() => {
    m = impacts(mapped, { mapping: { q: 'q2', c: 'n' } })
  })

  it('reads a renumbered issue by the position on the issue it is compared on', () => {
    expect(effect(m, 'A', 'q2')).toMatchObject({
      effect: 'gain',
      score: { from: 0.4, to: 0.6 },
      ideal: 'toward',
      standing: { from: 'acceptable', to: 'acceptable' },
    })
  })

  it('reads a replaced term by the position on each side’s own issue', () => {
    expect(effect(m, 'A', 'n')).toMatchObject({
      score: { from: 0, to: null },
      standing: { from: 'acceptable', to: 'no-term' },
      ideal: null,
      positions: ['p1'],
    })
    expect(effect(m, 'B', 'n')).toMatchObject({
      score: { from: 1, to: 1 },
      standing: { from: 'acceptable', to: 'acceptable' },
      ideal: null,
      positions: ['p3'],
    })
    expect(effect(m, 'M', 'n')).toMatchObject({
      score: { from: null, to: 0 },
      standing: { from: 'no-term', to: 'acceptable' },
      ideal: null,
      positions: ['p4'],
    })
  })
})

// -------------------------------------------------------------------------------------
// the party's tables, read directly
// -------------------------------------------------------------------------------------

const context = () => ok(Diff.context(n, '2025-06-01'))
const scored = (p: string, issue: string): Scored => {
  const x = context()
    .parties.find((m) => m.party === p)
    ?.stated.find((s) => s.issue === issue)
  if (x === undefined) throw new Error(`${p} has no position on ${issue}`)
  return x
}
// the same stance without compiled tables: read through its scorer
const untabled = (p: Scored): Scored =>
  frozen({ ...p, scores: undefined, acceptable: undefined, scoreAt: undefined, okAt: undefined })

describe('scoreByCode and okByCode', () => {
  // built before each test, not while the tests are collected (see `r` above)
  let o: Scored
  beforeEach(() => {
    o = scored('A', 'o')
  })

  it('read a finite table by code, and the scorer when the value has no code', () => {
    expect([0, 1, 2].map((code) => scoreByCode(o, code, 'low'))).toEqual([0.2, 0.1, 1])
    expect(scoreByCode(o, Number.NaN, 'high')).toBe(1)
    expect(scoreByCode(o, 7, 'high')).toBe(0)
    expect([0, 1, 2].map((code) => okByCode(o, code, 'low'))).toEqual([true, false, true])
    expect([okByCode(o, Number.NaN, 'mid'), okByCode(o, Number.NaN, 'low')]).toEqual([false, true])
  })

  it('without tables, score and judge by the scorer: at the reservation is acceptable, under it is not', () => {
    const bare = untabled(o)
    expect([scoreByCode(bare, 2, 'high'), scoreByCode(bare, 0, 'mid')]).toEqual([1, 0.1])
    expect(['low', 'mid', 'high'].map((v) => okByCode(bare, 0, v))).toEqual([true, false, true])
    expect(okByCode(untabled(scored('B', 'f')), 1, true)).toBe(false)
    expect(okByCode(untabled(scored('B', 'q')), 60, 60)).toBe(false)
  })

  it('read a quantity through its functions', () => {
    const q = scored('B', 'q')
    expect([okByCode(q, 40, 40), okByCode(q, 60, 60)]).toEqual([true, false])
    expect([scoreByCode(q, 40, 40), scoreByCode(q, 60, 60)]).toEqual([0.6, 0.4])
  })
})

describe('encode', () => {
  const d = (issue: keyof typeof issues): Domain => issues[issue].domain as unknown as Domain
  const universe30 = frozen({
    kind: 'subset',
    universe: Array.from({ length: 30 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` })),
  }) as unknown as Domain

  it('codes an option by index, a flag as 0 or 1, a quantity as itself', () => {
    expect([encode(d('o'), 'low'), encode(d('o'), 'high'), encode(d('o'), 'none')]).toEqual([
      0,
      2,
      Number.NaN,
    ])
    expect([encode(d('f'), true), encode(d('f'), false), encode(d('q'), 42)]).toEqual([1, 0, 42])
  })

  it('codes a subset as a bit mask, up to 30 elements', () => {
    expect([[], ['a'], ['c'], ['b', 'c'], ['c', 'a', 'b']].map((v) => encode(d('s'), v))).toEqual([
      0, 1, 4, 6, 7,
    ])
    expect(encode(universe30, ['e29', 'e0'])).toBe(2 ** 29 + 1)
    expect(encode(d('big'), ['e0'])).toBeNaN()
  })
})

describe('inSet', () => {
  it('reads closed and open interval ends', () => {
    const closed = frozen({ kind: 'intervals', intervals: [{ min: 0, max: 10 }] }) as unknown as ValueSet
    const open = frozen({
      kind: 'intervals',
      intervals: [{ min: 0, max: 10, minOpen: true, maxOpen: true }],
    }) as unknown as ValueSet
    expect([-1, 0, 5, 10, 11].map((x) => inSet(closed, x))).toEqual([false, true, true, true, false])
    expect([0, 0.5, 9.5, 10].map((x) => inSet(open, x))).toEqual([false, true, true, false])
  })

  it('reads each subset constraint: sizes, elements included and excluded; any one suffices', () => {
    const sets = (c: object): ValueSet => frozen({ kind: 'subsets', any: [c] })
    const ab = ['a', 'b']
    expect([inSet(sets({ minSize: 2 }), ['a']), inSet(sets({ minSize: 2 }), ab)]).toEqual([false, true])
    expect([inSet(sets({ maxSize: 1 }), ab), inSet(sets({ maxSize: 1 }), ['a'])]).toEqual([false, true])
    expect([inSet(sets({ include: ['a', 'b'] }), ['a']), inSet(sets({ include: ['a', 'b'] }), ab)]).toEqual([
      false,
      true,
    ])
    expect([
      inSet(sets({ exclude: ['a', 'b'] }), ['b']),
      inSet(sets({ exclude: ['a', 'b'] }), ['c']),
    ]).toEqual([false, true])
    const either = frozen({
      kind: 'subsets',
      any: [{ minSize: 3 }, { include: ['c'] }],
    }) as unknown as ValueSet
    expect([inSet(either, ['c']), inSet(either, ab)]).toEqual([true, false])
    expect(inSet(frozen({ kind: 'subsets', any: [] }) as unknown as ValueSet, ab)).toBe(false)
  })

  it('reads options and flags', () => {
    expect(inSet(frozen({ kind: 'options', options: ['x'] }) as unknown as ValueSet, 'x')).toBe(true)
    expect(inSet(frozen({ kind: 'flags', values: [true] }) as unknown as ValueSet, false)).toBe(false)
  })
})

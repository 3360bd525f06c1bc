import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type { IssueId, Negotiation, OptionId, PartyId } from '../../src/model'
import { frozen, ok } from './arbitraries'

const P = (x: string) => x as PartyId
const I = (x: string) => x as IssueId
const ids = (...xs: string[]) => xs as OptionId[]

const universe = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))

const doc = frozen({
  format: 'negotiation-positions/1',
  title: 'Test',
  parties: {
    UA: { name: 'Ukraine', role: 'principal', reservation: 0.3 },
    RU: { name: 'Russia', role: 'principal' },
  },
  issues: {
    days: {
      label: 'Ceasefire length',
      category: 'ceasefire',
      domain: { kind: 'quantity', unit: 'days', min: 0, max: 100 },
    },
    nato: {
      label: 'NATO',
      category: 'alliance',
      domain: {
        kind: 'choice',
        ordered: true,
        options: ['member', 'deferred', 'neutral'].map((id) => ({ id, label: id })),
      },
    },
    energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } },
    guarantors: {
      label: 'Guarantors',
      category: 'security-guarantees',
      domain: { kind: 'subset', universe: universe(3) },
    },
    sectors: {
      label: 'Sanctions',
      category: 'sanctions',
      domain: { kind: 'subset', universe: universe(20) },
    },
    huge: { label: 'Huge', category: 'other', domain: { kind: 'subset', universe: universe(40) } },
  },
  positions: [
    {
      id: 'u1',
      party: 'UA',
      issue: 'days',
      asOf: '2025-03-11',
      sources: ['s'],
      ideal: 90,
      reservation: 0.5,
      redLines: { kind: 'intervals', intervals: [{ min: 0, max: 10, maxOpen: true }] },
    },
    {
      id: 'u2',
      party: 'UA',
      issue: 'nato',
      asOf: '2025-03-11',
      sources: ['s'],
      ideal: 'member',
      redLines: { kind: 'options', options: ['neutral'] },
    },
    {
      id: 'u3',
      party: 'UA',
      issue: 'guarantors',
      asOf: '2025-03-11',
      sources: ['s'],
      ideal: ['e0', 'e1'],
      priority: 1,
    },
    {
      id: 'u4',
      party: 'UA',
      issue: 'sectors',
      asOf: '2025-03-11',
      sources: ['s'],
      ideal: [],
      redLines: { kind: 'subsets', any: [{ minSize: 10 }] },
    },
    { id: 'r1', party: 'RU', issue: 'huge', asOf: '2025-03-11', sources: ['s'], ideal: [] },
  ],
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

let ua: Utility.Compiled
beforeEach(() => {
  ua = ok(Utility.compile(doc, P('UA')))
})

describe('Utility.compile', () => {
  it('lays out every issue of the negotiation in id order, with weights only where the party has positions', () => {
    expect(ua.issues).toEqual(['days', 'energy', 'guarantors', 'huge', 'nato', 'sectors'])
    expect(Array.from(ua.stated)).toEqual([0, 2, 4, 5])
    expect(Array.from(ua.weights).map((w) => Math.round(w * 1000) / 1000)).toEqual([0.2, 0, 0.4, 0, 0.2, 0.2])
    expect(ua.reservation).toBe(0.3)
  })

  it('tabulates choices, flags and small subsets by their encoding', () => {
    const nato = ua.tables[4]!
    expect(nato.kind).toBe('finite')
    if (nato.kind !== 'finite') return
    expect(nato.values).toEqual(['member', 'deferred', 'neutral'])
    expect(Array.from(nato.scores)).toEqual([1, 0.5, 0])
    expect(Array.from(nato.acceptable)).toEqual([1, 1, 0])
    const guarantors = ua.tables[2]!
    if (guarantors.kind !== 'finite') throw new Error('expected a table')
    expect(guarantors.values).toEqual([
      [],
      ['e0'],
      ['e1'],
      ['e0', 'e1'],
      ['e2'],
      ['e0', 'e2'],
      ['e1', 'e2'],
      ['e0', 'e1', 'e2'],
    ])
    expect(guarantors.scores[3]).toBe(1)
    const energy = ua.tables[1]!
    expect(energy.kind === 'finite' && Array.from(energy.scores)).toEqual([1, 1])
  })

  it('gives quantities functions and breakpoints, large subsets bit-mask functions', () => {
    const days = ua.tables[0]!
    if (days.kind !== 'quantity') throw new Error('expected a quantity')
    expect(days.score(45)).toBe(0.55)
    expect(days.acceptable(45)).toBe(true)
    expect(days.acceptable(30)).toBe(false) // scores 0.4 < 0.5
    expect(days.acceptable(5)).toBe(false) // red line
    // ideal 90, red line [0, 10), reservation crossings at 40 (and 140, outside)
    expect(days.breakpoints).toEqual([0, 10, 40, 90, 100])
    const sectors = ua.tables[5]!
    if (sectors.kind !== 'mask') throw new Error('expected a mask table')
    expect(sectors.score(0b11)).toBe(0.9)
    expect(sectors.acceptable(0b111111111)).toBe(true)
    expect(sectors.acceptable(0b1111111111)).toBe(false)
  })

  it('agrees with Utility.utility and rejects what the party cannot accept', () => {
    const pkg = {
      [I('days')]: 70,
      [I('nato')]: 'deferred' as OptionId,
      [I('guarantors')]: ids('e1'),
      [I('sectors')]: ids('e3'),
    }
    const point = ok(Utility.encode(ua, pkg))
    const report = ok(Utility.utility(doc, P('UA'), pkg))
    expect(ua.utility(point)).toBeCloseTo(report.utility, 12)
    expect(ua.evaluate(point)).toBeCloseTo(report.utility, 12)
    const redLine = ok(Utility.encode(ua, { ...pkg, [I('nato')]: 'neutral' as OptionId }))
    expect(ua.evaluate(redLine)).toBe(-1)
    expect(ua.utility(redLine)).toBeGreaterThan(0)
  })

  it('encodes and decodes packages, leaving open issues as NaN', () => {
    const pkg = {
      [I('energy')]: true,
      [I('nato')]: 'neutral' as OptionId,
      [I('sectors')]: ids('e19', 'e0'),
      [I('days')]: 12.5,
    }
    const point = ok(Utility.encode(ua, pkg))
    expect(Array.from(point)).toEqual([12.5, 1, Number.NaN, Number.NaN, 2, 2 ** 19 + 1])
    expect(Utility.decode(ua, point)).toEqual({ ...pkg, [I('sectors')]: ids('e0', 'e19') })
    expect(pipe(ua, Utility.decode(point))).toEqual(Utility.decode(ua, point))
    expect(pipe(ua, Utility.encode(pkg))).toEqual(Utility.encode(ua, pkg))
    const bad = Utility.encode(ua, { [I('nato')]: 'nuetral' as OptionId, [I('x')]: 1 })
    expect(E.isLeft(bad) && bad.left.map((e) => [e._tag, e.issue])).toEqual([
      ['unknown-issue', 'x'],
      ['not-a-value', 'nato'],
    ])
  })

  it('refuses a party with a position on a subset issue too large to encode, and works data-last', () => {
    const ru = Utility.compile(doc, P('RU'))
    expect(E.isLeft(ru) && ru.left.map((e) => [e._tag, e.issue])).toEqual([['too-large', 'huge']])
    const again = pipe(doc, Utility.compile(P('UA')))
    expect(E.isRight(again) && again.right.issues).toEqual(ua.issues)
  })
})

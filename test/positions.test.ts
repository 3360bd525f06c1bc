import { fc } from './fast-check'
import { option as O } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import * as Positions from '../src/model/positions'
import type { IsoDate, IssueId, Negotiation, PartyId, Position } from '../src/model'
import { frozen, negotiation } from './algebra/arbitraries'

const UA = 'UA' as PartyId
const RU = 'RU' as PartyId
const nato = 'nato' as IssueId
const crimea = 'crimea' as IssueId
const d = (s: string) => s as IsoDate

const record = (fields: Record<string, unknown>): Position =>
  ({ party: 'UA', issue: 'nato', sources: [`s-${String(fields.id)}`], ...fields }) as unknown as Position

const doc = (positions: Position[]): Negotiation =>
  frozen({
    format: 'negotiation-positions/1',
    title: 'Test',
    parties: { UA: { name: 'Ukraine', role: 'principal' }, RU: { name: 'Russia', role: 'principal' } },
    issues: {
      nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag' } },
      crimea: { label: 'Crimea', category: 'territory', domain: { kind: 'flag' } },
    },
    positions,
    proposals: {},
    events: [],
    sources: {},
  }) as unknown as Negotiation

const history = doc([
  // listed out of date order on purpose
  record({
    id: 'p3',
    asOf: '2025-12-14',
    ideal: false,
    statement: 'Ready to drop the NATO bid for guarantees',
  }),
  record({
    id: 'p1',
    asOf: '2025-03-11',
    ideal: true,
    priority: 0.9,
    redLines: { kind: 'flags', values: [false] },
  }),
  record({ id: 'p2', asOf: '2025-06-02', statement: 'Membership remains the goal' }),
  record({ id: 'r1', party: 'RU', asOf: '2025-06-02', ideal: false }),
  record({ id: 'c1', issue: 'crimea', asOf: '2025-04-23', ideal: true }),
])

describe('Positions.at', () => {
  it('merges records field by field: later records replace what they set, the rest carries over', () => {
    const s = Positions.at(history, UA, nato)
    expect(O.isSome(s)).toBe(true)
    if (O.isNone(s)) return
    expect(s.value.ideal).toBe(false)
    expect(s.value.priority).toBe(0.9)
    expect(s.value.redLines).toEqual({ kind: 'flags', values: [false] })
    expect(s.value.statement).toBe('Ready to drop the NATO bid for guarantees')
    expect(s.value.asOf).toBe('2025-12-14')
    expect(s.value.origin).toEqual({ ideal: 'p3', priority: 'p1', redLines: 'p1', statement: 'p3' })
    expect(s.value.records.map((r) => r.id)).toEqual(['p1', 'p2', 'p3'])
    // p2 supplies no field any more: its sources are not the stance's
    expect(s.value.sources).toEqual(['s-p1', 's-p3'])
  })

  it('answers as of a date, counting records of that very day', () => {
    const s = Positions.at(history, UA, nato, d('2025-06-02'))
    expect(O.isSome(s) && [s.value.ideal, s.value.statement, s.value.asOf]).toEqual([
      true,
      'Membership remains the goal',
      '2025-06-02',
    ])
    expect(O.isNone(Positions.at(history, UA, nato, d('2025-03-10')))).toBe(true)
    expect(O.isNone(Positions.at(history, RU, crimea))).toBe(true)
  })

  it('lets the later record in the document win among records of the same date', () => {
    const same = doc([
      record({ id: 'a', asOf: '2025-05-01', ideal: true }),
      record({ id: 'b', asOf: '2025-05-01', ideal: false }),
    ])
    const s = Positions.at(same, UA, nato)
    expect(O.isSome(s) && [s.value.ideal, s.value.origin.ideal]).toEqual([false, 'b'])
  })

  it('cites each source once, and only the sources of records that supply a field', () => {
    const one = doc([record({ id: 'a', asOf: '2025-05-01', ideal: true, sources: ['s1', 's2', 's1'] })])
    const a = Positions.at(one, UA, nato)
    expect(O.isSome(a) && a.value.sources).toEqual(['s1', 's2'])
    const silent = doc([record({ id: 'a', asOf: '2025-05-01', sources: ['s1'] })])
    const s = Positions.at(silent, UA, nato)
    expect(O.isSome(s) && [s.value.origin, s.value.sources, s.value.records.map((r) => r.id)]).toEqual([
      {},
      [],
      ['a'],
    ])
    const two = doc([
      record({ id: 'a', asOf: '2025-05-01', ideal: true, sources: ['s1', 's2'] }),
      record({ id: 'b', asOf: '2025-05-02', priority: 0.5, sources: ['s2', 's3', 's3'] }),
    ])
    const t = Positions.at(two, UA, nato)
    expect(O.isSome(t) && t.value.sources).toEqual(['s1', 's2', 's3'])
  })

  it('works data-last', () => {
    expect(pipe(history, Positions.at(UA, nato, d('2025-06-02')))).toEqual(
      Positions.at(history, UA, nato, d('2025-06-02')),
    )
    expect(pipe(history, Positions.at(UA, nato))).toEqual(Positions.at(history, UA, nato))
  })
})

describe('Positions.all', () => {
  it('gives every stance, by party id then issue id', () => {
    expect(Positions.all(history).map((s) => [s.party, s.issue])).toEqual([
      ['RU', 'nato'],
      ['UA', 'crimea'],
      ['UA', 'nato'],
    ])
    expect(Positions.all(history, d('2025-04-30')).map((s) => [s.party, s.issue])).toEqual([
      ['UA', 'crimea'],
      ['UA', 'nato'],
    ])
    expect(pipe(history, Positions.all(d('2025-04-30')))).toEqual(Positions.all(history, d('2025-04-30')))
    expect(pipe(history, Positions.all())).toEqual(Positions.all(history))
  })

  it('agrees with at for every party and issue, on random documents', () => {
    fc.assert(
      fc.property(negotiation, fc.constantFrom(undefined, d('2025-06-02'), d('2025-12-31')), (n, date) => {
        const all = Positions.all(n, date)
        for (const s of all) expect(Positions.at(n, s.party, s.issue, date)).toEqual(O.some(s))
        const pairs = new Set(
          n.positions.filter((p) => date === undefined || p.asOf <= date).map((p) => `${p.party}/${p.issue}`),
        )
        expect(all.length).toBe(pairs.size)
      }),
      { numRuns: 50 },
    )
  })
})

describe('Positions.history', () => {
  it('gives one stance per date, oldest first', () => {
    const h = Positions.history(history, UA, nato)
    expect(h.map((s) => [s.asOf, s.ideal, s.priority])).toEqual([
      ['2025-03-11', true, 0.9],
      ['2025-06-02', true, 0.9],
      ['2025-12-14', false, 0.9],
    ])
    expect(pipe(history, Positions.history(UA, nato))).toEqual(h)
    expect(Positions.history(history, RU, crimea)).toEqual([])
  })

  it('equals at on each of its dates, on random documents', () => {
    fc.assert(
      fc.property(negotiation, (n) => {
        for (const party of Object.keys(n.parties) as PartyId[])
          for (const issue of Object.keys(n.issues) as IssueId[])
            for (const s of Positions.history(n, party, issue))
              expect(Positions.at(n, party, issue, s.asOf)).toEqual(O.some(s))
      }),
      { numRuns: 50 },
    )
  })
})

describe('Positions.merge', () => {
  it('merges a list of records, and gives none for an empty list', () => {
    const s = Positions.merge([
      record({ id: 'x', asOf: '2025-01-01', ideal: true }),
      record({ id: 'y', asOf: '2024-01-01', ideal: false }),
    ])
    expect(O.isSome(s) && s.value.ideal).toBe(true)
    expect(O.isNone(Positions.merge([]))).toBe(true)
  })
})

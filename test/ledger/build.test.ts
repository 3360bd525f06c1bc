import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import type { Event, Negotiation } from '../../src'
import { Ledger } from '../../src'
import {
  agreement,
  datesOf,
  expiry,
  left,
  ledgerOf,
  meeting,
  negotiation,
  response,
  right,
  statusOf,
  tabled,
  timeline,
  violation,
} from './fixture'
import { naiveStatus } from './naive'

const errorsOf = (events: Event[]) => left(Ledger.fromNegotiation(negotiation(events)))

describe('fromNegotiation: bad events', () => {
  it('names an unknown party, with the event, the field and a fix', () => {
    const [e, ...rest] = errorsOf([response('r1', '2025-03-20', 'RX', 'energy', 'accepted')])
    expect(rest).toEqual([])
    expect(e).toMatchObject({ _tag: 'unknown-party', event: 'r1', field: 'party' })
    expect(e?.message).toBe('event `r1` (response): `RX` is not a party of the negotiation.')
    expect(e?.fix).toContain('did you mean `RU`?')
  })

  it('names an unknown proposal', () => {
    expect(errorsOf([response('r1', '2025-03-20', 'RU', 'energi', 'accepted')])).toMatchObject([
      { _tag: 'unknown-proposal', event: 'r1', field: 'proposal' },
    ])
  })

  it('names an unknown term of the proposal, by position', () => {
    const errors = errorsOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted', { terms: ['sea.ports', 'energy'] }),
    ])
    expect(errors).toMatchObject([{ _tag: 'unknown-term', event: 'r1', field: 'terms[1]' }])
    expect(errors[0]?.message).toContain('proposal `sea` has no term on issue `energy`')
  })

  it('rejects a response dated before its proposal was tabled', () => {
    const errors = errorsOf([response('r1', '2025-03-17', 'RU', 'energy', 'accepted')])
    expect(errors).toMatchObject([{ _tag: 'before-tabling', event: 'r1', field: 'date' }])
    expect(errors[0]?.message).toContain('before proposal `energy` was tabled on 2025-03-18')
  })

  it('rejects a second event with an id already used', () => {
    expect(
      errorsOf([
        response('r1', '2025-03-20', 'RU', 'energy', 'accepted'),
        meeting('r1', '2025-03-21', ['RU']),
      ]),
    ).toMatchObject([{ _tag: 'duplicate-event', event: 'r1', field: 'id' }])
  })

  it('rejects terms without a proposal, an expiry before the agreement, a counter to an unknown proposal', () => {
    const errors = errorsOf([
      agreement('a1', '2025-03-25', ['RU'], undefined, { terms: ['sea.ports'] }),
      agreement('a2', '2025-03-25', ['RU'], 'sea', { expires: '2025-03-01' }),
      response('r1', '2025-03-25', 'RU', 'sea', 'countered', { counter: 'nope' }),
    ])
    expect(errors.map((e) => [e._tag, e.event, e.field])).toEqual([
      ['missing-proposal', 'a1', 'terms'],
      ['bad-date', 'a2', 'expires'],
      ['unknown-proposal', 'r1', 'counter'],
    ])
  })

  it('rejects malformed events: a bad id, a bad date, an unknown kind', () => {
    const errors = errorsOf([
      { ...response('ok', '2025-03-20', 'RU', 'energy', 'accepted'), id: '__proto__' } as Event,
      response('r2', '2025-02-30', 'RU', 'energy', 'accepted'),
      { id: 'k1', kind: 'rumour', date: '2025-03-20', sources: [] } as unknown as Event,
    ])
    expect(errors.map((e) => [e._tag, e.field])).toEqual([
      ['bad-id', 'id'],
      ['bad-date', 'date'],
      ['unknown-kind', 'kind'],
    ])
  })

  it('never throws on an event it cannot read: it says so', () => {
    const odd = {
      ...response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted'),
      conditions: [() => 1],
    }
    expect(errorsOf([odd as unknown as Event])).toMatchObject([
      { _tag: 'unknown-kind', event: 'r1', field: 'kind' },
    ])
  })

  it('reports every problem of every event at once', () => {
    const errors = errorsOf([
      violation('v1', '2025-03-20', 'XX', 'YY', 'energy'),
      expiry('x1', '2025-03-20', 'nope'),
      tabled('t1', '2025-03-20', ['ZZ'], 'energy'),
      meeting('m1', '2025-03-20', ['RU', 'QQ']),
    ])
    expect(errors.map((e) => [e.event, e.field])).toEqual([
      ['v1', 'by'],
      ['v1', 'against'],
      ['x1', 'proposal'],
      ['t1', 'by[0]'],
      ['m1', 'parties[1]'],
    ])
  })

  it('empty: rejects a proposal tabled by an unknown party', () => {
    const n = negotiation()
    const bad = deepFreeze({
      ...n,
      proposals: { ...n.proposals, x: { ...n.proposals['energy' as never], tabledBy: ['RX'] } },
    }) as unknown as Negotiation
    expect(left(Ledger.empty(bad))).toMatchObject([
      { _tag: 'unknown-party', field: 'proposals.x.tabledBy[0]' },
    ])
  })
})

describe('building', () => {
  it('does not change the negotiation it is given, and the ledger is frozen', () => {
    const n = negotiation([response('r1', '2025-03-20', 'RU', 'energy', 'accepted')])
    const copy = structuredClone(n)
    const l = right(Ledger.fromNegotiation(n))
    expect(n).toStrictEqual(copy)
    expect(Object.isFrozen(l)).toBe(true)
    expect(Object.isFrozen(timeline(l, 'RU', 'energy', 'energy')?.codes)).toBe(true)
    expect(Object.isFrozen(timeline(l, 'RU', 'energy', 'energy')?.events)).toBe(true)
    expect(Object.isFrozen(Ledger.events(l)[0])).toBe(true)
  })

  it('holds a frozen copy of a context that can still change, and a frozen one as it is', () => {
    const events = [response('r1', '2025-03-20', 'RU', 'energy', 'accepted')]
    const open = structuredClone(negotiation(events)) as { proposals: Record<string, { title: string }> }
    const l = right(Ledger.fromNegotiation(open as unknown as Negotiation))
    expect(Object.isFrozen(l.proposals['energy' as never])).toBe(true)
    open.proposals.energy = { ...open.proposals.energy, title: 'changed' }
    expect(l.proposals['energy' as never]).toMatchObject({ title: 'Energy moratorium' })
    const frozen = negotiation(events)
    expect(right(Ledger.fromNegotiation(frozen)).proposals).toBe(frozen.proposals)
    expect(right(Ledger.fromNegotiation(frozen))).toStrictEqual(l)
  })

  it('keeps every event, statuses-bearing or not, and ignores the order they are given in', () => {
    const events = [
      meeting('m1', '2025-03-24', ['RU', 'US']),
      response('r1', '2025-03-20', 'RU', 'energy', 'accepted'),
    ]
    const a = ledgerOf(events)
    expect(Ledger.events(a).map((e) => e.id)).toEqual(['r1', 'm1'])
    expect(ledgerOf([...events].reverse())).toStrictEqual(a)
  })

  it('ingest: builds the same ledger from a stream of events and batches as from the negotiation', async () => {
    const events = [
      response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
      response('r2', '2025-03-19', 'UA', 'energy', 'accepted'),
      expiry('x1', '2025-04-18', 'energy'),
    ]
    async function* feed() {
      yield await Promise.resolve(events[0] as Event)
      yield [events[1] as Event, events[2] as Event]
      yield events[3] as Event
    }
    const streamed = right(await Ledger.ingest(negotiation(), feed(), { batchSize: 1 }))
    expect(streamed).toStrictEqual(ledgerOf(events))
    expect(statusOf(streamed, 'RU', 'energy', 'energy', '2025-04-18').status).toBe('expired')
  })

  it('ingest: reports bad events of the stream', async () => {
    const r = await Ledger.ingest(negotiation(), [response('r1', '2025-03-18', 'RX', 'energy', 'accepted')])
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual(['unknown-party'])
  })

  it('indexes a term with tens of thousands of marks, given in any order', () => {
    const day = (i: number): string =>
      new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    const size = 50_000
    const events = Array.from({ length: size }, (_, i) => ({
      id: `e${String(i)}`,
      kind: 'response',
      date: day(i),
      party: 'B',
      proposal: 'p',
      stance: i % 2 === 0 ? 'accepted' : 'rejected',
      sources: ['s'],
    }))
    const n = deepFreeze({
      parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
      proposals: {
        p: {
          title: 'Truce',
          date: day(0),
          tabledBy: ['A'],
          terms: { truce: { value: true } },
          sources: ['s'],
        },
      },
      // every 7th event first, so that the feed is out of date order
      events: [...events.filter((_, i) => i % 7 === 0), ...events.filter((_, i) => i % 7 !== 0)],
    }) as unknown as Negotiation
    const l = right(Ledger.fromNegotiation(n))
    expect(datesOf(timeline(l, 'B', 'p', 'truce'))).toEqual(events.map((e) => e.date))
    for (const i of [0, 1, 7, size - 2, size - 1])
      expect(statusOf(l, 'B', 'p', 'truce', day(i))).toMatchObject({
        status: i % 2 === 0 ? 'accepted' : 'rejected',
        since: day(i),
        evidence: [{ event: `e${String(i)}`, date: day(i) }],
      })
  })
})

describe('building in bulk, as appending one event at a time', () => {
  const after = (days: number): string => new Date(Date.UTC(2025, 2, 18 + days)).toISOString().slice(0, 10)
  const appended = (events: ReadonlyArray<Event>): Ledger.Ledger => {
    let l = right(Ledger.empty(negotiation()))
    for (const e of events) l = right(Ledger.append(l, e)).ledger
    return l
  }

  it('puts a long timeline given out of order in order: by date, then kind, then event id', () => {
    const stances = ['accepted', 'rejected', 'noncommittal', 'withdrawn', 'supported'] as const
    // two responses a day (a dispute each day), then the agreements and alleged violations of some days
    const events = [
      ...Array.from({ length: 150 }, (_, i) =>
        response(
          `r${String(i).padStart(3, '0')}`,
          after(Math.floor(i / 2)),
          'RU',
          'energy',
          stances[i % 5] ?? 'accepted',
        ),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        agreement(`a${String(i)}`, after(3 * i), ['RU', 'UA'], 'energy'),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        violation(`v${String(i)}`, after(3 * i + 1), 'UA', 'RU', 'energy'),
      ),
    ]
    const shuffled = events
      .map((e, i) => [(i * 7919) % events.length, e] as const)
      .sort((x, y) => x[0] - y[0])
    const bulk = ledgerOf(shuffled.map(([, e]) => e))
    expect(bulk).toStrictEqual(appended(events))
    const t = timeline(bulk, 'RU', 'energy', 'energy')
    expect(datesOf(t)).toEqual([...datesOf(t)].sort())
    expect(datesOf(t)).toContain(after(0))
    expect(t?.codes.length).toBe(190)
    for (let day = -1; day < 80; day += 3)
      expect(statusOf(bulk, 'RU', 'energy', 'energy', after(day))).toStrictEqual(
        naiveStatus(negotiation(), events, 'RU', 'energy', 'energy', after(day)),
      )
  })

  it('takes conditions that differ only in the order of their fields for the same stance', () => {
    const a = response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted', {
      conditions: [{ kind: 'other', text: 'monitors in place' }],
    })
    const b = response('r2', '2025-03-20', 'RU', 'energy', 'conditionally-accepted', {
      conditions: [{ text: 'monitors in place', kind: 'other' }],
    })
    const c = response('r3', '2025-03-20', 'RU', 'energy', 'conditionally-accepted', {
      conditions: [{ kind: 'other', text: 'sanctions lifted' }],
    })
    expect(statusOf(ledgerOf([a, b]), 'RU', 'energy', 'energy', '2025-03-20').status).toBe(
      'conditionally-accepted',
    )
    expect(statusOf(ledgerOf([b, c]), 'RU', 'energy', 'energy', '2025-03-20').status).toBe('disputed')
    expect(ledgerOf([c, b, a])).toStrictEqual(appended([a, b, c]))
  })

  it('keeps a frozen copy of conditions, whatever they hold', () => {
    const conditions = [
      { kind: 'other', text: 'after the talks', since: new Date(Date.UTC(2025, 2, 1)), note: undefined },
    ]
    const e = { ...response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted'), conditions }
    const l = ledgerOf([e as unknown as Event])
    const kept = Ledger.events(l)[0] as Event & { readonly conditions: ReadonlyArray<object> }
    expect(kept.conditions).toStrictEqual(conditions)
    expect(kept.conditions[0]).not.toBe(conditions[0])
    expect(Object.isFrozen(kept.conditions[0])).toBe(true)
    expect(l).toStrictEqual(appended([e as unknown as Event]))
  })

  it('reports a duplicate id as appending does: in the order the events came, with every problem of the event', () => {
    const events = [
      response('r1', '2025-03-20', 'RU', 'energy', 'accepted'),
      response('r2', '2025-03-20', 'RX', 'energy', 'accepted'),
      meeting('r1', '2025-03-21', ['RU']),
      { ...response('r1', '2025-03-22', 'RY', 'energy', 'rejected') },
      meeting('r2', '2025-03-21', ['UA']),
    ]
    const bulk = left(Ledger.fromNegotiation(negotiation(events)))
    expect(bulk.map((e) => [e._tag, e.event, e.field])).toEqual([
      ['unknown-party', 'r2', 'party'],
      ['duplicate-event', 'r1', 'id'],
      ['duplicate-event', 'r1', 'id'],
      ['unknown-party', 'r1', 'party'],
    ])
    expect(bulk).toStrictEqual(left(Ledger.appendAll(right(Ledger.empty(negotiation())), events)))
  })
})

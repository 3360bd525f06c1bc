import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import type { Event, Negotiation } from '../../src'
import { Ledger } from '../../src'
import {
  agreement,
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
    expect(Object.isFrozen(timeline(l, 'RU', 'energy', 'energy')?.dates)).toBe(true)
    expect(Object.isFrozen(Ledger.events(l)[0])).toBe(true)
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
})

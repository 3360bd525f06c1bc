/**
 * What the ledger keeps of each kind of event (the normalised, frozen copy: its fields and their order, the optional
 * fields every event may have), the marks each kind gives (agreements, re-tablings and responses with repeated
 * parties or terms mark each once), when a conditional acceptance or a counter continues a status and when it
 * begins one, and the errors for refused events.
 */
import { option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import type { Event, EventId } from '../../src'
import * as Ledger from '../../src/ledger'
import {
  agreement,
  expiry,
  ledgerOf,
  left,
  meeting,
  negotiation,
  response,
  statusOf,
  tabled,
  timeline,
  violation,
} from './fixture'

/** The copy of event `id` the ledger keeps, failing the test when it has none. */
const kept = (l: Ledger.Ledger, id: string): Record<string, unknown> => {
  const e = Ledger.event(l, id as EventId)
  if (O.isNone(e)) return expect.fail(`no event ${id}`)
  return e.value
}

/** An event of any kind, written inline. */
const raw = (fields: Record<string, unknown>): Event => deepFreeze(fields as unknown as Event)

const errorsOf = (events: Event[]) => left(Ledger.fromNegotiation(negotiation(events)))

describe('the copy the ledger keeps of an event', () => {
  it('keeps a response with terms and no conditions without a conditions field', () => {
    const l = ledgerOf([response('r1', '2025-03-24', 'RU', 'sea', 'accepted', { terms: ['sea.ports'] })])
    expect(Object.keys(kept(l, 'r1'))).toEqual([
      'id',
      'date',
      'sources',
      'kind',
      'party',
      'proposal',
      'stance',
      'terms',
    ])
  })

  it('keeps the optional fields every event may have, in order, and leaves out those not given', () => {
    const full = meeting('m1', '2025-03-20', ['RU', 'US'])
    const l = ledgerOf([
      raw({ ...full, note: 'n', confidence: 'reported', summary: 's', title: 't', endDate: '2025-03-21' }),
      meeting('m2', '2025-03-20', ['UA']),
      raw({ ...meeting('m3', '2025-03-20', ['UA']), confidence: 'confirmed' }),
    ])
    const m1 = kept(l, 'm1')
    expect(Object.keys(m1)).toEqual([
      'id',
      'date',
      'sources',
      'kind',
      'parties',
      'endDate',
      'title',
      'summary',
      'confidence',
      'note',
    ])
    expect(m1).toMatchObject({
      endDate: '2025-03-21',
      title: 't',
      summary: 's',
      confidence: 'reported',
      note: 'n',
    })
    expect(Object.keys(kept(l, 'm2'))).toEqual(['id', 'date', 'sources', 'kind', 'parties'])
    expect(Object.keys(kept(l, 'm3'))).toEqual(['id', 'date', 'sources', 'kind', 'parties', 'confidence'])
    expect(kept(l, 'm3')['confidence']).toBe('confirmed')
  })

  it('keeps an end date or confidence that is not text as given, even after equal text elsewhere', () => {
    const l = ledgerOf([
      raw({ ...meeting('m1', '2025-03-20', ['RU']), sources: ['5', '7'] }),
      raw({ ...meeting('m2', '2025-03-20', ['UA']), endDate: 5, confidence: 7 }),
    ])
    expect(kept(l, 'm2')['endDate']).toBe(5)
    expect(kept(l, 'm2')['confidence']).toBe(7)
  })

  it('keeps an agreement with its parties, proposal, terms and expiry, in that order', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea', { terms: ['sea.ports'], expires: '2025-04-25' }),
    ])
    expect(kept(l, 'a1')).toEqual({
      id: 'a1',
      date: '2025-03-25',
      sources: ['src-a1'],
      kind: 'agreement',
      parties: ['RU', 'UA'],
      proposal: 'sea',
      terms: ['sea.ports'],
      expires: '2025-04-25',
    })
    expect(Object.keys(kept(l, 'a1'))).toEqual([
      'id',
      'date',
      'sources',
      'kind',
      'parties',
      'proposal',
      'terms',
      'expires',
    ])
  })

  it('keeps an allegation with its reply, and without a reply field when none is given', () => {
    const l = ledgerOf([
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy', { reply: 'RU denies it' }),
      violation('v2', '2025-03-20', 'UA', 'RU', 'energy'),
    ])
    expect(Object.keys(kept(l, 'v1'))).toEqual([
      'id',
      'date',
      'sources',
      'kind',
      'by',
      'against',
      'claim',
      'proposal',
      'reply',
    ])
    expect(kept(l, 'v1')['reply']).toBe('RU denies it')
    expect(Object.keys(kept(l, 'v2'))).toEqual([
      'id',
      'date',
      'sources',
      'kind',
      'by',
      'against',
      'claim',
      'proposal',
    ])
  })

  it('keeps the kind of a term expiry and of a re-tabling', () => {
    const l = ledgerOf([
      expiry('x1', '2025-04-18', 'energy', { terms: ['energy'] }),
      tabled('p1', '2025-03-25', ['UA'], 'sea'),
    ])
    expect(kept(l, 'x1')).toEqual({
      id: 'x1',
      date: '2025-04-18',
      sources: ['src-x1'],
      kind: 'term-expired',
      proposal: 'energy',
      terms: ['energy'],
    })
    expect(kept(l, 'p1')).toEqual({
      id: 'p1',
      date: '2025-03-25',
      sources: ['src-p1'],
      kind: 'proposal-tabled',
      proposal: 'sea',
      by: ['UA'],
    })
  })

  it('keeps a meeting with its location, and without a location field when none is given', () => {
    const l = ledgerOf([
      raw({ ...meeting('m1', '2025-03-20', ['RU', 'US']), location: 'Riyadh' }),
      meeting('m2', '2025-03-20', ['RU', 'US']),
    ])
    expect(kept(l, 'm1')['location']).toBe('Riyadh')
    expect(Object.keys(kept(l, 'm1'))).toEqual(['id', 'date', 'sources', 'kind', 'parties', 'location'])
    expect(Object.keys(kept(l, 'm2'))).toEqual(['id', 'date', 'sources', 'kind', 'parties'])
  })

  it('keeps a statement with its issues, and without an issues field when none are given', () => {
    const base = { date: '2025-03-20', sources: [], kind: 'statement', party: 'RU' }
    const l = ledgerOf([raw({ ...base, id: 's1', issues: ['energy', 'days'] }), raw({ ...base, id: 's2' })])
    expect(kept(l, 's1')).toEqual({ ...base, id: 's1', issues: ['energy', 'days'] })
    expect(Object.keys(kept(l, 's1'))).toEqual(['id', 'date', 'sources', 'kind', 'party', 'issues'])
    expect(Object.keys(kept(l, 's2'))).toEqual(['id', 'date', 'sources', 'kind', 'party'])
  })

  it('keeps a stated position with its positions, and no issues even when the event carries some', () => {
    const base = { date: '2025-03-20', sources: [], kind: 'position-stated', party: 'UA' }
    const l = ledgerOf([raw({ ...base, id: 'ps1', positions: ['ua-ports'], issues: ['energy'] })])
    expect(kept(l, 'ps1')).toEqual({ ...base, id: 'ps1', positions: ['ua-ports'] })
    expect(Object.keys(kept(l, 'ps1'))).toEqual(['id', 'date', 'sources', 'kind', 'party', 'positions'])
  })
})

describe('the marks each kind of event gives', () => {
  it('marks each party of an agreement once, however often it is listed', () => {
    const l = ledgerOf([agreement('a1', '2025-03-25', ['RU', 'UA', 'RU'], 'sea')])
    expect(timeline(l, 'RU', 'sea', 'sea.navigation')?.events).toEqual(['a1'])
    expect(timeline(l, 'UA', 'sea', 'sea.ports')?.events).toEqual(['a1'])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('accepted')
  })

  it('marks each party of a re-tabling once, however often it is listed', () => {
    const l = ledgerOf([tabled('p1', '2025-03-25', ['UA', 'UA'], 'sea')])
    expect(timeline(l, 'UA', 'sea', 'sea.navigation')?.events).toEqual(['p1'])
    expect(statusOf(l, 'UA', 'sea', 'sea.navigation', '2025-03-25').status).toBe('proposed')
  })

  it('marks each term of a response once, however often it is listed', () => {
    const l = ledgerOf([
      response('r1', '2025-03-24', 'RU', 'sea', 'accepted', { terms: ['sea.ports', 'sea.ports'] }),
      response('r2', '2025-03-24', 'UA', 'sea', 'accepted', {
        terms: ['sea.navigation', 'sea.ports', 'sea.navigation'],
      }),
    ])
    expect(timeline(l, 'RU', 'sea', 'sea.ports')?.events).toEqual(['r1'])
    expect(timeline(l, 'RU', 'sea', 'sea.navigation')).toBeUndefined()
    expect(timeline(l, 'UA', 'sea', 'sea.navigation')?.events).toEqual(['r2'])
    expect(timeline(l, 'UA', 'sea', 'sea.ports')?.events).toEqual(['r2'])
  })
})

describe('conditional acceptances and counters that continue or begin a status', () => {
  it('continues a conditional acceptance without conditions with one on an empty list of conditions', () => {
    const l = ledgerOf([
      response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted'),
      response('r2', '2025-03-21', 'RU', 'energy', 'conditionally-accepted', { conditions: [] }),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-21')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-20',
    })
  })

  it('begins a new counter when it names another proposal, and continues one naming the same', () => {
    const l = ledgerOf([
      response('r1', '2025-03-24', 'RU', 'energy', 'countered', { counter: 'sea' }),
      response('r2', '2025-03-25', 'RU', 'energy', 'countered', { counter: 'truce30' }),
      response('r3', '2025-03-24', 'UA', 'energy', 'countered', { counter: 'sea' }),
      response('r4', '2025-03-25', 'UA', 'energy', 'countered', { counter: 'sea' }),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-25')).toMatchObject({
      status: 'countered',
      counter: 'truce30',
      since: '2025-03-25',
    })
    expect(statusOf(l, 'UA', 'energy', 'energy', '2025-03-25')).toMatchObject({
      status: 'countered',
      counter: 'sea',
      since: '2025-03-24',
    })
  })

  it('begins a conditional acceptance after opposition, however many conditions came before', () => {
    const on = (text: string) => ({ conditions: [{ kind: 'other', text }] })
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'conditionally-accepted', on('one')),
      response('r2', '2025-03-19', 'US', 'energy', 'conditionally-accepted', on('two')),
      response('r3', '2025-03-20', 'UA', 'energy', 'conditionally-accepted', on('three')),
      response('r4', '2025-03-20', 'US', 'energy', 'conditionally-accepted', on('four')),
      response('r5', '2025-03-21', 'RU', 'energy', 'opposed'),
      response('r6', '2025-03-22', 'RU', 'energy', 'conditionally-accepted', on('five')),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-22')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-22',
    })
  })
})

describe('refused events', () => {
  it('names an allegation against an unknown party', () => {
    expect(errorsOf([violation('v1', '2025-03-20', 'UA', 'RX', 'energy')])).toMatchObject([
      { _tag: 'unknown-party', event: 'v1', field: 'against' },
    ])
  })

  it('names an event of an unknown kind that has optional fields, rather than throwing', () => {
    const errors = errorsOf([
      raw({ id: 'k1', kind: 'rumour', date: '2025-03-20', sources: [], title: 'heard', note: 'n' }),
    ])
    expect(errors).toMatchObject([{ _tag: 'unknown-kind', event: 'k1', field: 'kind' }])
  })
})

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   the cases change a hand-built negotiation in ways its type does not allow */
/**
 * What the ledger says about a bad context or a bad list of events: the exact error values of
 * `Ledger.fromNegotiation`, `Ledger.ingest` and `Ledger.appendAll`, and of an event whose shape is wrong in a way
 * the checker does not name.
 */
import { describe, expect, it } from 'vitest'
import type { Event, Negotiation } from '../../src'
import { Ledger } from '../../src'
import { left, ledgerOf, negotiation } from './fixture'

/** The fixture's negotiation (no events) with one change. */
const changed = (change: (n: any) => void): Negotiation => {
  const n: any = structuredClone(negotiation())
  change(n)
  return n as Negotiation
}

const EVENTS_FIX =
  'Give the events as a list (`[]` when there are none; the loader fills that in for a document).'
const notEvents = (shown: string) => ({
  _tag: 'missing-field',
  field: 'events',
  message: `\`events\` is ${shown}, not a list of events.`,
  fix: EVENTS_FIX,
})

describe('a proposal of the context with a bad date or tabling party', () => {
  it('refuses a proposal date that is not a real calendar date', () => {
    const n = changed((x) => (x.proposals.energy.date = '2025-02-30'))
    expect(left(Ledger.fromNegotiation(n))).toStrictEqual([
      {
        _tag: 'bad-date',
        field: 'proposals.energy.date',
        message: 'proposal `energy`: the date "2025-02-30" is not a real calendar date.',
        fix: 'Write the date as YYYY-MM-DD.',
      },
    ])
  })

  it('names each tabling party that is not a party, by its place in `tabledBy`', () => {
    const n = changed((x) => (x.proposals.energy.tabledBy = ['US', 'ZZ', 5, ['US']]))
    const fix = 'Add it to the parties or correct the id; parties are: RU, UA, US.'
    const errors = left(Ledger.fromNegotiation(n))
    expect(errors.slice(0, 2)).toStrictEqual([
      {
        _tag: 'unknown-party',
        field: 'proposals.energy.tabledBy[1]',
        message: 'proposal `energy`: `ZZ` is not a party of the negotiation.',
        fix,
      },
      {
        _tag: 'unknown-party',
        field: 'proposals.energy.tabledBy[2]',
        message: 'proposal `energy`: 5 is not a party of the negotiation.',
        fix,
      },
    ])
    // a list that reads as a party id is no party id either
    expect(errors.slice(2)).toMatchObject([
      {
        _tag: 'unknown-party',
        field: 'proposals.energy.tabledBy[3]',
        message: 'proposal `energy`: ["US"] is not a party of the negotiation.',
      },
    ])
  })
})

describe('a long proposal id in a message', () => {
  const nullProposal = (id: string) => changed((x) => (x.proposals[id] = null))
  const error = (id: string, shown: string) => ({
    _tag: 'missing-field',
    field: `proposals.${id}`,
    message: `proposal \`${shown}\`: null is not a proposal.`,
    fix: 'Give the proposal as an object with its `title`, `date`, `tabledBy`, `terms` and `sources`.',
  })

  it('is shown whole up to 60 characters', () => {
    const id = 'p'.repeat(60)
    expect(left(Ledger.fromNegotiation(nullProposal(id)))).toStrictEqual([error(id, id)])
  })

  it('is cut after 60 characters', () => {
    const id = `${'p'.repeat(60)}q`
    expect(left(Ledger.fromNegotiation(nullProposal(id)))).toStrictEqual([error(id, `${'p'.repeat(60)}…`)])
  })
})

describe('events that are not a list', () => {
  it('appendAll says what it was given instead, and never that something has no `events`', () => {
    const l = ledgerOf()
    expect(left(Ledger.appendAll(l, {} as unknown as Event[]))).toStrictEqual([notEvents('{}')])
    expect(left(Ledger.appendAll(l, undefined as unknown as Event[]))).toStrictEqual([notEvents('missing')])
  })

  it('fromNegotiation refuses events that are an object but not a list', () => {
    const n = changed((x) => (x.events = {}))
    expect(left(Ledger.fromNegotiation(n))).toStrictEqual([notEvents('{}')])
  })

  it('ingest refuses events that are neither a list nor an async iterable', async () => {
    const n = negotiation()
    expect(left(await Ledger.ingest(n, {} as unknown as Event[]))).toStrictEqual([notEvents('{}')])
    expect(left(await Ledger.ingest(n, undefined as unknown as Event[]))).toStrictEqual([
      notEvents('missing'),
    ])
  })
})

describe('an event refused for a reason the checker does not name', () => {
  it('says it does not have the shape of its kind, and points to Load.decode', () => {
    const e = {
      id: 'e1',
      kind: 'response',
      date: '2025-03-25',
      sources: ['s1'],
      party: 'RU',
      proposal: 'energy',
      stance: 'conditionally-accepted',
      conditions: [() => 'a function is no condition'],
    } as unknown as Event
    expect(left(Ledger.append(ledgerOf(), e))).toStrictEqual([
      {
        _tag: 'unknown-kind',
        event: 'e1',
        field: 'kind',
        message: 'event `e1` does not have the shape of a `response` event.',
        fix: 'Check its fields against the format (`Load.decode` reports each one).',
      },
    ])
  })
})

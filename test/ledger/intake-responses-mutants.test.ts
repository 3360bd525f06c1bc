import { either as E, option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event, EventId, Negotiation } from '../../src'
import { Ledger } from '../../src'
import { deepFreeze } from '../../src/internal/freeze'
import { ledgerOf, left, negotiation, response, statusOf, timeline } from './fixture'

const errorsOf = (events: Event[]) => left(Ledger.fromNegotiation(negotiation(events)))

const kept = (ledger: Ledger.Ledger, id: string): Event | undefined =>
  O.toUndefined(Ledger.event(ledger, id as EventId))

/** The fixture's negotiation with its proposals' `tabledBy` and `date` replaced as given. */
const withProposal = (proposal: Record<string, unknown>, events: Event[] = []): Negotiation => {
  const n = negotiation(events)
  return deepFreeze({
    ...n,
    proposals: { ...n.proposals, extra: { ...n.proposals['energy' as never], ...proposal } },
  } as unknown as Negotiation)
}

describe('intake: the terms a response keeps', () => {
  it('keeps the one term a response lists', () => {
    const ledger = ledgerOf([response('r1', '2025-03-20', 'RU', 'energy', 'accepted', { terms: ['energy'] })])
    expect(kept(ledger, 'r1')).toEqual({
      id: 'r1',
      date: '2025-03-20',
      sources: ['src-r1'],
      kind: 'response',
      party: 'RU',
      proposal: 'energy',
      stance: 'accepted',
      terms: ['energy'],
    })
  })

  it('keeps two terms, a repeated term, and many terms as listed', () => {
    const ledger = ledgerOf([
      response('r1', '2025-03-24', 'RU', 'sea', 'accepted', { terms: ['sea.ports', 'sea.navigation'] }),
      response('r2', '2025-03-24', 'UA', 'sea', 'accepted', { terms: ['sea.ports', 'sea.ports'] }),
      response('r3', '2025-03-24', 'US', 'sea', 'accepted', {
        terms: ['sea.ports', 'sea.navigation', 'sea.ports'],
      }),
      response('r4', '2025-03-25', 'RU', 'sea', 'rejected', { terms: ['sea.navigation', 'sea.navigation'] }),
    ])
    expect(kept(ledger, 'r1')).toMatchObject({ terms: ['sea.ports', 'sea.navigation'] })
    expect(kept(ledger, 'r2')).toMatchObject({ terms: ['sea.ports', 'sea.ports'] })
    expect(kept(ledger, 'r3')).toMatchObject({ terms: ['sea.ports', 'sea.navigation', 'sea.ports'] })
    expect(kept(ledger, 'r4')).toMatchObject({ terms: ['sea.navigation', 'sea.navigation'] })
    expect(statusOf(ledger, 'RU', 'sea', 'sea.navigation', '2025-03-25').status).toBe('rejected')
    expect(statusOf(ledger, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('accepted')
    expect(statusOf(ledger, 'UA', 'sea', 'sea.ports', '2025-03-24').status).toBe('accepted')
    expect(statusOf(ledger, 'UA', 'sea', 'sea.navigation', '2025-03-24').status).toBe('unknown')
  })

  it('refuses a two-term list whose first term the proposal lacks', () => {
    const errors = errorsOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted', { terms: ['energy', 'sea.ports'] }),
    ])
    expect(errors).toMatchObject([{ _tag: 'unknown-term', event: 'r1', field: 'terms[0]' }])
  })

  it('refuses a list of three or more terms when one is not the proposal’s', () => {
    const errors = errorsOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted', {
        terms: ['sea.ports', 'sea.navigation', 'energy'],
      }),
    ])
    expect(errors).toMatchObject([{ _tag: 'unknown-term', event: 'r1', field: 'terms[2]' }])
  })
})

describe('intake: counters and conditions', () => {
  it('makes two counters of one date naming different proposals a dispute, which a later counter ends', () => {
    const ledger = ledgerOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'countered', { counter: 'energy' }),
      response('r2', '2025-03-25', 'RU', 'sea', 'countered', { counter: 'truce30' }),
      response('r3', '2025-03-26', 'RU', 'sea', 'countered', { counter: 'energy' }),
    ])
    expect(statusOf(ledger, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('disputed')
    expect(statusOf(ledger, 'RU', 'sea', 'sea.ports', '2025-03-26')).toMatchObject({
      status: 'countered',
      counter: 'energy',
      since: '2025-03-26',
    })
    expect(kept(ledger, 'r2')).toMatchObject({ stance: 'countered', counter: 'truce30' })
  })
})

describe('intake: dates', () => {
  it('refuses a date written as a list holding a date already seen', () => {
    const errors = errorsOf([
      response('r1', '2025-03-20', 'RU', 'energy', 'accepted'),
      {
        ...response('r2', '2025-03-20', 'UA', 'energy', 'accepted'),
        date: ['2025-03-20'],
      } as unknown as Event,
    ])
    expect(errors).toMatchObject([{ _tag: 'bad-date', event: 'r2', field: 'date' }])
  })
})

describe('intake: the tabling parties of a proposal', () => {
  it('marks a tabling party listed twice once', () => {
    for (const tabledBy of [
      ['UA', 'UA'],
      ['UA', 'US', 'UA'],
    ]) {
      const r = Ledger.fromNegotiation(withProposal({ tabledBy }))
      if (E.isLeft(r)) return expect.fail(r.left.map((e) => e.message).join('\n'))
      expect(timeline(r.right, 'UA', 'extra', 'energy')?.codes).toHaveLength(1)
      expect(statusOf(r.right, 'UA', 'extra', 'energy', '2025-03-18').status).toBe('proposed')
    }
  })

  it('refuses responses to a proposal whose date is not a real date that sort before that date', () => {
    const errors = left(
      Ledger.fromNegotiation(
        withProposal({ date: '2025-02-30' }, [
          response('r1', '2025-02-28', 'RU', 'extra', 'accepted'),
          response('r2', '2025-03-01', 'RU', 'extra', 'accepted'),
        ]),
      ),
    )
    expect(errors.map((e) => [e._tag, e.event, e.field])).toEqual([
      ['bad-date', undefined, 'proposals.extra.date'],
      ['before-tabling', 'r1', 'date'],
    ])
  })

  it('refuses every response to a proposal whose date is not text', () => {
    const errors = left(
      Ledger.fromNegotiation(
        withProposal({ date: 20250318 }, [response('r1', '2025-03-20', 'RU', 'extra', 'accepted')]),
      ),
    )
    expect(errors[0]).toMatchObject({ _tag: 'bad-date', field: 'proposals.extra.date' })
    expect(errors.filter((e) => e.event === 'r1')).toHaveLength(1)
  })
})

import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event, Negotiation } from '../../src'
import { Ledger } from '../../src'
import { issue, left, negotiation, party, response, right } from './fixture'

/** The fixture's parties and issues, with these proposals instead of its own. */
const withProposals = (proposals: Record<string, unknown>, events: ReadonlyArray<Event> = []): Negotiation =>
  ({ ...negotiation(events), proposals }) as unknown as Negotiation

const ask = (n: Negotiation, q: Ledger.EverAcceptedQuery) => {
  const l = Ledger.fromNegotiation(n)
  if (E.isLeft(l)) return expect.fail(l.left.map((e) => e.message).join('\n'))
  return Ledger.everAccepted(l.right, n, q)
}

const days = (date: string, tabledBy: string[], value: number) => ({
  title: `${value} days`,
  date,
  tabledBy,
  terms: { days: { value } },
  sources: [`s-${date}`],
})

describe('everAccepted, on disputed reports', () => {
  it('counts a same-day dispute when one of the reports is an acceptance, and only then', () => {
    const accepted = [
      response('a1', '2025-03-13', 'RU', 'truce30', 'accepted'),
      response('a2', '2025-03-13', 'RU', 'truce30', 'rejected'),
    ]
    const found = right(ask(negotiation(accepted), { party: party('RU'), issue: issue('days'), value: 30 }))
    expect(found.map((a) => [a.proposal, a.date, a.status.status])).toEqual([
      ['truce30', '2025-03-13', 'disputed'],
    ])
    const refused = [
      response('a1', '2025-03-13', 'RU', 'truce30', 'noncommittal'),
      response('a2', '2025-03-13', 'RU', 'truce30', 'rejected'),
    ]
    expect(right(ask(negotiation(refused), { party: party('RU'), issue: issue('days'), value: 30 }))).toEqual(
      [],
    )
  })
})

describe('everAccepted, across drafts', () => {
  it('orders acceptances by date, then by proposal id, whatever order the proposals are given in', () => {
    const n = withProposals({
      alpha: days('2025-03-05', ['RU'], 30),
      zeta: days('2025-03-01', ['RU'], 30),
      beta: days('2025-03-05', ['RU'], 30),
      gamma: days('2025-03-01', ['RU'], 30),
    })
    const found = right(ask(n, { party: party('RU'), issue: issue('days'), value: 30 }))
    expect(found.map((a) => [a.date, a.proposal])).toEqual([
      ['2025-03-01', 'gamma'],
      ['2025-03-01', 'zeta'],
      ['2025-03-05', 'alpha'],
      ['2025-03-05', 'beta'],
    ])
  })

  it('finds nothing for a party that never took a position on any draft with the term', () => {
    expect(right(ask(negotiation(), { party: party('RU'), issue: issue('energy'), value: true }))).toEqual([])
  })

  it('leaves out drafts whose value lies outside the value set', () => {
    const n = withProposals({ short: days('2025-03-01', ['RU'], 30), long: days('2025-03-02', ['RU'], 90) })
    const set = (min: number, max: number) =>
      right(
        ask(n, {
          party: party('RU'),
          issue: issue('days'),
          valueSet: { kind: 'intervals', intervals: [{ min, max }] },
        }),
      ).map((a) => [a.proposal, a.value])
    expect(set(60, 365)).toEqual([['long', 90]])
    expect(set(0, 10)).toEqual([])
  })
})

describe('everAccepted, on a bad question', () => {
  const n = negotiation()
  const errors = (q: Record<string, unknown>) =>
    left(ask(n, { party: party('RU'), issue: issue('days'), ...q }))

  it('names an unknown party and an unknown issue, with the ids to choose from', () => {
    expect(errors({ party: 'RX', value: 30 })).toStrictEqual([
      {
        _tag: 'unknown-party',
        field: 'party',
        message: '`RX` is not a party of the ledger.',
        fix: 'Correct the id; did you mean `RU`? parties are: RU, UA, US.',
      },
    ])
    expect(errors({ issue: 'dayz', value: 30 })).toStrictEqual([
      {
        _tag: 'unknown-issue',
        field: 'issue',
        message: '`dayz` is not an issue of the negotiation.',
        fix: 'Correct the id; did you mean `days`? issues are: energy, sea.navigation, sea.ports, days.',
      },
    ])
  })

  it('refuses both a value and a value set, as it refuses neither', () => {
    const expected = [
      {
        _tag: 'not-a-value',
        field: 'value',
        message: 'give either `value` or `valueSet`, not both and not neither.',
        fix: 'Pass `value` for one value, or `valueSet` for a region of the domain.',
      },
    ]
    expect(
      errors({ value: 30, valueSet: { kind: 'intervals', intervals: [{ min: 0, max: 60 }] } }),
    ).toStrictEqual(expected)
    expect(errors({})).toStrictEqual(expected)
  })

  it('explains a value or a value set that does not fit the issue', () => {
    expect(errors({ value: 'thirty' })).toStrictEqual([
      {
        _tag: 'not-a-value',
        field: 'value',
        message: '"thirty" is not a value of issue `days` (a quantity).',
        fix: 'Give a value of the issue’s domain: an option id, a number within bounds, a list of elements, or true/false.',
      },
    ])
    const [e] = errors({ valueSet: { kind: 'flags', values: [true] } })
    expect(e?.message).toMatch(/^the value set does not fit issue `days`: ./)
    expect(e?.fix).toBe('Give a value set of the issue’s domain kind (options, intervals, subsets or flags).')
  })
})

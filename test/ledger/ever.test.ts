import { function as F } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import { d, issue, left, ledgerOf, monitors, negotiation, party, response, right, tabled } from './fixture'

const events = [
  response('r1', '2025-03-13', 'RU', 'truce30', 'conditionally-accepted', { conditions: [monitors] }),
  response('r2', '2025-04-01', 'RU', 'truce30', 'rejected'),
  response('r3', '2025-03-24', 'UA', 'sea', 'accepted', { terms: ['sea.ports'] }),
  tabled('t1', '2025-04-10', ['RU'], 'sea'),
]

const ask = (q: Ledger.EverAcceptedQuery) =>
  right(Ledger.everAccepted(ledgerOf(events), negotiation(events), q))

describe('everAccepted', () => {
  it('finds every acceptance of a term with the value, in any draft, with date and sources', () => {
    const found = ask({ party: party('RU'), issue: issue('days'), value: 30 })
    expect(found.map((a) => [a.proposal, a.term, a.value, a.date, a.status.status, a.sources])).toEqual([
      ['truce30', 'days', 30, '2025-03-13', 'conditionally-accepted', ['src-r1']],
    ])
    expect(ask({ party: party('RU'), issue: issue('days'), value: 31 })).toEqual([])
  })

  it('matches a value set, and stops at `until`', () => {
    const q = {
      party: party('RU'),
      issue: issue('days'),
      valueSet: { kind: 'intervals', intervals: [{ min: 14, max: 60 }] },
    } as const
    expect(ask(q).map((a) => a.date)).toEqual(['2025-03-13'])
    expect(ask({ ...q, until: d('2025-03-12') })).toEqual([])
  })

  it('compares subsets as sets, and counts a party tabling the draft as accepting it', () => {
    const ports = (value: string[]) =>
      ask({ party: party('UA'), issue: issue('sea.ports'), value: value as never })
    expect(ports(['mykolaiv', 'odesa']).map((a) => [a.proposal, a.status.status])).toEqual([
      ['sea', 'accepted'],
    ])
    expect(
      ask({ party: party('RU'), issue: issue('sea.ports'), value: ['odesa', 'mykolaiv'] as never }).map(
        (a) => [a.date, a.status.status],
      ),
    ).toEqual([['2025-04-10', 'proposed']])
  })

  it('works data-last', () => {
    const q = { party: party('RU'), issue: issue('days'), value: 30 }
    expect(F.pipe(ledgerOf(events), Ledger.everAccepted(negotiation(events), q))).toStrictEqual(
      Ledger.everAccepted(ledgerOf(events), negotiation(events), q),
    )
  })

  it('names what is wrong with the question', () => {
    const l = ledgerOf(events)
    const n = negotiation(events)
    expect(
      left(Ledger.everAccepted(l, n, { party: party('RU'), issue: issue('dayz'), value: 30 })),
    ).toMatchObject([{ _tag: 'unknown-issue', field: 'issue' }])
    expect(
      left(Ledger.everAccepted(l, n, { party: party('RX'), issue: issue('days'), value: 30 })),
    ).toMatchObject([{ _tag: 'unknown-party', field: 'party' }])
    expect(
      left(Ledger.everAccepted(l, n, { party: party('RU'), issue: issue('days'), value: 'thirty' as never })),
    ).toMatchObject([{ _tag: 'not-a-value', field: 'value' }])
    expect(left(Ledger.everAccepted(l, n, { party: party('RU'), issue: issue('days') }))).toMatchObject([
      { _tag: 'not-a-value' },
    ])
    expect(
      left(
        Ledger.everAccepted(l, n, {
          party: party('RU'),
          issue: issue('days'),
          valueSet: { kind: 'flags', values: [true] },
        }),
      ),
    ).toMatchObject([{ _tag: 'not-a-value', field: 'valueSet' }])
  })
})

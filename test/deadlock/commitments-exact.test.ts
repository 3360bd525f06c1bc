import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import { BROKEN_TRUCE, d, doc, found, respond, TRUCE } from './fixture'

const renewed = doc({
  proposals: { truce: TRUCE },
  events: [
    ...BROKEN_TRUCE,
    respond('a-again', '2025-06-01', 'A', 'accepted'),
    respond('b-again', '2025-06-02', 'B', 'accepted'),
  ],
})

const at = (date: string) => found(Deadlock.brokenCommitments(renewed, { asOf: d(date) }))

describe('Deadlock.brokenCommitments, exactly', () => {
  it('shows only the evidence dated up to the date asked for', () => {
    const [f, ...rest] = at('2025-03-22')
    expect(rest).toEqual([])
    expect(f!.evidence.map((e) => [e.eventId, e.party, e.date, e.what])).toEqual([
      ['a-yes', 'A', '2025-03-18', 'Alpha accepted it'],
      ['strike', 'A', '2025-03-21', 'Beta alleged that Alpha broke it: struck a substation'],
    ])
    expect(f!.explanation).toBe(
      'Energy truce (truce): Alpha committed on 2025-03-18 and was accused of violating it (2025-03-21). A trust deficit that weighs on the talks.',
    )
  })

  it('stays active until every party has committed again, then says it was repaired', () => {
    expect(at('2025-06-01').map((f) => f.active)).toEqual([true])
    const [f] = at('2025-07-01')
    expect(f!.active).toBe(false)
    expect(f!.evidence.map((e) => [e.eventId, e.party])).toEqual([
      ['a-yes', 'A'],
      ['b-yes', 'B'],
      ['strike', 'A'],
      ['lapse', 'A'],
      ['lapse', 'B'],
    ])
    expect(f!.explanation).toBe(
      'Energy truce (truce): Alpha committed on 2025-03-18 and was accused of violating it (2025-03-21) and let it lapse (2025-04-17); Beta committed on 2025-03-19 and let it lapse (2025-04-17). A trust deficit that weighs on the talks (since repaired: every party committed again).',
    )
  })

  it('returns the errors of the acceptance ledger', () => {
    const bad = doc({
      events: [
        {
          id: 'e1',
          kind: 'response',
          date: '2025-02-03',
          party: 'X',
          proposal: 'p',
          stance: 'accepted',
          sources: [],
        },
      ],
    })
    expect(Deadlock.brokenCommitments(bad)).toEqual(
      E.left([
        {
          _tag: 'ledger',
          message: 'acceptance ledger: event `e1` (response): `X` is not a party of the negotiation.',
        },
        {
          _tag: 'ledger',
          message: 'acceptance ledger: event `e1` (response): `p` is not a proposal of the negotiation.',
        },
      ]),
    )
  })
})

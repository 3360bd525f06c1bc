import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import { Ledger } from '../../src'
import { d, issue, ledgerOf, left, meeting, negotiation, party, prop, response } from './fixture'

const ledgerFrom = (n: Negotiation): Ledger.Ledger => {
  const r = Ledger.fromNegotiation(n)
  if (E.isLeft(r)) return expect.fail(r.left.map((e) => e.message).join('\n'))
  return r.right
}

describe('statusAt, on an unknown cell', () => {
  let l: Ledger.Ledger
  beforeEach(() => {
    l = ledgerOf()
  })
  const errors = (p: string, proposal: string, term: string) =>
    left(Ledger.statusAt(l, party(p), prop(proposal), issue(term), d('2025-03-19')))

  it('names an unknown party and an unknown proposal together, with the ids to choose from', () => {
    expect(errors('RX', 'seas', 'sea.ports')).toStrictEqual([
      {
        _tag: 'unknown-party',
        field: 'party',
        message: '`RX` is not a party of the ledger.',
        fix: 'Correct the id; did you mean `RU`? parties are: RU, UA, US.',
      },
      {
        _tag: 'unknown-proposal',
        field: 'proposal',
        message: '`seas` is not a proposal of the ledger.',
        fix: 'Correct the id; did you mean `sea`? proposals are: energy, sea, truce30.',
      },
    ])
  })

  it('names a term the proposal does not have, with its terms', () => {
    expect(errors('RU', 'sea', 'sea.port')).toStrictEqual([
      {
        _tag: 'unknown-term',
        field: 'term',
        message: 'proposal `sea` has no term on issue `sea.port`.',
        fix: 'Name one of its terms; did you mean `sea.ports`? its terms are: sea.navigation, sea.ports.',
      },
    ])
  })
})

describe('flips', () => {
  it('reports nothing for a term whose status was unknown on both dates', () => {
    const l = ledgerOf([response('r1', '2025-04-01', 'RU', 'truce30', 'accepted')])
    expect(Ledger.flips(l, d('2025-03-01'), d('2025-03-05'))).toEqual([])
    expect(Ledger.flips(l, d('2025-03-31'), d('2025-04-01')).map((f) => [f.party, f.to.status])).toEqual([
      ['RU', 'accepted'],
    ])
  })
})

describe('agreedAt', () => {
  it('finds nothing agreed in a negotiation without principals', () => {
    const n = {
      ...negotiation(),
      parties: {
        RU: { name: 'Russia', role: 'mediator' },
        UA: { name: 'Ukraine', role: 'mediator' },
        US: { name: 'United States', role: 'mediator' },
      },
    } as unknown as Negotiation
    expect(Ledger.agreedAt(ledgerFrom(n), d('2025-04-01'))).toEqual([])
  })
})

describe('events', () => {
  it('lists events by date, then by id, whatever bucket they are filed in', () => {
    const dates = ['2025-03-20', '2025-03-11', '2025-03-15', '2025-03-11', '2025-03-20', '2025-03-15']
    const given = Array.from({ length: 36 }, (_, i) =>
      meeting(`m${String.fromCharCode(97 + ((i * 7) % 26))}${i}`, dates[i % dates.length] as string, [
        'RU',
        'UA',
      ]),
    )
    const expected = [...given]
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
      .map((e) => e.id)
    expect(Ledger.events(ledgerOf(given)).map((e) => e.id)).toEqual(expected)
  })
})

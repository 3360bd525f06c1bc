/**
 * A context built in code whose parties or proposals hold something that is not data (a function, a symbol): the
 * ledger keeps a frozen copy of them, which cannot be made, so each constructor gives a `not-a-value` error naming
 * where it is, rather than throwing the copy's `DataCloneError`.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event, Negotiation } from '../../src'
import * as Ledger from '../../src/ledger'
import { left, negotiation, response } from './fixture'

/** The fixture's negotiation, with a function among the fields of its energy proposal. */
const withFunction = (frozen: boolean, events: ReadonlyArray<Event> = []): Negotiation => {
  const n = negotiation()
  const energy = {
    ...(n.proposals as unknown as Record<string, object>)['energy'],
    render: () => 'moratorium',
  }
  const proposals = { ...n.proposals, energy: frozen ? Object.freeze(energy) : energy }
  return { ...n, proposals: frozen ? Object.freeze(proposals) : proposals, events }
}

const expected = {
  _tag: 'not-a-value',
  field: 'proposals.energy.render',
  message: '`proposals.energy.render` is a function, not data.',
  fix: 'Give the proposals as plain data (objects, arrays, strings, numbers, booleans, null): the ledger keeps a frozen copy of them.',
}

describe('a context that holds something that is not data', () => {
  it.each([
    ['can still change', false],
    ['is frozen', true],
  ])('empty names the function in a context that %s', (_, frozen) => {
    expect(left(Ledger.empty(withFunction(frozen)))).toEqual([expected])
  })

  it('names a symbol among the parties, by its path', () => {
    const n = negotiation()
    const parties = {
      ...n.parties,
      US: { ...n.parties['US' as keyof typeof n.parties], tag: Symbol('mediator') },
    }
    expect(left(Ledger.empty({ ...n, parties }))).toEqual([
      {
        _tag: 'not-a-value',
        field: 'parties.US.tag',
        message: '`parties.US.tag` is a symbol, not data.',
        fix: 'Give the parties as plain data (objects, arrays, strings, numbers, booleans, null): the ledger keeps a frozen copy of them.',
      },
    ])
  })

  it('says what cannot be copied when it is neither a function nor a symbol', () => {
    const n = negotiation()
    const proposals = {
      ...n.proposals,
      energy: { ...n.proposals['energy' as keyof typeof n.proposals], pending: new WeakMap() },
    }
    const errors = left(Ledger.empty({ ...n, proposals }))
    expect(errors.map((e) => [e._tag, e.field, e.message])).toEqual([
      [
        'not-a-value',
        'proposals',
        '`proposals` holds something that cannot be copied (structuredClone refuses it).',
      ],
    ])
  })

  it('fromNegotiation reports it with the problems of the events, in that order', () => {
    const bad = response('r1', '2025-03-19', 'XX', 'energy', 'accepted')
    const errors = left(Ledger.fromNegotiation(withFunction(false, [bad])))
    expect(errors.map((e) => [e._tag, e.field])).toEqual([
      ['not-a-value', 'proposals.energy.render'],
      ['unknown-party', 'party'],
    ])
  })

  it('ingest resolves to the error, without reading the stream', async () => {
    let read = 0
    function* events(): Generator<Event> {
      read++
      yield response('r1', '2025-03-19', 'UA', 'energy', 'accepted')
    }
    const r = await Ledger.ingest(withFunction(false), events())
    expect(E.isLeft(r) && r.left).toEqual([expected])
    expect(read).toBe(0)
  })

  it('leaves the context as it was given', () => {
    const n = withFunction(false)
    const energy = (n.proposals as unknown as Record<string, { render: () => string }>)['energy']
    Ledger.empty(n)
    expect(Object.isFrozen(energy)).toBe(false)
    expect(energy?.render()).toBe('moratorium')
  })
})

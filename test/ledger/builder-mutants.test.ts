import { either as E, option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event, EventId } from '../../src'
import { Ledger } from '../../src'
import { bucketOf } from '../../src/ledger/table'
import { left, meeting, negotiation, response, right } from './fixture'

const appendedErrors = (events: ReadonlyArray<Event>): ReadonlyArray<Ledger.LedgerError> =>
  left(Ledger.appendAll(right(Ledger.empty(negotiation())), events))

const bulkErrors = (events: ReadonlyArray<Event>): ReadonlyArray<Ledger.LedgerError> =>
  left(Ledger.fromNegotiation(negotiation(events)))

/** `count` meetings with ids m0000, m0001, … (increasing as text too). */
const meetings = (count: number): Event[] =>
  Array.from({ length: count }, (_, i) =>
    meeting(`m${String(i).padStart(4, '0')}`, '2025-03-20', ['RU', 'UA']),
  )

describe('building in bulk: the event table', () => {
  it('keeps more than a thousand events given in increasing id order, and finds each one', () => {
    const events = meetings(1100)
    const l = right(Ledger.fromNegotiation(negotiation(events)))
    expect(Ledger.events(l)).toHaveLength(1100)
    for (const e of events) expect(O.isSome(Ledger.event(l, e.id))).toBe(true)
  })

  it('sorts the events whose ids share a bucket of the table, whatever order they came in', () => {
    // three ids in one bucket (found by the table's own hash), given in decreasing order, then in a mixed one
    const byBucket = new Map<number, string[]>()
    let shared: string[] = []
    for (let i = 0; shared.length < 3; i++) {
      const id = `k${String(i)}`
      const ids = [...(byBucket.get(bucketOf(id)) ?? []), id]
      byBucket.set(bucketOf(id), ids)
      if (ids.length === 3) shared = ids.sort()
    }
    const events = shared.map((id) => meeting(id, '2025-03-20', ['RU', 'UA']))
    const inOrder = right(Ledger.fromNegotiation(negotiation(events)))
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
      [0, 2, 1],
    ]) {
      const l = right(Ledger.fromNegotiation(negotiation(order.map((i) => events[i] as Event))))
      expect(l).toStrictEqual(inOrder)
      for (const id of shared) expect(O.isSome(Ledger.event(l, id as EventId))).toBe(true)
    }
  })
})

describe('building in bulk: errors, as appending one event at a time', () => {
  it('reports duplicates in the order the events came, whatever their ids and however many events came first', () => {
    // the duplicates are the 10th and 11th events, each way round
    const fillers = meetings(7)
    for (const [x, y] of [
      ['dupA', 'dupB'],
      ['dupB', 'dupA'],
    ] as const) {
      const events = [
        meeting(x, '2025-03-20', ['RU']),
        meeting(y, '2025-03-20', ['RU']),
        ...fillers,
        meeting(x, '2025-03-21', ['UA']),
        meeting(y, '2025-03-21', ['UA']),
      ]
      const errors = bulkErrors(events)
      expect(errors.map((e) => [e._tag, e.event])).toEqual([
        ['duplicate-event', x],
        ['duplicate-event', y],
      ])
      expect(errors).toStrictEqual(appendedErrors(events))
    }
  })

  it('does not call a refused event a duplicate of an event with its id that came after it', () => {
    const events = [
      response('r1', '2025-03-20', 'RX', 'energy', 'accepted'),
      response('r1', '2025-03-20', 'RU', 'energy', 'accepted'),
    ]
    const errors = bulkErrors(events)
    expect(errors.map((e) => [e._tag, e.event])).toEqual([['unknown-party', 'r1']])
    expect(errors).toStrictEqual(appendedErrors(events))
  })

  it('reports an event that is not an object, rather than throwing', () => {
    const events = [response('r1', '2025-03-20', 'RU', 'energy', 'accepted'), undefined as unknown as Event]
    const errors = bulkErrors(events)
    expect(errors).toHaveLength(1)
    expect(errors).toStrictEqual(appendedErrors(events))
  })
})

describe('building in bulk: the ledger', () => {
  it('freezes the timelines of every party and proposal', () => {
    const l = right(
      Ledger.fromNegotiation(negotiation([response('r1', '2025-03-24', 'RU', 'sea', 'accepted')])),
    )
    const parties = Object.values(l.timelines)
    expect(parties.length).toBeGreaterThan(1)
    for (const byProposal of parties) {
      expect(Object.isFrozen(byProposal)).toBe(true)
      for (const byTerm of Object.values(byProposal)) expect(Object.isFrozen(byTerm)).toBe(true)
    }
  })
})

describe('ingest: turns of the event loop', () => {
  it('gives the event loop a turn after every batch of events, refused ones counted', async () => {
    let turned = false
    setImmediate(() => {
      turned = true
    })
    const seen: boolean[] = []
    function* feed(): Generator<Event> {
      yield response('r1', '2025-03-20', 'RX', 'energy', 'accepted')
      seen.push(turned)
      yield response('r2', '2025-03-20', 'RU', 'energy', 'accepted')
    }
    const r = await Ledger.ingest(negotiation(), feed(), { batchSize: 1 })
    expect(E.isLeft(r)).toBe(true)
    expect(seen).toEqual([true])
  })
})

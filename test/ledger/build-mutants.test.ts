/**
 * Building a ledger in bulk: which parts of a context the ledger holds as they are and which it copies (frozen data
 * with something that can still change inside, nesting past 64 levels, a cycle, a Date, a proxy), a negotiation
 * whose events are not a list, and how `ingest` reads its stream: promises and other thenables among the items of
 * a plain iterable, items that are not events, a plain iterable read without waiting, and a turn of the event loop
 * every `batchSize` events.
 */
import { describe, expect, it } from 'vitest'
import type { Event, Negotiation } from '../../src'
import * as Ledger from '../../src/ledger'
import { ledgerOf, left, negotiation, response, right, violation } from './fixture'

type Proposals = Record<string, Record<string, unknown>>

/** The fixture's parties, with these proposals. */
const contextWith = (proposals: unknown): Negotiation =>
  ({ parties: negotiation().parties, proposals }) as unknown as Negotiation

/** The fixture's `energy` proposal, with more fields. */
const energyWith = (extra: Record<string, unknown>): Record<string, unknown> => ({
  ...(negotiation().proposals as unknown as Proposals)['energy'],
  ...extra,
})

/** `levels` objects nested one in another, all frozen, the innermost holding a number. */
const nested = (levels: number): object => {
  let v: object = Object.freeze({ leaf: 1 })
  for (let i = 1; i < levels; i++) v = Object.freeze({ v })
  return v
}

describe('empty: the context as the ledger holds it', () => {
  it('holds frozen data with a null inside as it is', () => {
    const proposals = Object.freeze({ x: Object.freeze(energyWith({ note: null })) })
    const l = right(Ledger.empty(contextWith(proposals)))
    expect(l.proposals).toBe(proposals)
  })

  it('copies a frozen record of proposals that holds a proposal that can still change', () => {
    const open = energyWith({})
    const proposals = Object.freeze({ x: open })
    const l = right(Ledger.empty(contextWith(proposals)))
    const kept = l.proposals['x' as never] as { readonly title: string }
    expect(Object.isFrozen(kept)).toBe(true)
    open['title'] = 'changed'
    expect(kept.title).toBe('Energy moratorium')
  })

  it('holds frozen data nested 64 levels deep as it is, and copies data nested deeper', () => {
    // the record of proposals is level 0, a proposal level 1, its `meta` level 2
    const at64 = Object.freeze({ x: Object.freeze(energyWith({ meta: nested(63) })) })
    expect(right(Ledger.empty(contextWith(at64))).proposals).toBe(at64)
    const at65 = Object.freeze({ x: Object.freeze(energyWith({ meta: nested(64) })) })
    const l = right(Ledger.empty(contextWith(at65)))
    expect(l.proposals).not.toBe(at65)
    expect(l.proposals).toStrictEqual(at65)
  })

  it('takes frozen data that refers to itself', () => {
    const x = energyWith({})
    x['self'] = x
    const proposals = Object.freeze({ x: Object.freeze(x) })
    const l = right(Ledger.empty(contextWith(proposals)))
    const kept = l.proposals['x' as never] as unknown as { readonly title: string; readonly self: unknown }
    expect(kept.title).toBe('Energy moratorium')
    expect(kept.self).toBe(kept)
  })

  it('copies a frozen Date in a proposal, which can still be set', () => {
    const since = Object.freeze(new Date(Date.UTC(2025, 2, 1)))
    const l = right(Ledger.empty(contextWith(Object.freeze({ x: Object.freeze(energyWith({ since })) }))))
    since.setTime(0)
    const kept = l.proposals['x' as never] as unknown as { readonly since: Date }
    expect(kept.since.toISOString()).toBe('2025-03-01T00:00:00.000Z')
  })

  it('takes a context held in proxies (as reactive stores give), with a frozen copy', () => {
    const energy = energyWith({})
    const proposals = new Proxy({ x: new Proxy(energy, {}) }, {})
    const l = right(Ledger.empty(contextWith(proposals)))
    expect(l.proposals).toStrictEqual({ x: energy })
    expect(Object.isFrozen(l.proposals['x' as never])).toBe(true)
  })
})

describe('fromNegotiation: events that are not a list', () => {
  it('refuses events given as an async iterable (only ingest reads those)', () => {
    async function* feed(): AsyncGenerator<Event> {
      yield await Promise.resolve(response('r1', '2025-03-20', 'RU', 'energy', 'accepted'))
    }
    const n = { ...negotiation(), events: feed() } as unknown as Negotiation
    expect(left(Ledger.fromNegotiation(n))).toMatchObject([{ _tag: 'missing-field', field: 'events' }])
  })
})

describe('ingest: what a plain iterable may hold', () => {
  const events = [
    response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
    violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
    response('r2', '2025-03-19', 'UA', 'energy', 'accepted'),
    response('r3', '2025-03-24', 'UA', 'sea', 'rejected'),
  ]

  it('awaits promises and other thenables among the items, functions too, and takes arrays whole', async () => {
    const thenableFunction = Object.assign(() => undefined, {
      then: (resolve: (e: Event) => void) => resolve(events[3] as Event),
    })
    const items = [
      Promise.resolve(events[0] as Event),
      [events[1] as Event],
      { then: (resolve: (e: ReadonlyArray<Event>) => void) => resolve([events[2] as Event]) },
      thenableFunction,
    ] as unknown as ReadonlyArray<Event>
    expect(right(await Ledger.ingest(negotiation(), items))).toStrictEqual(ledgerOf(events))
  })

  it('reports items that are not events, in the order they came, without throwing', async () => {
    const items = [
      undefined,
      response('r1', '2025-03-18', 'RX', 'energy', 'accepted'),
      null,
      Promise.resolve(7),
    ] as unknown as ReadonlyArray<Event>
    const errors = left(await Ledger.ingest(negotiation(), items))
    expect(errors.map((e) => [e._tag, e.message])).toEqual([
      ['unknown-kind', 'undefined is not an event.'],
      ['unknown-party', 'event `r1` (response): `RX` is not a party of the negotiation.'],
      ['unknown-kind', 'null is not an event.'],
      ['unknown-kind', '7 is not an event.'],
    ])
  })

  it('reads a plain iterable without waiting between its items', async () => {
    let read = 0
    function* feed(): Generator<Event> {
      for (const e of events) {
        read++
        yield e
      }
    }
    const pending = Ledger.ingest(negotiation(), feed())
    expect(read).toBe(events.length)
    expect(right(await pending)).toStrictEqual(ledgerOf(events))
  })
})

describe('ingest: a turn of the event loop every batchSize events', () => {
  const events = Array.from({ length: 6 }, (_, i) =>
    response(`r${String(i)}`, `2025-03-${String(20 + i)}`, 'RU', 'energy', i % 2 ? 'rejected' : 'accepted'),
  )

  /** How many events were read between turns of the event loop, while ingesting the six events. */
  const readsBetweenTurns = async (source: 'async' | 'plain', batchSize: number): Promise<number[]> => {
    let turns = 0
    let running = true
    const tick = (): void => {
      if (!running) return
      turns++
      setImmediate(tick)
    }
    setImmediate(tick)
    const seen: number[] = []
    function* plain(): Generator<Event> {
      for (const e of events) {
        seen.push(turns)
        yield e
      }
    }
    async function* feed(): AsyncGenerator<Event> {
      for (const e of events) {
        seen.push(turns)
        yield await Promise.resolve(e)
      }
    }
    const r = await Ledger.ingest(negotiation(), source === 'async' ? feed() : plain(), { batchSize })
    running = false
    expect(right(r)).toStrictEqual(ledgerOf(events))
    const runs: number[] = []
    seen.forEach((t, i) => {
      if (i > 0 && t === seen[i - 1]) runs[runs.length - 1] = (runs[runs.length - 1] as number) + 1
      else runs.push(1)
    })
    return runs
  }

  it('gives the event loop a turn after every two events of an async iterable, with a batch size of 2', async () => {
    expect(await readsBetweenTurns('async', 2)).toEqual([2, 2, 2])
  })

  it('gives the event loop a turn after every two events of a plain iterable, with a batch size of 2', async () => {
    expect(await readsBetweenTurns('plain', 2)).toEqual([2, 2, 2])
  })

  it('gives it a turn after every event with a batch size of 1, and none within the default batch', async () => {
    expect(await readsBetweenTurns('plain', 1)).toEqual([1, 1, 1, 1, 1, 1])
    expect(await readsBetweenTurns('async', 65_536)).toEqual([6])
  })
})

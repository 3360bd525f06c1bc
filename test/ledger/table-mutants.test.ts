/**
 * The ledger's event table: the bucket of an id (FNV-1a), the place of an id in a bucket, finding an event among
 * others of its bucket (and not finding one that is not there), and the order of events by id.
 */
import { option as O } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Event, EventId } from '../../src'
import * as Ledger from '../../src/ledger'
import { BUCKETS, bucketOf, eventOf, holds, positionIn } from '../../src/ledger/table'
import { meeting, negotiation, response, right } from './fixture'

const id = (s: string): EventId => s as EventId

/** Three ids of the form `e<n>` that share one bucket, in increasing order. */
const sharingABucket = (): [string, string, string] => {
  const seen = new Map<number, string[]>()
  for (let n = 0; ; n++) {
    const s = `e${String(n)}`
    const ids = seen.get(bucketOf(s)) ?? []
    ids.push(s)
    seen.set(bucketOf(s), ids)
    if (ids.length === 3) return [...ids].sort() as [string, string, string]
  }
}

describe('bucketOf', () => {
  it('is the 32-bit FNV-1a hash of the id, kept to the number of buckets', () => {
    expect(BUCKETS).toBe(16_384)
    // FNV-1a test vectors: '' → 0x811c9dc5, 'a' → 0xe40c292c, 'foobar' → 0xbf9cf968
    expect(bucketOf('')).toBe(0x811c9dc5 % BUCKETS)
    expect(bucketOf('a')).toBe(0xe40c292c % BUCKETS)
    expect(bucketOf('foobar')).toBe(0xbf9cf968 % BUCKETS)
  })
})

describe('positionIn', () => {
  it('is the first place whose id is not less than the one sought', () => {
    const bucket = ['b', 'd', 'f'].map((s) => meeting(s, '2025-03-20', ['RU']))
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) => positionIn(bucket, s))).toEqual([
      0, 0, 1, 1, 2, 2, 3,
    ])
    expect(positionIn([], 'a')).toBe(0)
  })
})

describe('eventOf and holds', () => {
  let first: string, second: string, third: string
  beforeEach(() => {
    ;[first, second, third] = sharingABucket()
  })
  const ledgerWith = (...ids: string[]): Ledger.Ledger =>
    right(
      Ledger.fromNegotiation({
        ...negotiation(),
        events: ids.map((s) => response(s, '2025-03-20', 'RU', 'energy', 'accepted')),
      }),
    )

  it('finds each event of a bucket that holds several', () => {
    const l = ledgerWith(third, first, second)
    for (const s of [first, second, third]) {
      expect(eventOf(l, id(s))?.id).toBe(s)
      expect(O.map((e: Event) => e.id)(Ledger.event(l, id(s)))).toStrictEqual(O.some(s))
    }
  })

  it('finds no event for an id its bucket does not hold, before, between or after the others', () => {
    const l = ledgerWith(first, third)
    expect(eventOf(l, id(second))).toBeUndefined()
    expect(holds(l, id(second))).toBe(false)
    expect(Ledger.event(l, id(second))).toStrictEqual(O.none)
    const m = ledgerWith(first, second)
    expect(eventOf(m, id(third))).toBeUndefined()
    expect(holds(m, id(third))).toBe(false)
    const n = ledgerWith(second, third)
    expect(holds(n, id(first))).toBe(false)
    expect(holds(n, id(second))).toBe(true)
  })
})

/**
 * The ledger's event table: events filed in 16,384 buckets by a hash of their id, each bucket sorted by id. Appending
 * one event copies one small bucket rather than the whole table; finding one is a binary search in its bucket; and
 * the table is the same whatever order the events came in. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { Event } from '../model/event'
import type { EventId } from '../model/ids'
import type { Ledger } from './model'

/** The number of buckets. */
export const BUCKETS = 16_384

/** The bucket of an event id (FNV-1a hash of its characters). */
export const bucketOf = (id: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) & (BUCKETS - 1)
}

/** The first index of a bucket whose event id is not less than `id` (where an event with that id is, or goes). */
export const positionIn = (bucket: ReadonlyArray<Event>, id: string): number => {
  let lo = 0
  let hi = bucket.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((bucket[mid] as Event).id < id) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The event with this id, if the ledger holds it. */
export const eventOf = (ledger: Ledger, id: EventId): Event | undefined => {
  const bucket = ledger.events[bucketOf(id)]
  if (bucket === undefined) return undefined
  const e = bucket[positionIn(bucket, id)]
  return e !== undefined && e.id === id ? e : undefined
}

/** True when the ledger holds an event with this id. */
export const holds = (ledger: Ledger, id: EventId): boolean => eventOf(ledger, id) !== undefined

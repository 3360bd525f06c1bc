/**
 * Marks and their order: the precedence of marks of the same date, the order of marks in a timeline, and what
 * makes two stances the same stance. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { Event } from '../model/event'
import type { EventId } from '../model/ids'
import type { Mark } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The precedence of a mark among marks of the same date: tablings first, then agreements, then responses (stances),
 * then alleged violations, then expiries.
 */
export const precedence = (m: Mark): 0 | 1 | 2 | 3 | 4 =>
  m === 'proposed' ? 0 : m === 'agreed' ? 1 : m === 'violated' ? 3 : m === 'expired' ? 4 : 2

/**
 * Every mark, numbered: the code of a mark is its index here (`proposed` 0, `agreed` 1, the stances 2 to 9 in
 * this order, `violated` 10, `expired` 11), for the indexes that keep marks in typed arrays.
 */
export const MARKS: ReadonlyArray<Mark> = [
  'proposed',
  'agreed',
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
  'violated',
  'expired',
]

/** The code of each mark (its index in `MARKS`). */
export const MARK_CODES: Readonly<Record<Mark, number>> = Object.freeze(
  Object.fromEntries(MARKS.map((m, i) => [m, i])) as Record<Mark, number>,
)

/** The precedence of each mark, by code. */
export const PRECEDENCE: Readonly<Uint8Array> = Uint8Array.from(MARKS, precedence)

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/** JSON with sorted keys: equal values give equal strings whatever the key order. */
export const stableJson = (u: unknown): string =>
  JSON.stringify(u, (_k, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  )

/** The signatures of conditional acceptances, by (frozen, normalised) event: a cache, since they are compared often. */
const conditionSignatures = new WeakMap<Event, string>()

/**
 * What makes two stance marks the same stance: the stance, plus the conditions of a conditional acceptance and the
 * counter-proposal of a counter.
 */
export const signature = (mark: Mark, event: Event | undefined): string => {
  if (mark === 'agreed') return 'accepted'
  if (event?.kind !== 'response') return mark
  if (mark === 'conditionally-accepted') {
    let s = conditionSignatures.get(event)
    if (s === undefined) conditionSignatures.set(event, (s = signatureOf(mark, event)))
    return s
  }
  return signatureOf(mark, event)
}

/** `signature`, for a response's stance mark, without the cache (for callers that ask once per event). */
export const signatureOf = (mark: Mark, event: Extract<Event, { readonly kind: 'response' }>): string =>
  mark === 'conditionally-accepted'
    ? `${mark} ${stableJson(event.conditions ?? [])}`
    : mark === 'countered'
      ? `${mark} ${event.counter ?? ''}`
      : mark

/** Orders two marks of one timeline: by date, then precedence, then event id (the proposal's own tabling first). */
export const compareMarks = (
  d1: IsoDate,
  m1: Mark,
  e1: EventId | null,
  d2: IsoDate,
  m2: Mark,
  e2: EventId | null,
): number => {
  if (d1 !== d2) return d1 < d2 ? -1 : 1
  const p = precedence(m1) - precedence(m2)
  if (p !== 0) return p
  if (e1 === e2) return 0
  if (e1 === null) return -1
  if (e2 === null) return 1
  return e1 < e2 ? -1 : 1
}

/**
 * Marks and their order: the precedence of marks of the same date, how a timeline's code packs a mark (see
 * `Timeline`), and what makes two stances the same stance. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { STANCES, type Event } from '../model/event'
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
export const MARKS: ReadonlyArray<Mark> = ['proposed', 'agreed', ...STANCES, 'violated', 'expired']

/** The code of each mark (its index in `MARKS`). */
export const MARK_CODES: Readonly<Record<Mark, number>> = Object.freeze(
  Object.fromEntries(MARKS.map((m, i) => [m, i])) as Record<Mark, number>,
)

/** The precedence of each mark, by code. */
export const PRECEDENCE: Readonly<Uint8Array> = Uint8Array.from(MARKS, precedence)

/** The bit of a timeline's code that says a status begins with its mark (see `Timeline`). */
export const BEGINS = 16

/** A timeline's code for a mark: `day × 32 + begins × 16 + mark` (see `Timeline`). */
export const codeOf = (day: number, mark: number, begins: boolean): number =>
  day * 32 + (begins ? BEGINS : 0) + mark

/** The day number in a timeline's code (days since 1970-01-01). */
export const dayIn = (code: number): number => code >> 5

/** The mark in a timeline's code (its index in `MARKS`). */
export const markIn = (code: number): number => code & 15

/** True when the code says a status begins with its mark. */
export const begins = (code: number): boolean => (code & BEGINS) !== 0

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

/** The signature of a conditional acceptance on these conditions (none: no conditions). */
export const conditionalSignature = (conditions: unknown): string =>
  `conditionally-accepted ${stableJson(conditions ?? [])}`

/** The signature of a counter by this proposal (none: no counter-proposal named). */
export const counterSignature = (counter: string | undefined): string => `countered ${counter ?? ''}`

/** `signature`, for a response's stance mark, without the cache (for callers that ask once per event). */
export const signatureOf = (mark: Mark, event: Extract<Event, { readonly kind: 'response' }>): string =>
  mark === 'conditionally-accepted'
    ? conditionalSignature(event.conditions)
    : mark === 'countered'
      ? counterSignature(event.counter)
      : mark

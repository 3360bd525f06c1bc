/**
 * The ledger's rules, in one place: how the marks of one (party, proposal, term) resolve, day by day, into a
 * sequence of statuses. A timeline's `starts` column records, for every mark, where the status in effect after its
 * day began; this module computes it (from any day onward, so an insertion recomputes only what follows it), sorts
 * marks into application order, and merges new marks into a timeline. A bulk build applies the same rules to marks
 * held as numbers (layout.ts); the property tests hold the two to the same ledger. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { Stance } from '../model/event'
import type { EventId } from '../model/ids'
import { compareMarks, precedence } from './marks'
import type { Mark, StatusKind, Timeline } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A timeline under construction (mutable columns). */
export interface Columns {
  dates: IsoDate[]
  events: (EventId | null)[]
  marks: Mark[]
  starts: number[]
}

/** The signature of mark `i` (see `signature` in marks.ts). */
export type SignatureOf = (i: number) => string

const COMMITMENTS: ReadonlySet<StatusKind> = new Set(['accepted', 'conditionally-accepted', 'proposed'])
const NOT_STANCES: ReadonlySet<StatusKind> = new Set([
  'unknown',
  'proposed',
  'violated',
  'expired',
  'disputed',
])

/** True for the statuses that an alleged violation breaks: acceptances and a party's own proposal. */
export const isCommitment = (k: StatusKind): boolean => COMMITMENTS.has(k)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/** The index of the first date greater than `d` (so `upperBound - 1` is the last mark on or before `d`). */
export const upperBound = (dates: ReadonlyArray<IsoDate>, d: string): number => {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((dates[mid] as string) <= d) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index just past the step (same date, same precedence) that begins at `i`. */
export const stepEnd = (t: Timeline | Columns, i: number): number => {
  const d = t.dates[i]
  const p = precedence(t.marks[i] as Mark)
  let e = i + 1
  while (e < t.dates.length && t.dates[e] === d && precedence(t.marks[e] as Mark) === p) e++
  return e
}

/** The kind of the status that begins at mark `start` (its step's marks decide it). */
export const kindAt = (t: Timeline | Columns, start: number, sig: SignatureOf): StatusKind => {
  const m = t.marks[start] as Mark
  switch (precedence(m)) {
    case 0:
      return 'proposed'
    case 1:
      return 'accepted'
    case 3:
      return 'violated'
    case 4:
      return 'expired'
    default: {
      const s = sig(start)
      const e = stepEnd(t, start)
      for (let k = start + 1; k < e; k++) if (sig(k) !== s) return 'disputed'
      return m as Stance
    }
  }
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Recomputes `starts` from mark `from` (the first mark of its date) to the end. The rules, applied to each day's
 * marks in precedence order:
 *
 * 1. tablings: the party's status becomes `proposed` (continuing it if it already was);
 * 2. agreements: the status becomes `accepted` (continuing an acceptance);
 * 3. responses: one stance (one signature) becomes the status, continuing the current one when it is the same
 *    stance; two different stances on the same day make the status `disputed`;
 * 4. alleged violations: an acceptance or a proposal becomes `violated`; a violated status continues; any other
 *    status is left as it is (nothing was committed to);
 * 5. expiries: every known status becomes `expired` (continuing it if already expired); an unknown one stays.
 */
export const resolve = (c: Columns, from: number, sig: SignatureOf): void => {
  const n = c.dates.length
  let start = from > 0 ? (c.starts[from - 1] as number) : -1
  let kind: StatusKind = start < 0 ? 'unknown' : kindAt(c, start, sig)
  let runSig = start < 0 || NOT_STANCES.has(kind) ? kind : sig(start)
  let j = from
  // a new status begins at mark j
  const begin = (k: StatusKind, signature: string): void => {
    start = j
    kind = k
    runSig = signature
  }
  while (j < n) {
    const e = stepEnd(c, j)
    switch (precedence(c.marks[j] as Mark)) {
      case 0:
        if (kind !== 'proposed') begin('proposed', 'proposed')
        break
      case 1:
        if (NOT_STANCES.has(kind) || runSig !== 'accepted') begin('accepted', 'accepted')
        break
      case 2: {
        const s = sig(j)
        let same = true
        for (let k = j + 1; k < e && same; k++) same = sig(k) === s
        if (!same) begin('disputed', '')
        else if (NOT_STANCES.has(kind) || runSig !== s) begin(c.marks[j] as StatusKind, s)
        break
      }
      case 3:
        if (isCommitment(kind)) begin('violated', 'violated')
        break
      case 4:
        if (kind !== 'unknown' && kind !== 'expired') begin('expired', 'expired')
        break
    }
    for (let k = j; k < e; k++) c.starts[k] = start
    j = e
  }
}

/** The day number of an ISO date (days since 1970-01-01). */
export const dayNumber = (d: string): number => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000)

/**
 * Sorts the marks of `c` into application order, in place (a no-op when they already are). `day` gives the day
 * number of a date (a cache helps when many marks share dates).
 */
export const sortColumns = (c: Columns, day: (d: IsoDate) => number = dayNumber): void => {
  const n = c.dates.length
  let sorted = true
  for (let i = 1; i < n && sorted; i++)
    sorted =
      compareMarks(
        c.dates[i - 1] as IsoDate,
        c.marks[i - 1] as Mark,
        c.events[i - 1] as EventId | null,
        c.dates[i] as IsoDate,
        c.marks[i] as Mark,
        c.events[i] as EventId | null,
      ) <= 0
  if (sorted) return
  const keys = new Float64Array(n)
  const order = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    keys[i] = day(c.dates[i] as IsoDate) * 8 + precedence(c.marks[i] as Mark)
    order[i] = i
  }
  order.sort((a, b) => {
    const k = (keys[a] as number) - (keys[b] as number)
    if (k !== 0) return k
    const x = c.events[a] as EventId | null
    const y = c.events[b] as EventId | null
    return x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1
  })
  c.dates = order.map((i) => c.dates[i] as IsoDate)
  c.marks = order.map((i) => c.marks[i] as Mark)
  c.events = order.map((i) => c.events[i] as EventId | null)
}

/**
 * A timeline with marks `added` merged in, in order, and `starts` recomputed from the first day they touch; with
 * `from`, the first index whose `starts` may differ from the base.
 */
export const insert = (
  base: Timeline | undefined,
  added: Columns,
  sigOf: (c: Columns) => SignatureOf,
): { readonly columns: Columns; readonly from: number } => {
  sortColumns(added)
  const c: Columns = base
    ? { dates: [...base.dates], events: [...base.events], marks: [...base.marks], starts: [...base.starts] }
    : { dates: [], events: [], marks: [], starts: [] }
  const first = added.dates[0] as IsoDate
  let from = c.dates.length
  for (let k = 0; k < added.dates.length; k++) {
    const d = added.dates[k] as IsoDate
    const m = added.marks[k] as Mark
    const ev = added.events[k] as EventId | null
    let at = c.dates.length
    while (
      at > 0 &&
      compareMarks(
        c.dates[at - 1] as IsoDate,
        c.marks[at - 1] as Mark,
        c.events[at - 1] as EventId | null,
        d,
        m,
        ev,
      ) > 0
    )
      at--
    c.dates.splice(at, 0, d)
    c.marks.splice(at, 0, m)
    c.events.splice(at, 0, ev)
    c.starts.splice(at, 0, -1)
    from = Math.min(from, at)
  }
  while (from > 0 && c.dates[from - 1] === first) from--
  resolve(c, from, sigOf(c))
  return { columns: c, from }
}

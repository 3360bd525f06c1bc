/**
 * Laying out one timeline in a bulk build: its marks, given as numbers (date and mark packed as `date × 16 +
 * mark`, event numbers), put in application order, resolved by the rules of `resolve` (resolve.ts) on numbers
 * rather than strings, and written once into exactly sized, frozen columns. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { EventId } from '../model/ids'
import { MARK_CODES, MARKS, PRECEDENCE } from './marks'
import type { Mark, Timeline } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The kinds of status while resolving, as numbers: the stances are their mark codes (2 to 9). */
const UNKNOWN = -1
const PROPOSED = MARK_CODES.proposed
const ACCEPTED = MARK_CODES.accepted
const CONDITIONALLY_ACCEPTED = MARK_CODES['conditionally-accepted']
const COUNTERED = MARK_CODES.countered
const VIOLATED = MARK_CODES.violated
const EXPIRED = MARK_CODES.expired
const AGREED = MARK_CODES.agreed
const DISPUTED = MARKS.length

const isStance = (kind: number): boolean => kind >= ACCEPTED && kind <= MARK_CODES.opposed

/** Marks up to this many are put in order by insertion; a longer timeline out of order is sorted by merging. */
const SHORT = 64

/** What laying out needs to know of the build. */
export interface Layout {
  /** The dates, numbered as in the marks. */
  readonly dates: ReadonlyArray<IsoDate>
  /** The ids of the events, by number. */
  readonly ids: ReadonlyArray<EventId>
  /**
   * The signature of the stance of a conditional acceptance or a counter (by event number and mark): a number
   * above every mark's code, the same number for the same signature (see `signature` in marks.ts).
   */
  readonly signature: (event: number, mark: number) => number
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A function that lays out one timeline from its marks, `codes[from .. from + n)` and `events[from .. from + n)`
 * (an event number below 0 is the proposal's own tabling).
 */
export const layout = (
  build: Layout,
): ((codes: Int32Array, events: Int32Array, from: number, n: number) => Timeline) => {
  const { dates, ids, signature } = build
  // the dates in order: each one's rank
  const byRank = Array.from({ length: dates.length }, (_, d) => d).sort((x, y) =>
    (dates[x] as string) < (dates[y] as string) ? -1 : 1,
  )
  const rank = new Int32Array(dates.length)
  byRank.forEach((d, r) => (rank[d] = r))
  // the timeline being laid out, in application order: its steps (date rank × 5 + precedence), events, marks
  let steps = new Int32Array(SHORT)
  let seqs = new Int32Array(SHORT)
  let marks = new Uint8Array(SHORT)
  const idOf = (seq: number): string => (seq < 0 ? '' : (ids[seq] as string))
  /** Sorts a long timeline: by step, then event id, stably. */
  const sortLong = (n: number): void => {
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => {
      const d = (steps[a] as number) - (steps[b] as number)
      if (d !== 0) return d
      const x = idOf(seqs[a] as number)
      const y = idOf(seqs[b] as number)
      return x < y ? -1 : x > y ? 1 : 0
    })
    const [s, e, m] = [steps.slice(0, n), seqs.slice(0, n), marks.slice(0, n)]
    order.forEach((o, k) => {
      steps[k] = s[o] as number
      seqs[k] = e[o] as number
      marks[k] = m[o] as number
    })
  }
  const signatureAt = (k: number): number => {
    const m = marks[k] as number
    return m === AGREED
      ? ACCEPTED
      : m === CONDITIONALLY_ACCEPTED || m === COUNTERED
        ? signature(seqs[k] as number, m)
        : m
  }
  return (codes, events, from, n) => {
    if (n > steps.length) {
      steps = new Int32Array(2 * n)
      seqs = new Int32Array(2 * n)
      marks = new Uint8Array(2 * n)
    }
    // in application order: by step, then event id (by insertion: the marks of a timeline are few, and often
    // in order already)
    let long = false
    for (let k = 0; k < n; k++) {
      const x = codes[from + k] as number
      const m = x & 15
      const s = (rank[x >> 4] as number) * 5 + (PRECEDENCE[m] as number)
      const e = events[from + k] as number
      let at = k
      if (long || (k >= SHORT && s < (steps[k - 1] as number))) long = true
      else
        for (; at > 0; at--) {
          const t = steps[at - 1] as number
          if (t < s || (t === s && idOf(seqs[at - 1] as number) <= idOf(e))) break
          steps[at] = t
          seqs[at] = seqs[at - 1] as number
          marks[at] = marks[at - 1] as number
        }
      steps[at] = s
      seqs[at] = e
      marks[at] = m
    }
    if (long) sortLong(n)
    // exactly sized (an array grown by push keeps spare room)
    const dateColumn = new Array<IsoDate>(n)
    const eventColumn = new Array<EventId | null>(n)
    const markColumn = new Array<Mark>(n)
    const startColumn = new Array<number>(n)
    // the rules of `resolve` (resolve.ts): each step (one date, one precedence) at once
    let begun = -1
    let kind = UNKNOWN
    let sig = -1
    for (let j = 0; j < n;) {
      const s = steps[j] as number
      let end = j + 1
      while (end < n && steps[end] === s) end++
      const m = marks[j] as number
      switch (PRECEDENCE[m]) {
        case 0:
          // tablings: proposed (continuing a proposal)
          if (kind !== PROPOSED) {
            begun = j
            kind = PROPOSED
          }
          break
        case 1:
          // agreements: accepted (continuing an acceptance)
          if (!isStance(kind) || sig !== ACCEPTED) {
            begun = j
            kind = ACCEPTED
            sig = ACCEPTED
          }
          break
        case 2: {
          // responses: one stance (continuing the same stance), or disputed
          const first = signatureAt(j)
          let same = true
          for (let k = j + 1; k < end && same; k++) same = signatureAt(k) === first
          if (!same) {
            begun = j
            kind = DISPUTED
            sig = -1
          } else if (!isStance(kind) || sig !== first) {
            begun = j
            kind = m
            sig = first
          }
          break
        }
        case 3:
          // alleged violations: break an acceptance or a proposal
          if (kind === ACCEPTED || kind === CONDITIONALLY_ACCEPTED || kind === PROPOSED) {
            begun = j
            kind = VIOLATED
          }
          break
        default:
          // expiries: end any known status
          if (kind !== UNKNOWN && kind !== EXPIRED) {
            begun = j
            kind = EXPIRED
          }
      }
      const date = dates[byRank[(s / 5) | 0] as number] as IsoDate
      for (let k = j; k < end; k++) {
        const seq = seqs[k] as number
        dateColumn[k] = date
        eventColumn[k] = seq < 0 ? null : (ids[seq] as EventId)
        markColumn[k] = MARKS[marks[k] as number] as Mark
        startColumn[k] = begun
      }
      j = end
    }
    return Object.freeze({
      dates: Object.freeze(dateColumn),
      events: Object.freeze(eventColumn),
      marks: Object.freeze(markColumn),
      starts: Object.freeze(startColumn),
    })
  }
}

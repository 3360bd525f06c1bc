/**
 * Laying out one timeline in a bulk build: its marks, given as numbers (step and mark packed as
 * `(day × 8 + precedence) × 16 + mark`, as the buffer keeps them; their events' numbers) and ids, put in
 * application order (the buffer gives them by step, so this mostly checks), resolved by the rules of `resolve`
 * (resolve.ts) on numbers rather than strings, and written once into two exactly sized, frozen columns (see
 * `Timeline`). Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { EventId } from '../model/ids'
import { BEGINS, MARK_CODES, MARKS, PRECEDENCE } from './marks'
import type { Timeline } from './model'

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
const OPPOSED = MARK_CODES.opposed
const DISPUTED = MARKS.length
/** The bit of the codes (bound here once, as the constants above: see intake.ts). */
const BEGINS_BIT = BEGINS

const isStance = (kind: number): boolean => kind >= ACCEPTED && kind <= OPPOSED

/** Marks up to this many are put in order by insertion; a longer timeline out of order is sorted by merging. */
const SHORT = 64

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A function that lays out one timeline from its marks, `codes[from .. from + n)`, `signatures[from .. from + n)`
 * (the numbers of the stances' signatures of conditional acceptances and counters, above every mark's code and the
 * same for the same signature, as `signature` in marks.ts; 0 for other marks) and `ids[from .. from + n)` (their
 * events' ids, `null` for a proposal's own tabling).
 */
export const layout = (): ((
  codes: Int32Array,
  signatures: Int32Array,
  ids: ReadonlyArray<string | null>,
  from: number,
  n: number,
) => Timeline) => {
  const precedence = PRECEDENCE
  // the timeline being laid out, in application order: its keys (step × 16 + mark, where the step is
  // day × 8 + precedence, as the buffer gives them) and where each of its marks is in the input
  let keys = new Int32Array(SHORT)
  let order = new Int32Array(SHORT)
  // the marks given for the timeline being laid out
  let signatures: Int32Array = new Int32Array(0)
  let ids: ReadonlyArray<string | null> = []
  let from = 0
  const idOf = (k: number): string => ids[from + k] ?? ''
  const signatureAt = (k: number): number => {
    const m = (keys[k] as number) & 15
    return m === AGREED
      ? ACCEPTED
      : m === CONDITIONALLY_ACCEPTED || m === COUNTERED
        ? (signatures[from + (order[k] as number)] as number)
        : m
  }
  return (codes, marksSignatures, marksIds, start, n) => {
    signatures = marksSignatures
    ids = marksIds
    from = start
    if (n > keys.length) {
      keys = new Int32Array(2 * n)
      order = new Int32Array(2 * n)
    }
    // in application order: by step, then event id (by insertion: the marks of a timeline are few, and come by
    // step unless the dates of a stream span more than twenty years)
    let long = false
    for (let k = 0; k < n; k++) {
      const key = codes[from + k] as number
      const step = key >> 4
      let at = k
      if (long || (k >= SHORT && step < (keys[k - 1] as number) >> 4)) long = true
      else
        for (; at > 0; at--) {
          const t = (keys[at - 1] as number) >> 4
          if (t < step || (t === step && idOf(order[at - 1] as number) <= idOf(k))) break
          keys[at] = keys[at - 1] as number
          order[at] = order[at - 1] as number
        }
      keys[at] = key
      order[at] = k
    }
    if (long) {
      // by step, then event id, stably
      const sorted = Array.from({ length: n }, (_, k) => k).sort((a, b) => {
        const d = ((codes[from + a] as number) >> 4) - ((codes[from + b] as number) >> 4)
        if (d !== 0) return d
        const x = idOf(a)
        const y = idOf(b)
        return x < y ? -1 : x > y ? 1 : 0
      })
      sorted.forEach((o, k) => {
        keys[k] = codes[from + o] as number
        order[k] = o
      })
    }
    // exactly sized (an array grown by push keeps spare room)
    const codeColumn = new Array<number>(n)
    const eventColumn = new Array<EventId | null>(n)
    // the rules of `resolve` (resolve.ts): each step (one date, one precedence) at once
    let kind = UNKNOWN
    let sig = -1
    for (let j = 0; j < n;) {
      const key = keys[j] as number
      const step = key >> 4
      let end = j + 1
      while (end < n && (keys[end] as number) >> 4 === step) end++
      const m = key & 15
      let begins = true
      switch (precedence[m]) {
        case 0:
          // tablings: proposed (continuing a proposal)
          if (kind !== PROPOSED) kind = PROPOSED
          else begins = false
          break
        case 1:
          // agreements: accepted (continuing an acceptance)
          if (!isStance(kind) || sig !== ACCEPTED) {
            kind = ACCEPTED
            sig = ACCEPTED
          } else begins = false
          break
        case 2: {
          // responses: one stance (continuing the same stance), or disputed
          const first = signatureAt(j)
          let same = true
          for (let k = j + 1; k < end && same; k++) same = signatureAt(k) === first
          if (!same) {
            kind = DISPUTED
            sig = -1
          } else if (!isStance(kind) || sig !== first) {
            kind = m
            sig = first
          } else begins = false
          break
        }
        case 3:
          // alleged violations: break an acceptance or a proposal
          if (kind === ACCEPTED || kind === CONDITIONALLY_ACCEPTED || kind === PROPOSED) kind = VIOLATED
          else begins = false
          break
        default:
          // expiries: end any known status
          if (kind !== UNKNOWN && kind !== EXPIRED) kind = EXPIRED
          else begins = false
      }
      // day × 32 + begins × 16 + mark: the key's day, the mark, and the bit on the step's first mark
      const day32 = (step >> 3) * 32
      for (let k = j; k < end; k++) {
        codeColumn[k] = day32 + ((keys[k] as number) & 15)
        eventColumn[k] = ids[from + (order[k] as number)] as EventId | null
      }
      if (begins) codeColumn[j] = (codeColumn[j] as number) + BEGINS_BIT
      j = end
    }
    return Object.freeze({ codes: Object.freeze(codeColumn), events: Object.freeze(eventColumn) })
  }
}

/**
 * The ledger's rules, in one place: how the marks of one (party, proposal, term) resolve, day by day, into a
 * sequence of statuses. A timeline's codes say, for every mark, whether the status in effect after its day begins
 * with it (the `begins` bit: see `Timeline`); this module computes that bit (from any day onward, so an insertion
 * recomputes only what follows it), finds where a status began, sorts marks into application order, and merges new
 * marks into a timeline. A bulk build applies the same rules to marks held in typed arrays (layout.ts); the
 * property tests hold the two to the same ledger. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { Stance } from '../model/event'
import type { EventId } from '../model/ids'
import { boundOf, NO_DAY } from './days'
import { BEGINS, dayIn, markIn, MARKS, PRECEDENCE } from './marks'
import type { StatusKind, Timeline } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A timeline under construction (mutable columns, the same codes as a `Timeline`). */
export interface Columns {
  codes: number[]
  events: (EventId | null)[]
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

/** The precedence of the mark of a code (see `precedence` in marks.ts). */
const precedenceIn = (code: number): number => PRECEDENCE[markIn(code)] as number

/** The step of a code: its day and its mark's precedence, as one number that sorts as marks apply. */
const stepOf = (code: number): number => dayIn(code) * 8 + precedenceIn(code)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The index of the first mark dated after `d` (so `upperBound - 1` is the last mark on or before `d`); `d` is an
 * ISO date, or any text, which then stands where it sorts among dates.
 */
export const upperBound = (t: Timeline | Columns, d: string): number => {
  const day = boundOf(d)
  const codes = t.codes
  if (day === NO_DAY) return 0
  // the first code of a later day is at least (day + 1) × 32
  const limit = (day + 1) * 32
  let lo = 0
  let hi = codes.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((codes[mid] as number) < limit) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Where the status in effect after mark `i` began: the last mark up to `i` that begins one (-1: none yet). */
export const startOf = (t: Timeline | Columns, i: number): number => {
  const codes = t.codes
  let s = i
  while (s >= 0 && ((codes[s] as number) & BEGINS) === 0) s--
  return s
}

/** The index just past the step (same date, same precedence) that begins at `i`. */
export const stepEnd = (t: Timeline | Columns, i: number): number => {
  const codes = t.codes
  const step = stepOf(codes[i] as number)
  let e = i + 1
  while (e < codes.length && stepOf(codes[e] as number) === step) e++
  return e
}

/** The kind of the status that begins at mark `start` (its step's marks decide it). */
export const kindAt = (t: Timeline | Columns, start: number, sig: SignatureOf): StatusKind => {
  const m = markIn(t.codes[start] as number)
  switch (PRECEDENCE[m]) {
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
      return MARKS[m] as Stance
    }
  }
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Recomputes the `begins` bits from mark `from` (the first mark of its date) to the end. The rules, applied to each
 * day's marks in precedence order:
 *
 * 1. tablings: the party's status becomes `proposed` (continuing it if it already was);
 * 2. agreements: the status becomes `accepted` (continuing an acceptance);
 * 3. responses: one stance (one signature) becomes the status, continuing the current one when it is the same
 *    stance; two different stances on the same day make the status `disputed`;
 * 4. alleged violations: an acceptance or a proposal becomes `violated`; a violated status continues; any other
 *    status is left as it is (nothing was committed to);
 * 5. expiries: every known status becomes `expired` (continuing it if already expired); an unknown one stays.
 *
 * A status that begins sets the bit on the first mark of its step; every other mark has it clear.
 */
export const resolve = (c: Columns, from: number, sig: SignatureOf): void => {
  const codes = c.codes
  const n = codes.length
  const start = from > 0 ? startOf(c, from - 1) : -1
  let kind: StatusKind = start < 0 ? 'unknown' : kindAt(c, start, sig)
  let runSig = start < 0 || NOT_STANCES.has(kind) ? kind : sig(start)
  let j = from
  while (j < n) {
    const e = stepEnd(c, j)
    const m = markIn(codes[j] as number)
    let begun = false
    // a new status begins at mark j
    const begin = (k: StatusKind, signature: string): void => {
      begun = true
      kind = k
      runSig = signature
    }
    switch (PRECEDENCE[m]) {
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
        else if (NOT_STANCES.has(kind) || runSig !== s) begin(MARKS[m] as StatusKind, s)
        break
      }
      case 3:
        if (isCommitment(kind)) begin('violated', 'violated')
        break
      default:
        if (kind !== 'unknown' && kind !== 'expired') begin('expired', 'expired')
    }
    for (let k = j; k < e; k++) codes[k] = ((codes[k] as number) & ~BEGINS) | (begun && k === j ? BEGINS : 0)
    j = e
  }
}

/** Orders two marks of a timeline under construction: by step, then event id (the proposal's own tabling first). */
const compareAt = (a: Columns, i: number, b: Columns, j: number): number => {
  const d = stepOf(a.codes[i] as number) - stepOf(b.codes[j] as number)
  if (d !== 0) return d
  const x = a.events[i] as EventId | null
  const y = b.events[j] as EventId | null
  return x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1
}

/** Sorts the marks of `c` into application order, in place (a no-op when they already are). */
export const sortColumns = (c: Columns): void => {
  const n = c.codes.length
  let sorted = true
  for (let i = 1; i < n && sorted; i++) sorted = compareAt(c, i - 1, c, i) <= 0
  if (sorted) return
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareAt(c, a, c, b))
  c.codes = order.map((i) => c.codes[i] as number)
  c.events = order.map((i) => c.events[i] as EventId | null)
}

/**
 * A timeline with marks `added` (codes without the `begins` bit) merged in, in order, and the `begins` bits
 * recomputed from the first day they touch; with `from`, the first index whose code may differ from the base.
 */
export const insert = (
  base: Timeline | undefined,
  added: Columns,
  sigOf: (c: Columns) => SignatureOf,
): { readonly columns: Columns; readonly from: number } => {
  sortColumns(added)
  const c: Columns = base ? { codes: [...base.codes], events: [...base.events] } : { codes: [], events: [] }
  const first = dayIn(added.codes[0] as number)
  let from = c.codes.length
  for (let k = 0; k < added.codes.length; k++) {
    let at = c.codes.length
    while (at > 0 && compareAt(c, at - 1, added, k) > 0) at--
    c.codes.splice(at, 0, added.codes[k] as number)
    c.events.splice(at, 0, added.events[k] as EventId | null)
    from = Math.min(from, at)
  }
  while (from > 0 && dayIn(c.codes[from - 1] as number) === first) from--
  resolve(c, from, sigOf(c))
  return { columns: c, from }
}

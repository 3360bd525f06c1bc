/**
 * Calendar days as numbers, as the ledger's index keeps them: an ISO date (`YYYY-MM-DD`) read into its day number
 * (days since 1970-01-01, as `Date.UTC` counts them; negative before 1970) by its characters, without a regular
 * expression or a `Date`, and a day number written back as an ISO date. Day numbers sort as the dates do. Internal
 * to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** Not a day: what `dayOf` gives for text that is not a real calendar date (below every day number). */
export const NO_DAY = -(2 ** 30)

/** The day number of 0000-03-01, the start of the 400-year cycles the conversions count in. */
const CYCLE_START = -719_468
/** Days in a 400-year cycle of the Gregorian calendar. */
const CYCLE = 146_097

/** The value of the digit at `i` of `s`, or -1 when it is not one. */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)

/** The number of days of month `m` (1 to 12) of year `y`, in the proleptic Gregorian calendar. */
export const monthLength = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** The day number of year `y`, month `m` (1 to 12), day `d`, for a date known to be real. */
export const dayFrom = (y: number, m: number, d: number): number => {
  // years counted from March, so that the leap day ends a year
  const yy = m <= 2 ? y - 1 : y
  const cycle = Math.floor(yy / 400)
  const yearOfCycle = yy - cycle * 400
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const dayOfCycle =
    yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear
  return cycle * CYCLE + dayOfCycle + CYCLE_START
}

/**
 * The day number of a real calendar date written `YYYY-MM-DD`, or `NO_DAY` for anything else: the dates
 * `isIsoDateString` accepts, and no others.
 */
export const dayOf = (s: string): number => {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NO_DAY
  const y0 = digit(s, 0)
  const y1 = digit(s, 1)
  const y2 = digit(s, 2)
  const y3 = digit(s, 3)
  const m0 = digit(s, 5)
  const m1 = digit(s, 6)
  const d0 = digit(s, 8)
  const d1 = digit(s, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NO_DAY
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const m = m0 * 10 + m1
  const d = d0 * 10 + d1
  if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return NO_DAY
  return dayFrom(y, m, d)
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

const two = (n: number): string => (n < 10 ? `0${String(n)}` : String(n))

/** The ISO date of a day number (of a year from 0 to 9999: the years an ISO date can name). */
export const dateOf = (day: number): IsoDate => {
  const z = day - CYCLE_START
  const cycle = Math.floor(z / CYCLE)
  const dayOfCycle = z - cycle * CYCLE
  const yearOfCycle = Math.floor(
    (dayOfCycle -
      Math.floor(dayOfCycle / 1460) +
      Math.floor(dayOfCycle / 36_524) -
      Math.floor(dayOfCycle / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yearOfCycle + cycle * 400 + (m <= 2 ? 1 : 0)
  const year = String(y)
  return `${'0000'.slice(year.length)}${year}-${two(m)}-${two(d)}` as IsoDate
}

/**
 * Where text stands among day numbers, for bounds of queries: the day number of a real date, or, for other text,
 * the day number of the latest date that sorts (as a string) at or before it, so that `day <= boundOf(s)` holds
 * exactly when `dateOf(day) <= s`. Text that sorts before every date gives `NO_DAY`.
 */
export const boundOf = (s: string): number => {
  const exact = dayOf(s)
  if (exact !== NO_DAY) return exact
  // the latest date not after `s`, by binary search over the days (only for text that is not a date)
  let lo = dayFrom(0, 1, 1) - 1
  let hi = dayFrom(9999, 12, 31)
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2)
    if (dateOf(mid) <= s) lo = mid
    else hi = mid - 1
  }
  return lo < dayFrom(0, 1, 1) ? NO_DAY : lo
}

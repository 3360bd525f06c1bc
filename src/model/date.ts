/**
 * Calendar dates. Every fact in a negotiation is dated to the day, written `YYYY-MM-DD`; dates of that form sort
 * correctly as strings.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { isIsoDateString } from '../internal/codec'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The mark that tells a checked calendar date apart from any other text, so that only a date that passed the
 * `IsoDate` check can be given where an `IsoDate` is expected. It exists only for the type checker: at run time a
 * date is an ordinary `YYYY-MM-DD` string.
 *
 * @category dates
 * @since 0.1.0
 */
export interface IsoDateBrand {
  readonly IsoDate: unique symbol
}

/**
 * A real calendar date written `YYYY-MM-DD` (`2025-03-11`; `2025-02-30` is rejected).
 *
 * @category dates
 * @since 0.1.0
 * @example
 * import { Dates } from 'negotiation-positions'
 * assert.strictEqual(Dates.IsoDate.is('2025-03-11'), true)
 * assert.strictEqual(Dates.IsoDate.is('2025-02-30'), false)
 */
export const IsoDate = t.brand(
  t.string,
  (s): s is t.Branded<string, IsoDateBrand> => isIsoDateString(s),
  'IsoDate',
)
/**
 * @category dates
 * @since 0.1.0
 */
export type IsoDate = t.TypeOf<typeof IsoDate>

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Compares two dates: negative when `a` is earlier, zero when equal, positive when later.
 *
 * @category dates
 * @since 0.1.0
 * @example
 * import { Dates } from 'negotiation-positions'
 * const d = (s: string) => s as Dates.IsoDate
 * assert.ok(Dates.compare(d('2025-03-11'), d('2025-03-18')) < 0)
 */
export const compare = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The number of days from `a` to `b` (negative when `b` is earlier).
 *
 * @category dates
 * @since 0.1.0
 * @example
 * import { Dates } from 'negotiation-positions'
 * const d = (s: string) => s as Dates.IsoDate
 * assert.strictEqual(Dates.daysBetween(d('2025-03-11'), d('2025-04-10')), 30)
 */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

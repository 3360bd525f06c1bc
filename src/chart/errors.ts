/**
 * What can go wrong when a chart is asked for: an unknown party, issue or proposal in the options, a date that is
 * not a date, or input that is not what the chart draws. Internal helpers; the type is public.
 *
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import { IsoDate as IsoDateCodec } from '../model/date'
import { hasOwn } from '../internal/record'
import { negotiationShape } from '../model/shape'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A problem with a chart's input or options: what is wrong and what to do, in one sentence. `bad-input` is also a
 * negotiation built in code that the charts cannot read: a collection left out (`positions`, `events`, `proposals`,
 * `sources`), a `null` entry, a party without a name or role, an issue without a label or with a domain of an unknown
 * kind, a condition without its fields; the loader refuses these, `Chart.positions` and `Chart.linkage` refuse them
 * at their entry.
 *
 * @category model
 * @since 0.1.0
 */
export interface ChartError {
  readonly _tag: 'unknown-party' | 'unknown-issue' | 'unknown-proposal' | 'bad-date' | 'bad-input'
  readonly message: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** @internal */
export const chartError = (tag: ChartError['_tag'], message: string): ChartError => ({ _tag: tag, message })

/**
 * Checks ids against the known ones, one error per unknown id naming the known ones.
 *
 * @internal
 */
export const unknownIds = (
  tag: 'unknown-party' | 'unknown-issue' | 'unknown-proposal',
  what: string,
  ids: readonly string[] | undefined,
  known: object,
): ChartError[] => {
  const names = Object.keys(known)
  const list = names.length <= 12 ? names.join(', ') : `${names.slice(0, 12).join(', ')}, …`
  return (ids ?? [])
    .filter((id) => !hasOwn(known, id))
    .map((id) =>
      chartError(
        tag,
        `there is no ${what} \`${id}\`; ${what === 'party' ? 'parties' : `${what}s`} are: ${list}`,
      ),
    )
}

/**
 * The problems of a negotiation built in code that the charts cannot read (see `negotiationShape`), one `bad-input`
 * error each.
 *
 * @internal
 */
export const badNegotiation = (negotiation: unknown): ChartError[] =>
  negotiationShape(negotiation).map((p) => chartError('bad-input', p.message))

/**
 * Checks an optional date option.
 *
 * @internal
 */
export const badDate = (name: string, d: string | undefined): ChartError[] =>
  d === undefined || IsoDateCodec.is(d)
    ? []
    : [chartError('bad-date', `\`${name}\` must be a date written YYYY-MM-DD, not ${JSON.stringify(d)}`)]

/**
 * The latest dated fact of a negotiation (positions, proposals, events), or its own `asOf` when it has one.
 *
 * @internal
 */
export const lastDateOf = (negotiation: {
  readonly asOf?: IsoDate
  readonly positions: readonly { readonly asOf: IsoDate }[]
  readonly proposals: Readonly<Record<string, { readonly date: IsoDate }>>
  readonly events: readonly { readonly date: IsoDate }[]
}): IsoDate | undefined => {
  if (negotiation.asOf !== undefined) return negotiation.asOf
  let last: IsoDate | undefined
  const see = (d: IsoDate): void => {
    if (last === undefined || d > last) last = d
  }
  for (const p of negotiation.positions) see(p.asOf)
  for (const k of Object.keys(negotiation.proposals))
    see((negotiation.proposals[k] as { date: IsoDate }).date)
  for (const e of negotiation.events) see(e.date)
  return last
}

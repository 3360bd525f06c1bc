/**
 * The acceptance matrix over time — parties × terms × time — from the acceptance ledger: one lane per party and
 * proposal, one thin row per term, coloured by the party's status on the term from the date it began to the next.
 * The Vega-Lite spec is the ledger's own (`Ledger.vegaLite`), the Mermaid text its timeline of agreements and
 * breaches (`Ledger.mermaid`).
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { IssueId, PartyId, ProposalId } from '../model/ids'
import { isLedger, mermaid, STATUS_COLORS, vegaLite, type Ledger } from '../ledger'
import { badDate, chartError, type ChartError, unknownIds } from './errors'
import type { AcceptanceChart, AcceptanceLane, StatusSpan } from './model'
import { partyKeys } from './palette'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to draw: only some parties or proposals (default: all), a date window from `from` up to the day before `to`
 * (default: from the first status to the last recorded date, `to` being the day after it) and a title.
 *
 * @category model
 * @since 0.1.0
 */
export interface AcceptanceOptions {
  readonly parties?: readonly (PartyId | string)[]
  readonly proposals?: readonly (ProposalId | string)[]
  readonly from?: IsoDate | string
  readonly to?: IsoDate | string
  readonly title?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

interface Row {
  readonly party: string
  readonly proposal: string
  readonly term: string
  readonly status: string
  readonly start: string
  readonly end: string
  readonly events: string
  readonly sources: string
}

const build = (
  ledger: Ledger,
  options: AcceptanceOptions,
): E.Either<readonly ChartError[], AcceptanceChart> => {
  const errors = [
    ...unknownIds('unknown-party', 'party', options.parties, ledger.parties),
    ...unknownIds('unknown-proposal', 'proposal', options.proposals, ledger.proposals),
    ...badDate('from', options.from),
    ...badDate('to', options.to),
  ]
  if (options.from !== undefined && options.to !== undefined && options.from >= options.to)
    errors.push(chartError('bad-date', `\`from\` (${options.from}) must be before \`to\` (${options.to})`))
  if (errors.length > 0) return E.left(errors)
  const title = options.title ?? 'Acceptance over time'
  const keys = partyKeys(ledger).filter(
    (p) => options.parties === undefined || options.parties.includes(p.id),
  )
  const spec = vegaLite(ledger, {
    parties: keys.map((p) => p.id),
    ...(options.proposals === undefined ? {} : { proposals: options.proposals as ProposalId[] }),
    ...(options.from === undefined ? {} : { from: options.from as IsoDate }),
    ...(options.to === undefined ? {} : { to: options.to as IsoDate }),
    title,
  })
  const rows = (spec.data as { values: readonly Row[] }).values
  const lanes = new Map<string, { proposal: string; party: string; spans: StatusSpan[] }>()
  let first: string | undefined
  let last: string | undefined
  for (const r of rows) {
    const key = JSON.stringify([r.proposal, r.party])
    let lane = lanes.get(key)
    if (lane === undefined) lanes.set(key, (lane = { proposal: r.proposal, party: r.party, spans: [] }))
    lane.spans.push({
      term: r.term as IssueId,
      status: r.status as StatusSpan['status'],
      start: r.start as IsoDate,
      end: r.end as IsoDate,
      events: r.events,
      sources: r.sources,
    })
    if (first === undefined || r.start < first) first = r.start
    if (last === undefined || r.end > last) last = r.end
  }
  const rank = new Map(keys.map((p, i) => [p.id as string, i]))
  const out: AcceptanceLane[] = [...lanes.values()]
    .map((l) => {
      const p = ledger.proposals[l.proposal as ProposalId]
      return {
        proposal: l.proposal as ProposalId,
        title: p?.title ?? l.proposal,
        date: (p?.date ?? '') as IsoDate,
        party: l.party as PartyId,
        terms: Object.keys(p?.terms ?? {}) as IssueId[],
        spans: l.spans,
      }
    })
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.proposal, b.proposal) ||
        (rank.get(a.party) ?? 0) - (rank.get(b.party) ?? 0),
    )
  const from = (options.from ?? first ?? options.to ?? '1970-01-01') as IsoDate
  const to = (options.to ?? last ?? from) as IsoDate
  return E.right(
    deepFreeze({
      _tag: 'acceptance' as const,
      title,
      from,
      to,
      parties: keys,
      lanes: out,
      colors: STATUS_COLORS,
      spec,
      timeline: mermaid(ledger, { title: 'Agreements and breaches' }),
    }),
  )
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The acceptance matrix of a ledger over time: one lane per party and proposal (proposals by date), one row per
 * term, one span per status. Data-first `acceptance(ledger, options?)` or data-last `acceptance(options?)(ledger)`;
 * unknown parties or proposals and bad dates are errors.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Chart, Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: [] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: [] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const chart = E.getOrElseW(() => assert.fail())(Chart.acceptance(ledger))
 * assert.deepStrictEqual(chart.lanes.map((l) => [l.party, l.spans.map((s) => s.status)]), [['A', ['proposed']], ['B', ['accepted']]])
 * assert.ok(E.isLeft(Chart.acceptance({ parties: ['C'] })(ledger)))
 */
export const acceptance: {
  (options?: AcceptanceOptions): (ledger: Ledger) => E.Either<readonly ChartError[], AcceptanceChart>
  (ledger: Ledger, options?: AcceptanceOptions): E.Either<readonly ChartError[], AcceptanceChart>
} = function (...args: unknown[]) {
  if (isLedger(args[0])) return build(args[0], (args[1] as AcceptanceOptions | undefined) ?? {})
  return (ledger: Ledger) => build(ledger, (args[0] as AcceptanceOptions | undefined) ?? {})
} as never

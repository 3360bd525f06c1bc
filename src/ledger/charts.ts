/**
 * The ledger as charts, plain data and strings out: the acceptance matrix over time as a Vega-Lite v5 spec, and a
 * Mermaid timeline of agreements and breaches. Both are deterministic (same ledger, same text).
 *
 * @since 0.1.0
 */
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { brokenCommitments, type Breach } from './commitments'
import { dateOf, dayFrom } from './days'
import { ledgerDual } from './dual'
import { dayIn } from './marks'
import type { Ledger, StatusKind } from './model'
import { events, forEachCell } from './queries'
import { upperBound } from './resolve'
import { historyOf, timelineOf } from './status'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The fixed colour of each status in `vegaLite` (greens for acceptance, red for rejection, purple for alleged
 * violation, greys for noncommittal and expired, yellow for disputed).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Ledger } from 'negotiation-positions'
 * assert.strictEqual(Ledger.STATUS_COLORS.accepted, '#1a9641')
 */
export const STATUS_COLORS: Readonly<Record<Exclude<StatusKind, 'unknown'>, string>> = Object.freeze({
  proposed: '#6baed6',
  accepted: '#1a9641',
  'conditionally-accepted': '#a6d96a',
  supported: '#66c2a5',
  noncommittal: '#d9d9d9',
  countered: '#fdae61',
  rejected: '#d7191c',
  opposed: '#f4a6a6',
  withdrawn: '#8c510a',
  violated: '#7b3294',
  expired: '#636363',
  disputed: '#fee08b',
})

/**
 * What to draw: only some parties or proposals, a date window from `from` up to the day before `to` (`to`
 * defaults to the day after the last recorded date, so that every status is drawn), a title and a width in pixels.
 *
 * @category model
 * @since 0.1.0
 */
export interface ChartOptions {
  readonly parties?: ReadonlyArray<PartyId>
  readonly proposals?: ReadonlyArray<ProposalId>
  readonly from?: IsoDate
  readonly to?: IsoDate
  readonly title?: string
  readonly width?: number
}

/**
 * A Vega-Lite v5 specification (plain JSON data).
 *
 * @category model
 * @since 0.1.0
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>> & { readonly $schema: string }

/** The last day there is: 9999-12-31. */
const LAST_DAY = dayFrom(9999, 12, 31)

/** The day after the last date of the ledger (9999-12-31 stays itself), or undefined for an empty ledger. */
const dayAfterLast = (ledger: Ledger): IsoDate | undefined => {
  let last: number | undefined
  for (const byProposal of Object.values(ledger.timelines))
    for (const byTerm of Object.values(byProposal))
      for (const t of Object.values(byTerm)) {
        const code = t.codes[t.codes.length - 1]
        if (code !== undefined && (last === undefined || dayIn(code) > last)) last = dayIn(code)
      }
  return last === undefined ? undefined : dateOf(Math.min(last + 1, LAST_DAY))
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The acceptance matrix over time as a Vega-Lite v5 spec: one row of the chart per party (faceted), one band per
 * term of each proposal, one bar per status from the date it began to the next, coloured by status with the fixed
 * scale `STATUS_COLORS`. The data is inline; the tooltip shows the events and sources.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const spec = Ledger.vegaLite(ledger, { title: 'Truce' })
 * assert.strictEqual(spec.$schema, 'https://vega.github.io/schema/vega-lite/v5.json')
 * assert.deepStrictEqual((spec.data as { values: { status: string }[] }).values.map((v) => v.status), ['proposed', 'accepted'])
 * assert.strictEqual(JSON.stringify(Ledger.vegaLite()(ledger)), JSON.stringify(Ledger.vegaLite(ledger)))
 */
export const vegaLite: {
  (options?: ChartOptions): (ledger: Ledger) => VegaLiteSpec
  (ledger: Ledger, options?: ChartOptions): VegaLiteSpec
} = ledgerDual((ledger: Ledger, options?: ChartOptions): VegaLiteSpec => {
  const parties = new Set<string>(options?.parties ?? Object.keys(ledger.parties))
  const proposals = new Set<string>(options?.proposals ?? Object.keys(ledger.proposals))
  const to = options?.to ?? dayAfterLast(ledger)
  const from = options?.from
  const values: Record<string, string>[] = []
  const rows: string[] = []
  forEachCell(ledger, (cell) => {
    if (!parties.has(cell.party) || !proposals.has(cell.proposal)) return
    const t = timelineOf(ledger, cell)
    if (t === undefined || to === undefined) return
    const history = historyOf(ledger, cell, t, upperBound(t, to))
    const row = `${cell.proposal} · ${cell.term}`
    history.forEach((s, i) => {
      // the window ends before the `to` asked for: a status that begins on it is not drawn
      if (s.status === 'unknown' || (options?.to !== undefined && s.since >= to)) return
      const next = history[i + 1]
      const end = next !== undefined && next.status !== 'unknown' ? next.since : to
      if (from !== undefined && end <= from) return
      if (!rows.includes(row)) rows.push(row)
      values.push({
        party: cell.party,
        proposal: cell.proposal,
        term: cell.term,
        row,
        status: s.status,
        start: from !== undefined && s.since < from ? from : s.since,
        end,
        events: s.evidence.map((e) => e.event ?? `${cell.proposal} (tabled)`).join(', '),
        sources: s.sources.join(', '),
      })
    })
  })
  const domain = Object.keys(STATUS_COLORS)
  return deepFreeze({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...(options?.title === undefined ? {} : { title: options.title }),
    data: { values },
    facet: {
      row: {
        field: 'party',
        type: 'nominal',
        title: null,
        sort: [...parties].filter((p) => values.some((v) => v.party === p)),
      },
    },
    spec: {
      width: options?.width ?? 600,
      mark: { type: 'rect', tooltip: true },
      encoding: {
        y: { field: 'row', type: 'nominal', title: null, sort: rows },
        x: { field: 'start', type: 'temporal', title: 'date' },
        x2: { field: 'end' },
        color: {
          field: 'status',
          type: 'nominal',
          title: 'status',
          scale: { domain, range: domain.map((k) => STATUS_COLORS[k as keyof typeof STATUS_COLORS]) },
        },
        tooltip: [
          { field: 'party', type: 'nominal' },
          { field: 'proposal', type: 'nominal' },
          { field: 'term', type: 'nominal' },
          { field: 'status', type: 'nominal' },
          { field: 'start', type: 'temporal' },
          { field: 'end', type: 'temporal' },
          { field: 'events', type: 'nominal' },
          { field: 'sources', type: 'nominal' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  })
})

const clean = (s: string): string =>
  s
    .replace(/\s*:\s*/g, ' — ')
    .replace(/[;#]/g, ',')
    .replace(/\s+/g, ' ')
    .trim()

const titleOf = (ledger: Ledger, p: ProposalId): string => (ledger.proposals[p] as Proposal).title

const phrase = (
  ledger: Ledger,
  party: PartyId,
  proposal: ProposalId,
  terms: ReadonlyArray<IssueId>,
  b: Breach,
): string => {
  const what = `${titleOf(ledger, proposal)} (${terms.join(', ')})`
  switch (b.kind) {
    case 'withdrawn':
      return `${party} withdrew from ${what}`
    case 'violated':
      return `${party} accused of breaking ${what}${b.status.status === 'violated' ? ` by ${b.status.allegedBy.join(', ')}` : ''}`
    case 'lapsed':
      return `${what} lapsed for ${party}`
    case 'conditioned':
      return `${party} attached conditions to ${what}`
    case 'disputed':
      return `reports disagree on ${party} and ${what}`
    case 'noncommittal':
      return `${party} turned noncommittal on ${what} after accepting`
    default:
      return `${party} ${b.kind} ${what} after accepting`
  }
}

/**
 * A Mermaid `timeline` of agreements and breaches: each agreement (with its parties) and each broken commitment
 * (withdrawn, alleged violated, lapsed, walked back), on the date it happened; terms of one proposal are grouped.
 * On one date, the agreements come first, then the breaches.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Energy truce', date: '2025-03-18', tabledBy: ['A'], terms: { energy: { value: true } }, sources: ['s1'] } },
 *   events: [
 *     { id: 'e1', kind: 'agreement', date: '2025-03-18', parties: ['A', 'B'], proposal: 'p', sources: ['s2'] },
 *     { id: 'e2', kind: 'response', date: '2025-04-18', party: 'B', proposal: 'p', stance: 'withdrawn', sources: ['s3'] },
 *   ],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * assert.strictEqual(
 *   Ledger.mermaid(ledger),
 *   ['timeline', '    title Agreements and breaches', '    2025-03-18 : A, B agreed on Energy truce', '    2025-04-18 : B withdrew from Energy truce (energy)', ''].join('\n'),
 * )
 */
export const mermaid: {
  (options?: { readonly title?: string }): (ledger: Ledger) => string
  (ledger: Ledger, options?: { readonly title?: string }): string
} = ledgerDual((ledger: Ledger, options?: { readonly title?: string }): string => {
  const entries: [string, string][] = []
  for (const e of events(ledger))
    if (e.kind === 'agreement') {
      const on =
        e.proposal === undefined
          ? (e.title ?? e.summary ?? e.id)
          : `${titleOf(ledger, e.proposal)}${e.terms === undefined ? '' : ` (${e.terms.join(', ')})`}`
      entries.push([e.date, `${e.parties.join(', ')} agreed on ${on}`])
    }
  const grouped = new Map<
    string,
    { date: string; party: PartyId; proposal: ProposalId; breach: Breach; terms: IssueId[] }
  >()
  for (const c of brokenCommitments(ledger))
    for (const b of c.breaches) {
      const key = `${b.since}\n${c.party}\n${c.proposal}\n${b.kind}`
      const g = grouped.get(key)
      if (g === undefined)
        grouped.set(key, { date: b.since, party: c.party, proposal: c.proposal, breach: b, terms: [c.term] })
      else if (!g.terms.includes(c.term)) g.terms.push(c.term)
    }
  for (const g of grouped.values())
    entries.push([g.date, phrase(ledger, g.party, g.proposal, g.terms, g.breach)])
  // by date; on one date, agreements (in the ledger's order of events) before breaches, which may break them (a
  // stable sort keeps the order they were listed in)
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const lines = ['timeline', `    title ${clean(options?.title ?? 'Agreements and breaches')}`]
  let previous = ''
  for (const [date, text] of entries) {
    lines.push(
      date === previous ? `    ${' '.repeat(date.length)} : ${clean(text)}` : `    ${date} : ${clean(text)}`,
    )
    previous = date
  }
  return `${lines.join('\n')}\n`
})

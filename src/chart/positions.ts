/**
 * Who moved, and when: each party's ideal on each ordered issue over time, as step-chart data. Built from the dated
 * positions (`Positions.history`): a step wherever a party's merged ideal changed.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { describe } from '../algebra/value-set'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { Domain, Issue, Value } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { history } from '../model/positions'
import { badDate, badNegotiation, chartError, type ChartError, lastDateOf, unknownIds } from './errors'
import type { Level, PositionPanel, PositionSeries, PositionStep, PositionsChart } from './model'
import { partyKeys } from './palette'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to draw: the date of the last step (default: the negotiation's `asOf`, else its latest dated fact), the first
 * date of the time axis (default: the first step drawn), only some issues or parties, and a title.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionsOptions {
  readonly asOf?: IsoDate | string
  readonly from?: IsoDate | string
  readonly issues?: readonly (IssueId | string)[]
  readonly parties?: readonly (PartyId | string)[]
  readonly title?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isNegotiation = (u: unknown): u is Negotiation =>
  typeof u === 'object' && u !== null && typeof (u as { issues?: unknown }).issues === 'object'

const words = (domain: Domain, v: Value): string => describe(domain, v as never)

const levelsOf = (
  issue: Issue,
): { kind: PositionPanel['kind']; levels: Level[]; range: PositionPanel['range'] } | string => {
  const d = issue.domain
  switch (d.kind) {
    case 'choice':
      return d.ordered === true
        ? { kind: 'choice', levels: d.options.map((o) => ({ value: o.id, label: o.label })), range: null }
        : 'its options are not ordered'
    case 'flag':
      return {
        kind: 'flag',
        levels: [
          { value: 'false', label: words(d, false) },
          { value: 'true', label: words(d, true) },
        ],
        range: null,
      }
    case 'quantity':
      return { kind: 'quantity', levels: [], range: { min: d.min, max: d.max, unit: d.unit } }
    case 'subset':
      return 'a set of elements has no single order to draw'
  }
}

const seriesOf = (
  negotiation: Negotiation,
  party: PartyId,
  issueId: IssueId,
  issue: Issue,
  to: IsoDate,
): PositionSeries => {
  const steps: PositionStep[] = []
  for (const stance of history(negotiation, party, issueId)) {
    if (stance.asOf > to || stance.ideal === undefined) continue
    const prev = steps[steps.length - 1]
    if (prev !== undefined && prev.value === stance.ideal) continue
    const origin = stance.origin.ideal
    const record = stance.records.find((r) => r.id === origin)
    steps.push({
      date: stance.asOf,
      value: stance.ideal,
      label: words(issue.domain, stance.ideal),
      position: origin ?? (stance.records[stance.records.length - 1]?.id as PositionStep['position']),
      sources: record?.sources ?? [],
    })
  }
  return { party, steps }
}

const build = (
  negotiation: Negotiation,
  options: PositionsOptions,
): E.Either<readonly ChartError[], PositionsChart> => {
  const ill = badNegotiation(negotiation)
  if (ill.length > 0) return E.left(ill)
  const errors = [
    ...unknownIds('unknown-issue', 'issue', options.issues, negotiation.issues),
    ...unknownIds('unknown-party', 'party', options.parties, negotiation.parties),
    ...badDate('asOf', options.asOf),
    ...badDate('from', options.from),
  ]
  if (errors.length > 0) return E.left(errors)
  const to = (options.asOf ?? lastDateOf(negotiation) ?? '1970-01-01') as IsoDate
  const wanted = options.parties === undefined ? undefined : new Set<string>(options.parties)
  const keys = partyKeys(negotiation).filter((p) => wanted === undefined || wanted.has(p.id))
  const issueIds = (options.issues ?? Object.keys(negotiation.issues)) as IssueId[]
  const panels: PositionPanel[] = []
  const skipped: { issue: IssueId; label: string; reason: string }[] = []
  for (const id of issueIds) {
    const issue = negotiation.issues[id] as Issue
    const series = keys
      .map((p) => seriesOf(negotiation, p.id, id, issue, to))
      .filter((s) => s.steps.length > 0)
    if (series.length === 0) continue
    const axis = levelsOf(issue)
    if (typeof axis === 'string') {
      skipped.push({ issue: id, label: issue.label, reason: axis })
      continue
    }
    const moves = series.reduce((n, s) => n + s.steps.length - 1, 0)
    panels.push({ issue: id, label: issue.label, category: issue.category, ...axis, series, moves })
  }
  let first: IsoDate | undefined
  for (const p of panels)
    for (const s of p.series)
      for (const st of s.steps) if (first === undefined || st.date < first) first = st.date
  const from = (options.from ?? first ?? to) as IsoDate
  const used = new Set(panels.flatMap((p) => p.series.map((s) => s.party)))
  if (from > to)
    return E.left([chartError('bad-date', `\`from\` (${from}) is after the last date drawn (${to})`)])
  return E.right(
    deepFreeze({
      _tag: 'positions' as const,
      title: options.title ?? 'Positions over time',
      from,
      to,
      parties: keys.filter((p) => used.has(p.id)),
      panels,
      skipped,
    }),
  )
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The positions chart of a negotiation: for every ordered issue (ordered choices, quantities, flags) on which some
 * party stated an ideal, one line per party stepping at each date its ideal changed, up to `asOf`. Data-first
 * `positions(negotiation, options?)` or data-last `positions(options?)(negotiation)`; unknown ids or bad dates in
 * the options are errors.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Chart, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag', yes: 'member', no: 'neutral' } } },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: [], ideal: true },
 *     { id: 'p2', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: [], ideal: false },
 *   ],
 * } as unknown as Negotiation
 * const chart = Chart.positions(doc)
 * assert.ok(E.isRight(chart))
 * assert.deepStrictEqual(chart.right.panels[0]?.series[0]?.steps.map((s) => [s.date, s.label]), [
 *   ['2025-03-11', 'member'],
 *   ['2025-12-14', 'neutral'],
 * ])
 * assert.strictEqual(chart.right.panels[0]?.moves, 1)
 */
export const positions: {
  (options?: PositionsOptions): (negotiation: Negotiation) => E.Either<readonly ChartError[], PositionsChart>
  (negotiation: Negotiation, options?: PositionsOptions): E.Either<readonly ChartError[], PositionsChart>
} = function (...args: unknown[]) {
  if (isNegotiation(args[0])) return build(args[0], (args[1] as PositionsOptions | undefined) ?? {})
  return (negotiation: Negotiation) => build(negotiation, (args[0] as PositionsOptions | undefined) ?? {})
} as never

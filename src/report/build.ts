/**
 * Building a report: every analysis run once as of one date, each section kept apart so that a section with no data
 * says so in words and an analysis that fails leaves the others standing.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { acceptance } from '../chart/acceptance'
import { deadlocks as deadlockChart } from '../chart/deadlocks'
import { addDays } from '../chart/svg'
import { lastDateOf } from '../chart/errors'
import { negotiationShape } from '../model/shape'
import { linkage } from '../chart/linkage'
import { partyKeys } from '../chart/palette'
import { positions as positionsChart } from '../chart/positions'
import { timeline } from '../deadlock'
import { fromNegotiation } from '../ledger'
import { deepFreeze } from '../internal/freeze'
import { IsoDate } from '../model/date'
import type { Issue } from '../model/domain'
import type { IssueId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { contextOf, guarded } from './context'
import { draftsSection, type DraftChoice } from './drafts'
import { deadlocksSection, emptyDeadlocks, emptyZone, zoneSection } from './findings'
import { ledgerSection } from './ledger'
import {
  REPORT_FORMAT,
  type Report,
  type ReportCharts,
  type ReportError,
  SECTIONS,
  type SectionName,
} from './model'
import { positionsSection } from './positions'
import { summaryOf } from './summary'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to report on:
 *
 * - `asOf`: the date of the report (default: the document's `asOf`, else its latest dated fact); positions, drafts,
 *   acceptances, deadlocks and the zone are all read as of that date;
 * - `drafts`: the two drafts to compare (default: the latest draft that revises an earlier one, against that draft;
 *   `carryOver` reads the later as amending the earlier — by default when it states fewer terms);
 * - `timeline`: `false` to leave out the deadlock timeline chart, the slowest part on a long negotiation (it runs
 *   detection as of every date on which something changed);
 * - `sections`: only these sections (default: all of `SECTIONS`), for a quicker report on one question;
 * - `title`: the report's title (default: the negotiation's).
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportOptions {
  readonly asOf?: IsoDate | string
  readonly drafts?: DraftChoice
  readonly timeline?: boolean
  readonly sections?: readonly SectionName[]
  readonly title?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isNegotiation = (u: unknown): u is Negotiation =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { issues?: unknown }).issues === 'object' &&
  typeof (u as { parties?: unknown }).parties === 'object'

const check = (n: Negotiation, o: ReportOptions): ReportError[] => {
  const errors: ReportError[] = []
  if (o.asOf !== undefined && !IsoDate.is(o.asOf))
    errors.push({
      _tag: 'bad-date',
      message: `the report date must be written YYYY-MM-DD, not ${JSON.stringify(o.asOf)}`,
    })
  if (o.drafts !== undefined)
    for (const id of [o.drafts.from, o.drafts.to])
      if (typeof id !== 'string' || !hasOwn(n.proposals, id))
        errors.push({
          _tag: 'unknown-proposal',
          message: `there is no draft \`${String(id)}\`; drafts are: ${Object.keys(n.proposals).slice(0, 12).join(', ') || 'none'}`,
        })
  for (const x of o.sections ?? [])
    if (!(SECTIONS as readonly string[]).includes(x))
      errors.push({
        _tag: 'bad-option',
        message: `there is no report section ${JSON.stringify(x)}; sections are: ${SECTIONS.join(', ')}`,
      })
  if (o.title !== undefined && (typeof o.title !== 'string' || o.title.trim() === ''))
    errors.push({ _tag: 'bad-option', message: 'the title must be a non-empty string' })
  return errors
}

const chartsOf = (
  n: Negotiation,
  ledger: ReturnType<typeof fromNegotiation>,
  asOf: IsoDate | undefined,
  withTimeline: boolean,
  notes: string[],
): ReportCharts => {
  const date = asOf === undefined ? {} : { asOf }
  const principals = partyKeys(n)
    .filter((p) => p.role === 'principal')
    .map((p) => p.id)
  const pos = positionsChart(n, date)
  const link = linkage(n, date)
  const acc = E.isLeft(ledger)
    ? undefined
    : acceptance(ledger.right, {
        ...(principals.length > 0 ? { parties: principals } : {}),
        ...(asOf === undefined ? {} : { to: addDays(asOf, 1) }),
        title: principals.length > 0 ? 'Acceptance over time (principals)' : 'Acceptance over time',
      })
  let dl: ReportCharts['deadlocks'] = null
  if (withTimeline) {
    const t = timeline(n, date)
    if (E.isRight(t)) dl = deadlockChart(t.right, { negotiation: n })
    else notes.push(...t.left.map((e) => `The deadlock timeline could not be drawn: ${e.message}`))
  }
  return {
    positions: E.isRight(pos) ? pos.right : null,
    acceptance: acc !== undefined && E.isRight(acc) ? acc.right : null,
    deadlocks: dl,
    linkage: E.isRight(link) ? link.right : null,
  }
}

const buildReport = (n: Negotiation, options: ReportOptions): E.Either<readonly ReportError[], Report> => {
  // a negotiation built in code that the sections cannot read is refused before any option is looked at
  const ill = negotiationShape(n).map((p): ReportError => ({ _tag: 'bad-input', message: p.message }))
  if (ill.length > 0) return E.left(deepFreeze(ill))
  const errors = check(n, options)
  if (errors.length > 0) return E.left(deepFreeze(errors))
  const asOf = (options.asOf ?? lastDateOf(n)) as IsoDate | undefined
  const { ctx, sources } = contextOf(n, asOf)
  const wanted = new Set<SectionName>(options.sections ?? SECTIONS)
  const sections = SECTIONS.filter((x) => wanted.has(x))
  const when = <A extends { readonly notes: readonly string[] }>(
    x: SectionName,
    what: string,
    f: () => A,
    empty: A,
  ): A => (wanted.has(x) ? guarded(what, f, empty) : empty)
  const positions = when('positions', 'positions section', () => positionsSection(ctx), {
    rows: [],
    moves: [],
    notes: [],
  })
  const drafts = when('drafts', 'drafts section', () => draftsSection(ctx, options.drafts), {
    total: 0,
    latest: [],
    compared: null,
    notes: [],
  })
  const ledgerResult = wanted.has('ledger') || wanted.has('charts') ? fromNegotiation(n) : undefined
  const noLedger = { agreed: [], accepted: [], broken: [], notes: [] }
  const ledger =
    ledgerResult === undefined
      ? noLedger
      : E.isLeft(ledgerResult)
        ? {
            ...noLedger,
            notes: ledgerResult.left.map(
              (e) => `The acceptance ledger could not be built: ${e.message} ${e.fix}`,
            ),
          }
        : when('ledger', 'acceptance ledger', () => ledgerSection(ctx, ledgerResult.right), noLedger)
  const deadlocks = when('deadlocks', 'deadlock detection', () => deadlocksSection(ctx), emptyDeadlocks([]))
  const zone = when('zone', 'agreement zone', () => zoneSection(ctx), emptyZone([]))
  const chartNotes: string[] = []
  const noCharts = { positions: null, acceptance: null, deadlocks: null, linkage: null, notes: [] }
  const charts =
    ledgerResult === undefined
      ? noCharts
      : when(
          'charts',
          'charts',
          () => ({
            ...chartsOf(n, ledgerResult, asOf, options.timeline !== false, chartNotes),
            notes: chartNotes,
          }),
          noCharts,
        )
  const { notes: drawn, ...chartData } = charts
  const counts = {
    parties: Object.keys(n.parties).length,
    issues: Object.keys(n.issues).length,
    positions: n.positions.length,
    proposals: Object.keys(n.proposals).length,
    events: n.events.length,
    sources: Object.keys(n.sources).length,
  }
  const report: Report = {
    format: REPORT_FORMAT,
    title: options.title ?? n.title,
    id: n.id ?? null,
    description: n.description ?? null,
    asOf: asOf ?? null,
    sections,
    counts,
    summary: [],
    parties: partyKeys(n).map((p) => ({ id: p.id, name: p.name, role: p.role })),
    issues: (Object.keys(n.issues) as IssueId[]).map((id) => {
      const issue = n.issues[id] as Issue
      return { id, label: issue.label, category: issue.category, kind: issue.domain.kind }
    }),
    positions,
    drafts,
    ledger,
    deadlocks: drawn.length > 0 ? { ...deadlocks, notes: [...deadlocks.notes, ...drawn] } : deadlocks,
    zone,
    charts: chartData,
    sources: [],
  }
  return E.right(deepFreeze({ ...report, summary: summaryOf(report, n), sources: sources() }))
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Builds the report on a negotiation as of a date: the parties and their current positions per issue, the latest
 * drafts and what changed between the last two (and who gained), what each party has accepted and what was broken,
 * the deadlocks with their evidence, the agreement zone or the nearest agreement, the charts, and the sources cited
 * (numbered in order of first citation). Deterministic: the same negotiation and options give the same report.
 * Data-first `build(negotiation, options?)` or data-last `build(options?)(negotiation)`; only bad options (a date
 * that is not a date, an unknown draft) and a negotiation built in code that is ill-formed (`bad-input`: a
 * collection left out, a `null` entry, an issue without a label, a condition without its fields; the loader refuses
 * these) are errors — a section with nothing to show says so in its `notes`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Report, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' } },
 *   issues: { truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } } },
 *   positions: [{ id: 'p1', party: 'A', issue: 'truce', asOf: '2025-03-11', sources: [], ideal: true }],
 * } as unknown as Negotiation
 * const report = E.getOrElseW(() => assert.fail())(Report.build(doc))
 * assert.strictEqual(report.asOf, '2025-03-11')
 * assert.deepStrictEqual(report.drafts.notes, ['No drafts were tabled.'])
 * assert.ok(E.isLeft(Report.build({ asOf: '2025-13-01' })(doc)))
 */
export const build: {
  (options?: ReportOptions): (negotiation: Negotiation) => E.Either<readonly ReportError[], Report>
  (negotiation: Negotiation, options?: ReportOptions): E.Either<readonly ReportError[], Report>
} = function (...args: unknown[]) {
  if (isNegotiation(args[0])) return buildReport(args[0], (args[1] as ReportOptions | undefined) ?? {})
  return (negotiation: Negotiation) => buildReport(negotiation, (args[0] as ReportOptions | undefined) ?? {})
} as never

/**
 * Like `build`, but returns the report or throws an `Error` listing the problems with the options or the negotiation. For notebooks and
 * scripts only.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Report, Datasets } from 'negotiation-positions'
 * assert.throws(() => Report.buildOrThrow(Datasets.ruUa2025(), { asOf: 'yesterday' }), /YYYY-MM-DD/)
 */
export const buildOrThrow = (negotiation: Negotiation, options?: ReportOptions): Report => {
  const r = buildReport(negotiation, options ?? {})
  if (E.isLeft(r))
    throw new Error(`cannot build the report:\n${r.left.map((e) => `  - ${e.message}`).join('\n')}`)
  return r.right
}

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when the value is a report made by `build` (its `format` is `REPORT_FORMAT`).
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Report } from 'negotiation-positions'
 * assert.strictEqual(Report.isReport({ format: 'negotiation-positions/report/1' }), true)
 * assert.strictEqual(Report.isReport({ format: 'negotiation-positions/1' }), false)
 */
export const isReport = (u: unknown): u is Report =>
  typeof u === 'object' && u !== null && (u as { format?: unknown }).format === REPORT_FORMAT

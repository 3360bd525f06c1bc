/**
 * The charts' data: plain, JSON-serialisable, deeply readonly values that say what to draw, built once from an
 * analysis and then rendered as a Vega-Lite v5 spec, Mermaid text or an inline SVG string. Four charts: how each
 * party's stance on each ordered issue moved over time, the acceptance matrix over time, the deadlock timeline and
 * the linkage and sequencing graph.
 *
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { IssueCategory, Value } from '../model/domain'
import type { FindingKind } from '../deadlock'
import type { IssueId, PartyId, PositionId, ProposalId, SourceId } from '../model/ids'
import type { PartyRole } from '../model/party'
import type { StatusKind } from '../ledger'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A Vega-Lite v5 specification: plain JSON data with its data inline.
 *
 * @category model
 * @since 0.1.0
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>> & { readonly $schema: string }

/**
 * A party as a chart shows it: its id, name, role and the colour of its line or lane.
 *
 * @category model
 * @since 0.1.0
 */
export interface PartyKey {
  readonly id: PartyId
  readonly name: string
  readonly role: PartyRole
  readonly color: string
}

/**
 * One step of a party's line on an issue: from `date` on, its ideal was `value` (`label` in words), as stated by
 * the position record `position`, with its sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionStep {
  readonly date: IsoDate
  readonly value: Value
  readonly label: string
  readonly position: PositionId
  readonly sources: readonly SourceId[]
}

/**
 * One party's line on one issue: the steps at which its ideal changed, oldest first.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionSeries {
  readonly party: PartyId
  readonly steps: readonly PositionStep[]
}

/**
 * One level of an issue's axis (an option of an ordered choice, or yes/no of a flag), from one pole to the other.
 *
 * @category model
 * @since 0.1.0
 */
export interface Level {
  readonly value: string
  readonly label: string
}

/**
 * One issue's panel: its levels (choices and flags) or its range (quantities), and one series per party that stated
 * an ideal on it. `moves` counts the changes of ideal after the first statement, all parties together.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionPanel {
  readonly issue: IssueId
  readonly label: string
  readonly category: IssueCategory
  readonly kind: 'choice' | 'quantity' | 'flag'
  readonly levels: readonly Level[]
  readonly range: { readonly min: number; readonly max: number; readonly unit: string } | null
  readonly series: readonly PositionSeries[]
  readonly moves: number
}

/**
 * The positions chart: one step chart per ordered issue (ordered choices, quantities and flags), one line per
 * party, from `from` to `to`. `skipped` lists the issues with stated ideals that have no order to draw (unordered
 * choices, subsets).
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionsChart {
  readonly _tag: 'positions'
  readonly title: string
  readonly from: IsoDate
  readonly to: IsoDate
  readonly parties: readonly PartyKey[]
  readonly panels: readonly PositionPanel[]
  readonly skipped: readonly { readonly issue: IssueId; readonly label: string; readonly reason: string }[]
}

/**
 * One stretch of time during which a party held one status on one term.
 *
 * @category model
 * @since 0.1.0
 */
export interface StatusSpan {
  readonly term: IssueId
  readonly status: Exclude<StatusKind, 'unknown'>
  readonly start: IsoDate
  readonly end: IsoDate
  readonly events: string
  readonly sources: string
}

/**
 * One lane of the acceptance matrix: a party on a proposal, with one row per term of the proposal (`terms`, in the
 * proposal's order) and the spans of each term's statuses.
 *
 * @category model
 * @since 0.1.0
 */
export interface AcceptanceLane {
  readonly proposal: ProposalId
  readonly title: string
  readonly date: IsoDate
  readonly party: PartyId
  readonly terms: readonly IssueId[]
  readonly spans: readonly StatusSpan[]
}

/**
 * The acceptance matrix over time: parties × terms × time, one lane per party and proposal (proposals by date),
 * coloured by status (`colors`, the ledger's fixed scale). `spec` is the ledger's own Vega-Lite spec for the same
 * selection and `timeline` its Mermaid timeline of agreements and breaches.
 *
 * @category model
 * @since 0.1.0
 */
export interface AcceptanceChart {
  readonly _tag: 'acceptance'
  readonly title: string
  readonly from: IsoDate
  readonly to: IsoDate
  readonly parties: readonly PartyKey[]
  readonly lanes: readonly AcceptanceLane[]
  readonly colors: Readonly<Record<string, string>>
  readonly spec: VegaLiteSpec
  readonly timeline: string
}

/**
 * One deadlock finding over time: a readable label, its periods (`to` null while it still holds at the end of the
 * timeline) and its latest explanation.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlockBar {
  readonly id: string
  readonly kind: FindingKind
  readonly label: string
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueId[]
  readonly periods: readonly { readonly from: IsoDate; readonly to: IsoDate | null }[]
  readonly explanation: string
}

/**
 * The deadlock timeline: one bar per finding from the date it appeared to the date it went away, coloured by kind.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlockChart {
  readonly _tag: 'deadlocks'
  readonly title: string
  readonly from: IsoDate
  readonly to: IsoDate
  readonly bars: readonly DeadlockBar[]
  readonly colors: Readonly<Record<FindingKind, string>>
}

/**
 * An issue in the linkage graph, placed by the layered layout: `layer` (0 first) and `order` within the layer.
 *
 * @category model
 * @since 0.1.0
 */
export interface LinkNode {
  readonly id: IssueId
  readonly label: string
  readonly category: IssueCategory | null
  readonly layer: number
  readonly order: number
}

/**
 * Where a long arrow of the linkage graph crosses a layer between its two issues: the `layer`, and its place in
 * the layer on the scale of the issues' `order` (0.5 lies between the issues of order 0 and 1, -0.5 before the
 * first), so that the arrow passes between the boxes rather than over them.
 *
 * @category model
 * @since 0.1.0
 */
export interface LinkBend {
  readonly layer: number
  readonly order: number
}

/**
 * An arrow of the linkage graph. `sequence`: `from` must come before `to`; `linkage`: a stance or term on `to`
 * depends on the value of `from`. `holders` are the parties that state it, `via` the positions, proposals and
 * responses it comes from; `cycle` marks arrows on a cycle of preconditions (nobody can move first). `bends`, on
 * an arrow that spans more than one layer, says where it crosses each layer in between, from `from` to `to`
 * (absent on an arrow between neighbouring layers, which is drawn directly).
 *
 * @category model
 * @since 0.1.0
 */
export interface LinkEdge {
  readonly from: IssueId
  readonly to: IssueId
  readonly kind: 'sequence' | 'linkage'
  readonly holders: readonly PartyId[]
  readonly via: readonly string[]
  readonly cycle: boolean
  readonly bends?: readonly LinkBend[]
}

/**
 * The linkage and sequencing graph: the issues that conditions tie together, laid out in layers (a precondition
 * above what waits for it), with an arrow for every sequence condition and linkage; an arrow that skips layers
 * bends between the issues of the layers it crosses.
 *
 * @category model
 * @since 0.1.0
 */
export interface LinkageGraph {
  readonly _tag: 'linkage'
  readonly title: string
  readonly asOf: IsoDate | null
  readonly nodes: readonly LinkNode[]
  readonly edges: readonly LinkEdge[]
}

/**
 * Any chart, discriminated by `_tag`.
 *
 * @category model
 * @since 0.1.0
 */
export type Chart = PositionsChart | AcceptanceChart | DeadlockChart | LinkageGraph

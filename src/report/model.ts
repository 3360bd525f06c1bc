/**
 * The report's data: everything a reader wants to know about a negotiation as of a date, as plain, JSON-serialisable,
 * deeply readonly data — the parties and where they stand, the latest drafts and what changed between them, who
 * accepted what and what was broken, the deadlocks with their evidence, the agreement zone or the nearest agreement,
 * the charts, and every source cited. Each section says so in words when it has nothing to show or its analysis
 * could not run (`notes`), rather than failing the whole report.
 *
 * @since 0.1.0
 */
import type { AcceptanceChart, DeadlockChart, LinkageGraph, PositionsChart } from '../chart/model'
import type { Finding, FindingKind } from '../deadlock'
import type { ProposalDiff } from '../diff'
import type { BreachKind } from '../ledger'
import type { IsoDate } from '../model/date'
import type { Domain, IssueCategory } from '../model/domain'
import type { IssueId, PartyId, PositionId, ProposalId, SourceId } from '../model/ids'
import type { PartyRole } from '../model/party'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format of a report's JSON, versioned like the document format.
 *
 * @category model
 * @since 0.1.0
 */
export const REPORT_FORMAT = 'negotiation-positions/report/1'

/**
 * The sections a report can hold, in reading order.
 *
 * @category model
 * @since 0.1.0
 */
export const SECTIONS = ['positions', 'drafts', 'ledger', 'deadlocks', 'zone', 'charts'] as const

/**
 * One section of a report.
 *
 * @category model
 * @since 0.1.0
 */
export type SectionName = (typeof SECTIONS)[number]

/**
 * A party, as the report lists it (principals first).
 *
 * @category model
 * @since 0.1.0
 */
export interface PartyRow {
  readonly id: PartyId
  readonly name: string
  readonly role: PartyRole
}

/**
 * An issue, as the report names it.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueRow {
  readonly id: IssueId
  readonly label: string
  readonly category: IssueCategory
  readonly kind: Domain['kind']
}

/**
 * A party's stance on one issue as of the report's date, in words: its ideal, what it could accept, its red lines,
 * its priority and conditions, the date of the latest record merged (`since`), and the sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionRow {
  readonly party: PartyId
  readonly issue: IssueId
  readonly label: string
  readonly since: IsoDate
  readonly ideal: string | null
  readonly acceptable: string | null
  readonly redLines: string | null
  readonly priority: number | null
  readonly confidence: string | null
  readonly conditions: readonly string[]
  readonly sources: readonly SourceId[]
}

/**
 * A change of a party's ideal on an issue: who moved, when, from what to what, on which record.
 *
 * @category model
 * @since 0.1.0
 */
export interface Move {
  readonly date: IsoDate
  readonly party: PartyId
  readonly issue: IssueId
  readonly label: string
  readonly from: string
  readonly to: string
  readonly position: PositionId
  readonly sources: readonly SourceId[]
}

/**
 * Where the parties stand: one row per party and issue with a stated position, and the moves, newest first.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionsSection {
  readonly rows: readonly PositionRow[]
  readonly moves: readonly Move[]
  readonly notes: readonly string[]
}

/**
 * A draft, as the report lists it.
 *
 * @category model
 * @since 0.1.0
 */
export interface DraftRow {
  readonly id: ProposalId
  readonly title: string
  readonly date: IsoDate
  readonly tabledBy: readonly PartyId[]
  readonly terms: number
  readonly basedOn: ProposalId | null
  readonly textStatus: string | null
  readonly sources: readonly SourceId[]
}

/**
 * Two drafts compared: which, why these two (`reason`), whether the later was read as amending the earlier
 * (`carryOver`), and the diff itself (`Diff.proposals`) with each party's gains and losses.
 *
 * @category model
 * @since 0.1.0
 */
export interface Comparison {
  readonly from: ProposalId
  readonly to: ProposalId
  readonly reason: string
  readonly carryOver: boolean
  readonly diff: ProposalDiff
}

/**
 * The drafts: how many were tabled by the report's date, the latest ones, and the latest two compared.
 *
 * @category model
 * @since 0.1.0
 */
export interface DraftsSection {
  readonly total: number
  readonly latest: readonly DraftRow[]
  readonly compared: Comparison | null
  readonly notes: readonly string[]
}

/**
 * What one party had accepted of one proposal on the report's date: the terms, each accepted outright or on
 * conditions, out of the proposal's `of` terms.
 *
 * @category model
 * @since 0.1.0
 */
export interface AcceptedRow {
  readonly party: PartyId
  readonly proposal: ProposalId
  readonly title: string
  readonly of: number
  readonly terms: readonly {
    readonly term: IssueId
    readonly label: string
    readonly conditional: boolean
    readonly since: IsoDate
  }[]
}

/**
 * A term every principal had accepted on the report's date.
 *
 * @category model
 * @since 0.1.0
 */
export interface AgreedRow {
  readonly proposal: ProposalId
  readonly title: string
  readonly term: IssueId
  readonly label: string
  readonly conditional: boolean
  readonly violationAlleged: boolean
}

/**
 * Commitments of one party on one proposal that were broken: the terms, the date it committed and how, and each
 * breach (kind, date, who alleged it, sources) in order.
 *
 * @category model
 * @since 0.1.0
 */
export interface BrokenRow {
  readonly party: PartyId
  readonly proposal: ProposalId
  readonly title: string
  readonly terms: readonly IssueId[]
  readonly committed: { readonly status: string; readonly since: IsoDate }
  readonly breaches: readonly {
    readonly kind: BreachKind
    readonly since: IsoDate
    readonly by: readonly PartyId[]
    readonly sources: readonly SourceId[]
  }[]
}

/**
 * The acceptance ledger as of the report's date.
 *
 * @category model
 * @since 0.1.0
 */
export interface LedgerSection {
  readonly agreed: readonly AgreedRow[]
  readonly accepted: readonly AcceptedRow[]
  readonly broken: readonly BrokenRow[]
  readonly notes: readonly string[]
}

/**
 * The deadlocks as of the report's date (`Deadlock.detect`), with how many of each kind and how many still hold.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlocksSection {
  readonly findings: readonly Finding[]
  readonly counts: Readonly<Record<FindingKind, number>>
  readonly active: number
  readonly notes: readonly string[]
}

/**
 * One open issue's zone: the values every principal could accept, in words (`nothing` when none).
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueZoneRow {
  readonly issue: IssueId
  readonly label: string
  readonly empty: boolean
  readonly zone: string
  readonly explanation: string
}

/**
 * One concession on the way to an agreement.
 *
 * @category model
 * @since 0.1.0
 */
export interface ConcessionRow {
  readonly party: PartyId
  readonly kind: string
  readonly issue: IssueId | null
  readonly cost: number
  readonly explanation: string
  readonly sources: readonly SourceId[]
}

/**
 * The agreement zone: issue by issue, as whole packages, and — when no package pleases every principal — the
 * cheapest concessions that would open one; when some do, the Nash bargaining package.
 *
 * @category model
 * @since 0.1.0
 */
export interface ZoneSection {
  readonly explanation: string | null
  readonly issues: readonly IssueZoneRow[]
  readonly settled: readonly IssueId[]
  readonly packages: {
    readonly empty: boolean
    readonly count: string
    readonly explanation: string
    readonly examples: readonly string[]
  } | null
  readonly nearest: {
    readonly found: boolean
    readonly exact: boolean
    readonly cost: number
    readonly explanation: string
    readonly options: readonly {
      readonly concessions: readonly ConcessionRow[]
      readonly count: string
      readonly example: string | null
    }[]
  } | null
  readonly bargaining: { readonly explanation: string; readonly nash: readonly string[] } | null
  readonly notes: readonly string[]
}

/**
 * The report's charts, as chart data (`Chart.toSvg`, `Chart.toVegaLite`, `Chart.toMermaid` draw them); null when
 * the analysis behind one could not run.
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportCharts {
  readonly positions: PositionsChart | null
  readonly acceptance: AcceptanceChart | null
  readonly deadlocks: DeadlockChart | null
  readonly linkage: LinkageGraph | null
}

/**
 * A source cited by the report, numbered in order of first citation.
 *
 * @category model
 * @since 0.1.0
 */
export interface SourceRow {
  readonly id: SourceId
  readonly n: number
  readonly title: string
  readonly url: string | null
  readonly publisher: string | null
  readonly published: IsoDate | null
}

/**
 * A report on a negotiation as of a date. `asOf` is the option given, else the document's own `asOf`, else its
 * latest dated fact (null for a document with no dated fact at all). `sections` lists the sections computed (all
 * unless the report was asked for fewer); the others are left empty and are not rendered.
 *
 * @category model
 * @since 0.1.0
 */
export interface Report {
  readonly format: typeof REPORT_FORMAT
  readonly title: string
  readonly id: string | null
  readonly description: string | null
  readonly asOf: IsoDate | null
  readonly sections: readonly SectionName[]
  readonly counts: {
    readonly parties: number
    readonly issues: number
    readonly positions: number
    readonly proposals: number
    readonly events: number
    readonly sources: number
  }
  readonly summary: readonly string[]
  readonly parties: readonly PartyRow[]
  readonly issues: readonly IssueRow[]
  readonly positions: PositionsSection
  readonly drafts: DraftsSection
  readonly ledger: LedgerSection
  readonly deadlocks: DeadlocksSection
  readonly zone: ZoneSection
  readonly charts: ReportCharts
  readonly sources: readonly SourceRow[]
}

/**
 * A problem with the report's options: a date that is not a date, an unknown draft or party; or (`bad-input`) a
 * negotiation built in code that the report cannot read: a collection left out (`positions`, `events`, `proposals`,
 * `sources`), a `null` entry, a party without a name or role, an issue without a label or with a domain of an unknown
 * kind, a draft without its title, `tabledBy`, `sources` or terms, a condition without its fields. The loader refuses
 * these.
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportError {
  readonly _tag: 'bad-date' | 'unknown-proposal' | 'unknown-party' | 'bad-option' | 'bad-input'
  readonly message: string
}

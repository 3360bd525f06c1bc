/**
 * The findings of deadlock detection: what blocks a negotiation, who holds it, since when, the dated and sourced
 * evidence, a sentence that explains it, and, where the zone analysis finds one, the nearest way out. Every finding
 * is a plain, deeply readonly object that a report can print as is.
 *
 * @since 0.1.0
 */
import type { ValueSet } from '../model/domain'
import type { IsoDate } from '../model/date'
import type { EventId, IssueId, PartyId, PositionId, ProposalId, SourceId } from '../model/ids'
import type { BreachKind } from '../ledger/commitments'
import type { Concession } from '../zone/model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kinds of deadlock, in the order reports list them:
 *
 * - `red-line-clash`: on one issue, no value is acceptable to every principal, or one principal's ideal is another's
 *   red line;
 * - `package-infeasibility`: every issue has a value all accept on its own, but no whole package satisfies everyone
 *   once linkages, conditions and reservation utilities count;
 * - `sequencing-cycle`: each side requires the other's step to come first;
 * - `stalemate`: nobody has moved on a contested issue for a long time;
 * - `oscillation`: a party went back and forth (A → B → A);
 * - `broken-commitment`: accepted terms were withdrawn, alleged violated or let lapse.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Deadlock } from 'negotiation-positions'
 * assert.strictEqual(Deadlock.KINDS[0], 'red-line-clash')
 */
export const KINDS = [
  'red-line-clash',
  'package-infeasibility',
  'sequencing-cycle',
  'stalemate',
  'oscillation',
  'broken-commitment',
] as const

/**
 * One kind of deadlock (see `KINDS`).
 *
 * @category model
 * @since 0.1.0
 */
export type FindingKind = (typeof KINDS)[number]

/**
 * One piece of evidence: the position record (`positionId`) or event (`eventId`) it comes from — neither for a
 * fact of the party record itself, such as its reservation utility — the party it concerns, its date, what it says,
 * and its sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface Evidence {
  readonly positionId?: PositionId
  readonly eventId?: EventId
  readonly party: PartyId
  readonly date: IsoDate
  readonly what: string
  readonly sources: readonly SourceId[]
}

/**
 * What every finding carries: its kind; a stable id (the same deadlock has the same id on every date, so timelines
 * and reports can follow it); the parties and issues involved; the date it began (`since`); whether it still holds
 * as of the query date (`active`); the evidence; a plain-English explanation; and, where one is known, a suggested
 * way out.
 *
 * @category model
 * @since 0.1.0
 */
export interface FindingBase {
  readonly kind: FindingKind
  readonly id: string
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueId[]
  readonly since: IsoDate
  readonly active: boolean
  readonly evidence: readonly Evidence[]
  readonly explanation: string
  readonly suggestion?: string
}

/**
 * What one principal could accept on a clashing issue: its acceptable set (the whole domain when it stated none)
 * less its red lines, in words; and its ideal, when stated.
 *
 * @category model
 * @since 0.1.0
 */
export interface Limit {
  readonly party: PartyId
  readonly allowed: ValueSet
  readonly text: string
  readonly ideal?: string
}

/**
 * A clash on one issue. `basis` says which: `no-overlap` (the principals' acceptable sets, less their red lines,
 * have no value in common; `pairs` names the principals whose limits exclude each other, empty when only all of
 * them together leave nothing) or `ideal-in-red-lines` (a value is left, but a principal's ideal lies inside
 * another's red lines; `pairs` lists [holder of the ideal, holder of the red line]). `concessions` is the nearest
 * agreement on the issue from the zone analysis, when it found one (when several sets of concessions cost the same,
 * the first in the zone analysis's order, which is not a ranking; `suggestion` names them all).
 *
 * @category model
 * @since 0.1.0
 */
export interface RedLineClash extends FindingBase {
  readonly kind: 'red-line-clash'
  readonly basis: 'no-overlap' | 'ideal-in-red-lines'
  readonly limits: readonly Limit[]
  readonly pairs: readonly (readonly [PartyId, PartyId])[]
  readonly concessions?: readonly Concession[]
}

/**
 * One constraint of a minimal conflict set: whose it is, what kind (a red line, an acceptable-set limit, a
 * reservation score on an issue, a value condition, a linkage between two issues, or the overall reservation
 * utility), the issues it touches, its weight (the party's priority on the issue; the reservation itself for the
 * overall reservation), the position records that state it, and a sentence.
 *
 * @category model
 * @since 0.1.0
 */
export interface Constraint {
  readonly party: PartyId
  readonly kind: 'red-line' | 'acceptable' | 'issue-reservation' | 'condition' | 'linkage' | 'reservation'
  readonly issues: readonly IssueId[]
  readonly weight: number
  readonly positions: readonly PositionId[]
  readonly text: string
}

/**
 * No whole package satisfies every principal although each issue, on its own, has a value they all accept.
 * `conflict` is a minimal conflict set: these constraints cannot all hold together, and dropping any one of them
 * leaves a package that satisfies the rest. `concessions` is the nearest agreement when the zone analysis gives one
 * (when several sets of concessions cost the same, the first in its order, which is not a ranking; `suggestion`
 * names them all).
 *
 * @category model
 * @since 0.1.0
 */
export interface PackageInfeasibility extends FindingBase {
  readonly kind: 'package-infeasibility'
  readonly conflict: readonly Constraint[]
  readonly concessions?: readonly Concession[]
}

/**
 * One edge of a sequencing cycle: `from` must come before `to`. Steps are issue ids, or `ceasefire` (every issue of
 * the ceasefire category) and `settlement` (the comprehensive deal). `basis` says where the edge comes from: a
 * `sequence` condition of a position, a stance on a sequencing issue (`ceasefire-first`, `settlement-first`, …),
 * or `part-of` (an issue is part of the settlement; a definition, held by no one).
 *
 * @category model
 * @since 0.1.0
 */
export interface Step {
  readonly from: string
  readonly to: string
  readonly basis: 'condition' | 'sequencing-stance' | 'part-of'
  readonly holders: readonly PartyId[]
  readonly text: string
}

/**
 * A cycle of preconditions: following the steps from any one of them leads back to it, so nobody can move first.
 *
 * @category model
 * @since 0.1.0
 */
export interface SequencingCycle extends FindingBase {
  readonly kind: 'sequencing-cycle'
  readonly steps: readonly Step[]
}

/**
 * How far one principal moved on a stalemated issue within the window: the largest step (0 to 1 on the issue's
 * distance scale) and the date of its last move above the threshold, if any.
 *
 * @category model
 * @since 0.1.0
 */
export interface Movement {
  readonly party: PartyId
  readonly largest: number
  readonly lastMove?: IsoDate
}

/**
 * No principal moved on a contested issue by more than `threshold` for at least `window` days, while no value was
 * acceptable to all. `days` is how long it has lasted as of the query date.
 *
 * @category model
 * @since 0.1.0
 */
export interface Stalemate extends FindingBase {
  readonly kind: 'stalemate'
  readonly window: number
  readonly threshold: number
  readonly days: number
  readonly movement: readonly Movement[]
}

/**
 * A party went from one stance to another and back (A → B → A) within `window` days: on its ideal value
 * (`field: 'ideal'`) or on what it could accept (`field: 'limits'`). `states` are the three stances in words and
 * `dates` when each began.
 *
 * @category model
 * @since 0.1.0
 */
export interface Oscillation extends FindingBase {
  readonly kind: 'oscillation'
  readonly field: 'ideal' | 'limits'
  readonly states: readonly [string, string, string]
  readonly dates: readonly [IsoDate, IsoDate, IsoDate]
  readonly window: number
}

/**
 * One broken commitment of one party on one term: how it was broken and when.
 *
 * @category model
 * @since 0.1.0
 */
export interface Breach {
  readonly party: PartyId
  readonly term: IssueId
  readonly kind: BreachKind
  readonly committed: IsoDate
  readonly since: IsoDate
}

/**
 * Terms of one proposal that principals accepted and then withdrew, were accused of violating, or let lapse: a
 * trust deficit that weighs on the talks. Active while some party has not committed to the term again since.
 *
 * @category model
 * @since 0.1.0
 */
export interface BrokenCommitment extends FindingBase {
  readonly kind: 'broken-commitment'
  readonly proposal: ProposalId
  readonly breaches: readonly Breach[]
}

/**
 * A deadlock finding, discriminated by `kind`.
 *
 * @category model
 * @since 0.1.0
 */
export type Finding =
  RedLineClash | PackageInfeasibility | SequencingCycle | Stalemate | Oscillation | BrokenCommitment

/**
 * What to look for and how:
 *
 * - `asOf`: the query date (default: the document's `asOf`, else its latest dated fact);
 * - `parties`: whose positions count (default: the principals); oscillations look at every party unless this is
 *   given;
 * - `kinds`: which kinds to detect (default: all);
 * - `window` (days, default 90): how long nobody must move for a stalemate;
 * - `threshold` (default 0.02): the smallest move that counts, on the issue's 0-to-1 distance scale;
 * - `oscillationWindow` (days, default 90): how quickly a party must come back for an oscillation, and how long
 *   one stays active after;
 * - `ideals` (default true): also report a principal's ideal inside another's red lines as a clash;
 * - `suggest` (default true): attach the nearest agreement from the zone analysis to clashes and infeasibilities;
 * - `maxConflicts` (default 5): how many disjoint minimal conflict sets to report;
 * - `breaches` (default withdrawn, violated, lapsed): which breaches of a commitment count.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlockOptions {
  readonly asOf?: IsoDate
  readonly parties?: readonly PartyId[]
  readonly kinds?: readonly FindingKind[]
  readonly window?: number
  readonly threshold?: number
  readonly oscillationWindow?: number
  readonly ideals?: boolean
  readonly suggest?: boolean
  readonly maxConflicts?: number
  readonly breaches?: readonly BreachKind[]
}

/**
 * What went wrong: a bad option (unknown party or kind, a negative window, an `asOf` that is not a date), an issue
 * whose domain is ill-formed (`bad-domain`: a negotiation built by hand with a quantity's `min` above its `max`,
 * say; the loader refuses these), another part of such a negotiation that the loader would refuse
 * (`bad-document`: `positions`, `events` or `proposals` left out, an entry that is not an object, a date not written
 * YYYY-MM-DD, a value set that does not fit its issue, conditions that are not a list), or a problem the zone
 * analysis or the ledger found in the document.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlockError {
  readonly _tag: 'bad-option' | 'bad-domain' | 'bad-document' | 'zone' | 'ledger'
  readonly message: string
}

/**
 * One stretch of time during which a finding held: from `from` to `to` (the first date it no longer held; absent
 * while it still holds at the end of the timeline).
 *
 * @category model
 * @since 0.1.0
 */
export interface Period {
  readonly from: IsoDate
  readonly to?: IsoDate
}

/**
 * One finding over time: when it appeared and disappeared (its periods), with its latest explanation.
 *
 * @category model
 * @since 0.1.0
 */
export interface TimelineEntry {
  readonly id: string
  readonly kind: FindingKind
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueId[]
  readonly periods: readonly Period[]
  readonly explanation: string
}

/**
 * The deadlock timeline: the dates evaluated, the entries (by first appearance, then kind and id), and the
 * findings in force at the end.
 *
 * @category model
 * @since 0.1.0
 */
export interface Timeline {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly dates: readonly IsoDate[]
  readonly entries: readonly TimelineEntry[]
}

/**
 * The results of the agreement-zone analysis: what every principal could accept, issue by issue and as whole
 * packages; the Pareto frontier and bargaining points; the cheapest concessions that would open a zone. Every result
 * is plain, deeply readonly data with a sentence that explains it.
 *
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { Value, ValueSet } from '../model/domain'
import type { IssueId, PartyId, PositionId, SourceId } from '../model/ids'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A package: one value for each issue it decides, as a plain object keyed by issue id.
 *
 * @category model
 * @since 0.1.0
 */
export type Package = Readonly<Partial<Record<IssueId, Value>>>

/**
 * Where a finding comes from: the position records of one party on one issue that supply it, their dates and their
 * sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface Evidence {
  readonly party: PartyId
  readonly issue: IssueId
  readonly positions: readonly PositionId[]
  readonly dates: readonly IsoDate[]
  readonly sources: readonly SourceId[]
}

/**
 * What went wrong: an unknown party or issue in the options, a bad option, a negotiation built in code that the
 * loader would have refused — an issue whose domain is ill-formed (`bad-domain`: a quantity's `min` above its `max`,
 * say) or a document the zone cannot read (`bad-document`: a missing collection, a party of no known role, a
 * position of an unknown party, a date that is not one) —
 * positions that do not fit their issues (`algebra`), a space too large to score, or a count that needs a
 * discretised quantity.
 *
 * @category model
 * @since 0.1.0
 */
export interface ZoneError {
  readonly _tag:
    | 'unknown-party'
    | 'unknown-issue'
    | 'bad-option'
    | 'bad-domain'
    | 'bad-document'
    | 'algebra'
    | 'too-large'
    | 'needs-discretization'
  readonly message: string
  readonly issue?: IssueId
  readonly party?: PartyId
}

/**
 * Which packages to consider and whose consent counts:
 *
 * - `asOf`: the date of the positions (the latest when left out);
 * - `issues`: the issues a package decides (default: the open issues, those no agreement in force has settled);
 * - `parties`: whose consent is needed (default: the principals);
 * - `discretize`: a step per quantity issue, to consider only the values min, min + step, … (without it a
 *   quantity is handled exactly, as intervals, and evaluated at its critical values);
 * - `limit`: how many packages to list (the frontier and each set of ties: 1,000 by default; a zone's examples: 3;
 *   an enumeration: all), or how many equally cheap sets of concessions the nearest agreement lists (20);
 * - `maxPackages`: the most acceptable packages the Pareto analysis scores (default 50,000,000); past it, an error.
 *
 * @category model
 * @since 0.1.0
 */
export interface ZoneOptions {
  readonly asOf?: IsoDate
  readonly issues?: readonly IssueId[]
  readonly parties?: readonly PartyId[]
  readonly discretize?: Readonly<Record<string, number>>
  readonly limit?: number
  readonly maxPackages?: number
}

// -------------------------------------------------------------------------------------
// per issue
// -------------------------------------------------------------------------------------

/**
 * What one principal could accept on one issue: the values inside its acceptable set (the whole domain when it
 * stated none) and outside its red lines, and the records that say so.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueLimit {
  readonly party: PartyId
  readonly set: ValueSet
  readonly evidence: Evidence
  readonly explanation: string
}

/**
 * Two principals whose limits on an issue do not overlap: no value is acceptable to both.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueConflict {
  readonly parties: readonly [PartyId, PartyId]
  readonly evidence: readonly [Evidence, Evidence]
  readonly explanation: string
}

/**
 * The zone of one issue: the values every principal could accept (`zone`), the principals that limit it and those
 * that stated nothing (they constrain nothing here), and when it is empty, the pairs of principals whose limits
 * exclude each other.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueZone {
  readonly issue: IssueId
  readonly label: string
  readonly zone: ValueSet
  readonly empty: boolean
  readonly limits: readonly IssueLimit[]
  readonly unconstrained: readonly PartyId[]
  readonly conflicts: readonly IssueConflict[]
  readonly explanation: string
}

/**
 * The zone of every open issue as of a date.
 *
 * @category model
 * @since 0.1.0
 */
export interface PerIssueZone {
  readonly asOf?: IsoDate
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueZone[]
  readonly settled: readonly IssueId[]
  readonly empty: readonly IssueId[]
  readonly explanation: string
}

// -------------------------------------------------------------------------------------
// packages
// -------------------------------------------------------------------------------------

/**
 * How a quantity issue was handled: as exact intervals (evaluated at its critical values: bounds, ends of every
 * party's ranges, ideals, score breakpoints and the midpoints between them) or on the grid the user asked for.
 *
 * @category model
 * @since 0.1.0
 */
export interface QuantityHandling {
  readonly issue: IssueId
  readonly handling: 'exact' | 'discretized'
  readonly step?: number
  readonly values: readonly number[]
  readonly explanation: string
}

/**
 * A condition the zone could not apply as a constraint on packages (an order of steps, a condition in words, a
 * linkage to an issue outside the package), with the reason.
 *
 * @category model
 * @since 0.1.0
 */
export interface UnappliedCondition {
  readonly party: PartyId
  readonly issue: IssueId
  readonly kind: 'value' | 'acceptance' | 'sequence' | 'other'
  readonly evidence: Evidence
  readonly explanation: string
}

/**
 * One reason the zone is empty: an issue with no value all principals accept, a party whose reservation utility
 * no package reaches, or linked conditions that exclude every combination.
 *
 * @category model
 * @since 0.1.0
 */
export interface Blocker {
  readonly _tag: 'issue' | 'reservation' | 'linkage' | 'combination'
  readonly issues: readonly IssueId[]
  readonly parties: readonly PartyId[]
  readonly evidence: readonly Evidence[]
  readonly explanation: string
}

/**
 * The packages every principal accepts: their exact number (`count`, decimal digits, or `"infinite"` when a
 * continuous quantity leaves a range open), some examples, how emptiness was decided, and why it is empty.
 *
 * @category model
 * @since 0.1.0
 */
export interface PackageZone {
  readonly asOf?: IsoDate
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueId[]
  readonly count: string
  readonly empty: boolean
  readonly decidedBy: 'per-issue' | 'reservation' | 'components' | 'search'
  readonly examples: readonly Package[]
  readonly blockers: readonly Blocker[]
  readonly quantities: readonly QuantityHandling[]
  readonly unapplied: readonly UnappliedCondition[]
  readonly explanation: string
}

// -------------------------------------------------------------------------------------
// pareto
// -------------------------------------------------------------------------------------

/**
 * A package with each party's utility for it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Outcome {
  readonly package: Package
  readonly utilities: Readonly<Record<PartyId, number>>
}

/**
 * A bargaining solution: the value of its criterion (null when no package is acceptable), how many packages reach
 * it (`ties`), those packages in a fixed order (all of them, up to the `limit` option), and what it means.
 * `supremum` is set when no acceptable package is best: on a continuous quantity, toward a value that is itself not
 * acceptable (a red line, an acceptable set or a condition excludes that end of a range), packages come arbitrarily
 * close to `supremum`, above `value`, or to `value` with more for some party; `outcomes` are then the best of the
 * values scored, and the explanation says so.
 *
 * @category model
 * @since 0.1.0
 */
export interface BargainingPoint {
  readonly solution: 'nash' | 'kalai-smorodinsky' | 'max-welfare'
  readonly value: number | null
  readonly ties: number
  readonly outcomes: readonly Outcome[]
  readonly supremum?: number
  readonly explanation: string
}

/**
 * The Pareto frontier of the packages every principal accepts, and the bargaining points on it:
 *
 * - `frontier`: the packages no other acceptable package improves on for one party without hurting another (at
 *   most `limit`; `frontierSize` counts them all);
 * - `nash`, `kalaiSmorodinsky`, `maxWelfare`: the bargaining points, ties included;
 * - `opposition`: distance of the closest frontier point to the ideal (1, …, 1), over √n (0: someone's dream
 *   package pleases all; 1: utterly opposed), with the closest packages;
 * - `disagreement`: each party's reservation utility (0 when unset), `best`: the best it can get in the zone;
 * - `scored`: how many acceptable packages were scored (values of an issue that another value beats for every party
 *   are skipped: no frontier package uses them).
 *
 * A quantity that is not discretised is evaluated at its critical values (see `quantities`): between two of them
 * every party's score changes linearly, so the packages of such a range form a straight segment in utility space
 * (with several such quantities, a flat piece). When it is the only one, it is also evaluated inside its ranges
 * wherever a bargaining point can lie there — the peak of the Nash product (a polynomial of degree n in the
 * quantity), the crossing of two parties' normalised gains (Kalai–Smorodinsky), the point nearest the ideal, and
 * where a reservation utility cuts a range — and, for a quantity of whole numbers, at the first and last whole
 * number inside each range, so the bargaining points are exact (to floating point: utilities to about 10^-9).
 *
 * Whatever the number of such quantities, a package scored is listed on the frontier only when no acceptable package
 * beats it (at least as good for every party, to floating point, and better for one by 2^-30 or more), the
 * quantities taking any values, inside their ranges or not, one or several at once, every reservation utility kept:
 * checked exactly, by a small linear programme per range or box of ranges (over whole numbers for a quantity of
 * whole numbers). A corner that a package inside a range improves on is therefore left off even when no package
 * scored beats it, and the explanation says how many were; `frontierSize` counts only what is left, and the
 * bargaining points and `opposition` are given by packages left whenever one of them attains the value. What is not
 * listed: the frontier between the packages listed runs along ranges, and a range may be efficient only from a point
 * inside it on, which is not listed.
 *
 * With one such quantity every efficient package where a segment ends (critical values, cuts, first and last whole
 * numbers) is listed; if none is, no package is efficient (packages keep improving toward a value that is itself
 * excluded) and the explanation says so. With two or more, only packages at critical values are listed, so an
 * efficient package inside a range — where a reservation utility cuts it, or next to an excluded value of a quantity
 * of whole numbers — is not, and the frontier can be empty although some package is efficient; the bargaining points
 * are taken at critical values only (the Nash and Kalai–Smorodinsky points may lie higher between them, and the
 * package given may be beaten there: it is then not on the frontier), and the explanation says so: give all but one
 * a step in `discretize`. Over whole numbers of several quantities at once, the search stops after 256 branches per
 * package and box of ranges; a package it cannot decide is kept, and the explanation counts them.
 *
 * On a continuous quantity a criterion may only be approached, toward a value that is itself excluded: see
 * `BargainingPoint.supremum`; `best` is then the best each party gets or comes arbitrarily close to, and the
 * Kalai–Smorodinsky gains are measured toward it. When the package closest to the ideal is not on the frontier (a
 * package between critical values comes closer), `opposition.value` is that package's distance, an upper bound, and
 * its explanation says so.
 * @category model
 * @since 0.1.0
 */
export interface Pareto {
  readonly asOf?: IsoDate
  readonly parties: readonly PartyId[]
  readonly issues: readonly IssueId[]
  readonly scored: number
  readonly frontier: readonly Outcome[]
  readonly frontierSize: number
  readonly nash: BargainingPoint
  readonly kalaiSmorodinsky: BargainingPoint
  readonly maxWelfare: BargainingPoint
  readonly opposition: {
    readonly value: number | null
    readonly closest: readonly Outcome[]
    readonly explanation: string
  }
  readonly disagreement: Readonly<Record<PartyId, number>>
  readonly best: Readonly<Record<PartyId, number>>
  readonly quantities: readonly QuantityHandling[]
  readonly unapplied: readonly UnappliedCondition[]
  readonly explanation: string
}

// -------------------------------------------------------------------------------------
// nearest agreement
// -------------------------------------------------------------------------------------

/**
 * One concession: a party drops one of its constraints — its red lines or its acceptable-set limit on an issue,
 * its reservation score on an issue, one of its conditions, or its overall reservation utility — at a cost equal
 * to the issue's priority for it (its reservation utility for the overall reservation). A condition the party
 * states on several issues is one concession, dropped from all of them at once, at the sum of their priorities.
 *
 * @category model
 * @since 0.1.0
 */
export interface Concession {
  readonly party: PartyId
  readonly kind: 'red-line' | 'acceptable' | 'issue-reservation' | 'condition' | 'reservation'
  readonly issue?: IssueId
  readonly cost: number
  readonly evidence: Evidence | null
  readonly explanation: string
}

/**
 * The cheapest sets of concessions that open a zone, and whether the search proved them cheapest (`exact`).
 *
 * - `ties`: how many sets of concessions share the least cost (each minimal: no concession can be left out);
 *   `tiesComplete` is false when more than 10,000 tie: `ties` then counts only those found, and which of them are
 *   listed and named depends on the order of the search, hence on ids (typically many issues that either side can
 *   concede alike: leave some out with `issues`);
 * - `options`: those sets (at most `limit`, 20 by default; `truncated` says some are left out), each with the zone
 *   it opens, an example package and a sentence. Equally cheap sets are tied: none is preferred, and their order
 *   is not a ranking. It is fixed by what they are — fewer concessions first, then the larger zone, then the kinds
 *   and costs of the concessions, then their sentences (party names, issue labels) — never by ids, so renaming
 *   parties or issues, or reordering keys, does not change it; within a set, concessions go by party name, kind
 *   and issue label;
 * - `ways`: how to open the zone in words: the one cheapest set's sentence, or, when several tie, all of them at
 *   once — what each includes, and the alternatives, issue by issue when any combination of them will do (else
 *   the first five, with the zone each opens, and the number of others);
 * - `explanation`: the cost, then `ways`.
 *
 * @category model
 * @since 0.1.0
 */
export interface NearestAgreement {
  readonly asOf?: IsoDate
  readonly alreadyOpen: boolean
  readonly found: boolean
  readonly exact: boolean
  readonly truncated: boolean
  readonly cost: number
  readonly ties: number
  readonly tiesComplete: boolean
  readonly options: readonly {
    readonly concessions: readonly Concession[]
    readonly count: string
    readonly example: Package | null
    readonly explanation: string
  }[]
  readonly ways: string
  readonly explanation: string
}

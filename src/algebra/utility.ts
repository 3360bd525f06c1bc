/**
 * Utility: how much a party gains from a package of terms, and whether it could accept it. Every analysis that
 * ranks outcomes uses this one model.
 *
 * **The model, in plain English.**
 *
 * 1. A party's utility for a package is a weighted average of its scores on the issues. Only the issues on which
 *    the party has a position (as of the date asked) count. Each issue weighs its position's `priority` (0.5 when
 *    not stated) divided by the sum of the party's priorities, so the weights add up to 1; if every priority is 0,
 *    the issues weigh the same.
 * 2. A score is a number from 0 (worst) to 1 (best) for one value of one issue. When the position gives a
 *    `valuation`, the score is read from it: per option (or `true`/`false`) for `scores` (unlisted values score 0),
 *    along a piecewise-linear curve for `linear`, and for `elements` the sum of the weights of the elements present,
 *    rescaled so the worst possible subset scores 0 and the best 1.
 * 3. Otherwise the score comes from the position. Its ideal scores 1. On an ordered choice, a quantity or a subset,
 *    any other value scores 1 minus its distance to the ideal (see `Values.distance`: steps over the number of steps,
 *    difference over the range, elements differing over the universe). On a flag or an unordered choice, any other
 *    value scores 0.5 if it is in the position's acceptable set, else 0. With no ideal, values in the acceptable set
 *    score 1 and others 0; with neither, every value scores 1 (the party is indifferent).
 * 4. Red lines are hard constraints, not low scores. A package is unacceptable to a party when any of its values is
 *    on the party's red lines, lies outside an acceptable set the party stated, or scores below the `reservation` of
 *    the party's position on that issue; or when the overall utility is below the party's own `reservation` (what it
 *    gets with no deal).
 * 5. Issues the package leaves open are skipped and reported; the utility is then the weighted average over the
 *    issues it decides (their share of the party's weight is reported as `coverage`). A package that decides none
 *    of the party's issues leaves it indifferent: utility 1. Conditions and linkage in positions are not evaluated
 *    here.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { Value } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Proposal } from '../model/proposal'
import { algebraFor, checkValue } from './check'
import { dualWhen } from '../internal/function'
import { algebraError, locate, type AlgebraError } from './errors'
import { preferencesOf } from './preferences'
import { fmt, verdict, type Acceptability } from './score'
import { compareText } from '../internal/text'
import { hasOwn } from '../internal/record'

export { score, acceptability } from './score'
export type { Acceptability, PositionLike } from './score'
export { compile } from './compile'
export { encode, decode } from './points'
export { SUBSET_TABLE_LIMIT, SUBSET_MASK_LIMIT } from './tables'
export type { Compiled } from './compile'
export type { IssueTable, FiniteTable, QuantityTable, MaskTable } from './tables'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A package of terms: a value for some issues (what a proposal, or a possible deal, says on each).
 *
 * @category model
 * @since 0.1.0
 */
export type Package = Readonly<Partial<Record<IssueId, Value>>>

/**
 * One issue of a utility report: the package's value, the party's score for it, the issue's weight for the party,
 * and the verdict.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueUtility {
  readonly issue: IssueId
  readonly value: Value
  readonly score: number
  readonly weight: number
  readonly acceptability: Acceptability
}

/**
 * Why a package is unacceptable to a party: an issue's verdict, or (without `issue`) the overall utility below the
 * party's reservation.
 *
 * @category model
 * @since 0.1.0
 */
export interface Blocking {
  readonly _tag: 'red-line' | 'outside-acceptable' | 'below-reservation'
  readonly issue?: IssueId
  readonly reason: string
}

/**
 * What a package is worth to a party:
 *
 * - `utility` (0 to 1) and `coverage` (the share of the party's weight on the issues the package decides);
 * - `acceptable`, and when not, every `blocking` reason;
 * - `issues`: the per-issue breakdown, by issue id;
 * - `open`: the party's issues the package leaves open; `ignored`: the package's issues the party has no position on.
 *
 * @category model
 * @since 0.1.0
 */
export interface UtilityReport {
  readonly party: PartyId
  readonly asOf?: IsoDate
  readonly utility: number
  readonly coverage: number
  readonly acceptable: boolean
  readonly issues: readonly IssueUtility[]
  readonly open: readonly IssueId[]
  readonly ignored: readonly IssueId[]
  readonly blocking: readonly Blocking[]
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The package a proposal puts forward: the value of each of its terms.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Utility, Proposal } from 'negotiation-positions'
 * const jeddah = {
 *   title: '30-day ceasefire', date: '2025-03-11', tabledBy: ['US'], sources: ['s1'],
 *   terms: { 'ceasefire.days': { value: 30 }, 'ceasefire.full': { value: true } },
 * } as unknown as Proposal
 * assert.deepStrictEqual(Utility.packageOf(jeddah), { 'ceasefire.days': 30, 'ceasefire.full': true })
 */
export const packageOf = (proposal: Proposal): Package =>
  Object.freeze(
    Object.fromEntries(
      Object.keys(proposal.terms)
        .sort(compareText)
        .map((k) => [k, proposal.terms[k as IssueId]!.value]),
    ),
  )

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * What a package is worth to a party as of a date (its latest positions when no date is given): its utility, the
 * per-issue breakdown, and whether it could accept the package, with every reason it could not. An error lists
 * every problem: an unknown party or issue, a value outside its issue's domain, a position that does not fit its
 * issue.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Negotiation, PartyId, IssueId } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: {
 *     days: { label: 'Ceasefire length', category: 'ceasefire', domain: { kind: 'quantity', unit: 'days', min: 0, max: 100 } },
 *     energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } },
 *   },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'days', asOf: '2025-03-11', sources: ['s1'], ideal: 100, priority: 0.75 },
 *     { id: 'p2', party: 'UA', issue: 'energy', asOf: '2025-03-11', sources: ['s1'], ideal: true, redLines: { kind: 'flags', values: [false] } },
 *   ],
 * } as unknown as Negotiation
 * const report = Utility.utility(doc, 'UA' as PartyId, { ['days' as IssueId]: 60, ['energy' as IssueId]: true })
 * assert.ok(E.isRight(report))
 * assert.strictEqual(report.right.utility, 0.76) // 0.6 × 0.6 + 1 × 0.4
 * assert.strictEqual(report.right.acceptable, true)
 * const bad = Utility.utility(doc, 'UA' as PartyId, { ['energy' as IssueId]: false })
 * assert.ok(E.isRight(bad) && !bad.right.acceptable && bad.right.blocking[0]!._tag === 'red-line')
 */
export const utility: {
  (
    party: PartyId,
    pkg: Package,
    asOf?: IsoDate,
  ): (negotiation: Negotiation) => E.Either<readonly AlgebraError[], UtilityReport>
  (
    negotiation: Negotiation,
    party: PartyId,
    pkg: Package,
    asOf?: IsoDate,
  ): E.Either<readonly AlgebraError[], UtilityReport>
} = dualWhen(
  (args) => typeof args[0] === 'object' && args[0] !== null,
  (negotiation: Negotiation, party: PartyId, pkg: Package, asOf?: IsoDate) => {
    const prefs = preferencesOf(negotiation, party, asOf)
    if (E.isLeft(prefs) && prefs.left.some((e) => e._tag === 'unknown-party')) return prefs
    const errors: AlgebraError[] = E.isLeft(prefs) ? [...prefs.left] : []
    const keys = Object.keys(pkg).sort(compareText) as IssueId[]
    for (const issue of keys) {
      if (!hasOwn(negotiation.issues, issue)) {
        const message = `the package decides issue \`${issue}\`, which the negotiation does not define`
        errors.push(algebraError('unknown-issue', message, { issue }))
        continue
      }
      if (pkg[issue] === undefined) continue
      const domain = negotiation.issues[issue]!.domain
      const alg = algebraFor(domain)
      // the value's check, and only when it fails the error (no allocation for a value in its domain)
      if (E.isRight(alg) && alg.right.isValue(domain, pkg[issue])) continue
      const c = E.flatMap(alg, (a) => checkValue(a, domain, pkg[issue]))
      if (E.isLeft(c)) errors.push(locate(c.left, { issue }))
    }
    if (E.isLeft(prefs) || errors.length > 0) return E.left(errors)
    const name = prefs.right.definition.name
    const stated = new Set<string>(prefs.right.issues.map((p) => p.issue))
    const issues: IssueUtility[] = []
    const blocking: Blocking[] = []
    const open: IssueId[] = []
    let sum = 0
    let coverage = 0
    for (const p of prefs.right.issues) {
      if (!hasOwn(pkg, p.issue) || pkg[p.issue] === undefined) {
        open.push(p.issue)
        continue
      }
      const given = pkg[p.issue]!
      const value = (Array.isArray(given) ? [...(given as readonly unknown[])] : given) as Value
      const s = p.scorer.score(value)
      const v = verdict(p.scorer, value, s, { party: name, issue: p.definition.label })
      issues.push({ issue: p.issue, value, score: s, weight: p.weight, acceptability: v })
      if (v._tag !== 'acceptable') blocking.push({ _tag: v._tag, issue: p.issue, reason: v.reason })
      sum += p.weight * s
      coverage += p.weight
    }
    const u = coverage > 0 ? Math.min(1, Math.max(0, sum / coverage)) : 1
    const r = prefs.right.definition.reservation
    if (r !== undefined && u < r)
      blocking.push({
        _tag: 'below-reservation',
        reason: `${name} does not accept the package: its utility ${fmt(u)} is below its reservation utility ${fmt(r)} (what it gets with no deal)`,
      })
    return E.right(
      deepFreeze({
        party,
        ...(asOf === undefined ? {} : { asOf }),
        utility: u,
        coverage: Math.min(1, coverage),
        acceptable: blocking.length === 0,
        issues,
        open,
        ignored: keys.filter((k) => pkg[k] !== undefined && !stated.has(k)),
        blocking,
      } satisfies UtilityReport),
    )
  },
)

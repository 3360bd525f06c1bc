/**
 * A party's utility compiled for hot loops. The agreement-zone analysis scores millions of packages; `compile`
 * turns a party's positions into per-issue score tables and small closures once, so that scoring a package reads
 * arrays and allocates nothing. Part of `Utility`; the model is the one described there.
 *
 * A package is encoded as a *point*: one number per issue of the negotiation, issues in id order (the same layout
 * for every party). For a choice the number is the option's index in the domain, for a flag 0 (no) or 1 (yes), for
 * a subset the bit mask of its elements (the first universe element is bit 0), for a quantity the number itself;
 * NaN leaves the issue open. `encode` and `decode` convert between packages and points.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { Domain } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { dualWhen } from '../internal/function'
import { locate, type AlgebraError } from './errors'
import { preferencesOf } from './preferences'
import { tableFor, type IssueTable } from './tables'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A party's utility, compiled. `issues`, `tables` and `weights` share the point layout; `stated` lists the slots of
 * the issues the party has a position on (only those are read). `utility(point)` is the party's utility for a point
 * deciding all of them; `evaluate(point)` is the same when the party could accept the package and −1 when not.
 * Neither allocates. Not JSON data: it holds functions.
 *
 * @category model
 * @since 0.1.0
 */
export interface Compiled {
  readonly party: PartyId
  readonly asOf?: IsoDate
  readonly issues: readonly IssueId[]
  readonly domains: readonly Domain[]
  readonly tables: readonly IssueTable[]
  readonly weights: Float64Array
  readonly stated: Int32Array
  readonly reservation: number
  /**
   * The party's utility, from 0 to 1, for a package (as a point) that decides every issue the party has a position
   * on, whether or not the party could accept it.
   */
  readonly utility: (point: ArrayLike<number>) => number
  /**
   * The party's utility for a package (as a point) it could accept, or −1 when the package crosses one of its red
   * lines, leaves its acceptable values or falls below a reservation.
   */
  readonly evaluate: (point: ArrayLike<number>) => number
}
// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isNegotiation = (args: readonly unknown[]): boolean => typeof args[0] === 'object' && args[0] !== null
// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Compiles a party's utility as of a date (its latest positions when no date is given) for scoring many packages
 * fast. An error lists every problem with the party's positions.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Negotiation, PartyId, IssueId } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { days: { label: 'Ceasefire length', category: 'ceasefire', domain: { kind: 'quantity', unit: 'days', min: 0, max: 100 } } },
 *   positions: [{ id: 'p1', party: 'UA', issue: 'days', asOf: '2025-03-11', sources: ['s1'], ideal: 100, reservation: 0.25 }],
 * } as unknown as Negotiation
 * const ua = Utility.compile(doc, 'UA' as PartyId)
 * assert.ok(E.isRight(ua))
 * const point = new Float64Array(1)
 * point[0] = 60
 * assert.strictEqual(ua.right.evaluate(point), 0.6)
 * point[0] = 10
 * assert.strictEqual(ua.right.evaluate(point), -1) // scores 0.1, below its reservation
 */
export const compile: {
  (party: PartyId, asOf?: IsoDate): (negotiation: Negotiation) => E.Either<readonly AlgebraError[], Compiled>
  (negotiation: Negotiation, party: PartyId, asOf?: IsoDate): E.Either<readonly AlgebraError[], Compiled>
} = dualWhen(isNegotiation, (negotiation: Negotiation, party: PartyId, asOf?: IsoDate) => {
  const prefs = preferencesOf(negotiation, party, asOf)
  if (E.isLeft(prefs)) return prefs
  const byIssue = new Map(prefs.right.issues.map((p) => [p.issue as string, p]))
  const issues = (Object.keys(negotiation.issues) as IssueId[]).sort(compareText)
  const domains = issues.map((i) => negotiation.issues[i]!.domain)
  const errors: AlgebraError[] = []
  const tables: IssueTable[] = []
  issues.forEach((issue, i) => {
    const t = tableFor(issue, domains[i]!, byIssue.get(issue))
    if (E.isLeft(t)) errors.push(locate(t.left, { issue, party }))
    else tables.push(t.right)
  })
  if (errors.length > 0) return E.left(errors)
  const weights = Float64Array.from(issues, (i) => byIssue.get(i)?.weight ?? 0)
  const stated = Int32Array.from(issues.flatMap((id, i) => (byIssue.has(id) ? [i] : [])))
  const total = stated.reduce((s, i) => s + weights[i]!, 0)
  const scoreTables = tables.map((t) => (t.kind === 'finite' ? t.scores : undefined))
  const okTables = tables.map((t) => (t.kind === 'finite' ? t.acceptable : undefined))
  const scoreFns = tables.map((t) => (t.kind === 'finite' ? undefined : t.score))
  const okFns = tables.map((t) => (t.kind === 'finite' ? undefined : t.acceptable))
  const reservation = prefs.right.definition.reservation ?? 0
  const utility = (point: ArrayLike<number>): number => {
    if (stated.length === 0 || total === 0) return 1
    let u = 0
    for (let k = 0; k < stated.length; k++) {
      const i = stated[k]!
      const table = scoreTables[i]
      u += weights[i]! * (table === undefined ? scoreFns[i]!(point[i]!) : table[point[i]!]!)
    }
    return u / total
  }
  const evaluate = (point: ArrayLike<number>): number => {
    for (let k = 0; k < stated.length; k++) {
      const i = stated[k]!
      const table = okTables[i]
      if (table === undefined ? !okFns[i]!(point[i]!) : table[point[i]!] !== 1) return -1
    }
    const u = utility(point)
    return u < reservation ? -1 : u
  }
  return E.right(
    Object.freeze({
      party,
      ...(asOf === undefined ? {} : { asOf }),
      issues: Object.freeze(issues),
      domains: Object.freeze(domains),
      tables: Object.freeze(tables.map((t) => Object.freeze(t))),
      weights,
      stated,
      reservation,
      utility,
      evaluate,
    }),
  )
})

/**
 * GeniusWeb scenarios in and out. GeniusWeb, the negotiation research platform, describes a scenario as a domain
 * (`{ "name", "issuesValues": { issue: { "values": [...] } | { "range": { "low", "high", "step" } } } }`) and one
 * linear-additive profile per party (`{ "LinearAdditiveUtilitySpace": { "issueUtilities", "issueWeights", "domain",
 * "name", "reservationBid" } }`). Importing turns published scenarios into negotiation documents that every analysis
 * here can read (`Zone.pareto` on a GeniusWeb scenario gives its Pareto frontier and bargaining points); exporting
 * turns a negotiation into a scenario that GeniusWeb agents can negotiate.
 *
 * The mapping: a discrete issue becomes an unordered choice (each value an option, its text the label), a number
 * range a quantity; each profile a principal, with one position per issue carrying its utilities as an explicit
 * valuation (`scores`, or `linear` for a number range), its weight as priority, and the utility of its reservation
 * bid as the party's reservation. Both the older (`discreteutils`, `numberutils`) and newer
 * (`DiscreteValueSetUtilities`, `NumberValueSetUtilities`) spellings are read; the newer is written.
 *
 * Malformed input is never thrown at: each function returns an `Either` whose left side lists every problem with its
 * path, a code and a sentence.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import type { either as E } from 'fp-ts'
import type { IssueId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import {
  decodeDomain,
  decodeProfile,
  type GeniusWebDomain,
  type GeniusWebProblem,
  type GeniusWebProfile,
} from './geniusweb-decode'
import {
  fromNegotiation as exportScenario,
  type FromNegotiationOptions,
  type GeniusWebScenario,
} from './geniusweb-from'
import { namesOf, toNegotiation as importScenario, type ToNegotiationOptions } from './geniusweb-to'

export type {
  GeniusWebBid,
  GeniusWebDomain,
  GeniusWebProblem,
  GeniusWebProfile,
  GeniusWebUtilities,
  GeniusWebValues,
} from './geniusweb-decode'
export type { FromNegotiationOptions, GeniusWebScenario } from './geniusweb-from'
export type { GeniusWebNames, ToNegotiationOptions } from './geniusweb-to'
export { bidUtility } from './geniusweb-to'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Reads a GeniusWeb domain, from JSON text or parsed JSON.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const domain = GeniusWeb.importDomain({ name: 'jobs', issuesValues: { car: { values: ['yes', 'no'] } } })
 * assert.ok(E.isRight(domain))
 * assert.deepStrictEqual(domain.right.issues['car'], { kind: 'discrete', values: ['yes', 'no'] })
 * const bad = GeniusWeb.importDomain({ name: 'jobs', issuesValues: { car: { values: [] } } })
 * assert.ok(E.isLeft(bad) && bad.left[0]!.path === 'issuesValues.car.values')
 */
export const importDomain = (json: unknown): E.Either<readonly GeniusWebProblem[], GeniusWebDomain> =>
  decodeDomain(json)

/**
 * Reads a GeniusWeb linear-additive profile (`{ "LinearAdditiveUtilitySpace": ... }`), from JSON text or parsed
 * JSON. The weights must add up to 1 and every issue of its domain needs a weight and utilities.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const profile = GeniusWeb.importProfile({
 *   LinearAdditiveUtilitySpace: {
 *     name: 'employer',
 *     domain: { name: 'jobs', issuesValues: { car: { values: ['yes', 'no'] } } },
 *     issueWeights: { car: 1 },
 *     issueUtilities: { car: { DiscreteValueSetUtilities: { valueUtilities: { yes: 0.2, no: 1 } } } },
 *     reservationBid: { issuevalues: { car: 'yes' } },
 *   },
 * })
 * assert.ok(E.isRight(profile))
 * assert.strictEqual(GeniusWeb.bidUtility(profile.right, profile.right.reservationBid!), 0.2)
 */
export const importProfile = (json: unknown): E.Either<readonly GeniusWebProblem[], GeniusWebProfile> =>
  decodeProfile(json)

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Builds a negotiation document from a GeniusWeb domain and its profiles (one principal per profile). Ids are made
 * from the names (`"lease car"` → `lease-car`), which stay as labels; `options` sets the title, the date of the
 * positions (default `2000-01-01`), party ids and names by profile name, and the source.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { GeniusWeb, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const domain = { name: 'jobs', issuesValues: { 'lease car': { values: ['yes', 'no'] } } }
 * const profile = (name: string, yes: number) => ({
 *   LinearAdditiveUtilitySpace: {
 *     name, domain, issueWeights: { 'lease car': 1 },
 *     issueUtilities: { 'lease car': { DiscreteValueSetUtilities: { valueUtilities: { yes, no: 1 - yes } } } },
 *   },
 * })
 * const d = GeniusWeb.importDomain(domain)
 * const a = GeniusWeb.importProfile(profile('employee', 1))
 * const b = GeniusWeb.importProfile(profile('employer', 0.25))
 * assert.ok(E.isRight(d) && E.isRight(a) && E.isRight(b))
 * const doc = GeniusWeb.toNegotiation(d.right, [a.right, b.right], { parties: { employee: { id: 'EE' } } })
 * assert.ok(E.isRight(doc) && Negotiation.is(doc.right))
 * assert.deepStrictEqual(Object.keys(doc.right.parties), ['EE', 'employer'])
 * assert.deepStrictEqual(doc.right.issues['lease-car' as never]!.domain, {
 *   kind: 'choice', options: [{ id: 'yes', label: 'yes' }, { id: 'no', label: 'no' }],
 * })
 */
export const toNegotiation: {
  (
    profiles: readonly GeniusWebProfile[],
    options?: ToNegotiationOptions,
  ): (domain: GeniusWebDomain) => E.Either<readonly GeniusWebProblem[], Negotiation>
  (
    domain: GeniusWebDomain,
    profiles: readonly GeniusWebProfile[],
    options?: ToNegotiationOptions,
  ): E.Either<readonly GeniusWebProblem[], Negotiation>
} = function (...args: unknown[]) {
  if (Array.isArray(args[0]))
    return (domain: GeniusWebDomain) =>
      importScenario(
        domain,
        args[0] as readonly GeniusWebProfile[],
        args[1] as ToNegotiationOptions | undefined,
      )
  return importScenario(
    args[0] as GeniusWebDomain,
    args[1] as readonly GeniusWebProfile[],
    args[2] as ToNegotiationOptions | undefined,
  )
} as never

/**
 * Exports a negotiation as a GeniusWeb scenario: a domain and one linear-additive profile per party (the principals
 * unless `options.parties` says otherwise), with the utilities of the library's utility model. A quantity is
 * written as a number range when every party's score is linear along it, otherwise as its list of values; give the
 * step of a continuous quantity in `options.steps` (integer quantities default to 1). A party's reservation
 * utility becomes the bid of smallest utility at or above it (`null` when the space has over a million bids).
 * Unknown issues or parties in the options, an issue GeniusWeb cannot hold, and a position that does not fit its
 * issue (in a negotiation the loader did not check) are each a problem on the left side, with its path; so is a
 * negotiation built in code that is not whole (a domain without its list or of no known kind, bounds that are not
 * numbers or the wrong way round, a draft, position or event missing what is read of it).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const domain = { name: 'jobs', issuesValues: { days: { range: { low: 0, high: 4, step: 1 } } } }
 * const profile = {
 *   LinearAdditiveUtilitySpace: {
 *     name: 'employee', domain, issueWeights: { days: 1 },
 *     issueUtilities: { days: { NumberValueSetUtilities: { lowValue: 0, lowUtility: 0, highValue: 4, highUtility: 1 } } },
 *   },
 * }
 * const d = GeniusWeb.importDomain(domain)
 * const p = GeniusWeb.importProfile(profile)
 * assert.ok(E.isRight(d) && E.isRight(p))
 * const doc = GeniusWeb.toNegotiation(d.right, [p.right])
 * assert.ok(E.isRight(doc))
 * const back = GeniusWeb.fromNegotiation(doc.right, { name: 'jobs' })
 * assert.ok(E.isRight(back))
 * assert.deepStrictEqual(back.right.domain, domain)
 */
export const fromNegotiation: {
  (
    options?: FromNegotiationOptions,
  ): (negotiation: Negotiation) => E.Either<readonly GeniusWebProblem[], GeniusWebScenario>
  (
    negotiation: Negotiation,
    options?: FromNegotiationOptions,
  ): E.Either<readonly GeniusWebProblem[], GeniusWebScenario>
} = function (...args: unknown[]) {
  const isNegotiation = (u: unknown): boolean =>
    typeof u === 'object' && u !== null && 'format' in u && 'parties' in u && 'issues' in u
  if (isNegotiation(args[0]))
    return exportScenario(args[0] as Negotiation, args[1] as FromNegotiationOptions | undefined)
  return (negotiation: Negotiation) =>
    exportScenario(negotiation, args[0] as FromNegotiationOptions | undefined)
} as never

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The steps of a domain's number issues, keyed by the issue ids the import gives them: pass them as
 * `Zone.packages`'s `discretize` to analyse exactly the bids GeniusWeb allows, or as `fromNegotiation`'s `steps` to
 * write the same ranges back.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const d = GeniusWeb.importDomain({ name: 'trade', issuesValues: { 'unit price': { range: { low: 10, high: 20, step: 0.5 } } } })
 * assert.ok(E.isRight(d))
 * assert.deepStrictEqual(GeniusWeb.steps(d.right), { 'unit-price': 0.5 })
 */
export const steps = (domain: GeniusWebDomain): Readonly<Record<IssueId, number>> => {
  const names = namesOf(domain)
  const out: Record<string, number> = {}
  for (const [name, values] of Object.entries(domain.issues))
    if (values.kind === 'number') out[names.issues[name]!] = values.step
  return Object.freeze(out)
}

/**
 * The ids the import gives a domain's issue names, and per discrete issue its values' option ids.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const d = GeniusWeb.importDomain({ name: 'party', issuesValues: { Music: { values: ['DJ', 'Live band'] } } })
 * assert.ok(E.isRight(d))
 * assert.deepStrictEqual(GeniusWeb.names(d.right), { issues: { Music: 'Music' }, values: { Music: { DJ: 'DJ', 'Live band': 'Live-band' } } })
 */
export const names = namesOf

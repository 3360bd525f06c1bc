/**
 * GeniusWeb scenario → negotiation document: the domain's issues become issues (discrete values → unordered
 * choice, number range → quantity), each profile becomes a principal with one position per issue carrying an
 * explicit valuation (`scores` or `linear`), its normalised weight as priority, and its reservation bid's utility
 * as the party's reservation. Internal: use `GeniusWeb`.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { isIsoDateString } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { own } from '../internal/record'
import type { IsoDate } from '../model/date'
import type { Issue } from '../model/domain'
import { formatPath } from '../model/errors'
import type { IssueId, OptionId, PartyId, PositionId, SourceId } from '../model/ids'
import { FORMAT, type Negotiation } from '../model/negotiation'
import type { Party } from '../model/party'
import type { Position, Valuation } from '../model/position'
import type {
  GeniusWebBid,
  GeniusWebDomain,
  GeniusWebProblem,
  GeniusWebProfile,
  GeniusWebValues,
} from './geniusweb-decode'
import { idsFor } from './geniusweb-ids'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How to build the negotiation: its title, the date of the positions (default `2000-01-01`: GeniusWeb profiles
 * carry none), ids and names for the parties by profile name, and the source to cite.
 *
 * @category model
 * @since 0.1.0
 */
export interface ToNegotiationOptions {
  readonly title?: string
  readonly date?: string
  readonly parties?: Readonly<Record<string, { readonly id?: string; readonly name?: string }>>
  readonly source?: { readonly title: string; readonly url?: string }
}

/**
 * The ids given to a GeniusWeb domain's names: issue name → issue id, and per issue, value → option id.
 *
 * @category model
 * @since 0.1.0
 */
export interface GeniusWebNames {
  readonly issues: Readonly<Record<string, IssueId>>
  readonly values: Readonly<Record<string, Readonly<Record<string, OptionId>>>>
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The ids the import gives a domain's issues and values.
 *
 * @internal
 */
export const namesOf = (domain: GeniusWebDomain): GeniusWebNames => {
  const names = Object.keys(domain.issues).sort(compareText)
  const ids = idsFor(names)
  const issues: Record<string, IssueId> = {}
  const values: Record<string, Record<string, OptionId>> = {}
  names.forEach((name, i) => {
    issues[name] = ids[i] as IssueId
    const v = domain.issues[name]!
    if (v.kind === 'discrete') {
      const optionIds = idsFor(v.values)
      values[name] = Object.fromEntries(v.values.map((x, j) => [x, optionIds[j] as OptionId]))
    }
  })
  return deepFreeze({ issues, values })
}

const sameValues = (a: GeniusWebValues, b: GeniusWebValues | undefined): boolean => {
  if (b === undefined || a.kind !== b.kind) return false
  if (a.kind === 'discrete' && b.kind === 'discrete')
    return a.values.length === b.values.length && a.values.every((v) => b.values.includes(v))
  return (
    a.kind === 'number' && b.kind === 'number' && a.low === b.low && a.high === b.high && a.step === b.step
  )
}

/**
 * The points of a linear valuation that scores every value of a number issue's grid as GeniusWeb does: on the line
 * from (`lowValue`, `lowUtility`) to (`highValue`, `highUtility`), and 0 outside it. When the line is narrower than
 * the range, the score drops to 0 at the grid's next value beyond each end of the line (and stays 0 to the range's
 * end), so grid values score exactly as `bidUtility` says; values between grid values are interpolated.
 */
const linePoints = (
  f: {
    readonly lowValue: number
    readonly lowUtility: number
    readonly highValue: number
    readonly highUtility: number
  },
  range: { readonly low: number; readonly high: number; readonly step: number },
): { readonly at: number; readonly score: number }[] => {
  const { low, high, step } = range
  const eps = step * 1e-9
  const points: { at: number; score: number }[] = []
  if (f.lowValue > low + eps) {
    // the last grid value below the line
    const before = low + (Math.ceil((f.lowValue - low) / step - 1e-9) - 1) * step
    if (before > low + eps) points.push({ at: low, score: 0 })
    points.push({ at: before, score: 0 })
  }
  points.push({ at: f.lowValue, score: f.lowUtility }, { at: f.highValue, score: f.highUtility })
  if (f.highValue < high - eps) {
    // the first grid value above the line
    const after = low + (Math.floor((f.highValue - low) / step + 1e-9) + 1) * step
    if (after <= high + eps) points.push({ at: Math.min(after, high), score: 0 })
    if (after < high - eps) points.push({ at: high, score: 0 })
  }
  return points
}

const issueOf = (name: string, v: GeniusWebValues, names: GeniusWebNames): Issue => {
  if (v.kind === 'discrete')
    return {
      label: name,
      category: 'other',
      domain: { kind: 'choice', options: v.values.map((x) => ({ id: names.values[name]![x]!, label: x })) },
    }
  const integer = Number.isInteger(v.low) && Number.isInteger(v.step)
  return {
    label: name,
    category: 'other',
    domain: {
      kind: 'quantity',
      unit: 'units',
      min: v.low,
      max: v.high,
      ...(integer ? { integer: true } : {}),
    },
  }
}

/**
 * The utility of a bid under a profile, as GeniusWeb computes it: the sum over the bid's issues of the issue's
 * weight times the utility of its value (issues the bid leaves out count 0).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { GeniusWeb } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const p = GeniusWeb.importProfile({
 *   LinearAdditiveUtilitySpace: {
 *     name: 'buyer',
 *     domain: { name: 'trade', issuesValues: { price: { range: { low: 10, high: 20, step: 1 } }, fast: { values: ['yes', 'no'] } } },
 *     issueWeights: { price: 0.75, fast: 0.25 },
 *     issueUtilities: {
 *       price: { NumberValueSetUtilities: { lowValue: 10, lowUtility: 1, highValue: 20, highUtility: 0 } },
 *       fast: { DiscreteValueSetUtilities: { valueUtilities: { yes: 1, no: 0 } } },
 *     },
 *   },
 * })
 * assert.ok(E.isRight(p))
 * assert.ok(Math.abs(GeniusWeb.bidUtility(p.right, { price: 12, fast: 'yes' }) - 0.85) < 1e-12)
 */
export const bidUtility = (profile: GeniusWebProfile, bid: GeniusWebBid): number => {
  let u = 0
  for (const [issue, value] of Object.entries(bid)) {
    const f = own(profile.utilities, issue)
    const w = own(profile.weights, issue) ?? 0
    if (f === undefined) continue
    if (f.kind === 'discrete') u += w * (own(f.utilities, String(value)) ?? 0)
    else {
      const x = Number(value)
      if (x < f.lowValue || x > f.highValue) continue
      u +=
        w * (f.lowUtility + ((f.highUtility - f.lowUtility) * (x - f.lowValue)) / (f.highValue - f.lowValue))
    }
  }
  return Math.min(1, Math.max(0, u))
}

const positionsOf = (
  profile: GeniusWebProfile,
  party: PartyId,
  names: GeniusWebNames,
  date: IsoDate,
  source: SourceId,
): Position[] => {
  const out: Position[] = []
  for (const name of Object.keys(names.issues).sort(compareText)) {
    const issue = names.issues[name]!
    const f = profile.utilities[name]!
    let valuation: Valuation
    let ideal: string | number
    if (f.kind === 'discrete') {
      const ids = names.values[name]!
      const values =
        profile.domain.issues[name]!.kind === 'discrete'
          ? (profile.domain.issues[name] as { values: readonly string[] }).values
          : []
      const scores: Record<string, number> = {}
      for (const v of values) scores[ids[v]!] = own(f.utilities, v) ?? 0
      valuation = { kind: 'scores', scores }
      let best = values[0]!
      for (const v of values) if ((own(f.utilities, v) ?? 0) > (own(f.utilities, best) ?? 0)) best = v
      ideal = ids[best]!
    } else {
      const range = profile.domain.issues[name]
      valuation = {
        kind: 'linear',
        points:
          range?.kind === 'number'
            ? linePoints(f, range)
            : [
                { at: f.lowValue, score: f.lowUtility },
                { at: f.highValue, score: f.highUtility },
              ],
      }
      ideal = f.highUtility > f.lowUtility ? f.highValue : f.lowValue
    }
    out.push({
      id: `${party}.${issue}`.slice(0, 100) as PositionId,
      party,
      issue,
      asOf: date,
      sources: [source],
      kind: 'statement',
      ideal: ideal as OptionId,
      priority: own(profile.weights, name) ?? 0,
      valuation,
    })
  }
  return out
}

/**
 * Builds a negotiation from a GeniusWeb domain and profiles, or every problem found.
 *
 * @internal
 */
export const toNegotiation = (
  domain: GeniusWebDomain,
  profiles: readonly GeniusWebProfile[],
  options: ToNegotiationOptions = {},
): E.Either<readonly GeniusWebProblem[], Negotiation> => {
  const problems: GeniusWebProblem[] = []
  const fail = (path: (string | number)[], code: GeniusWebProblem['code'], message: string): void => {
    problems.push({ path: formatPath(path), code, message })
  }
  const date = options.date ?? '2000-01-01'
  if (!isIsoDateString(date))
    fail(['options', 'date'], 'bad-date', `${JSON.stringify(date)} is not a date written YYYY-MM-DD`)
  if (profiles.length === 0) fail(['profiles'], 'empty', 'give at least one profile')
  profiles.forEach((p, i) => {
    const mine = Object.keys(p.domain.issues).sort(compareText)
    const theirs = Object.keys(domain.issues).sort(compareText)
    if (
      mine.join('\u0000') !== theirs.join('\u0000') ||
      mine.some((k) => !sameValues(p.domain.issues[k]!, domain.issues[k]))
    )
      fail(
        ['profiles', i, 'domain'],
        'out-of-domain',
        `profile ${JSON.stringify(p.name)} is for another domain than ${JSON.stringify(domain.name)} (its issues or values differ)`,
      )
  })
  const order = profiles
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compareText(a.p.name, b.p.name) || a.i - b.i)
  const wanted = order.map(({ p }) => options.parties?.[p.name]?.id)
  wanted.forEach((id, k) => {
    if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(id))
      fail(
        ['options', 'parties', order[k]!.p.name, 'id'],
        'bad-id',
        `${JSON.stringify(id)} is not a valid party id (letters, digits and . _ : -)`,
      )
  })
  const given = new Set(wanted.filter((x): x is string => x !== undefined))
  if (given.size !== wanted.filter((x) => x !== undefined).length)
    fail(['options', 'parties'], 'duplicate-id', 'two profiles were given the same party id')
  if (problems.length > 0) return E.left(problems)
  const auto = idsFor(
    order.filter((_, k) => wanted[k] === undefined).map(({ p }) => p.name),
    given,
  )
  let next = 0
  const partyIds = wanted.map((id) => (id ?? auto[next++]!) as PartyId)
  const names = namesOf(domain)
  const source = 'geniusweb' as SourceId
  const issues: Record<string, Issue> = {}
  for (const name of Object.keys(names.issues).sort(compareText))
    issues[names.issues[name]!] = issueOf(name, domain.issues[name]!, names)
  const parties: Record<string, Party> = {}
  const positions: Position[] = []
  order.forEach(({ p }, k) => {
    const id = partyIds[k]!
    const reservation = p.reservationBid === undefined ? undefined : bidUtility(p, p.reservationBid)
    parties[id] = {
      name: options.parties?.[p.name]?.name ?? p.name,
      role: 'principal',
      ...(reservation === undefined ? {} : { reservation }),
    }
    positions.push(...positionsOf(p, id, names, date as IsoDate, source))
  })
  const negotiation = {
    format: FORMAT,
    title: options.title ?? `GeniusWeb scenario: ${domain.name}`,
    parties,
    issues,
    positions,
    proposals: {},
    events: [],
    sources: {
      [source]: {
        title:
          options.source?.title ??
          `GeniusWeb domain ${JSON.stringify(domain.name)} and profiles ${order.map(({ p }) => JSON.stringify(p.name)).join(', ')}`,
        ...(options.source?.url === undefined ? {} : { url: options.source.url }),
      },
    },
  } as unknown as Negotiation
  return E.right(deepFreeze(negotiation))
}

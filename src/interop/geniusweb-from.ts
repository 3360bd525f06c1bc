/**
 * Negotiation document → GeniusWeb scenario: one domain and one linear-additive profile per party, with the
 * utilities of the library's utility model (`Utility`). Internal: use `GeniusWeb`.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import { hasOwn } from '../internal/record'
import { score, utility, type Package } from '../algebra/utility'
import type { IsoDate } from '../model/date'
import type { Domain, Issue, Value } from '../model/domain'
import { formatPath } from '../model/errors'
import type { IssueId, OptionId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import * as Positions from '../model/positions'
import { domainProblems } from '../model/check-values'
import { negotiationShape } from '../model/shape'
import type { GeniusWebProblem } from './geniusweb-decode'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to export: the domain's name (default: the negotiation's id or title), the parties (default: the
 * principals), the issues (default: all), the step of each quantity issue (integer quantities default to 1), and
 * the date of the positions (default: the latest).
 *
 * @category model
 * @since 0.1.0
 */
export interface FromNegotiationOptions {
  readonly name?: string
  readonly parties?: readonly PartyId[]
  readonly issues?: readonly IssueId[]
  readonly steps?: Readonly<Record<string, number>>
  readonly asOf?: IsoDate
}

/**
 * A GeniusWeb scenario as JSON data: the domain and one profile per party id.
 *
 * @category model
 * @since 0.1.0
 */
export interface GeniusWebScenario {
  readonly domain: unknown
  readonly profiles: Readonly<Record<string, unknown>>
}

/** Bids searched at most when choosing a reservation bid. */
const BID_SEARCH_LIMIT = 1_000_000

const unique = (xs: readonly string[]): boolean => new Set(xs).size === xs.length

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

interface Exported {
  readonly id: IssueId
  readonly name: string
  readonly domain: Domain
  /** The issue's values and their GeniusWeb names (strings, or numbers on a number range). */
  readonly values: readonly Value[]
  readonly names: readonly (string | number)[]
  readonly range?: { readonly low: number; readonly high: number; readonly step: number }
}

const grid = (low: number, high: number, step: number): number[] => {
  const out: number[] = []
  const n = Math.floor((high - low) / step + 1e-9)
  for (let k = 0; k <= n && out.length <= BID_SEARCH_LIMIT; k++)
    out.push(Number((low + k * step).toPrecision(12)))
  return out
}

const exportIssue = (
  id: IssueId,
  name: string,
  issue: Issue,
  step: number | undefined,
  fail: (message: string, code: GeniusWebProblem['code']) => void,
): Exported | undefined => {
  const d = issue.domain
  switch (d.kind) {
    case 'choice': {
      const labels = d.options.map((o) => o.label)
      return {
        id,
        name,
        domain: d,
        values: d.options.map((o) => o.id),
        names: unique(labels) ? labels : d.options.map((o) => o.id),
      }
    }
    case 'flag':
      return { id, name, domain: d, values: [true, false], names: ['true', 'false'] }
    case 'subset': {
      if (d.universe.length > 10) {
        fail(
          `issue \`${id}\` is a subset of ${String(d.universe.length)} elements; GeniusWeb needs each subset as a value, so at most 10 elements can be exported`,
          'too-large',
        )
        return undefined
      }
      const values: OptionId[][] = []
      for (let m = 0; m < 1 << d.universe.length; m++)
        values.push(d.universe.filter((_, i) => (m & (1 << i)) !== 0).map((o) => o.id))
      // the empty set is `none`, unless an element is called so: then `{}`, which no id can be (nor has `+`)
      const none = d.universe.some((o) => o.id === 'none') ? '{}' : 'none'
      return {
        id,
        name,
        domain: d,
        values,
        names: values.map((v) => (v.length === 0 ? none : v.join('+'))),
      }
    }
    case 'quantity': {
      const s = step ?? (d.integer === true ? 1 : undefined)
      if (s === undefined || !(s > 0)) {
        fail(
          `issue \`${id}\` is a continuous quantity; give its step in \`steps\` (GeniusWeb number issues are grids)`,
          'missing',
        )
        return undefined
      }
      const values = grid(d.min, d.max, s)
      if (values.length > BID_SEARCH_LIMIT) {
        fail(
          `issue \`${id}\` would have more than ${String(BID_SEARCH_LIMIT)} values with step ${String(s)}; give a larger step`,
          'too-large',
        )
        return undefined
      }
      return { id, name, domain: d, values, names: values, range: { low: d.min, high: d.max, step: s } }
    }
  }
}

/** The stance's field that a scoring error names (`ideal: …`), else its valuation. */
const fieldOf = (message: string): 'ideal' | 'acceptable' | 'redLines' | 'valuation' => {
  for (const f of ['ideal', 'acceptable', 'redLines'] as const) if (message.startsWith(`${f}:`)) return f
  return 'valuation'
}

/**
 * The party's scores on an issue's values; all 1 when it has no position there (it is indifferent). A stance that
 * cannot be scored (an ideal that is not one of the issue's options, …: only a document the loader did not check
 * has one) is reported at the position that gave the field, and scores nothing.
 */
const scoresOn = (
  negotiation: Negotiation,
  party: PartyId,
  x: Exported,
  asOf: IsoDate | undefined,
  fail: (path: (string | number)[], message: string) => void,
): number[] => {
  const stance = Positions.at(negotiation, party, x.id, asOf)
  if (O.isNone(stance)) return x.values.map(() => 1)
  const scores: number[] = []
  for (const v of x.values) {
    const s = score(x.domain, stance.value, v as never)
    if (E.isLeft(s)) {
      const field = fieldOf(s.left.message)
      const id = stance.value.origin[field]
      const at = negotiation.positions.findIndex((p) => p.id === id)
      fail(
        at < 0 ? ['positions'] : ['positions', at, field],
        `the position of \`${party}\` on \`${x.id}\` cannot be scored (${s.left.message}); correct it, or check the negotiation with \`Load\` first`,
      )
      return []
    }
    scores.push(s.right)
  }
  return scores
}

const isLinear = (values: readonly Value[], scores: readonly number[]): boolean => {
  const n = values.length
  if (n < 3) return true
  const x0 = values[0] as number
  const x1 = values[n - 1] as number
  const s0 = scores[0]!
  const s1 = scores[n - 1]!
  return values.every(
    (v, i) => Math.abs(s0 + ((s1 - s0) * ((v as number) - x0)) / (x1 - x0) - scores[i]!) < 1e-9,
  )
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Exports a negotiation as a GeniusWeb domain and profiles, or every problem found.
 *
 * @internal
 */
export const fromNegotiation = (
  negotiation: Negotiation,
  options: FromNegotiationOptions = {},
): E.Either<readonly GeniusWebProblem[], GeniusWebScenario> => {
  // a negotiation built in code, not loaded, is read only when whole: its shape, then its issues' domains
  const shape = negotiationShape(negotiation)
  if (shape.length > 0)
    return E.left(shape.map(({ at, message }) => ({ path: at === '' ? '$' : at, code: 'type', message })))
  const domains = domainProblems(negotiation.issues, Object.keys(negotiation.issues).sort(compareText))
  if (domains.length > 0)
    return E.left(
      domains.map(({ issue, message }) => ({ path: `issues.${issue}.domain`, code: 'bad-domain', message })),
    )
  const problems: GeniusWebProblem[] = []
  const at = (path: (string | number)[], code: GeniusWebProblem['code'], message: string): void => {
    problems.push({ path: formatPath(path), code, message })
  }
  const allIssues = Object.keys(negotiation.issues).sort(compareText) as IssueId[]
  const issueIds = options.issues ?? allIssues
  issueIds.forEach((id, i) => {
    if (!hasOwn(negotiation.issues, id))
      at(['options', 'issues', i], 'unknown-reference', `the negotiation has no issue \`${id}\``)
  })
  const parties =
    options.parties ??
    (Object.keys(negotiation.parties)
      .sort(compareText)
      .filter((p) => negotiation.parties[p as PartyId]!.role === 'principal') as PartyId[])
  parties.forEach((id, i) => {
    if (!hasOwn(negotiation.parties, id))
      at(['options', 'parties', i], 'unknown-reference', `the negotiation has no party \`${id}\``)
  })
  if (parties.length === 0)
    at(['options', 'parties'], 'empty', 'the negotiation has no principal to export; name the parties')
  if (problems.length > 0) return E.left(problems)
  const labels = issueIds.map((id) => negotiation.issues[id]!.label)
  const issueNames = unique(labels) ? labels : issueIds
  const exported: Exported[] = []
  issueIds.forEach((id, i) => {
    const x = exportIssue(id, issueNames[i]!, negotiation.issues[id]!, options.steps?.[id], (m, code) =>
      at(['issues', id], code, m),
    )
    if (x !== undefined) exported.push(x)
  })
  if (problems.length > 0) return E.left(problems)
  const scores = parties.map((p) =>
    exported.map((x) => scoresOn(negotiation, p, x, options.asOf, (path, m) => at(path, 'out-of-domain', m))),
  )
  if (problems.length > 0) return E.left(problems)
  const issuesValues: Record<string, unknown> = {}
  const asNumber = exported.map(
    (x, j) =>
      x.range !== undefined &&
      x.values.length > 1 &&
      x.values[x.values.length - 1] === x.range.high &&
      scores.every((s) => isLinear(x.values, s[j]!)),
  )
  exported.forEach((x, j) => {
    issuesValues[x.name] = asNumber[j] ? { range: x.range } : { values: x.names.map(String) }
  })
  const name = options.name ?? (negotiation as { readonly id?: string }).id ?? negotiation.title
  const domain = { name, issuesValues }
  const profiles: Record<string, unknown> = {}
  parties.forEach((party, k) => {
    const anyPackage: Record<string, Value> = {}
    for (const x of exported) anyPackage[x.id] = x.values[0]!
    const report = utility(negotiation, party, anyPackage as Package, options.asOf)
    const raw = exported.map((x) =>
      E.isRight(report) ? (report.right.issues.find((i) => i.issue === x.id)?.weight ?? 0) : 0,
    )
    const total = raw.reduce((a, b) => a + b, 0)
    const weights = raw.map((w) => (total > 0 ? w / total : 1 / exported.length))
    const issueUtilities: Record<string, unknown> = {}
    const issueWeights: Record<string, number> = {}
    exported.forEach((x, j) => {
      const s = scores[k]![j]!
      issueWeights[x.name] = weights[j]!
      issueUtilities[x.name] = asNumber[j]
        ? {
            NumberValueSetUtilities: {
              lowValue: x.values[0],
              lowUtility: s[0],
              highValue: x.values[x.values.length - 1],
              highUtility: s[s.length - 1],
            },
          }
        : {
            DiscreteValueSetUtilities: {
              valueUtilities: Object.fromEntries(x.names.map((n, i) => [String(n), s[i]!])),
            },
          }
    })
    const reservation = negotiation.parties[party]!.reservation
    const bid =
      reservation === undefined ? null : reservationBid(exported, scores[k]!, weights, reservation, asNumber)
    profiles[party] = {
      LinearAdditiveUtilitySpace: {
        issueUtilities,
        issueWeights,
        domain,
        name: negotiation.parties[party]!.name,
        reservationBid: bid,
      },
    }
  })
  return E.right(deepFreeze({ domain, profiles }))
}

/** The bid of smallest utility at or above the reservation (first in order on ties); null if none or too many. */
const reservationBid = (
  exported: readonly Exported[],
  scores: readonly (readonly number[])[],
  weights: readonly number[],
  reservation: number,
  asNumber: readonly boolean[],
): { issuevalues: Record<string, string | number> } | null => {
  const size = exported.reduce((n, x) => n * x.values.length, 1)
  if (size > BID_SEARCH_LIMIT || size === 0) return null
  const digits = exported.map(() => 0)
  let best: number[] | undefined
  let bestU = Infinity
  for (let n = 0; n < size; n++) {
    let u = 0
    for (let j = 0; j < exported.length; j++) u += weights[j]! * scores[j]![digits[j]!]!
    if (u >= reservation - 1e-12 && u < bestU - 1e-12) {
      bestU = u
      best = [...digits]
    }
    for (let j = exported.length - 1; j >= 0; j--) {
      digits[j]!++
      if (digits[j]! < exported[j]!.values.length) break
      digits[j] = 0
    }
  }
  if (best === undefined) return null
  const chosen = best
  const issuevalues: Record<string, string | number> = {}
  exported.forEach((x, j) => {
    const n = x.names[chosen[j]!]!
    issuevalues[x.name] = asNumber[j] ? Number(n) : String(n)
  })
  return { issuevalues }
}

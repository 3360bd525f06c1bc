/**
 * The exact Pareto frontier of the packages every principal accepts, for any number of parties, under the library's
 * utility model (see `Utility`), and the bargaining points on it: Nash, Kalai–Smorodinsky, maximum welfare, and the
 * opposition of the frontier. Packages are scored into one typed array per party (no allocation per package), values
 * of an issue that another value beats for every party are skipped (they cannot be on the frontier), and the
 * frontier is found by a sort-based skyline: exact, no sampling.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Negotiation } from '../model/negotiation'
import { bestFor, kalaiSmorodinsky, nash, opposition, welfare, type Best } from './bargaining'
import { outcomeAt, utilitiesOf } from './blockers'
import type { BargainingPoint, Outcome, Pareto, ZoneError, ZoneOptions } from './model'
import { withOptions } from './packages'
import { choicesOf, keep, none, scoreAll } from './search'
import { paretoFront, UNITS, type Scored } from './skyline'
import { spaceOf, type Space } from './space'
import { fmt, list, packageText } from './text'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** Scores every acceptable package into typed arrays; undefined when more than `max` are acceptable. */
const score = (
  space: Space,
  max: number,
): { scored: Scored; codes: Float64Array; radix: readonly number[] } | undefined => {
  const kept = keep(space, none(space))
  const r = scoreAll(space, kept, choicesOf(space, kept, true), max)
  if (r === undefined) return undefined
  return {
    scored: { count: r.count, utilities: r.utilities },
    codes: r.codes,
    radix: space.axes.map((a) => a.pieces.length),
  }
}

const digitsOf = (code: number, radix: readonly number[]): Int32Array => {
  const out = new Int32Array(radix.length)
  let c = code
  for (let a = radix.length - 1; a >= 0; a--) {
    out[a] = c % radix[a]!
    c = Math.floor(c / radix[a]!)
  }
  return out
}

const paretoOf = (negotiation: Negotiation, options: ZoneOptions): E.Either<readonly ZoneError[], Pareto> => {
  const s = spaceOf(negotiation, options)
  if (E.isLeft(s)) return s
  const space = s.right
  const max = options.maxPackages ?? 50_000_000
  const r = score(space, max)
  if (r === undefined)
    return E.left([
      {
        _tag: 'too-large',
        message: `more than ${String(max)} packages are acceptable; narrow the issues with \`issues\`, discretise quantities more coarsely, or raise \`maxPackages\``,
      },
    ])
  const { scored, codes, radix } = r
  const limit = options.limit ?? 1000
  const front = paretoFront(scored)
  const disagreement = Float64Array.from(space.parties, (p) =>
    Math.round((negotiation.parties[p]!.reservation ?? 0) * UNITS),
  )
  const outcome = (i: number): Outcome =>
    outcomeAt(space, digitsOf(codes[i]!, radix), (p) => scored.utilities[p]![i]!)
  const names = space.names
  const utilityWords = (o: Outcome): string =>
    list(space.parties.map((p, k) => `${names[k]!} ${fmt(o.utilities[p]!)}`))
  const point = (
    solution: BargainingPoint['solution'],
    best: Best,
    name: string,
    criterion: string,
  ): BargainingPoint => {
    const outcomes = best.packages.slice(0, limit).map(outcome)
    const first = outcomes[0]
    const explanation =
      first === undefined
        ? `No package is acceptable to every principal, so there is no ${name}.`
        : `The ${name} is ${packageText(negotiation, first.package)}, giving ${utilityWords(first)}: ${criterion} (${fmt(best.value)})${best.packages.length > 1 ? `, reached by ${String(best.packages.length)} packages` : ''}.`
    return {
      solution,
      value: first === undefined ? null : best.value,
      ties: best.packages.length,
      outcomes,
      explanation,
    }
  }
  const nashBest = nash(scored, front, disagreement)
  const nashPoint = point(
    'nash',
    nashBest,
    'Nash bargaining point',
    'the largest product of gains over the reservation utilities',
  )
  const ks = point(
    'kalai-smorodinsky',
    kalaiSmorodinsky(scored, front, disagreement),
    'Kalai–Smorodinsky point',
    'the largest share, the same for every party, of the way from its reservation utility to its best',
  )
  const mw = point(
    'max-welfare',
    welfare(scored, front),
    'maximum-welfare point',
    'the largest sum of utilities',
  )
  const opp = opposition(scored, front)
  const closest = opp.packages.slice(0, limit).map(outcome)
  const best = bestFor(scored, front)
  const who = (values: (p: number) => number) => utilitiesOf(space, values)
  const n = space.parties.length
  const oppText =
    closest[0] === undefined
      ? 'With no acceptable package there is no frontier to measure opposition on.'
      : `Opposition is ${fmt(opp.value)}: the frontier point closest to everyone's ideal (utility 1 for all) is ${packageText(negotiation, closest[0].package)}, at distance ${fmt(opp.value * Math.sqrt(n))} (0 means someone's best package is everyone's best).`
  const nashNote =
    front.length > 0 && nashBest.value === 0
      ? ' No package gives every party more than its reservation utility, so the Nash product is 0 throughout.'
      : ''
  const explanation =
    scored.count === 0
      ? `No package is acceptable to every principal (${list(names.slice())}), so there is no frontier.`
      : `Of the acceptable packages (${String(scored.count)} scored; values another value beats for every party skipped), ${String(front.length)} ${front.length === 1 ? 'is' : 'are'} Pareto-efficient for ${list(names.slice())}. ${nashPoint.explanation}${nashNote} ${oppText}`
  return E.right(
    deepFreeze({
      ...(space.asOf === undefined ? {} : { asOf: space.asOf }),
      parties: space.parties,
      issues: space.axes.map((a) => a.issue),
      scored: scored.count,
      frontier: front.slice(0, limit).map(outcome),
      frontierSize: front.length,
      nash: nashPoint,
      kalaiSmorodinsky: ks,
      maxWelfare: mw,
      opposition: { value: closest.length === 0 ? null : opp.value, closest, explanation: oppText },
      disagreement: who((p) => disagreement[p]!),
      best: who((p) => (front.length === 0 ? 0 : best[p]!)),
      quantities: space.quantities,
      unapplied: space.unapplied,
      explanation,
    }),
  )
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The Pareto frontier of the packages every principal accepts (see `Zone.packages`), exact, for any number of
 * principals, under the utility model of `Utility`, with the bargaining points on it — the Nash point (largest
 * product of gains over the reservation utilities, 0 when unset), the Kalai–Smorodinsky point (largest smallest
 * normalised gain toward each party's best), the maximum-welfare point (largest sum) — and the opposition (distance
 * of the closest frontier point to the ideal (1, …, 1), over √n). Ties are all reported, in a fixed order (by
 * decreasing utilities, the first party first). Utilities are compared to twelve decimals.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Zone, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const options = [{ id: 'low', label: 'Low' }, { id: 'mid', label: 'Mid' }, { id: 'high', label: 'High' }]
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { buyer: { name: 'Buyer', role: 'principal' }, seller: { name: 'Seller', role: 'principal' } },
 *   issues: { price: { label: 'Price', category: 'economic', domain: { kind: 'choice', ordered: true, options } } },
 *   positions: [
 *     { id: 'b', party: 'buyer', issue: 'price', asOf: '2025-01-01', sources: [], ideal: 'low' },
 *     { id: 's', party: 'seller', issue: 'price', asOf: '2025-01-01', sources: [], ideal: 'high' },
 *   ],
 * } as unknown as Negotiation
 * const result = Zone.pareto(doc)
 * assert.ok(E.isRight(result))
 * assert.strictEqual(result.right.frontierSize, 3)
 * assert.deepStrictEqual(result.right.nash.outcomes.map((o) => o.package), [{ price: 'mid' }])
 */
export const pareto: {
  (options?: ZoneOptions): (negotiation: Negotiation) => E.Either<readonly ZoneError[], Pareto>
  (negotiation: Negotiation, options?: ZoneOptions): E.Either<readonly ZoneError[], Pareto>
} = withOptions(paretoOf) as never

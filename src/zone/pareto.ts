/**
 * The exact Pareto frontier of the packages every principal accepts, for any number of parties, under the library's
 * utility model (see `Utility`), and the bargaining points on it: Nash, Kalai–Smorodinsky, maximum welfare, and the
 * opposition of the frontier. Packages are scored into one typed array per party (no allocation per package), values
 * of an issue that another value beats for every party are skipped (they cannot be on the frontier), and the
 * frontier is found by a sort-based skyline: exact, no sampling. With a quantity handled exactly (no step), the
 * packages scored at its critical values are then compared with the packages inside its ranges (see
 * `./efficient`), and those a package there beats are left off.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Negotiation } from '../model/negotiation'
import { bestFor, kalaiSmorodinsky, nash, opposition, TIE, welfare, type Best } from './bargaining'
import { outcomeAt, utilitiesOf } from './blockers'
import { BRANCHES, efficientOf, unitsAt } from './efficient'
import type { BargainingPoint, Outcome, Pareto, ZoneError, ZoneOptions } from './model'
import { withOptions } from './packages'
import { choicesOf, keep, none, scoreAll } from './search'
import { inside, rangeAxis } from './segments'
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

const labelOf = (space: Space, issue: string): string =>
  space.axes.find((a) => a.issue === issue)?.label ?? issue

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
  const { codes, radix } = r
  const limit = options.limit ?? 1000
  const disagreement = Float64Array.from(space.parties, (p) =>
    Math.round((negotiation.parties[p]!.reservation ?? 0) * UNITS),
  )
  // one quantity handled exactly: also the values inside its ranges where a bargaining point can lie
  const kept = keep(space, none(space))
  const q = rangeAxis(space, kept)
  const extra =
    q === undefined || q < 0
      ? undefined
      : inside(
          space,
          kept,
          q,
          Float64Array.from(space.parties, (p) => (negotiation.parties[p]!.reservation ?? 0) * UNITS),
          bestFor(r.scored, paretoFront(r.scored)),
          new Set(codes.subarray(0, r.scored.count)),
          max - r.scored.count,
        )
  if (q !== undefined && q >= 0 && extra === undefined)
    return E.left([
      {
        _tag: 'too-large',
        message: `more than ${String(max)} packages and ranges are acceptable; narrow the issues with \`issues\`, discretise quantities more coarsely, or raise \`maxPackages\``,
      },
    ])
  const points = r.scored.count
  const scored: Scored =
    extra === undefined || extra.count === 0
      ? r.scored
      : {
          count: points + extra.count,
          utilities: r.scored.utilities.map((u, p) => {
            const all = new Float64Array(points + extra.count)
            all.set(u.subarray(0, points))
            all.set(extra.utilities[p]!, points)
            return all
          }),
        }
  const front = paretoFront(scored)
  // a package with a quantity strictly between critical values can beat a package scored: leave those off
  const eff = efficientOf(
    space,
    kept,
    front,
    (i, out) => {
      for (let p = 0; p < out.length; p++)
        out[p] =
          i < points
            ? unitsAt(space, digitsOf(codes[i]!, radix), p)
            : unitsAt(
                space,
                digitsOf(extra!.codes[i - points]!, radix),
                p,
                extra!.axis,
                extra!.values[i - points],
              )
    },
    max - scored.count,
  )
  if (eff === undefined)
    return E.left([
      {
        _tag: 'too-large',
        message: `more than ${String(max)} packages and ranges are acceptable; narrow the issues with \`issues\`, discretise quantities more coarsely, or raise \`maxPackages\``,
      },
    ])
  const efficient = eff.efficient
  const isEfficient = new Set(efficient)
  // a bargaining point attained by an efficient package is given by those only; one only approached (toward an
  // excluded end of a range) keeps the best of the values scored
  const onFrontier = (b: Best): Best => {
    const on = b.packages.filter((i) => isEfficient.has(i))
    return on.length === 0 ? b : { value: b.value, packages: on }
  }
  const outcome = (i: number): Outcome => {
    if (i < points) return outcomeAt(space, digitsOf(codes[i]!, radix), (p) => scored.utilities[p]![i]!)
    const k = i - points
    const o = outcomeAt(space, digitsOf(extra!.codes[k]!, radix), (p) => scored.utilities[p]![i]!)
    return { ...o, package: { ...o.package, [space.axes[extra!.axis]!.issue]: extra!.values[k]! } }
  }
  const names = space.names
  const exactNames = space.quantities
    .filter((x) => x.handling === 'exact')
    .map((x) => labelOf(space, x.issue))
  // with several quantities handled exactly, only their critical values are scored: a package between them, where a
  // reservation utility cuts a range, can be acceptable when none scored is
  const noneAcceptable =
    q === undefined
      ? `No package with ${list(exactNames)} at critical values is acceptable to every principal`
      : 'No package is acceptable to every principal'
  const utilityWords = (o: Outcome): string =>
    list(space.parties.map((p, k) => `${names[k]!} ${fmt(o.utilities[p]!)}`))
  // the best each party gets, or comes arbitrarily close to toward an excluded end of a range
  const frontBest = bestFor(scored, front)
  if (front.length > 0)
    for (const o of extra?.open ?? [])
      o.utilities.forEach((v, p) => {
        if (v > frontBest[p]!) frontBest[p] = v
      })
  const atLimit = {
    nash: (u: Float64Array): number =>
      u.reduce((x, v, p) => x * Math.max(0, (v - disagreement[p]!) / UNITS), 1),
    'kalai-smorodinsky': (u: Float64Array): number => {
      let m = Infinity
      u.forEach((v, p) => {
        const range = frontBest[p]! - disagreement[p]!
        if (range > 0) m = Math.min(m, (v - disagreement[p]!) / range)
      })
      return m === Infinity ? 1 : m
    },
    'max-welfare': (u: Float64Array): number => u.reduce((x, v) => x + v, 0) / UNITS,
  }
  const point = (
    solution: BargainingPoint['solution'],
    best: Best,
    name: string,
    criterion: string,
  ): BargainingPoint => {
    const outcomes = best.packages.slice(0, limit).map(outcome)
    const first = outcomes[0]
    // toward an excluded end of a range: a higher value approached and never attained, or the same value with
    // more for some party (the frontier is open there)
    let sup: { value: number; at: number; higher: boolean } | undefined
    const firstUnits = first === undefined ? undefined : scored.utilities.map((u) => u[best.packages[0]!]!)
    for (const o of extra?.open ?? []) {
      const v = atLimit[solution](o.utilities)
      const higher = v > best.value + TIE
      const better =
        firstUnits !== undefined &&
        v >= best.value - TIE &&
        firstUnits.every((x, p) => o.utilities[p]! >= x - 1) &&
        firstUnits.some((x, p) => o.utilities[p]! > x + 1)
      if ((higher || better) && (sup === undefined || v > sup.value)) sup = { value: v, at: o.value, higher }
    }
    const where =
      sup === undefined
        ? ''
        : `as ${labelOf(space, space.axes[extra!.axis]!.issue)} approaches ${fmt(sup.at)}, which is not acceptable,`
    const supText =
      sup === undefined || first === undefined
        ? ''
        : sup.higher
          ? ` No package attains the largest value: ${where} it comes arbitrarily close to ${fmt(sup.value)}; the package given is the best of the values scored.`
          : ` No package is best: ${where} packages do as well by this measure and better for some party; the package given is the best of the values scored.`
    const explanation =
      first === undefined
        ? `${noneAcceptable}, so there is no ${name}.`
        : `The ${name} is ${packageText(negotiation, first.package)}, giving ${utilityWords(first)}: ${criterion} (${fmt(best.value)})${best.packages.length > 1 ? `, reached by ${String(best.packages.length)} packages` : ''}.${supText}`
    return {
      solution,
      value: first === undefined ? null : best.value,
      ties: best.packages.length,
      outcomes,
      ...(sup === undefined || first === undefined ? {} : { supremum: Math.max(sup.value, best.value) }),
      explanation,
    }
  }
  const nashBest = onFrontier(nash(scored, front, disagreement))
  const nashPoint = point(
    'nash',
    nashBest,
    'Nash bargaining point',
    'the largest product of gains over the reservation utilities',
  )
  const ks = point(
    'kalai-smorodinsky',
    onFrontier(kalaiSmorodinsky(scored, front, disagreement, frontBest)),
    'Kalai–Smorodinsky point',
    'the largest share, the same for every party, of the way from its reservation utility to its best',
  )
  const mw = point(
    'max-welfare',
    onFrontier(welfare(scored, front)),
    'maximum-welfare point',
    'the largest sum of utilities',
  )
  const opp = onFrontier(opposition(scored, front))
  const closest = opp.packages.slice(0, limit).map(outcome)
  const best = frontBest
  const who = (values: (p: number) => number) => utilitiesOf(space, values)
  const n = space.parties.length
  const checked = list(eff.axes.map((a) => space.axes[a]!.label))
  const checkedOr = list(
    eff.axes.map((a) => space.axes[a]!.label),
    'or',
  )
  const oppText =
    closest[0] === undefined
      ? `With no acceptable package${q === undefined ? ' scored' : ''} there is no frontier to measure opposition on.`
      : isEfficient.has(opp.packages[0]!)
        ? `Opposition is ${fmt(opp.value)}: the frontier point closest to everyone's ideal (utility 1 for all) is ${packageText(negotiation, closest[0].package)}, at distance ${fmt(opp.value * Math.sqrt(n))} (0 means someone's best package is everyone's best).`
        : `Opposition is at most ${fmt(opp.value)}: the package scored closest to everyone's ideal (utility 1 for all) is ${packageText(negotiation, closest[0].package)}, at distance ${fmt(opp.value * Math.sqrt(n))} (0 means someone's best package is everyone's best), but it is not on the frontier: a package with ${checkedOr} between critical values comes closer.`
  const nashNote =
    front.length > 0 && nashBest.value === 0
      ? ' No package gives every party more than its reservation utility, so the Nash product is 0 throughout.'
      : ''
  const rangeNote =
    q === undefined
      ? ` ${list(exactNames)} are handled exactly, and the bargaining points are taken at their critical values only: between them, with both varying at once, a Nash or Kalai–Smorodinsky point can lie higher and is not searched (and a package given may be beaten by one there, and be off the frontier); give all but one of them a step in \`discretize\` to make the bargaining points exact.`
      : extra === undefined || extra.count === 0
        ? ''
        : ` ${labelOf(space, space.axes[extra.axis]!.issue)} is handled exactly: besides its critical values, ${String(extra.count)} ${extra.count === 1 ? 'value' : 'values'} inside its ranges where a bargaining point can lie or a reservation utility cuts a range ${extra.count === 1 ? 'was' : 'were'} scored, so the bargaining points are exact.`
  const dropped = eff.dropped
  const undecided = eff.undecided
  const frontierNote = [
    dropped === 0
      ? ''
      : ` ${String(dropped)} ${dropped === 1 ? 'package' : 'packages'} that no other package scored beats ${dropped === 1 ? 'is' : 'are'} left off the frontier all the same: a package with ${checkedOr} strictly between two critical values is better for some party and worse for none.`,
    efficient.length > 0 || eff.axes.length !== 1
      ? ''
      : ` No package is Pareto-efficient: toward a value of ${checked} that is not acceptable, packages keep getting better for some party and worse for none.`,
    eff.axes.length > 1
      ? ` Every package listed was compared with all the packages where one or more of ${checked} lie between critical values, and none of them beats it; but only packages at critical values are listed, and an efficient package can lie between them (where a reservation utility, or a value that is not acceptable next to a range of whole numbers, ends a range) without being listed.`
      : '',
    undecided === 0
      ? ''
      : ` For ${String(undecided)} of the packages listed, the search among whole numbers of ${checked} varying together stopped after ${String(BRANCHES)} branches: ${undecided === 1 ? 'it is' : 'they are'} kept, though a package there may be better for some party and worse for none.`,
  ].join('')
  const explanation =
    scored.count === 0
      ? `${noneAcceptable} (${list(names.slice())}), so there is no frontier${q === undefined ? `; a package with ${list(exactNames, 'or')} between critical values may be (where a reservation utility cuts a range): give all but one of them a step in \`discretize\` to score those packages` : ''}.`
      : `Of the acceptable packages (${String(scored.count)} scored; values another value beats for every party skipped), ${String(efficient.length)} ${efficient.length === 1 ? 'is' : 'are'} Pareto-efficient for ${list(names.slice())}.${frontierNote}${rangeNote} ${nashPoint.explanation}${nashNote} ${oppText}`
  return E.right(
    deepFreeze({
      ...(space.asOf === undefined ? {} : { asOf: space.asOf }),
      parties: space.parties,
      issues: space.axes.map((a) => a.issue),
      scored: scored.count,
      frontier: efficient.slice(0, limit).map(outcome),
      frontierSize: efficient.length,
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
 * decreasing utilities, the first party first). Utilities are compared to twelve decimals. A quantity without a
 * step is exact: when it is the only one, the bargaining points inside its ranges are found in closed form (see
 * `Pareto`); with several, they are taken at critical values only, and the explanation says so. Either way no
 * package listed on the frontier is beaten by an acceptable package with the quantities anywhere inside their
 * ranges: one that is, though no package scored beats it, is left off, and the explanation says how many.
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

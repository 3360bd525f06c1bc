/**
 * Per-issue scores and acceptability: how much a party likes one value of one issue (0 to 1), and whether it could
 * accept it at all. Part of `Utility`; the model is described there.
 *
 * @since 0.1.0
 */
import { isPlainObject } from '../internal/codec'
import { either as E } from 'fp-ts'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { Valuation } from '../model/position'
import { checkSet, checkValue, type AnyAlgebra, algebraFor } from './check'
import { dualAfterDomain } from './dual'
import { algebraError, describeDomain, show, type AlgebraError } from './errors'
import type { ValueOf } from './value-set'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The fields of a position (or of a merged stance from `Positions.at`) that scoring reads.
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionLike {
  readonly ideal?: Value
  readonly acceptable?: ValueSet
  readonly redLines?: ValueSet
  readonly valuation?: Valuation
  readonly reservation?: number
}

/**
 * Whether a party could accept a value, and why: `acceptable`; `red-line` (the value is on its red lines);
 * `outside-acceptable` (it stated the values it could accept and this is not one); `below-reservation` (the value
 * scores below the reservation score of its position on the issue). Every verdict carries a sentence.
 *
 * @category model
 * @since 0.1.0
 */
export type Acceptability =
  | { readonly _tag: 'acceptable'; readonly score: number; readonly reason: string }
  | { readonly _tag: 'red-line'; readonly score: number; readonly reason: string }
  | { readonly _tag: 'outside-acceptable'; readonly score: number; readonly reason: string }
  | {
      readonly _tag: 'below-reservation'
      readonly score: number
      readonly reservation: number
      readonly reason: string
    }

/**
 * Names used to phrase reasons ("Ukraine will never accept NATO membership = Member").
 *
 * @internal
 */
export interface Wording {
  readonly party?: string
  readonly issue?: string
}

/**
 * A position compiled against its domain: checked, with its sets in normal form.
 *
 * @internal
 */
export interface Scorer {
  readonly algebra: AnyAlgebra
  readonly domain: Domain
  readonly position: PositionLike
  readonly ideal: Value | undefined
  readonly acceptable: ValueSet | undefined
  readonly redLines: ValueSet | undefined
  /** Membership of the acceptable set and of the red lines (undefined when not stated), for values of the domain. */
  readonly inAcceptable: ((value: Value) => boolean) | undefined
  readonly inRedLines: ((value: Value) => boolean) | undefined
  /** The score of a value of the domain (not checked). */
  readonly score: (value: Value) => number
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * Formats a number for a sentence: at most three decimals.
 *
 * @internal
 */
export const fmt = (x: number): string => String(Math.round(x * 1000) / 1000)

// The form of the valuation each kind of domain takes, for messages.
const VALUATION_FORM: Readonly<Record<Domain['kind'], string>> = {
  choice: '{ kind: "scores", scores: { <option>: 0..1 } }',
  flag: '{ kind: "scores", scores: { true: 0..1, false: 0..1 } }',
  quantity: '{ kind: "linear", points: [{ at, score }] }',
  subset: '{ kind: "elements", weights: { <element>: number } }',
}

// Whether a linear valuation's point is `{ at, score }` with numbers (one pass, when the scorer is built).
const isPoint = (p: unknown): boolean =>
  isPlainObject(p) && typeof p['at'] === 'number' && typeof p['score'] === 'number'

const fromValuation = (domain: Domain, v: Valuation): E.Either<AlgebraError, (value: Value) => number> => {
  const bad = (why: string) =>
    E.left(algebraError('bad-valuation', `${why} (the issue is ${describeDomain(domain)})`))
  // a valuation built by hand need not have its kind's shape: refuse it here as the loader would
  const form = VALUATION_FORM[domain.kind]
  if (!isPlainObject(v) || typeof v.kind !== 'string')
    return bad(`${show(v)} is not a valuation; value this issue with ${form}`)
  switch (v.kind) {
    case 'scores': {
      if (domain.kind !== 'choice' && domain.kind !== 'flag')
        return bad(
          'a "scores" valuation gives scores to options or to true/false; use "linear" for a quantity and "elements" for a subset',
        )
      if (!isPlainObject(v.scores))
        return bad(`a "scores" valuation needs \`scores\`, an object of scores; write it ${form}`)
      const keys = domain.kind === 'choice' ? domain.options.map((o) => o.id as string) : ['true', 'false']
      const unknown = Object.keys(v.scores).find((k) => !keys.includes(k))
      if (unknown !== undefined)
        return bad(`the valuation scores \`${unknown}\`, which is not one of ${keys.join(', ')}`)
      return E.right((value) => v.scores[String(value)] ?? 0)
    }
    case 'linear': {
      if (domain.kind !== 'quantity') return bad('a "linear" valuation scores a quantity')
      const given: unknown = v.points
      if (!Array.isArray(given))
        return bad(`a "linear" valuation needs \`points\`, a list of { at, score }; write it ${form}`)
      const j = given.findIndex((p) => !isPoint(p))
      if (j >= 0)
        return bad(
          `point ${String(j)} of the "linear" valuation is ${show(given[j])}, not { at, score } with numbers`,
        )
      const points = [...v.points].sort((a, b) => a.at - b.at)
      const first = points[0]
      const last = points[points.length - 1]
      if (first === undefined || last === undefined)
        return bad('a "linear" valuation needs at least one point')
      return E.right((value) => {
        const x = value as number
        if (x <= first.at) return first.score
        if (x >= last.at) return last.score
        for (let i = 1; i < points.length; i++) {
          const b = points[i]!
          if (x <= b.at) {
            const a = points[i - 1]!
            return b.at === a.at ? b.score : a.score + ((b.score - a.score) * (x - a.at)) / (b.at - a.at)
          }
        }
        return last.score
      })
    }
    case 'elements': {
      if (domain.kind !== 'subset') return bad('an "elements" valuation weighs the elements of a subset')
      if (!isPlainObject(v.weights))
        return bad(`an "elements" valuation needs \`weights\`, an object of numbers; write it ${form}`)
      const ids = domain.universe.map((o) => o.id as string)
      const unknown = Object.keys(v.weights).find((k) => !ids.includes(k))
      if (unknown !== undefined)
        return bad(`the valuation weighs \`${unknown}\`, which is not in the universe`)
      const w = ids.map((id) => (v.weights as Readonly<Record<string, number>>)[id] ?? 0)
      const best = w.reduce((s, x) => s + Math.max(x, 0), 0)
      const worst = w.reduce((s, x) => s + Math.min(x, 0), 0)
      return E.right((value) => {
        if (best === worst) return 1
        const set = new Set(value as readonly string[])
        const sum = ids.reduce((s, id, i) => (set.has(id) ? s + w[i]! : s), 0)
        return Math.min(1, Math.max(0, (sum - worst) / (best - worst)))
      })
    }
    default:
      return bad(
        `the valuation has kind ${show((v as { readonly kind: string }).kind)}; a valuation has kind "scores", "linear" or "elements": value this issue with ${form}`,
      )
  }
}

// Whether the element at `i` occurs earlier in the list (SameValueZero, as a set tells elements apart).
const listedBefore = (xs: readonly unknown[], i: number): boolean => {
  const x = xs[i]
  for (let j = 0; j < i; j++) if (xs[j] === x || (xs[j] !== xs[j] && x !== x)) return true
  return false
}

/**
 * `1 − distance(target, v)`: the derived score on an ordered domain. Compiled utilities and the diff score values
 * through it in their inner loops, so the algebra's distance is computed here with what depends on the target alone
 * (its index; its set of elements) found once instead of on every call — the same numbers: steps apart over the
 * number of steps; the difference over the range; elements in one set and not the other over the universe's size.
 */
const closeness = (a: AnyAlgebra, domain: Domain, target: Value): ((v: Value) => number) => {
  if (domain.kind === 'choice' && domain.ordered === true) {
    const n = domain.options.length
    const index = new Map<unknown, number>()
    domain.options.forEach((o, i) => {
      if (!index.has(o.id)) index.set(o.id, i)
    })
    const at = index.get(target)!
    return (v) => 1 - (v === target ? 0 : n <= 1 ? 0 : Math.abs(at - index.get(v)!) / (n - 1))
  }
  if (domain.kind === 'quantity') {
    // the intervals' distance: the difference over the range, at most 1, and never 0 between distinct amounts;
    // clamped here already (see `scorerFor`)
    const { min, max } = domain
    const ideal = target as number
    return (v) =>
      Math.min(
        1,
        Math.max(
          0,
          1 -
            (v === ideal || max <= min
              ? 0
              : Math.min(1, Math.max(Number.MIN_VALUE, Math.abs(ideal - (v as number)) / (max - min)))),
        ),
      )
  }
  if (domain.kind === 'subset') {
    const n = domain.universe.length
    const ideal = new Set(target as readonly unknown[])
    const wanted = [...ideal]
    return (v) => {
      if (n === 0) return 1 - 0
      const xs = v as readonly unknown[]
      let apart = 0
      if (xs.length > 16) {
        const set = new Set(xs)
        for (const x of ideal) if (!set.has(x)) apart++
        for (const x of set) if (!ideal.has(x)) apart++
      } else {
        // the same count without building a set: each distinct element of `v` not in the ideal, each element of
        // the ideal not in `v` (membership as a set has it: `includes`, SameValueZero)
        for (let i = 0; i < xs.length; i++) {
          const x = xs[i]
          if (!ideal.has(x) && !listedBefore(xs, i)) apart++
        }
        for (const x of wanted) if (!xs.includes(x)) apart++
      }
      return 1 - apart / n
    }
  }
  return (v) => 1 - a.distance(domain, target, v)
}

/**
 * Checks a position against its domain and builds its scoring function.
 *
 * @internal
 */
export const scorerFor = (domain: Domain, position: PositionLike): E.Either<AlgebraError, Scorer> => {
  const alg = algebraFor(domain)
  if (E.isLeft(alg)) return alg
  const a = alg.right
  const normal = (set: ValueSet | undefined, field: string): E.Either<AlgebraError, ValueSet | undefined> =>
    set === undefined
      ? E.right(undefined)
      : E.bimap(
          (e: AlgebraError) => algebraError(e._tag, `${field}: ${e.message}`),
          (s: ValueSet) => a.normalize(domain, s),
        )(checkSet(a, domain, set))
  const acceptable = normal(position.acceptable, 'acceptable')
  if (E.isLeft(acceptable)) return acceptable
  const redLines = normal(position.redLines, 'redLines')
  if (E.isLeft(redLines)) return redLines
  let ideal: Value | undefined
  if (position.ideal !== undefined) {
    const c = checkValue(a, domain, position.ideal)
    if (E.isLeft(c)) return E.left(algebraError(c.left._tag, `ideal: ${c.left.message}`))
    ideal = c.right
  }
  const acc = acceptable.right
  const inAcceptable = acc === undefined ? undefined : a.member(domain, acc)
  const inRedLines = redLines.right === undefined ? undefined : a.member(domain, redLines.right)
  let score: (value: Value) => number
  if (position.valuation !== undefined) {
    const f = fromValuation(domain, position.valuation)
    if (E.isLeft(f)) return f
    score = f.right
  } else if (ideal !== undefined) {
    const target = ideal
    const graded =
      domain.kind === 'quantity' ||
      domain.kind === 'subset' ||
      (domain.kind === 'choice' && domain.ordered === true)
    score = graded
      ? closeness(a, domain, target)
      : (v) => (a.valueEquals(domain, v, target) ? 1 : inAcceptable?.(v) === true ? 0.5 : 0)
  } else {
    score = inAcceptable === undefined ? () => 1 : (v) => (inAcceptable(v) ? 1 : 0)
  }
  const raw = score
  // every score lies in [0, 1]; the quantity's derived score is clamped where it is computed (one call less)
  const clamped = position.valuation === undefined && ideal !== undefined && domain.kind === 'quantity'
  return E.right({
    algebra: a,
    domain,
    position,
    ideal,
    acceptable: acc,
    redLines: redLines.right,
    inAcceptable,
    inRedLines,
    score: clamped ? raw : (v) => Math.min(1, Math.max(0, raw(v))),
  })
}

/**
 * The verdict on one value of the domain (checked), phrased with the given names.
 *
 * @internal
 */
export const verdict = (s: Scorer, value: Value, score: number, words: Wording = {}): Acceptability => {
  const who = words.party ?? 'The party'
  const what = `${words.issue === undefined ? '' : `${words.issue} = `}${s.algebra.describe(s.domain, value)}`
  if (s.inRedLines?.(value) === true)
    return { _tag: 'red-line', score, reason: `${who} will never accept ${what}: it is one of its red lines` }
  if (s.inAcceptable?.(value) === false)
    return {
      _tag: 'outside-acceptable',
      score,
      reason: `${who} does not accept ${what}: it lies outside the values it said it could accept`,
    }
  const r = s.position.reservation
  if (r !== undefined && score < r)
    return {
      _tag: 'below-reservation',
      score,
      reservation: r,
      reason: `${who} does not accept ${what}: it scores ${fmt(score)}, below its reservation score of ${fmt(r)} on this issue`,
    }
  return { _tag: 'acceptable', score, reason: `${who} can accept ${what} (score ${fmt(score)})` }
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * How much a position likes a value of its issue, from 0 to 1 (red lines and reservations aside: see
 * `acceptability`). An error when the value is not in the domain or the position does not fit it.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const days = { kind: 'quantity', unit: 'days', min: 0, max: 100 } as Domain
 * assert.deepStrictEqual(Utility.score(days, { ideal: 30 }, 55), E.right(0.75))
 */
export const score: {
  <D extends Domain>(domain: D, value: ValueOf<D>): (position: PositionLike) => E.Either<AlgebraError, number>
  <D extends Domain>(domain: D, position: PositionLike, value: ValueOf<D>): E.Either<AlgebraError, number>
} = dualAfterDomain(3, (domain: Domain, position: PositionLike, value: unknown) => {
  const s = scorerFor(domain, position)
  if (E.isLeft(s)) return s
  const v = checkValue(s.right.algebra, domain, value)
  return E.isLeft(v) ? v : E.right(s.right.score(v.right))
})

/**
 * Whether a position could accept a value of its issue: not if the value is on its red lines, outside the
 * acceptable values it stated, or scores below its reservation score; with a sentence saying which.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Domain } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const km = { kind: 'quantity', unit: 'km', min: 0, max: 100 } as Domain
 * const position = { ideal: 0, redLines: { kind: 'intervals', intervals: [{ min: 50, max: 100 }] } } as const
 * const verdict = Utility.acceptability(km, position, 60)
 * assert.ok(E.isRight(verdict) && verdict.right._tag === 'red-line')
 */
export const acceptability: {
  <D extends Domain>(
    domain: D,
    value: ValueOf<D>,
  ): (position: PositionLike) => E.Either<AlgebraError, Acceptability>
  <D extends Domain>(
    domain: D,
    position: PositionLike,
    value: ValueOf<D>,
  ): E.Either<AlgebraError, Acceptability>
} = dualAfterDomain(3, (domain: Domain, position: PositionLike, value: unknown) => {
  const s = scorerFor(domain, position)
  if (E.isLeft(s)) return s
  const v = checkValue(s.right.algebra, domain, value)
  return E.isLeft(v) ? v : E.right(Object.freeze(verdict(s.right, v.right, s.right.score(v.right))))
})

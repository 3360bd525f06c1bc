/**
 * Per-issue tables of a compiled utility: for each issue, a party's scores and acceptability in a form that reads
 * arrays (choices, flags, small subsets) or calls small closures (quantities, larger subsets) without allocating.
 * Part of `Utility` (see `compile`).
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { Domain, Interval, IntervalSet, SubsetSet, Value, ValueSet } from '../model/domain'
import type { IssueId, OptionId } from '../model/ids'
import { algebraError, type AlgebraError } from './errors'
import type { Preference } from './preferences'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Subset issues with at most this many elements (12, so 4,096 subsets) get a finite table; larger ones a bit-mask
 * table.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Utility } from 'negotiation-positions'
 * assert.strictEqual(Utility.SUBSET_TABLE_LIMIT, 12)
 */
export const SUBSET_TABLE_LIMIT = 12

/**
 * Subset issues with more elements than this (30) cannot be encoded as a point; a party with a position on one
 * cannot be compiled.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Utility } from 'negotiation-positions'
 * assert.strictEqual(Utility.SUBSET_MASK_LIMIT, 30)
 */
export const SUBSET_MASK_LIMIT = 30

/**
 * A choice, flag or small subset issue: for each index of the point encoding, the value, the party's score and
 * whether the party's position on the issue allows it (1) or not (0: red line, outside its acceptable values, or
 * below its reservation score).
 *
 * @category model
 * @since 0.1.0
 */
export interface FiniteTable {
  readonly kind: 'finite'
  readonly issue: IssueId
  readonly values: readonly Value[]
  readonly scores: Float64Array
  readonly acceptable: Uint8Array
}

/**
 * A quantity issue: its bounds, the score and acceptability as functions of the number, and the breakpoints (sorted)
 * between which the score is linear and the acceptability constant.
 *
 * @category model
 * @since 0.1.0
 */
export interface QuantityTable {
  readonly kind: 'quantity'
  readonly issue: IssueId
  readonly min: number
  readonly max: number
  readonly integer: boolean
  readonly breakpoints: readonly number[]
  /** The party's score, from 0 (worst) to 1 (best), for the amount `x`. */
  readonly score: (x: number) => number
  /**
   * Whether the party's position on the issue allows the amount `x`: not on a red line, within its acceptable values
   * and not below its reservation score.
   */
  readonly acceptable: (x: number) => boolean
}

/**
 * A subset issue too large for a table: score and acceptability as functions of the subset's bit mask.
 *
 * @category model
 * @since 0.1.0
 */
export interface MaskTable {
  readonly kind: 'mask'
  readonly issue: IssueId
  readonly universe: readonly OptionId[]
  /** The party's score, from 0 (worst) to 1 (best), for the subset written as a bit mask of `universe`. */
  readonly score: (mask: number) => number
  /**
   * Whether the party's position on the issue allows the subset written as a bit mask of `universe`: not on a red
   * line, within its acceptable values and not below its reservation score.
   */
  readonly acceptable: (mask: number) => boolean
}

/**
 * The compiled form of one issue.
 *
 * @category model
 * @since 0.1.0
 */
export type IssueTable = FiniteTable | QuantityTable | MaskTable
// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * The number of bits set in a 32-bit mask.
 *
 * @internal
 */
export const popcount = (m: number): number => {
  let x = m - ((m >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * The bit mask of a subset (the first universe element is bit 0).
 *
 * @internal
 */
export const maskOf = (domain: Domain & { kind: 'subset' }, ids: readonly string[]): number => {
  let m = 0
  domain.universe.forEach((o, j) => {
    if (ids.includes(o.id)) m |= 1 << j
  })
  return m >>> 0
}

/**
 * The subset of a bit mask, in universe order.
 *
 * @internal
 */
export const subsetOf = (domain: Domain & { kind: 'subset' }, mask: number): OptionId[] =>
  domain.universe.filter((_, j) => ((mask >>> j) & 1) === 1).map((o) => o.id)

/** Membership in a normalised set of intervals, without allocating. */
const spanTest = (set: ValueSet | undefined): ((x: number) => boolean) | undefined => {
  if (set === undefined) return undefined
  const spans: readonly Interval[] = (set as IntervalSet).intervals
  const n = spans.length
  const lo = Float64Array.from(spans, (s) => s.min)
  const hi = Float64Array.from(spans, (s) => s.max)
  const loOpen = Uint8Array.from(spans, (s) => (s.minOpen === true ? 1 : 0))
  const hiOpen = Uint8Array.from(spans, (s) => (s.maxOpen === true ? 1 : 0))
  return (x) => {
    for (let i = 0; i < n; i++) {
      if ((loOpen[i] === 1 ? x > lo[i]! : x >= lo[i]!) && (hiOpen[i] === 1 ? x < hi[i]! : x <= hi[i]!))
        return true
    }
    return false
  }
}

/** Membership in a normalised union of subset constraints, on bit masks, without allocating. */
const maskTest = (
  domain: Domain & { kind: 'subset' },
  set: ValueSet | undefined,
): ((m: number) => boolean) | undefined => {
  if (set === undefined) return undefined
  const rules = (set as SubsetSet).any
  const n = domain.universe.length
  const inc = Uint32Array.from(rules, (r) => maskOf(domain, r.include ?? []))
  const exc = Uint32Array.from(rules, (r) => maskOf(domain, r.exclude ?? []))
  const lo = Int32Array.from(rules, (r) => r.minSize ?? (r.include ?? []).length)
  const hi = Int32Array.from(rules, (r) => r.maxSize ?? n - (r.exclude ?? []).length)
  const k = rules.length
  return (m) => {
    const size = popcount(m)
    for (let i = 0; i < k; i++) {
      if ((m & inc[i]!) >>> 0 === inc[i] && (m & exc[i]!) === 0 && size >= lo[i]! && size <= hi[i]!)
        return true
    }
    return false
  }
}

const finite = (issue: IssueId, values: readonly Value[], p: Preference | undefined): FiniteTable => {
  const scores = new Float64Array(values.length).fill(1)
  const acceptable = new Uint8Array(values.length).fill(1)
  if (p !== undefined) {
    const s = p.scorer
    const r = s.position.reservation
    values.forEach((v, i) => {
      const score = s.score(v)
      scores[i] = score
      const ok =
        s.inRedLines?.(v) !== true && s.inAcceptable?.(v) !== false && (r === undefined || score >= r)
      acceptable[i] = ok ? 1 : 0
    })
  }
  return { kind: 'finite', issue, values: Object.freeze(values.slice()), scores, acceptable }
}

const quantity = (
  issue: IssueId,
  domain: Domain & { kind: 'quantity' },
  p: Preference | undefined,
): QuantityTable => {
  const base = {
    kind: 'quantity',
    issue,
    min: domain.min,
    max: domain.max,
    integer: domain.integer === true,
  } as const
  if (p === undefined)
    return {
      ...base,
      breakpoints: Object.freeze([domain.min, domain.max]),
      score: () => 1,
      acceptable: () => true,
    }
  const s = p.scorer
  const inRed = spanTest(s.redLines)
  const inAcc = spanTest(s.acceptable)
  const score: (x: number) => number =
    s.position.valuation === undefined && s.ideal === undefined && inAcc !== undefined
      ? (x) => (inAcc(x) ? 1 : 0)
      : (x) => s.score(x)
  const r = s.position.reservation
  const acceptable = (x: number): boolean =>
    (inRed === undefined || !inRed(x)) &&
    (inAcc === undefined || inAcc(x)) &&
    (r === undefined || score(x) >= r)
  const points = [domain.min, domain.max]
  for (const set of [s.redLines, s.acceptable])
    if (set !== undefined) for (const i of (set as IntervalSet).intervals) points.push(i.min, i.max)
  const v = s.position.valuation
  if (v?.kind === 'linear') points.push(...v.points.map((q) => q.at))
  else if (v === undefined && typeof s.ideal === 'number') points.push(s.ideal)
  if (r !== undefined) {
    // where the score crosses the reservation score: on each linear piece between the points found so far
    const sorted = [...new Set(points)].sort((a, b) => a - b)
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!
      const b = sorted[i]!
      const sa = score(a)
      const sb = score(b)
      if ((sa - r) * (sb - r) < 0) points.push(a + ((r - sa) * (b - a)) / (sb - sa))
    }
  }
  const breakpoints = [...new Set(points)]
    .filter((x) => x >= domain.min && x <= domain.max)
    .sort((a, b) => a - b)
  return { ...base, breakpoints: Object.freeze(breakpoints), score, acceptable }
}

const mask = (issue: IssueId, domain: Domain & { kind: 'subset' }, p: Preference | undefined): MaskTable => {
  const universe = Object.freeze(domain.universe.map((o) => o.id))
  if (p === undefined) return { kind: 'mask', issue, universe, score: () => 1, acceptable: () => true }
  const s = p.scorer
  const n = domain.universe.length
  const inRed = maskTest(domain, s.redLines)
  const inAcc = maskTest(domain, s.acceptable)
  const v = s.position.valuation
  let score: (m: number) => number
  if (v?.kind === 'elements') {
    const w = Float64Array.from(
      domain.universe,
      (o) => (v.weights as Readonly<Record<string, number>>)[o.id] ?? 0,
    )
    let best = 0
    let worst = 0
    for (const x of w) {
      if (x > 0) best += x
      else worst += x
    }
    score = (m) => {
      if (best === worst) return 1
      let sum = 0
      for (let j = 0; j < n; j++) if (((m >>> j) & 1) === 1) sum += w[j]!
      return Math.min(1, Math.max(0, (sum - worst) / (best - worst)))
    }
  } else if (Array.isArray(s.ideal)) {
    const ideal = maskOf(domain, s.ideal as readonly string[])
    score = (m) => (n === 0 ? 1 : 1 - popcount((m ^ ideal) >>> 0) / n)
  } else score = inAcc === undefined ? () => 1 : (m) => (inAcc(m) ? 1 : 0)
  const r = s.position.reservation
  const acceptable = (m: number): boolean =>
    (inRed === undefined || !inRed(m)) &&
    (inAcc === undefined || inAcc(m)) &&
    (r === undefined || score(m) >= r)
  return { kind: 'mask', issue, universe, score, acceptable }
}

/**
 * The table of one issue for a party (constant when the party has no position on it).
 *
 * @internal
 */
export const tableFor = (
  issue: IssueId,
  domain: Domain,
  p: Preference | undefined,
): E.Either<AlgebraError, IssueTable> => {
  switch (domain.kind) {
    case 'choice':
      return E.right(
        finite(
          issue,
          domain.options.map((o) => o.id),
          p,
        ),
      )
    case 'flag':
      return E.right(finite(issue, [false, true], p))
    case 'quantity':
      return E.right(quantity(issue, domain, p))
    case 'subset': {
      const n = domain.universe.length
      if (n <= SUBSET_TABLE_LIMIT)
        return E.right(
          finite(
            issue,
            Array.from({ length: 2 ** n }, (_, m) => subsetOf(domain, m)),
            p,
          ),
        )
      if (n <= SUBSET_MASK_LIMIT || p === undefined) return E.right(mask(issue, domain, p))
      return E.left(
        algebraError(
          'too-large',
          `the issue has ${String(n)} elements, more than the ${String(SUBSET_MASK_LIMIT)} a compiled utility can encode; score packages with Utility.utility instead`,
        ),
      )
    }
  }
}

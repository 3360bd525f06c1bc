/**
 * The algebra of `quantity` domains: value sets are unions of intervals (`{ kind: 'intervals' }`), exact, with open
 * or closed bounds. The normal form is sorted, merged (overlapping or touching intervals become one), without empty
 * intervals, clipped to the domain's bounds, and for integer quantities made of closed integer intervals
 * (`(1, 4)` becomes `[2, 3]`; `[1, 2]` and `[3, 5]` merge into `[1, 5]`). Internal: use `Values`.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import type { Interval, IntervalSet, QuantityDomain } from '../model/domain'
import { algebraError, show } from './errors'
import type { KindAlgebra } from './kind'

interface Span {
  readonly min: number
  readonly max: number
  readonly minOpen: boolean
  readonly maxOpen: boolean
}

const isInteger = (d: QuantityDomain): boolean => d.integer === true

const toSpan = (i: Interval): Span => ({
  min: i.min,
  max: i.max,
  minOpen: i.minOpen === true,
  maxOpen: i.maxOpen === true,
})

// `+ 0` turns −0 (from Math.ceil(−0.5), or given) into 0, so that normal forms compare and print alike.
const fromSpan = (s: Span): Interval => ({
  min: s.min + 0,
  max: s.max + 0,
  ...(s.minOpen ? { minOpen: true } : {}),
  ...(s.maxOpen ? { maxOpen: true } : {}),
})

const isEmptySpan = (s: Span): boolean => s.min > s.max || (s.min === s.max && (s.minOpen || s.maxOpen))

/** Clips a span to the domain (and to integers for integer domains); undefined when nothing is left. */
const clip = (d: QuantityDomain, s: Span): Span | undefined => {
  let min = s.min
  let minOpen = s.minOpen
  let max = s.max
  let maxOpen = s.maxOpen
  if (min < d.min) {
    min = d.min
    minOpen = false
  }
  if (max > d.max) {
    max = d.max
    maxOpen = false
  }
  if (isInteger(d)) {
    min = minOpen && Number.isInteger(min) ? min + 1 : Math.ceil(min)
    max = maxOpen && Number.isInteger(max) ? max - 1 : Math.floor(max)
    minOpen = false
    maxOpen = false
  }
  const out = { min, max, minOpen, maxOpen }
  return isEmptySpan(out) ? undefined : out
}

/** True when `a` (sorted first) and `b` overlap or touch, so that their union is one interval. */
const joins = (d: QuantityDomain, a: Span, b: Span): boolean =>
  b.min < a.max || (b.min === a.max && !(a.maxOpen && b.minOpen)) || (isInteger(d) && b.min === a.max + 1)

const normalSpans = (d: QuantityDomain, spans: readonly Span[]): Span[] => {
  const clipped = spans.map((s) => clip(d, s)).filter((s): s is Span => s !== undefined)
  clipped.sort((a, b) => a.min - b.min || Number(a.minOpen) - Number(b.minOpen))
  const out: Span[] = []
  for (const s of clipped) {
    const last = out[out.length - 1]
    if (last !== undefined && joins(d, last, s)) {
      out[out.length - 1] = {
        min: last.min,
        minOpen: last.minOpen,
        max: s.max > last.max ? s.max : last.max,
        maxOpen: s.max > last.max ? s.maxOpen : s.max < last.max ? last.maxOpen : last.maxOpen && s.maxOpen,
      }
    } else out.push(s)
  }
  return out
}

const spansOf = (d: QuantityDomain, set: IntervalSet): Span[] => normalSpans(d, set.intervals.map(toSpan))

/** The whole real line, for intervals read without a domain (no bounds to clip to, not integers only). */
const REALS = { kind: 'quantity', unit: '', min: -Infinity, max: Infinity } as QuantityDomain

/**
 * Intervals as the fewest intervals that cover the same real numbers, in increasing order (empty ones dropped,
 * overlapping and touching ones merged, closed bounds written without `minOpen`/`maxOpen`), for readers that know
 * no domain. Internal.
 *
 * @internal
 */
export const realUnion = (intervals: readonly Interval[]): Interval[] =>
  normalSpans(REALS, intervals.map(toSpan)).map(fromSpan)

const make = (spans: readonly Span[]): IntervalSet => ({ kind: 'intervals', intervals: spans.map(fromSpan) })

const within = (s: Span, v: number): boolean =>
  (s.minOpen ? v > s.min : v >= s.min) && (s.maxOpen ? v < s.max : v <= s.max)

const meet = (a: Span, b: Span): Span => {
  const lo = a.min > b.min ? a : b.min > a.min ? b : { min: a.min, minOpen: a.minOpen || b.minOpen }
  const hi = a.max < b.max ? a : b.max < a.max ? b : { max: a.max, maxOpen: a.maxOpen || b.maxOpen }
  return { min: lo.min, minOpen: lo.minOpen, max: hi.max, maxOpen: hi.maxOpen }
}

const complementSpans = (d: QuantityDomain, spans: readonly Span[]): Span[] => {
  const gaps: Span[] = []
  let min = d.min
  let minOpen = false
  for (const s of spans) {
    gaps.push({ min, minOpen, max: s.min, maxOpen: !s.minOpen })
    min = s.max
    minOpen = !s.maxOpen
  }
  gaps.push({ min, minOpen, max: d.max, maxOpen: false })
  return normalSpans(d, gaps)
}

const sameSpans = (a: readonly Span[], b: readonly Span[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => {
    const t = b[i]!
    return s.min === t.min && s.max === t.max && s.minOpen === t.minOpen && s.maxOpen === t.maxOpen
  })

const isValue = (d: QuantityDomain, u: unknown): u is number =>
  typeof u === 'number' &&
  Number.isFinite(u) &&
  u >= d.min &&
  u <= d.max &&
  (!isInteger(d) || Number.isInteger(u))

/**
 * The algebra of `quantity` domains.
 *
 * @internal
 */
export const intervals: KindAlgebra<QuantityDomain, IntervalSet, number> = {
  problem: (_, set) =>
    Array.isArray(set.intervals) &&
    (set.intervals as readonly unknown[]).every((u) => {
      if (typeof u !== 'object' || u === null) return false
      const i = u as Readonly<Record<string, unknown>>
      return (
        Number.isFinite(i.min) &&
        Number.isFinite(i.max) &&
        (i.minOpen === undefined || typeof i.minOpen === 'boolean') &&
        (i.maxOpen === undefined || typeof i.maxOpen === 'boolean')
      )
    })
      ? undefined
      : algebraError(
          'malformed-set',
          `an intervals set needs \`intervals\`, a list of { min, max } with finite numbers; got ${show(set)}`,
        ),
  isValue,
  whyNot: (d, u) =>
    typeof u !== 'number' || !Number.isFinite(u)
      ? `${show(u)} is not a finite number`
      : u < d.min || u > d.max
        ? `${String(u)} is outside the bounds ${String(d.min)} to ${String(d.max)} ${d.unit}`
        : `${String(u)} is not a whole number of ${d.unit}`,
  normalize: (d, set) => make(spansOf(d, set)),
  contains: (d, set, v) => spansOf(d, set).some((s) => within(s, v)),
  member: (d, set) => {
    const spans = spansOf(d, set)
    return (v) => spans.some((s) => within(s, v))
  },
  intersect: (d, a, b) => {
    const sa = spansOf(d, a)
    const sb = spansOf(d, b)
    return make(
      normalSpans(
        d,
        sa.flatMap((x) => sb.map((y) => meet(x, y))),
      ),
    )
  },
  union: (d, a, b) => make(normalSpans(d, [...a.intervals, ...b.intervals].map(toSpan))),
  complement: (d, a) => make(complementSpans(d, spansOf(d, a))),
  isEmpty: (d, a) => spansOf(d, a).length === 0,
  equals: (d, a, b) => sameSpans(spansOf(d, a), spansOf(d, b)),
  all: (d) => make(normalSpans(d, [{ min: d.min, max: d.max, minOpen: false, maxOpen: false }])),
  none: () => make([]),
  of: (d, values) =>
    make(
      normalSpans(
        d,
        values.map((v) => ({ min: v, max: v, minOpen: false, maxOpen: false })),
      ),
    ),
  size: (d, a) => spansOf(d, a).reduce((n, s) => n + (isInteger(d) ? s.max - s.min + 1 : s.max - s.min), 0),
  enumerate: (d, a, limit) => {
    const spans = spansOf(d, a)
    if (!isInteger(d) && spans.some((s) => s.max > s.min))
      return E.left(
        algebraError(
          'not-finite',
          `the set contains a whole range of a continuous quantity (${d.unit}), so its values cannot be listed; use Values.size for its length`,
        ),
      )
    const count = spans.reduce((n, s) => n + s.max - s.min + 1, 0)
    if (count > limit)
      return E.left(
        algebraError(
          'too-large',
          `the set has ${String(count)} values, more than the ${String(limit)} that can be listed`,
        ),
      )
    const out: number[] = []
    for (const s of spans) for (let v = s.min; v <= s.max; v++) out.push(v + 0)
    return E.right(out)
  },
  sample: (d, a) => {
    const s = spansOf(d, a)[0]
    if (s === undefined) return O.none
    if (!s.minOpen) return O.some(s.min + 0)
    const mid = s.min + (s.max - s.min) / 2
    return O.some(mid > s.min && within(s, mid) ? mid + 0 : s.max + 0)
  },
  valueEquals: (_, a, b) => a === b,
  // distinct values are never at distance 0, even when the quotient underflows
  distance: (d, a, b) =>
    a === b || d.max <= d.min
      ? 0
      : Math.min(1, Math.max(Number.MIN_VALUE, Math.abs(a - b) / (d.max - d.min))),
  rank: (_, v) => v,
  describe: (d, v) => `${String(v)} ${d.unit}`,
}

/**
 * Domain membership, the small core the loader needs and the algebra reuses: which value and value-set forms fit
 * each kind of domain, whether a value lies in a domain, and whether a value lies in a value set. Pure predicates
 * with no messages; the loader's checks (`check-values.ts`) say what is wrong and where.
 *
 * @internal
 * @since 0.1.0
 */
import type { Domain, Interval, SubsetConstraint, Value, ValueSet } from './domain'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The value-set `kind` that goes with each domain `kind`.
 *
 * @category membership
 * @since 0.1.0
 */
export const VALUE_SET_KIND = {
  choice: 'options',
  quantity: 'intervals',
  subset: 'subsets',
  flag: 'flags',
} as const satisfies Record<Domain['kind'], ValueSet['kind']>

/**
 * The valuation `kind` that goes with each domain `kind`.
 *
 * @category membership
 * @since 0.1.0
 */
export const VALUATION_KIND = {
  choice: 'scores',
  quantity: 'linear',
  subset: 'elements',
  flag: 'scores',
} as const

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The option ids of a choice, the element ids of a subset, none for other domains, in the order written.
 *
 * @category membership
 * @since 0.1.0
 */
export const elementIds = (d: Domain): ReadonlyArray<string> =>
  d.kind === 'choice' ? d.options.map((o) => o.id) : d.kind === 'subset' ? d.universe.map((o) => o.id) : []

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when `x` lies in the interval (closed bounds unless marked open).
 *
 * @category membership
 * @since 0.1.0
 */
export const inInterval = (i: Interval, x: number): boolean =>
  (i.minOpen === true ? x > i.min : x >= i.min) && (i.maxOpen === true ? x < i.max : x <= i.max)

/**
 * True when the interval holds no number (`min > max`, or `min == max` with an open bound).
 *
 * @category membership
 * @since 0.1.0
 */
export const isEmptyInterval = (i: Interval): boolean =>
  i.min > i.max || (i.min === i.max && (i.minOpen === true || i.maxOpen === true))

/**
 * True when the set of element ids `v` satisfies the constraint (includes all of `include`, none of `exclude`,
 * size within bounds).
 *
 * @category membership
 * @since 0.1.0
 */
export const satisfies = (c: SubsetConstraint, v: ReadonlyArray<string>): boolean => {
  const set = new Set(v)
  return (
    (c.include ?? []).every((x) => set.has(x)) &&
    (c.exclude ?? []).every((x) => !set.has(x)) &&
    (c.minSize === undefined || set.size >= c.minSize) &&
    (c.maxSize === undefined || set.size <= c.maxSize)
  )
}

/**
 * True when `v` is one point of domain `d`: an option id of a choice, a number within a quantity's bounds (a whole
 * number when the quantity is integer), a list of distinct element ids of a subset, or a boolean for a flag.
 *
 * @category membership
 * @since 0.1.0
 */
export const isValueOf = (d: Domain, v: Value): boolean => {
  switch (d.kind) {
    case 'choice':
      return typeof v === 'string' && d.options.some((o) => o.id === v)
    case 'quantity':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        v >= d.min &&
        v <= d.max &&
        (d.integer !== true || Number.isInteger(v))
      )
    case 'subset': {
      if (!Array.isArray(v)) return false
      const items = v as ReadonlyArray<string>
      const ids = new Set(elementIds(d))
      return new Set(items).size === items.length && items.every((x) => ids.has(x))
    }
    case 'flag':
      return typeof v === 'boolean'
  }
}

/**
 * True when `s` is a value set of domain `d`: the right `kind`, and every option, element and bound it names lies in
 * the domain. (An empty set is still a set of the domain.)
 *
 * @category membership
 * @since 0.1.0
 */
export const isValueSetOf = (d: Domain, s: ValueSet): boolean => {
  if (s.kind !== VALUE_SET_KIND[d.kind]) return false
  const ids = new Set(elementIds(d))
  switch (s.kind) {
    case 'options':
      return s.options.every((o) => ids.has(o))
    case 'intervals':
      return d.kind === 'quantity' && s.intervals.every((i) => i.min >= d.min && i.max <= d.max)
    case 'subsets':
      return s.any.every((c) => [...(c.include ?? []), ...(c.exclude ?? [])].every((x) => ids.has(x)))
    case 'flags':
      return true
  }
}

/**
 * True when value `v` lies in value set `s` (both of the same domain): one of the options, inside one of the
 * intervals, satisfying one of the subset constraints, or one of the flag values.
 *
 * @category membership
 * @since 0.1.0
 */
export const contains = (s: ValueSet, v: Value): boolean => {
  switch (s.kind) {
    case 'options':
      return typeof v === 'string' && s.options.includes(v)
    case 'intervals':
      return typeof v === 'number' && s.intervals.some((i) => inInterval(i, v))
    case 'subsets':
      return Array.isArray(v) && s.any.some((c) => satisfies(c, v))
    case 'flags':
      return typeof v === 'boolean' && s.values.includes(v)
  }
}

/**
 * Value-set operations for the detectors, with the same results as `Values` (normal form included) but a fast path
 * for choices and flags, where a set is a bit mask over the options: the detectors ask these questions for every
 * party, issue and date, so they must be cheap. Quantities and subsets go through `Values`. One difference: on the
 * fast path, options and flags the domain does not have are left out of a set (and a set of another kind reads as
 * empty), where `Values` refuses the set; the loader refuses such sets before any detector sees them. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { all as allValues, contains, difference, intersect, isEmpty, size, union } from '../algebra/value-set'
import type { Domain, Value, ValueSet } from '../model/domain'

const right = <A>(r: E.Either<unknown, A>): A | undefined => (E.isRight(r) ? r.right : undefined)

const indexes = new WeakMap<Domain, ReadonlyMap<unknown, number>>()

/** The position of each value of a choice or flag domain. */
const indexOf = (domain: Domain): ReadonlyMap<unknown, number> | undefined => {
  if (domain.kind !== 'choice' && domain.kind !== 'flag') return undefined
  const hit = indexes.get(domain)
  if (hit !== undefined) return hit
  const m = new Map<unknown, number>()
  if (domain.kind === 'choice') domain.options.forEach((o, i) => m.has(o.id) || m.set(o.id, i))
  else {
    m.set(false, 0)
    m.set(true, 1)
  }
  indexes.set(domain, m)
  return m
}

const masks = new WeakMap<Domain, WeakMap<object, Uint8Array>>()

const cacheOf = (domain: Domain): WeakMap<object, Uint8Array> => {
  let c = masks.get(domain)
  if (c === undefined) {
    c = new WeakMap()
    masks.set(domain, c)
  }
  return c
}

/** The mask of a choice or flag set (cached per domain and set object). */
const maskOf = (domain: Domain, set: ValueSet): Uint8Array | undefined => {
  const index = indexOf(domain)
  if (index === undefined) return undefined
  const hit = cacheOf(domain).get(set)
  if (hit !== undefined) return hit
  const m = new Uint8Array(domain.kind === 'choice' ? domain.options.length : 2)
  const items: readonly unknown[] =
    set.kind === 'options' ? set.options : set.kind === 'flags' ? set.values : []
  for (const x of items) {
    const i = index.get(x)
    if (i !== undefined) m[i] = 1
  }
  cacheOf(domain).set(set, m)
  return m
}

const fromMask = (domain: Domain, m: Uint8Array): ValueSet => {
  const set: ValueSet =
    domain.kind === 'choice'
      ? { kind: 'options', options: domain.options.filter((_, i) => m[i] === 1).map((o) => o.id) }
      : { kind: 'flags', values: [false, true].filter((_, i) => m[i] === 1) }
  cacheOf(domain).set(set, m)
  return set
}

const combine = (
  domain: Domain,
  a: ValueSet,
  b: ValueSet,
  f: (x: number, y: number) => number,
): ValueSet | undefined => {
  const ma = maskOf(domain, a)
  const mb = maskOf(domain, b)
  if (ma === undefined || mb === undefined) return undefined
  return fromMask(
    domain,
    ma.map((x, i) => f(x, mb[i]!)),
  )
}

/**
 * Every value of the domain.
 *
 * @internal
 */
export const whole = (domain: Domain): ValueSet | undefined => {
  const index = indexOf(domain)
  if (index !== undefined) {
    // each option's first position (a domain that repeats an id has more options than ids)
    const m = new Uint8Array(domain.kind === 'choice' ? domain.options.length : 2)
    for (const i of index.values()) m[i] = 1
    return fromMask(domain, m)
  }
  return right(allValues(domain) as E.Either<unknown, ValueSet>)
}

/**
 * The values in both sets.
 *
 * @internal
 */
export const meet = (domain: Domain, a: ValueSet, b: ValueSet): ValueSet | undefined =>
  combine(domain, a, b, (x, y) => x & y) ??
  right(intersect(domain, a as never, b as never) as E.Either<unknown, ValueSet>)

/**
 * The values in `a` but not in `b`.
 *
 * @internal
 */
export const minus = (domain: Domain, a: ValueSet, b: ValueSet): ValueSet | undefined =>
  combine(domain, a, b, (x, y) => x & (1 - y)) ??
  right(difference(domain, a as never, b as never) as E.Either<unknown, ValueSet>)

/**
 * The values in either set.
 *
 * @internal
 */
export const join = (domain: Domain, a: ValueSet, b: ValueSet): ValueSet | undefined =>
  combine(domain, a, b, (x, y) => x | y) ??
  right(union(domain, a as never, b as never) as E.Either<unknown, ValueSet>)

/**
 * True when the set holds no value (an unreadable set counts as empty).
 *
 * @internal
 */
export const empty = (domain: Domain, set: ValueSet): boolean => {
  const m = maskOf(domain, set)
  if (m !== undefined) return !m.includes(1)
  return right(isEmpty(domain, set as never) as E.Either<unknown, boolean>) ?? true
}

/**
 * True when the set holds the value.
 *
 * @internal
 */
export const has = (domain: Domain, set: ValueSet, value: Value): boolean => {
  const m = maskOf(domain, set)
  if (m !== undefined) {
    const i = indexOf(domain)!.get(value)
    return i !== undefined && m[i] === 1
  }
  return right(contains(domain, set as never, value as never) as E.Either<unknown, boolean>) ?? false
}

/**
 * How many values the set holds (its measure for a continuous quantity).
 *
 * @internal
 */
export const sizeOf = (domain: Domain, set: ValueSet): number | undefined => {
  const m = maskOf(domain, set)
  if (m !== undefined) return m.reduce((s, x) => s + x, 0)
  return right(size(domain, set as never) as E.Either<unknown, number>)
}

/**
 * True when the two sets hold the same values.
 *
 * @internal
 */
export const same = (domain: Domain, a: ValueSet, b: ValueSet): boolean => {
  const x = minus(domain, a, b)
  const y = minus(domain, b, a)
  return x !== undefined && y !== undefined && empty(domain, x) && empty(domain, y)
}

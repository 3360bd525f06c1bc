/**
 * The algebra of `subset` domains: a value set is a union of constraints (`{ kind: 'subsets', any: [...] }`), each
 * saying which elements a subset must include, which it must exclude, and bounds on its size. Everything is exact:
 * intersection is the pairwise conjunction of constraints, complement follows De Morgan, emptiness is decided from
 * the includes, excludes and size bounds against the universe, and counting is exact (inclusion–exclusion over the
 * constraints, with big integers). Internal: use `Values`.
 *
 * In the normal form each constraint is satisfiable, lists its elements in universe order, states a size bound only
 * when it is not already implied, and is not contained in another constraint of the set; constraints are sorted.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import type { SubsetConstraint, SubsetDomain, SubsetSet } from '../model/domain'
import type { OptionId } from '../model/ids'
import { compareText } from '../internal/text'
import { algebraError, show } from './errors'
import type { KindAlgebra } from './kind'

// A constraint as a state per universe element (0 free, 1 include, 2 exclude, 3 both: unsatisfiable) and size bounds.
interface Rule {
  readonly state: Uint8Array
  readonly lo: number
  readonly hi: number
}

const indexOf = (d: SubsetDomain): ReadonlyMap<string, number> => {
  const m = new Map<string, number>()
  d.universe.forEach((o, i) => {
    if (!m.has(o.id)) m.set(o.id, i)
  })
  return m
}

const toRule = (d: SubsetDomain, index: ReadonlyMap<string, number>, c: SubsetConstraint): Rule => {
  const state = new Uint8Array(d.universe.length)
  for (const id of c.include ?? []) state[index.get(id)!]! |= 1
  for (const id of c.exclude ?? []) state[index.get(id)!]! |= 2
  return { state, lo: c.minSize ?? 0, hi: c.maxSize ?? d.universe.length }
}

/** The rule tightened to its feasible sizes, with forced elements fixed; undefined when unsatisfiable. */
const tighten = (r: Rule): Rule | undefined => {
  let inc = 0
  let free = 0
  for (const s of r.state) {
    if (s === 3) return undefined
    if (s === 1) inc++
    else if (s === 0) free++
  }
  const lo = Math.max(r.lo, inc)
  const hi = Math.min(r.hi, inc + free)
  if (lo > hi) return undefined
  if (free > 0 && (lo === inc + free || hi === inc)) {
    const fill = lo === inc + free ? 1 : 2
    const state = r.state.map((s) => (s === 0 ? fill : s))
    const n = fill === 1 ? inc + free : inc
    return { state, lo: n, hi: n }
  }
  return { state: r.state, lo, hi }
}

const conj = (a: Rule, b: Rule): Rule => ({
  state: a.state.map((s, i) => s | b.state[i]!),
  lo: Math.max(a.lo, b.lo),
  hi: Math.min(a.hi, b.hi),
})

/** True when every subset `b` allows is allowed by `a` (for tightened rules). */
const covers = (a: Rule, b: Rule): boolean =>
  a.lo <= b.lo && b.hi <= a.hi && a.state.every((s, i) => s === 0 || s === b.state[i])

const keyOf = (r: Rule): string => `${Array.from(r.state).join('')}|${String(r.lo)}|${String(r.hi)}`

const normalRules = (rules: readonly Rule[]): Rule[] => {
  const tight = new Map<string, Rule>()
  for (const r of rules) {
    const t = tighten(r)
    if (t !== undefined && !tight.has(keyOf(t))) tight.set(keyOf(t), t)
  }
  const unique = [...tight.entries()]
  return unique
    .filter(([, r], i) => !unique.some(([, o], j) => j !== i && covers(o, r)))
    .sort(([a], [b]) => compareText(a, b))
    .map(([, r]) => r)
}

const rulesOf = (d: SubsetDomain, set: SubsetSet): Rule[] => {
  const index = indexOf(d)
  return normalRules(set.any.map((c) => toRule(d, index, c)))
}

const fromRule = (d: SubsetDomain, r: Rule): SubsetConstraint => {
  const include: OptionId[] = []
  const exclude: OptionId[] = []
  r.state.forEach((s, i) => {
    if (s === 1) include.push(d.universe[i]!.id)
    else if (s === 2) exclude.push(d.universe[i]!.id)
  })
  const free = d.universe.length - include.length - exclude.length
  return {
    ...(include.length > 0 ? { include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(r.lo > include.length ? { minSize: r.lo } : {}),
    ...(r.hi < include.length + free ? { maxSize: r.hi } : {}),
  }
}

const make = (d: SubsetDomain, rules: readonly Rule[]): SubsetSet => ({
  kind: 'subsets',
  any: rules.map((r) => fromRule(d, r)),
})

const pairwise = (a: readonly Rule[], b: readonly Rule[]): Rule[] =>
  normalRules(a.flatMap((x) => b.map((y) => conj(x, y))))

const anything = (n: number): Rule => ({ state: new Uint8Array(n), lo: 0, hi: n })

/**
 * The part of `p` outside `d`, as disjoint rules: for the literals c1, c2, … of `d` (each fixed element, then the
 * size range), the pieces p ∧ c1 ∧ … ∧ c(j-1) ∧ ¬cj.
 */
const minus = (p: Rule, d: Rule): Rule[] => {
  if (tighten(conj(p, d)) === undefined) return [p]
  const out: Rule[] = []
  let acc: Rule = p
  for (let i = 0; i < d.state.length; i++) {
    const s = d.state[i]!
    if (s === 0 || acc.state[i] === s) continue
    const flipped = acc.state.slice()
    flipped[i]! |= s === 1 ? 2 : 1
    const piece = tighten({ state: flipped, lo: acc.lo, hi: acc.hi })
    if (piece !== undefined) out.push(piece)
    const kept = acc.state.slice()
    kept[i]! |= s
    acc = { state: kept, lo: acc.lo, hi: acc.hi }
  }
  const below = tighten({ state: acc.state, lo: acc.lo, hi: Math.min(acc.hi, d.lo - 1) })
  if (below !== undefined) out.push(below)
  const above = tighten({ state: acc.state, lo: Math.max(acc.lo, d.hi + 1), hi: acc.hi })
  if (above !== undefined) out.push(above)
  return out
}

/** The union of rules as disjoint rules. */
const disjoint = (rules: readonly Rule[]): Rule[] => {
  const out: Rule[] = []
  for (const r of rules) {
    let pieces: Rule[] = [r]
    for (const d of out) pieces = pieces.flatMap((p) => minus(p, d))
    out.push(...pieces)
  }
  return out
}

const binomial = (n: number, k: number): bigint => {
  if (k < 0 || k > n) return 0n
  let c = 1n
  const m = Math.min(k, n - k)
  for (let i = 0; i < m; i++) c = (c * BigInt(n - i)) / BigInt(i + 1)
  return c
}

const countRule = (r: Rule): bigint => {
  let inc = 0
  let free = 0
  for (const s of r.state) {
    if (s === 1) inc++
    else if (s === 0) free++
  }
  let total = 0n
  for (let k = r.lo; k <= r.hi; k++) total += binomial(free, k - inc)
  return total
}

/** The exact number of subsets in a union of (tightened) rules. */
const countRules = (rules: readonly Rule[]): bigint => disjoint(rules).reduce((n, r) => n + countRule(r), 0n)

const countOf = (d: SubsetDomain, set: SubsetSet): bigint => countRules(rulesOf(d, set))

/** Compares sets of universe indices as binary numbers (first element = lowest bit). */
const colex = (a: readonly number[], b: readonly number[]): number => {
  let i = a.length - 1
  let j = b.length - 1
  while (i >= 0 && j >= 0) {
    if (a[i] !== b[j]) return a[i]! - b[j]!
    i--
    j--
  }
  return i - j
}

const membersOf = (r: Rule): number[][] => {
  const inc: number[] = []
  const free: number[] = []
  r.state.forEach((s, i) => {
    if (s === 1) inc.push(i)
    else if (s === 0) free.push(i)
  })
  const out: number[][] = []
  const pick = (from: number, chosen: number[]): void => {
    const size = inc.length + chosen.length
    if (size >= r.lo && size <= r.hi) out.push([...inc, ...chosen].sort((a, b) => a - b))
    if (size >= r.hi) return
    for (let i = from; i < free.length; i++) pick(i + 1, [...chosen, free[i]!])
  }
  pick(0, [])
  return out
}

/** The smallest member of a rule in binary order: its includes plus the lowest free elements it needs. */
const leastOf = (r: Rule): number[] => {
  const out: number[] = []
  let need = r.lo
  r.state.forEach((s) => {
    if (s === 1) need--
  })
  r.state.forEach((s, i) => {
    if (s === 1) out.push(i)
    else if (s === 0 && need > 0) {
      out.push(i)
      need--
    }
  })
  return out.sort((a, b) => a - b)
}

const toValue = (d: SubsetDomain, members: readonly number[]): OptionId[] =>
  members.map((i) => d.universe[i]!.id)

const isValue = (d: SubsetDomain, u: unknown): u is readonly OptionId[] => {
  if (!Array.isArray(u)) return false
  const index = indexOf(d)
  return u.every((x) => typeof x === 'string' && index.has(x)) && new Set(u).size === u.length
}

const memberOf = (d: SubsetDomain, set: SubsetSet): ((value: readonly OptionId[]) => boolean) => {
  const index = indexOf(d)
  const rules = rulesOf(d, set)
  return (value) => {
    const members = new Set(value.map((x) => index.get(x)!))
    return rules.some(
      (r) =>
        members.size >= r.lo &&
        members.size <= r.hi &&
        r.state.every((s, i) => (s === 1 ? members.has(i) : s === 2 ? !members.has(i) : true)),
    )
  }
}

const idList = (u: unknown): boolean =>
  u === undefined || (Array.isArray(u) && u.every((x) => typeof x === 'string'))
const sizeBound = (u: unknown): boolean =>
  u === undefined || (typeof u === 'number' && Number.isInteger(u) && u >= 0)

/**
 * The algebra of `subset` domains.
 *
 * @internal
 */
export const subsets: KindAlgebra<SubsetDomain, SubsetSet, readonly OptionId[]> = {
  problem: (d, set) => {
    if (
      !Array.isArray(set.any) ||
      !(set.any as readonly unknown[]).every((u) => {
        if (typeof u !== 'object' || u === null) return false
        const c = u as Readonly<Record<string, unknown>>
        return idList(c.include) && idList(c.exclude) && sizeBound(c.minSize) && sizeBound(c.maxSize)
      })
    )
      return algebraError(
        'malformed-set',
        `a subsets set needs \`any\`, a list of { include?, exclude?, minSize?, maxSize? } with element ids and whole-number sizes; got ${show(set)}`,
      )
    const index = indexOf(d)
    const constraints: readonly SubsetConstraint[] = set.any
    const unknown = constraints
      .flatMap((c) => [...(c.include ?? []), ...(c.exclude ?? [])])
      .find((x) => !index.has(x))
    return unknown === undefined
      ? undefined
      : algebraError(
          'unknown-option',
          `the value set names element \`${unknown}\`, which is not in the universe; elements are: ${d.universe.map((o) => o.id).join(', ')}`,
        )
  },
  isValue,
  whyNot: (d, u) => {
    if (!Array.isArray(u)) return `${show(u)} is not a list of element ids`
    const index = indexOf(d)
    const unknown = (u as readonly unknown[]).find((x) => typeof x !== 'string' || !index.has(x))
    if (unknown !== undefined)
      return `${show(unknown)} is not in the universe; elements are: ${d.universe.map((o) => o.id).join(', ')}`
    return `the list ${show(u)} names an element more than once`
  },
  normalize: (d, set) => make(d, rulesOf(d, set)),
  contains: (d, set, value) => memberOf(d, set)(value),
  member: (d, set) => memberOf(d, set),
  intersect: (d, a, b) => make(d, pairwise(rulesOf(d, a), rulesOf(d, b))),
  union: (d, a, b) => make(d, normalRules([...rulesOf(d, a), ...rulesOf(d, b)])),
  complement: (d, a) =>
    make(
      d,
      normalRules(
        rulesOf(d, a).reduce<Rule[]>(
          (acc, r) => acc.flatMap((p) => minus(p, r)),
          [anything(d.universe.length)],
        ),
      ),
    ),
  isEmpty: (d, a) => rulesOf(d, a).length === 0,
  equals: (d, a, b) => {
    const ra = rulesOf(d, a)
    const rb = rulesOf(d, b)
    const n = countRules(ra)
    return n === countRules(rb) && n === countRules(pairwise(ra, rb))
  },
  all: (d) => make(d, [anything(d.universe.length)]),
  none: () => ({ kind: 'subsets', any: [] }),
  of: (d, values) => {
    const index = indexOf(d)
    return make(
      d,
      normalRules(
        values.map((v) => {
          const state = new Uint8Array(d.universe.length).fill(2)
          for (const x of v) state[index.get(x)!] = 1
          return { state, lo: 0, hi: d.universe.length }
        }),
      ),
    )
  },
  size: (d, a) => Number(countOf(d, a)),
  enumerate: (d, a, limit) => {
    const rules = rulesOf(d, a)
    const count = countRules(rules)
    if (count > BigInt(limit))
      return E.left(
        algebraError(
          'too-large',
          `the set has ${count.toString()} subsets, more than the ${String(limit)} that can be listed`,
        ),
      )
    const seen = new Map<string, number[]>()
    for (const r of rules) for (const m of membersOf(r)) seen.set(m.join(','), m)
    return E.right([...seen.values()].sort(colex).map((m) => toValue(d, m)))
  },
  sample: (d, a) => {
    const least = rulesOf(d, a).map(leastOf).sort(colex)[0]
    return least === undefined ? O.none : O.some(toValue(d, least))
  },
  valueEquals: (_, a, b) => {
    const sa = new Set(a)
    const sb = new Set(b)
    return sa.size === sb.size && [...sa].every((x) => sb.has(x))
  },
  distance: (d, a, b) => {
    const n = d.universe.length
    if (n === 0) return 0
    const sa = new Set(a)
    const sb = new Set(b)
    const diff = [...sa].filter((x) => !sb.has(x)).length + [...sb].filter((x) => !sa.has(x)).length
    return diff / n
  },
  rank: () => undefined,
  describe: (d, value) => {
    const index = indexOf(d)
    const sorted = [...value].sort((x, y) => (index.get(x) ?? 0) - (index.get(y) ?? 0))
    return `{${sorted.map((x) => d.universe[index.get(x)!]?.label ?? x).join(', ')}}`
  },
}

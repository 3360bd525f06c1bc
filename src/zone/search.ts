/**
 * Search over a compiled package space: which pieces every kept constraint allows, the exact number of packages
 * all parties accept (a product over independent groups of issues when no reservation utility binds; otherwise a
 * depth-first count with bounds), and a depth-first walk over packages that allocates nothing per package. Every
 * function takes the set of relaxed constraints (ids over rules, then links, then floors), so the same space
 * answers "what if this red line were dropped?". Internal.
 *
 * @internal
 */
import type { Floor, Space } from './space'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The constraints in force once `relaxed` ones are dropped: allowed pieces per axis, whether a broken settled
 * condition blocks everything, the linkages and the floors.
 *
 * @internal
 */
export interface Kept {
  readonly allowed: readonly Uint8Array[]
  readonly blocked: boolean
  readonly links: readonly number[]
  readonly floors: readonly Floor[]
}

/**
 * An exact count: `count` packages, or infinitely many; and how it was decided.
 *
 * @internal
 */
export interface Count {
  readonly count: bigint
  readonly infinite: boolean
  readonly decidedBy: 'per-issue' | 'reservation' | 'components' | 'search'
  readonly emptyAxes: readonly number[]
  readonly shortFloors: readonly number[]
}

/**
 * No relaxation.
 *
 * @internal
 */
export const none = (space: Space): Uint8Array =>
  new Uint8Array(space.rules.length + space.links.length + space.floors.length)

// -------------------------------------------------------------------------------------
// constraints
// -------------------------------------------------------------------------------------

/**
 * The constraints kept when `relaxed` are dropped.
 *
 * @internal
 */
export const keep = (space: Space, relaxed: Uint8Array): Kept => {
  const allowed = space.axes.map((a) => new Uint8Array(a.pieces.length).fill(1))
  let blocked = false
  space.rules.forEach((r, i) => {
    if (relaxed[i] === 1) return
    if (r.axis < 0) {
      blocked = true
      return
    }
    const m = allowed[r.axis]!
    for (let j = 0; j < m.length; j++) if (r.allows[j] === 0) m[j] = 0
  })
  const R = space.rules.length
  const links = space.links.map((_, i) => i).filter((i) => relaxed[R + i] !== 1)
  const L = space.links.length
  const floors = space.floors.filter((_, i) => relaxed[R + L + i] !== 1)
  return { allowed, blocked, links, floors }
}

/** The best and worst gain a party can get from an axis's allowed pieces (ranges count by their ends). */
const extremes = (space: Space, kept: Kept, p: number, a: number): [number, number] => {
  let hi = -Infinity
  let lo = Infinity
  const g = space.gain[p]![a]!
  const piece = space.axes[a]!.pieces
  for (let j = 0; j < g.length; j++) {
    if (kept.allowed[a]![j] !== 1) continue
    const xs = piece[j]!.point ? [g[j]!] : [space.gainLo[p]![a]![j]!, space.gainHi[p]![a]![j]!]
    for (const x of xs) {
      if (x > hi) hi = x
      if (x < lo) lo = x
    }
  }
  return [hi, lo]
}

/**
 * The floors (indices into `kept.floors`) that no package reaches even at each party's best, and those that every
 * package reaches (they can be ignored).
 *
 * @internal
 */
export const floorBounds = (space: Space, kept: Kept): { short: number[]; slack: number[] } => {
  const short: number[] = []
  const slack: number[] = []
  kept.floors.forEach((f, i) => {
    let best = space.base[f.party]!
    let worst = space.base[f.party]!
    space.axes.forEach((_, a) => {
      const [hi, lo] = extremes(space, kept, f.party, a)
      best += hi
      worst += lo
    })
    if (best < f.units - 1) short.push(i)
    else if (worst >= f.units + 1) slack.push(i)
  })
  return { short, slack }
}

// -------------------------------------------------------------------------------------
// counting
// -------------------------------------------------------------------------------------

const sizeOf = (space: Space, kept: Kept, a: number): { n: bigint; infinite: boolean } => {
  let n = 0n
  let infinite = false
  space.axes[a]!.pieces.forEach((p, j) => {
    if (kept.allowed[a]![j] !== 1) return
    if (p.count === null) infinite = true
    else n += p.count
  })
  return { n, infinite }
}

/** Union-find of the axes joined by kept links. */
const components = (space: Space, kept: Kept): number[][] => {
  const parent = space.axes.map((_, i) => i)
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)))
  for (const i of kept.links) {
    const l = space.links[i]!
    parent[find(l.a)] = find(l.b)
  }
  const groups = new Map<number, number[]>()
  space.axes.forEach((_, a) => {
    const r = find(a)
    const g = groups.get(r)
    if (g === undefined) groups.set(r, [a])
    else g.push(a)
  })
  return [...groups.values()]
}

/** Counts the assignments of a group of linked axes that satisfy the kept links among them. */
const countGroup = (space: Space, kept: Kept, axes: readonly number[]): { n: bigint; infinite: boolean } => {
  const inGroup = new Set(axes)
  const links = kept.links.map((i) => space.links[i]!).filter((l) => inGroup.has(l.a))
  const digits = new Int32Array(space.axes.length).fill(-1)
  let n = 0n
  let infinite = false
  const go = (d: number, weight: bigint, inf: boolean): void => {
    if (d === axes.length) {
      if (inf) infinite = true
      else n += weight
      return
    }
    const a = axes[d]!
    const pieces = space.axes[a]!.pieces
    for (let j = 0; j < pieces.length; j++) {
      if (kept.allowed[a]![j] !== 1) continue
      digits[a] = j
      let ok = true
      for (const l of links) {
        const x = digits[l.a]!
        const y = digits[l.b]!
        if (x >= 0 && y >= 0 && l.inA[x] === 1 && l.inB[y] === 0) {
          ok = false
          break
        }
      }
      if (ok) {
        const c = pieces[j]!.count
        go(d + 1, c === null ? weight : weight * c, inf || c === null)
      }
      digits[a] = -1
    }
  }
  go(0, 1n, false)
  return { n, infinite: infinite && true }
}

/**
 * The exact number of packages that satisfy the kept constraints. Decided without enumerating when an issue has
 * no allowed value (`per-issue`), when a party's reservation is out of reach (`reservation`), or when no
 * reservation binds (`components`: a product over groups of linked issues); otherwise by a bounded depth-first
 * count (`search`). Undefined when reservations bind and more than one quantity has open ranges on which a
 * party's score varies (discretise one of them).
 *
 * @internal
 */
export const count = (space: Space, kept: Kept): Count | undefined => {
  const emptyAxes = space.axes.map((_, a) => a).filter((a) => !kept.allowed[a]!.includes(1))
  const zero = (decidedBy: Count['decidedBy'], shortFloors: number[] = []): Count => ({
    count: 0n,
    infinite: false,
    decidedBy,
    emptyAxes,
    shortFloors,
  })
  if (kept.blocked || emptyAxes.length > 0) return zero('per-issue')
  const { short, slack } = floorBounds(space, kept)
  if (short.length > 0) return zero('reservation', short)
  const binding = kept.floors.filter((_, i) => !slack.includes(i))
  if (binding.length === 0) {
    let n = 1n
    let infinite = false
    for (const g of components(space, kept)) {
      const c =
        g.length === 1 && !kept.links.some((i) => space.links[i]!.a === g[0] || space.links[i]!.b === g[0])
          ? sizeOf(space, kept, g[0]!)
          : countGroup(space, kept, g)
      if (c.n === 0n && !c.infinite) return zero('components')
      n *= c.n === 0n ? 1n : c.n
      infinite = infinite || c.infinite
    }
    return { count: infinite ? 0n : n, infinite, decidedBy: 'components', emptyAxes, shortFloors: [] }
  }
  return countSearch(space, kept, binding, emptyAxes)
}

const countSearch = (
  space: Space,
  kept: Kept,
  floors: readonly Floor[],
  emptyAxes: readonly number[],
): Count | undefined => {
  const D = space.axes.length
  const varies = (a: number): boolean =>
    space.axes[a]!.pieces.some(
      (p, j) =>
        !p.point &&
        kept.allowed[a]![j] === 1 &&
        floors.some((f) => space.gainLo[f.party]![a]![j] !== space.gainHi[f.party]![a]![j]),
    )
  const ranged = space.axes.map((_, a) => a).filter(varies)
  if (ranged.length > 1) return undefined
  const linked = new Set(kept.links.flatMap((i) => [space.links[i]!.a, space.links[i]!.b]))
  const order = [
    ...space.axes.map((_, a) => a).filter((a) => linked.has(a) && !ranged.includes(a)),
    ...space.axes.map((_, a) => a).filter((a) => !linked.has(a) && !ranged.includes(a)),
    ...ranged,
  ]
  const lastLinked = order.reduce((m, a, d) => (linked.has(a) ? d : m), -1)
  const F = floors.length
  // bounds over the remaining depths
  const maxRest = new Float64Array(F * (D + 1))
  const minRest = new Float64Array(F * (D + 1))
  floors.forEach((f, k) => {
    for (let d = D - 1; d >= 0; d--) {
      const [hi, lo] = extremes(space, kept, f.party, order[d]!)
      maxRest[k * (D + 1) + d] = maxRest[k * (D + 1) + d + 1]! + hi
      minRest[k * (D + 1) + d] = minRest[k * (D + 1) + d + 1]! + lo
    }
  })
  // the number of packages in the remaining depths when nothing constrains them
  const suffix: { n: bigint; infinite: boolean }[] = Array.from({ length: D + 1 }, () => ({
    n: 1n,
    infinite: false,
  }))
  for (let d = D - 1; d >= 0; d--) {
    const s = sizeOf(space, kept, order[d]!)
    suffix[d] = {
      n: s.n * suffix[d + 1]!.n,
      infinite:
        (s.infinite && suffix[d + 1]!.n > 0n) ||
        (suffix[d + 1]!.infinite && s.n > 0n) ||
        (s.infinite && suffix[d + 1]!.infinite),
    }
  }
  const links = kept.links.map((i) => space.links[i]!)
  const digits = new Int32Array(D).fill(-1)
  const sums = new Float64Array(F)
  let total = 0n
  let small = 0
  let infinite = false
  const add = (weight: bigint, n: bigint, inf: boolean): void => {
    if (inf) {
      infinite = true
      return
    }
    if (weight === 1n && n === 1n) {
      small++
      if (small > 2 ** 50) {
        total += BigInt(small)
        small = 0
      }
    } else total += weight * n
  }
  const go = (d: number, weight: bigint, inf: boolean): void => {
    if (infinite) return
    if (d === D) return add(weight, 1n, inf)
    if (d > lastLinked) {
      let free = true
      for (let k = 0; k < F; k++)
        if (sums[k]! + space.base[floors[k]!.party]! + minRest[k * (D + 1) + d]! < floors[k]!.units + 1)
          free = false
      if (free) return add(weight, suffix[d]!.n, inf || suffix[d]!.infinite)
    }
    const a = order[d]!
    const pieces = space.axes[a]!.pieces
    for (let j = 0; j < pieces.length; j++) {
      if (kept.allowed[a]![j] !== 1) continue
      digits[a] = j
      let ok = true
      for (const l of links) {
        const x = digits[l.a]!
        const y = digits[l.b]!
        if (x >= 0 && y >= 0 && l.inA[x] === 1 && l.inB[y] === 0) {
          ok = false
          break
        }
      }
      const piece = pieces[j]!
      if (ok && !piece.point && ranged.includes(a)) {
        // the last axis: the part of the range where every floor holds is an interval
        let t0 = 0
        let t1 = 1
        for (let k = 0; k < F; k++) {
          const f = floors[k]!
          const lo = space.gainLo[f.party]![a]![j]!
          const hi = space.gainHi[f.party]![a]![j]!
          // a package is acceptable when its utility, rounded to units, reaches the floor: a whole number of the range
          // from half a unit below it (where a continuous range meets the floor exactly, it meets it at one value)
          const need = f.units - (piece.count === null ? 0 : 0.5) - space.base[f.party]! - sums[k]!
          if (hi === lo) {
            if (lo < need) t1 = -1
          } else if (hi > lo) t0 = Math.max(t0, (need - lo) / (hi - lo))
          else t1 = Math.min(t1, (need - lo) / (hi - lo))
        }
        if (t1 > t0 || (t1 === t0 && t0 > 0 && t0 < 1)) {
          const x0 = piece.lo + t0 * (piece.hi - piece.lo)
          const x1 = piece.lo + t1 * (piece.hi - piece.lo)
          if (piece.count === null) add(weight, 1n, t1 > t0 || inf)
          else {
            const first = Math.max(piece.lo + 1, Math.ceil(x0 - 1e-9))
            const last = Math.min(piece.hi - 1, Math.floor(x1 + 1e-9))
            if (last >= first) add(weight, BigInt(last - first + 1), inf)
          }
        }
        digits[a] = -1
        continue
      }
      if (ok) {
        for (let k = 0; k < F; k++) sums[k] = sums[k]! + space.gain[floors[k]!.party]![a]![j]!
        for (let k = 0; k < F; k++) {
          const total = sums[k]! + space.base[floors[k]!.party]!
          if (
            d === D - 1
              ? Math.round(total) < floors[k]!.units
              : total + maxRest[k * (D + 1) + d + 1]! < floors[k]!.units - 1
          )
            ok = false
        }
        if (ok)
          go(
            d + 1,
            piece.count === null || piece.count === 1n ? weight : weight * piece.count,
            inf || piece.count === null,
          )
        for (let k = 0; k < F; k++) sums[k] = sums[k]! - space.gain[floors[k]!.party]![a]![j]!
      }
      digits[a] = -1
    }
  }
  go(0, 1n, false)
  total += BigInt(small)
  return { count: infinite ? 0n : total, infinite, decidedBy: 'search', emptyAxes, shortFloors: [] }
}

// -------------------------------------------------------------------------------------
// walking
// -------------------------------------------------------------------------------------

/** Values of an issue are compared for skipping only up to this many (the test is quadratic). */
const PRUNE_LIMIT = 4096

/** Rounding noise on a gain, in units. */
const NOISE = 1e-3

/** How much better a value must be for one party to make another one skippable, in units. */
const MARGIN = 4

/**
 * The pieces a walk visits on each axis: the allowed points, without those another allowed point of the same axis
 * beats for every party when `prune` (only on axes no kept link touches; exact for the Pareto frontier).
 *
 * @internal
 */
export const choicesOf = (space: Space, kept: Kept, prune: boolean): Int32Array[] => {
  const linked = new Set(kept.links.flatMap((i) => [space.links[i]!.a, space.links[i]!.b]))
  const P = space.parties.length
  return space.axes.map((axis, a) => {
    const ok = axis.pieces.map((_, j) => j).filter((j) => axis.pieces[j]!.point && kept.allowed[a]![j] === 1)
    if (!prune || linked.has(a) || ok.length < 2 || ok.length > PRUNE_LIMIT) return Int32Array.from(ok)
    const g = space.gain.map((byAxis) => byAxis[a]!)
    // j is skipped when some k is at least as good for every party (up to noise) and clearly better for one
    const beaten = (j: number): boolean =>
      ok.some((k) => {
        if (k === j) return false
        let clearly = false
        for (let p = 0; p < P; p++) {
          const d = g[p]![k]! - g[p]![j]!
          if (d < -NOISE) return false
          if (d > MARGIN) clearly = true
        }
        return clearly
      })
    return Int32Array.from(ok.filter((j) => !beaten(j)))
  })
}

/**
 * A cursor over the packages of points that satisfy the kept constraints, in order (first axis slowest): each
 * `next()` moves to the next package and returns false at the end; `digits` then holds the piece index per axis and
 * `utilities` each party's utility in units. Nothing is allocated per package.
 *
 * @internal
 */
export interface Cursor {
  readonly digits: Int32Array
  readonly utilities: Float64Array
  readonly next: () => boolean
}

/**
 * A cursor over the packages the kept constraints allow, visiting on each axis the pieces of `choices`.
 *
 * @internal
 */
export const cursor = (space: Space, kept: Kept, choices: readonly Int32Array[]): Cursor => {
  const D = space.axes.length
  const P = space.parties.length
  const digits = new Int32Array(D)
  const utilities = new Float64Array(P)
  const dead = kept.blocked || choices.some((c) => c.length === 0)
  const floors = kept.floors
  const F = floors.length
  const maxRest = new Float64Array(F * (D + 1))
  floors.forEach((f, k) => {
    for (let d = D - 1; d >= 0; d--) {
      let hi = -Infinity
      for (const j of choices[d]!) hi = Math.max(hi, space.gain[f.party]![d]![j]!)
      maxRest[k * (D + 1) + d] = maxRest[k * (D + 1) + d + 1]! + hi
    }
  })
  const checks: number[][] = space.axes.map(() => [])
  for (const i of kept.links) {
    const l = space.links[i]!
    checks[Math.max(l.a, l.b)]!.push(i)
  }
  const sums = new Float64Array(P * (D + 1))
  for (let p = 0; p < P; p++) sums[p * (D + 1)] = space.base[p]!
  const pos = new Int32Array(D).fill(-1)
  let d = 0
  let done = dead
  let emptyVisited = false
  const next = (): boolean => {
    if (done) return false
    if (D === 0) {
      done = true
      if (emptyVisited) return false
      emptyVisited = true
      for (let p = 0; p < P; p++) utilities[p] = Math.round(space.base[p]!)
      return floors.every((f) => utilities[f.party]! >= f.units)
    }
    while (d >= 0) {
      pos[d]!++
      const list = choices[d]!
      if (pos[d]! >= list.length) {
        pos[d] = -1
        d--
        continue
      }
      const j = list[pos[d]!]!
      digits[d] = j
      let ok = true
      const cs = checks[d]!
      for (let c = 0; c < cs.length; c++) {
        const l = space.links[cs[c]!]!
        if (l.inA[digits[l.a]!] === 1 && l.inB[digits[l.b]!] === 0) {
          ok = false
          break
        }
      }
      if (!ok) continue
      for (let p = 0; p < P; p++) sums[p * (D + 1) + d + 1] = sums[p * (D + 1) + d]! + space.gain[p]![d]![j]!
      if (d === D - 1) {
        for (let p = 0; p < P; p++) utilities[p] = Math.round(sums[p * (D + 1) + D]!)
        for (let k = 0; k < F && ok; k++) if (utilities[floors[k]!.party]! < floors[k]!.units) ok = false
        if (ok) return true
        continue
      }
      for (let k = 0; k < F && ok; k++) {
        const f = floors[k]!
        if (sums[f.party * (D + 1) + d + 1]! + maxRest[k * (D + 1) + d + 1]! < f.units - 1) ok = false
      }
      if (!ok) continue
      d++
    }
    done = true
    return false
  }
  return { digits, utilities, next }
}

/**
 * Every package of points the kept constraints allow, scored: `utilities[p][i]` is party p's utility (whole units)
 * for package i, `codes[i]` its position in the mixed-radix numbering of pieces (`stride[a]` per axis). The last axis
 * is scored in a tight loop; nothing is allocated per package. Undefined when more than `max` packages are allowed.
 *
 * @internal
 */
export const scoreAll = (
  space: Space,
  kept: Kept,
  choices: readonly Int32Array[],
  max: number,
):
  | { count: number; utilities: Float64Array[]; codes: Float64Array; stride: readonly number[] }
  | undefined => {
  const D = space.axes.length
  const P = space.parties.length
  const stride: number[] = []
  let s = 1
  for (let a = D - 1; a >= 0; a--) {
    stride[a] = s
    s *= space.axes[a]!.pieces.length
  }
  const upper = choices.reduce((n, c) => n * c.length, 1)
  let capacity = Math.max(1, Math.min(upper, 1 << 16, max))
  let utilities = space.parties.map(() => new Float64Array(capacity))
  let codes = new Float64Array(capacity)
  let n = 0
  const grow = (need: number): boolean => {
    if (need <= capacity) return true
    if (need > max) return false
    capacity = Math.min(Math.max(capacity * 2, need), max)
    utilities = utilities.map((a) => {
      const b = new Float64Array(capacity)
      b.set(a.subarray(0, n))
      return b
    })
    const c = new Float64Array(capacity)
    c.set(codes.subarray(0, n))
    codes = c
    return true
  }
  if (D <= 1) {
    const cur = cursor(space, kept, choices)
    while (cur.next()) {
      if (!grow(n + 1)) return undefined
      for (let p = 0; p < P; p++) utilities[p]![n] = cur.utilities[p]!
      codes[n] = D === 0 ? 0 : cur.digits[0]!
      n++
    }
    return { count: n, utilities, codes, stride }
  }
  // walk the first D - 1 axes with a cursor over a space cut short by one axis, then sweep the last axis
  const last = D - 1
  const lastChoices = choices[last]!
  const lastLinks = kept.links.filter((i) => Math.max(space.links[i]!.a, space.links[i]!.b) === last)
  const prefix: Space = {
    ...space,
    axes: space.axes.slice(0, last),
    gain: space.gain.map((g) => g.slice(0, last)),
    links: space.links,
  }
  const prefixKept: Kept = {
    allowed: kept.allowed.slice(0, last),
    blocked: kept.blocked,
    links: kept.links.filter((i) => !lastLinks.includes(i)),
    floors: [],
  }
  const lastGain = space.gain.map((g) => g[last]!)
  const best = new Float64Array(P)
  for (let p = 0; p < P; p++) {
    let hi = -Infinity
    for (const j of lastChoices) hi = Math.max(hi, lastGain[p]![j]!)
    best[p] = hi
  }
  const floors = kept.floors
  const cur = cursor(prefix, prefixKept, choices.slice(0, last))
  const digits = cur.digits
  const sums = cur.utilities
  const m = lastChoices.length
  while (cur.next()) {
    // cursor utilities are rounded; recompute exact partial sums for this prefix
    let dead = false
    for (const f of floors)
      if (prefixSum(space, digits, f.party, last) + best[f.party]! < f.units - 1) dead = true
    if (dead) continue
    if (!grow(n + m)) return undefined
    let base = 0
    for (let a = 0; a < last; a++) base += digits[a]! * stride[a]!
    for (let p = 0; p < P; p++) sums[p] = prefixSum(space, digits, p, last)
    for (let k = 0; k < m; k++) {
      const j = lastChoices[k]!
      let ok = true
      for (const i of lastLinks) {
        const l = space.links[i]!
        const x = l.a === last ? j : digits[l.a]!
        const y = l.b === last ? j : digits[l.b]!
        if (l.inA[x] === 1 && l.inB[y] === 0) {
          ok = false
          break
        }
      }
      if (!ok) continue
      for (let p = 0; p < P; p++) utilities[p]![n] = Math.round(sums[p]! + lastGain[p]![j]!)
      for (const f of floors) if (utilities[f.party]![n]! < f.units) ok = false
      if (!ok) continue
      codes[n] = base + j
      n++
    }
  }
  return { count: n, utilities, codes, stride }
}

/** A party's utility from the first `upto` axes of a package, in units, not rounded. */
const prefixSum = (space: Space, digits: Int32Array, p: number, upto: number): number => {
  let s = space.base[p]!
  const g = space.gain[p]!
  for (let a = 0; a < upto; a++) s += g[a]![digits[a]!]!
  return s
}

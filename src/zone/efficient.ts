/**
 * Which packages of the frontier a package between critical values improves on. A quantity handled exactly is
 * scored at its critical values only, and between two of them every party's utility is linear in it; with several
 * such quantities, linear in each. So the packages where some of them lie strictly between critical values (the
 * others and every other issue fixed) form a *cell*: a box of those quantities on which each party's utility is
 * linear. A scored package P is beaten in a cell when some point t of the box, acceptable to all (every
 * reservation utility holds: one more linear constraint per party), gives every party at least P's utility and
 * one party more. That is a small linear programme — one variable per quantity that varies, one constraint per
 * party — solved exactly by visiting the vertices of its feasible region (the best of a linear function over a
 * box cut by a few half-spaces lies at one), with, for a quantity of whole numbers, a branch-and-bound on the
 * whole numbers. Every cell of every combination of the quantities is visited, so a package kept is beaten by
 * no acceptable package at all, whatever values the quantities take; only the branch-and-bound may stop short
 * (after `BRANCHES` branches), and the package is then kept and counted as undecided. Internal.
 *
 * @internal
 */
import type { Kept } from './search'
import { choicesOf, scoreAll } from './search'
import { UNITS } from './skyline'
import type { Space } from './space'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The outcome of the check: the indices of the packages no acceptable package beats (in the order given), how
 * many were dropped, how many were kept undecided (the search for whole numbers stopped short), and the quantity
 * axes handled exactly that were checked (none: nothing to check).
 *
 * @internal
 */
export interface Efficiency {
  readonly efficient: readonly number[]
  readonly dropped: number
  readonly undecided: number
  readonly axes: readonly number[]
}

/**
 * A party may lose this much (in units of 2^-30) and still count as not hurt: floating-point noise in utilities
 * that are mathematically equal (a tie), far below the unit the frontier is compared in.
 *
 * @internal
 */
export const SLACK = 1e-4

/**
 * A package improves on another only when some party gains at least this much (in units of 2^-30, the unit the
 * frontier is compared in).
 *
 * @internal
 */
export const GAIN = 1

/**
 * The most branches the search for whole numbers takes, per package and cell, before it gives up (undecided).
 *
 * @internal
 */
export const BRANCHES = 256

/** The cells where the quantity axes `axes` lie strictly between critical values (all other issues fixed). */
interface Cells {
  readonly k: number
  readonly count: number
  readonly integer: Uint8Array
  /** utility at t = 0, per cell and party */
  readonly c: Float64Array
  /** slope per cell, party and axis (utility over the whole range, t from 0 to 1) */
  readonly b: Float64Array
  /** the part of [0, 1] allowed, per cell and axis (for whole numbers: the first and last inside) */
  readonly lo: Float64Array
  readonly hi: Float64Array
  /** the quantity at t = 0 and the width of the range, per cell and axis */
  readonly x0: Float64Array
  readonly span: Float64Array
  /** the most each party gets in the cell, per cell and party */
  readonly top: Float64Array
  /**
   * per party, the cells by decreasing bucket of `top` for that party (`BUCKETS` buckets of equal width from the
   * least `top`, `scale[3p]`, each `scale[3p + 1]` wide, to the most, `scale[3p + 2]`), and per bucket how many
   * cells lie in it or above
   */
  readonly order: readonly Uint32Array[]
  readonly above: readonly Int32Array[]
  readonly scale: Float64Array
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** Tolerance on a constraint at a computed vertex, in units (the vertex is found by elimination). */
const ROUND = 1e-5

/** Cells are indexed by the best each party can get in them, in this many buckets. */
const BUCKETS = 256

/** How close to a whole number a quantity must be to count as one. */
const WHOLE = 1e-7

/**
 * The quantity axes handled exactly (no step) with an allowed range that holds some value.
 *
 * @internal
 */
export const exactAxes = (space: Space, kept: Kept): number[] =>
  space.axes
    .map((_, a) => a)
    .filter((a) => {
      const axis = space.axes[a]!
      return (
        axis.domain.kind === 'quantity' &&
        axis.step === undefined &&
        axis.pieces.some((p, j) => !p.point && p.count !== 0n && kept.allowed[a]![j] === 1)
      )
    })

const cellsOf = (
  space: Space,
  kept: Kept,
  points: readonly Int32Array[],
  axes: readonly number[],
  max: number,
): Cells | undefined => {
  const P = space.parties.length
  const k = axes.length
  const ranged = new Set(axes)
  const choices = points.map((c, a) =>
    ranged.has(a)
      ? Int32Array.from(
          space.axes[a]!.pieces.flatMap((p, j) =>
            !p.point && p.count !== 0n && kept.allowed[a]![j] === 1 ? [j] : [],
          ),
        )
      : c,
  )
  const r = scoreAll(space, kept, choices, max)
  if (r === undefined) return undefined
  const n = r.count
  const D = space.axes.length
  const integer = Uint8Array.from(axes, (a) => {
    const d = space.axes[a]!.domain
    return d.kind === 'quantity' && d.integer === true ? 1 : 0
  })
  const c = new Float64Array(n * P)
  const b = new Float64Array(n * P * k)
  const lo = new Float64Array(n * k)
  const hi = new Float64Array(n * k)
  const x0 = new Float64Array(n * k)
  const span = new Float64Array(n * k)
  const top = new Float64Array(n * P)
  const isRanged = Uint8Array.from(space.axes, (_, a) => (ranged.has(a) ? 1 : 0))
  const sizes = Int32Array.from(space.axes, (a) => a.pieces.length)
  const digits = new Int32Array(D)
  for (let i = 0; i < n; i++) {
    const code = r.codes[i]!
    for (let a = 0; a < D; a++) digits[a] = Math.floor(code / r.stride[a]!) % sizes[a]!
    for (let d = 0; d < k; d++) {
      const piece = space.axes[axes[d]!]!.pieces[digits[axes[d]!]!]!
      const w = piece.hi - piece.lo
      x0[i * k + d] = piece.lo
      span[i * k + d] = w
      // whole numbers strictly inside the range, or the open range itself (its ends are critical values)
      lo[i * k + d] = integer[d] === 1 ? 1 / w : 0
      hi[i * k + d] = integer[d] === 1 ? 1 - 1 / w : 1
    }
    for (let p = 0; p < P; p++) {
      const gain = space.gain[p]!
      const gainLo = space.gainLo[p]!
      const gainHi = space.gainHi[p]!
      let u = space.base[p]!
      for (let a = 0; a < D; a++) u += (isRanged[a] === 1 ? gainLo : gain)[a]![digits[a]!]!
      c[i * P + p] = u
      let most = u
      for (let d = 0; d < k; d++) {
        const a = axes[d]!
        const slope = gainHi[a]![digits[a]!]! - gainLo[a]![digits[a]!]!
        b[(i * P + p) * k + d] = slope
        most += Math.max(slope * lo[i * k + d]!, slope * hi[i * k + d]!)
      }
      top[i * P + p] = most
    }
  }
  // for each party, the cells by decreasing bucket of their best for it (a counting sort), ties in cell order
  const order: Uint32Array[] = []
  const above: Int32Array[] = []
  const scale: Float64Array = new Float64Array(3 * P)
  const key = new Int32Array(n)
  for (let p = 0; p < P; p++) {
    let least = Infinity
    let most = -Infinity
    for (let i = 0; i < n; i++) {
      least = Math.min(least, top[i * P + p]!)
      most = Math.max(most, top[i * P + p]!)
    }
    const width = most > least ? (most - least) / BUCKETS : 1
    scale[3 * p] = least
    scale[3 * p + 1] = width
    scale[3 * p + 2] = most
    const count = new Int32Array(BUCKETS + 1)
    for (let i = 0; i < n; i++) {
      key[i] = Math.min(BUCKETS - 1, Math.floor((top[i * P + p]! - least) / width))
      count[key[i]!]!++
    }
    // above[b]: how many cells fall in bucket b or higher (they come first)
    const start = new Int32Array(BUCKETS + 1)
    for (let b = BUCKETS - 1; b >= 0; b--) start[b] = start[b + 1]! + count[b]!
    const at = Int32Array.from({ length: BUCKETS }, (_, b) => start[b + 1]!)
    const o = new Uint32Array(n)
    for (let i = 0; i < n; i++) o[at[key[i]!]!++] = i
    order.push(o)
    above.push(start)
  }
  return { k, count: n, integer, c, b, lo, hi, x0, span, top, order, above, scale }
}

/** Scratch space for the comparisons of one size (k variables, P parties). */
interface Work {
  readonly k: number
  readonly P: number
  /** constraint rows: P parties, then t_a ≥ lo_a and -t_a ≥ -hi_a per axis; `row[h * k + a]`, `rhs[h]` */
  readonly row: Float64Array
  readonly rhs: Float64Array
  /** the least each party must keep (units): its utility less the slack, or its floor if higher */
  readonly need: Float64Array
  /** the rows a vertex is solved from, their positions among the `active` rows that can bind */
  readonly pick: Int32Array
  readonly sel: Int32Array
  readonly active: Int32Array
  readonly m: Float64Array
  readonly t: Float64Array
  readonly best: Float64Array
  readonly snap: Float64Array
}

const workFor = (k: number, P: number): Work => ({
  k,
  P,
  row: new Float64Array((P + 2 * k) * k),
  rhs: new Float64Array(P + 2 * k),
  need: new Float64Array(P),
  pick: new Int32Array(k),
  sel: new Int32Array(k),
  active: new Int32Array(P + 2 * k),
  m: new Float64Array(k * (k + 1)),
  t: new Float64Array(k),
  best: new Float64Array(k),
  snap: new Float64Array(k),
})

/** Solves the rows `pick` as equalities into `w.t`; false when they do not meet in one point. */
const solve = (w: Work): boolean => {
  const { k, m, t, row, rhs, pick } = w
  for (let i = 0; i < k; i++) {
    const h = pick[i]!
    let scale = 0
    for (let a = 0; a < k; a++) scale = Math.max(scale, Math.abs(row[h * k + a]!))
    if (scale === 0) return false
    for (let a = 0; a < k; a++) m[i * (k + 1) + a] = row[h * k + a]! / scale
    m[i * (k + 1) + k] = rhs[h]! / scale
  }
  for (let col = 0; col < k; col++) {
    let piv = col
    for (let i = col + 1; i < k; i++)
      if (Math.abs(m[i * (k + 1) + col]!) > Math.abs(m[piv * (k + 1) + col]!)) piv = i
    if (Math.abs(m[piv * (k + 1) + col]!) < 1e-12) return false
    if (piv !== col)
      for (let a = 0; a <= k; a++) {
        const x = m[col * (k + 1) + a]!
        m[col * (k + 1) + a] = m[piv * (k + 1) + a]!
        m[piv * (k + 1) + a] = x
      }
    for (let i = 0; i < k; i++) {
      if (i === col) continue
      const f = m[i * (k + 1) + col]! / m[col * (k + 1) + col]!
      if (f === 0) continue
      for (let a = col; a <= k; a++) m[i * (k + 1) + a] = m[i * (k + 1) + a]! - f * m[col * (k + 1) + a]!
    }
  }
  for (let a = 0; a < k; a++) t[a] = m[a * (k + 1) + k]! / m[a * (k + 1) + a]!
  return true
}

/**
 * The largest gain of a party over `u` at a point `t` of the cell, or -Infinity when `t` breaks a constraint (a
 * party below its floor or losing more than the slack, or `t` outside the bounds `lo`, `hi`).
 */
const gainAt = (
  w: Work,
  g: Cells,
  cell: number,
  u: Float64Array,
  t: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): number => {
  const { k, P, need } = w
  for (let a = 0; a < k; a++) if (t[a]! < lo[a]! - 1e-12 || t[a]! > hi[a]! + 1e-12) return -Infinity
  let most = -Infinity
  for (let p = 0; p < P; p++) {
    let v = g.c[cell * P + p]!
    for (let a = 0; a < k; a++) v += g.b[(cell * P + p) * k + a]! * t[a]!
    if (v < need[p]! - ROUND) return -Infinity
    most = Math.max(most, v - u[p]!)
  }
  return most
}

/**
 * The relaxation over the box `lo`, `hi`: the largest gain at a vertex (-Infinity when no point is allowed), the
 * vertex in `w.best`; true in `hit` when some vertex with a gain of `GAIN` lies on whole numbers (found).
 */
const relax = (
  w: Work,
  g: Cells,
  cell: number,
  u: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): { value: number; hit: boolean } => {
  const { k, P, row, rhs, pick, sel, active, t } = w
  const none = { value: -Infinity, hit: false }
  // the rows that can bind: a party's row that holds all over the box is left out, one that holds nowhere ends it
  let m = 0
  for (let p = 0; p < P; p++) {
    let least = 0
    let most = 0
    for (let a = 0; a < k; a++) {
      const x = row[p * k + a]!
      least += Math.min(x * lo[a]!, x * hi[a]!)
      most += Math.max(x * lo[a]!, x * hi[a]!)
    }
    if (most < rhs[p]! - ROUND) return none
    if (least < rhs[p]!) active[m++] = p
  }
  for (let a = 0; a < k; a++) {
    rhs[P + 2 * a] = lo[a]!
    rhs[P + 2 * a + 1] = -hi[a]!
    active[m++] = P + 2 * a
    active[m++] = P + 2 * a + 1
  }
  let value = -Infinity
  let hit = false
  for (let i = 0; i < k; i++) sel[i] = i
  for (;;) {
    for (let i = 0; i < k; i++) pick[i] = active[sel[i]!]!
    if (solve(w)) {
      const v = gainAt(w, g, cell, u, t, lo, hi)
      if (v > value) {
        value = v
        w.best.set(t)
      }
      if (!hit && v >= GAIN && whole(w, g, cell, u, t, lo, hi)) hit = true
    }
    // next combination of k rows out of m
    let i = k - 1
    while (i >= 0 && sel[i] === m - k + i) i--
    if (i < 0) break
    sel[i]!++
    for (let j = i + 1; j < k; j++) sel[j] = sel[j - 1]! + 1
  }
  return { value, hit }
}

/** True when `t` lies on whole numbers of the integer axes (to rounding) and, there, still gains `GAIN`. */
const whole = (
  w: Work,
  g: Cells,
  cell: number,
  u: Float64Array,
  t: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): boolean => {
  const { k, snap } = w
  let moved = false
  for (let a = 0; a < k; a++) {
    snap[a] = t[a]!
    if (g.integer[a] !== 1) continue
    const x = g.x0[cell * k + a]! + t[a]! * g.span[cell * k + a]!
    const n = Math.round(x)
    if (Math.abs(x - n) > WHOLE * Math.max(1, Math.abs(x))) return false
    snap[a] = (n - g.x0[cell * k + a]!) / g.span[cell * k + a]!
    moved = true
  }
  return !moved || gainAt(w, g, cell, u, snap, lo, hi) >= GAIN
}

/** Whether some allowed point of the cell beats `u`: 1 yes, 0 no, 2 undecided (the search stopped short). */
const beatenIn = (w: Work, g: Cells, cell: number, u: Float64Array): 0 | 1 | 2 => {
  const { k, P, row, rhs, need } = w
  for (let p = 0; p < P; p++) {
    for (let a = 0; a < k; a++) row[p * k + a] = g.b[(cell * P + p) * k + a]!
    rhs[p] = need[p]! - g.c[cell * P + p]!
  }
  for (let a = 0; a < k; a++)
    for (let d = 0; d < k; d++) {
      row[(P + 2 * a) * k + d] = a === d ? 1 : 0
      row[(P + 2 * a + 1) * k + d] = a === d ? -1 : 0
    }
  const stack: Float64Array[] = [
    Float64Array.from({ length: 2 * k }, (_, i) => (i < k ? g.lo[cell * k + i]! : g.hi[cell * k + i - k]!)),
  ]
  let branches = 0
  while (stack.length > 0) {
    if (++branches > BRANCHES) return 2
    const box = stack.pop()!
    const lo = box.subarray(0, k)
    const hi = box.subarray(k)
    const r = relax(w, g, cell, u, lo, hi)
    if (r.value < GAIN) continue
    if (r.hit) return 1
    // branch on a quantity of whole numbers that the best vertex puts between two of them
    let split = -1
    let x = 0
    for (let a = 0; a < k && split < 0; a++) {
      if (g.integer[a] !== 1) continue
      x = g.x0[cell * k + a]! + w.best[a]! * g.span[cell * k + a]!
      if (Math.abs(x - Math.round(x)) > WHOLE * Math.max(1, Math.abs(x))) split = a
    }
    if (split < 0) continue
    const x0 = g.x0[cell * k + split]!
    const span = g.span[cell * k + split]!
    const below = Float64Array.from(box)
    below[k + split] = (Math.floor(x) - x0) / span
    const above = Float64Array.from(box)
    above[split] = (Math.floor(x) + 1 - x0) / span
    if (below[k + split]! >= below[split]! - 1e-12) stack.push(below)
    if (above[split]! <= above[k + split]! + 1e-12) stack.push(above)
  }
  return 0
}

/**
 * Whether a point of some cell of `g` beats the package with utilities `u` (units, not rounded), given what each
 * party must keep in `w.need`: 1 yes, 0 no, 2 undecided.
 */
const beaten = (w: Work, g: Cells, u: Float64Array): 0 | 1 | 2 => {
  const { P, need } = w
  // for each party, the cells whose best for it reaches its need lie in a prefix of its order: scan the shortest
  let end = g.count + 1
  let by = 0
  for (let p = 0; p < P; p++) {
    const bucket = Math.floor((need[p]! - g.scale[3 * p]!) / g.scale[3 * p + 1]!)
    const n = need[p]! > g.scale[3 * p + 2]! ? 0 : g.above[p]![Math.min(BUCKETS - 1, Math.max(0, bucket))]!
    if (n < end) {
      end = n
      by = p
    }
  }
  const order = g.order[by]!
  let verdict: 0 | 1 | 2 = 0
  for (let j = 0; j < end; j++) {
    const cell = order[j]!
    let fits = true
    let gains = false
    for (let p = 0; p < P && fits; p++) {
      const top = g.top[cell * P + p]!
      if (top < need[p]!) fits = false
      else if (top - u[p]! >= GAIN) gains = true
    }
    if (!fits || !gains) continue
    const v = beatenIn(w, g, cell, u)
    if (v === 1) return 1
    if (v === 2) verdict = 2
  }
  return verdict
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * A party's utility (units, not rounded) for the package at the pieces `digits`; when `axis` is given, its piece
 * there is a range and the quantity is `value` inside it.
 *
 * @internal
 */
export const unitsAt = (
  space: Space,
  digits: ArrayLike<number>,
  p: number,
  axis?: number,
  value?: number,
): number => {
  let u = space.base[p]!
  space.axes.forEach((a, i) => {
    const j = digits[i]!
    if (i !== axis) u += space.gain[p]![i]![j]!
    else {
      const piece = a.pieces[j]!
      const t = (value! - piece.lo) / (piece.hi - piece.lo)
      const g0 = space.gainLo[p]![i]![j]!
      u += g0 + t * (space.gainHi[p]![i]![j]! - g0)
    }
  })
  return u
}

/**
 * The packages of `front` (indices) that no acceptable package with some quantity handled exactly strictly
 * between critical values beats: at least as good for every party (to `SLACK`) and better for one (by `GAIN`),
 * with every reservation utility kept. `unitsOf(i, out)` writes package i's utilities (units, not rounded) into
 * `out`. Undefined when the cells to compare with are more than `max`.
 *
 * @internal
 */
export const efficientOf = (
  space: Space,
  kept: Kept,
  front: readonly number[],
  unitsOf: (i: number, out: Float64Array) => void,
  max: number,
): Efficiency | undefined => {
  const P = space.parties.length
  const axes = exactAxes(space, kept)
  if (axes.length === 0 || front.length === 0 || kept.blocked)
    return { efficient: front.slice(), dropped: 0, undecided: 0, axes }
  const noFloors: Kept = { ...kept, floors: [] }
  const points = choicesOf(space, noFloors, true)
  const groups: Cells[] = []
  let budget = max
  for (let mask = 1; mask < 2 ** axes.length; mask++) {
    const some = axes.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1)
    const g = cellsOf(space, noFloors, points, some, budget)
    if (g === undefined) return undefined
    budget -= g.count
    if (g.count > 0) groups.push(g)
  }
  const floor = new Float64Array(P).fill(-Infinity)
  for (const f of kept.floors) floor[f.party] = Math.max(floor[f.party]!, f.value * UNITS)
  const works = new Map<number, Work>()
  const u = new Float64Array(P)
  const efficient: number[] = []
  let undecided = 0
  for (const i of front) {
    unitsOf(i, u)
    let verdict: 0 | 1 | 2 = 0
    for (const g of groups) {
      let w = works.get(g.k)
      if (w === undefined) works.set(g.k, (w = workFor(g.k, P)))
      for (let p = 0; p < P; p++) w.need[p] = Math.max(u[p]! - SLACK, floor[p]!)
      const v = beaten(w, g, u)
      if (v === 1) {
        verdict = 1
        break
      }
      if (v === 2) verdict = 2
    }
    if (verdict !== 1) efficient.push(i)
    if (verdict === 2) undecided++
  }
  return { efficient, dropped: front.length - efficient.length, undecided, axes }
}

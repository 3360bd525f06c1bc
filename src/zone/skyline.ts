/**
 * The exact Pareto frontier (skyline) of scored packages held in typed arrays: one `Float64Array` of utilities per
 * party, each utility an integer number of utility units (see `UNITS`), so that sums are exact and ties are real
 * ties. Packages are sorted by decreasing utilities (party 0 first, then party 1, …) with a stable radix sort, then
 * swept: two parties in one pass, three parties with a staircase of the other two, more parties with a
 * block-nested loop over the sorted order. Internal.
 *
 * @internal
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Scored packages: `utilities[p][i]` is party `p`'s utility (in units) for package `i`, for `i < count`.
 *
 * @internal
 */
export interface Scored {
  readonly count: number
  readonly utilities: ReadonlyArray<Float64Array>
}

/**
 * Utilities are compared in units of 2^-30 (about 10^-9): a package's utility u in [0, 1] is held as the integer
 * round(u × 2^30), so packages whose utilities are equal up to rounding noise tie exactly, and sums of utilities are
 * exact.
 *
 * @internal
 */
export const UNITS = 2 ** 30

// -------------------------------------------------------------------------------------
// sorting
// -------------------------------------------------------------------------------------

const DIGIT = 11
const MASK = (1 << DIGIT) - 1
const HALF = 2 ** 22

/**
 * One stable counting pass by the digit `(key >>> shift) & MASK`: moves `key` into `keyOut`, `idx` into `idxOut`,
 * and `other` into `otherOut` when given. False (nothing moved) when every digit is the same.
 */
const pass = (
  n: number,
  counts: Uint32Array,
  shift: number,
  key: Uint32Array,
  keyOut: Uint32Array,
  idx: Uint32Array,
  idxOut: Uint32Array,
  other: Uint32Array | undefined,
  otherOut: Uint32Array | undefined,
): boolean => {
  counts.fill(0)
  for (let i = 0; i < n; i++) {
    const d = (key[i]! >>> shift) & MASK
    counts[d] = counts[d]! + 1
  }
  for (let b = 0; b <= MASK; b++) if (counts[b] === n) return false
  let sum = 0
  for (let b = 0; b <= MASK; b++) {
    const c = counts[b]!
    counts[b] = sum
    sum += c
  }
  if (other === undefined || otherOut === undefined) {
    for (let i = 0; i < n; i++) {
      const k = key[i]!
      const d = (k >>> shift) & MASK
      const at = counts[d]!
      counts[d] = at + 1
      keyOut[at] = k
      idxOut[at] = idx[i]!
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = key[i]!
      const d = (k >>> shift) & MASK
      const at = counts[d]!
      counts[d] = at + 1
      keyOut[at] = k
      idxOut[at] = idx[i]!
      otherOut[at] = other[i]!
    }
  }
  return true
}

/**
 * Stable LSD radix sort of `idx[from, to)` by `key[idx[i]]` descending (keys are integers from 0 to 2^44); returns
 * the keys in their new order, so that runs of equal keys can be found without reading `key` again.
 */
const radixDescending = (idx: Uint32Array, from: number, to: number, key: Float64Array): Float64Array => {
  const n = to - from
  const sorted = new Float64Array(n)
  let max = 0
  for (let i = from; i < to; i++) {
    const k = key[idx[i]!]!
    sorted[i - from] = k
    if (k > max) max = k
  }
  if (n < 2 || max === 0) return sorted
  let ia = idx.slice(from, to)
  let ib = new Uint32Array(n)
  let loA = new Uint32Array(n)
  let loB = new Uint32Array(n)
  let hiA = new Uint32Array(n)
  let hiB = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const k = max - sorted[i]!
    const hi = Math.floor(k / HALF)
    hiA[i] = hi
    loA[i] = k - hi * HALF
  }
  const counts = new Uint32Array(MASK + 1)
  // two passes on the low 22 bits, then two on the high bits; both halves travel with the index
  for (const [shift, onHigh] of [
    [0, false],
    [DIGIT, false],
    [0, true],
    [DIGIT, true],
  ] as const) {
    if (onHigh && max < HALF) break
    const moved = onHigh
      ? pass(n, counts, shift, hiA, hiB, ia, ib, loA, loB)
      : pass(n, counts, shift, loA, loB, ia, ib, hiA, hiB)
    if (moved) {
      ;[ia, ib] = [ib, ia]
      ;[loA, loB] = [loB, loA]
      ;[hiA, hiB] = [hiB, hiA]
    }
  }
  idx.set(ia, from)
  for (let i = 0; i < n; i++) sorted[i] = max - (hiA[i]! * HALF + loA[i]!)
  return sorted
}

const insertionLex = (
  idx: Uint32Array,
  from: number,
  to: number,
  u: ReadonlyArray<Float64Array>,
  p0: number,
): void => {
  for (let i = from + 1; i < to; i++) {
    const x = idx[i]!
    let j = i - 1
    while (j >= from && lexLess(u, idx[j]!, x, p0)) {
      idx[j + 1] = idx[j]!
      j--
    }
    idx[j + 1] = x
  }
}

/** True when package `a` comes after `b` in decreasing lexicographic order (from party p0), ties by index. */
const lexLess = (u: ReadonlyArray<Float64Array>, a: number, b: number, p0: number): boolean => {
  for (let p = p0; p < u.length; p++) {
    const x = u[p]![a]!
    const y = u[p]![b]!
    if (x !== y) return x < y
  }
  return a > b
}

const sortRange = (
  idx: Uint32Array,
  from: number,
  to: number,
  u: ReadonlyArray<Float64Array>,
  p: number,
): void => {
  if (to - from < 48) {
    insertionLex(idx, from, to, u, p)
    return
  }
  const sorted = radixDescending(idx, from, to, u[p]!)
  if (p + 1 >= u.length) return
  let start = 0
  const n = to - from
  for (let i = 1; i <= n; i++) {
    if (i === n || sorted[i] !== sorted[start]) {
      if (i - start > 1) sortRange(idx, from + start, from + i, u, p + 1)
      start = i
    }
  }
}

/**
 * The packages `0 … count-1` in decreasing lexicographic order of their utility vectors (party 0 first), ties in
 * increasing package order: a stable radix sort by party 0's utility, then each run of equal utilities by the next
 * party's, and so on.
 *
 * @internal
 */
export const sortedOrder = (scored: Scored): Uint32Array => {
  const idx = new Uint32Array(scored.count)
  for (let i = 0; i < scored.count; i++) idx[i] = i
  if (scored.utilities.length > 0) sortRange(idx, 0, scored.count, scored.utilities, 0)
  return idx
}

// -------------------------------------------------------------------------------------
// staircase
// -------------------------------------------------------------------------------------

/** The maximal points of a set of 2-d points: `a` ascending, `b` strictly descending. */
class Staircase {
  private readonly a: number[] = []
  private readonly b: number[] = []

  private lowerBound(x: number): number {
    let lo = 0
    let hi = this.a.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.a[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** True when some point has `a ≥ x` and `b ≥ y`. */
  covers(x: number, y: number): boolean {
    const j = this.lowerBound(x)
    return j < this.a.length && this.b[j]! >= y
  }

  insert(x: number, y: number): void {
    const j = this.lowerBound(x)
    if (j < this.a.length && this.b[j]! >= y) return
    const end = j < this.a.length && this.a[j] === x ? j + 1 : j
    let start = j
    while (start > 0 && this.b[start - 1]! <= y) start--
    this.a.splice(start, end - start, x)
    this.b.splice(start, end - start, y)
  }
}

// -------------------------------------------------------------------------------------
// frontier
// -------------------------------------------------------------------------------------

const frontier1 = (u: Float64Array, order: Uint32Array): number[] => {
  const out: number[] = []
  const best = u[order[0]!]!
  for (const i of order) {
    if (u[i] !== best) break
    out.push(i)
  }
  return out
}

const frontier2 = (u0: Float64Array, u1: Float64Array, order: Uint32Array): number[] => {
  const out: number[] = []
  let bestBefore = -Infinity
  let g = 0
  while (g < order.length) {
    const head = order[g]!
    const v0 = u0[head]!
    const top = u1[head]!
    let e = g
    while (e < order.length && u0[order[e]!] === v0) {
      const i = order[e]!
      if (u1[i] === top && top > bestBefore) out.push(i)
      e++
    }
    if (top > bestBefore) bestBefore = top
    g = e
  }
  return out
}

const frontier3 = (u0: Float64Array, u1: Float64Array, u2: Float64Array, order: Uint32Array): number[] => {
  const out: number[] = []
  const stairs = new Staircase()
  const n = order.length
  const kept = new Int32Array(n)
  let g = 0
  while (g < n) {
    const head = order[g]!
    const v0 = u0[head]!
    let e = g + 1
    while (e < n && u0[order[e]!] === v0) e++
    if (e === g + 1) {
      // a group of one: only the staircase of earlier groups can dominate it
      const a = u1[head]!
      const b = u2[head]!
      if (!stairs.covers(a, b)) {
        out.push(head)
        stairs.insert(a, b)
      }
      g = e
      continue
    }
    // within the group (equal u0): a 2-d sweep on (u1, u2), sorted decreasingly
    let m = 0
    let bestBefore = -Infinity
    let s = g
    while (s < e) {
      const v1 = u1[order[s]!]!
      const top = u2[order[s]!]!
      let t = s
      while (t < e && u1[order[t]!] === v1) {
        const i = order[t]!
        if (u2[i] === top && top > bestBefore) kept[m++] = i
        t++
      }
      if (top > bestBefore) bestBefore = top
      s = t
    }
    for (let k = 0; k < m; k++) {
      const i = kept[k]!
      if (!stairs.covers(u1[i]!, u2[i]!)) out.push(i)
    }
    for (let k = 0; k < m; k++) stairs.insert(u1[kept[k]!]!, u2[kept[k]!]!)
    g = e
  }
  return out
}

const frontierN = (u: ReadonlyArray<Float64Array>, order: Uint32Array): number[] => {
  const k = u.length
  const window: number[] = []
  const dominatedBy = (q: number, p: number): boolean => {
    let strict = false
    for (let d = 0; d < k; d++) {
      const a = u[d]![q]!
      const b = u[d]![p]!
      if (a < b) return false
      if (a > b) strict = true
    }
    return strict
  }
  for (const p of order) {
    let dominated = false
    for (let w = 0; w < window.length; w++) {
      if (dominatedBy(window[w]!, p)) {
        dominated = true
        break
      }
    }
    if (!dominated) window.push(p)
  }
  return window
}

/**
 * The packages no other package dominates (at least as good for every party, better for one), in decreasing
 * lexicographic order of utilities. Packages with equal utility vectors are all kept.
 *
 * @internal
 */
export const frontier = (scored: Scored, order: Uint32Array = sortedOrder(scored)): number[] => {
  const u = scored.utilities
  if (scored.count === 0) return []
  switch (u.length) {
    case 0:
      return Array.from(order)
    case 1:
      return frontier1(u[0]!, order)
    case 2:
      return frontier2(u[0]!, u[1]!, order)
    case 3:
      return frontier3(u[0]!, u[1]!, u[2]!, order)
    default:
      return frontierN(u, order)
  }
}

// -------------------------------------------------------------------------------------
// elimination filter
// -------------------------------------------------------------------------------------

/** How many strong packages screen the others before the sort. */
const SCREEN = 32

/**
 * The packages no strong package dominates: the packages of largest total utility (on the frontier or dominated
 * only by frontier packages) screen every package in one sequential pass, so the sort handles far fewer. Exact:
 * a screened-out package is dominated.
 *
 * @internal
 */
export const screen = (scored: Scored): Uint32Array => {
  const n = scored.count
  const u = scored.utilities
  const P = u.length
  // the SCREEN packages of largest sum (a small sorted buffer, smallest first)
  const k = Math.min(SCREEN, n)
  const topSum = new Float64Array(k).fill(-Infinity)
  const topIdx = new Int32Array(k).fill(-1)
  for (let i = 0; i < n; i++) {
    let s = 0
    for (let p = 0; p < P; p++) s += u[p]![i]!
    if (s <= topSum[0]!) continue
    let j = 0
    while (j + 1 < k && topSum[j + 1]! < s) {
      topSum[j] = topSum[j + 1]!
      topIdx[j] = topIdx[j + 1]!
      j++
    }
    topSum[j] = s
    topIdx[j] = i
  }
  const strong: number[] = []
  for (let j = k - 1; j >= 0; j--) if (topIdx[j]! >= 0) strong.push(topIdx[j]!)
  const m = strong.length
  const f = new Float64Array(m * P)
  strong.forEach((i, j) => {
    for (let p = 0; p < P; p++) f[j * P + p] = u[p]![i]!
  })
  const keep = new Uint32Array(n)
  let kept = 0
  const x = new Float64Array(P)
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < P; p++) x[p] = u[p]![i]!
    let dominated = false
    for (let j = 0; j < m && !dominated; j++) {
      let ge = true
      let gt = false
      for (let p = 0; p < P; p++) {
        const a = f[j * P + p]!
        const b = x[p]!
        if (a < b) {
          ge = false
          break
        }
        if (a > b) gt = true
      }
      dominated = ge && gt
    }
    if (!dominated) keep[kept++] = i
  }
  return keep.subarray(0, kept)
}

/**
 * The Pareto frontier of scored packages (indices, in decreasing lexicographic order of utilities): an elimination
 * screen, then the sort and the sweep on what remains.
 *
 * @internal
 */
export const paretoFront = (scored: Scored): number[] => {
  if (scored.count < 4096) return frontier(scored, sortedOrder(scored))
  const survivors = screen(scored)
  const sub: Scored = {
    count: survivors.length,
    utilities: scored.utilities.map((u) => Float64Array.from(survivors, (i) => u[i]!)),
  }
  return frontier(sub, sortedOrder(sub)).map((i) => survivors[i]!)
}

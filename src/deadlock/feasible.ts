/**
 * Package feasibility over a constraint problem (the zone analysis's package space, or the same constraints
 * without utilities), for any subset of its constraints: is there one value per issue that every kept red line,
 * acceptable set, reservation score, condition, linkage and reservation utility allows? Decided exactly:
 *
 * - every linkage "if a is in A then b is in B" is made arc consistent (with no B value left for b, a leaves A; with
 *   a inside A, b enters B);
 * - without reservation utilities, the search branches on undecided linkages only (a outside A, then a inside A):
 *   once every linkage is decided and no domain is empty, any choice of the values left satisfies them all;
 * - with reservation utilities, it branches on values, pruned by each party's best reachable utility.
 *
 * Domains live in one flat array with an undo trail, so a search step allocates nothing. Internal.
 *
 * @internal
 */
import type { Problem } from './problem'

/** The most search steps before feasibility is reported as undecided. */
export const STEP_LIMIT = 1_000_000

/**
 * Feasible, infeasible, or undecided within the step limit.
 *
 * @internal
 */
export type Verdict = 'feasible' | 'infeasible' | 'undecided'

interface Layout {
  readonly off: Int32Array
  readonly axisOf: Int32Array
}

const layouts = new WeakMap<Problem, Layout>()

const layoutOf = (space: Problem): Layout => {
  const hit = layouts.get(space)
  if (hit !== undefined) return hit
  const A = space.axes.length
  const off = new Int32Array(A + 1)
  for (let a = 0; a < A; a++) off[a + 1] = off[a]! + space.axes[a]!.pieces.length
  const axisOf = new Int32Array(off[A]!)
  for (let a = 0; a < A; a++) axisOf.fill(a, off[a], off[a + 1])
  const layout = { off, axisOf }
  layouts.set(space, layout)
  return layout
}

/**
 * Decides whether some package satisfies the constraints `ids` (ids over the problem's rules, then links, then
 * floors, as in the zone analysis), within `limit` search steps (tests pass a small one).
 *
 * @internal
 */
export const feasibility = (space: Problem, ids: readonly number[], limit: number = STEP_LIMIT): Verdict => {
  const R = space.rules.length
  const L = space.links.length
  const A = space.axes.length
  const { off, axisOf } = layoutOf(space)
  const dom = new Uint8Array(off[A]!).fill(1)
  const count = new Int32Array(A)
  for (let a = 0; a < A; a++) count[a] = off[a + 1]! - off[a]!
  const trail: number[] = []
  const drop = (a: number, j: number): void => {
    const k = off[a]! + j
    if (dom[k] === 0) return
    dom[k] = 0
    count[a]!--
    trail.push(k)
  }
  const undo = (to: number): void => {
    while (trail.length > to) {
      const k = trail.pop()!
      dom[k] = 1
      count[axisOf[k]!]!++
    }
  }
  const la: number[] = []
  const lb: number[] = []
  const lin: Uint8Array[] = []
  const lout: Uint8Array[] = []
  const floors: Problem['floors'][number][] = []
  const used: number[] = []
  for (const i of ids) {
    if (i < R) {
      const r = space.rules[i]!
      if (r.axis < 0) return 'infeasible'
      for (let j = 0; j < r.allows.length; j++) if (r.allows[j] === 0) drop(r.axis, j)
      used.push(r.axis)
    } else if (i < R + L) {
      const l = space.links[i - R]!
      if (l.a === l.b) {
        for (let j = 0; j < l.inA.length; j++) if (l.inA[j] === 1 && l.inB[j] === 0) drop(l.a, j)
        used.push(l.a)
      } else {
        la.push(l.a)
        lb.push(l.b)
        lin.push(l.inA)
        lout.push(l.inB)
      }
    } else floors.push(space.floors[i - R - L]!)
  }
  for (const a of used) if (count[a] === 0) return 'infeasible'
  const K = la.length
  if (K === 0 && floors.length === 0) return 'feasible'
  const touching = new Map<number, number[]>()
  const touch = (a: number, k: number): void => {
    const xs = touching.get(a)
    if (xs === undefined) touching.set(a, [k])
    else xs.push(k)
  }
  for (let k = 0; k < K; k++) {
    touch(la[k]!, k)
    touch(lb[k]!, k)
  }
  const anyIn = (a: number, set: Uint8Array): boolean => {
    const o = off[a]!
    for (let j = 0; j < set.length; j++) if (dom[o + j] === 1 && set[j] === 1) return true
    return false
  }
  const allIn = (a: number, set: Uint8Array): boolean => {
    const o = off[a]!
    for (let j = 0; j < set.length; j++) if (dom[o + j] === 1 && set[j] !== 1) return false
    return true
  }
  /** Drops the values of axis a where `set` equals `value`; false when the axis is left empty. */
  const dropWhere = (a: number, set: Uint8Array, value: number, changed: (a: number) => void): boolean => {
    const before = count[a]!
    for (let j = 0; j < set.length; j++) if (set[j] === value) drop(a, j)
    if (count[a] !== before) changed(a)
    return count[a]! > 0
  }
  const queued = new Uint8Array(K)
  const queue: number[] = []
  const enqueue = (a: number): void => {
    for (const k of touching.get(a) ?? [])
      if (queued[k] === 0) {
        queued[k] = 1
        queue.push(k)
      }
  }
  const propagate = (): boolean => {
    while (queue.length > 0) {
      const k = queue.pop()!
      queued[k] = 0
      const a = la[k]!
      const b = lb[k]!
      if (!anyIn(b, lout[k]!) && !dropWhere(a, lin[k]!, 1, enqueue)) return false
      if (allIn(a, lin[k]!) && !dropWhere(b, lout[k]!, 0, enqueue)) return false
    }
    return true
  }
  const flush = (): void => {
    for (const k of queue) queued[k] = 0
    queue.length = 0
  }
  for (let k = 0; k < K; k++) {
    queued[k] = 1
    queue.push(k)
  }
  if (!propagate()) return 'infeasible'
  // with floors: each party's best gain per piece (an open range may come as close to its better end as wanted)
  const best = floors.map((f) =>
    space.axes.map((_, a) =>
      Float64Array.from(space.gain![f.party]![a]!, (g, j) =>
        space.axes[a]!.pieces[j]!.point
          ? g
          : Math.max(g, space.gainLo![f.party]![a]![j]!, space.gainHi![f.party]![a]![j]!),
      ),
    ),
  )
  const reaches = (): boolean =>
    floors.every((f, i) => {
      let total = space.base![f.party]!
      for (let a = 0; a < A; a++) {
        let hi = -Infinity
        const g = best[i]![a]!
        const o = off[a]!
        for (let j = 0; j < g.length; j++) if (dom[o + j] === 1 && g[j]! > hi) hi = g[j]!
        total += hi
      }
      return Math.round(total) >= f.units
    })
  let steps = 0
  let undecided = false
  /** Restricts axis a by `set` (kept where set equals `value`), propagates and searches on; undoes on return. */
  const tryBranch = (a: number, set: Uint8Array, value: number): boolean => {
    const mark = trail.length
    const ok = dropWhere(a, set, 1 - value, enqueue) && propagate()
    flush()
    const found = ok && search()
    undo(mark)
    return found
  }
  const single = new Uint8Array(Math.max(0, ...space.axes.map((x) => x.pieces.length)))
  const search = (): boolean => {
    if (++steps > limit) {
      undecided = true
      return false
    }
    if (floors.length > 0) {
      if (!reaches()) return false
      let pick = -1
      for (let a = 0; a < A; a++) if (count[a]! > 1 && (pick < 0 || count[a]! < count[pick]!)) pick = a
      if (pick < 0) return true
      const o = off[pick]!
      const n = off[pick + 1]! - o
      for (let j = 0; j < n; j++) {
        if (dom[o + j] !== 1) continue
        const mask = single.subarray(0, n)
        mask.fill(0)
        mask[j] = 1
        if (tryBranch(pick, mask.slice(), 1)) return true
        if (undecided) return false
      }
      return false
    }
    let pick = -1
    for (let k = 0; k < K && pick < 0; k++) if (anyIn(la[k]!, lin[k]!) && !allIn(la[k]!, lin[k]!)) pick = k
    if (pick < 0) return true
    if (tryBranch(la[pick]!, lin[pick]!, 0)) return true
    if (undecided) return false
    return tryBranch(la[pick]!, lin[pick]!, 1)
  }
  const found = search()
  return found ? 'feasible' : undecided ? 'undecided' : 'infeasible'
}

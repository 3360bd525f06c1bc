/**
 * Minimal conflict sets: among the constraints of a compiled package space, a group that cannot hold together
 * while dropping any one of them leaves a feasible package. Found exactly with QuickXplain (divide and conquer over
 * an ordered constraint list: O(k log(n/k)) feasibility checks for a conflict of k among n constraints), on a
 * fixed order that does not depend on party ids — per-issue limits first, then conditions, linkages and
 * reservation utilities — so the same negotiation under other party ids yields the same set. Internal.
 *
 * @internal
 */
import type { Problem } from './problem'
import { feasibility, STEP_LIMIT, type Verdict } from './feasible'

/**
 * The candidate constraints (ids over rules, then links, then floors) that exclude something, in the fixed order.
 *
 * @internal
 */
export const candidates = (space: Problem): number[] => {
  const R = space.rules.length
  const L = space.links.length
  const rank = { 'red-line': 0, acceptable: 1, 'issue-reservation': 2, condition: 3 } as const
  const keyed: { id: number; key: string }[] = []
  space.rules.forEach((r, i) => {
    if (r.axis >= 0 && !r.allows.includes(0)) return
    keyed.push({
      id: i,
      key: `${String(rank[r.kind])}|${r.evidence.issue}|${r.evidence.positions.join(',')}|${space.names[r.party]!}`,
    })
  })
  space.links.forEach((l, i) => {
    if (!l.inA.includes(1) || !l.inB.includes(0)) return
    keyed.push({
      id: R + i,
      key: `4|${space.axes[l.a]!.issue}>${space.axes[l.b]!.issue}|${l.evidence.positions.join(',')}|${space.names[l.party]!}`,
    })
  })
  space.floors.forEach((f, i) => {
    keyed.push({ id: R + L + i, key: `5||${space.names[f.party]!}|${f.text}` })
  })
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id)).map((k) => k.id)
}

/**
 * Feasibility of a set of constraint ids, within `limit` search steps.
 *
 * @internal
 */
export const feasibleWith = (space: Problem, ids: readonly number[], limit: number = STEP_LIMIT): Verdict =>
  feasibility(space, ids, limit)

class Undecided extends Error {}

/**
 * A minimal conflict set among `ids` (which must be infeasible together), preferring constraints early in the
 * list; undefined when a feasibility check stayed undecided within `limit` search steps.
 *
 * @internal
 */
export const minimalConflict = (
  space: Problem,
  ids: readonly number[],
  limit: number = STEP_LIMIT,
): number[] | undefined => {
  const consistent = (xs: readonly number[]): boolean => {
    const v = feasibleWith(space, xs, limit)
    if (v === 'undecided') throw new Undecided()
    return v === 'feasible'
  }
  const qx = (background: readonly number[], changed: boolean, cs: readonly number[]): number[] => {
    if (changed && !consistent(background)) return []
    if (cs.length === 1) return [...cs]
    const k = cs.length >> 1
    const c1 = cs.slice(0, k)
    const c2 = cs.slice(k)
    const d2 = qx([...background, ...c1], c1.length > 0, c2)
    const d1 = qx([...background, ...d2], d2.length > 0, c1)
    return [...d1, ...d2]
  }
  try {
    if (ids.length === 0) return undefined
    const order = new Map(ids.map((id, k) => [id, k]))
    return qx([], false, ids).sort((a, b) => order.get(a)! - order.get(b)!)
  } catch (e) {
    if (e instanceof Undecided) return undefined
    throw e
  }
}

/**
 * Up to `max` disjoint minimal conflict sets. Small conflicts are looked for first, where they are cheap to find:
 * within one issue (its limits and conditions), then within each linkage and the two issues it joins; then among
 * all the constraints left. Each set found is set aside before looking for the next, so the sets are disjoint. A
 * minimal conflict set of a part is one of the whole, so the result is exact whatever the order. `undecided` when
 * a check passed `limit` search steps.
 *
 * @internal
 */
export const conflicts = (
  space: Problem,
  max: number,
  limit: number = STEP_LIMIT,
): { sets: number[][]; undecided: boolean } => {
  const R = space.rules.length
  const all = candidates(space)
  const rest = new Set(all)
  const sets: number[][] = []
  const onAxis: number[][] = space.axes.map(() => [])
  const links: number[] = []
  for (const id of all) {
    if (id < R) {
      const a = space.rules[id]!.axis
      if (a >= 0) onAxis[a]!.push(id)
    } else if (id < R + space.links.length) {
      const l = space.links[id - R]!
      if (l.a === l.b) onAxis[l.a]!.push(id)
      else links.push(id)
    }
  }
  const between = new Map<string, number[]>()
  for (const id of links) {
    const l = space.links[id - R]!
    const key = l.a < l.b ? `${String(l.a)},${String(l.b)}` : `${String(l.b)},${String(l.a)}`
    between.set(key, [...(between.get(key) ?? []), id])
  }
  const order = new Map(all.map((id, k) => [id, k]))
  const byOrder = (xs: readonly number[]): number[] => [...xs].sort((x, y) => order.get(x)! - order.get(y)!)
  // the parts: each issue alone, then each pair of linked issues (in the order of their first linkage)
  const parts: number[][] = space.axes.map((_, a) => onAxis[a]!)
  const seen = new Set<string>()
  for (const id of links) {
    const l = space.links[id - R]!
    const key = l.a < l.b ? `${String(l.a)},${String(l.b)}` : `${String(l.b)},${String(l.a)}`
    if (seen.has(key)) continue
    seen.add(key)
    parts.push(byOrder([...onAxis[l.a]!, ...onAxis[l.b]!, ...between.get(key)!]))
  }
  const settle = (pool: () => number[]): boolean => {
    while (sets.length < max) {
      const ids = pool()
      if (ids.length === 0) return true
      const v = feasibleWith(space, ids, limit)
      if (v === 'feasible') return true
      if (v === 'undecided') return false
      const set = minimalConflict(space, ids, limit)
      if (set === undefined) return false
      sets.push(set)
      for (const id of set) rest.delete(id)
    }
    return true
  }
  for (const part of parts)
    if (!settle(() => part.filter((id) => rest.has(id)))) return { sets, undecided: true }
  if (!settle(() => all.filter((id) => rest.has(id)))) return { sets, undecided: true }
  return { sets, undecided: false }
}

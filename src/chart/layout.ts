/**
 * A small, deterministic layered layout for directed graphs (the linkage and sequencing graph): cycles are broken by
 * a depth-first search in id order, nodes are put on layers by longest path (a precondition above what waits for
 * it), an edge that spans several layers gets a virtual node on each layer it crosses, then real and virtual nodes
 * are ordered within layers by a few barycentre sweeps with ties broken by id. The virtual nodes come back as the
 * edge's bends, so the drawing routes it between the boxes of the layers it crosses. Also the strongly connected
 * components, to mark cycles. Internal.
 *
 * @internal
 */
import { compareText } from '../internal/text'

/**
 * The strongly connected components of a graph (Tarjan), as a map from node to component number.
 *
 * @internal
 */
export const components = (
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): ReadonlyMap<string, number> => {
  const out = new Map<string, string[]>()
  for (const n of nodes) out.set(n, [])
  for (const [a, b] of edges) out.get(a)?.push(b)
  for (const list of out.values()) list.sort(compareText)
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const comp = new Map<string, number>()
  let next = 0
  let count = 0
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of out.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) === index.get(v)) {
      for (;;) {
        const w = stack.pop() as string
        onStack.delete(w)
        comp.set(w, count)
        if (w === v) break
      }
      count++
    }
  }
  for (const n of [...nodes].sort(compareText)) if (!index.has(n)) visit(n)
  return comp
}

/**
 * Where an edge crosses a layer it does not start or end on: the layer, and its place in the layer on the scale of
 * the nodes' `order` (a bend at 0.5 lies between the nodes of order 0 and 1, one at -0.5 before the first).
 *
 * @internal
 */
export interface Bend {
  readonly layer: number
  readonly order: number
}

/**
 * The key of an edge in `back` and `bends`.
 *
 * @internal
 */
export const edgeKey = (from: string, to: string): string => `${from}\u0000${to}`

/**
 * Layers and order within layers for every node; `back` lists the edges (as `edgeKey(from, to)`) that point
 * against the layering (they close a cycle); `bends` gives, for every edge that spans more than one layer, where
 * it crosses each layer in between, from its source to its target (one list per pair of nodes, however many edges
 * join them). Edges from or to a node that is not listed are left out.
 *
 * @internal
 */
export const layered = (
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): {
  readonly layer: ReadonlyMap<string, number>
  readonly order: ReadonlyMap<string, number>
  readonly back: ReadonlySet<string>
  readonly bends: ReadonlyMap<string, readonly Bend[]>
} => {
  const sorted = [...nodes].sort(compareText)
  const out = new Map<string, string[]>(sorted.map((n) => [n, []]))
  // an edge to a node not listed is left out (its layer would be undefined, and its chain endless)
  for (const [a, b] of edges) if (a !== b && out.has(b)) out.get(a)?.push(b)
  for (const list of out.values()) list.sort(compareText)
  // depth-first search in id order: an edge to a node still on the path closes a cycle
  const state = new Map<string, 1 | 2>()
  const back = new Set<string>()
  const post: string[] = []
  const dfs = (v: string): void => {
    state.set(v, 1)
    for (const w of out.get(v) ?? []) {
      const s = state.get(w)
      if (s === 1) back.add(edgeKey(v, w))
      else if (s === undefined) dfs(w)
    }
    state.set(v, 2)
    post.push(v)
  }
  for (const n of sorted) if (!state.has(n)) dfs(n)
  // longest path, in topological order (reverse post-order)
  const layer = new Map<string, number>(sorted.map((n) => [n, 0]))
  for (const v of [...post].reverse())
    for (const w of out.get(v) ?? [])
      if (!back.has(edgeKey(v, w)))
        layer.set(w, Math.max(layer.get(w) as number, (layer.get(v) as number) + 1))
  // a virtual node on every layer an edge crosses, one chain per pair of nodes
  const chains = new Map<string, string[]>()
  const virtual = new Map<string, number>()
  for (const [a, b] of edges) {
    const la = layer.get(a)
    const lb = layer.get(b)
    if (a === b || la === undefined || lb === undefined || Math.abs(lb - la) < 2) continue
    const key = edgeKey(a, b)
    if (chains.has(key)) continue
    const step = lb > la ? 1 : -1
    const chain: string[] = []
    for (let l = la + step; l !== lb; l += step) {
      const id = `\u0000${JSON.stringify([a, b, l])}`
      chain.push(id)
      virtual.set(id, l)
    }
    chains.set(key, chain)
  }
  // order within layers: barycentre sweeps over real and virtual nodes
  const depth = Math.max(0, ...layer.values())
  const rows: string[][] = Array.from({ length: depth + 1 }, () => [])
  for (const n of sorted) rows[layer.get(n) as number]?.push(n)
  for (const v of [...virtual.keys()].sort(compareText)) rows[virtual.get(v) as number]?.push(v)
  const layerOf = (n: string): number => layer.get(n) ?? (virtual.get(n) as number)
  const pos = new Map<string, number>()
  const place = (): void => rows.forEach((r) => r.forEach((n, i) => pos.set(n, i)))
  place()
  const neighbours = new Map<string, { up: string[]; down: string[] }>(
    [...sorted, ...virtual.keys()].map((n) => [n, { up: [], down: [] }]),
  )
  for (const [a, b] of edges) {
    if (a === b || !layer.has(a) || !layer.has(b)) continue
    const path = [a, ...(chains.get(edgeKey(a, b)) ?? []), b]
    for (let i = 1; i < path.length; i++) {
      const u = path[i - 1] as string
      const v = path[i] as string
      const lu = layerOf(u)
      const lv = layerOf(v)
      if (lu < lv) {
        neighbours.get(v)?.up.push(u)
        neighbours.get(u)?.down.push(v)
      } else if (lv < lu) {
        neighbours.get(u)?.up.push(v)
        neighbours.get(v)?.down.push(u)
      }
    }
  }
  const sweep = (r: string[], side: 'up' | 'down'): void => {
    const bary = new Map<string, number>()
    for (const n of r) {
      const ns = neighbours.get(n)?.[side] ?? []
      bary.set(
        n,
        ns.length === 0
          ? (pos.get(n) as number)
          : ns.reduce((s, m) => s + (pos.get(m) as number), 0) / ns.length,
      )
    }
    r.sort(
      (a, b) =>
        (bary.get(a) as number) - (bary.get(b) as number) ||
        (pos.get(a) as number) - (pos.get(b) as number) ||
        compareText(a, b),
    )
    r.forEach((n, i) => pos.set(n, i))
  }
  for (let k = 0; k < 4; k++) {
    for (let i = 1; i < rows.length; i++) sweep(rows[i] as string[], 'up')
    for (let i = rows.length - 2; i >= 0; i--) sweep(rows[i] as string[], 'down')
  }
  // real nodes are numbered 0, 1, 2, … in each layer; a virtual node between real nodes i and i + 1 gets a
  // fraction between them (between -1 and 0 before the first)
  const order = new Map<string, number>()
  const at = new Map<string, number>()
  for (const r of rows) {
    let real = 0
    let gap: string[] = []
    const flush = (): void => {
      gap.forEach((v, j) => at.set(v, real - 1 + (j + 1) / (gap.length + 1)))
      gap = []
    }
    for (const n of r) {
      if (virtual.has(n)) gap.push(n)
      else {
        flush()
        order.set(n, real++)
      }
    }
    flush()
  }
  const bends = new Map<string, readonly Bend[]>()
  for (const [key, chain] of chains)
    bends.set(
      key,
      chain.map((v) => ({ layer: virtual.get(v) as number, order: at.get(v) as number })),
    )
  return { layer, order, back, bends }
}

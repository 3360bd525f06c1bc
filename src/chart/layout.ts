/**
 * A small, deterministic layered layout for directed graphs (the linkage and sequencing graph): cycles are broken by
 * a depth-first search in id order, nodes are put on layers by longest path (a precondition above what waits for
 * it), then ordered within layers by a few barycentre sweeps with ties broken by id. Also the strongly connected
 * components, to mark cycles. Internal.
 *
 * @internal
 */

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

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
  for (const list of out.values()) list.sort(byKey)
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
  for (const n of [...nodes].sort(byKey)) if (!index.has(n)) visit(n)
  return comp
}

/**
 * Layers and order within layers for every node; `back` lists the edges (as `from\u0000to`) that point against the
 * layering (they close a cycle).
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
} => {
  const sorted = [...nodes].sort(byKey)
  const out = new Map<string, string[]>(sorted.map((n) => [n, []]))
  for (const [a, b] of edges) if (a !== b) out.get(a)?.push(b)
  for (const list of out.values()) list.sort(byKey)
  // depth-first search in id order: an edge to a node still on the path closes a cycle
  const state = new Map<string, 1 | 2>()
  const back = new Set<string>()
  const post: string[] = []
  const dfs = (v: string): void => {
    state.set(v, 1)
    for (const w of out.get(v) ?? []) {
      const s = state.get(w)
      if (s === 1) back.add(`${v}\u0000${w}`)
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
      if (!back.has(`${v}\u0000${w}`))
        layer.set(w, Math.max(layer.get(w) as number, (layer.get(v) as number) + 1))
  // order within layers: barycentre sweeps
  const depth = Math.max(0, ...layer.values())
  const rows: string[][] = Array.from({ length: depth + 1 }, () => [])
  for (const n of sorted) rows[layer.get(n) as number]?.push(n)
  const pos = new Map<string, number>()
  const place = (): void => rows.forEach((r) => r.forEach((n, i) => pos.set(n, i)))
  place()
  const neighbours = new Map<string, { up: string[]; down: string[] }>(
    sorted.map((n) => [n, { up: [], down: [] }]),
  )
  for (const [a, b] of edges) {
    if (a === b) continue
    const la = layer.get(a) as number
    const lb = layer.get(b) as number
    if (la < lb) {
      neighbours.get(b)?.up.push(a)
      neighbours.get(a)?.down.push(b)
    } else if (lb < la) {
      neighbours.get(a)?.up.push(b)
      neighbours.get(b)?.down.push(a)
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
        byKey(a, b),
    )
    r.forEach((n, i) => pos.set(n, i))
  }
  for (let k = 0; k < 4; k++) {
    for (let i = 1; i < rows.length; i++) sweep(rows[i] as string[], 'up')
    for (let i = rows.length - 2; i >= 0; i--) sweep(rows[i] as string[], 'down')
  }
  place()
  return { layer, order: pos, back }
}

import { fc, test } from '../fast-check'
import { expect } from 'vitest'
import { components, edgeKey, layered } from '../../src/chart/layout'
import { geometry } from '../../src/chart/linkage-geometry'
import type { LinkageGraph } from '../../src/chart/model'

const graph = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    nodes: fc.constant(Array.from({ length: n }, (_, i) => `n${String(i)}`)),
    edges: fc.uniqueArray(
      fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
        .map(([a, b]) => [`n${String(a)}`, `n${String(b)}`] as const),
      { maxLength: 20, selector: ([a, b]) => `${a}>${b}` },
    ),
  }),
)

test.prop([graph])(
  'every edge that does not close a cycle points down a layer or more',
  ({ nodes, edges }) => {
    const { layer, back } = layered(nodes, edges)
    for (const [a, b] of edges) {
      if (a === b || back.has(`${a}\u0000${b}`)) continue
      expect(layer.get(b)).toBeGreaterThan(layer.get(a) as number)
    }
  },
)

test.prop([graph])('an edge is set against the layering only when it closes a cycle', ({ nodes, edges }) => {
  const comp = components(nodes, edges)
  const { back } = layered(nodes, edges)
  for (const key of back) {
    const [a, b] = key.split('\u0000') as [string, string]
    expect(comp.get(a)).toBe(comp.get(b))
  }
})

test.prop([graph])(
  'the layout depends neither on the order of nodes nor on the order of edges',
  ({ nodes, edges }) => {
    const a = layered(nodes, edges)
    const b = layered([...nodes].reverse(), [...edges].reverse())
    expect([...b.layer.entries()].sort()).toEqual([...a.layer.entries()].sort())
    expect([...b.order.entries()].sort()).toEqual([...a.order.entries()].sort())
    expect([...b.bends.entries()].sort()).toEqual([...a.bends.entries()].sort())
  },
)

test.prop([graph])('orders within a layer are 0, 1, 2, …', ({ nodes, edges }) => {
  const { layer, order } = layered(nodes, edges)
  const byLayer = new Map<number, number[]>()
  for (const n of nodes)
    byLayer.set(layer.get(n) as number, [
      ...(byLayer.get(layer.get(n) as number) ?? []),
      order.get(n) as number,
    ])
  for (const orders of byLayer.values())
    expect([...orders].sort((x, y) => x - y)).toEqual(orders.map((_, i) => i))
})

/** The linkage graph of the layout, as `Chart.linkage` assembles it (one arrow per edge, self-loops left out). */
const graphOf = (nodes: readonly string[], edges: readonly (readonly [string, string])[]): LinkageGraph => {
  const { layer, order, bends } = layered(nodes, edges)
  return {
    _tag: 'linkage',
    title: 'Random',
    asOf: null,
    nodes: nodes.map((id) => ({
      id,
      label: id,
      category: null,
      layer: layer.get(id) as number,
      order: order.get(id) as number,
    })),
    edges: edges
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => {
        const bent = bends.get(edgeKey(a, b))
        return {
          from: a,
          to: b,
          kind: 'sequence',
          holders: [],
          via: [],
          cycle: false,
          ...(bent === undefined ? {} : { bends: bent }),
        }
      }),
  } as unknown as LinkageGraph
}

test.prop([graph])(
  'an edge that spans several layers bends once on every layer in between, between the nodes, never on one',
  ({ nodes, edges }) => {
    const { layer, order, bends } = layered(nodes, edges)
    for (const [a, b] of edges) {
      const la = layer.get(a) as number
      const lb = layer.get(b) as number
      const bent = bends.get(edgeKey(a, b)) ?? []
      const between = Array.from({ length: Math.max(0, Math.abs(lb - la) - 1) }, (_, i) =>
        lb > la ? la + 1 + i : la - 1 - i,
      )
      expect(bent.map((x) => x.layer)).toEqual(a === b ? [] : between)
      for (const x of bent) {
        const count = nodes.filter((n) => layer.get(n) === x.layer).length
        expect(Number.isInteger(x.order)).toBe(false)
        expect(x.order).toBeGreaterThan(-1)
        expect(x.order).toBeLessThan(count)
      }
    }
    const seen = new Set<string>()
    for (const list of bends.values())
      for (const x of list) {
        const key = `${String(x.layer)}:${String(x.order)}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
      }
    expect([...order.values()].every(Number.isInteger)).toBe(true)
  },
)

test.prop([graph])('no arrow of the drawn graph passes through the box of an issue', ({ nodes, edges }) => {
  const g = geometry(graphOf(nodes, edges))
  expect(g.routes.length).toBe(edges.filter(([a, b]) => a !== b).length)
  for (const r of g.routes) {
    expect(r.points.length).toBe(2 + 2 * (r.edge.bends?.length ?? 0))
    for (let i = 1; i < r.points.length; i++) {
      // each step is drawn inside the rectangle of its two points (a curve leaves and arrives vertically)
      const p = r.points[i - 1] as { x: number; y: number }
      const q = r.points[i] as { x: number; y: number }
      const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)]
      const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)]
      for (const b of g.boxes) {
        const inside = x1 < b.x + b.w && x2 > b.x && y1 < b.y + b.h && y2 > b.y
        if (inside) expect.fail(`${r.edge.from} → ${r.edge.to} crosses the box of ${b.node.id}`)
      }
    }
  }
})

test.prop([graph])('no two boxes overlap, and the picture holds them all', ({ nodes, edges }) => {
  const g = geometry(graphOf(nodes, edges))
  expect(g.boxes.length).toBe(nodes.length)
  g.boxes.forEach((a, i) => {
    expect(a.x).toBeGreaterThanOrEqual(0)
    expect(a.x + a.w).toBeLessThanOrEqual(g.width)
    expect(a.y + a.h).toBeLessThanOrEqual(g.height)
    for (const b of g.boxes.slice(i + 1))
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false)
  })
})

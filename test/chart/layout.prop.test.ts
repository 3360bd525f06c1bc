import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { components, layered } from '../../src/chart/layout'

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

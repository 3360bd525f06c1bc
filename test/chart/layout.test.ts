import { describe, expect, it } from 'vitest'
import { components, edgeKey, layered } from '../../src/chart/layout'
import { deepFreeze } from '../../src/internal/freeze'

type Edges = readonly (readonly [string, string])[]

/** The layout as plain data: layer and order of each node by id, back edges as `from>to`, bends by `from>to`. */
const layout = (nodes: readonly string[], edges: Edges) => {
  const r = layered(deepFreeze([...nodes]), deepFreeze(edges.map((e) => [...e] as const)))
  const ids = [...nodes].sort()
  const arrow = (k: string): string => k.replace('\u0000', '>')
  return {
    layer: Object.fromEntries(ids.map((n) => [n, r.layer.get(n)])),
    order: Object.fromEntries(ids.map((n) => [n, r.order.get(n)])),
    back: [...r.back].map(arrow).sort(),
    bends: Object.fromEntries([...r.bends].map(([k, v]) => [arrow(k), v])),
  }
}

const comps = (nodes: readonly string[], edges: Edges) =>
  Object.fromEntries([...components(deepFreeze([...nodes]), deepFreeze(edges.map((e) => [...e] as const)))])

describe('components', () => {
  it('numbers the components in the order the search in id order closes them, whatever the order of nodes', () => {
    expect(comps(['b', 'a'], [])).toEqual({ a: 0, b: 1 })
    expect(
      comps(
        ['c', 'b', 'a'],
        [
          ['a', 'c'],
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ],
      ),
    ).toEqual({ b: 0, c: 0, a: 1 })
    expect(comps(['d', 'c', 'b', 'a'], [['c', 'd']])).toEqual({ a: 0, b: 1, d: 2, c: 3 })
  })

  it('closes the components reached first from a node first, taking its edges in id order', () => {
    expect(
      comps(
        ['a', 'b', 'c'],
        [
          ['a', 'c'],
          ['a', 'b'],
        ],
      ),
    ).toEqual({ b: 0, c: 1, a: 2 })
  })

  it('keeps a cycle together even when a node of it leads on to a node outside it', () => {
    expect(
      comps(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'a'],
          ['b', 'c'],
        ],
      ),
    ).toEqual({ c: 0, a: 1, b: 1 })
  })

  it('follows the edges out of each node in id order, whatever the order of the edges', () => {
    expect(
      comps(
        ['c', 'b', 'a'],
        [
          ['c', 'b'],
          ['a', 'c'],
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
    ).toEqual({ a: 0, b: 0, c: 0 })
    expect(
      comps(
        ['e', 'd', 'c', 'b', 'a'],
        [
          ['a', 'd'],
          ['b', 'a'],
          ['e', 'a'],
          ['a', 'c'],
          ['b', 'd'],
          ['d', 'e'],
        ],
      ),
    ).toEqual({ c: 0, a: 1, d: 1, e: 1, b: 2 })
  })
})

describe('layered', () => {
  it('leaves out an edge from or to a node that is not listed', () => {
    const edges: Edges = [
      ['a', 'x'],
      ['x', 'b'],
      ['y', 'z'],
      ['a', 'c'],
    ]
    expect(layout(['a', 'b', 'c'], edges)).toEqual(layout(['a', 'b', 'c'], [['a', 'c']]))
    expect(layout(['a', 'b', 'c'], edges).layer).toEqual({ a: 0, b: 0, c: 1 })
  })

  it('puts a node one layer below its lowest precondition and a lone node on the first layer', () => {
    expect(layout(['d', 'c', 'b', 'a'], [['c', 'd']])).toEqual({
      layer: { a: 0, b: 0, c: 0, d: 1 },
      order: { a: 0, c: 1, b: 2, d: 0 },
      back: [],
      bends: {},
    })
  })

  it('turns a layer around so that arrows do not cross', () => {
    expect(
      layout(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'd'],
          ['b', 'c'],
        ],
      ),
    ).toEqual({ layer: { a: 0, b: 0, c: 1, d: 1 }, order: { a: 0, b: 1, d: 0, c: 1 }, back: [], bends: {} })
  })

  it('carries an uncrossing down through the following layers', () => {
    expect(
      layout(
        ['f', 'e', 'd', 'c', 'b', 'a'],
        [
          ['a', 'd'],
          ['b', 'c'],
          ['c', 'f'],
          ['d', 'e'],
        ],
      ).order,
    ).toEqual({ a: 0, b: 1, d: 0, c: 1, e: 0, f: 1 })
  })

  it('sets against the layering the arrow the search in id order finds closing a cycle, and ignores a self-loop', () => {
    expect(
      layout(
        ['c', 'b', 'a'],
        [
          ['a', 'c'],
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
          ['a', 'a'],
        ],
      ),
    ).toEqual({
      layer: { a: 0, b: 1, c: 2 },
      order: { a: 0, b: 0, c: 0 },
      back: ['c>b'],
      bends: { 'a>c': [{ layer: 1, order: 0.5 }] },
    })
    expect(
      layout(
        ['c', 'b', 'a'],
        [
          ['c', 'a'],
          ['a', 'c'],
          ['b', 'a'],
          ['a', 'b'],
        ],
      ).back,
    ).toEqual(['b>a', 'c>a'])
  })

  it('bends a long arrow, and an arrow back up a cycle, on every layer it crosses, beside the nodes there', () => {
    expect(
      layout(
        ['e', 'd', 'c', 'b', 'a'],
        [
          ['e', 'b'],
          ['d', 'e'],
          ['c', 'e'],
          ['d', 'b'],
          ['a', 'd'],
          ['b', 'a'],
        ],
      ),
    ).toEqual({
      layer: { a: 0, b: 3, c: 0, d: 1, e: 2 },
      order: { a: 0, b: 0, c: 1, d: 0, e: 0 },
      back: ['b>a'],
      bends: {
        'c>e': [{ layer: 1, order: 1 / 3 }],
        'd>b': [{ layer: 2, order: -0.5 }],
        'b>a': [
          { layer: 2, order: 0.5 },
          { layer: 1, order: 2 / 3 },
        ],
      },
    })
    expect(
      layout(
        ['e', 'd', 'c', 'b', 'a'],
        [
          ['a', 'd'],
          ['b', 'a'],
          ['e', 'a'],
          ['a', 'c'],
          ['b', 'd'],
          ['d', 'e'],
        ],
      ),
    ).toEqual({
      layer: { a: 1, b: 0, c: 2, d: 2, e: 3 },
      order: { a: 0, b: 0, c: 0, d: 1, e: 0 },
      back: ['e>a'],
      bends: { 'e>a': [{ layer: 2, order: 0.5 }], 'b>d': [{ layer: 1, order: 0.5 }] },
    })
  })

  it('passes two long arrows between the same two nodes side by side beside the node between, in id order', () => {
    expect(
      layout(
        ['c', 'b', 'a'],
        [
          ['c', 'a'],
          ['a', 'c'],
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    ).toEqual({
      layer: { a: 0, b: 1, c: 2 },
      order: { a: 0, b: 0, c: 0 },
      back: ['c>a'],
      bends: { 'c>a': [{ layer: 1, order: 2 / 3 }], 'a>c': [{ layer: 1, order: 1 / 3 }] },
    })
  })

  it('keys an edge by its two ends', () => {
    expect(edgeKey('a', 'b')).toBe('a\u0000b')
    expect(edgeKey('a', 'b')).not.toBe(edgeKey('b', 'a'))
  })
})

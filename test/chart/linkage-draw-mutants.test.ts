import { describe, expect, it } from 'vitest'
import { linkageMermaid, linkageSvg, linkageVegaLite } from '../../src/chart/linkage-draw'
import type { LinkageGraph } from '../../src/chart/model'
import { deepFreeze } from '../../src/internal/freeze'

interface Arrow {
  readonly from: string
  readonly to: string
  readonly kind?: 'sequence' | 'linkage'
  readonly holders?: readonly string[]
  readonly via?: readonly string[]
  readonly cycle?: boolean
}

/** A linkage graph by hand: nodes as `[id, label, layer, order]`. */
const graph = (
  nodes: readonly (readonly [string, string, number, number])[],
  edges: readonly Arrow[],
): LinkageGraph =>
  deepFreeze({
    _tag: 'linkage',
    title: 'Links',
    asOf: null,
    nodes: nodes.map(([id, label, layer, order]) => ({ id, label, category: null, layer, order })),
    edges: edges.map((e) => ({
      from: e.from,
      to: e.to,
      kind: e.kind ?? 'sequence',
      holders: e.holders ?? [],
      via: e.via ?? [],
      cycle: e.cycle ?? false,
    })),
  }) as unknown as LinkageGraph

/** Three issues in a column, one per layer. */
const CHAIN = [
  ['a', 'A', 0, 0],
  ['b', 'B', 1, 0],
  ['c', 'C', 2, 0],
] as const

const LONG = 'Withdrawal of foreign troops from the capital'

interface Layer {
  readonly data: { readonly values: readonly Record<string, unknown>[] }
  readonly mark: { readonly type: string }
}
const layers = (g: LinkageGraph) => (linkageVegaLite(g) as unknown as { layer: readonly Layer[] }).layer
const values = (g: LinkageGraph, i: number) => (layers(g)[i] as Layer).data.values

/** A mark's position: a point, or a rule or box from (x, y) to (x2, y2). */
interface Segment {
  readonly x: number
  readonly y: number
  readonly x2: number
  readonly y2: number
}

/** The `<title>` tooltips of the arrows (paths with a marker). */
const arrowTips = (svg: string) =>
  [...svg.matchAll(/<path [^>]*marker-end[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1])

/** The attributes of every element named `name`, as records, with the text that follows the tag as `body`. */
const elements = (svg: string, name: string): Record<string, string>[] =>
  [...svg.matchAll(new RegExp(`<${name}((?: [a-z-]+="[^"]*")*)\\s*/?>([^<]*)`, 'g'))].map((m) => {
    const attrs: Record<string, string> = {}
    for (const a of (m[1] ?? '').matchAll(/ ([a-z-]+)="([^"]*)"/g)) attrs[a[1] ?? ''] = a[2] ?? ''
    return { ...attrs, body: m[2] ?? '' }
  })

describe('the linkage graph as Mermaid', () => {
  it('writes a label on one line, however many line breaks it has', () => {
    const out = linkageMermaid(graph([['a', 'Truce\n\r\nnow', 0, 0]], []))
    expect(out).toBe('flowchart TB\n    n0["Truce now"]\n')
  })

  it('draws sequence conditions solid and linkages dotted, labelled only when someone holds them', () => {
    const out = linkageMermaid(
      graph(CHAIN, [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', kind: 'linkage' },
        { from: 'a', to: 'c', holders: ['X', 'Y'] },
        { from: 'a', to: 'b', kind: 'linkage', holders: ['Z', 'W'] },
      ]),
    )
    expect(out.split('\n').slice(4, 8)).toEqual([
      '    n0 --> n1',
      '    n1 -.-> n2',
      '    n0 -->|"before: X, Y"| n2',
      '    n0 -.->|"linked: Z, W"| n1',
    ])
    expect(out).not.toContain('linkStyle')
  })

  it('colours only the arrows on a cycle red, by their index', () => {
    const out = linkageMermaid(
      graph(
        [
          ['a', 'A', 0, 0],
          ['b', 'B', 0, 1],
          ['c', 'C', 1, 0],
        ],
        [
          { from: 'a', to: 'c' },
          { from: 'a', to: 'b', cycle: true },
          { from: 'b', to: 'a', cycle: true },
        ],
      ),
    )
    expect(out.trimEnd().split('\n').at(-1)).toBe('    linkStyle 1,2 stroke:#b03a2e,stroke-width:2px')
  })
})

describe('the linkage graph as SVG', () => {
  it('has the default id when none is given', () => {
    expect(linkageSvg(graph([['a', 'A', 0, 0]], []))).toContain('id="chart-linkage"')
  })

  it('describes each arrow in its tooltip: before or →, who holds it, where it comes from', () => {
    const svg = linkageSvg(
      graph(CHAIN, [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', kind: 'linkage', holders: ['X', 'Y'], via: ['p1', 'p2'] },
      ]),
    )
    expect(arrowTips(svg)).toEqual(['a before b', 'b → c, held by X, Y (p1, p2)'])
  })

  it('dashes linkages and draws sequence conditions solid', () => {
    const svg = linkageSvg(
      graph(CHAIN, [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', kind: 'linkage' },
      ]),
    )
    const paths = elements(svg, 'path').filter((p) => p['marker-end'] !== undefined)
    expect(paths.map((p) => p['stroke-dasharray'])).toEqual([undefined, '5 3'])
  })

  it('curves an arrow between neighbouring rows within the rectangle of its ends', () => {
    const svg = linkageSvg(
      graph(
        [
          ['a', 'A', 0, 0],
          ['b', 'B', 1, 0],
          ['c', 'C', 1, 1],
        ],
        [{ from: 'a', to: 'c' }],
      ),
    )
    const d = elements(svg, 'path').find((p) => p['marker-end'] !== undefined)?.d ?? ''
    const m = /^M(\S+) (\S+)C(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$/.exec(d)
    expect(m).not.toBeNull()
    const [y0, c1, c2, y1] = [m?.[2], m?.[4], m?.[6], m?.[8]].map(Number) as [number, number, number, number]
    for (const c of [c1, c2]) {
      expect(c).toBeGreaterThan(Math.min(y0, y1))
      expect(c).toBeLessThan(Math.max(y0, y1))
    }
  })

  it('writes the holders over an arrow, joined with commas, and nothing over an arrow nobody holds', () => {
    const svg = linkageSvg(
      graph(CHAIN, [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', holders: ['X', 'Y'] },
      ]),
    )
    const small = elements(svg, 'text').filter((t) => t['font-size'] === '10')
    expect(small.map((t) => t.body)).toEqual(['X, Y'])
  })

  it('fills an issue off any cycle light blue with a grey-blue border', () => {
    const svg = linkageSvg(graph([['a', 'A', 0, 0]], []))
    const box = elements(svg, 'rect').find((r) => r.rx === '6')
    expect(box).toMatchObject({ fill: '#eaf2fb', stroke: '#7f9cbf' })
  })

  it('draws a long label as two centred dark lines inside the box, the first above the second', () => {
    const svg = linkageSvg(graph([['a', LONG, 0, 0]], []))
    const box = elements(svg, 'rect').find((r) => r.rx === '6') as Record<string, string>
    const lines = elements(svg, 'text').filter((t) => t.fill === '#111111')
    expect(lines.map((t) => t.body)).toEqual(['Withdrawal of foreign', 'troops from the capital'])
    const [top, bottom] = [Number(box.y), Number(box.y) + Number(box.height)]
    const cx = Number(box.x) + Number(box.width) / 2
    for (const t of lines) {
      expect(t['text-anchor']).toBe('middle')
      expect(Number(t.x)).toBeCloseTo(cx)
      expect(Number(t.y)).toBeGreaterThan(top)
      expect(Number(t.y)).toBeLessThan(bottom)
    }
    expect(Number(lines[0]?.y)).toBeLessThan(Number(lines[1]?.y))
  })
})

describe('the linkage graph as Vega-Lite', () => {
  it('writes its message at the top left when there is nothing to draw', () => {
    const spec = linkageVegaLite(graph([], []))
    expect(spec).toMatchObject({
      data: { values: [{ message: 'No condition ties one issue to another.' }] },
      mark: { type: 'text', align: 'left', color: '#555555' },
      encoding: { text: { field: 'message', type: 'nominal' }, x: { value: 12 }, y: { value: 30 } },
    })
  })

  it('joins the holders and the records of an arrow with commas, and labels only arrows someone holds', () => {
    const g = graph(CHAIN, [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c', holders: ['X', 'Y'], via: ['p1', 'p2'] },
    ])
    expect(values(g, 1).map((h) => [h.holders, h.via])).toEqual([
      ['', ''],
      ['X, Y', 'p1, p2'],
    ])
    expect(values(g, 4).map((h) => [h.from, h.to, h.holders])).toEqual([['b', 'c', 'X, Y']])
  })

  it('puts an arrow’s head on its last segment, just short of its end', () => {
    const g = graph(
      [
        ['a', 'A', 0, 0],
        ['b', 'B', 1, 0],
        ['c', 'C', 1, 1],
      ],
      [{ from: 'a', to: 'c' }],
    )
    const last = values(g, 0).at(-1) as unknown as Segment
    const head = values(g, 1)[0] as unknown as Segment
    expect(last.x).not.toBe(last.x2)
    const [dx, dy] = [last.x2 - last.x, last.y2 - last.y]
    const len = Math.hypot(dx, dy)
    const t = ((head.x - last.x) * dx + (head.y - last.y) * dy) / (len * len)
    expect(t).toBeGreaterThan(0)
    expect(t).toBeLessThan(1)
    expect(Math.hypot(last.x2 - head.x, last.y2 - head.y)).toBeCloseTo(4, 1)
  })

  it('describes an issue off any cycle, with no category, in its tooltip fields and colours', () => {
    const [issue] = values(graph([['a', 'A', 0, 0]], []), 2)
    expect(issue).toMatchObject({ category: '', cycle: 'no', fill: '#eaf2fb', stroke: '#7f9cbf' })
  })

  it('writes a long label as two rows inside the box, the first above the second', () => {
    const g = graph([['a', LONG, 0, 0]], [])
    const issue = values(g, 2)[0] as unknown as Segment
    const rows = values(g, 3) as unknown as readonly { text: string; y: number }[]
    expect(rows.map((r) => r.text)).toEqual(['Withdrawal of foreign', 'troops from the capital'])
    for (const r of rows) {
      expect(r.y).toBeGreaterThan(issue.y)
      expect(r.y).toBeLessThan(issue.y2)
    }
    expect(Number(rows[0]?.y)).toBeLessThan(Number(rows[1]?.y))
  })
})

/**
 * Rendering charts: as an inline SVG string (for an HTML page or a notebook), as a Vega-Lite v5 spec with its data
 * inline, or as Mermaid text. All three are deterministic: the same chart gives the same bytes.
 *
 * @since 0.1.0
 */
import { acceptanceSvg } from './acceptance-draw'
import { deadlocksMermaid, deadlocksSvg, deadlocksVegaLite } from './deadlocks'
import { linkageMermaid, linkageSvg, linkageVegaLite } from './linkage-draw'
import type { Chart, VegaLiteSpec } from './model'
import { positionsMermaid, positionsSvg, positionsVegaLite } from './positions-draw'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * SVG options: the `id` of the `<svg>` element (default `chart-<kind>`), which also prefixes its internal ids, so
 * several charts can share a page.
 *
 * @category model
 * @since 0.1.0
 */
export interface SvgOptions {
  readonly id?: string
}

const CHART_TAGS = new Set(['positions', 'acceptance', 'deadlocks', 'linkage'])

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when the value is a chart made by this module (`positions`, `acceptance`, `deadlocks` or `linkage`).
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Chart } from 'negotiation-positions'
 * assert.strictEqual(Chart.isChart({ _tag: 'linkage', nodes: [], edges: [] }), true)
 * assert.strictEqual(Chart.isChart({ _tag: 'Ledger' }), false)
 */
export const isChart = (u: unknown): u is Chart =>
  typeof u === 'object' && u !== null && CHART_TAGS.has((u as { _tag?: unknown })._tag as string)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The chart as a self-contained inline SVG string: fixed size, system fonts, a `<title>` tooltip on every mark, all
 * text escaped, nothing fetched. Data-first `toSvg(chart, options?)` or data-last `toSvg(options?)(chart)`.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Chart } from 'negotiation-positions'
 * const graph = { _tag: 'linkage', title: 'Links', asOf: null, nodes: [], edges: [] } as Chart.LinkageGraph
 * const svg = Chart.toSvg(graph, { id: 'links' })
 * assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="links"'))
 * assert.strictEqual(Chart.toSvg()(graph), Chart.toSvg(graph))
 */
export const toSvg: {
  (options?: SvgOptions): (chart: Chart) => string
  (chart: Chart, options?: SvgOptions): string
} = function (...args: unknown[]) {
  const render = (chart: Chart, options: SvgOptions | undefined): string => {
    const id = options?.id ?? `chart-${chart._tag}`
    switch (chart._tag) {
      case 'positions':
        return positionsSvg(chart, id)
      case 'acceptance':
        return acceptanceSvg(chart, id)
      case 'deadlocks':
        return deadlocksSvg(chart, id)
      case 'linkage':
        return linkageSvg(chart, id)
    }
  }
  if (isChart(args[0])) return render(args[0], args[1] as SvgOptions | undefined)
  return (chart: Chart) => render(chart, args[0] as SvgOptions | undefined)
} as never

/**
 * The chart as a Vega-Lite v5 spec (plain JSON data, data inline): step lines per issue for positions, the ledger's
 * own spec for the acceptance matrix, bars per finding for the deadlock timeline, and for the linkage graph its
 * layered layout drawn with layers of marks — rules for the arrows (solid for a sequence condition, dashed for a
 * linkage, red on a cycle; long arrows bend between the boxes), triangles for their heads, rects and text for the
 * issues, tooltips naming the parties that hold each arrow.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Chart } from 'negotiation-positions'
 * const chart = { _tag: 'deadlocks', title: 'Deadlocks', from: '2025-01-01', to: '2025-02-01', bars: [], colors: {} } as unknown as Chart.DeadlockChart
 * assert.strictEqual(Chart.toVegaLite(chart).$schema, 'https://vega.github.io/schema/vega-lite/v5.json')
 * @example
 * import { Chart } from 'negotiation-positions'
 * const graph = {
 *   _tag: 'linkage', title: 'Links', asOf: null,
 *   nodes: [{ id: 'a', label: 'Truce', category: null, layer: 0, order: 0 }, { id: 'b', label: 'Withdrawal', category: null, layer: 1, order: 0 }],
 *   edges: [{ from: 'a', to: 'b', kind: 'sequence', holders: ['UA'], via: [], cycle: false }],
 * } as unknown as Chart.LinkageGraph
 * const spec = Chart.toVegaLite(graph) as unknown as { layer: { mark: { type: string }; data: { values: Record<string, unknown>[] } }[] }
 * assert.deepStrictEqual(spec.layer.map((l) => l.mark.type), ['rule', 'point', 'rect', 'text', 'text'])
 * assert.deepStrictEqual(spec.layer[0]?.data.values.map((r) => [r['from'], r['to'], r['holders'], r['arrow']]), [['a', 'b', 'UA', 'must come before']])
 * assert.deepStrictEqual(spec.layer[3]?.data.values.map((r) => r['text']), ['Truce', 'Withdrawal'])
 */
export const toVegaLite = (chart: Chart): VegaLiteSpec => {
  switch (chart._tag) {
    case 'positions':
      return positionsVegaLite(chart)
    case 'acceptance':
      return chart.spec
    case 'deadlocks':
      return deadlocksVegaLite(chart)
    case 'linkage':
      return linkageVegaLite(chart)
  }
}

/**
 * The chart as Mermaid text, one diagram: a timeline of who moved, when for positions (a section per issue, a date
 * per change, `Party → ideal (from earlier ideal)`), the ledger's timeline of agreements and breaches for the
 * acceptance chart, a Gantt chart for the deadlock timeline and a flowchart for the linkage graph. Text from the
 * document is escaped, or stripped of the characters Mermaid reserves where it has no escape.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Chart } from 'negotiation-positions'
 * const graph = {
 *   _tag: 'linkage', title: 'Links', asOf: null,
 *   nodes: [{ id: 'a', label: 'Truce', category: null, layer: 0, order: 0 }, { id: 'b', label: 'Withdrawal', category: null, layer: 1, order: 0 }],
 *   edges: [{ from: 'a', to: 'b', kind: 'sequence', holders: ['UA'], via: [], cycle: false }],
 * } as unknown as Chart.LinkageGraph
 * assert.strictEqual(Chart.toMermaid(graph), 'flowchart TB\n    n0["Truce"]\n    n1["Withdrawal"]\n    n0 -->|"before: UA"| n1\n')
 * @example
 * import { Chart, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag', yes: 'member', no: 'neutral' } } },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: [], ideal: true },
 *     { id: 'p2', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: [], ideal: false },
 *   ],
 * } as unknown as Negotiation
 * const chart = E.getOrElseW(() => assert.fail())(Chart.positions(doc, { title: 'Who moved' }))
 * assert.strictEqual(Chart.toMermaid(chart), [
 *   'timeline',
 *   '    title Who moved',
 *   '    section NATO',
 *   '        2025-03-11 : Ukraine → member (first stated)',
 *   '        2025-12-14 : Ukraine → neutral (from member)',
 *   '',
 * ].join('\n'))
 */
export const toMermaid = (chart: Chart): string => {
  switch (chart._tag) {
    case 'positions':
      return positionsMermaid(chart)
    case 'acceptance':
      return chart.timeline
    case 'deadlocks':
      return deadlocksMermaid(chart)
    case 'linkage':
      return linkageMermaid(chart)
  }
}

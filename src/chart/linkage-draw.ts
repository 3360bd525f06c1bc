/**
 * Drawing the linkage and sequencing graph: Mermaid flowchart text, and the layered layout as an inline SVG and as
 * a Vega-Lite spec — issues as boxes, solid arrows for sequence conditions, dashed arrows for linkages, red for a
 * cycle of preconditions, long arrows routed between the boxes of the layers they cross. Internal: use
 * `Chart.toMermaid`, `Chart.toSvg` and `Chart.toVegaLite`.
 *
 * @internal
 */
import { type Box, geometry, type Point, type Route, TOP, wrap } from './linkage-geometry'
import type { LinkEdge, LinkageGraph, VegaLiteSpec } from './model'
import { el, emptySvg, num, svg, text, tip } from './svg'

// -------------------------------------------------------------------------------------
// mermaid
// -------------------------------------------------------------------------------------

const quoted = (s: string): string =>
  `"${s
    .replace(/[\n\r]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')}"`

/** @internal */
export const linkageMermaid = (graph: LinkageGraph): string => {
  const ids = new Map(graph.nodes.map((n, i) => [n.id as string, `n${String(i)}`]))
  const lines = ['flowchart TB']
  for (const n of graph.nodes) lines.push(`    ${ids.get(n.id) ?? ''}[${quoted(n.label)}]`)
  const red: number[] = []
  graph.edges.forEach((e, i) => {
    const arrow = e.kind === 'sequence' ? '-->' : '-.->'
    const label =
      e.holders.length === 0
        ? ''
        : `|${quoted(`${e.kind === 'sequence' ? 'before' : 'linked'}: ${e.holders.join(', ')}`)}|`
    lines.push(`    ${ids.get(e.from) ?? ''} ${arrow}${label} ${ids.get(e.to) ?? ''}`)
    if (e.cycle) red.push(i)
  })
  if (red.length > 0) lines.push(`    linkStyle ${red.join(',')} stroke:#b03a2e,stroke-width:2px`)
  return `${lines.join('\n')}\n`
}

// -------------------------------------------------------------------------------------
// shared
// -------------------------------------------------------------------------------------

const COLORS = { sequence: '#34495e', linkage: '#2e86c1', cycle: '#b03a2e' } as const

const LEGEND = {
  sequence: 'must come before',
  linkage: 'depends on (linkage)',
  cycle: 'cycle: nobody can move first',
} as const

const styleOf = (e: LinkEdge): keyof typeof COLORS => (e.cycle ? 'cycle' : e.kind)

const describe = (e: LinkEdge): string =>
  `${e.from} ${e.kind === 'sequence' ? 'before' : '→'} ${e.to}${e.holders.length > 0 ? `, held by ${e.holders.join(', ')}` : ''}${e.via.length > 0 ? ` (${e.via.join(', ')})` : ''}${e.cycle ? '; part of a cycle' : ''}`

const EMPTY = 'No condition ties one issue to another.'

// -------------------------------------------------------------------------------------
// svg
// -------------------------------------------------------------------------------------

/** The SVG path of a route: curves from row to row, straight lines through a row. */
const pathOf = (r: Route): string => {
  const [first, ...rest] = r.points as [Point, ...Point[]]
  let d = `M${num(first.x)} ${num(first.y)}`
  let p = first
  for (const q of rest) {
    if (!r.smooth || p.x === q.x) d += `L${num(q.x)} ${num(q.y)}`
    else {
      const my = (p.y + q.y) / 2
      d += `C${num(p.x)} ${num(my)} ${num(q.x)} ${num(my)} ${num(q.x)} ${num(q.y)}`
    }
    p = q
  }
  return d
}

/** @internal */
export const linkageSvg = (graph: LinkageGraph, id = 'chart-linkage'): string => {
  if (graph.nodes.length === 0) return emptySvg(id, graph.title, EMPTY)
  const g = geometry(graph)
  const markers = (['sequence', 'linkage', 'cycle'] as const)
    .map((k) =>
      el(
        'marker',
        {
          id: `${id}-arrow-${k}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        el('path', { d: 'M0 0L10 5L0 10z', fill: COLORS[k] }),
      ),
    )
    .join('')
  const parts: string[] = [el('defs', {}, markers)]
  // legend
  parts.push(
    el('line', { x1: 0, y1: 12, x2: 26, y2: 12, stroke: COLORS.sequence, 'stroke-width': 1.6 }),
    text(32, 16, LEGEND.sequence),
    el('line', {
      x1: 140,
      y1: 12,
      x2: 166,
      y2: 12,
      stroke: COLORS.linkage,
      'stroke-width': 1.6,
      'stroke-dasharray': '5 3',
    }),
    text(172, 16, LEGEND.linkage),
    el('line', { x1: 310, y1: 12, x2: 336, y2: 12, stroke: COLORS.cycle, 'stroke-width': 2.2 }),
    text(342, 16, LEGEND.cycle),
  )
  for (const r of g.routes) {
    const e = r.edge
    const color = COLORS[styleOf(e)]
    parts.push(
      el(
        'path',
        {
          d: pathOf(r),
          fill: 'none',
          stroke: color,
          'stroke-width': e.cycle ? 2.2 : 1.6,
          'stroke-dasharray': e.kind === 'linkage' ? '5 3' : undefined,
          'marker-end': `url(#${id}-arrow-${styleOf(e)})`,
        },
        tip(describe(e)),
      ),
    )
  }
  // the holders over the arrows, after all arrows so that no arrow crosses a label
  for (const r of g.routes)
    if (r.edge.holders.length > 0)
      parts.push(
        text(r.label.x, r.label.y + 3, r.edge.holders.join(', '), {
          'text-anchor': 'middle',
          'font-size': 10,
          fill: COLORS[styleOf(r.edge)],
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        }),
      )
  for (const b of g.boxes) parts.push(box(b))
  return svg(id, g.width, g.height, graph.title, parts.join(''))
}

const box = (b: Box): string => {
  const [l1, l2] = wrap(b.node.label)
  const cx = b.x + b.w / 2
  return el(
    'g',
    {},
    tip(`${b.node.label} (${b.node.id})`) +
      el('rect', {
        x: b.x,
        y: b.y,
        width: b.w,
        height: b.h,
        rx: 6,
        fill: b.inCycle ? '#fdecea' : '#eaf2fb',
        stroke: b.inCycle ? COLORS.cycle : '#7f9cbf',
        'stroke-width': b.inCycle ? 1.6 : 1,
      }) +
      (l2 === ''
        ? text(cx, b.y + b.h / 2 + 4, l1, { 'text-anchor': 'middle', fill: '#111111' })
        : text(cx, b.y + 16, l1, { 'text-anchor': 'middle', fill: '#111111' }) +
          text(cx, b.y + 30, l2, { 'text-anchor': 'middle', fill: '#111111' })),
  )
}

// -------------------------------------------------------------------------------------
// vega-lite
// -------------------------------------------------------------------------------------

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json'

const round = (x: number): number => Math.round(x * 100) / 100

/**
 * The linkage graph as a Vega-Lite spec, on the same layout as the SVG: a layer of rule marks for the arrows' segments
 * (dashed for linkages, solid for sequence conditions, red on a cycle), one of triangles for their heads, one of
 * rect marks for the issues, one of text marks for the issues' labels and one for the arrows' holders. Positions are
 * pixels (x from the left, y from the top); every mark has a tooltip.
 *
 * @internal
 */
export const linkageVegaLite = (graph: LinkageGraph): VegaLiteSpec => {
  if (graph.nodes.length === 0)
    return {
      $schema: SCHEMA,
      title: graph.title,
      width: 600,
      height: 60,
      data: { values: [{ message: EMPTY }] },
      mark: { type: 'text', align: 'left', fontSize: 13, color: '#555555' },
      encoding: { text: { field: 'message', type: 'nominal' }, x: { value: 12 }, y: { value: 30 } },
    }
  const g = geometry(graph)
  const styles = ['sequence', 'linkage', 'cycle'] as const
  const arrow = {
    field: 'arrow',
    type: 'nominal',
    title: null,
    scale: { domain: styles.map((k) => LEGEND[k]), range: styles.map((k) => COLORS[k]) },
    legend: { orient: 'top', symbolType: 'stroke', symbolStrokeWidth: 2, labelLimit: 300 },
  }
  const dash = {
    field: 'arrow',
    type: 'nominal',
    title: null,
    scale: {
      domain: styles.map((k) => LEGEND[k]),
      range: [
        [1, 0],
        [5, 3],
        [1, 0],
      ],
    },
  }
  const edgeFields = (e: LinkEdge) => ({
    from: e.from,
    to: e.to,
    kind: e.kind,
    arrow: LEGEND[styleOf(e)],
    color: COLORS[styleOf(e)],
    holders: e.holders.join(', '),
    via: e.via.join(', '),
  })
  const segments = g.routes.flatMap((r) =>
    r.points.slice(1).map((q, i) => {
      const p = r.points[i] as Point
      return { ...edgeFields(r.edge), x: round(p.x), y: round(p.y), x2: round(q.x), y2: round(q.y) }
    }),
  )
  const heads = g.routes.map((r) => {
    const q = r.points[r.points.length - 1] as Point
    const p = r.points[r.points.length - 2] as Point
    // the head points along the rule it ends (angles clockwise from straight up)
    const [dx, dy] = [q.x - p.x, q.y - p.y]
    const len = Math.hypot(dx, dy) || 1
    const angle = ((((Math.atan2(dx, -dy) * 180) / Math.PI) % 360) + 360) % 360
    return {
      ...edgeFields(r.edge),
      x: round(q.x - (dx / len) * 4),
      y: round(q.y - (dy / len) * 4),
      angle: round(angle),
    }
  })
  const issues = g.boxes.map((b) => ({
    id: b.node.id,
    issue: b.node.label,
    category: b.node.category ?? '',
    cycle: b.inCycle ? 'on a cycle of preconditions' : 'no',
    x: round(b.x),
    y: round(b.y),
    x2: round(b.x + b.w),
    y2: round(b.y + b.h),
    fill: b.inCycle ? '#fdecea' : '#eaf2fb',
    stroke: b.inCycle ? COLORS.cycle : '#7f9cbf',
  }))
  const labels = g.boxes.flatMap((b) => {
    const [l1, l2] = wrap(b.node.label)
    const cx = round(b.x + b.w / 2)
    const rows =
      l2 === ''
        ? [{ text: l1, y: b.y + b.h / 2 }]
        : [
            { text: l1, y: b.y + 13 },
            { text: l2, y: b.y + 27 },
          ]
    return rows.map((r) => ({ id: b.node.id, issue: b.node.label, text: r.text, x: cx, y: round(r.y) }))
  })
  const holders = g.routes
    .filter((r) => r.edge.holders.length > 0)
    .map((r) => ({ ...edgeFields(r.edge), x: round(r.label.x), y: round(r.label.y) }))
  const x = {
    field: 'x',
    type: 'quantitative',
    axis: null,
    scale: { domain: [0, g.width], nice: false, zero: false },
  }
  // the SVG's legend row is left out: Vega-Lite draws its own legend above the graph
  const top = TOP - 8
  const y = {
    field: 'y',
    type: 'quantitative',
    axis: null,
    scale: { domain: [top, g.height], nice: false, zero: false, reverse: true },
  }
  const edgeTooltip = [
    { field: 'from', type: 'nominal' },
    { field: 'to', type: 'nominal' },
    { field: 'arrow', type: 'nominal' },
    { field: 'holders', type: 'nominal' },
    { field: 'via', type: 'nominal' },
  ]
  return {
    $schema: SCHEMA,
    title: graph.title,
    width: g.width,
    height: g.height - top,
    config: { view: { stroke: null } },
    layer: [
      {
        data: { values: segments },
        mark: { type: 'rule', strokeWidth: 1.6 },
        encoding: {
          x,
          y,
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          color: arrow,
          strokeDash: dash,
          tooltip: edgeTooltip,
        },
      },
      {
        data: { values: heads },
        mark: { type: 'point', shape: 'triangle-up', filled: true, size: 60, opacity: 1 },
        encoding: {
          x,
          y,
          angle: { field: 'angle', type: 'quantitative', scale: { domain: [0, 360], range: [0, 360] } },
          color: { field: 'color', type: 'nominal', scale: null },
          tooltip: edgeTooltip,
        },
      },
      {
        data: { values: issues },
        mark: { type: 'rect', cornerRadius: 6, strokeWidth: 1 },
        encoding: {
          x,
          y,
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          fill: { field: 'fill', type: 'nominal', scale: null },
          stroke: { field: 'stroke', type: 'nominal', scale: null },
          tooltip: [
            { field: 'issue', type: 'nominal' },
            { field: 'id', type: 'nominal' },
            { field: 'category', type: 'nominal' },
            { field: 'cycle', type: 'nominal' },
          ],
        },
      },
      {
        data: { values: labels },
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 11, color: '#111111' },
        encoding: {
          x,
          y,
          text: { field: 'text', type: 'nominal' },
          tooltip: [{ field: 'issue', type: 'nominal' }],
        },
      },
      {
        data: { values: holders },
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 10, dy: -6 },
        encoding: {
          x,
          y,
          text: { field: 'holders', type: 'nominal' },
          color: { field: 'color', type: 'nominal', scale: null },
          tooltip: edgeTooltip,
        },
      },
    ],
  }
}

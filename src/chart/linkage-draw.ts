/**
 * Drawing the linkage and sequencing graph: Mermaid flowchart text, and an inline SVG of the layered layout — issues
 * as boxes, solid arrows for sequence conditions, dashed arrows for linkages, red for a cycle of preconditions.
 * Internal: use `Chart.toMermaid` and `Chart.toSvg`.
 *
 * @internal
 */
import type { LinkEdge, LinkNode, LinkageGraph } from './model'
import { el, emptySvg, fit, num, svg, text, tip } from './svg'

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
// svg
// -------------------------------------------------------------------------------------

const NODE_W = 180
const NODE_H = 40
const H_GAP = 30
const V_GAP = 70
const MARGIN = 20
const TOP = 34

const COLORS = { sequence: '#34495e', linkage: '#2e86c1', cycle: '#b03a2e' } as const

const wrap = (s: string): [string, string] => {
  const max = Math.floor((NODE_W - 12) / (11 * 0.58))
  if (s.length <= max) return [s, '']
  const cut = s.lastIndexOf(' ', max)
  const head = cut > 8 ? s.slice(0, cut) : s.slice(0, max)
  return [head, fit(s.slice(head.length).trim(), NODE_W - 12, 11)]
}

const colorOf = (e: LinkEdge): string => (e.cycle ? COLORS.cycle : COLORS[e.kind])

/** @internal */
export const linkageSvg = (graph: LinkageGraph, id = 'chart-linkage'): string => {
  if (graph.nodes.length === 0) return emptySvg(id, graph.title, 'No condition ties one issue to another.')
  const layers = Math.max(...graph.nodes.map((n) => n.layer)) + 1
  const perLayer = Array.from({ length: layers }, (_, l) => graph.nodes.filter((n) => n.layer === l).length)
  const widest = Math.max(...perLayer)
  const width = Math.max(600, MARGIN * 2 + widest * NODE_W + (widest - 1) * H_GAP + 60)
  const height = TOP + layers * NODE_H + (layers - 1) * V_GAP + MARGIN * 2
  const place = new Map<string, { x: number; y: number }>()
  for (const n of graph.nodes) {
    const count = perLayer[n.layer] ?? 1
    const row = count * NODE_W + (count - 1) * H_GAP
    const x = (width - 60 - row) / 2 + n.order * (NODE_W + H_GAP)
    place.set(n.id, { x, y: TOP + MARGIN + n.layer * (NODE_H + V_GAP) })
  }
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
    text(32, 16, 'must come before'),
    el('line', {
      x1: 140,
      y1: 12,
      x2: 166,
      y2: 12,
      stroke: COLORS.linkage,
      'stroke-width': 1.6,
      'stroke-dasharray': '5 3',
    }),
    text(172, 16, 'depends on (linkage)'),
    el('line', { x1: 310, y1: 12, x2: 336, y2: 12, stroke: COLORS.cycle, 'stroke-width': 2.2 }),
    text(342, 16, 'cycle: nobody can move first'),
  )
  for (const e of graph.edges) {
    const a = place.get(e.from)
    const b = place.get(e.to)
    if (a === undefined || b === undefined) continue
    const down = b.y > a.y
    let d: string
    let mx: number
    let my: number
    if (down) {
      const sx = a.x + NODE_W / 2
      const sy = a.y + NODE_H
      const tx = b.x + NODE_W / 2
      const ty = b.y
      d = `M${num(sx)} ${num(sy)}C${num(sx)} ${num(sy + V_GAP / 2)} ${num(tx)} ${num(ty - V_GAP / 2)} ${num(tx)} ${num(ty)}`
      mx = (sx + tx) / 2
      my = (sy + ty) / 2
    } else {
      // against the layering (a cycle) or within a layer: loop out to the right
      const sx = a.x + NODE_W
      const sy = a.y + NODE_H * 0.7
      const tx = b.x + NODE_W
      const ty = b.y + NODE_H * 0.3
      const bulge = 40 + Math.abs(sy - ty) * 0.25
      d = `M${num(sx)} ${num(sy)}C${num(sx + bulge)} ${num(sy)} ${num(tx + bulge)} ${num(ty)} ${num(tx)} ${num(ty)}`
      mx = Math.max(sx, tx) + bulge * 0.75
      my = (sy + ty) / 2
    }
    const color = colorOf(e)
    const what = `${e.from} ${e.kind === 'sequence' ? 'before' : '→'} ${e.to}${e.holders.length > 0 ? `, held by ${e.holders.join(', ')}` : ''}${e.via.length > 0 ? ` (${e.via.join(', ')})` : ''}${e.cycle ? '; part of a cycle' : ''}`
    parts.push(
      el(
        'path',
        {
          d,
          fill: 'none',
          stroke: color,
          'stroke-width': e.cycle ? 2.2 : 1.6,
          'stroke-dasharray': e.kind === 'linkage' ? '5 3' : undefined,
          'marker-end': `url(#${id}-arrow-${e.cycle ? 'cycle' : e.kind})`,
        },
        tip(what),
      ),
    )
    if (e.holders.length > 0)
      parts.push(
        text(mx, my + 3, e.holders.join(', '), {
          'text-anchor': 'middle',
          'font-size': 10,
          fill: color,
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        }),
      )
  }
  for (const n of graph.nodes) parts.push(node(n, place.get(n.id) ?? { x: 0, y: 0 }, graph))
  return svg(id, width, height, graph.title, parts.join(''))
}

const node = (n: LinkNode, p: { x: number; y: number }, graph: LinkageGraph): string => {
  const inCycle = graph.edges.some((e) => e.cycle && (e.from === n.id || e.to === n.id))
  const [l1, l2] = wrap(n.label)
  const cx = p.x + NODE_W / 2
  return el(
    'g',
    {},
    tip(`${n.label} (${n.id})`) +
      el('rect', {
        x: p.x,
        y: p.y,
        width: NODE_W,
        height: NODE_H,
        rx: 6,
        fill: inCycle ? '#fdecea' : '#eaf2fb',
        stroke: inCycle ? COLORS.cycle : '#7f9cbf',
        'stroke-width': inCycle ? 1.6 : 1,
      }) +
      (l2 === ''
        ? text(cx, p.y + NODE_H / 2 + 4, l1, { 'text-anchor': 'middle', fill: '#111111' })
        : text(cx, p.y + 16, l1, { 'text-anchor': 'middle', fill: '#111111' }) +
          text(cx, p.y + 30, l2, { 'text-anchor': 'middle', fill: '#111111' })),
  )
}

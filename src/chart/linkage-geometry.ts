/**
 * Where the linkage graph's boxes and arrows go, in pixels, from the layered layout: one row of boxes per layer,
 * each row centred, the bends of long arrows given a narrow slot of their own between the boxes; each arrow leaves
 * and enters its boxes at its own port (ports spread along the box's edge in the order of where the arrows go, so
 * that two arrows between the same boxes run side by side), and runs from row to row through the gaps between rows,
 * through its bends' slots, never across a box. Shared by the SVG and the Vega-Lite drawings. Internal.
 *
 * @internal
 */
import type { LinkEdge, LinkNode, LinkageGraph } from './model'
import { fit } from './svg'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** @internal */
export interface Point {
  readonly x: number
  readonly y: number
}

/**
 * An issue's box.
 *
 * @internal
 */
export interface Box {
  readonly node: LinkNode
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly inCycle: boolean
}

/**
 * An arrow's route: its points from the source's port to the target's port. In a `smooth` route, a step from one
 * row to the next is drawn as a curve that leaves and arrives vertically (it stays within the rectangle of its two
 * points), a step within a row as a straight line; otherwise every step is a straight line. `label` is where the
 * holders are written.
 *
 * @internal
 */
export interface Route {
  readonly edge: LinkEdge
  readonly points: readonly Point[]
  readonly smooth: boolean
  readonly label: Point
}

/** @internal */
export interface Geometry {
  readonly width: number
  readonly height: number
  readonly boxes: readonly Box[]
  readonly routes: readonly Route[]
}

/** @internal */
export const NODE_W = 180
/** @internal */
export const NODE_H = 40
const H_GAP = 30
const V_GAP = 70
const BEND_W = 16
const MARGIN = 20
/** @internal */
export const TOP = 34

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * A label on at most two lines that fit a box.
 *
 * @internal
 */
export const wrap = (s: string): [string, string] => {
  const max = Math.floor((NODE_W - 12) / (11 * 0.58))
  if (s.length <= max) return [s, '']
  const cut = s.lastIndexOf(' ', max)
  const head = cut > 8 ? s.slice(0, cut) : s.slice(0, max)
  return [head, fit(s.slice(head.length).trim(), NODE_W - 12, 11)]
}

const rowTop = (layer: number): number => TOP + MARGIN + layer * (NODE_H + V_GAP)

type Item =
  | { readonly kind: 'node'; readonly node: LinkNode; readonly order: number }
  | { readonly kind: 'bend'; readonly key: string; readonly order: number }

const slotKey = (layer: number, order: number): string => `${String(layer)}:${String(order)}`

/** One end of an arrow on a box's top or bottom edge, and the x it heads for. */
interface Port {
  readonly route: number
  readonly end: 'start' | 'end'
  readonly toward: number
}

/** The point at `t` on a step drawn as a curve that leaves and arrives vertically. */
const along = (p: Point, q: Point, t: number): Point => {
  const u = 1 - t
  const my = (p.y + q.y) / 2
  return {
    x: p.x + (q.x - p.x) * (3 * u * t * t + t * t * t),
    y: p.y * u * u * u + my * 3 * u * t + q.y * t * t * t,
  }
}

// -------------------------------------------------------------------------------------
// geometry
// -------------------------------------------------------------------------------------

/**
 * The boxes and routes of a linkage graph.
 *
 * @internal
 */
export const geometry = (graph: LinkageGraph): Geometry => {
  const placed = graph.nodes.filter((n) => Number.isInteger(n.layer) && n.layer >= 0)
  const layers = placed.length === 0 ? 0 : Math.max(...placed.map((n) => n.layer)) + 1
  const known = new Set(placed.map((n) => n.id as string))
  const drawn = graph.edges.filter((e) => known.has(e.from) && known.has(e.to))
  // the rows: boxes and bend slots by order
  const rows: Item[][] = Array.from({ length: layers }, () => [])
  for (const n of placed) rows[n.layer]?.push({ kind: 'node', node: n, order: n.order })
  const slots = new Map<string, number[]>()
  drawn.forEach((e, i) => {
    for (const b of e.bends ?? []) {
      if (b.layer < 0 || b.layer >= layers) continue
      const key = slotKey(b.layer, b.order)
      const users = slots.get(key)
      if (users === undefined) {
        slots.set(key, [i])
        rows[b.layer]?.push({ kind: 'bend', key, order: b.order })
      } else if (!users.includes(i)) users.push(i)
    }
  })
  const rank = (a: Item): string => (a.kind === 'node' ? `0${a.node.id}` : `1${a.key}`)
  for (const r of rows) r.sort((a, b) => a.order - b.order || compareText(rank(a), rank(b)))
  const widthOf = (r: readonly Item[]): number =>
    r.reduce((w, it, i) => w + (it.kind === 'node' ? NODE_W : BEND_W) + (i > 0 ? H_GAP : 0), 0)
  const width = Math.max(600, MARGIN * 2 + Math.max(0, ...rows.map(widthOf)))
  const height = layers === 0 ? 60 : rowTop(layers - 1) + NODE_H + MARGIN
  const boxes = new Map<string, Box>()
  const slotX = new Map<string, number>()
  const cycles = new Set(drawn.filter((e) => e.cycle).flatMap((e) => [e.from as string, e.to as string]))
  rows.forEach((r, layer) => {
    let x = (width - widthOf(r)) / 2
    for (const it of r) {
      if (it.kind === 'node') {
        boxes.set(it.node.id, {
          node: it.node,
          x,
          y: rowTop(layer),
          w: NODE_W,
          h: NODE_H,
          inCycle: cycles.has(it.node.id),
        })
        x += NODE_W + H_GAP
      } else {
        slotX.set(it.key, x + BEND_W / 2)
        x += BEND_W + H_GAP
      }
    }
  })
  // the middle points of each route: through its bends' slots (an arrow sharing a slot with others is offset a
  // little), crossing each row from the side it comes from to the side it goes to
  const middles = drawn.map((e, i): Point[] => {
    const a = boxes.get(e.from) as Box
    const b = boxes.get(e.to) as Box
    const down = b.y > a.y
    return (e.bends ?? [])
      .filter((bend) => bend.layer >= 0 && bend.layer < layers)
      .flatMap((bend) => {
        const key = slotKey(bend.layer, bend.order)
        const users = slots.get(key) ?? [i]
        const step = Math.min(5, BEND_W / users.length)
        const x = (slotX.get(key) ?? 0) + (users.indexOf(i) - (users.length - 1) / 2) * step
        const top = rowTop(bend.layer)
        return down
          ? [
              { x, y: top },
              { x, y: top + NODE_H },
            ]
          : [
              { x, y: top + NODE_H },
              { x, y: top },
            ]
      })
  })
  // ports: on the bottom edge for arrows that leave downward or arrive from below, on the top edge for the others
  const sides = new Map<string, Port[]>()
  const attach = (box: Box, side: 'top' | 'bottom', port: Port): void => {
    const key = `${box.node.id}\u0000${side}`
    const list = sides.get(key)
    if (list === undefined) sides.set(key, [port])
    else list.push(port)
  }
  const centre = (b: Box): number => b.x + b.w / 2
  drawn.forEach((e, i) => {
    const a = boxes.get(e.from) as Box
    const b = boxes.get(e.to) as Box
    if (a === b || a.y === b.y) return
    const m = middles[i] as Point[]
    const first = m[0]?.x ?? centre(b)
    const last = m[m.length - 1]?.x ?? centre(a)
    const down = b.y > a.y
    attach(a, down ? 'bottom' : 'top', { route: i, end: 'start', toward: first })
    attach(b, down ? 'top' : 'bottom', { route: i, end: 'end', toward: last })
  })
  const portX = new Map<string, number>()
  for (const [key, list] of sides) {
    const box = boxes.get(key.slice(0, key.indexOf('\u0000'))) as Box
    list.sort((p, q) => p.toward - q.toward || p.route - q.route)
    list.forEach((p, j) =>
      portX.set(`${String(p.route)}:${p.end}`, box.x + (box.w * (j + 1)) / (list.length + 1)),
    )
  }
  const routes = drawn.map((e, i): Route => {
    const a = boxes.get(e.from) as Box
    const b = boxes.get(e.to) as Box
    if (a === b) {
      // a condition of an issue on itself: a small loop on the right of its box
      const r = a.x + a.w
      const points = [
        { x: r, y: a.y + a.h * 0.3 },
        { x: r + 18, y: a.y + a.h * 0.3 },
        { x: r + 18, y: a.y + a.h * 0.7 },
        { x: r, y: a.y + a.h * 0.7 },
      ]
      return { edge: e, points, smooth: false, label: { x: r + 18, y: a.y - 4 } }
    }
    if (a.y === b.y) {
      // two issues on the same layer: over the top, through the gap above the row
      const ax = centre(a) + (b.x > a.x ? a.w / 4 : -a.w / 4)
      const bx = centre(b) + (b.x > a.x ? -b.w / 4 : b.w / 4)
      const y = a.y - V_GAP / 3
      const points = [
        { x: ax, y: a.y },
        { x: ax, y },
        { x: bx, y },
        { x: bx, y: b.y },
      ]
      return { edge: e, points, smooth: false, label: { x: (ax + bx) / 2, y: y - 4 } }
    }
    const down = b.y > a.y
    const start = { x: portX.get(`${String(i)}:start`) ?? centre(a), y: down ? a.y + a.h : a.y }
    const end = { x: portX.get(`${String(i)}:end`) ?? centre(b), y: down ? b.y : b.y + b.h }
    const points = [start, ...(middles[i] as Point[]), end]
    // the holders a third of the way along the first step, near the source: the two arrows of a cycle between
    // neighbouring layers run side by side, and their labels must not meet
    return { edge: e, points, smooth: true, label: along(start, points[1] as Point, 1 / 3) }
  })
  return { width, height, boxes: [...boxes.values()], routes }
}

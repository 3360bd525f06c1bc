/**
 * The small SVG vocabulary the charts are drawn with: escaping, numbers with a fixed precision, elements, a time
 * scale with calendar ticks and label truncation. Deterministic: the same input gives the same bytes. Internal.
 *
 * @internal
 */
import type { IsoDate } from '../model/date'

// -------------------------------------------------------------------------------------
// text
// -------------------------------------------------------------------------------------

// Characters XML 1.0 does not allow, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/**
 * Escapes text for an XML or HTML text node or a quoted attribute value.
 *
 * @internal
 */
export const escapeXml = (s: string): string =>
  s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/**
 * A number for an attribute: at most two decimals, no `-0`.
 *
 * @internal
 */
export const num = (x: number): string => {
  const r = Math.round(x * 100) / 100
  return Object.is(r, -0) ? '0' : String(r)
}

/**
 * Shortens a label to fit `width` pixels at `size` (an estimate: 0.58 em per character), with an ellipsis.
 *
 * @internal
 */
export const fit = (s: string, width: number, size: number): string => {
  const max = Math.max(1, Math.floor(width / (size * 0.58)))
  const chars = [...s]
  return chars.length <= max
    ? s
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`
}

/**
 * A number with thousands separators (`800,000`, `1,234.5`), the same on every machine.
 *
 * @internal
 */
export const grouped = (x: number): string => {
  const [int = '', frac] = String(Math.abs(x)).split('.')
  const digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${x < 0 ? '-' : ''}${digits}${frac === undefined ? '' : `.${frac}`}`
}

// -------------------------------------------------------------------------------------
// elements
// -------------------------------------------------------------------------------------

/**
 * The font stack of every chart (system fonts only: nothing is fetched).
 *
 * @internal
 */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

type Attrs = Readonly<Record<string, string | number | undefined>>

const attrs = (a: Attrs): string =>
  Object.keys(a)
    .filter((k) => a[k] !== undefined)
    .map((k) => {
      const v = a[k] as string | number
      return ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`
    })
    .join('')

/**
 * An element with attributes and optional children (already rendered).
 *
 * @internal
 */
export const el = (name: string, a: Attrs, children?: string): string =>
  children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`

/**
 * A text element (escaped).
 *
 * @internal
 */
export const text = (x: number, y: number, s: string, a: Attrs = {}): string =>
  el('text', { x, y, ...a }, escapeXml(s))

/**
 * A tooltip: an SVG `<title>` child (escaped).
 *
 * @internal
 */
export const tip = (s: string): string => `<title>${escapeXml(s)}</title>`

/**
 * A whole SVG document: fixed size, a title and description for screen readers, a white background.
 *
 * @internal
 */
export const svg = (id: string, width: number, height: number, title: string, body: string): string =>
  el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id,
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'font-family': FONT,
      'font-size': 11,
    },
    `${el('title', { id: `${id}-title` }, escapeXml(title))}${el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' })}${body}`,
  )

/**
 * A message drawn in place of an empty chart.
 *
 * @internal
 */
export const emptySvg = (id: string, title: string, message: string): string =>
  svg(id, 600, 60, title, text(12, 34, message, { fill: '#555555', 'font-size': 13 }))

// -------------------------------------------------------------------------------------
// time
// -------------------------------------------------------------------------------------

const DAY = 86_400_000

/**
 * The day number of a date (days since 1970-01-01).
 *
 * @internal
 */
export const dayOf = (d: string): number => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY)

/**
 * The date `n` days after `d`.
 *
 * @internal
 */
export const addDays = (d: string, n: number): IsoDate =>
  new Date((dayOf(d) + n) * DAY).toISOString().slice(0, 10) as IsoDate

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A linear time scale from `from` to `to` onto `[x0, x1]`, with calendar ticks: months for a short range, quarters,
 * or years for a long one.
 *
 * @internal
 */
export const timeScale = (
  from: string,
  to: string,
  x0: number,
  x1: number,
): {
  readonly x: (d: string) => number
  readonly ticks: readonly { readonly x: number; readonly label: string }[]
} => {
  const a = dayOf(from)
  const b = Math.max(dayOf(to), a + 1)
  const x = (d: string): number => x0 + ((dayOf(d) - a) / (b - a)) * (x1 - x0)
  const span = b - a
  const step = span <= 200 ? 1 : span <= 1200 ? 3 : 12
  const ticks: { x: number; label: string }[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7)) - 1 + (Number(from.slice(8, 10)) > 1 ? 1 : 0)
  m = Math.ceil(m / step) * step
  for (let guard = 0; guard < 500; guard++) {
    y += Math.floor(m / 12)
    m %= 12
    const d = `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`
    if (dayOf(d) > b) break
    ticks.push({ x: x(d), label: step === 12 ? String(y) : `${MONTHS[m] ?? ''} ${String(y)}` })
    m += step
  }
  return { x, ticks }
}

/**
 * The time axis: a base line, tick marks and labels below `y`, and light vertical grid lines up to `top`.
 *
 * @internal
 */
export const timeAxis = (
  scale: ReturnType<typeof timeScale>,
  x0: number,
  x1: number,
  y: number,
  top: number,
): string =>
  [
    ...scale.ticks.map((t) => el('line', { x1: t.x, y1: top, x2: t.x, y2: y, stroke: '#eeeeee' })),
    el('line', { x1: x0, y1: y, x2: x1, y2: y, stroke: '#888888' }),
    ...scale.ticks.map(
      (t) =>
        el('line', { x1: t.x, y1: y, x2: t.x, y2: y + 4, stroke: '#888888' }) +
        text(t.x, y + 15, t.label, {
          'text-anchor': t.x > x1 - 24 ? 'end' : t.x < x0 + 24 ? 'start' : 'middle',
          fill: '#444444',
        }),
    ),
  ].join('')

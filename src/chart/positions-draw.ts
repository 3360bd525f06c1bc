/**
 * Drawing the positions chart: a Vega-Lite v5 spec (one step-line panel per issue), Mermaid timeline text (who
 * moved, when: a section per issue, a date per change) and an inline SVG (small multiples in two columns, one
 * coloured line per party, a dot where a party moved). Internal: use `Chart.toSvg`, `Chart.toVegaLite` and
 * `Chart.toMermaid`.
 *
 * @internal
 */
import type { PartyKey, PositionPanel, PositionsChart, VegaLiteSpec } from './model'
import { el, emptySvg, escapeXml, fit, grouped, num, svg, text, timeAxis, timeScale, tip } from './svg'

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json'

// -------------------------------------------------------------------------------------
// vega-lite
// -------------------------------------------------------------------------------------

/**
 * The positions chart as a Vega-Lite spec: a vertical stack of step-line panels, one per issue, with a shared
 * colour scale for the parties.
 *
 * @internal
 */
export const positionsVegaLite = (chart: PositionsChart): VegaLiteSpec => {
  const names = chart.parties.map((p) => p.name)
  const colors = chart.parties.map((p) => p.color)
  const nameOf = new Map(chart.parties.map((p) => [p.id as string, p.name]))
  return {
    $schema: SCHEMA,
    title: chart.title,
    vconcat: chart.panels.map((panel) => {
      const values = panel.series.flatMap((s) => {
        const rows = s.steps.map((st) => ({
          party: nameOf.get(s.party) ?? s.party,
          date: st.date,
          value: typeof st.value === 'number' ? st.value : null,
          label: st.label,
          position: st.position,
          sources: st.sources.join(', '),
          step: true,
        }))
        const last = rows[rows.length - 1]
        return last === undefined || last.date >= chart.to
          ? rows
          : [...rows, { ...last, date: chart.to, step: false }]
      })
      const y =
        panel.kind === 'quantity'
          ? {
              field: 'value',
              type: 'quantitative',
              title: panel.range?.unit ?? null,
              scale: { zero: false },
            }
          : {
              field: 'label',
              type: 'ordinal',
              title: null,
              sort: panel.levels.map((l) => l.label),
              scale: { domain: panel.levels.map((l) => l.label) },
            }
      const encoding = {
        x: { field: 'date', type: 'temporal', title: null, scale: { domain: [chart.from, chart.to] } },
        y,
        color: { field: 'party', type: 'nominal', title: 'party', scale: { domain: names, range: colors } },
      }
      return {
        title: panel.label,
        width: 600,
        height: panel.kind === 'quantity' ? 120 : Math.max(40, panel.levels.length * 22),
        data: { values },
        encoding,
        layer: [
          { mark: { type: 'line', interpolate: 'step-after' } },
          {
            transform: [{ filter: 'datum.step' }],
            mark: { type: 'point', filled: true },
            encoding: {
              tooltip: [
                { field: 'party', type: 'nominal' },
                { field: 'date', type: 'temporal' },
                { field: 'label', type: 'nominal', title: 'ideal' },
                { field: 'position', type: 'nominal' },
                { field: 'sources', type: 'nominal' },
              ],
            },
          },
        ],
      }
    }),
    resolve: { scale: { color: 'shared' } },
  }
}

// -------------------------------------------------------------------------------------
// mermaid
// -------------------------------------------------------------------------------------

/**
 * Text for a Mermaid timeline: on one line, without the characters its grammar reserves (`:` separates events,
 * `#` and `%%` start comments, `;` ends a statement) or that would read as markup (`<`, `>` become `‹`, `›`;
 * `{`, `}` go).
 */
const timelineText = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[:;#]+/g, ' ')
    .replace(/%{2,}/g, '%')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The positions chart as a Mermaid timeline: a section per issue (in the chart's order), a date per change of
 * ideal (oldest first), and under each date one entry per party that stated or changed its ideal then (in the
 * chart's order of parties): `Party → ideal (first stated)` or `Party → ideal (from earlier ideal)`.
 *
 * @internal
 */
export const positionsMermaid = (chart: PositionsChart): string => {
  const names = new Map(chart.parties.map((p, i) => [p.id as string, { name: p.name, rank: i }]))
  const title = timelineText(chart.title)
  const lines = ['timeline', ...(title === '' ? [] : [`    title ${title}`])]
  for (const panel of chart.panels) {
    const entries = panel.series.flatMap((s) =>
      s.steps.map((st, i) => {
        const who = names.get(s.party)
        const before = s.steps[i - 1]
        const text = `${who?.name ?? s.party} → ${st.label} (${before === undefined ? 'first stated' : `from ${before.label}`})`
        return { date: st.date, rank: who?.rank ?? names.size, text: timelineText(text) }
      }),
    )
    if (entries.length === 0) continue
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank))
    lines.push(`    section ${timelineText(panel.label) || timelineText(panel.issue) || 'issue'}`)
    entries.forEach((e, i) => {
      const first = i === 0 || entries[i - 1]?.date !== e.date
      lines.push(first ? `        ${e.date} : ${e.text}` : `                   : ${e.text}`)
    })
  }
  return `${lines.join('\n')}\n`
}

// -------------------------------------------------------------------------------------
// svg
// -------------------------------------------------------------------------------------

const WIDTH = 1160
const GAP = 20
const LABELS = 150
const ROW = 16
const QUANTITY_HEIGHT = 84
const TITLE = 20
const AXIS = 26

const plotHeight = (p: PositionPanel): number =>
  p.kind === 'quantity' ? QUANTITY_HEIGHT : Math.max(2, p.levels.length) * ROW

/**
 * The values a quantity panel spans: the stated values with a tenth of their spread either side, within the issue's
 * bounds (the whole range when every party stated the same value).
 */
const quantityRange = (panel: PositionPanel): [number, number] => {
  const r = panel.range
  if (r === null) return [0, 1]
  const values = panel.series
    .flatMap((s) => s.steps.map((st) => st.value))
    .filter((v): v is number => typeof v === 'number')
  if (values.length === 0) return [r.min, r.max]
  const a = Math.min(...values)
  const b = Math.max(...values)
  if (a === b)
    return [
      Math.max(r.min, a - Math.max(1, Math.abs(a) * 0.5)),
      Math.min(r.max, b + Math.max(1, Math.abs(b) * 0.5)),
    ]
  const pad = (b - a) / 10
  return [Math.max(r.min, a - pad), Math.min(r.max, b + pad)]
}

const legend = (parties: readonly PartyKey[]): string => {
  let x = 0
  return parties
    .map((p) => {
      const label = `${p.name} (${p.id})`
      const out =
        el('line', { x1: x, y1: 14, x2: x + 18, y2: 14, stroke: p.color, 'stroke-width': 3 }) +
        text(x + 23, 18, label, { fill: '#222222' })
      x += 34 + label.length * 6.4
      return out
    })
    .join('')
}

const panelSvg = (
  chart: PositionsChart,
  panel: PositionPanel,
  width: number,
  colors: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): string => {
  const h = plotHeight(panel)
  const x0 = LABELS
  const x1 = width - 10
  const top = TITLE
  const bottom = top + h
  const scale = timeScale(chart.from, chart.to, x0, x1)
  const [lo, hi] = quantityRange(panel)
  const yOf = (v: unknown): number => {
    if (panel.kind === 'quantity' && typeof v === 'number')
      return bottom - 6 - ((v - lo) / (hi - lo || 1)) * (h - 12)
    const i = panel.levels.findIndex((l) => l.value === String(v))
    return top + (Math.max(0, i) + 0.5) * ROW
  }
  const parts: string[] = [
    text(0, 13, fit(panel.label, width, 12), { 'font-weight': 600, 'font-size': 12, fill: '#111111' }),
  ]
  if (panel.kind === 'quantity' && panel.range !== null) {
    const unit = panel.range.unit
    for (const v of [lo, (lo + hi) / 2, hi]) {
      const y = yOf(v)
      parts.push(el('line', { x1: x0, y1: y, x2: x1, y2: y, stroke: '#f0f0f0' }))
      parts.push(
        text(x0 - 6, y + 4, `${grouped(Math.round(v * 100) / 100)} ${unit}`, {
          'text-anchor': 'end',
          fill: '#555555',
        }),
      )
    }
  } else {
    for (const l of panel.levels) {
      const y = yOf(l.value === 'true' ? true : l.value === 'false' ? false : l.value)
      parts.push(el('line', { x1: x0, y1: y, x2: x1, y2: y, stroke: '#f0f0f0' }))
      parts.push(
        el(
          'text',
          { x: x0 - 6, y: y + 4, 'text-anchor': 'end', fill: '#555555' },
          escapeXml(fit(l.label, LABELS - 10, 11)) + tip(l.label),
        ),
      )
    }
  }
  parts.push(timeAxis(scale, x0, x1, bottom, top))
  const k = panel.series.length
  panel.series.forEach((s, i) => {
    const dy = (i - (k - 1) / 2) * 2.5
    const color = colors.get(s.party) ?? '#333333'
    const pts = s.steps.map((st) => ({ x: scale.x(st.date), y: yOf(st.value) + dy }))
    let d = ''
    pts.forEach((p, j) => {
      d += j === 0 ? `M${num(p.x)} ${num(p.y)}` : `H${num(p.x)}V${num(p.y)}`
    })
    d += `H${num(x1)}`
    parts.push(el('path', { d, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-linejoin': 'round' }))
    s.steps.forEach((st, j) => {
      const p = pts[j] as { x: number; y: number }
      parts.push(
        el(
          'circle',
          {
            cx: p.x,
            cy: p.y,
            r: j === 0 ? 2.5 : 3.5,
            fill: j === 0 ? '#ffffff' : color,
            stroke: color,
            'stroke-width': 1.5,
          },
          tip(`${names.get(s.party) ?? s.party}, ${st.date}: ${st.label} (${st.position})`),
        ),
      )
    })
  })
  return parts.join('')
}

/**
 * The positions chart as one SVG: a legend of parties, then one panel per issue in two columns.
 *
 * @internal
 */
export const positionsSvg = (chart: PositionsChart, id = 'chart-positions'): string => {
  if (chart.panels.length === 0)
    return emptySvg(id, chart.title, 'No party has stated an ideal on an ordered issue.')
  const columns = chart.panels.length === 1 ? 1 : 2
  const colWidth = (WIDTH - GAP * (columns - 1)) / columns
  const colors = new Map(chart.parties.map((p) => [p.id as string, p.color]))
  const names = new Map(chart.parties.map((p) => [p.id as string, p.name]))
  const parts: string[] = [legend(chart.parties)]
  let y = 36
  for (let i = 0; i < chart.panels.length; i += columns) {
    const row = chart.panels.slice(i, i + columns)
    const height = Math.max(...row.map((p) => TITLE + plotHeight(p) + AXIS))
    row.forEach((p, j) => {
      parts.push(
        el(
          'g',
          { transform: `translate(${num(j * (colWidth + GAP))} ${num(y)})` },
          panelSvg(chart, p, colWidth, colors, names),
        ),
      )
    })
    y += height + 14
  }
  return svg(id, WIDTH, y, chart.title, parts.join(''))
}

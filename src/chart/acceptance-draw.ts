/**
 * Drawing the acceptance matrix as an inline SVG: proposals by date down the page, one lane per party, one thin row
 * per term, each status a coloured span along the time axis; a tooltip on every span names the events and sources.
 * Internal: use `Chart.toSvg`.
 *
 * @internal
 */
import type { AcceptanceChart, AcceptanceLane } from './model'
import { el, emptySvg, escapeXml, fit, svg, text, timeAxis, timeScale, tip } from './svg'

const WIDTH = 1160
const TITLES = 250
const PARTY = 44
const LEGEND = 40
const AXIS = 30
/** The least height of a proposal's group of lanes, so that its title fits. */
const GROUP = 13

/** Each term gets a row of 1 to 3 pixels, a lane at most about 24 pixels (at least 6). */
const laneHeight = (lane: AcceptanceLane): number => {
  const n = Math.max(1, lane.terms.length)
  return Math.max(6, Math.min(3, Math.max(1, 24 / n)) * n)
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  proposed: 'tabled',
  accepted: 'accepted',
  'conditionally-accepted': 'accepted on conditions',
  supported: 'supported',
  noncommittal: 'noncommittal',
  countered: 'countered',
  rejected: 'rejected',
  opposed: 'opposed',
  withdrawn: 'withdrawn',
  violated: 'violation alleged',
  expired: 'expired',
  disputed: 'disputed',
}

const legend = (chart: AcceptanceChart): string => {
  const present = new Set(chart.lanes.flatMap((l) => l.spans.map((s) => s.status as string)))
  let x = 0
  let y = 6
  const parts: string[] = []
  for (const status of Object.keys(chart.colors)) {
    if (!present.has(status)) continue
    const label = STATUS_WORDS[status] ?? status
    const w = 26 + label.length * 6.2
    if (x + w > WIDTH) {
      x = 0
      y += 16
    }
    parts.push(el('rect', { x, y, width: 14, height: 10, fill: chart.colors[status] ?? '#999999' }))
    parts.push(text(x + 18, y + 9, label, { fill: '#222222' }))
    x += w
  }
  return parts.join('')
}

/**
 * The acceptance matrix as one SVG.
 *
 * @internal
 */
export const acceptanceSvg = (chart: AcceptanceChart, id = 'chart-acceptance'): string => {
  if (chart.lanes.length === 0)
    return emptySvg(id, chart.title, 'No party has a recorded status on any term.')
  const x0 = TITLES + PARTY
  const x1 = WIDTH - 10
  const scale = timeScale(chart.from, chart.to, x0, x1)
  const names = new Map(chart.parties.map((p) => [p.id as string, p.name]))
  // first pass: where each lane goes
  const tops: number[] = []
  let y = LEGEND
  let group = Number.NEGATIVE_INFINITY
  chart.lanes.forEach((lane, i) => {
    const same = i > 0 && chart.lanes[i - 1]?.proposal === lane.proposal
    if (!same) {
      y = Math.max(y, group + GROUP) + 7
      group = y
    } else y += 2
    tops.push(y)
    y += laneHeight(lane)
  })
  y = Math.max(y, group + GROUP)
  const body: string[] = [timeAxis(scale, x0, x1, y + 6, LEGEND)]
  chart.lanes.forEach((lane, k) => {
    const top = tops[k] as number
    const h = laneHeight(lane)
    if (k === 0 || chart.lanes[k - 1]?.proposal !== lane.proposal) {
      if (k > 0) body.push(el('line', { x1: 0, y1: top - 4, x2: x1, y2: top - 4, stroke: '#e4e4e4' }))
      body.push(
        el(
          'text',
          { x: 0, y: top + 9, fill: '#222222' },
          escapeXml(fit(`${lane.date} ${lane.title}`, TITLES - 8, 11)) +
            tip(`${lane.title} (${lane.proposal}), ${lane.date}`),
        ),
      )
    }
    body.push(
      text(TITLES, top + Math.min(Math.max(h, 7), 9), lane.party, { fill: '#555555', 'font-size': 9 }),
    )
    body.push(el('rect', { x: x0, y: top, width: x1 - x0, height: h, fill: '#f4f4f4', 'fill-opacity': 0.6 }))
    const row = h / Math.max(1, lane.terms.length)
    for (const s of lane.spans) {
      const i = Math.max(0, lane.terms.indexOf(s.term))
      const a = scale.x(s.start)
      const b = Math.max(scale.x(s.end), a + 1.5)
      body.push(
        el(
          'rect',
          {
            x: a,
            y: top + i * row,
            width: b - a,
            height: Math.max(1, row - (row >= 4 ? 0.5 : 0)),
            fill: chart.colors[s.status] ?? '#999999',
          },
          tip(
            `${names.get(lane.party) ?? lane.party} on ${lane.title}, ${s.term}: ${STATUS_WORDS[s.status] ?? s.status} from ${s.start} to ${s.end}` +
              (s.events === '' ? '' : ` (events: ${s.events})`) +
              (s.sources === '' ? '' : ` [sources: ${s.sources}]`),
          ),
        ),
      )
    }
  })
  return svg(id, WIDTH, y + AXIS, chart.title, legend(chart) + body.join(''))
}

/**
 * The deadlock timeline as a chart: one bar per finding from the date it appeared to the date it went away (open
 * at the end while it still holds), coloured by kind — from `Deadlock.timeline`. Drawn as a Vega-Lite spec, a
 * Mermaid Gantt chart or an inline SVG.
 *
 * @since 0.1.0
 */
import { deepFreeze } from '../internal/freeze'
import { type Timeline, KINDS } from '../deadlock'
import type { Negotiation } from '../model/negotiation'
import type { DeadlockBar, DeadlockChart, VegaLiteSpec } from './model'
import { KIND_COLORS, KIND_LABELS } from './palette'
import { el, emptySvg, escapeXml, fit, num, svg, text, timeAxis, timeScale, tip } from './svg'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How to label the bars: with the negotiation, issues and parties are named by their labels rather than their
 * ids; and a title.
 *
 * @category model
 * @since 0.1.0
 */
export interface DeadlockChartOptions {
  readonly negotiation?: Pick<Negotiation, 'issues' | 'parties'>
  readonly title?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isTimeline = (u: unknown): u is Timeline =>
  typeof u === 'object' &&
  u !== null &&
  Array.isArray((u as { entries?: unknown }).entries) &&
  Array.isArray((u as { dates?: unknown }).dates)

const short = (xs: readonly string[], max: number): string =>
  xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')} +${String(xs.length - max)}`

const build = (timeline: Timeline, options: DeadlockChartOptions): DeadlockChart => {
  const n = options.negotiation
  const issue = (id: string): string =>
    (n?.issues as Readonly<Record<string, { label: string }>> | undefined)?.[id]?.label ?? id
  const party = (id: string): string =>
    (n?.parties as Readonly<Record<string, { name: string }>> | undefined)?.[id]?.name ?? id
  const seen = new Map<string, number>()
  const bars: DeadlockBar[] = timeline.entries.map((e) => {
    const about = e.issues.length > 0 ? short(e.issues.map(issue), 2) : short(e.parties.map(party), 3)
    let label = `${KIND_LABELS[e.kind]}: ${about}`
    const count = (seen.get(label) ?? 0) + 1
    seen.set(label, count)
    if (count > 1)
      label = `${label} (${e.parties.map(party).join(', ') || e.id}${count > 2 ? ` #${String(count)}` : ''})`
    return {
      id: e.id,
      kind: e.kind,
      label,
      parties: e.parties,
      issues: e.issues,
      periods: e.periods.map((p) => ({ from: p.from, to: p.to ?? null })),
      explanation: e.explanation,
    }
  })
  return deepFreeze({
    _tag: 'deadlocks' as const,
    title: options.title ?? 'Deadlocks over time',
    from: timeline.from,
    to: timeline.to,
    bars,
    colors: KIND_COLORS,
  })
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The deadlock chart of a timeline from `Deadlock.timeline`: one bar per finding and period, labelled by kind and
 * issue (by label when the negotiation is given). Data-first `deadlocks(timeline, options?)` or data-last
 * `deadlocks(options?)(timeline)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Chart, Deadlock } from 'negotiation-positions'
 * const timeline = {
 *   from: '2025-01-01', to: '2025-06-01', dates: ['2025-01-01', '2025-06-01'],
 *   entries: [{ id: 'red-line-clash:x', kind: 'red-line-clash', parties: ['A', 'B'], issues: ['x'],
 *     periods: [{ from: '2025-02-01', to: '2025-03-01' }], explanation: 'A and B clash on x.' }],
 * } as unknown as Deadlock.Timeline
 * const chart = Chart.deadlocks(timeline, { negotiation: { parties: {}, issues: { x: { label: 'Border' } } } as never })
 * assert.strictEqual(chart.bars[0]?.label, 'Red-line clash: Border')
 * assert.deepStrictEqual(chart.bars[0]?.periods, [{ from: '2025-02-01', to: '2025-03-01' }])
 */
export const deadlocks: {
  (options?: DeadlockChartOptions): (timeline: Timeline) => DeadlockChart
  (timeline: Timeline, options?: DeadlockChartOptions): DeadlockChart
} = function (...args: unknown[]) {
  if (isTimeline(args[0])) return build(args[0], (args[1] as DeadlockChartOptions | undefined) ?? {})
  return (timeline: Timeline) => build(timeline, (args[0] as DeadlockChartOptions | undefined) ?? {})
} as never

// -------------------------------------------------------------------------------------
// destructors (internal: use Chart.toVegaLite, Chart.toMermaid, Chart.toSvg)
// -------------------------------------------------------------------------------------

/** @internal */
export const deadlocksVegaLite = (chart: DeadlockChart): VegaLiteSpec => {
  const values = chart.bars.flatMap((b) =>
    b.periods.map((p) => ({
      finding: b.label,
      kind: KIND_LABELS[b.kind],
      from: p.from,
      to: p.to ?? chart.to,
      holds: p.to === null ? 'still holds' : `ended ${p.to}`,
      parties: b.parties.join(', '),
      explanation: b.explanation,
    })),
  )
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: chart.title,
    width: 600,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'finding', type: 'nominal', title: null, sort: chart.bars.map((b) => b.label) },
      x: { field: 'from', type: 'temporal', title: 'date', scale: { domain: [chart.from, chart.to] } },
      x2: { field: 'to' },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'kind',
        scale: { domain: KINDS.map((k) => KIND_LABELS[k]), range: KINDS.map((k) => chart.colors[k]) },
      },
      tooltip: [
        { field: 'finding', type: 'nominal' },
        { field: 'from', type: 'temporal' },
        { field: 'holds', type: 'nominal' },
        { field: 'parties', type: 'nominal' },
        { field: 'explanation', type: 'nominal' },
      ],
    },
  }
}

const mermaidText = (s: string): string =>
  s
    .replace(/[:;#\n\r]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** @internal */
export const deadlocksMermaid = (chart: DeadlockChart): string => {
  const lines = [
    'gantt',
    `    title ${mermaidText(chart.title)}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %b %Y',
  ]
  for (const kind of KINDS) {
    const bars = chart.bars.filter((b) => b.kind === kind)
    if (bars.length === 0) continue
    lines.push(`    section ${KIND_LABELS[kind]}`)
    for (const b of bars)
      for (const p of b.periods)
        lines.push(
          `    ${mermaidText(b.label)} :${p.to === null ? 'crit, ' : ''}${p.from}, ${p.to ?? chart.to}`,
        )
  }
  return `${lines.join('\n')}\n`
}

const WIDTH = 1160
const LABELS = 360
const ROW = 18

/** @internal */
export const deadlocksSvg = (chart: DeadlockChart, id = 'chart-deadlocks'): string => {
  if (chart.bars.length === 0) return emptySvg(id, chart.title, 'No deadlock was found at any date.')
  const x0 = LABELS
  const x1 = WIDTH - 16
  const scale = timeScale(chart.from, chart.to, x0, x1)
  const top = 28
  const bottom = top + chart.bars.length * ROW + 4
  const parts: string[] = []
  let lx = 0
  for (const k of KINDS) {
    if (!chart.bars.some((b) => b.kind === k)) continue
    parts.push(
      el('rect', { x: lx, y: 6, width: 14, height: 10, fill: chart.colors[k] }),
      text(lx + 18, 15, KIND_LABELS[k]),
    )
    lx += 30 + KIND_LABELS[k].length * 6.2
  }
  parts.push(timeAxis(scale, x0, x1, bottom, top))
  chart.bars.forEach((b, i) => {
    const y = top + i * ROW + 3
    parts.push(
      el(
        'text',
        { x: 0, y: y + 10, fill: '#222222' },
        escapeXml(fit(b.label, LABELS - 10, 11)) + tip(b.label),
      ),
    )
    for (const p of b.periods) {
      const a = scale.x(p.from)
      const z = Math.max(scale.x(p.to ?? chart.to), a + 3)
      const what = `${b.label}: ${p.from} to ${p.to ?? `${chart.to}, still holds`}. ${b.explanation}`
      parts.push(
        el('rect', { x: a, y, width: z - a, height: 12, rx: 2, fill: chart.colors[b.kind] }, tip(what)),
      )
      if (p.to === null)
        parts.push(el('path', { d: `M${num(z)} ${num(y)}l6 6l-6 6z`, fill: chart.colors[b.kind] }))
    }
  })
  return svg(id, WIDTH, bottom + 26, chart.title, parts.join(''))
}

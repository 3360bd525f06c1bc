/**
 * Rich display in notebooks: any result of the library — a report, a chart, a diff, deadlock findings or their
 * timeline, a ledger, a zone result, a negotiation, an `Either` — as a Jupyter MIME bundle (`text/plain`, and where
 * it has one `text/markdown`, `image/svg+xml`, `application/vnd.vegalite.v5+json`).
 *
 * **Deno** (`deno jupyter`): the bundle carries the `Symbol.for('Jupyter.display')` method Deno's kernel looks for,
 * so a cell that ends with `Notebook.display(x)` shows it richly. **tslab**: its `display` object takes one MIME
 * type per call; `Notebook.show(x, tslab.display)` picks the richest one it has (SVG, then Markdown, then text), or
 * call it yourself: `tslab.display.svg(Notebook.display(chart)['image/svg+xml'])`. **Other kernels** (IJavascript,
 * the VS Code notebook renderers): send the bundle with the kernel's own raw-display function.
 *
 * @since 0.1.0
 */
import { acceptance } from '../chart/acceptance'
import { deadlocks as deadlockChart } from '../chart/deadlocks'
import type { Chart, VegaLiteSpec } from '../chart/model'
import { isChart, toMermaid, toSvg, toVegaLite } from '../chart/render'
import {
  KINDS,
  type Finding,
  type Timeline,
  timelineToText,
  toMarkdown as findingsMarkdown,
  toText as findingsText,
} from '../deadlock'
import { toMarkdown as diffMarkdown, toText as diffText, type ProposalDiff } from '../diff'
import { count } from '../internal/text'
import { isLedger } from '../ledger'
import { FORMAT, type Negotiation } from '../model/negotiation'
import { isReport } from '../report/build'
import { toMarkdown as reportMarkdown } from '../report/markdown'
import { toText as reportText } from '../report/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The symbol by which Deno's Jupyter kernel recognises a displayable value (`Deno.jupyter.$display`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Notebook } from 'negotiation-positions'
 * assert.strictEqual(Notebook.JUPYTER_DISPLAY, Symbol.for('Jupyter.display'))
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display') as never

/**
 * A Jupyter MIME bundle: always plain text, and the richer forms the value has.
 *
 * @category model
 * @since 0.1.0
 */
export interface MimeBundle {
  readonly 'text/plain': string
  readonly 'text/markdown'?: string
  readonly 'image/svg+xml'?: string
  readonly 'application/vnd.vegalite.v5+json'?: VegaLiteSpec
}

/**
 * A MIME bundle that Deno's kernel displays on its own: the bundle's fields, and the `JUPYTER_DISPLAY` method that
 * returns them.
 *
 * @category model
 * @since 0.1.0
 */
export type Displayable = MimeBundle & {
  /** Returns the bundle's fields, for the notebook kernel to display. */
  readonly [JUPYTER_DISPLAY]: () => MimeBundle
}

/**
 * The part of a notebook kernel's display object that `show` uses (tslab's `display` has all of them).
 *
 * @category model
 * @since 0.1.0
 */
export interface DisplaySink {
  /** Shows a chart or a report as an SVG image. */
  readonly svg?: (s: string) => void
  /** Shows Markdown text, rendered. */
  readonly markdown?: (s: string) => void
  /** Shows plain text. */
  readonly text?: (s: string) => void
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null

const isFinding = (u: unknown): u is Finding =>
  isObject(u) && typeof u['explanation'] === 'string' && (KINDS as readonly unknown[]).includes(u['kind'])

const isTimeline = (u: unknown): u is Timeline =>
  isObject(u) && Array.isArray(u['entries']) && Array.isArray(u['dates'])

const isDiff = (u: unknown): u is ProposalDiff =>
  isObject(u) &&
  isObject(u['from']) &&
  isObject(u['to']) &&
  isObject(u['counts']) &&
  Array.isArray(u['terms'])

const isVegaLite = (u: unknown): u is VegaLiteSpec =>
  isObject(u) &&
  typeof u['$schema'] === 'string' &&
  u['$schema'].startsWith('https://vega.github.io/schema/vega-lite/v5')

const isNegotiation = (u: unknown): u is Negotiation =>
  isObject(u) && u['format'] === FORMAT && isObject(u['issues'])

const isEither = (
  u: unknown,
): u is
  { readonly _tag: 'Left'; readonly left: unknown } | { readonly _tag: 'Right'; readonly right: unknown } =>
  isObject(u) && ((u['_tag'] === 'Left' && 'left' in u) || (u['_tag'] === 'Right' && 'right' in u))

const fence = (lang: string, body: string): string => `\`\`\`${lang}\n${body.trimEnd()}\n\`\`\`\n`

const plain = (u: unknown): string => {
  if (typeof u === 'string') return u
  try {
    const s = JSON.stringify(u, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2)
    return s ?? String(u)
  } catch {
    return String(u)
  }
}

const chartText = (c: Chart): string => {
  switch (c._tag) {
    case 'positions':
      return `${c.title}: ${count(c.panels.length, 'issue')}, ${count(c.parties.length, 'party', 'parties')}, ${c.from} to ${c.to}`
    case 'acceptance':
      return `${c.title}: ${count(c.lanes.length, 'lane')}, ${c.from} to ${c.to}`
    case 'deadlocks':
      return `${c.title}: ${count(c.bars.length, 'finding')}, ${c.from} to ${c.to}`
    case 'linkage':
      return `${c.title}: ${count(c.nodes.length, 'issue')}, ${count(c.edges.length, 'arrow')}`
  }
}

const chartBundle = (c: Chart): MimeBundle => ({
  'text/plain': chartText(c),
  'text/markdown': fence('mermaid', toMermaid(c)),
  'image/svg+xml': toSvg(c),
  'application/vnd.vegalite.v5+json': toVegaLite(c),
})

const problems = (left: unknown): MimeBundle => {
  const items = Array.isArray(left) ? left : [left]
  const lines = items.map((p) =>
    isObject(p) && typeof p['message'] === 'string'
      ? `${typeof p['path'] === 'string' && p['path'] !== '' ? `${p['path']}: ` : ''}${p['message']}`
      : plain(p),
  )
  const header = `${String(lines.length)} ${lines.length === 1 ? 'problem' : 'problems'}`
  return {
    'text/plain': [header, ...lines.map((l) => `✖ ${l}`)].join('\n'),
    'text/markdown': `**${header}**\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
  }
}

const bundleOf = (x: unknown): MimeBundle => {
  if (isEither(x)) return x._tag === 'Left' ? problems(x.left) : bundleOf(x.right)
  if (isReport(x)) return { 'text/plain': reportText(x), 'text/markdown': reportMarkdown(x) }
  if (isChart(x)) return chartBundle(x)
  if (isLedger(x)) {
    const c = acceptance(x)
    return c._tag === 'Right' ? chartBundle(c.right) : problems(c.left)
  }
  if (isTimeline(x)) return { ...chartBundle(deadlockChart(x)), 'text/plain': timelineToText(x) }
  if (Array.isArray(x) && x.length > 0 && x.every(isFinding))
    return { 'text/plain': findingsText(x), 'text/markdown': findingsMarkdown(x) }
  if (isDiff(x)) return { 'text/plain': diffText(x), 'text/markdown': diffMarkdown(x) }
  if (isVegaLite(x))
    return {
      'text/plain': `Vega-Lite chart${typeof x['title'] === 'string' ? `: ${x['title']}` : ''}`,
      'application/vnd.vegalite.v5+json': x,
    }
  if (isNegotiation(x)) {
    const keys = (o: object): number => Object.keys(o).length
    const summary = `${x.title}: ${count(keys(x.parties), 'party', 'parties')}, ${count(keys(x.issues), 'issue')}, ${count(x.positions.length, 'position')}, ${count(keys(x.proposals), 'draft')}, ${count(x.events.length, 'event')}`
    return { 'text/plain': summary, 'text/markdown': `**${summary.replace(/([\\`*_[\]<>|])/g, '\\$1')}**\n` }
  }
  if (isObject(x) && typeof x['explanation'] === 'string')
    return { 'text/plain': x['explanation'], 'text/markdown': `${x['explanation']}\n` }
  if (typeof x === 'string' && x.trimStart().startsWith('<svg'))
    return { 'text/plain': 'SVG image', 'image/svg+xml': x }
  return { 'text/plain': plain(x) }
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * A value as a notebook MIME bundle that Deno's Jupyter kernel displays by itself: a report as text and Markdown,
 * a chart (or a ledger, or a deadlock timeline) as SVG with its Vega-Lite spec and its Mermaid text (a `mermaid`
 * code block, as Markdown), a diff or deadlock findings as text and Markdown, an `Either` as its problems or its
 * value; anything else as plain text.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Notebook, Chart } from 'negotiation-positions'
 * const graph = { _tag: 'linkage', title: 'Links', asOf: null, nodes: [], edges: [] } as Chart.LinkageGraph
 * const shown = Notebook.display(graph)
 * assert.strictEqual(shown['text/plain'], 'Links: 0 issues, 0 arrows')
 * assert.ok(shown['image/svg+xml']?.startsWith('<svg'))
 * assert.strictEqual(shown['text/markdown'], '```mermaid\nflowchart TB\n```\n')
 * assert.deepStrictEqual(shown['application/vnd.vegalite.v5+json'], Chart.toVegaLite(graph))
 * assert.deepStrictEqual(shown[Notebook.JUPYTER_DISPLAY](), JSON.parse(JSON.stringify(shown)))
 * assert.strictEqual(Notebook.display({ _tag: 'Left', left: [{ message: 'no such party' }] })['text/plain'], '1 problem\n✖ no such party')
 */
export const display = (x: unknown): Displayable => {
  const bundle = Object.freeze(bundleOf(x))
  return Object.freeze({ ...bundle, [JUPYTER_DISPLAY]: () => bundle })
}

/**
 * Shows a value with a notebook kernel's display object (tslab's `display`), in the richest form both have: SVG,
 * then Markdown, then plain text. A convenience for notebooks: it has the side effect of displaying.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Notebook } from 'negotiation-positions'
 * const shown: string[] = []
 * Notebook.show({ explanation: 'No zone.' }, { markdown: (s) => shown.push(`md:${s}`), text: (s) => shown.push(s) })
 * assert.deepStrictEqual(shown, ['md:No zone.\n'])
 */
export const show = (x: unknown, sink: DisplaySink): void => {
  const b = bundleOf(x)
  if (b['image/svg+xml'] !== undefined && sink.svg !== undefined) sink.svg(b['image/svg+xml'])
  else if (b['text/markdown'] !== undefined && sink.markdown !== undefined) sink.markdown(b['text/markdown'])
  else sink.text?.(b['text/plain'])
}

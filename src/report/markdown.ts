/**
 * The report as GitHub-flavoured Markdown: headings, tables, lists, footnote numbers for citations, the numbered
 * sources, and the charts as Mermaid code blocks (GitHub and JupyterLab draw them).
 *
 * @since 0.1.0
 */
import { toMermaid } from '../chart/render'
import { escapeMarkdown, isWebUrl } from '../internal/markdown'
import { type Block, type Cell, citesOf, textOf } from './block'
import { blocksOf } from './blocks'
import type { Report } from './model'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------


const citer = (r: Report) => {
  const numbers = new Map(r.sources.map((s) => [s.id as string, s.n]))
  return (c: Cell): string => {
    const ids = citesOf(c)
    const text = escapeMarkdown(textOf(c))
    return ids.length === 0
      ? text
      : `${text} \\[${ids.map((id) => String(numbers.get(id) ?? '?')).join(', ')}\\]`
  }
}

const figure = (r: Report, b: Extract<Block, { kind: 'figure' }>): string[] => {
  const chart = r.charts[b.chart]
  if (chart === null) return [`_${escapeMarkdown(b.caption)} (not available)_`, '']
  const empty =
    chart._tag === 'linkage'
      ? chart.nodes.length === 0
      : chart._tag === 'acceptance'
        ? chart.lanes.length === 0
        : chart._tag === 'positions'
          ? chart.panels.length === 0
          : chart.bars.length === 0
  if (empty) return [`_${escapeMarkdown(b.caption)} (nothing to draw)_`, '']
  return [`_${escapeMarkdown(b.caption)}_`, '', '```mermaid', toMermaid(chart).trimEnd(), '```', '']
}

const render = (r: Report, blocks: readonly Block[]): string => {
  const cite = citer(r)
  const out: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`, '')
        break
      case 'paragraph':
        out.push(b.note === true ? `_${cite(b.text)}_` : cite(b.text), '')
        break
      case 'list':
        b.items.forEach((item, i) =>
          out.push(`${b.ordered === true ? `${String(i + 1)}.` : '-'} ${cite(item)}`),
        )
        out.push('')
        break
      case 'table':
        out.push(
          `| ${b.headers.map(escapeMarkdown).join(' | ')} |`,
          `|${b.headers.map(() => ' --- |').join('')}`,
        )
        for (const row of b.rows) out.push(`| ${row.map(cite).join(' | ')} |`)
        out.push('')
        break
      case 'figure':
        out.push(...figure(r, b))
        break
      case 'sources':
        for (const s of r.sources) {
          const meta = [s.publisher, s.published].filter((x) => x !== null).map((x) => escapeMarkdown(x))
          const url =
            s.url !== null && isWebUrl(s.url)
              ? ` <${s.url}>`
              : s.url !== null
                ? ` ${escapeMarkdown(s.url)}`
                : ''
          out.push(
            `${String(s.n)}. ${escapeMarkdown(s.title)}${meta.length === 0 ? '' : ` (${meta.join(', ')})`}${url}`,
          )
        }
        out.push('')
        break
    }
  }
  while (out[out.length - 1] === '') out.pop()
  return `${out.join('\n')}\n`
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The report as Markdown: the same sections as `toText`, with tables, and the charts as Mermaid code blocks — the
 * deadlock timeline, the linkage graph, the acceptance timeline and who moved when on each issue. Text from the
 * document is escaped.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Report, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example *draft*', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' } },
 *   issues: { truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } } },
 *   positions: [{ id: 'p1', party: 'A', issue: 'truce', asOf: '2025-03-11', sources: [], ideal: true }],
 * } as unknown as Negotiation
 * const md = Report.toMarkdown(E.getOrElseW(() => assert.fail())(Report.build(doc)))
 * assert.ok(md.startsWith('# Example \\*draft\\*\n'))
 * assert.ok(md.includes('| Id | Name | Role |'))
 * assert.ok(md.includes('```mermaid\ntimeline\n    title Positions over time\n    section Truce\n        2025-03-11 : Alpha → yes (first stated)\n```'))
 */
export const toMarkdown = (report: Report): string => render(report, blocksOf(report, true))

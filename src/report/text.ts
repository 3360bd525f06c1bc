/**
 * The report as plain text for a terminal: underlined headings, wrapped paragraphs, bulleted lists, tables as
 * aligned columns when they fit and as one record per row when they do not, citations as footnote numbers and the
 * numbered sources at the end.
 *
 * @since 0.1.0
 */
import { type Block, type Cell, citesOf, textOf } from './block'
import { blocksOf } from './blocks'
import type { Report } from './model'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const WIDTH = 100

const wrap = (s: string, indent: string, first = indent, width = WIDTH): string[] => {
  const words = s.split(/\s+/).filter((w) => w !== '')
  const lines: string[] = []
  let line = first
  let empty = true
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line)
      line = indent + w
    } else line = empty ? line + w : `${line} ${w}`
    empty = false
  }
  lines.push(line)
  return lines
}

const citer = (r: Report) => {
  const numbers = new Map(r.sources.map((s) => [s.id as string, s.n]))
  return (c: Cell): string => {
    const ids = citesOf(c)
    const text = textOf(c)
    return ids.length === 0 ? text : `${text} [${ids.map((id) => String(numbers.get(id) ?? '?')).join(', ')}]`
  }
}

const table = (headers: readonly string[], rows: readonly string[][]): string[] => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) + 2
  if (total <= WIDTH) {
    const line = (cells: readonly string[]): string =>
      `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd()
    return [line(headers), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)]
  }
  return rows.flatMap((r) => {
    const rest = r
      .slice(1)
      .map((c, i) => (c === '' || c === '—' ? '' : `${headers[i + 1] ?? ''}: ${c}`))
      .filter((x) => x !== '')
    return wrap(`${r[0] ?? ''}${rest.length === 0 ? '' : ` — ${rest.join('; ')}`}`, '      ', '  - ')
  })
}

const render = (r: Report, blocks: readonly Block[]): string => {
  const cite = citer(r)
  const out: string[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        if (b.level === 1) out.push(b.text, '='.repeat(Math.min(WIDTH, b.text.length)))
        else if (b.level === 2) out.push('', b.text.toUpperCase(), '-'.repeat(Math.min(WIDTH, b.text.length)))
        else out.push('', b.text)
        break
      case 'paragraph':
        out.push(...wrap(cite(b.text), '  '))
        break
      case 'list':
        b.items.forEach((item, i) =>
          out.push(...wrap(cite(item), '    ', b.ordered === true ? `  ${String(i + 1)}. ` : '  - ')),
        )
        break
      case 'table':
        out.push(
          ...table(
            b.headers,
            b.rows.map((row) => row.map(cite)),
          ),
        )
        break
      case 'figure':
        break
      case 'sources':
        for (const s of r.sources) {
          const meta = [s.publisher, s.published].filter((x) => x !== null).join(', ')
          out.push(
            ...wrap(
              `[${String(s.n)}] ${s.title}${meta === '' ? '' : ` (${meta})`}${s.url === null ? '' : ` ${s.url}`}`,
              '      ',
              '  ',
            ),
          )
        }
        break
    }
  }
  return `${out.join('\n')}\n`
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The report as plain text (lines of at most about 100 characters, ending with a newline): the summary, the
 * parties, their positions and moves, the drafts and what changed, acceptances and broken commitments, the
 * deadlocks with their evidence, the agreement zone, and the numbered sources. Charts are left out (see `toHtml`).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Report, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [],
 *   sources: { s1: { title: 'Statement of 11 March' } },
 *   parties: { A: { name: 'Alpha', role: 'principal' } },
 *   issues: { truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag', yes: 'truce', no: 'no truce' } } },
 *   positions: [{ id: 'p1', party: 'A', issue: 'truce', asOf: '2025-03-11', sources: ['s1'], ideal: true }],
 * } as unknown as Negotiation
 * const text = Report.toText(E.getOrElseW(() => assert.fail())(Report.build(doc)))
 * assert.ok(text.startsWith('Example\n=======\n'))
 * assert.ok(text.includes('  Truce  truce  —             —          —         2025-03-11 [1]'))
 * assert.ok(text.includes('  [1] Statement of 11 March'))
 */
export const toText = (report: Report): string => render(report, blocksOf(report, false))

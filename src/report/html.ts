/**
 * The report as one self-contained HTML page: inline CSS, the charts as inline SVG, no script, no external font,
 * stylesheet or image, and a Content-Security-Policy that forbids loading anything. Only the sources' own web
 * addresses appear, as plain links.
 *
 * @since 0.1.0
 */
import { toSvg } from '../chart/render'
import { escapeXml } from '../chart/svg'
import { isWebUrl } from '../internal/markdown'
import { type Block, type Cell, citesOf, textOf } from './block'
import { blocksOf } from './blocks'
import { style } from './html-style'
import type { Report } from './model'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const citer = (r: Report) => {
  const numbers = new Map(r.sources.map((s) => [s.id as string, s.n]))
  return (c: Cell): string => {
    const ids = citesOf(c)
    const text = escapeXml(textOf(c))
    if (ids.length === 0) return text
    const links = ids.map((id) => {
      const n = numbers.get(id)
      return n === undefined ? '?' : `<a href="#source-${String(n)}">${String(n)}</a>`
    })
    return `${text}<sup class="cite">[${links.join(', ')}]</sup>`
  }
}

const figure = (r: Report, b: Extract<Block, { kind: 'figure' }>): string => {
  const chart = r.charts[b.chart]
  const body =
    chart === null
      ? '<p class="note">This chart is not available for this report.</p>'
      : toSvg(chart, { id: `chart-${b.chart}` })
  return `<figure id="fig-${b.chart}"><figcaption>${escapeXml(b.caption)}</figcaption><div class="chart">${body}</div></figure>`
}

const render = (r: Report, blocks: readonly Block[]): string => {
  const cite = citer(r)
  const out: string[] = []
  const toc = blocks
    .filter(
      (b): b is Extract<Block, { kind: 'heading' }> =>
        b.kind === 'heading' && b.level === 2 && b.id !== undefined,
    )
    .map((b) => `<a href="#${escapeXml(b.id ?? '')}">${escapeXml(b.text.replace(/ \(as of .*\)$/, ''))}</a>`)
  let header = false
  let section = false
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading': {
        const id = b.id === undefined ? '' : ` id="${escapeXml(b.id)}"`
        if (b.level === 1) {
          out.push('<header>', `<h1${id}>${escapeXml(b.text)}</h1>`)
          header = true
        } else if (b.level === 2) {
          if (header) out.push(`<nav>${toc.join('')}</nav>`, '</header>')
          if (section) out.push('</section>')
          out.push(`<section${id}>`, `<h2>${escapeXml(b.text)}</h2>`)
          header = false
          section = true
        } else out.push(`<h3${id}>${escapeXml(b.text)}</h3>`)
        break
      }
      case 'paragraph':
        out.push(`<p${b.note === true ? ' class="note"' : header ? ' class="meta"' : ''}>${cite(b.text)}</p>`)
        break
      case 'list': {
        const tag = b.ordered === true ? 'ol' : 'ul'
        out.push(`<${tag}>${b.items.map((i) => `<li>${cite(i)}</li>`).join('')}</${tag}>`)
        break
      }
      case 'table':
        out.push(
          `<div class="table"><table><thead><tr>${b.headers.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>` +
            b.rows.map((row) => `<tr>${row.map((c) => `<td>${cite(c)}</td>`).join('')}</tr>`).join('') +
            '</tbody></table></div>',
        )
        break
      case 'figure':
        out.push(figure(r, b))
        break
      case 'sources':
        out.push(
          `<ol class="sources">${r.sources
            .map((s) => {
              const meta = [s.publisher, s.published].filter((x) => x !== null).map((x) => escapeXml(x))
              const url =
                s.url === null
                  ? ''
                  : isWebUrl(s.url)
                    ? ` <a href="${escapeXml(s.url)}" rel="noopener noreferrer">${escapeXml(s.url)}</a>`
                    : ` ${escapeXml(s.url)}`
              return `<li id="source-${String(s.n)}">${escapeXml(s.title)}${meta.length === 0 ? '' : ` <span class="meta">(${meta.join(', ')})</span>`}${url}</li>`
            })
            .join('')}</ol>`,
        )
        break
    }
  }
  if (header) out.push(`<nav>${toc.join('')}</nav>`, '</header>')
  if (section) out.push('</section>')
  const body = out.join('\n')
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="negotiation-positions">',
    `<title>${escapeXml(r.title)}${r.asOf === null ? '' : ` — as of ${r.asOf}`}</title>`,
    `<style>${style()}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The report as one self-contained HTML page: the charts first (deadlocks over time, linkage and sequencing,
 * acceptance over time, positions over time, as inline SVG), then every section, with citations linked to the
 * numbered sources. Nothing is loaded from anywhere: no script, no external stylesheet, font or image, and a
 * Content-Security-Policy that says so. All document text is escaped. Deterministic (no date of generation).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Report, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Talks <draft>', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' } },
 *   issues: { truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } } },
 *   positions: [{ id: 'p1', party: 'A', issue: 'truce', asOf: '2025-03-11', sources: [], ideal: true }],
 * } as unknown as Negotiation
 * const html = Report.toHtml(E.getOrElseW(() => assert.fail())(Report.build(doc)))
 * assert.ok(html.startsWith('<!DOCTYPE html>'))
 * assert.ok(html.includes('<h1 id="top">Talks &lt;draft&gt;</h1>'))
 * assert.ok(html.includes('<svg xmlns="http://www.w3.org/2000/svg" id="chart-positions"'))
 * assert.ok(!/<script|<link|@import|url\((?!#)/i.test(html))
 */
export const toHtml = (report: Report): string => render(report, blocksOf(report, true))

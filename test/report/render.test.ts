import { describe, expect, it } from 'vitest'
import * as Datasets from '../../src/datasets'
import * as Report from '../../src/report'
import { right, talks, variant } from './fixture'

const report = () => right(Report.build(talks()))

/** A fixture whose texts try to break out of every format. */
const hostile = () =>
  right(
    Report.build(
      variant((d) => ({
        ...d,
        title: 'Talks <script>alert(1)</script> | *bold* `code` [link](x)',
        parties: { ...(d.parties as object), N: { name: 'North | "land" <b>', role: 'principal' } },
        sources: {
          ...(d.sources as object),
          s1: { title: 'A <i>statement</i> & more', url: 'javascript:alert(1)' },
          s2: { title: 'Southland statement', url: 'https://example.org/a?b=1&c=2' },
        },
      })),
    ),
  )

const unescapedPipes = (line: string): number => (line.replace(/\\\\/g, '').match(/(?<!\\)\|/g) ?? []).length

describe('Report.toText', () => {
  it('prints the sections in reading order, with footnote numbers that match the source list', () => {
    const text = Report.toText(report())
    const order = [
      'SUMMARY',
      'PARTIES',
      'POSITIONS',
      'DRAFTS',
      'ACCEPTANCES AND BROKEN COMMITMENTS',
      'DEADLOCKS',
      'AGREEMENT ZONE',
      'SOURCES',
    ].map((h) => text.indexOf(`\n${h}`))
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] as number)))).toBe(true)
    expect(text).toContain('  2025-05-02  Southland  Troops at the border  500 troops        1500 troops [4]')
    expect(text).toContain('  [4] Revised plan (2025-05-15)')
    expect(text).toContain('Then: violation alleged 2025-06-10 (by Northland) [5]')
    expect(text.endsWith('\n')).toBe(true)
  })

  it('keeps lines to about 100 characters', () => {
    const long = Report.toText(report())
      .split('\n')
      .filter((l) => l.length > 100 && / \S+ /.test(l.slice(0, 100)))
    expect(long.filter((l) => !l.startsWith('What changed'))).toEqual([])
  })

  it('shows only the sections the report has', () => {
    const text = Report.toText(right(Report.build(talks(), { sections: ['deadlocks'] })))
    expect(text).toContain('\nDEADLOCKS')
    expect(text).not.toContain('\nPOSITIONS')
    expect(text).not.toContain('\nPARTIES')
  })
})

describe('Report.toMarkdown', () => {
  it('writes tables whose rows all have as many cells as their header', () => {
    const lines = Report.toMarkdown(hostile()).split('\n')
    let header = -1
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = -1
        continue
      }
      if (header < 0) header = unescapedPipes(line)
      else expect(unescapedPipes(line)).toBe(header)
    }
  })

  it('escapes the document’s text and draws the deadlock and linkage charts in Mermaid', () => {
    const md = Report.toMarkdown(hostile())
    expect(
      md.startsWith('# Talks \\<script\\>alert(1)\\</script\\> \\| \\*bold\\* \\`code\\` \\[link\\](x)\n'),
    ).toBe(true)
    expect(md).toContain('```mermaid\ngantt\n')
    expect(md).toContain('```mermaid\nflowchart TB\n')
    expect(md).toContain('```mermaid\ntimeline\n    title Positions over time\n')
    expect(md).toContain('5. Northland complaint (2025-06-10)')
    expect(md).toContain('<https://example.org/a?b=1&c=2>')
  })
})

describe('Report.toMarkdown: positions', () => {
  it('writes who moved, when, as a Mermaid timeline under its caption, after the other charts', () => {
    const md = Report.toMarkdown(report())
    const caption =
      '_Positions over time: each party’s ideal on each ordered issue; a filled dot marks a move._'
    expect(md).toContain(
      [
        caption,
        '',
        '```mermaid',
        'timeline',
        '    title Positions over time',
        '    section Truce',
        '        2025-01-10 : Northland → truce in force (first stated)',
        '        2025-01-12 : Southland → truce in force (first stated)',
        '    section Harbour',
        '        2025-01-10 : Northland → Northern control (first stated)',
        '        2025-01-12 : Southland → Southern control (first stated)',
        '        2025-04-01 : Northland → Shared control (from Northern control)',
        '    section Troops at the border',
        '        2025-01-10 : Northland → 2000 troops (first stated)',
        '        2025-01-12 : Southland → 500 troops (first stated)',
        '        2025-05-02 : Southland → 1500 troops (from 500 troops)',
        '```',
        '',
      ].join('\n'),
    )
    expect(md.indexOf('```mermaid\nflowchart TB')).toBeLessThan(
      md.indexOf('```mermaid\ntimeline\n    title Positions'),
    )
  })

  it('says there is nothing to draw when no party stated an ideal on an ordered issue', () => {
    const none = right(
      Report.build(
        variant((d) => ({
          ...d,
          positions: (d.positions as { issue: string }[]).map((p) => ({ ...p, ideal: undefined })),
        })),
      ),
    )
    const md = Report.toMarkdown(none)
    expect(md).toContain(
      '_Positions over time: each party’s ideal on each ordered issue; a filled dot marks a move. (nothing to draw)_',
    )
    expect(md).not.toContain('```mermaid\ntimeline\n    title Positions')
  })
})

describe('Report.toHtml', () => {
  it('is one self-contained page: no script, stylesheet, font, image or frame from anywhere', () => {
    const html = Report.toHtml(report())
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\((?!#)|\bsrc\s*=/i)
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    )
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] as string)
    for (const h of hrefs) expect(h.startsWith('#') || /^https?:\/\//.test(h)).toBe(true)
    for (const h of hrefs.filter((x) => x.startsWith('#') && !x.startsWith('#chart-')))
      expect(html).toContain(`id="${h.slice(1)}"`)
    expect([...html.matchAll(/<a href="(https?:[^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://example.org/north',
    ])
  })

  it('draws the four charts as inline SVG in the charts section', () => {
    const html = Report.toHtml(report())
    for (const id of ['deadlocks', 'linkage', 'acceptance', 'positions']) {
      expect(html).toContain(`<figure id="fig-${id}">`)
      expect(html).toContain(`<svg xmlns="http://www.w3.org/2000/svg" id="chart-${id}"`)
    }
    expect(html.indexOf('id="fig-deadlocks"')).toBeLessThan(html.indexOf('id="positions"'))
  })

  it('escapes the document’s text, and links a source only when its address is a web address', () => {
    const html = Report.toHtml(hostile())
    expect(html).toContain(
      '<h1 id="top">Talks &lt;script&gt;alert(1)&lt;/script&gt; | *bold* `code` [link](x)</h1>',
    )
    expect(html).not.toContain('<script')
    expect(html).toContain('North | &quot;land&quot; &lt;b&gt;')
    expect(html).toContain('A &lt;i&gt;statement&lt;/i&gt; &amp; more javascript:alert(1)</li>')
    expect(html).not.toContain('href="javascript')
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">')
  })

  it('links each citation to its numbered source', () => {
    const html = Report.toHtml(report())
    expect(html).toContain('1500 troops<sup class="cite">[<a href="#source-4">4</a>]</sup>')
    expect(html).toContain('<li id="source-4">Revised plan <span class="meta">(2025-05-15)</span></li>')
  })
})

describe('Report.toJson', () => {
  const sortedEverywhere = (u: unknown): boolean => {
    if (Array.isArray(u)) return u.every(sortedEverywhere)
    if (typeof u !== 'object' || u === null) return true
    const keys = Object.keys(u)
    return (
      keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k) &&
      keys.every((k) => sortedEverywhere((u as Record<string, unknown>)[k]))
    )
  }

  it('sorts every key, reads back to the same report, and ends with a newline', () => {
    const r = report()
    const json = Report.toJson(r)
    expect(json.endsWith('}\n')).toBe(true)
    const back: unknown = JSON.parse(json)
    expect(sortedEverywhere(back)).toBe(true)
    expect(back).toEqual(JSON.parse(JSON.stringify(r)))
  })
})

describe('determinism', () => {
  it('gives byte-identical text, Markdown, HTML and JSON for the same negotiation, built twice', () => {
    const a = report()
    const b = report()
    for (const render of [Report.toText, Report.toMarkdown, Report.toHtml, Report.toJson])
      expect(render(b)).toBe(render(a))
  })
})

describe('the nearest agreement in a report', () => {
  it('numbers equally cheap sets without ranking them (the embedded dataset has several)', () => {
    const text = Report.toText(right(Report.build(Datasets.ruUa2025())))
    const sets = text.split('\n').filter((l) => l.includes('Equally cheap set '))
    expect(sets.length).toBeGreaterThan(1)
    expect(sets[0]).toMatch(/Equally cheap set 1 of (\d+) \(not a ranking\)/)
    expect(text).not.toMatch(/^Option \d+:/m)
  }, 60_000)
})

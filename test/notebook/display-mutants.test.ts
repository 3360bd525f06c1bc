/**
 * What a notebook shows for the library's own results (a report, a ledger, a deadlock timeline, findings, a diff,
 * a linkage graph), the exact Mermaid block a chart carries, a value that cannot be written as JSON, and which of
 * the kernel's display functions `show` calls, with what.
 */
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Deadlock from '../../src/deadlock'
import * as Diff from '../../src/diff'
import * as Ledger from '../../src/ledger'
import * as Notebook from '../../src/notebook'
import * as Report from '../../src/report'
import { right, talks } from '../report/fixture'

/** The bundle as Deno's kernel receives it. */
const fields = (x: unknown): Notebook.MimeBundle => Notebook.display(x)[Notebook.JUPYTER_DISPLAY]()

describe('the library’s own results', () => {
  it('a report as its text and its Markdown', () => {
    const report = right(Report.build(talks(), { timeline: false }))
    expect(fields(report)).toEqual({
      'text/plain': Report.toText(report),
      'text/markdown': Report.toMarkdown(report),
    })
  })

  it('a ledger as its acceptance chart, with the chart’s one line of text', () => {
    const ledger = right(Ledger.fromNegotiation(talks()))
    const chart = right(Chart.acceptance(ledger))
    const shown = fields(ledger)
    expect(shown['text/plain']).toBe('Acceptance over time: 6 lanes, 2025-02-01 to 2025-06-11')
    expect(shown['image/svg+xml']).toBe(Chart.toSvg(chart))
    expect(shown['application/vnd.vegalite.v5+json']).toEqual(Chart.toVegaLite(chart))
  })

  it('a deadlock timeline as its chart, with the timeline’s own text', () => {
    const timeline = right(Deadlock.timeline(talks()))
    const chart = Chart.deadlocks(timeline)
    expect(fields(timeline)).toEqual({
      'text/plain': Deadlock.timelineToText(timeline),
      'text/markdown': `\`\`\`mermaid\n${Chart.toMermaid(chart).trimEnd()}\n\`\`\`\n`,
      'image/svg+xml': Chart.toSvg(chart),
      'application/vnd.vegalite.v5+json': Chart.toVegaLite(chart),
    })
  })

  it('deadlock findings as their text and Markdown', () => {
    const findings = right(Deadlock.detect(talks()))
    expect(findings.length).toBeGreaterThan(0)
    expect(fields(findings)).toEqual({
      'text/plain': Deadlock.toText(findings),
      'text/markdown': Deadlock.toMarkdown(findings),
    })
  })

  it('a diff of two drafts as its text and Markdown', () => {
    const diff = right(Diff.proposals(talks(), 'm-plan', 'm-plan-2'))
    expect(fields(diff)).toEqual({
      'text/plain': Diff.toText(diff),
      'text/markdown': Diff.toMarkdown(diff),
    })
  })

  it('a linkage graph counts its issues and arrows, and its Mermaid text is fenced exactly once', () => {
    const graph = right(Chart.linkage(talks()))
    const shown = fields(graph)
    expect(shown['text/plain']).toBe('Linkage and sequencing: 2 issues, 2 arrows')
    const mermaid = Chart.toMermaid(graph)
    expect(mermaid.endsWith('\n')).toBe(true)
    expect(shown['text/markdown']).toBe(`\`\`\`mermaid\n${mermaid.trimEnd()}\n\`\`\`\n`)
    expect(shown['text/markdown']).not.toContain('\n\n```')
    const empty = {
      _tag: 'linkage',
      title: 'Links',
      asOf: null,
      nodes: [],
      edges: [],
    } as unknown as Chart.Chart
    expect(fields(empty)['text/plain']).toBe('Links: 0 issues, 0 arrows')
  })
})

describe('values JSON cannot write', () => {
  it('a value that refers to itself is shown as its plain string, without throwing', () => {
    const loop: Record<string, unknown> = { name: 'loop' }
    loop['self'] = loop
    expect(fields(loop)).toEqual({ 'text/plain': '[object Object]' })
  })
})

describe('Notebook.show', () => {
  const recorder = (): { calls: string[]; sink: Required<Notebook.DisplaySink> } => {
    const calls: string[] = []
    return {
      calls,
      sink: {
        svg: (s) => calls.push(`svg:${s}`),
        markdown: (s) => calls.push(`md:${s}`),
        text: (s) => calls.push(`text:${s}`),
      },
    }
  }

  it('shows a chart once, as SVG, when the kernel can show SVG', () => {
    const graph = right(Chart.linkage(talks()))
    const { calls, sink } = recorder()
    Notebook.show(graph, sink)
    expect(calls).toEqual([`svg:${Chart.toSvg(graph)}`])
  })

  it('falls back to the Markdown, then to the text, when the kernel lacks the richer form', () => {
    const graph = right(Chart.linkage(talks()))
    const { calls, sink } = recorder()
    Notebook.show(graph, { markdown: sink.markdown, text: sink.text })
    Notebook.show(graph, { text: sink.text })
    expect(calls).toEqual([
      `md:\`\`\`mermaid\n${Chart.toMermaid(graph).trimEnd()}\n\`\`\`\n`,
      'text:Linkage and sequencing: 2 issues, 2 arrows',
    ])
  })

  it('shows a value without an image as Markdown even when the kernel can show SVG', () => {
    const { calls, sink } = recorder()
    Notebook.show({ explanation: 'No zone.' }, sink)
    expect(calls).toEqual(['md:No zone.\n'])
  })

  it('shows a value with only text as text even when the kernel has every form', () => {
    const { calls, sink } = recorder()
    Notebook.show(42, sink)
    expect(calls).toEqual(['text:42'])
  })

  it('does nothing, and does not throw, when the kernel has no form the value has', () => {
    expect(() => Notebook.show(42, {})).not.toThrow()
    const { calls, sink } = recorder()
    Notebook.show(42, { svg: sink.svg, markdown: sink.markdown })
    expect(calls).toEqual([])
  })
})

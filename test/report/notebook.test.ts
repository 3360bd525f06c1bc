import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Deadlock from '../../src/deadlock'
import * as Diff from '../../src/diff'
import * as Ledger from '../../src/ledger'
import * as Load from '../../src/model/load'
import * as Notebook from '../../src/notebook'
import * as Report from '../../src/report'
import { right, talks } from './fixture'

const DENO = Symbol.for('Jupyter.display')

describe('Notebook.display', () => {
  it('shows a report as text and Markdown, and carries the method Deno’s kernel calls', () => {
    const report = right(Report.build(talks(), { timeline: false }))
    const shown = Notebook.display(report)
    expect(shown['text/plain']).toBe(Report.toText(report))
    expect(shown['text/markdown']).toBe(Report.toMarkdown(report))
    const deno = (shown as unknown as Record<symbol, () => Notebook.MimeBundle>)[DENO]
    expect(deno?.()).toEqual({ 'text/plain': shown['text/plain'], 'text/markdown': shown['text/markdown'] })
    expect(Object.keys(JSON.parse(JSON.stringify(shown)) as object)).toEqual(['text/plain', 'text/markdown'])
    expect(Object.isFrozen(shown)).toBe(true)
  })

  it('shows every chart as SVG, with its Vega-Lite spec and its Mermaid text', () => {
    const positions = right(Chart.positions(talks()))
    const p = Notebook.display(positions)
    expect(p['image/svg+xml']).toBe(Chart.toSvg(positions))
    expect(p['application/vnd.vegalite.v5+json']).toEqual(Chart.toVegaLite(positions))
    expect(p['text/markdown']).toBe(`\`\`\`mermaid\n${Chart.toMermaid(positions).trimEnd()}\n\`\`\`\n`)
    expect(p['text/markdown']?.split('\n').slice(0, 7)).toEqual([
      '```mermaid',
      'timeline',
      '    title Positions over time',
      '    section Truce',
      '        2025-01-10 : Northland → truce in force (first stated)',
      '        2025-01-12 : Southland → truce in force (first stated)',
      '    section Harbour',
    ])
    const graph = right(Chart.linkage(talks()))
    const g = Notebook.display(graph)
    expect(g['text/markdown']).toBe(`\`\`\`mermaid\n${Chart.toMermaid(graph).trimEnd()}\n\`\`\`\n`)
    expect(g['application/vnd.vegalite.v5+json']).toEqual(Chart.toVegaLite(graph))
    const spec = g['application/vnd.vegalite.v5+json'] as unknown as {
      layer: { mark: { type: string }; data: { values: Record<string, unknown>[] } }[]
    }
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['rule', 'point', 'rect', 'text', 'text'])
    expect(spec.layer[0]?.data.values.map((r) => [r['from'], r['to'], r['holders']])).toEqual([
      ['harbour', 'truce', 'N'],
      ['truce', 'harbour', 'S'],
    ])
    expect(g['text/plain']).toBe('Linkage and sequencing: 2 issues, 2 arrows')
    expect(Object.keys(JSON.parse(JSON.stringify(g)) as object)).toEqual([
      'text/plain',
      'text/markdown',
      'image/svg+xml',
      'application/vnd.vegalite.v5+json',
    ])
  })

  it('shows a ledger as its acceptance chart and a deadlock timeline as its chart', () => {
    const ledger = right(Ledger.fromNegotiation(talks()))
    expect(Notebook.display(ledger)['image/svg+xml']).toBe(Chart.toSvg(right(Chart.acceptance(ledger))))
    const timeline = right(Deadlock.timeline(talks()))
    const t = Notebook.display(timeline)
    expect(t['text/plain']).toBe(Deadlock.timelineToText(timeline))
    expect(t['image/svg+xml']).toBe(Chart.toSvg(Chart.deadlocks(timeline)))
  })

  it('shows a diff and deadlock findings with their own text and Markdown', () => {
    const diff = right(Diff.proposals(talks(), 'm-plan', 'm-plan-2'))
    expect(Notebook.display(diff)['text/markdown']).toBe(Diff.toMarkdown(diff))
    const findings = right(Deadlock.detect(talks()))
    expect(Notebook.display(findings)['text/plain']).toBe(Deadlock.toText(findings))
  })

  it('shows an Either as its problems or its value', () => {
    const bad = Load.parse('format: negotiation-positions/1\ntitle: x\nparties: {}\n', 'yaml')
    const shown = Notebook.display(bad)
    expect(shown['text/plain']).toBe(
      '1 problem\n✖ issues: missing required field `issues` (issues) in Negotiation; add it',
    )
    expect(shown['text/markdown']).toContain('- issues: missing required field')
    const graph = right(Chart.linkage(talks()))
    expect(Notebook.display(E.right(graph))['image/svg+xml']).toBe(Chart.toSvg(graph))
  })

  it('shows a negotiation as a one-line summary and anything else as plain text', () => {
    expect(Notebook.display(talks())['text/plain']).toBe(
      'Harbour talks: 3 parties, 3 issues, 8 positions, 2 drafts, 4 events',
    )
    expect(JSON.parse(JSON.stringify(Notebook.display({ a: 1 })))).toEqual({ 'text/plain': '{\n  "a": 1\n}' })
    expect(Notebook.display('hello')['text/plain']).toBe('hello')
    expect(Notebook.display('<svg></svg>')['image/svg+xml']).toBe('<svg></svg>')
  })
})

describe('Notebook.show', () => {
  it('uses the richest form the kernel’s display object has: SVG, then Markdown, then text', () => {
    const graph = right(Chart.linkage(talks()))
    const calls: string[] = []
    const sink = {
      svg: () => calls.push('svg'),
      markdown: () => calls.push('md'),
      text: () => calls.push('text'),
    }
    Notebook.show(graph, sink)
    Notebook.show(graph, { markdown: sink.markdown, text: sink.text })
    Notebook.show(graph, { text: sink.text })
    expect(calls).toEqual(['svg', 'md', 'text'])
  })
})

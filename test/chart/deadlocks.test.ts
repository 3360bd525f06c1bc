import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import { deadlocksSvg } from '../../src/chart/deadlocks'
import type * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src/model/negotiation'

type Entry = Deadlock.Timeline['entries'][number]

const entry = (id: string, kind: string, parties: string[], issues: string[], periods: object[]): Entry =>
  ({ id, kind, parties, issues, periods, explanation: `${id} explained.` }) as unknown as Entry

const timeline = (entries: readonly Entry[]): Deadlock.Timeline =>
  deepFreeze({
    from: '2025-01-01',
    to: '2025-01-11',
    dates: ['2025-01-01', '2025-01-11'],
    entries,
  }) as unknown as Deadlock.Timeline

const negotiation = deepFreeze({
  parties: { A: { name: 'Alpha' }, B: { name: 'Beta' } },
  issues: { x: { label: 'Border' } },
}) as unknown as Pick<Negotiation, 'issues' | 'parties'>

describe('Chart.deadlocks labels', () => {
  it('names at most two issues, or at most three parties when the finding has no issue, and counts the rest', () => {
    const chart = Chart.deadlocks(
      timeline([
        entry('a', 'red-line-clash', ['A', 'B'], ['x', 'y', 'z'], [{ from: '2025-01-02' }]),
        entry('b', 'stalemate', ['A', 'B', 'C', 'D'], [], [{ from: '2025-01-02' }]),
        entry('c', 'stalemate', ['A', 'B', 'C'], [], [{ from: '2025-01-02' }]),
      ]),
      { negotiation },
    )
    expect(chart.bars.map((b) => b.label)).toEqual([
      'Red-line clash: Border, y +1',
      'Stalemate: Alpha, Beta, C +1',
      'Stalemate: Alpha, Beta, C',
    ])
  })

  it('tells repeated labels apart by the parties, or the id when there are none, and numbers them from the third', () => {
    const chart = Chart.deadlocks(
      timeline([
        entry('o1', 'oscillation', ['A'], ['x'], [{ from: '2025-01-02' }]),
        entry('o2', 'oscillation', ['A', 'B'], ['x'], [{ from: '2025-01-02' }]),
        entry('o3', 'oscillation', [], ['x'], [{ from: '2025-01-02' }]),
      ]),
      { negotiation },
    )
    expect(chart.bars.map((b) => b.label)).toEqual([
      'Oscillation: Border',
      'Oscillation: Border (Alpha, Beta)',
      'Oscillation: Border (o3 #3)',
    ])
  })

  it('falls back to the ids of issues and parties the negotiation does not name', () => {
    const chart = Chart.deadlocks(
      timeline([
        entry('a', 'red-line-clash', ['A', 'Q'], ['w'], [{ from: '2025-01-02' }]),
        entry('b', 'red-line-clash', ['A', 'Q'], ['w'], [{ from: '2025-01-02' }]),
      ]),
      { negotiation },
    )
    expect(chart.bars.map((b) => b.label)).toEqual(['Red-line clash: w', 'Red-line clash: w (Alpha, Q)'])
  })

  it('is the same with no options data-last as data-first', () => {
    const t = timeline([entry('a', 'stalemate', ['A'], ['x'], [{ from: '2025-01-02' }])])
    expect(Chart.deadlocks()(t)).toEqual(Chart.deadlocks(t))
    expect(Chart.deadlocks(t).title).toBe('Deadlocks over time')
  })
})

describe('Chart.deadlocks drawn', () => {
  const chart = () =>
    Chart.deadlocks(
      timeline([
        entry(
          'a',
          'red-line-clash',
          ['A'],
          ['x'],
          [{ from: '2025-01-02', to: '2025-01-02' }, { from: '2025-01-06' }],
        ),
        entry(
          'b',
          'package-infeasibility',
          ['A'],
          ['a-very-long-issue-name-that-will-not-fit-in-the-column-of-labels-at-all'],
          [{ from: '2025-01-03', to: '2025-01-04' }],
        ),
      ]),
      { title: ' Deadlocks::of; the #talks: ' },
    )

  it('says in Vega-Lite whether each period still holds or when it ended', () => {
    const spec = Chart.toVegaLite(chart()) as unknown as { data: { values: { to: string; holds: string }[] } }
    expect(spec.data.values.map((v) => [v.to, v.holds])).toEqual([
      ['2025-01-02', 'ended 2025-01-02'],
      ['2025-01-11', 'still holds'],
      ['2025-01-04', 'ended 2025-01-04'],
    ])
  })

  it('writes a Mermaid title without the characters Mermaid reserves', () => {
    expect(Chart.toMermaid(chart()).split('\n')[1]).toBe('    title Deadlocks of the talks')
  })

  it('draws in SVG a bar at least 3 pixels wide per period, an arrow head on an open one, and shortened labels', () => {
    const svg = deadlocksSvg(chart())
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="chart-deadlocks" width="1160"')).toBe(
      true,
    )
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="12"/g)].map((m) =>
      m.slice(1).map(Number),
    )
    expect(bars).toEqual([
      [438.4, 31, 3],
      [752, 31, 392],
      [516.8, 49, 78.4],
    ])
    expect([...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1])).toEqual(['M1144 31l6 6l-6 6z'])
    expect(svg).toContain('>No package for all: a-very-long-issue-name-that-will-…<title>')
  })

  it('says so in words when there is no finding', () => {
    const svg = deadlocksSvg(Chart.deadlocks(timeline([])), 'd')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="d" width="600" height="60"')).toBe(
      true,
    )
    expect(svg).toContain('>No deadlock was found at any date.</text>')
    expect(Chart.toSvg(Chart.deadlocks(timeline([])))).toContain('id="chart-deadlocks"')
  })
})

import { describe, expect, it } from 'vitest'
import { acceptanceSvg } from '../../src/chart/acceptance-draw'
import type { AcceptanceChart, AcceptanceLane, StatusSpan } from '../../src/chart/model'
import { deepFreeze } from '../../src/internal/freeze'

const span = (term: string, status: string, start: string, end: string, more: Partial<StatusSpan> = {}) =>
  ({ term, status, start, end, events: '', sources: '', ...more }) as StatusSpan

const lane = (proposal: string, party: string, terms: readonly string[], spans: readonly StatusSpan[]) =>
  ({
    proposal,
    title: `Plan ${proposal}`,
    date: '2025-01-01',
    party,
    terms,
    spans,
  }) as unknown as AcceptanceLane

const chart = (lanes: readonly AcceptanceLane[], colors: Record<string, string> = COLORS): AcceptanceChart =>
  deepFreeze({
    _tag: 'acceptance',
    title: 'Acceptance',
    from: '2025-01-01',
    to: '2025-01-11',
    parties: [
      { id: 'A', name: 'Alpha', role: 'principal', color: '#d62728' },
      { id: 'B', name: 'Beta', role: 'principal', color: '#1f77b4' },
    ],
    lanes,
    colors,
    spec: { $schema: 'https://vega.github.io/schema/vega-lite/v5.json' },
    timeline: '',
  }) as unknown as AcceptanceChart

const COLORS = { proposed: '#111111', accepted: '#222222', rejected: '#333333' }

/** The rects of the SVG with a fill of their own (the spans and the legend's swatches), as attribute strings. */
const rects = (svg: string): string[] => [...svg.matchAll(/<rect ([^>]*?)\/?>/g)].map((m) => m[1] as string)
const titles = (svg: string): string[] =>
  [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] as string)

describe('the acceptance matrix in SVG', () => {
  it('says so in words when no party has a status, under its own id by default', () => {
    const svg = acceptanceSvg(chart([]))
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="chart-acceptance" width="600" height="60"'),
    ).toBe(true)
    expect(svg).toContain('>No party has a recorded status on any term.</text>')
  })

  it('gives a proposal of one short lane room for its title before the next proposal, and a lane 6 pixels high', () => {
    const svg = acceptanceSvg(
      chart([
        lane('p', 'A', ['truce'], [span('truce', 'proposed', '2025-01-01', '2025-01-06')]),
        lane('q', 'B', ['truce'], [span('truce', 'accepted', '2025-01-06', '2025-01-11')]),
      ]),
      'x',
    )
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="x" width="1160" height="110"')).toBe(
      true,
    )
    // lane backgrounds at 47 and 47 + 13 + 7, each 6 high; spans half a pixel short of their row
    expect(rects(svg).filter((r) => r.includes('fill="#f4f4f4"'))).toEqual([
      'x="294" y="47" width="856" height="6" fill="#f4f4f4" fill-opacity="0.6"',
      'x="294" y="67" width="856" height="6" fill="#f4f4f4" fill-opacity="0.6"',
    ])
    expect(rects(svg).filter((r) => r.includes('height="5.5"'))).toEqual([
      'x="294" y="47" width="428" height="5.5" fill="#111111"',
      'x="722" y="67" width="428" height="5.5" fill="#222222"',
    ])
    // the party's name beside its lane, the proposal's title above a rule between proposals
    expect(svg).toContain('<text x="250" y="54" fill="#555555" font-size="9">A</text>')
    expect(svg).toContain('<line x1="0" y1="63" x2="1150" y2="63" stroke="#e4e4e4"/>')
  })

  it('gives each of many terms a thin row of its own, and a span of no time a sliver', () => {
    const terms = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']
    const svg = acceptanceSvg(
      chart([
        lane('p', 'A', terms, [
          span('t3', 'rejected', '2025-01-02', '2025-01-02'),
          span('t9', 'rejected', '2025-01-02', '2025-01-03'),
        ]),
      ]),
    )
    expect(rects(svg).filter((r) => r.includes('fill="#f4f4f4"'))).toEqual([
      'x="294" y="47" width="856" height="24" fill="#f4f4f4" fill-opacity="0.6"',
    ])
    expect(rects(svg).filter((r) => r.includes('fill="#333333"') && !r.includes('width="14"'))).toEqual([
      'x="379.6" y="54.2" width="1.5" height="2.4" fill="#333333"',
      'x="379.6" y="68.6" width="85.6" height="2.4" fill="#333333"',
    ])
    expect(svg).toContain('<text x="250" y="56" fill="#555555" font-size="9">A</text>')
  })

  it('names party, proposal, term, status in words and dates in each span’s tooltip, with events and sources', () => {
    const svg = acceptanceSvg(
      chart([
        lane(
          'p',
          'A',
          ['truce', 'harbour'],
          [
            span('truce', 'accepted', '2025-01-02', '2025-01-05', { events: 'e1', sources: 's1, s2' }),
            span('harbour', 'mystery', '2025-01-03', '2025-01-04'),
          ],
        ),
        lane(
          'p',
          'C',
          ['truce'],
          [span('truce', 'proposed', '2025-01-01', '2025-01-11', { events: 'p (tabled)' })],
        ),
      ]),
    )
    expect(titles(svg)).toEqual([
      'Plan p (p), 2025-01-01',
      'Alpha on Plan p, truce: accepted from 2025-01-02 to 2025-01-05 (events: e1) [sources: s1, s2]',
      'Alpha on Plan p, harbour: mystery from 2025-01-03 to 2025-01-04',
      'C on Plan p, truce: tabled from 2025-01-01 to 2025-01-11 (events: p (tabled))',
    ])
    // a status with no colour is grey, in the second of the two 3-pixel rows of its lane, and not in the legend
    expect(rects(svg).filter((r) => r.includes('#999999'))).toEqual([
      'x="465.2" y="50" width="85.6" height="3" fill="#999999"',
    ])
  })

  it('lists in the legend the statuses drawn, in the order of the colours, wrapping a line too long', () => {
    const long = 'a-status-whose-name-runs-on-and-on-and-on-for-quite-a-long-way-indeed'
    const colors = {
      [`${long}-1`]: '#aaaaaa',
      rejected: '#333333',
      [`${long}-2`]: '#bbbbbb',
      [`${long}-3`]: '#cccccc',
    }
    const spans = [`${long}-3`, `${long}-2`, `${long}-1`].map((s) => span('t', s, '2025-01-02', '2025-01-03'))
    const svg = acceptanceSvg(chart([lane('p', 'A', ['t'], spans)], colors))
    const legend = rects(svg).filter((r) => r.includes('width="14"'))
    expect(legend).toEqual([
      'x="0" y="6" width="14" height="10" fill="#aaaaaa"',
      'x="466.2" y="6" width="14" height="10" fill="#bbbbbb"',
      'x="0" y="22" width="14" height="10" fill="#cccccc"',
    ])
  })
})

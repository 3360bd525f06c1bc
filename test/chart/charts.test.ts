import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Ledger from '../../src/ledger'
import * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src/model/negotiation'
import { emptyDoc, right, talks, variant } from '../report/fixture'

const steps = (chart: Chart.PositionsChart, issue: string, party: string) =>
  chart.panels
    .find((p) => p.issue === issue)
    ?.series.find((s) => s.party === party)
    ?.steps.map((s) => [s.date, s.label])

describe('Chart.positions', () => {
  it('draws one panel per ordered issue with one step per change of ideal, and counts the moves', () => {
    const chart = right(Chart.positions(talks()))
    expect(chart.panels.map((p) => [p.issue, p.kind, p.moves])).toEqual([
      ['truce', 'flag', 0],
      ['harbour', 'choice', 1],
      ['troops', 'quantity', 1],
    ])
    expect(steps(chart, 'harbour', 'N')).toEqual([
      ['2025-01-10', 'Northern control'],
      ['2025-04-01', 'Shared control'],
    ])
    expect(steps(chart, 'troops', 'S')).toEqual([
      ['2025-01-12', '500 troops'],
      ['2025-05-02', '1500 troops'],
    ])
    expect(chart.panels[1]?.levels.map((l) => l.label)).toEqual([
      'Northern control',
      'Shared control',
      'Southern control',
    ])
    expect([chart.from, chart.to]).toEqual(['2025-01-10', '2025-06-30'])
    expect(chart.parties.map((p) => p.id)).toEqual(['N', 'S'])
  })

  it('reads positions as of a date: later moves are not drawn', () => {
    const chart = right(Chart.positions(talks(), { asOf: '2025-03-01' }))
    expect(steps(chart, 'harbour', 'N')).toEqual([['2025-01-10', 'Northern control']])
    expect(chart.to).toBe('2025-03-01')
  })

  it('keeps to the issues and parties asked for, and names the issues it cannot draw', () => {
    const chart = right(Chart.positions(talks(), { issues: ['harbour'], parties: ['S'] }))
    expect(chart.panels.map((p) => [p.issue, p.series.map((s) => s.party)])).toEqual([['harbour', ['S']]])
    const withSet = variant((d) => ({
      ...d,
      issues: {
        ...(d.issues as object),
        guarantors: {
          label: 'Guarantors',
          category: 'security-guarantees',
          domain: { kind: 'subset', universe: [{ id: 'a', label: 'A' }] },
        },
      },
      positions: [
        ...(d.positions as object[]),
        { id: 'g1', party: 'N', issue: 'guarantors', asOf: '2025-01-10', sources: [], ideal: ['a'] },
      ],
    }))
    expect(right(Chart.positions(withSet)).skipped).toEqual([
      { issue: 'guarantors', label: 'Guarantors', reason: 'a set of elements has no single order to draw' },
    ])
  })

  it('reports unknown ids and bad dates, every one', () => {
    const r = Chart.positions(talks(), { issues: ['harbor'], parties: ['X'], asOf: '2025-02-30' })
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual(['unknown-issue', 'unknown-party', 'bad-date'])
    expect(E.isLeft(r) && r.left[0]?.message).toContain('issues are: truce, harbour, troops')
    expect(E.isLeft(Chart.positions(talks(), { from: '2025-07-01', asOf: '2025-06-01' }))).toBe(true)
  })

  it('is the same data-first and data-last', () => {
    expect(Chart.positions({ asOf: '2025-05-01' })(talks())).toEqual(
      Chart.positions(talks(), { asOf: '2025-05-01' }),
    )
  })
})

describe('Chart.acceptance', () => {
  const ledger = () => right(Ledger.fromNegotiation(talks()))

  it('has one lane per party and proposal, proposals by date, one span per status of each term', () => {
    const chart = right(Chart.acceptance(ledger()))
    expect(chart.lanes.map((l) => `${l.proposal}:${l.party}`)).toEqual([
      'm-plan:N',
      'm-plan:S',
      'm-plan:M',
      'm-plan-2:N',
      'm-plan-2:S',
      'm-plan-2:M',
    ])
    const s = chart.lanes.find((l) => l.proposal === 'm-plan-2' && l.party === 'S')
    expect(s?.terms).toEqual(['truce', 'harbour', 'troops'])
    expect(s?.spans.map((x) => [x.term, x.status, x.start, x.end])).toEqual([
      ['truce', 'accepted', '2025-05-20', '2025-06-10'],
      ['truce', 'violated', '2025-06-10', '2025-06-11'],
    ])
    expect(chart.colors.accepted).toBe(Ledger.STATUS_COLORS.accepted)
  })

  it('reuses the ledger’s own Vega-Lite spec and Mermaid timeline for the same selection', () => {
    const chart = right(Chart.acceptance(ledger(), { parties: ['S'] }))
    expect(chart.spec).toEqual(
      Ledger.vegaLite(ledger(), { parties: ['S' as never], title: 'Acceptance over time' }),
    )
    expect(Chart.toVegaLite(chart)).toBe(chart.spec)
    expect(Chart.toMermaid(chart)).toBe(Ledger.mermaid(ledger(), { title: 'Agreements and breaches' }))
    expect(chart.lanes.every((l) => l.party === 'S')).toBe(true)
  })

  it('reports unknown parties and proposals and a window that ends before it starts', () => {
    const r = Chart.acceptance(ledger(), {
      parties: ['X'],
      proposals: ['nope'],
      from: '2025-06-01',
      to: '2025-05-01',
    })
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual([
      'unknown-party',
      'unknown-proposal',
      'bad-date',
    ])
  })

  it('is the same data-first and data-last', () => {
    expect(Chart.acceptance({ parties: ['N'] })(ledger())).toEqual(
      Chart.acceptance(ledger(), { parties: ['N'] }),
    )
  })
})

describe('Chart.deadlocks', () => {
  const timeline = deepFreeze({
    from: '2025-01-01',
    to: '2025-06-01',
    dates: ['2025-01-01', '2025-06-01'],
    entries: [
      {
        id: 'a',
        kind: 'red-line-clash',
        parties: ['N', 'S'],
        issues: ['harbour'],
        periods: [{ from: '2025-01-12' }],
        explanation: 'A clash.',
      },
      {
        id: 'b',
        kind: 'oscillation',
        parties: ['N'],
        issues: ['harbour'],
        periods: [{ from: '2025-02-01', to: '2025-03-01' }],
        explanation: 'N wavers.',
      },
      {
        id: 'c',
        kind: 'oscillation',
        parties: ['S'],
        issues: ['harbour'],
        periods: [{ from: '2025-04-01', to: '2025-05-01' }, { from: '2025-05-10' }],
        explanation: 'S wavers.',
      },
    ],
  }) as unknown as Deadlock.Timeline

  it('labels each finding by kind and issue label, telling repeated labels apart, and keeps open periods open', () => {
    const chart = Chart.deadlocks(timeline, { negotiation: talks() })
    expect(chart.bars.map((b) => b.label)).toEqual([
      'Red-line clash: Harbour',
      'Oscillation: Harbour',
      'Oscillation: Harbour (Southland)',
    ])
    expect(chart.bars[2]?.periods).toEqual([
      { from: '2025-04-01', to: '2025-05-01' },
      { from: '2025-05-10', to: null },
    ])
    expect(Chart.deadlocks(timeline).bars[0]?.label).toBe('Red-line clash: harbour')
  })

  it('draws a Gantt chart in Mermaid, open periods to the end of the timeline', () => {
    const text = Chart.toMermaid(Chart.deadlocks(timeline, { negotiation: talks() }))
    expect(text.split('\n').slice(0, 6)).toEqual([
      'gantt',
      '    title Deadlocks over time',
      '    dateFormat YYYY-MM-DD',
      '    axisFormat %b %Y',
      '    section Red-line clash',
      '    Red-line clash Harbour :crit, 2025-01-12, 2025-06-01',
    ])
    expect(text).toContain('    Oscillation Harbour (Southland) :2025-04-01, 2025-05-01\n')
  })

  it('is a Vega-Lite bar chart with one bar per period', () => {
    const spec = Chart.toVegaLite(Chart.deadlocks(timeline)) as {
      $schema: string
      data: { values: { from: string; to: string }[] }
    }
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json')
    expect(spec.data.values.map((v) => [v.from, v.to])).toEqual([
      ['2025-01-12', '2025-06-01'],
      ['2025-02-01', '2025-03-01'],
      ['2025-04-01', '2025-05-01'],
      ['2025-05-10', '2025-06-01'],
    ])
  })

  it('is the same data-first and data-last', () => {
    expect(Chart.deadlocks({ title: 'T' })(timeline)).toEqual(Chart.deadlocks(timeline, { title: 'T' }))
  })
})

describe('Chart.linkage', () => {
  it('draws an arrow per sequence condition and marks a cycle of preconditions', () => {
    const graph = right(Chart.linkage(talks()))
    expect(graph.edges.map((e) => [e.from, e.to, e.kind, e.holders, e.via, e.cycle])).toEqual([
      ['harbour', 'truce', 'sequence', ['N'], ['n3'], true],
      ['truce', 'harbour', 'sequence', ['S'], ['s2'], true],
    ])
    const layers = Object.fromEntries(graph.nodes.map((n) => [n.id, n.layer]))
    expect(layers['harbour']).not.toBe(layers['truce'])
  })

  it('as of a date before one side’s condition, there is no cycle', () => {
    const graph = right(Chart.linkage(talks(), { asOf: '2025-01-11' }))
    expect(graph.edges.map((e) => [e.from, e.to, e.cycle])).toEqual([['harbour', 'truce', false]])
    expect(graph.nodes.map((n) => [n.id, n.layer])).toEqual([
      ['harbour', 0],
      ['truce', 1],
    ])
  })

  it('draws linkages from value conditions, dashed, and keeps to the parties asked for', () => {
    const linked = variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as object[]),
        {
          id: 'n9',
          party: 'N',
          issue: 'troops',
          asOf: '2025-02-01',
          sources: [],
          conditions: [
            { kind: 'value', issue: 'harbour', in: { kind: 'options', options: ['north', 'shared'] } },
          ],
        },
      ],
    }))
    const graph = right(Chart.linkage(linked, { parties: ['N'] }))
    expect(graph.edges.map((e) => [e.from, e.to, e.kind])).toEqual([
      ['harbour', 'troops', 'linkage'],
      ['harbour', 'truce', 'sequence'],
    ])
    expect(Chart.toSvg(graph)).toContain('stroke-dasharray="5 3"')
  })

  it('reports unknown parties and is the same data-first and data-last', () => {
    expect(E.isLeft(Chart.linkage(talks(), { parties: ['X'] }))).toBe(true)
    expect(Chart.linkage({ asOf: '2025-02-01' })(talks())).toEqual(
      Chart.linkage(talks(), { asOf: '2025-02-01' }),
    )
  })
})

describe('rendering', () => {
  const hostile = () =>
    variant((d) => ({
      ...d,
      issues: {
        ...(d.issues as object),
        harbour: {
          ...((d.issues as Record<string, object>)['harbour'] as object),
          label: '<script>alert("x")</script> & co',
        },
      },
    }))

  it('escapes every label in SVG and Mermaid', () => {
    const n = hostile()
    const svg = Chart.toSvg(right(Chart.positions(n)))
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co')
    expect(svg).not.toContain('<script')
    const graph = right(Chart.linkage(n))
    expect(Chart.toSvg(graph)).not.toContain('<script')
    expect(Chart.toMermaid(graph)).toContain('["#lt;script#gt;alert(#quot;x#quot;)#lt;/script#gt; & co"]')
  })

  it('gives each SVG its id and keeps internal ids under it, so charts can share a page', () => {
    const graph = right(Chart.linkage(talks()))
    const svg = Chart.toSvg(graph, { id: 'g1' })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" id="g1"')).toBe(true)
    expect(svg).toContain('id="g1-arrow-cycle"')
    expect(svg).toContain('url(#g1-arrow-cycle)')
    expect(Chart.toSvg({ id: 'g1' })(graph)).toBe(svg)
  })

  it('is deterministic: the same chart from two loads of the document gives the same bytes', () => {
    const a = [Chart.toSvg(right(Chart.positions(talks()))), Chart.toSvg(right(Chart.linkage(talks())))]
    const b = [Chart.toSvg(right(Chart.positions(talks()))), Chart.toSvg(right(Chart.linkage(talks())))]
    expect(a).toEqual(b)
  })

  it('says so in words when there is nothing to draw', () => {
    const svg = Chart.toSvg(right(Chart.positions(emptyDoc())))
    expect(svg).toContain('No party has stated an ideal on an ordered issue.')
    expect(Chart.toSvg(right(Chart.linkage(emptyDoc())))).toContain('No condition ties one issue to another.')
  })

  it('draws the positions chart as Vega-Lite step lines, one panel per issue, lines extended to the last date', () => {
    const chart = right(Chart.positions(talks()))
    const spec = Chart.toVegaLite(chart) as unknown as {
      vconcat: { title: string; data: { values: { date: string; step: boolean }[] } }[]
    }
    expect(spec.vconcat.map((p) => p.title)).toEqual(['Truce', 'Harbour', 'Troops at the border'])
    const harbour = spec.vconcat[1]?.data.values.filter(
      (v) => (v as unknown as { party: string }).party === 'Northland',
    )
    expect(harbour?.map((v) => [v.date, v.step])).toEqual([
      ['2025-01-10', true],
      ['2025-04-01', true],
      ['2025-06-30', false],
    ])
  })
})

describe('positions as Mermaid: who moved, when', () => {
  it('is one timeline, a section per issue, a date per change, one entry per party that stated or moved then', () => {
    const withMediator = variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as object[]),
        { id: 'm1', party: 'M', issue: 'harbour', asOf: '2025-04-01', sources: [], ideal: 'shared' },
      ],
    }))
    expect(Chart.toMermaid(right(Chart.positions(withMediator))).split('\n')).toEqual([
      'timeline',
      '    title Positions over time',
      '    section Truce',
      '        2025-01-10 : Northland → truce in force (first stated)',
      '        2025-01-12 : Southland → truce in force (first stated)',
      '    section Harbour',
      '        2025-01-10 : Northland → Northern control (first stated)',
      '        2025-01-12 : Southland → Southern control (first stated)',
      '        2025-04-01 : Northland → Shared control (from Northern control)',
      '                   : Mediator → Shared control (first stated)',
      '    section Troops at the border',
      '        2025-01-10 : Northland → 2000 troops (first stated)',
      '        2025-01-12 : Southland → 500 troops (first stated)',
      '        2025-05-02 : Southland → 1500 troops (from 500 troops)',
      '',
    ])
  })

  it('keeps to the chart: only the moves up to its date, only its issues and parties', () => {
    const text = Chart.toMermaid(right(Chart.positions(talks(), { asOf: '2025-03-01', issues: ['harbour'] })))
    expect(text).toBe(
      [
        'timeline',
        '    title Positions over time',
        '    section Harbour',
        '        2025-01-10 : Northland → Northern control (first stated)',
        '        2025-01-12 : Southland → Southern control (first stated)',
        '',
      ].join('\n'),
    )
  })

  it('strips what Mermaid reserves (colons, comments, semicolons, markup, line breaks) from every text', () => {
    const n = variant((d) => ({
      ...d,
      parties: { ...(d.parties as object), N: { name: 'North: land; #1 %% <i>', role: 'principal' } },
      issues: {
        ...(d.issues as object),
        harbour: {
          ...((d.issues as Record<string, object>)['harbour'] as object),
          label: 'Harbour: %%{init}%%\nport',
        },
      },
    }))
    const lines = Chart.toMermaid(right(Chart.positions(n, { issues: ['harbour'], title: 'A: b; c # d' })))
      .trimEnd()
      .split('\n')
    expect(lines.slice(0, 4)).toEqual([
      'timeline',
      '    title A b c d',
      '    section Harbour %init% port',
      '        2025-01-10 : North land 1 % ‹i› → Northern control (first stated)',
    ])
    // the only colon of an entry is the one that separates it from its date
    for (const l of lines.slice(3)) expect(l.match(/:/g)).toHaveLength(1)
  })

  it('is an empty timeline when no party stated an ideal on an ordered issue', () => {
    expect(Chart.toMermaid(right(Chart.positions(emptyDoc())))).toBe(
      'timeline\n    title Positions over time\n',
    )
  })
})

/** Four issues, three sequence conditions (one that skips a layer) and a linkage. */
const chain = (): Negotiation =>
  deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Chain',
    proposals: {},
    events: [],
    sources: {},
    parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
    issues: {
      truce: { label: 'Truce', category: 'other', domain: { kind: 'flag' } },
      withdrawal: { label: 'Withdrawal', category: 'other', domain: { kind: 'flag' } },
      elections: { label: 'Elections', category: 'other', domain: { kind: 'flag' } },
      aid: { label: 'Aid', category: 'other', domain: { kind: 'flag' } },
    },
    positions: [
      {
        id: 'a1',
        party: 'A',
        issue: 'withdrawal',
        asOf: '2025-01-01',
        sources: [],
        conditions: [
          { kind: 'sequence', first: 'truce', then: 'withdrawal' },
          { kind: 'sequence', first: 'withdrawal', then: 'elections' },
          { kind: 'sequence', first: 'truce', then: 'elections' },
        ],
      },
      {
        id: 'b1',
        party: 'B',
        issue: 'aid',
        asOf: '2025-01-02',
        sources: [],
        conditions: [{ kind: 'value', issue: 'withdrawal', in: { kind: 'flags', values: [true] } }],
      },
    ],
  }) as unknown as Negotiation

interface Layer {
  readonly mark: { readonly type: string }
  readonly data: { readonly values: readonly Record<string, unknown>[] }
  readonly encoding: Record<string, { field?: string; scale?: { domain?: unknown; range?: unknown } | null }>
}

describe('the linkage layout: long arrows bend between the boxes', () => {
  it('gives an arrow that skips a layer a bend beside the issue on that layer, and none to the others', () => {
    const graph = right(Chart.linkage(chain()))
    expect(graph.nodes.map((n) => [n.id, n.layer, n.order])).toEqual([
      ['truce', 0, 0],
      ['withdrawal', 1, 0],
      ['aid', 2, 0],
      ['elections', 2, 1],
    ])
    expect(graph.edges.map((e) => [e.from, e.to, e.kind, e.bends])).toEqual([
      ['withdrawal', 'aid', 'linkage', undefined],
      ['truce', 'elections', 'sequence', [{ layer: 1, order: 0.5 }]],
      ['truce', 'withdrawal', 'sequence', undefined],
      ['withdrawal', 'elections', 'sequence', undefined],
    ])
  })

  it('draws the long arrow in SVG through its bend, straight down beside the box it passes', () => {
    const graph = right(Chart.linkage(chain()))
    const svg = Chart.toSvg(graph)
    const d = (title: string): string =>
      new RegExp(`<path d="([^"]*)"[^>]*><title>${title}</title>`).exec(svg)?.[1] ?? ''
    const long = d('truce before elections, held by A \\(a1\\)')
    expect(long.match(/[MLC]/g)).toEqual(['M', 'C', 'L', 'C'])
    const [, x, y] = /L([\d.]+) ([\d.]+)/.exec(long) as unknown as [string, string, string]
    const box =
      /<title>Withdrawal \(withdrawal\)<\/title><rect x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)"/.exec(
        svg,
      )
    const [bx, by, bw, bh] = (box?.slice(1) ?? []).map(Number) as [number, number, number, number]
    expect(Number(x)).toBeGreaterThan(bx + bw)
    expect(Number(y)).toBe(by + bh)
    expect(d('truce before withdrawal, held by A \\(a1\\)').match(/[MLC]/g)).toEqual(['M', 'C'])
  })
})

describe('the linkage graph as Vega-Lite', () => {
  const spec = () => Chart.toVegaLite(right(Chart.linkage(chain()))) as unknown as { layer: Layer[] }

  it('draws rules for the arrows’ segments, triangles for their heads, rects and text for the issues', () => {
    const s = spec()
    expect((s as unknown as Record<string, unknown>)['$schema']).toBe(
      'https://vega.github.io/schema/vega-lite/v5.json',
    )
    expect(s.layer.map((l) => l.mark.type)).toEqual(['rule', 'point', 'rect', 'text', 'text'])
    const [rules, heads, rects, labels, holders] = s.layer as [Layer, Layer, Layer, Layer, Layer]
    expect(rules.data.values.map((r) => [r['from'], r['to'], r['arrow'], r['holders']])).toEqual([
      ['withdrawal', 'aid', 'depends on (linkage)', 'B'],
      ['truce', 'elections', 'must come before', 'A'],
      ['truce', 'elections', 'must come before', 'A'],
      ['truce', 'elections', 'must come before', 'A'],
      ['truce', 'withdrawal', 'must come before', 'A'],
      ['withdrawal', 'elections', 'must come before', 'A'],
    ])
    // one head per arrow, pointing down (clockwise from straight up) along the last segment into its target
    expect(heads.data.values.map((r) => [r['from'], r['to']])).toEqual([
      ['withdrawal', 'aid'],
      ['truce', 'elections'],
      ['truce', 'withdrawal'],
      ['withdrawal', 'elections'],
    ])
    for (const h of heads.data.values) {
      const last = rules.data.values.filter((r) => r['from'] === h['from'] && r['to'] === h['to']).at(-1)
      const [x1, y1, x2, y2] = ['x', 'y', 'x2', 'y2'].map((k) => last?.[k] as number) as [
        number,
        number,
        number,
        number,
      ]
      const expected = (Math.atan2(x2 - x1, -(y2 - y1)) * 180) / Math.PI
      expect(h['angle'] as number).toBeCloseTo((expected + 360) % 360, 1)
      expect(h['angle'] as number).toBeGreaterThan(90)
      expect(h['angle'] as number).toBeLessThan(270)
    }
    expect(rects.data.values.map((r) => [r['id'], r['issue']])).toEqual([
      ['truce', 'Truce'],
      ['withdrawal', 'Withdrawal'],
      ['aid', 'Aid'],
      ['elections', 'Elections'],
    ])
    expect(labels.data.values.map((r) => r['text'])).toEqual(['Truce', 'Withdrawal', 'Aid', 'Elections'])
    expect(holders.data.values.map((r) => r['holders'])).toEqual(['B', 'A', 'A', 'A'])
    expect(JSON.stringify(s)).not.toContain('"url"')
  })

  it('dashes linkages and colours a cycle red, with a legend in words', () => {
    const [rules] = spec().layer as [Layer]
    expect(rules.encoding['color']?.scale).toEqual({
      domain: ['must come before', 'depends on (linkage)', 'cycle: nobody can move first'],
      range: ['#34495e', '#2e86c1', '#b03a2e'],
    })
    expect(rules.encoding['strokeDash']?.scale?.range).toEqual([
      [1, 0],
      [5, 3],
      [1, 0],
    ])
    const cycle = Chart.toVegaLite(right(Chart.linkage(talks()))) as unknown as { layer: Layer[] }
    expect(cycle.layer[0]?.data.values.map((r) => [r['from'], r['to'], r['arrow'], r['holders']])).toEqual([
      ['harbour', 'truce', 'cycle: nobody can move first', 'N'],
      ['truce', 'harbour', 'cycle: nobody can move first', 'S'],
    ])
    expect(cycle.layer[2]?.data.values.map((r) => r['fill'])).toEqual(['#fdecea', '#fdecea'])
    // the two arrows of the cycle run side by side, one down and one up
    expect(cycle.layer[1]?.data.values.map((r) => r['angle'])).toEqual([180, 0])
  })

  it('routes the long arrow like the SVG: down beside the issue it passes, never across it', () => {
    const [rules, , rects] = spec().layer as [Layer, Layer, Layer]
    const long = rules.data.values.filter((r) => r['to'] === 'elections' && r['from'] === 'truce')
    const middle = long[1] as Record<string, number>
    expect(middle['x']).toBe(middle['x2'])
    const box = rects.data.values.find((r) => r['id'] === 'withdrawal') as Record<string, number>
    expect(middle['x']).toBeGreaterThan(box['x2'] as number)
    expect([middle['y'], middle['y2']]).toEqual([box['y'], box['y2']])
    const svg = Chart.toSvg(right(Chart.linkage(chain())))
    expect(svg).toContain(`L${String(middle['x'])} ${String(middle['y2'])}`)
  })

  it('says so in words when there is nothing to draw', () => {
    const empty = Chart.toVegaLite(right(Chart.linkage(emptyDoc()))) as unknown as Layer
    expect(empty.mark.type).toBe('text')
    expect(empty.data.values).toEqual([{ message: 'No condition ties one issue to another.' }])
  })

  it('is the same bytes for the same graph', () => {
    expect(JSON.stringify(spec())).toBe(JSON.stringify(spec()))
  })
})

import { describe, expect, it } from 'vitest'
import type { PositionPanel, PositionsChart } from '../../src/chart/model'
import { positionsMermaid, positionsSvg, positionsVegaLite } from '../../src/chart/positions-draw'
import { deepFreeze } from '../../src/internal/freeze'

/** A step of a series: `[date, value, label]`, with position `p` and the sources given. */
const step = (date: string, value: unknown, label: string, sources: readonly string[] = []) => ({
  date,
  value,
  label,
  position: 'p',
  sources,
})

type Step = ReturnType<typeof step>

const flagPanel = (
  series: readonly { party: string; steps: readonly Step[] }[],
  more: Partial<Record<keyof PositionPanel, unknown>> = {},
) => ({
  issue: 'truce',
  label: 'Truce',
  category: 'ceasefire',
  kind: 'flag',
  levels: [
    { value: 'false', label: 'none' },
    { value: 'true', label: 'in force' },
  ],
  range: null,
  series,
  moves: 0,
  ...more,
})

const quantityPanel = (
  series: readonly { party: string; steps: readonly Step[] }[],
  range: { min: number; max: number; unit: string } | null = { min: 0, max: 100, unit: 'troops' },
) => ({
  issue: 'troops',
  label: 'Troops',
  category: 'military',
  kind: 'quantity',
  levels: [],
  range,
  series,
  moves: 0,
})

const chart = (panels: readonly object[], more: Record<string, unknown> = {}): PositionsChart =>
  deepFreeze({
    _tag: 'positions',
    title: 'Positions',
    from: '2025-01-01',
    to: '2025-06-01',
    parties: [
      { id: 'A', name: 'Alpha', role: 'principal', color: '#aa0000' },
      { id: 'B', name: 'Beta', role: 'principal', color: '#00aa00' },
      { id: 'C', name: 'Gamma', role: 'principal', color: '#0000aa' },
    ],
    panels,
    skipped: [],
    ...more,
  }) as unknown as PositionsChart

const panelsOf = (c: PositionsChart) =>
  (positionsVegaLite(c) as unknown as { vconcat: { data: { values: Record<string, unknown>[] } }[] }).vconcat

/** The texts of the tick labels at the left of the panels (right-aligned grey text). */
const ticks = (svg: string) =>
  [...svg.matchAll(/<text [^>]*text-anchor="end" fill="#555555"[^>]*>([^<]*)/g)].map((m) => m[1])

const svgHeight = (svg: string) => Number(/^<svg [^>]*height="([^"]*)"/.exec(svg)?.[1])

describe('the positions chart as Vega-Lite', () => {
  it('lists a step’s sources joined with commas and carries each line on to the end of the chart', () => {
    const c = chart([
      flagPanel([
        { party: 'A', steps: [step('2025-02-01', true, 'in force', ['s1', 's2'])] },
        { party: 'B', steps: [step('2025-06-01', false, 'none')] },
        { party: 'C', steps: [] },
      ]),
    ])
    const rows = panelsOf(c)[0]?.data.values ?? []
    expect(rows.map((r) => [r.party, r.date, r.step, r.sources])).toEqual([
      ['Alpha', '2025-02-01', true, 's1, s2'],
      ['Alpha', '2025-06-01', false, 's1, s2'],
      ['Beta', '2025-06-01', true, ''],
    ])
  })

  it('leaves the value axis untitled when a quantity has no unit', () => {
    const c = chart([quantityPanel([{ party: 'A', steps: [step('2025-02-01', 40, '40')] }], null)])
    expect(panelsOf(c)[0]).toMatchObject({ encoding: { y: { field: 'value', title: null } } })
  })
})

describe('the positions chart as a Mermaid timeline', () => {
  it('writes no title line for a title with nothing left to show, and trims what it writes', () => {
    const out = positionsMermaid(
      chart([flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'yes')] }], { label: 'Truce:' })], {
        title: '::',
      }),
    )
    expect(out).toBe('timeline\n    section Truce\n        2025-02-01 : Alpha → yes (first stated)\n')
  })

  it('turns the separators its grammar reserves into spaces', () => {
    const out = positionsMermaid(
      chart([flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'a:b;c#d')] }])]),
    )
    expect(out).toContain('Alpha → a b c d (first stated)')
  })

  it('skips an issue nobody moved on, and names a section “issue” when its label and id leave nothing', () => {
    const out = positionsMermaid(
      chart([
        flagPanel([], { label: 'Silent' }),
        flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'yes')] }], { label: ':', issue: '#' }),
      ]),
    )
    expect(out).not.toContain('Silent')
    expect(out).toContain('    section issue\n')
  })

  it('lists changes oldest first, and on one date in the chart’s order of parties, an unlisted party last', () => {
    const out = positionsMermaid(
      chart([
        flagPanel([
          { party: 'X', steps: [step('2025-03-01', true, 'yes')] },
          { party: 'C', steps: [step('2025-03-01', true, 'yes'), step('2025-04-01', false, 'no')] },
          { party: 'B', steps: [step('2025-03-01', false, 'no')] },
          { party: 'A', steps: [step('2025-05-01', true, 'yes'), step('2025-05-01', false, 'no')] },
        ]),
      ]),
    )
    expect(out.split('\n').slice(3, -1)).toEqual([
      '        2025-03-01 : Beta → no (first stated)',
      '                   : Gamma → yes (first stated)',
      '                   : X → yes (first stated)',
      '        2025-04-01 : Gamma → no (from yes)',
      '        2025-05-01 : Alpha → yes (first stated)',
      '                   : Alpha → no (from yes)',
    ])
  })
})

describe('the positions chart as SVG', () => {
  it('has the default id when none is given', () => {
    const c = chart([flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'yes')] }])])
    expect(positionsSvg(c)).toContain('id="chart-positions"')
  })

  it('labels a quantity’s axis with the bounds of the issue when nobody stated a value', () => {
    expect(ticks(positionsSvg(chart([quantityPanel([])])))).toEqual(['0 troops', '50 troops', '100 troops'])
  })

  it('widens the axis around a single stated value, within the bounds of the issue', () => {
    const c = chart([quantityPanel([{ party: 'A', steps: [step('2025-02-01', 40, '40')] }])])
    expect(ticks(positionsSvg(c))).toEqual(['20 troops', '40 troops', '60 troops'])
  })

  it('draws a quantity without bounds, with no tick labels and no broken coordinates', () => {
    const c = chart([quantityPanel([{ party: 'A', steps: [step('2025-02-01', 40, '40')] }], null)])
    const svg = positionsSvg(c)
    expect(ticks(svg)).toEqual([])
    expect(svg).not.toMatch(/NaN|Infinity/)
  })

  it('scales a quantity by the numbers stated, and draws a value that is not a number without broken coordinates', () => {
    const c = chart([
      quantityPanel([
        { party: 'A', steps: [step('2025-02-01', 40, '40')] },
        { party: 'B', steps: [step('2025-02-01', 'unknown', 'unknown')] },
      ]),
    ])
    const svg = positionsSvg(c)
    expect(ticks(svg)).toEqual(['20 troops', '40 troops', '60 troops'])
    expect(svg).not.toMatch(/NaN|Infinity/)
  })

  it('puts a party’s dot on the line of its level when the options are numbered', () => {
    const c = chart([
      flagPanel([{ party: 'A', steps: [step('2025-02-01', 2, 'Two')] }], {
        kind: 'choice',
        levels: [
          { value: '1', label: 'One' },
          { value: '2', label: 'Two' },
          { value: '3', label: 'Three' },
        ],
      }),
    ])
    const svg = positionsSvg(c)
    const grid = [...svg.matchAll(/<line [^>]*y1="([^"]*)"[^>]*stroke="#f0f0f0"/g)].map((m) => m[1])
    const dots = [...svg.matchAll(/<circle [^>]*cy="([^"]*)"/g)].map((m) => m[1])
    expect(grid).toHaveLength(3)
    expect(dots).toEqual([grid[1]])
  })

  it('shortens a long level label to the label column, keeping the whole of it in a tooltip', () => {
    const long = 'Partial withdrawal now!'
    const c = chart([
      flagPanel([{ party: 'A', steps: [step('2025-02-01', true, long)] }], {
        levels: [
          { value: 'false', label: 'none' },
          { value: 'true', label: long },
        ],
      }),
    ])
    const svg = positionsSvg(c)
    const shown = ticks(svg)[1] ?? ''
    expect(shown.endsWith('…')).toBe(true)
    expect(long.startsWith(shown.slice(0, -1))).toBe(true)
    expect(svg).toContain(`<title>${long}</title>`)
  })

  it('draws the line of a party missing from the legend in dark grey', () => {
    const c = chart([flagPanel([{ party: 'X', steps: [step('2025-02-01', true, 'yes')] }])])
    expect(positionsSvg(c)).toMatch(/<path [^>]*stroke="#333333"/)
  })

  it('gives a single issue the whole width, and stacks two rows of panels into a finite height', () => {
    const one = positionsSvg(chart([flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'yes')] }])]))
    const ends = [...one.matchAll(/<path d="[^"]*H([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(ends.length).toBeGreaterThan(0)
    for (const x of ends) expect(x).toBeGreaterThan(1160 / 2)
    expect(one).not.toMatch(/NaN|Infinity/)
    const panel = flagPanel([{ party: 'A', steps: [step('2025-02-01', true, 'yes')] }])
    const h1 = svgHeight(one)
    const h2 = svgHeight(positionsSvg(chart([panel, panel])))
    const h3 = svgHeight(positionsSvg(chart([panel, panel, panel])))
    expect(h2).toBe(h1)
    expect(h3).toBeGreaterThan(h2)
    expect(Number.isFinite(h3)).toBe(true)
  })
})

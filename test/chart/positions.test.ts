import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import { make } from './make'

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}
const errors = (r: E.Either<readonly Chart.ChartError[], unknown>) => (E.isLeft(r) ? r.left : [])

/** Four issues of every kind, two parties; `B` states first, on the issue listed last. */
const doc = () =>
  make({
    sources: { s1: { title: 'One' }, s2: { title: 'Two' } },
    parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
    issues: {
      truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag', yes: 'in force', no: 'none' } },
      troops: {
        label: 'Troops',
        category: 'military',
        domain: { kind: 'quantity', unit: 'troops', min: 0, max: 100 },
      },
      capital: {
        label: 'Capital',
        category: 'other',
        domain: {
          kind: 'choice',
          options: [
            { id: 'x', label: 'X' },
            { id: 'y', label: 'Y' },
          ],
        },
      },
      unstated: { label: 'Unstated', category: 'other', domain: { kind: 'flag' } },
      port: {
        label: 'Port',
        category: 'territory',
        domain: {
          kind: 'choice',
          ordered: true,
          options: [
            { id: 'n', label: 'North' },
            { id: 's', label: 'South' },
          ],
        },
      },
    },
    positions: [
      { id: 'a1', party: 'A', issue: 'truce', asOf: '2025-02-01', sources: ['s1'], ideal: true },
      { id: 'a2', party: 'A', issue: 'truce', asOf: '2025-03-01', sources: ['s2'], ideal: true },
      { id: 'a3', party: 'A', issue: 'truce', asOf: '2025-04-01', sources: [], ideal: false },
      { id: 'a4', party: 'A', issue: 'troops', asOf: '2025-02-01', sources: [], ideal: 40 },
      { id: 'a5', party: 'A', issue: 'capital', asOf: '2025-02-01', sources: [], ideal: 'x' },
      { id: 'b0', party: 'B', issue: 'truce', asOf: '2025-02-05', sources: [], priority: 0.5 },
      { id: 'b1', party: 'B', issue: 'port', asOf: '2025-01-15', sources: ['s2'], ideal: 'n' },
      { id: 'b2', party: 'B', issue: 'port', asOf: '2025-01-15', sources: ['s1'], priority: 0.9 },
    ],
  })

describe('Chart.positions on hand-made positions', () => {
  it('draws flags, quantities and ordered choices with their levels or range, and skips unordered choices', () => {
    const chart = right(Chart.positions(doc()))
    expect(
      chart.panels.map((p) => [p.issue, p.label, p.category, p.kind, p.levels, p.range, p.moves]),
    ).toEqual([
      [
        'truce',
        'Truce',
        'ceasefire',
        'flag',
        [
          { value: 'false', label: 'none' },
          { value: 'true', label: 'in force' },
        ],
        null,
        1,
      ],
      ['troops', 'Troops', 'military', 'quantity', [], { min: 0, max: 100, unit: 'troops' }, 0],
      [
        'port',
        'Port',
        'territory',
        'choice',
        [
          { value: 'n', label: 'North' },
          { value: 's', label: 'South' },
        ],
        null,
        0,
      ],
    ])
    expect(chart.skipped).toEqual([
      { issue: 'capital', label: 'Capital', reason: 'its options are not ordered' },
    ])
  })

  it('steps only when the ideal changes, citing the record that stated it, and leaves out a party with no ideal', () => {
    const chart = right(Chart.positions(doc()))
    const truce = chart.panels[0]?.series
    expect(truce).toEqual([
      {
        party: 'A',
        steps: [
          { date: '2025-02-01', value: true, label: 'in force', position: 'a1', sources: ['s1'] },
          { date: '2025-04-01', value: false, label: 'none', position: 'a3', sources: [] },
        ],
      },
    ])
    expect(chart.panels[2]?.series).toEqual([
      {
        party: 'B',
        steps: [{ date: '2025-01-15', value: 'n', label: 'North', position: 'b1', sources: ['s2'] }],
      },
    ])
  })

  it('starts at the earliest step of any panel and ends at the latest dated fact', () => {
    const chart = right(Chart.positions(doc()))
    expect([chart.title, chart.from, chart.to]).toEqual(['Positions over time', '2025-01-15', '2025-04-01'])
    expect(chart.parties.map((p) => p.id)).toEqual(['A', 'B'])
  })

  it('draws a move made on the chart’s date, and is the same with no options data-last as data-first', () => {
    const chart = right(Chart.positions(doc(), { asOf: '2025-04-01', issues: ['truce'] }))
    expect(chart.panels[0]?.series[0]?.steps.map((s) => s.date)).toEqual(['2025-02-01', '2025-04-01'])
    expect(Chart.positions()(doc())).toEqual(Chart.positions(doc()))
  })

  it('names what is wrong with the options', () => {
    expect(errors(Chart.positions(doc(), { parties: ['C'], asOf: 'today', from: '2025-13-01' }))).toEqual([
      { _tag: 'unknown-party', message: 'there is no party `C`; parties are: A, B' },
      { _tag: 'bad-date', message: '`asOf` must be a date written YYYY-MM-DD, not "today"' },
      { _tag: 'bad-date', message: '`from` must be a date written YYYY-MM-DD, not "2025-13-01"' },
    ])
    expect(errors(Chart.positions(doc(), { from: '2025-04-02' }))).toEqual([
      { _tag: 'bad-date', message: '`from` (2025-04-02) is after the last date drawn (2025-04-01)' },
    ])
  })
})

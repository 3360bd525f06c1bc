import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Ledger from '../../src/ledger'
import { drafts, ledgerOf } from './make'

const ledger = () => ledgerOf(drafts())
const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}
const lanes = (chart: Chart.AcceptanceChart) =>
  chart.lanes.map((l) => [
    l.proposal,
    l.party,
    l.spans.map((s) => `${s.term} ${s.status} ${s.start} ${s.end}`),
  ])
const errors = (r: E.Either<readonly Chart.ChartError[], unknown>) => (E.isLeft(r) ? r.left : [])

describe('Chart.acceptance on hand-made drafts', () => {
  it('orders lanes by proposal date, then proposal id, then party in chart order, whatever the ledger’s order', () => {
    const chart = right(Chart.acceptance(ledger()))
    expect(chart.lanes.map((l) => [l.proposal, l.title, l.date, l.party, l.terms])).toEqual([
      ['early', 'Early plan', '2025-01-15', 'A', ['truce']],
      ['early', 'Early plan', '2025-01-15', 'B', ['truce']],
      ['early', 'Early plan', '2025-01-15', 'M', ['truce']],
      ['alpha', 'Alpha plan', '2025-03-01', 'A', ['truce']],
      ['zeta', 'Zeta plan', '2025-03-01', 'A', ['truce', 'harbour']],
      ['zeta', 'Zeta plan', '2025-03-01', 'B', ['truce', 'harbour']],
      ['zeta', 'Zeta plan', '2025-03-01', 'M', ['truce', 'harbour']],
    ])
    expect(chart.parties.map((p) => [p.id, p.role])).toEqual([
      ['A', 'principal'],
      ['B', 'principal'],
      ['M', 'mediator'],
    ])
  })

  it('runs from the earliest status to the day after the last recorded date, spans carrying events and sources', () => {
    const chart = right(Chart.acceptance(ledger()))
    expect([chart.title, chart.from, chart.to]).toEqual(['Acceptance over time', '2025-01-15', '2025-03-06'])
    expect(chart.lanes[0]?.spans).toEqual([
      {
        term: 'truce',
        status: 'rejected',
        start: '2025-01-20',
        end: '2025-03-06',
        events: 'e1',
        sources: 'src',
      },
    ])
    expect(lanes(chart)[2]).toEqual([
      'early',
      'M',
      ['truce rejected 2025-01-16 2025-01-25', 'truce accepted 2025-01-25 2025-03-06'],
    ])
  })

  it('clips the spans to a window that starts later, and starts the chart there', () => {
    const chart = right(Chart.acceptance(ledger(), { from: '2025-03-02', title: 'March' }))
    expect([chart.title, chart.from, chart.to]).toEqual(['March', '2025-03-02', '2025-03-06'])
    expect(lanes(chart).slice(0, 4)).toEqual([
      ['early', 'A', ['truce rejected 2025-03-02 2025-03-06']],
      ['early', 'B', ['truce proposed 2025-03-02 2025-03-06']],
      ['early', 'M', ['truce accepted 2025-03-02 2025-03-06']],
      ['alpha', 'A', ['truce proposed 2025-03-02 2025-03-06']],
    ])
    expect(chart.spec).toEqual(
      Ledger.vegaLite(ledger(), {
        parties: ['A', 'B', 'M'] as never,
        from: '2025-03-02' as never,
        title: 'March',
      }),
    )
  })

  it('ends the window early when asked, and keeps to the proposals asked for', () => {
    const early = right(Chart.acceptance(ledger(), { to: '2025-01-19' }))
    expect([early.from, early.to]).toEqual(['2025-01-15', '2025-01-19'])
    expect(lanes(early)).toEqual([
      ['early', 'B', ['truce proposed 2025-01-15 2025-01-19']],
      ['early', 'M', ['truce rejected 2025-01-16 2025-01-19']],
    ])
    const alpha = right(Chart.acceptance(ledger(), { proposals: ['alpha'] }))
    expect(lanes(alpha)).toEqual([['alpha', 'A', ['truce proposed 2025-03-01 2025-03-06']]])
    expect([alpha.from, alpha.to]).toEqual(['2025-03-01', '2025-03-06'])
    expect(alpha.spec).toEqual(
      Ledger.vegaLite(ledger(), {
        parties: ['A', 'B', 'M'] as never,
        proposals: ['alpha'] as never,
        title: 'Acceptance over time',
      }),
    )
  })

  it('accepts a window of one day or more, and names what is wrong with a bad one', () => {
    expect(right(Chart.acceptance(ledger(), { from: '2025-03-01', to: '2025-03-02' })).to).toBe('2025-03-02')
    expect(errors(Chart.acceptance(ledger(), { from: '2025-03-01', to: '2025-03-01' }))).toEqual([
      { _tag: 'bad-date', message: '`from` (2025-03-01) must be before `to` (2025-03-01)' },
    ])
    expect(errors(Chart.acceptance(ledger(), { from: '2025-3-1', to: 'soon' }))).toEqual([
      { _tag: 'bad-date', message: '`from` must be a date written YYYY-MM-DD, not "2025-3-1"' },
      { _tag: 'bad-date', message: '`to` must be a date written YYYY-MM-DD, not "soon"' },
    ])
  })

  it('names the unknown party or proposal and the known ones', () => {
    expect(errors(Chart.acceptance(ledger(), { parties: ['C'], proposals: ['omega'] }))).toEqual([
      { _tag: 'unknown-party', message: 'there is no party `C`; parties are: M, B, A' },
      {
        _tag: 'unknown-proposal',
        message: 'there is no proposal `omega`; proposals are: early, zeta, alpha',
      },
    ])
  })
})

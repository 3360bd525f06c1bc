import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import { agreement, d, ledgerOf, party, prop, response, violation } from './fixture'

type Row = Record<string, string>

describe('vegaLite, with a window', () => {
  it('leaves out a status that ends on the day the window begins', () => {
    const l = ledgerOf([
      response('r-ru', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
    ])
    const spec = Ledger.vegaLite(l, {
      parties: [party('RU')],
      proposals: [prop('energy')],
      from: d('2025-03-20'),
      to: d('2025-03-31'),
    })
    expect((spec.data as { values: Row[] }).values.map((v) => [v.status, v.start, v.end])).toEqual([
      ['violated', '2025-03-20', '2025-03-31'],
    ])
  })
})

describe('mermaid', () => {
  it('names agreements without a proposal by their title, else their summary, else their id', () => {
    const l = ledgerOf([
      agreement('g1', '2025-03-01', ['RU', 'UA'], undefined, {
        title: 'Prisoner swap',
        summary: 'Swap 175 each',
      }),
      agreement('g2', '2025-03-02', ['RU', 'UA'], undefined, { summary: 'Talks to continue' }),
      agreement('g3', '2025-03-03', ['RU', 'UA']),
    ])
    expect(Ledger.mermaid(l)).toBe(
      [
        'timeline',
        '    title Agreements and breaches',
        '    2025-03-01 : RU, UA agreed on Prisoner swap',
        '    2025-03-02 : RU, UA agreed on Talks to continue',
        '    2025-03-03 : RU, UA agreed on g3',
        '',
      ].join('\n'),
    )
  })

  it('phrases withdrawals, disputes and violations alleged by several parties', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'withdrawn'),
      response('r3', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
      violation('v2', '2025-03-21', 'US', 'RU', 'energy'),
      response('r4', '2025-03-24', 'RU', 'sea', 'accepted'),
      response('r5', '2025-03-26', 'RU', 'sea', 'accepted'),
      response('r6', '2025-03-26', 'RU', 'sea', 'rejected'),
    ])
    expect(Ledger.mermaid(l)).toBe(
      [
        'timeline',
        '    title Agreements and breaches',
        '    2025-03-20 : RU accused of breaking Energy moratorium (energy) by UA, US',
        '    2025-03-25 : UA withdrew from Energy moratorium (energy)',
        '    2025-03-26 : reports disagree on RU and Black Sea (sea.navigation, sea.ports)',
        '',
      ].join('\n'),
    )
  })

  it('cleans the title: colons become dashes, runs of spaces one space, and the ends are trimmed', () => {
    const text = Ledger.mermaid(ledgerOf(), { title: '  Talks:Riyadh   round two ' })
    expect(text).toBe(['timeline', '    title Talks — Riyadh round two', ''].join('\n'))
  })
})

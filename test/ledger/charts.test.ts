import { function as F } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import { agreement, d, expiry, ledgerOf, party, prop, response, sanctionsRelief, violation } from './fixture'

const events = () => [
  response('r-ru', '2025-03-18', 'RU', 'energy', 'accepted'),
  response('r-ua', '2025-03-19', 'UA', 'energy', 'accepted'),
  violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
  expiry('x1', '2025-04-18', 'energy'),
  agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea'),
  response('r1', '2025-03-26', 'RU', 'sea', 'conditionally-accepted', { conditions: [sanctionsRelief] }),
]
const l = () => ledgerOf(events())

type Row = Record<string, string>

describe('vegaLite', () => {
  it('is a Vega-Lite v5 spec with inline data: one bar per status, from its start to the next', () => {
    const spec = Ledger.vegaLite(l(), { proposals: [prop('energy')], parties: [party('RU')] })
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json')
    const values = (spec.data as { values: Row[] }).values
    expect(values.map((v) => [v.party, v.row, v.status, v.start, v.end])).toEqual([
      ['RU', 'energy · energy', 'accepted', '2025-03-18', '2025-03-20'],
      ['RU', 'energy · energy', 'violated', '2025-03-20', '2025-04-18'],
      ['RU', 'energy · energy', 'expired', '2025-04-18', '2025-04-19'],
    ])
    expect(values[1]?.events).toBe('v1')
    expect(values[1]?.sources).toBe('src-v1')
  })

  it('colours statuses with the fixed, documented scale', () => {
    const spec = Ledger.vegaLite(l()) as unknown as {
      spec: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }
    }
    const { domain, range } = spec.spec.encoding.color.scale
    expect(domain).toEqual(Object.keys(Ledger.STATUS_COLORS))
    expect(range).toEqual(Object.values(Ledger.STATUS_COLORS))
    expect(new Set(range).size).toBe(range.length)
  })

  it('clips to a date window', () => {
    const spec = Ledger.vegaLite(l(), {
      parties: [party('RU')],
      proposals: [prop('energy')],
      from: d('2025-03-19'),
      to: d('2025-03-31'),
    })
    expect((spec.data as { values: Row[] }).values.map((v) => [v.status, v.start, v.end])).toEqual([
      ['accepted', '2025-03-19', '2025-03-20'],
      ['violated', '2025-03-20', '2025-03-31'],
    ])
  })

  it('ends the window before its last day: a status that begins on `to` is left out', () => {
    const window = (to: string) =>
      (
        Ledger.vegaLite(l(), { parties: [party('RU')], proposals: [prop('energy')], to: d(to) }).data as {
          values: Row[]
        }
      ).values.map((v) => [v.status, v.start, v.end])
    expect(window('2025-03-20')).toEqual([['accepted', '2025-03-18', '2025-03-20']])
    expect(window('2025-03-21')).toEqual([
      ['accepted', '2025-03-18', '2025-03-20'],
      ['violated', '2025-03-20', '2025-03-21'],
    ])
    expect(window('2025-03-18')).toEqual([])
  })

  it('draws a status that begins on the last date there is, 9999-12-31', () => {
    const late = ledgerOf([...events(), response('r-late', '9999-12-31', 'RU', 'energy', 'rejected')])
    const values = (
      Ledger.vegaLite(late, { parties: [party('RU')], proposals: [prop('energy')] }).data as { values: Row[] }
    ).values
    expect(values.map((v) => [v.status, v.start, v.end])).toEqual([
      ['accepted', '2025-03-18', '2025-03-20'],
      ['violated', '2025-03-20', '2025-04-18'],
      ['expired', '2025-04-18', '9999-12-31'],
      ['rejected', '9999-12-31', '9999-12-31'],
    ])
  })

  it('is deterministic, data-first and data-last', () => {
    const a = JSON.stringify(Ledger.vegaLite(l(), { title: 'Energy' }))
    expect(JSON.stringify(F.pipe(l(), Ledger.vegaLite({ title: 'Energy' })))).toBe(a)
    expect(JSON.stringify(Ledger.vegaLite(ledgerOf(events().reverse()), { title: 'Energy' }))).toBe(a)
    expect(Ledger.mermaid(ledgerOf(events().reverse()))).toBe(Ledger.mermaid(l()))
  })
})

describe('mermaid', () => {
  it('is a timeline of agreements and breaches, terms of one proposal grouped', () => {
    const text = Ledger.mermaid(l())
    expect(text).toBe(
      [
        'timeline',
        '    title Agreements and breaches',
        '    2025-03-20 : RU accused of breaking Energy moratorium (energy) by UA',
        '    2025-03-25 : RU, UA agreed on Black Sea',
        '    2025-03-26 : RU attached conditions to Black Sea (sea.navigation, sea.ports)',
        '    2025-04-18 : Energy moratorium (energy) lapsed for RU',
        '               : Energy moratorium (energy) lapsed for UA',
        '',
      ].join('\n'),
    )
    expect(F.pipe(l(), Ledger.mermaid({ title: 'Energy: 2025; #1' }))).toContain('title Energy — 2025, ,1')
  })
})

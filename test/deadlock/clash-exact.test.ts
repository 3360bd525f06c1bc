import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { doc, found, options, pos } from './fixture'

const THREE = { parties: ['A', 'B', 'M'] as never, suggest: false }

const border = (a: string[], b: string[], m: string[]) =>
  doc({
    positions: [
      pos('A', 'border', '2025-01-01', { acceptable: options(...a) }),
      pos('B', 'border', '2025-01-02', { acceptable: options(...b) }),
      pos('M', 'border', '2025-01-03', { acceptable: options(...m) }),
    ],
  })

describe('Deadlock.clashes, exactly', () => {
  it('names every pair that excludes each other', () => {
    const [c, ...rest] = found(Deadlock.clashes(border(['old'], ['new'], ['contact']), THREE))
    expect(rest).toEqual([])
    expect(c!.parties).toEqual(['A', 'B', 'M'])
    expect(c!.pairs).toEqual([
      ['A', 'B'],
      ['A', 'M'],
      ['B', 'M'],
    ])
    expect(c!.explanation).toBe(
      'On Border, Alpha, Beta and Mediator have no acceptable value in common: Alpha could accept only Old line, Beta only New line and Mediator only Contact line. Excluding each other: Alpha and Beta; Alpha and Mediator; Beta and Mediator. This has held since 2025-01-02.',
    )
  })

  it('involves only the parties of an excluding pair', () => {
    const [two] = found(Deadlock.clashes(border(['old'], ['contact', 'new'], ['contact']), THREE))
    expect([two!.parties, two!.pairs]).toEqual([
      ['A', 'B', 'M'],
      [
        ['A', 'B'],
        ['A', 'M'],
      ],
    ])
    expect(two!.explanation).toBe(
      'On Border, Alpha, Beta and Mediator have no acceptable value in common: Alpha could accept only Old line, Beta only Contact line or New line and Mediator only Contact line. Excluding each other: Alpha and Beta; Alpha and Mediator. This has held since 2025-01-02.',
    )
    const [one] = found(Deadlock.clashes(border(['old'], ['new'], ['old', 'contact', 'new']), THREE))
    expect([one!.parties, one!.pairs]).toEqual([['A', 'B'], [['A', 'B']]])
    expect(one!.limits.map((l) => l.party)).toEqual(['A', 'B', 'M'])
    expect(one!.evidence.map((e) => e.positionId)).toEqual(['A-border-2025-01-01', 'B-border-2025-01-02'])
    expect(one!.explanation).toBe(
      'On Border, Alpha and Beta have no acceptable value in common: Alpha could accept only Old line and Beta only New line. This has held since 2025-01-02.',
    )
  })

  it("does not count a party's own red line against its stale ideal", () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { ideal: 'old' }),
        pos('A', 'border', '2025-02-01', { redLines: options('old') }),
      ],
    })
    expect(found(Deadlock.clashes(n))).toEqual([])
  })

  it('leaves out what it has not got: an ideal, a suggestion, concessions', () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { ideal: 'old', acceptable: options('old', 'contact') }),
        pos('B', 'border', '2025-01-02', { redLines: options('old') }),
      ],
    })
    const [c, ...rest] = found(Deadlock.clashes(n, { suggest: false }))
    expect(rest).toEqual([])
    expect(c!.basis).toBe('ideal-in-red-lines')
    expect(c!.limits).toEqual([
      {
        party: 'A',
        allowed: options('old', 'contact'),
        text: 'Alpha could accept Old line or Contact line',
        ideal: 'Old line',
      },
      { party: 'B', allowed: options('contact', 'new'), text: 'Beta could accept Contact line or New line' },
    ])
    expect(Object.keys(c!.limits[1]!)).toEqual(['party', 'allowed', 'text'])
    const keys = ['kind', 'id', 'parties', 'issues', 'since', 'active', 'evidence', 'explanation']
    expect(Object.keys(c!)).toEqual([...keys, 'basis', 'limits', 'pairs'])
    const [withWay] = found(Deadlock.clashes(n))
    expect(Object.keys(withWay!)).toEqual([...keys, 'suggestion', 'basis', 'limits', 'pairs'])
    expect(withWay!.suggestion).toBe('Settle within what every principal accepts on Border: Contact line.')
  })
})

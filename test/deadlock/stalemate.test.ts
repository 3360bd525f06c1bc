import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { d, doc, found, healthy, interval, options, pos } from './fixture'

/** Alpha and Beta far apart on the army cap; Beta moves on 2025-03-01 (by 0.1 of the scale), then nobody moves. */
const stuck = doc({
  positions: [
    pos('A', 'army', '2025-01-01', { ideal: 900, acceptable: interval(800, 1000) }),
    pos('B', 'army', '2025-01-01', { ideal: 200, acceptable: interval(0, 500) }),
    pos('B', 'army', '2025-03-01', { ideal: 300, acceptable: interval(0, 600) }),
    pos('B', 'army', '2025-04-01', { ideal: 305 }),
  ],
})

describe('Deadlock.stalemates', () => {
  it('reports a contested issue nobody has moved on for the window, dated from the last real move', () => {
    expect(found(Deadlock.stalemates(stuck, { asOf: d('2025-05-29') }))).toEqual([])
    const [s, ...rest] = found(Deadlock.stalemates(stuck, { asOf: d('2025-05-30') }))
    expect(rest).toEqual([])
    expect(s).toMatchObject({
      kind: 'stalemate',
      id: 'stalemate:army',
      parties: ['A', 'B'],
      since: '2025-03-01',
      days: 90,
      window: 90,
      threshold: 0.02,
      active: true,
    })
    expect(s!.movement).toEqual([
      { party: 'A', largest: 0 },
      { party: 'B', largest: 0.005, lastMove: '2025-03-01' },
    ])
    expect(s!.evidence.map((e) => e.positionId)).toEqual([
      'A-army-2025-01-01',
      'B-army-2025-03-01',
      'B-army-2025-04-01',
    ])
    expect(s!.explanation).toContain('for 90 days (since 2025-03-01)')
  })

  it('takes the window and the threshold as options', () => {
    expect(
      found(Deadlock.stalemates(stuck, { asOf: d('2025-04-15'), window: 30 })).map((s) => s.since),
    ).toEqual(['2025-03-01'])
    expect(
      found(Deadlock.stalemates(stuck, { asOf: d('2025-05-30'), threshold: 0.001 })).map((s) => s.since),
    ).toEqual([])
    expect(
      found(Deadlock.stalemates(stuck, { asOf: d('2025-07-01'), threshold: 0.001 })).map((s) => s.since),
    ).toEqual(['2025-04-01'])
  })

  it('needs a gap: no stalemate while the sides share a value, however still they are', () => {
    const calm = doc({
      positions: [
        pos('A', 'army', '2025-01-01', { acceptable: interval(400, 1000) }),
        pos('B', 'army', '2025-01-01', { acceptable: interval(0, 500) }),
      ],
    })
    expect(found(Deadlock.stalemates(calm, { asOf: d('2026-01-01') }))).toEqual([])
    expect(found(Deadlock.stalemates(healthy(), { asOf: d('2026-01-01') }))).toEqual([])
  })

  it('counts one day as a day', () => {
    const [s] = found(Deadlock.stalemates(stuck, { asOf: d('2025-04-02'), window: 1, threshold: 0.001 }))
    expect([s!.since, s!.days]).toEqual(['2025-04-01', 1])
    expect(s!.explanation).toContain('scale for 1 day (since 2025-04-01)')
    expect(s!.suggestion).toMatch(/^A stalemate of 1 day on /)
  })

  it('works data-first and data-last', () => {
    expect(Deadlock.stalemates({ asOf: d('2025-06-01') })(stuck)).toEqual(
      Deadlock.stalemates(stuck, { asOf: d('2025-06-01') }),
    )
  })
})

describe('Deadlock.oscillations', () => {
  const flipFlop = doc({
    positions: [
      pos('M', 'sequencing', '2025-03-11', { ideal: 'ceasefire-first' }),
      pos('M', 'sequencing', '2025-08-16', { ideal: 'settlement-first' }),
      pos('M', 'sequencing', '2025-10-17', { ideal: 'ceasefire-first' }),
      pos('A', 'border', '2025-01-01', { acceptable: options('old') }),
      pos('A', 'border', '2025-02-01', { acceptable: options('old', 'contact') }),
      pos('A', 'border', '2025-09-01', { acceptable: options('old') }),
    ],
  })

  it("reports a party's ideal going back and forth within the window, active for a window after", () => {
    const [o, ...rest] = found(Deadlock.oscillations(flipFlop, { asOf: d('2025-11-01') }))
    expect(rest).toEqual([])
    expect(o).toMatchObject({
      kind: 'oscillation',
      id: 'oscillation:M:sequencing:ideal:2025-08-16',
      parties: ['M'],
      field: 'ideal',
      states: ['Ceasefire first', 'Settlement first', 'Ceasefire first'],
      dates: ['2025-03-11', '2025-08-16', '2025-10-17'],
      since: '2025-08-16',
      active: true,
    })
    expect(o!.evidence.map((e) => e.positionId)).toEqual([
      'M-sequencing-2025-03-11',
      'M-sequencing-2025-08-16',
      'M-sequencing-2025-10-17',
    ])
    expect(found(Deadlock.oscillations(flipFlop, { asOf: d('2026-01-16') }))[0]!.active).toBe(false)
    expect(found(Deadlock.oscillations(flipFlop, { asOf: d('2025-10-16') }))).toEqual([])
  })

  it('says when the return came the same day or the next', () => {
    const quick = (back: string) =>
      found(
        Deadlock.oscillations(
          doc({
            positions: [
              pos('M', 'sequencing', '2025-03-10', { ideal: 'ceasefire-first' }),
              pos('M', 'sequencing', '2025-03-11', { ideal: 'settlement-first' }),
              pos('M', 'sequencing', back, { ideal: 'ceasefire-first' }),
            ],
          }),
          { asOf: d('2025-03-20') },
        ),
      ).map((o) => o.explanation.replace(/^.*\(2025-03-11\) and back /, ''))
    expect(quick('2025-03-12')).toEqual(['the next day (2025-03-12).'])
    expect(quick('2025-03-13')).toEqual(['2 days later (2025-03-13).'])
  })

  it('reports limits too when the return is quick enough, and only the given parties when asked', () => {
    const all = found(Deadlock.oscillations(flipFlop, { asOf: d('2025-11-01'), oscillationWindow: 240 }))
    expect(all.map((o) => o.id)).toEqual([
      'oscillation:A:border:limits:2025-02-01',
      'oscillation:M:sequencing:ideal:2025-08-16',
    ])
    expect(
      found(
        Deadlock.oscillations(flipFlop, {
          asOf: d('2025-11-01'),
          parties: ['A'] as never,
          oscillationWindow: 240,
        }),
      ).map((o) => o.id),
    ).toEqual(['oscillation:A:border:limits:2025-02-01'])
  })

  it('finds nothing when positions move one way', () => {
    expect(found(Deadlock.oscillations(healthy()))).toEqual([])
    expect(found(Deadlock.oscillations(stuck, { asOf: d('2025-12-01') }))).toEqual([])
  })
})

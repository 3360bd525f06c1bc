import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { d, doc, found, interval, pos } from './fixture'

const ids = (n: ReturnType<typeof doc>, o: Deadlock.DeadlockOptions = {}): readonly string[] =>
  found(Deadlock.oscillations(n, { asOf: d('2025-06-01'), ...o })).map((x) => x.id)

describe('Deadlock.oscillations, exactly', () => {
  it('lists active oscillations first, then by the date they began', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', { ideal: true }),
        pos('A', 'truce', '2025-01-11', { ideal: false }),
        pos('A', 'truce', '2025-01-21', { ideal: true }),
        pos('A', 'aid', '2025-02-01', { ideal: false }),
        pos('A', 'aid', '2025-02-11', { ideal: true }),
        pos('A', 'aid', '2025-02-21', { ideal: false }),
        pos('A', 'army', '2025-03-01', { ideal: 100 }),
        pos('A', 'army', '2025-03-11', { ideal: 900 }),
        pos('A', 'army', '2025-03-21', { ideal: 100 }),
        pos('A', 'border', '2025-04-01', { ideal: 'old' }),
        pos('A', 'border', '2025-04-11', { ideal: 'new' }),
        pos('A', 'border', '2025-04-21', { ideal: 'old' }),
      ],
    })
    const found_ = found(Deadlock.oscillations(n, { asOf: d('2025-06-01') }))
    expect(found_.map((x) => [x.id, x.active])).toEqual([
      ['oscillation:A:army:ideal:2025-03-11', true],
      ['oscillation:A:border:ideal:2025-04-11', true],
      ['oscillation:A:truce:ideal:2025-01-11', false],
      ['oscillation:A:aid:ideal:2025-02-11', false],
    ])
    expect(found_[0]!.explanation).toBe(
      'Alpha went back and forth on Army cap: its ideal went from 100 troops (2025-03-01) to 900 troops (2025-03-11) and back 10 days later (2025-03-21).',
    )
    expect(found_[0]!.window).toBe(90)
  })

  it('needs the move away to be more than the threshold', () => {
    const there = (to: number) =>
      doc({
        positions: [
          pos('A', 'army', '2025-01-01', { ideal: 500 }),
          pos('A', 'army', '2025-01-11', { ideal: to }),
          pos('A', 'army', '2025-01-21', { ideal: 500 }),
        ],
      })
    expect(ids(there(510))).toEqual([])
    expect(ids(there(530))).toEqual(['oscillation:A:army:ideal:2025-01-11'])
    expect(ids(there(600), { threshold: 0.1 })).toEqual([])
    expect(ids(there(601), { threshold: 0.1 })).toEqual(['oscillation:A:army:ideal:2025-01-11'])
  })

  it('needs what a party could accept to move by more than the threshold', () => {
    const limits = (max: number) =>
      doc({
        positions: [
          pos('B', 'army', '2025-01-01', { acceptable: interval(0, 500) }),
          pos('B', 'army', '2025-01-11', { acceptable: interval(0, max) }),
          pos('B', 'army', '2025-01-21', { acceptable: interval(0, 500) }),
        ],
      })
    expect(ids(limits(510))).toEqual([])
    const [o, ...rest] = found(Deadlock.oscillations(limits(800), { asOf: d('2025-06-01') }))
    expect(rest).toEqual([])
    expect(o).toMatchObject({
      id: 'oscillation:B:army:limits:2025-01-11',
      field: 'limits',
      dates: ['2025-01-01', '2025-01-11', '2025-01-21'],
      active: false,
    })
    expect(o!.explanation).toContain('Beta went back and forth on Army cap: what it could accept went from ')
  })

  it('counts a return exactly one window after leaving, not a day later', () => {
    const back = (date: string) =>
      doc({
        positions: [
          pos('A', 'truce', '2025-01-01', { ideal: true }),
          pos('A', 'truce', '2025-01-11', { ideal: false }),
          pos('A', 'truce', date, { ideal: true }),
        ],
      })
    expect(ids(back('2025-02-10'), { oscillationWindow: 30 })).toEqual([
      'oscillation:A:truce:ideal:2025-01-11',
    ])
    expect(ids(back('2025-02-11'), { oscillationWindow: 30 })).toEqual([])
  })
})

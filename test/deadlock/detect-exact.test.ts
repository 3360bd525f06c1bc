import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import { d, doc, interval, pos } from './fixture'

/** A clash on the army cap from 2025-02-01, and a response the acceptance ledger cannot take. */
const badLedger = doc({
  positions: [
    pos('A', 'army', '2025-01-01', { acceptable: interval(800, 1000) }),
    pos('B', 'army', '2025-02-01', { acceptable: interval(0, 500) }),
  ],
  events: [
    {
      id: 'e1',
      kind: 'response',
      date: '2025-02-03',
      party: 'X',
      proposal: 'p',
      stance: 'accepted',
      sources: [],
    },
  ],
  asOf: '2025-03-01',
})

const LEDGER_ERRORS = [
  {
    _tag: 'ledger',
    message: 'acceptance ledger: event `e1` (response): `X` is not a party of the negotiation.',
  },
  {
    _tag: 'ledger',
    message: 'acceptance ledger: event `e1` (response): `p` is not a proposal of the negotiation.',
  },
]

const BAD_OPTIONS = [
  {
    _tag: 'bad-option',
    message: "`threshold` is a share of an issue's distance scale, from 0 to less than 1; got 2",
  },
  { _tag: 'bad-option', message: '`maxConflicts` must be a whole number, 0 or more; got -1' },
]

describe('Deadlock.detect, exactly', () => {
  it('returns the errors of a kind that cannot be computed, and finds the rest when that kind is left out', () => {
    expect(Deadlock.detect(badLedger)).toEqual(E.left(LEDGER_ERRORS))
    expect(Deadlock.detect(badLedger, { kinds: ['red-line-clash', 'stalemate'] })).toEqual(
      E.right([expect.objectContaining({ id: 'red-line-clash:army', since: '2025-02-01' })]),
    )
  })

  it('looks only for the kinds asked for', () => {
    const n = doc({
      positions: [
        pos('A', 'army', '2025-01-01', { acceptable: interval(800, 1000) }),
        pos('B', 'army', '2025-01-01', { acceptable: interval(0, 500) }),
      ],
      asOf: '2025-12-01',
    })
    const kinds = (k: Deadlock.DeadlockOptions['kinds']) =>
      E.map((fs: readonly Deadlock.Finding[]) => fs.map((f) => f.id))(Deadlock.detect(n, { kinds: k }))
    expect(kinds(undefined)).toEqual(E.right(['red-line-clash:army', 'stalemate:army']))
    expect(kinds(['red-line-clash'])).toEqual(E.right(['red-line-clash:army']))
    expect(kinds(['stalemate'])).toEqual(E.right(['stalemate:army']))
  })
})

describe('Deadlock.detectOrThrow', () => {
  it('throws one line per problem', () => {
    expect(() => Deadlock.detectOrThrow(badLedger, { threshold: 2, maxConflicts: -1 })).toThrow(
      new Error(
        "deadlock detection failed:\n- `threshold` is a share of an issue's distance scale, from 0 to less than 1; got 2\n- `maxConflicts` must be a whole number, 0 or more; got -1",
      ),
    )
    expect(Deadlock.detectOrThrow(badLedger, { kinds: ['red-line-clash'] }).map((f) => f.id)).toEqual([
      'red-line-clash:army',
    ])
  })
})

describe('Deadlock.timeline, exactly', () => {
  it('returns the problems with the options, and the errors of a kind that cannot be computed', () => {
    expect(Deadlock.timeline(badLedger, { threshold: 2, maxConflicts: -1 })).toEqual(E.left(BAD_OPTIONS))
    expect(Deadlock.timeline(badLedger)).toEqual(E.left(LEDGER_ERRORS))
  })

  it('evaluates the dated facts up to the date asked for, and only the extra dates its kinds need', () => {
    const n = doc({
      positions: [
        pos('A', 'army', '2025-01-01', { acceptable: interval(800, 1000) }),
        pos('B', 'army', '2025-02-01', { acceptable: interval(0, 500) }),
        pos('B', 'army', '2025-08-01', { acceptable: interval(0, 900) }),
      ],
    })
    expect(Deadlock.timeline(n, { asOf: d('2025-06-01'), kinds: ['red-line-clash'] })).toEqual(
      E.right({
        from: '2025-01-01',
        to: '2025-06-01',
        dates: ['2025-01-01', '2025-02-01', '2025-06-01'],
        entries: [
          {
            id: 'red-line-clash:army',
            kind: 'red-line-clash',
            parties: ['A', 'B'],
            issues: ['army'],
            explanation: expect.stringContaining('Army cap') as string,
            periods: [{ from: '2025-02-01' }],
          },
        ],
      }),
    )
    const dates = (kinds: Deadlock.DeadlockOptions['kinds']) =>
      E.map((t: Deadlock.Timeline) => t.dates)(Deadlock.timeline(n, { asOf: d('2025-06-01'), kinds }))
    expect(dates(['stalemate'])).toEqual(
      E.right(['2025-01-01', '2025-02-01', '2025-04-01', '2025-05-02', '2025-06-01']),
    )
    expect(dates(['oscillation'])).toEqual(
      E.right(['2025-01-01', '2025-02-01', '2025-04-02', '2025-05-03', '2025-06-01']),
    )
  })

  it('orders entries that begin the same day by kind, then id', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', { ideal: true }),
        pos('A', 'truce', '2025-01-10', { ideal: false }),
        pos('A', 'truce', '2025-02-01', { ideal: true }),
        pos('A', 'aid', '2025-01-01', { ideal: true }),
        pos('A', 'aid', '2025-01-20', { ideal: false }),
        pos('A', 'aid', '2025-02-01', { ideal: true }),
      ],
    })
    const t = Deadlock.timeline(n, { asOf: d('2025-03-01'), kinds: ['oscillation'] })
    expect(E.map((x: Deadlock.Timeline) => x.entries.map((e) => [e.id, e.periods]))(t)).toEqual(
      E.right([
        ['oscillation:A:aid:ideal:2025-01-20', [{ from: '2025-02-01' }]],
        ['oscillation:A:truce:ideal:2025-01-10', [{ from: '2025-02-01' }]],
      ]),
    )
  })
})

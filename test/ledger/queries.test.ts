import { function as F, option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import {
  agreement,
  d,
  expiry,
  issue,
  left,
  ledgerOf,
  meeting,
  monitors,
  party,
  prop,
  response,
  right,
  sanctionsRelief,
  violation,
} from './fixture'

const energy = () =>
  ledgerOf([
    response('r-ru', '2025-03-18', 'RU', 'energy', 'accepted'),
    response('r-ua', '2025-03-19', 'UA', 'energy', 'accepted'),
    violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
    expiry('x1', '2025-04-18', 'energy'),
  ])

describe('statusAt', () => {
  it('answers data-first and data-last alike', () => {
    const l = energy()
    const args = [party('UA'), prop('energy'), issue('energy'), d('2025-03-19')] as const
    expect(F.pipe(l, Ledger.statusAt(...args))).toStrictEqual(Ledger.statusAt(l, ...args))
    expect(right(Ledger.statusAt(l, ...args))).toMatchObject({ status: 'accepted', since: '2025-03-19' })
  })

  it('names unknown parties, proposals and terms', () => {
    const l = energy()
    expect(
      left(Ledger.statusAt(l, party('RX'), prop('energy'), issue('energy'), d('2025-03-19'))),
    ).toMatchObject([{ _tag: 'unknown-party', field: 'party' }])
    expect(
      left(Ledger.statusAt(l, party('RU'), prop('nope'), issue('energy'), d('2025-03-19'))),
    ).toMatchObject([{ _tag: 'unknown-proposal', field: 'proposal' }])
    const [e] = left(Ledger.statusAt(l, party('RU'), prop('sea'), issue('sea.port'), d('2025-03-19')))
    expect(e).toMatchObject({ _tag: 'unknown-term', field: 'term' })
    expect(e?.fix).toContain('did you mean `sea.ports`?')
  })

  it('refuses a date that is not a real calendar date, which would be compared as text', () => {
    const l = energy()
    const bad = (date: unknown) =>
      Ledger.statusAt(l, party('UA'), prop('energy'), issue('energy'), date as ReturnType<typeof d>)
    const refusal = (shown: string) => ({
      _tag: 'bad-date',
      field: 'date',
      message: `the date ${shown} to read the status on is not a real calendar date.`,
      fix: 'Write the date as YYYY-MM-DD.',
    })
    expect(left(bad('2025-3-19'))).toStrictEqual([refusal('"2025-3-19"')])
    expect(left(bad('2025-02-30'))).toStrictEqual([refusal('"2025-02-30"')])
    expect(left(bad(20250319))).toStrictEqual([refusal('20250319')])
    // with an unknown party too, both are named
    expect(
      left(
        Ledger.statusAt(l, party('RX'), prop('energy'), issue('energy'), '9999' as ReturnType<typeof d>),
      ).map((e) => e._tag),
    ).toEqual(['unknown-party', 'bad-date'])
    expect(right(bad('2025-03-19'))).toMatchObject({ status: 'accepted' })
  })
})

const deeplyFrozen = (u: unknown): boolean =>
  typeof u !== 'object' || u === null || (Object.isFrozen(u) && Object.values(u).every(deeplyFrozen))

describe('results', () => {
  it('are deeply frozen', () => {
    const l = energy()
    expect(deeplyFrozen(Ledger.stateAt(l, d('2025-04-18')))).toBe(true)
    expect(deeplyFrozen(right(Ledger.history(l, party('RU'), prop('energy'), issue('energy'))))).toBe(true)
    expect(deeplyFrozen(Ledger.brokenCommitments(l))).toBe(true)
    expect(deeplyFrozen(Ledger.agreedAt(l, d('2025-03-19')))).toBe(true)
    expect(deeplyFrozen(Ledger.vegaLite(l))).toBe(true)
  })
})

describe('stateAt', () => {
  it('gives every party a status on every term of every proposal, unknown where nothing is recorded', () => {
    const l = energy()
    const state = Ledger.stateAt(l, d('2025-03-19'))
    expect(Object.keys(state)).toEqual(['RU', 'UA', 'US'])
    expect(Object.keys(state.RU ?? {})).toEqual(['energy', 'sea', 'truce30'])
    expect(Object.keys(state.RU?.sea ?? {})).toEqual(['sea.navigation', 'sea.ports'])
    expect(state.RU?.energy?.energy?.status).toBe('accepted')
    expect(state.UA?.energy?.energy?.status).toBe('accepted')
    expect(state.US?.energy?.energy?.status).toBe('proposed')
    expect(state.RU?.sea?.['sea.ports']?.status).toBe('unknown')
    expect(F.pipe(l, Ledger.stateAt(d('2025-03-19')))).toStrictEqual(state)
  })

  it('follows the energy moratorium through its life', () => {
    const l = energy()
    const ru = (date: string) => Ledger.stateAt(l, d(date)).RU?.energy?.energy?.status
    expect([ru('2025-03-17'), ru('2025-03-18'), ru('2025-03-20'), ru('2025-04-18')]).toEqual([
      'unknown',
      'accepted',
      'violated',
      'expired',
    ])
  })
})

describe('history', () => {
  it('lists every status in order with its evidence, data-first and data-last', () => {
    const l = energy()
    const h = right(Ledger.history(l, party('RU'), prop('energy'), issue('energy')))
    expect(h.map((s) => s.status)).toEqual(['accepted', 'violated', 'expired'])
    expect(h[1]).toMatchObject({ since: '2025-03-20', allegedBy: ['UA'], commitment: { status: 'accepted' } })
    expect(F.pipe(l, Ledger.history(party('RU'), prop('energy'), issue('energy')))).toStrictEqual(
      Ledger.history(l, party('RU'), prop('energy'), issue('energy')),
    )
    expect(right(Ledger.history(l, party('RU'), prop('sea'), issue('sea.ports')))).toEqual([])
    expect(left(Ledger.history(l, party('XX'), prop('sea'), issue('sea.ports')))).toHaveLength(1)
  })
})

describe('flips', () => {
  it('lists the statuses that changed between two dates, with both', () => {
    const l = energy()
    const f = Ledger.flips(l, d('2025-03-18'), d('2025-04-30'))
    expect(f.map((x) => [x.party, x.proposal, x.term, x.from.status, x.to.status])).toEqual([
      ['RU', 'energy', 'energy', 'accepted', 'expired'],
      ['UA', 'energy', 'energy', 'unknown', 'expired'],
      ['US', 'energy', 'energy', 'proposed', 'expired'],
      ['US', 'sea', 'sea.navigation', 'unknown', 'proposed'],
      ['US', 'sea', 'sea.ports', 'unknown', 'proposed'],
    ])
    expect(F.pipe(l, Ledger.flips(d('2025-03-18'), d('2025-04-30')))).toStrictEqual(f)
    expect(Ledger.flips(l, d('2025-03-23'), d('2025-04-17'))).toEqual([])
  })

  it('counts a status begun again as a change', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'withdrawn'),
      response('r3', '2025-03-30', 'UA', 'energy', 'accepted'),
    ])
    const f = Ledger.flips(l, d('2025-03-20'), d('2025-04-01')).filter((x) => x.proposal === 'energy')
    expect(f.map((x) => [x.party, x.from.status, x.to.status])).toEqual([['UA', 'accepted', 'accepted']])
  })
})

describe('agreedAt', () => {
  it('lists the terms every principal had accepted, saying which acceptances are conditional', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU', 'UA', 'US'], 'sea', { terms: ['sea.navigation'] }),
      response('r1', '2025-03-26', 'RU', 'sea', 'conditionally-accepted', {
        terms: ['sea.ports'],
        conditions: [sanctionsRelief],
      }),
      response('r2', '2025-03-26', 'UA', 'sea', 'accepted', { terms: ['sea.ports'] }),
    ])
    expect(Ledger.agreedAt(l, d('2025-03-24'))).toEqual([])
    const agreed = Ledger.agreedAt(l, d('2025-03-26'))
    expect(agreed.map((a) => [a.proposal, a.term, a.conditional, a.violationAlleged])).toEqual([
      ['sea', 'sea.navigation', false, false],
      ['sea', 'sea.ports', true, false],
    ])
    expect(Object.keys(agreed[1]?.statuses ?? {})).toEqual(['RU', 'UA'])
    expect(F.pipe(l, Ledger.agreedAt(d('2025-03-26')))).toStrictEqual(agreed)
  })

  it('counts a proposer as accepting its own term, and an allegedly violated acceptance as still standing', () => {
    const l = ledgerOf([
      response('r1', '2025-03-13', 'RU', 'truce30', 'conditionally-accepted', { conditions: [monitors] }),
      violation('v1', '2025-04-04', 'UA', 'RU', 'truce30'),
    ])
    expect(
      Ledger.agreedAt(l, d('2025-04-05')).map((a) => [a.proposal, a.conditional, a.violationAlleged]),
    ).toEqual([['truce30', true, true]])
  })

  it('does not count a withdrawn or missing acceptance', () => {
    const l = energy()
    expect(Ledger.agreedAt(l, d('2025-03-19')).map((a) => a.proposal)).toEqual(['energy'])
    expect(Ledger.agreedAt(l, d('2025-04-18'))).toEqual([])
  })
})

describe('events', () => {
  it('lists every event by date and id, and finds one by id', () => {
    const l = ledgerOf([
      meeting('m2', '2025-03-24', ['RU']),
      meeting('m1', '2025-03-24', ['UA']),
      meeting('m0', '2025-03-25', ['US']),
    ])
    expect(Ledger.events(l).map((e) => e.id)).toEqual(['m1', 'm2', 'm0'])
    expect(
      F.pipe(
        l,
        Ledger.event('m1' as never),
        O.map((e) => e.date),
      ),
    ).toEqual(O.some('2025-03-24'))
    expect(Ledger.event(l, 'zz' as never)).toEqual(O.none)
  })
})

import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import {
  agreement,
  expiry,
  ledgerOf,
  monitors,
  response,
  sanctionsRelief,
  statusOf,
  tabled,
  violation,
} from './fixture'

describe('status transitions', () => {
  it('a proposal makes its tabling parties `proposed` from its date, with the proposal as evidence', () => {
    const l = ledgerOf()
    expect(statusOf(l, 'US', 'energy', 'energy', '2025-03-17').status).toBe('unknown')
    expect(statusOf(l, 'US', 'energy', 'energy', '2025-03-18')).toEqual({
      party: 'US',
      proposal: 'energy',
      term: 'energy',
      status: 'proposed',
      since: '2025-03-18',
      evidence: [{ event: null, date: '2025-03-18', sources: ['wh-0318'] }],
      sources: ['wh-0318'],
    })
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-12-31').status).toBe('unknown')
  })

  it('a later tabling makes its parties `proposed` from that date', () => {
    const l = ledgerOf([tabled('t1', '2025-04-01', ['RU'], 'sea')])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-31').status).toBe('unknown')
    const s = statusOf(l, 'RU', 'sea', 'sea.ports', '2025-04-01')
    expect(s.status).toBe('proposed')
    expect(s.status !== 'unknown' && s.evidence.map((e) => e.event)).toEqual(['t1'])
  })

  it('a response sets its stance on the listed terms only, or on every term when none are listed', () => {
    const l = ledgerOf([
      response('r1', '2025-03-24', 'UA', 'sea', 'accepted', { terms: ['sea.navigation'] }),
      response('r2', '2025-03-25', 'RU', 'sea', 'rejected'),
    ])
    expect(statusOf(l, 'UA', 'sea', 'sea.navigation', '2025-03-24').status).toBe('accepted')
    expect(statusOf(l, 'UA', 'sea', 'sea.ports', '2025-03-24').status).toBe('unknown')
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-03-25').status).toBe('rejected')
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('rejected')
  })

  it.each(['rejected', 'noncommittal', 'supported', 'opposed'] as const)(
    'a `%s` response sets that status',
    (stance) => {
      const l = ledgerOf([response('r1', '2025-03-20', 'RU', 'energy', stance)])
      const s = statusOf(l, 'RU', 'energy', 'energy', '2025-03-20')
      expect(s).toMatchObject({ status: stance, since: '2025-03-20', sources: ['src-r1'] })
    },
  )

  it('a counter names the counter-proposal', () => {
    const l = ledgerOf([response('r1', '2025-03-24', 'RU', 'sea', 'countered', { counter: 'energy' })])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-24')).toMatchObject({
      status: 'countered',
      counter: 'energy',
    })
  })

  it('a conditional acceptance carries its conditions; the same conditions again keep its start date', () => {
    const l = ledgerOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'conditionally-accepted', { conditions: [sanctionsRelief] }),
      response('r2', '2025-03-28', 'RU', 'sea', 'conditionally-accepted', { conditions: [sanctionsRelief] }),
      response('r3', '2025-04-10', 'RU', 'sea', 'conditionally-accepted', {
        conditions: [sanctionsRelief, monitors],
      }),
    ])
    const s = statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-04-01')
    expect(s).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-25',
      conditions: [sanctionsRelief],
    })
    expect(s.status !== 'unknown' && s.evidence.map((e) => e.event)).toEqual(['r1', 'r2'])
    expect(s.status !== 'unknown' && s.sources).toEqual(['src-r1', 'src-r2'])
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-04-10')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-04-10',
      conditions: [sanctionsRelief, monitors],
    })
  })

  it('evidence as of a date stops at that date', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'accepted'),
    ])
    const early = statusOf(l, 'UA', 'energy', 'energy', '2025-03-20')
    expect(early.status !== 'unknown' && early.evidence.map((e) => e.event)).toEqual(['r1'])
  })

  it('a withdrawal after an acceptance keeps the acceptance it took back', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-04-02', 'UA', 'energy', 'withdrawn'),
    ])
    const s = statusOf(l, 'UA', 'energy', 'energy', '2025-04-02')
    expect(s).toMatchObject({
      status: 'withdrawn',
      since: '2025-04-02',
      previous: { status: 'accepted', since: '2025-03-19' },
    })
  })

  it('a party can accept again after withdrawing', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-04-02', 'UA', 'energy', 'withdrawn'),
      response('r3', '2025-04-09', 'UA', 'energy', 'accepted'),
    ])
    expect(statusOf(l, 'UA', 'energy', 'energy', '2025-04-09')).toMatchObject({
      status: 'accepted',
      since: '2025-04-09',
    })
  })

  it('an alleged violation marks an acceptance `violated` without erasing it, and later allegations add to it', () => {
    const l = ledgerOf([
      response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
      violation('v2', '2025-04-02', 'US', 'RU', 'energy'),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-21')).toMatchObject({
      status: 'violated',
      since: '2025-03-20',
      allegedBy: ['UA'],
      allegations: [
        { event: 'v1', date: '2025-03-20', by: 'UA', claim: 'UA says RU broke it', sources: ['src-v1'] },
      ],
      commitment: { status: 'accepted', since: '2025-03-18', sources: ['src-r1'] },
    })
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-04-02')).toMatchObject({
      status: 'violated',
      since: '2025-03-20',
      allegedBy: ['UA', 'US'],
    })
  })

  it('an allegation against a party that never committed changes nothing; one against its own proposal counts', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'RU', 'truce30', 'rejected'),
      violation('v1', '2025-04-04', 'UA', 'RU', 'truce30'),
      violation('v2', '2025-04-05', 'RU', 'UA', 'truce30'),
    ])
    expect(statusOf(l, 'RU', 'truce30', 'days', '2025-04-30')).toMatchObject({
      status: 'rejected',
      since: '2025-03-19',
    })
    expect(statusOf(l, 'UA', 'truce30', 'days', '2025-04-30')).toMatchObject({
      status: 'violated',
      allegedBy: ['RU'],
      commitment: { status: 'proposed', since: '2025-03-11' },
    })
  })

  it('an allegation without a proposal is kept as an event but changes no status', () => {
    const l = ledgerOf([
      response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU'),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-21').status).toBe('accepted')
    expect(Ledger.events(l).map((e) => e.id)).toEqual(['r1', 'v1'])
  })

  it('a term expiry marks every party with a status `expired`, keeping what it ended; unknown stays unknown', () => {
    const l = ledgerOf([
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted'),
      expiry('x1', '2025-04-18', 'sea', { terms: ['sea.ports'] }),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-04-18')).toMatchObject({
      status: 'expired',
      since: '2025-04-18',
      previous: { status: 'accepted' },
    })
    expect(statusOf(l, 'US', 'sea', 'sea.ports', '2025-04-18')).toMatchObject({
      status: 'expired',
      previous: { status: 'proposed' },
    })
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-04-18').status).toBe('accepted')
    expect(statusOf(l, 'UA', 'sea', 'sea.ports', '2025-04-18').status).toBe('unknown')
  })

  it('an agreement makes its parties accept its terms, and its `expires` date acts as an expiry', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea', {
        terms: ['sea.navigation'],
        expires: '2025-06-25',
      }),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-03-25')).toMatchObject({
      status: 'accepted',
      since: '2025-03-25',
    })
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('unknown')
    const after = statusOf(l, 'UA', 'sea', 'sea.navigation', '2025-06-25')
    expect(after).toMatchObject({ status: 'expired', since: '2025-06-25', previous: { status: 'accepted' } })
    expect(after.status !== 'unknown' && after.evidence).toEqual([
      { event: 'a1', date: '2025-06-25', sources: ['src-a1'] },
    ])
  })

  it('an agreement without a proposal sets no status', () => {
    const l = ledgerOf([agreement('a1', '2025-03-25', ['RU', 'UA'])])
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-12-31').status).toBe('unknown')
  })
})

describe('the same-date rule', () => {
  it('two different stances on one date from different events make the status `disputed`, naming both with sources', () => {
    const l = ledgerOf([
      response('a1-wh', '2025-03-25', 'RU', 'sea', 'accepted'),
      response('r1-kremlin', '2025-03-25', 'RU', 'sea', 'conditionally-accepted', {
        conditions: [sanctionsRelief],
      }),
      agreement('a0', '2025-03-25', ['UA'], 'sea'),
    ])
    const s = statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-03-25')
    expect(s).toMatchObject({
      status: 'disputed',
      since: '2025-03-25',
      sources: ['src-a1-wh', 'src-r1-kremlin'],
      claims: [
        { status: 'accepted', evidence: [{ event: 'a1-wh' }], sources: ['src-a1-wh'] },
        { status: 'conditionally-accepted', conditions: [sanctionsRelief], sources: ['src-r1-kremlin'] },
      ],
    })
    expect(statusOf(l, 'UA', 'sea', 'sea.navigation', '2025-03-25').status).toBe('accepted')
  })

  it('an agreement applies before the responses of its date: a party qualifying it that day is not a dispute', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea'),
      response('r1', '2025-03-25', 'RU', 'sea', 'conditionally-accepted', { conditions: [sanctionsRelief] }),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.navigation', '2025-03-25')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-25',
      conditions: [sanctionsRelief],
    })
    const h = Ledger.history(l, 'RU' as never, 'sea' as never, 'sea.navigation' as never)
    expect(h._tag === 'Right' && h.right.map((s) => s.status)).toEqual(['accepted', 'conditionally-accepted'])
  })

  it('the same stance from two events of one date is one status with both as evidence', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU'], 'sea'),
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted'),
    ])
    const s = statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-25')
    expect(s).toMatchObject({ status: 'accepted', evidence: [{ event: 'a1' }, { event: 'r1' }] })
  })

  it('on one date, stances apply before violations and violations before expiries', () => {
    const l = ledgerOf([
      expiry('x1', '2025-03-18', 'energy'),
      violation('v1', '2025-03-18', 'UA', 'RU', 'energy'),
      response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-18')).toMatchObject({
      status: 'expired',
      previous: { status: 'violated', allegedBy: ['UA'] },
    })
    const history = Ledger.history(l, 'RU' as never, 'energy' as never, 'energy' as never)
    expect(history._tag === 'Right' && history.right.map((s) => s.status)).toEqual([
      'accepted',
      'violated',
      'expired',
    ])
  })

  it('a tabling and a stance on one date: the stance applies last', () => {
    const l = ledgerOf([
      tabled('t1', '2025-03-25', ['RU'], 'sea'),
      response('r1', '2025-03-25', 'RU', 'sea', 'accepted'),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-25').status).toBe('accepted')
  })
})

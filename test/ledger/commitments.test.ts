import { function as F } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import { agreement, d, expiry, ledgerOf, monitors, response, sanctionsRelief, violation } from './fixture'

const summary = (bs: ReadonlyArray<Ledger.BrokenCommitment>) =>
  bs.map((b) => [
    b.party,
    b.proposal,
    b.term,
    b.commitment.status,
    b.breaches.map((x) => `${x.kind}@${x.since}`).join(' '),
  ])

describe('brokenCommitments', () => {
  it('the energy moratorium: accepted, alleged violated, then lapsed, with who alleged what and the sources', () => {
    const l = ledgerOf([
      response('r-ru', '2025-03-18', 'RU', 'energy', 'accepted'),
      response('r-ua', '2025-03-19', 'UA', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
      violation('v2', '2025-03-21', 'RU', 'UA', 'energy'),
      violation('v3', '2025-04-02', 'UA', 'RU', 'energy'),
      expiry('x1', '2025-04-18', 'energy'),
    ])
    const broken = Ledger.brokenCommitments(l)
    expect(summary(broken)).toEqual([
      ['RU', 'energy', 'energy', 'accepted', 'violated@2025-03-20 lapsed@2025-04-18'],
      ['UA', 'energy', 'energy', 'accepted', 'violated@2025-03-21 lapsed@2025-04-18'],
    ])
    const ru = broken[0]
    expect(ru?.commitment).toMatchObject({ since: '2025-03-18', sources: ['src-r-ru'] })
    expect(ru?.breaches[0]?.status).toMatchObject({
      status: 'violated',
      allegedBy: ['UA'],
      allegations: [
        { event: 'v1', date: '2025-03-20', by: 'UA', sources: ['src-v1'] },
        { event: 'v3', date: '2025-04-02', by: 'UA', sources: ['src-v3'] },
      ],
    })
    expect(ru?.breaches[1]?.status).toMatchObject({
      status: 'expired',
      evidence: [{ event: 'x1', sources: ['src-x1'] }],
    })
  })

  it('up to a date: only what was broken by then, with the evidence known by then', () => {
    const l = ledgerOf([
      response('r-ru', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
      violation('v3', '2025-04-02', 'UA', 'RU', 'energy'),
      expiry('x1', '2025-04-18', 'energy'),
    ])
    const early = Ledger.brokenCommitments(l, d('2025-03-25'))
    expect(summary(early)).toEqual([['RU', 'energy', 'energy', 'accepted', 'violated@2025-03-20']])
    const v = early[0]?.breaches[0]?.status
    expect(v?.status === 'violated' && v.allegations.map((a) => a.event)).toEqual(['v1'])
    expect(F.pipe(l, Ledger.brokenCommitments(d('2025-03-25')))).toStrictEqual(early)
    expect(Ledger.brokenCommitments(l, d('2025-03-19'))).toEqual([])
  })

  it('the Black Sea arrangement: agreed, then conditioned on sanctions relief', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea'),
      response('r1', '2025-03-26', 'RU', 'sea', 'conditionally-accepted', { conditions: [sanctionsRelief] }),
    ])
    const broken = Ledger.brokenCommitments(l)
    expect(summary(broken)).toEqual([
      ['RU', 'sea', 'sea.navigation', 'accepted', 'conditioned@2025-03-26'],
      ['RU', 'sea', 'sea.ports', 'accepted', 'conditioned@2025-03-26'],
    ])
    expect(broken[0]?.breaches[0]?.status).toMatchObject({
      conditions: [sanctionsRelief],
      sources: ['src-r1'],
    })
  })

  it('withdrawals, rejections and counters after an acceptance are breaches; the first ends the commitment', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'withdrawn'),
      response('r3', '2025-03-28', 'UA', 'energy', 'rejected'),
      response('r4', '2025-03-24', 'UA', 'sea', 'conditionally-accepted', { conditions: [monitors] }),
      response('r5', '2025-03-29', 'UA', 'sea', 'countered', { counter: 'energy' }),
    ])
    expect(summary(Ledger.brokenCommitments(l))).toEqual([
      ['UA', 'energy', 'energy', 'accepted', 'withdrawn@2025-03-25'],
      ['UA', 'sea', 'sea.navigation', 'conditionally-accepted', 'countered@2025-03-29'],
      ['UA', 'sea', 'sea.ports', 'conditionally-accepted', 'countered@2025-03-29'],
    ])
  })

  it("a party's own proposal is broken only by an alleged violation, not by its lapse", () => {
    const l = ledgerOf([
      expiry('x1', '2025-04-18', 'energy'),
      violation('v1', '2025-04-05', 'RU', 'UA', 'truce30'),
    ])
    expect(summary(Ledger.brokenCommitments(l))).toEqual([
      ['UA', 'truce30', 'days', 'proposed', 'violated@2025-04-05'],
    ])
  })

  it('nothing is broken while acceptances stand', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'accepted'),
    ])
    expect(Ledger.brokenCommitments(l)).toEqual([])
  })
})

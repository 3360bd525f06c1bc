import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import { expiry, ledgerOf, response, violation } from './fixture'

const summary = (bs: ReadonlyArray<Ledger.BrokenCommitment>) =>
  bs.map((b) => [
    b.party,
    b.proposal,
    b.commitment.status,
    b.breaches.map((x) => `${x.kind}@${x.since}`).join(' '),
  ])

describe('brokenCommitments, breach statuses', () => {
  it('are standings: a violation without its commitment, a withdrawal or a lapse without the status it ended', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'RU', 'UA', 'energy'),
      response('r2', '2025-03-25', 'UA', 'energy', 'withdrawn'),
      response('r3', '2025-03-19', 'RU', 'energy', 'accepted'),
      expiry('x1', '2025-04-18', 'energy'),
    ])
    const broken = Ledger.brokenCommitments(l)
    expect(summary(broken)).toEqual([
      ['RU', 'energy', 'accepted', 'lapsed@2025-04-18'],
      ['UA', 'energy', 'accepted', 'violated@2025-03-20 withdrawn@2025-03-25'],
    ])
    const statuses = broken.flatMap((b) => b.breaches.map((x) => x.status))
    expect(statuses.map((s) => s.status)).toEqual(['expired', 'violated', 'withdrawn'])
    for (const s of statuses) {
      expect(s).not.toHaveProperty('previous')
      expect(s).not.toHaveProperty('commitment')
    }
  })
})

describe('brokenCommitments, what is not a breach', () => {
  it('does not count support voiced after an acceptance as breaking it', () => {
    const l = ledgerOf([
      response('r1', '2025-03-19', 'UA', 'energy', 'accepted'),
      response('r2', '2025-03-25', 'UA', 'energy', 'supported'),
    ])
    expect(Ledger.brokenCommitments(l)).toEqual([])
  })
})

describe("brokenCommitments, a party's own proposal", () => {
  it('once alleged violated, later lapses and walk-backs are breaches of it too', () => {
    const l = ledgerOf([
      violation('v1', '2025-03-20', 'RU', 'US', 'energy'),
      expiry('x1', '2025-04-18', 'energy'),
    ])
    expect(summary(Ledger.brokenCommitments(l))).toEqual([
      ['US', 'energy', 'proposed', 'violated@2025-03-20 lapsed@2025-04-18'],
    ])
  })
})

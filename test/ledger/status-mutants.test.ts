/**
 * Reading a party's status on a term: a dispute between counters, what a claim of a dispute carries (and does not),
 * a counter that names no proposal, and a status that begins with nothing before it although the timeline already
 * holds marks that changed nothing.
 */
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'
import {
  expiry,
  issue,
  ledgerOf,
  monitors,
  party,
  prop,
  response,
  right,
  statusOf,
  violation,
} from './fixture'

const historyOf = (l: Ledger.Ledger, p: string, proposal: string, term: string) =>
  right(Ledger.history(l, party(p), prop(proposal), issue(term)))

describe('disputes', () => {
  it('two counters naming different proposals on one date are a dispute, each claim naming its counter', () => {
    const l = ledgerOf([
      response('c1', '2025-03-24', 'RU', 'sea', 'countered', { counter: 'energy' }),
      response('c2', '2025-03-24', 'RU', 'sea', 'countered', { counter: 'truce30' }),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-24')).toStrictEqual({
      party: 'RU',
      proposal: 'sea',
      term: 'sea.ports',
      status: 'disputed',
      since: '2025-03-24',
      evidence: [
        { event: 'c1', date: '2025-03-24', sources: ['src-c1'] },
        { event: 'c2', date: '2025-03-24', sources: ['src-c2'] },
      ],
      sources: ['src-c1', 'src-c2'],
      claims: [
        {
          status: 'countered',
          counter: 'energy',
          evidence: [{ event: 'c1', date: '2025-03-24', sources: ['src-c1'] }],
          sources: ['src-c1'],
        },
        {
          status: 'countered',
          counter: 'truce30',
          evidence: [{ event: 'c2', date: '2025-03-24', sources: ['src-c2'] }],
          sources: ['src-c2'],
        },
      ],
    })
  })

  it('a claim names a counter only for a counter: an acceptance naming a proposal, or a bare counter, names none', () => {
    const l = ledgerOf([
      response('r1', '2025-03-24', 'RU', 'sea', 'accepted', { counter: 'energy' }),
      response('r2', '2025-03-24', 'RU', 'sea', 'countered'),
      response('r3', '2025-03-24', 'RU', 'sea', 'conditionally-accepted', {
        conditions: [monitors],
        counter: 'truce30',
      }),
    ])
    const s = statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-24')
    expect(s.status === 'disputed' && s.claims).toStrictEqual([
      {
        status: 'accepted',
        evidence: [{ event: 'r1', date: '2025-03-24', sources: ['src-r1'] }],
        sources: ['src-r1'],
      },
      {
        status: 'countered',
        evidence: [{ event: 'r2', date: '2025-03-24', sources: ['src-r2'] }],
        sources: ['src-r2'],
      },
      {
        status: 'conditionally-accepted',
        conditions: [monitors],
        evidence: [{ event: 'r3', date: '2025-03-24', sources: ['src-r3'] }],
        sources: ['src-r3'],
      },
    ])
  })
})

describe('counters', () => {
  it('a counter that names no proposal has no `counter` at all', () => {
    const l = ledgerOf([response('c1', '2025-03-24', 'RU', 'sea', 'countered')])
    const s = statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-24')
    expect(s).toStrictEqual({
      party: 'RU',
      proposal: 'sea',
      term: 'sea.ports',
      status: 'countered',
      since: '2025-03-24',
      evidence: [{ event: 'c1', date: '2025-03-24', sources: ['src-c1'] }],
      sources: ['src-c1'],
    })
    expect('counter' in s).toBe(false)
  })
})

describe('marks that changed nothing', () => {
  it('a withdrawal after an expiry that found no status has no previous status, and is the whole history', () => {
    const l = ledgerOf([
      expiry('x1', '2025-03-20', 'energy'),
      response('w1', '2025-03-25', 'UA', 'energy', 'withdrawn'),
    ])
    const s = statusOf(l, 'UA', 'energy', 'energy', '2025-03-25')
    expect(s).toStrictEqual({
      party: 'UA',
      proposal: 'energy',
      term: 'energy',
      status: 'withdrawn',
      since: '2025-03-25',
      evidence: [{ event: 'w1', date: '2025-03-25', sources: ['src-w1'] }],
      sources: ['src-w1'],
    })
    expect(historyOf(l, 'UA', 'energy', 'energy')).toStrictEqual([s])
  })

  it('an allegation against a party with no status yet leaves its history to begin with its first stance', () => {
    const l = ledgerOf([
      violation('v1', '2025-03-19', 'UA', 'RU', 'energy'),
      response('r1', '2025-03-21', 'RU', 'energy', 'rejected'),
      response('w1', '2025-03-23', 'RU', 'energy', 'withdrawn'),
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-20').status).toBe('unknown')
    expect(
      historyOf(l, 'RU', 'energy', 'energy').map((s) => [s.status, s.status !== 'unknown' && s.since]),
    ).toEqual([
      ['rejected', '2025-03-21'],
      ['withdrawn', '2025-03-23'],
    ])
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-23')).toMatchObject({
      status: 'withdrawn',
      previous: { status: 'rejected', since: '2025-03-21' },
    })
  })
})

/**
 * The rules that resolve a timeline's marks into statuses, as an append applies them to a ledger that already holds
 * marks: a stance continues or begins a status by what is in effect, the marks of one date and precedence make one
 * step, and a batch given out of date order still lands as if every event had been there from the start.
 */
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src'
import { Ledger } from '../../src'
import {
  agreement,
  issue,
  ledgerOf,
  monitors,
  party,
  prop,
  response,
  right,
  sanctionsRelief,
} from './fixture'

/** `base` built in one go, with `later` appended as one batch. */
const appended = (base: ReadonlyArray<Event>, later: ReadonlyArray<Event>): Ledger.Ledger =>
  right(Ledger.appendAll(ledgerOf(base), later)).ledger

/** The statuses (kind and start) a party has had on a term. */
const steps = (l: Ledger.Ledger, p: string, proposal: string, term: string) =>
  right(Ledger.history(l, party(p), prop(proposal), issue(term))).map((s) => [
    s.status,
    s.status === 'unknown' ? undefined : s.since,
  ])

describe('appending a stance to a timeline', () => {
  it('the same conditions again on a later date continue a conditional acceptance that was the first mark', () => {
    const base = [
      response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted', {
        conditions: [sanctionsRelief],
      }),
    ]
    const later = [
      response('r2', '2025-03-22', 'RU', 'energy', 'conditionally-accepted', {
        conditions: [sanctionsRelief],
      }),
    ]
    const l = appended(base, later)
    expect(steps(l, 'RU', 'energy', 'energy')).toEqual([['conditionally-accepted', '2025-03-20']])
    expect(l).toEqual(ledgerOf([...base, ...later]))
  })

  it('the same counter again on a later date continues a counter that was the first mark', () => {
    const l = appended(
      [response('c1', '2025-03-24', 'RU', 'sea', 'countered', { counter: 'energy' })],
      [response('c2', '2025-03-26', 'RU', 'sea', 'countered', { counter: 'energy' })],
    )
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([['countered', '2025-03-24']])
  })

  it('the same stance again on a later date continues it', () => {
    const l = appended(
      [response('r1', '2025-03-24', 'RU', 'sea', 'rejected')],
      [response('r2', '2025-03-28', 'RU', 'sea', 'rejected')],
    )
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([['rejected', '2025-03-24']])
  })

  it('an agreement after a rejection begins an acceptance', () => {
    const l = appended(
      [response('r1', '2025-03-24', 'RU', 'sea', 'rejected')],
      [agreement('a1', '2025-03-25', ['RU'], 'sea')],
    )
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([
      ['rejected', '2025-03-24'],
      ['accepted', '2025-03-25'],
    ])
  })

  it('an acceptance after an agreement continues it, whether the agreement was in the ledger or comes with it', () => {
    const base = [agreement('a1', '2025-03-25', ['RU', 'UA'], 'sea')]
    const later = [response('r1', '2025-03-27', 'RU', 'sea', 'accepted')]
    const l = appended(base, later)
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([['accepted', '2025-03-25']])
    expect(l).toEqual(ledgerOf([...base, ...later]))
    expect(steps(appended([], [...base, ...later]), 'RU', 'sea', 'sea.ports')).toEqual([
      ['accepted', '2025-03-25'],
    ])
  })

  it('two acceptances on one date after a rejection are one acceptance, which a later one continues', () => {
    const l = appended(
      [response('r1', '2025-03-24', 'RU', 'sea', 'rejected')],
      [
        response('r2', '2025-03-26', 'RU', 'sea', 'accepted'),
        response('r3', '2025-03-26', 'RU', 'sea', 'accepted'),
        response('r4', '2025-03-28', 'RU', 'sea', 'accepted'),
      ],
    )
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([
      ['rejected', '2025-03-24'],
      ['accepted', '2025-03-26'],
    ])
  })
})

describe('appending a batch out of date order', () => {
  it('a later event listed first still lets an earlier one join the step already in the ledger', () => {
    const base = [response('r1', '2025-03-24', 'RU', 'sea', 'accepted')]
    const later = [
      response('r3', '2025-03-30', 'RU', 'sea', 'conditionally-accepted', { conditions: [monitors] }),
      response('r2', '2025-03-24', 'RU', 'sea', 'rejected'),
    ]
    const l = appended(base, later)
    expect(steps(l, 'RU', 'sea', 'sea.ports')).toEqual([
      ['disputed', '2025-03-24'],
      ['conditionally-accepted', '2025-03-30'],
    ])
    expect(l).toEqual(ledgerOf([...base, ...later]))
  })
})

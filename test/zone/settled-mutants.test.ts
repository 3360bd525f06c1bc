/**
 * Settled issues, edge cases: only a `term-expired` event reopens terms, and an agreement that names no proposal
 * settles nothing, even beside a proposal whose id is the word "undefined".
 */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains } from './docs'

const proposal = (terms: Record<string, unknown>) => ({
  title: 'Deal',
  date: '2025-02-01',
  tabledBy: ['A'],
  terms,
  sources: [],
})

const history = (
  proposals: Record<string, unknown>,
  events: readonly Record<string, unknown>[],
): Negotiation =>
  doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { a: domains.flag, b: domains.flag }, [], {
    proposals,
    events: events.map((e) => ({ sources: [], ...e })),
  })

const settled = (n: Negotiation) => ok(Zone.perIssue(n)).settled

describe('settled issues, edge cases', () => {
  it('events of other kinds about the agreed proposal do not reopen its terms', () => {
    const n = history({ p1: proposal({ a: { value: true }, b: { value: false } }) }, [
      { id: 'e1', kind: 'agreement', date: '2025-02-10', parties: ['A', 'B'], proposal: 'p1' },
      { id: 't1', kind: 'proposal-tabled', date: '2025-02-20', proposal: 'p1', by: ['A'] },
    ])
    expect(settled(n)).toEqual(['a', 'b'])
  })

  it('an agreement naming no proposal settles nothing, even when a proposal is called "undefined"', () => {
    const n = history({ undefined: proposal({ a: { value: true } }) }, [
      { id: 'e1', kind: 'agreement', date: '2025-02-10', parties: ['A', 'B'] },
    ])
    expect(settled(n)).toEqual([])
  })
})

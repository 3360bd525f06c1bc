/**
 * Package infeasibility as a user meets it: the concessions that come with the zone's nearest agreement.
 */
import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { doc, flags, found, linkage, pos } from './fixture'
import type { Negotiation } from '../../src'

/** Alpha's red line rules out no truce, a truce only without aid; Beta needs aid. */
const redLine = (): Negotiation =>
  doc({
    positions: [
      pos('A', 'truce', '2025-01-01', {
        redLines: flags(false),
        conditions: [linkage('truce', flags(true), 'aid', flags(false))],
        priority: 0.4,
      }),
      pos('B', 'aid', '2025-02-01', { acceptable: flags(true), priority: 0.9 }),
    ],
    asOf: '2025-03-01',
  })

describe('the way out of a package infeasibility', () => {
  it('lists the smallest concessions of the nearest agreement, with their evidence', () => {
    const [f, ...rest] = found(Deadlock.infeasibilities(redLine()))
    expect(rest).toEqual([])
    expect(f!.suggestion).toMatch(/^Nearest agreement: /)
    expect(f!.concessions).toStrictEqual([
      {
        party: 'A',
        kind: 'red-line',
        issue: 'truce',
        cost: 0.4,
        evidence: {
          party: 'A',
          issue: 'truce',
          positions: ['A-truce-2025-01-01'],
          dates: ['2025-01-01'],
          sources: ['src-A-2025-01-01'],
        },
        explanation: 'Alpha drops its red line on Truce (no), priority 0.4',
      },
    ])
  })
})

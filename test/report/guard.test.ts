import { either as E } from 'fp-ts'
import { describe, expect, it, vi } from 'vitest'
import * as Report from '../../src/report'
import { right, talks } from './fixture'

// An analysis with a bug: the zone's per-issue step throws.
vi.mock('../../src/zone/per-issue', () => ({
  perIssue: () => {
    throw new Error('boom')
  },
}))

describe('a failing analysis', () => {
  it('leaves the rest of the report standing and says in its own section what failed', () => {
    const r = right(Report.build(talks()))
    expect(E.isRight(Report.build(talks()))).toBe(true)
    expect(r.zone.notes).toEqual([
      'The agreement zone could not be computed (boom); this is a bug in negotiation-positions — please report it with the document.',
    ])
    expect(r.positions.rows.length).toBeGreaterThan(0)
    expect(r.deadlocks.findings.length).toBeGreaterThan(0)
    expect(Report.toText(r)).toContain('The agreement zone could not be computed (boom)')
  })
})

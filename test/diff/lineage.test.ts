import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import { Diff, type Negotiation } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import { negotiation } from './fixture'

const withProposals = (proposals: Record<string, unknown>): Negotiation =>
  frozen({ ...negotiation, proposals }) as unknown as Negotiation

const draft = (date: string, value: number, basedOn?: string) => ({
  title: `Draft of ${date}`,
  date,
  tabledBy: ['US'],
  sources: [],
  terms: { 'army.size': { value } },
  ...(basedOn === undefined ? {} : { basedOn }),
})

describe('Diff.lineage', () => {
  it('follows basedOn back to the origin, with the diff at each step', () => {
    const l = ok(Diff.lineage(negotiation, 'p20'))
    expect(l.steps.map((s) => [s.proposal, s.diff?.from.id ?? null])).toEqual([
      ['p28', null],
      ['e3', 'p28'],
      ['p20', 'e3'],
    ])
    expect(l.steps[1]?.diff?.terms.find((t) => t.issue === 'army.size')?.change).toMatchObject({
      from: 600_000,
      to: 800_000,
    })
    expect([l.cycle, l.missing]).toEqual([null, null])
    expect(l.steps[2]?.diff?.parties?.asOf).toBe('2025-12-24')
  })

  it('stops before a loop and reports it', () => {
    const n = withProposals({
      a: draft('2025-01-01', 1, 'c'),
      b: draft('2025-01-02', 2, 'a'),
      c: draft('2025-01-03', 3, 'b'),
    })
    const l = ok(Diff.lineage(n, 'c'))
    expect(l.steps.map((s) => s.proposal)).toEqual(['a', 'b', 'c'])
    expect(l.cycle).toEqual(['a', 'b', 'c'])
    const self = ok(Diff.lineage(withProposals({ s: draft('2025-01-01', 1, 's') }), 's'))
    expect([self.steps.map((s) => s.proposal), self.cycle]).toEqual([['s'], ['s']])
  })

  it('stops at a basedOn the negotiation does not have', () => {
    const l = ok(Diff.lineage(withProposals({ b: draft('2025-01-02', 2, 'gone') }), 'b'))
    expect([l.steps.map((s) => s.proposal), l.missing]).toEqual([['b'], 'gone'])
  })

  it('works data-last, passes options to each step, and rejects an unknown draft', () => {
    expect(pipe(negotiation, Diff.lineage('e3'))).toEqual(Diff.lineage(negotiation, 'e3'))
    expect(ok(Diff.lineage(negotiation, 'e3', { impact: false })).steps[1]?.diff?.parties).toBeNull()
    const bad = Diff.lineage(negotiation, 'nope')
    expect(E.isLeft(bad) && bad.left[0]?.message).toBe(
      'there is no proposal `nope`; proposals are: e3, p20, p28',
    )
  })
})

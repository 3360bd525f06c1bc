/**
 * A negotiation built by hand (not loaded) can carry an issue whose domain is ill-formed: a quantity whose `min` is
 * above its `max` or whose bounds are not numbers, a choice or subset with no options. Every analysis of the zone
 * refuses it with a `bad-domain` error naming the issue, in the loader's words, rather than crashing or explaining
 * an empty zone by limits that are not there; the issues it does not consider are not held against it.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId, Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { ANALYSES as analyses, doc, domains, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }
const withIssue = (domain: unknown): Negotiation =>
  doc(AB, { q: domain, x: domains.choice('a', 'b') }, [{ party: 'A', issue: 'x', redLines: options('a') }])

const bad: ReadonlyArray<readonly [string, unknown, string]> = [
  ['a quantity with min above max', domains.quantity(10, 5), 'issue `q` has min 10 above max 5; swap them'],
  [
    'a quantity with a bound that is not a number',
    { kind: 'quantity', unit: 'days', min: 0, max: Number.NaN },
    'issue `q` has a range from 0 to NaN; min and max must be finite numbers',
  ],
  [
    'a quantity with an infinite bound',
    { kind: 'quantity', unit: 'days', min: -Infinity, max: 3 },
    'issue `q` has a range from -Infinity to 3; min and max must be finite numbers',
  ],
  ['a choice with no options', domains.choice(), 'issue `q` is a choice with no options; list its options'],
  [
    'a subset of an empty universe',
    domains.subset(),
    'issue `q` is a subset of an empty universe; list its elements in `universe`',
  ],
  [
    'a choice with an option id used twice',
    domains.choice('a', 'a'),
    'option id `a` is used twice in issue `q` (first at options[0]); give each its own id',
  ],
]

describe('an issue whose domain is ill-formed', () => {
  for (const [what, domain, message] of bad)
    it(`is refused by every analysis of the zone: ${what}`, () => {
      const n = withIssue(domain)
      for (const [name, analyse] of analyses) {
        const r = analyse(n)
        expect(E.isLeft(r), name).toBe(true)
        expect(E.isLeft(r) ? r.left : [], name).toEqual([{ _tag: 'bad-domain', issue: 'q', message }])
      }
    })

  it('is not held against an analysis of other issues', () => {
    const n = withIssue(domains.quantity(10, 5))
    const only = { issues: ['x'] as IssueId[] }
    expect(ok(Zone.packages(n, only)).count).toBe('1')
    expect(ok(Zone.pareto(n, only)).frontier.map((o) => o.package)).toEqual([{ x: 'b' }])
    expect(E.isRight(Zone.nearestAgreement(n, only))).toBe(true)
  })

  it('is named along with the other problems of the options', () => {
    const n = withIssue(domains.choice())
    const r = Zone.packages(n, { issues: ['q', 'nope'] as IssueId[] })
    expect(E.isLeft(r) ? r.left.map((e) => [e._tag, e.issue]) : []).toEqual([
      ['unknown-issue', 'nope'],
      ['bad-domain', 'q'],
    ])
  })
})

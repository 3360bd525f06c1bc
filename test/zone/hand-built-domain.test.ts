/**
 * A negotiation built in code rather than loaded, with an issue whose domain lacks its list (a choice without
 * `options`, a subset without `universe`) or an issue with no domain at all: the zone's analyses and Deadlock refuse it
 * at their entry with a `bad-document` error naming the issue and the place, where the domain check used to throw. A position
 * whose valuation is of no known kind, or linear without points, makes the package analyses return an `algebra`
 * error naming the issue and the party, where they used to throw. The negotiation is never changed.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Deadlock, type Negotiation, Zone } from '../../src'
import { withChange } from '../hand-built'

/** One change to the fixture, made on the plain object a negotiation built in code is. */
type Change = (n: {
  readonly issues: Record<string, { domain?: Record<string, unknown> }>
  readonly positions: Record<string, unknown>[]
}) => void

/** The analysis's result on the fixture with one change, after checking that it left the negotiation as it was. */
const run = <A>(change: Change, analyse: (n: Negotiation) => A): A => {
  const n = withChange(change)
  const before = structuredClone(n)
  const r = analyse(n)
  expect(n).toEqual(before)
  return r
}

const packageAnalyses: ReadonlyArray<(n: Negotiation) => E.Either<readonly Zone.ZoneError[], unknown>> = [
  (n) => Zone.packages(n),
  (n) => Zone.enumerate(n),
  (n) => Zone.pareto(n),
  (n) => Zone.nearestAgreement(n),
]

describe('an issue whose domain lacks its list, or has no domain', () => {
  const cases: ReadonlyArray<readonly [string, Change, string]> = [
    [
      'a choice without options',
      (n) => {
        delete n.issues['border']!.domain!['options']
      },
      'issue `border` (issues.border.domain.options): `options` is `undefined`, not a list; list the options, each with an id and a label',
    ],
    [
      'a subset without universe',
      (n) => {
        delete n.issues['sanc']!.domain!['universe']
      },
      'issue `sanc` (issues.sanc.domain.universe): `universe` is `undefined`, not a list; list the options, each with an id and a label',
    ],
    [
      'an issue with no domain',
      (n) => {
        delete n.issues['truce']!.domain
      },
      'issue `truce` (issues.truce.domain): the domain is `undefined`; give the issue a domain (flag, choice, quantity or subset)',
    ],
  ]
  for (const [what, change, message] of cases) {
    const left = E.left([{ _tag: 'bad-document', message }])
    it(`is refused by every analysis of the zone: ${what}`, () => {
      for (const analyse of [(n: Negotiation) => Zone.perIssue(n), ...packageAnalyses])
        expect(run(change, analyse)).toEqual(left)
    })
    it(`is refused by Deadlock.detect and Deadlock.timeline: ${what}`, () => {
      expect(run(change, (n) => Deadlock.detect(n))).toEqual(left)
      expect(run(change, (n) => Deadlock.timeline(n))).toEqual(left)
    })
  }
})

describe('a position whose valuation does not have its shape', () => {
  const cases: ReadonlyArray<readonly [string, Change, string, string, string]> = [
    [
      'a valuation of an unknown kind',
      (n) => {
        n.positions[7]!['valuation'] = { kind: 'weird' }
      },
      'sanc',
      'B',
      'the valuation has kind "weird"; a valuation has kind "scores", "linear" or "elements": value this issue with { kind: "elements", weights: { <element>: number } } (the issue is a subset of {swift, oil, gas})',
    ],
    [
      'a linear valuation without points',
      (n) => {
        n.positions[5]!['valuation'] = { kind: 'linear' }
      },
      'army',
      'B',
      'a "linear" valuation needs `points`, a list of { at, score }; write it { kind: "linear", points: [{ at, score }] } (the issue is an integer quantity from 0 to 100 troops)',
    ],
  ]
  for (const [what, change, issue, party, message] of cases)
    it(`makes the package analyses return an error naming the issue and the party: ${what}`, () => {
      const left = E.left([
        { _tag: 'algebra', issue, party, message: `issue \`${issue}\`, party \`${party}\`: ${message}` },
      ])
      for (const analyse of packageAnalyses) expect(run(change, analyse)).toEqual(left)
    })
})

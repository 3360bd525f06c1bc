/**
 * Which packages the zone considers and whose consent counts: the `parties`, `issues` and `discretize` options, and
 * the problems reported before anything is counted; and how equally cheap sets of concessions are ordered and named.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId, PartyId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'

const ABC = { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } }
const n = doc(ABC, { x: domains.choice('a', 'b', 'c'), d: domains.quantity(0, 10) }, [
  { party: 'A', issue: 'x', redLines: options('a') },
  { party: 'C', issue: 'x', redLines: options('b') },
])
const errors = <A>(r: E.Either<readonly Zone.ZoneError[], A>): readonly Zone.ZoneError[] =>
  E.isLeft(r) ? r.left : []

describe('whose consent counts', () => {
  it('named parties count once each, in id order, and only they', () => {
    const z = ok(Zone.packages(n, { parties: ['C', 'A', 'C'] as PartyId[], issues: ['x'] as IssueId[] }))
    expect(z.parties).toEqual(['A', 'C'])
    expect(z.count).toBe('1') // x = c: Alpha rules out a, Gamma b
    expect(z.explanation).toBe(
      '1 package is acceptable to every principal (Alpha and Gamma) on 1 issue, for example: X = C.',
    )
    const ab = ok(Zone.packages(n, { parties: ['B', 'A'] as PartyId[], issues: ['x'] as IssueId[] }))
    expect(ab.parties).toEqual(['A', 'B'])
    expect(ab.count).toBe('2')
  })

  it('an unknown party is named, with the parties there are', () => {
    expect(errors(Zone.packages(n, { parties: ['A', 'Z'] as PartyId[] }))).toEqual([
      {
        _tag: 'unknown-party',
        party: 'Z',
        message: 'the negotiation has no party `Z`; parties are: A, B, C',
      },
    ])
  })
})

describe('discretize', () => {
  it('a step must be a positive number', () => {
    for (const step of [0, -1, Number.NaN])
      expect(errors(Zone.packages(n, { discretize: { d: step } }))).toEqual([
        { _tag: 'bad-option', issue: 'd', message: 'the step for `d` must be a positive number' },
      ])
    expect(ok(Zone.packages(n, { discretize: { d: 0.5 } })).quantities).toMatchObject([
      { issue: 'd', handling: 'discretized', step: 0.5 },
    ])
  })

  it('a step for an issue that is not a quantity, or not an issue, is refused', () => {
    expect(errors(Zone.packages(n, { discretize: { x: 1, nope: 1 } }))).toEqual([
      { _tag: 'bad-option', issue: 'x', message: '`discretize` names `x`, which is not a quantity issue' },
      {
        _tag: 'bad-option',
        issue: 'nope',
        message: '`discretize` names `nope`, which is not a quantity issue',
      },
    ])
  })

  it('a grid of one value is described as such', () => {
    const one = doc(ABC, { d: domains.quantity(0, 10) }, [])
    const q = ok(Zone.packages(one, { discretize: { d: 20 } })).quantities
    expect(q).toEqual([
      {
        issue: 'd',
        handling: 'discretized',
        step: 20,
        values: [0],
        explanation: 'D takes only the value 0, as asked.',
      },
    ])
    expect(ok(Zone.packages(one, { discretize: { d: 5 } })).quantities[0]!.explanation).toBe(
      'D takes only the 3 values from 0 in steps of 5, as asked.',
    )
  })
})

describe('positions that do not fit their issue', () => {
  it('are reported per party and issue, and nothing is counted', () => {
    const bad = doc(ABC, { x: domains.flag, y: domains.flag }, [
      { party: 'A', issue: 'x', redLines: options('a') },
      { party: 'C', issue: 'y', acceptable: options('b') },
    ])
    const es = errors(Zone.packages(bad))
    expect(es.map((e) => [e._tag, e.party, e.issue])).toEqual([
      ['algebra', 'A', 'x'],
      ['algebra', 'C', 'y'],
    ])
    expect(errors(Zone.enumerate(bad, { parties: ['B'] as PartyId[] }))).toEqual([])
  })
})

describe('equally cheap sets of concessions', () => {
  const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }
  const order = (near: Zone.NearestAgreement) =>
    near.options.map((o) => [o.concessions.map((c) => `${c.party}:${c.kind}`).join(' '), o.count])

  it('a set opening infinitely many packages comes before one opening a single package, whatever the names', () => {
    const n = doc(AB, { d: domains.quantity(0, 10, false) }, [
      { party: 'A', issue: 'd', acceptable: intervals([0, 5]) },
      { party: 'B', issue: 'd', acceptable: intervals([6, 6]) },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(order(near)).toEqual([
      ['B:acceptable', 'infinite'],
      ['A:acceptable', '1'],
    ])
    expect(near.ways).toBe(
      '2 equally cheap sets of concessions (total cost 0.5 each) would open a zone, none preferred over another: ' +
        'either Beta accepts more on D than 6 days, priority 0.5 (then the zone would contain infinitely many packages, e.g. with D = 0 days); ' +
        'or Alpha accepts more on D than from 0 to 5 days, priority 0.5 (then the zone would contain 1 package, e.g. with D = 6 days).',
    )
  })

  it('at the same size, red lines come before acceptable sets, and those before conditions', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.ordered('lo', 'hi') }, [
      {
        party: 'A',
        issue: 'x',
        conditions: [
          { kind: 'value', issue: 'y', in: options('hi'), when: { issue: 'x', in: options('a') } },
        ],
      },
      { party: 'B', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'y', redLines: options('hi') },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(order(near)).toEqual([
      ['B:red-line', '1'],
      ['B:acceptable', '1'],
      ['A:condition', '1'],
    ])
    // three sets on two issues and a linkage are not every combination: they are listed, not factored
    expect(near.ways).toBe(
      '3 equally cheap sets of concessions (total cost 0.5 each) would open a zone, none preferred over another: ' +
        'either Beta drops its red line on Y (Hi), priority 0.5 (then the zone would contain 1 package, e.g. with Y = Hi); ' +
        'or Beta accepts more on X than A, priority 0.5 (then the zone would contain 1 package, e.g. with X = B); ' +
        'or Alpha drops its linkage (if X is A, then Y is Hi), priority 0.5 (then the zone would contain 1 package, e.g. with Y = Lo).',
    )
    const one = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', redLines: options('a') },
    ])
    expect(order(ok(Zone.nearestAgreement(one)))).toEqual([
      ['B:red-line', '1'],
      ['A:acceptable', '1'],
    ])
  })

  it('sets that read the same are ordered by party id', () => {
    const twins = (idealOfA: string, idealOfB: string) =>
      doc(
        { B: { name: 'Twin', reservation: 0.9 }, A: { name: 'Twin', reservation: 0.9 } },
        { x: domains.ordered('a', 'b') },
        [
          { party: 'B', issue: 'x', ideal: idealOfB },
          { party: 'A', issue: 'x', ideal: idealOfA },
        ],
      )
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      const near = ok(Zone.nearestAgreement(twins(a, b)))
      expect(order(near)).toEqual([
        ['A:reservation', '1'],
        ['B:reservation', '1'],
      ])
      // giving up Twin A's reservation leaves Twin B's ideal
      expect(near.options.map((o) => o.example)).toEqual([{ x: b }, { x: a }])
    }
  })

  it('names five of many and counts the others', () => {
    const ids = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6']
    const many = (k: number) =>
      doc(
        Object.fromEntries(ids.slice(0, k).map((p, i) => [p, { name: `Party ${String(i)}` }])),
        { x: domains.choice(...ids.slice(0, k).map((_, i) => `o${String(i)}`)) },
        ids.slice(0, k).map((p, i) => ({ party: p, issue: 'x', redLines: options(`o${String(i)}`) })),
      )
    const seven = ok(Zone.nearestAgreement(many(7)))
    expect(seven).toMatchObject({ ties: 7, tiesComplete: true, truncated: false })
    expect(seven.ways).toMatch(
      /^7 equally cheap sets of concessions \(total cost 0\.5 each\) would open a zone, none preferred over another: either Party 0 drops its red line on X \(O0\), priority 0\.5 \(then the zone would contain 1 package, e\.g\. with X = O0\); or Party 1 .*; or Party 4 drops its red line on X \(O4\), priority 0\.5 \(then the zone would contain 1 package, e\.g\. with X = O4\); or one of 2 other sets of the same cost\.$/,
    )
    expect(seven.ways).not.toContain('Party 5')
    expect(ok(Zone.nearestAgreement(many(6))).ways).toMatch(/; or one of 1 other set of the same cost\.$/)
    expect(ok(Zone.nearestAgreement(many(5))).ways).toMatch(
      /; or Party 4 drops .*\(then the zone would contain 1 package, e\.g\. with X = O4\)\.$/,
    )
  })

  it('when any combination of alternatives on separate issues will do, names them issue by issue', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'A', issue: 'y', acceptable: options('a'), priority: 0.8 },
      { party: 'B', issue: 'y', acceptable: options('b'), priority: 0.8 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near).toMatchObject({ cost: 1.3, ties: 4 })
    expect(near.ways).toBe(
      '4 equally cheap sets of concessions (total cost 1.3 each) would open a zone, none preferred over another. ' +
        'Any combination of the following costs the same. ' +
        'On X: either Alpha accepts more on X than A, priority 0.5; or Beta accepts more on X than B, priority 0.5. ' +
        'On Y: either Alpha accepts more on Y than A, priority 0.8; or Beta accepts more on Y than B, priority 0.8.',
    )
  })

  it('what every set includes is named once, then the alternatives', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), z: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'A', issue: 'z', acceptable: options('a'), priority: 0.1 },
      { party: 'B', issue: 'z', acceptable: options('b'), priority: 0.9 },
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(order(near)).toEqual([
      ['A:acceptable A:acceptable', '1'],
      ['A:acceptable B:acceptable', '1'],
    ])
    expect(near.ways).toBe(
      '2 equally cheap sets of concessions (total cost 0.6 each) would open a zone, none preferred over another. ' +
        'Each includes: Alpha accepts more on Z than A, priority 0.1. ' +
        'Besides, either Alpha accepts more on X than A, priority 0.5 (then the zone would contain 1 package, e.g. with X = B; Z = B); ' +
        'or Beta accepts more on X than B, priority 0.5 (then the zone would contain 1 package, e.g. with X = A; Z = B).',
    )
  })
})

/**
 * The wording of the zone's sentences: value sets of every kind (as a condition states them), packages, and the
 * citation of the positions and sources behind a limit or a condition.
 */
import { describe, expect, it } from 'vitest'
import type { IssueId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }
const allies = {
  kind: 'subset',
  universe: [
    { id: 'fr', label: 'France' },
    { id: 'de', label: 'Germany' },
    { id: 'pl', label: 'Poland' },
  ],
}

/**
 * How a condition "`issue` is in `set`", held by Alpha on x, reads: the package decides only x, so the condition is
 * reported unapplied, with its set in words.
 */
const reads = (issue: string, set: unknown): string => {
  const n = doc(AB, { x: domains.flag, f: domains.flag, days: domains.quantity(0, 90), allies }, [
    { party: 'A', issue: 'x', conditions: [{ kind: 'value', issue, in: set }] },
  ])
  const z = ok(Zone.packages(n, { issues: ['x' as IssueId] }))
  expect(z.unapplied).toHaveLength(1)
  const m =
    /^Alpha's condition that (.*): the package leaves .* open, so the condition is not applied\.$/.exec(
      z.unapplied[0]!.explanation,
    )
  return m === null ? z.unapplied[0]!.explanation : m[1]!
}

describe('value sets in words', () => {
  it('flags: each value, or nothing', () => {
    expect(reads('f', { kind: 'flags', values: [true, false] })).toBe('F is yes or no')
    expect(reads('f', { kind: 'flags', values: [] })).toBe('F is nothing')
  })

  it('intervals of a quantity: single values, closed and open ends, with the unit, or nothing', () => {
    expect(reads('days', { kind: 'intervals', intervals: [{ min: 30, max: 30 }] })).toBe('DAYS is 30 days')
    expect(
      reads('days', {
        kind: 'intervals',
        intervals: [
          { min: 0, max: 10 },
          { min: 20, max: 30 },
        ],
      }),
    ).toBe('DAYS is from 0 to 10 days or from 20 to 30 days')
    expect(
      reads('days', { kind: 'intervals', intervals: [{ min: 0, max: 30, minOpen: true, maxOpen: true }] }),
    ).toBe('DAYS is more than 0 to less than 30 days')
    expect(
      reads('days', { kind: 'intervals', intervals: [{ min: 0, max: 30, minOpen: false, maxOpen: false }] }),
    ).toBe('DAYS is from 0 to 30 days')
    expect(reads('days', { kind: 'intervals', intervals: [] })).toBe('DAYS is nothing')
  })

  it('subsets: members by label, with and without, sizes; any set; or nothing', () => {
    expect(reads('allies', { kind: 'subsets', any: [{ include: ['fr'], exclude: ['de', 'pl'] }] })).toBe(
      'ALLIES is a set with France, without Germany and Poland',
    )
    expect(reads('allies', { kind: 'subsets', any: [{ minSize: 1, maxSize: 2 }] })).toBe(
      'ALLIES is a set at least 1, at most 2',
    )
    expect(reads('allies', { kind: 'subsets', any: [{ include: [], exclude: [], maxSize: 0 }] })).toBe(
      'ALLIES is a set at most 0',
    )
    expect(reads('allies', { kind: 'subsets', any: [{ include: ['pl'] }, { exclude: ['fr'] }] })).toBe(
      'ALLIES is a set with Poland or a set without France',
    )
    expect(reads('allies', { kind: 'subsets', any: [{}] })).toBe('ALLIES is any set')
    expect(reads('allies', { kind: 'subsets', any: [] })).toBe('ALLIES is nothing')
  })

  it('options of a choice, or nothing', () => {
    const n = doc(AB, { x: domains.flag, c: domains.choice('red', 'blue', 'green') }, [
      {
        party: 'A',
        issue: 'x',
        conditions: [
          { kind: 'value', issue: 'c', in: options('red', 'blue', 'green') },
          { kind: 'value', issue: 'c', in: options() },
        ],
      },
    ])
    expect(ok(Zone.packages(n, { issues: ['x' as IssueId] })).unapplied.map((u) => u.explanation)).toEqual([
      "Alpha's condition that C is Red, Blue or Green: the package leaves C open, so the condition is not applied.",
      "Alpha's condition that C is nothing: the package leaves C open, so the condition is not applied.",
    ])
  })
})

describe('values of a continuous quantity in words', () => {
  it('ranges name open ends as "more than" and "to less than", single values with their unit', () => {
    const n = doc(AB, { d: domains.quantity(0, 10, false) }, [
      {
        party: 'A',
        issue: 'd',
        acceptable: { kind: 'intervals', intervals: [{ min: 3, max: 5, minOpen: true, maxOpen: true }] },
      },
      {
        party: 'B',
        issue: 'd',
        acceptable: {
          kind: 'intervals',
          intervals: [
            { min: 6, max: 6 },
            { min: 7, max: 8, maxOpen: true },
          ],
        },
      },
    ])
    expect(ok(Zone.packages(n)).blockers.map((b) => b.explanation)).toEqual([
      'No value of D is acceptable to every principal: Alpha accepts only more than 3 to less than 5 days and Beta only 6 days or from 7 to less than 8 days.',
    ])
  })
})

describe('packages in words', () => {
  it('a package of no issue is the empty package', () => {
    const n = doc(AB, { x: domains.flag }, [])
    const z = ok(Zone.packages(n, { issues: [] }))
    expect(z).toMatchObject({ count: '1', examples: [{}] })
    expect(z.explanation).toBe(
      '1 package is acceptable to every principal (Alpha and Beta) on 0 issues, for example: the empty package.',
    )
  })

  it('a package names each issue by label and value, in id order', () => {
    const n = doc(AB, { z: domains.flag, a: domains.choice('north', 'south') }, [
      { party: 'A', issue: 'z', acceptable: { kind: 'flags', values: [true] } },
      { party: 'B', issue: 'a', redLines: options('north') },
    ])
    expect(ok(Zone.packages(n)).explanation).toBe(
      '1 package is acceptable to every principal (Alpha and Beta) on 2 issues, for example: A = South; Z = yes.',
    )
  })
})

describe('citations', () => {
  const limit = (position: Record<string, unknown>): string => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), ...position },
    ])
    return ok(Zone.perIssue(n)).issues[0]!.limits[0]!.explanation
  }

  it('one position and its sources, with singular and plural forms', () => {
    expect(limit({})).toBe('Alpha could accept A (position pos0 of 2025-01-01; source src0).')
    expect(limit({ sources: ['s1', 's2'] })).toBe(
      'Alpha could accept A (position pos0 of 2025-01-01; sources s1, s2).',
    )
    expect(limit({ sources: [] })).toBe('Alpha could accept A (position pos0 of 2025-01-01).')
  })

  it('several positions behind one condition: each position, each date and each source once', () => {
    const linkage = {
      kind: 'value',
      issue: 'y',
      in: options('hi'),
      when: { issue: 'x', in: options('a') },
    }
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.ordered('lo', 'hi') }, [
      { party: 'A', issue: 'x', sources: ['s'], conditions: [linkage] },
      { party: 'A', issue: 'y', sources: ['s'], asOf: '2024-06-01', conditions: [linkage] },
      { party: 'B', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'y', redLines: options('hi') },
    ])
    const z = ok(Zone.packages(n))
    expect(z.blockers.map((b) => b.explanation)).toEqual([
      "Every issue has values all principals accept, but the linkages leave no combination: Alpha's linkage: if X is A, then Y is Hi (positions pos0, pos1 of 2024-06-01, 2025-01-01; source s).",
    ])
  })
})

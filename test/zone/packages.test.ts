import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

describe('Zone.packages', () => {
  it('counts exactly, respecting red lines, acceptable sets and reservation scores per issue', () => {
    const n = doc(AB, { x: domains.choice('a', 'b', 'c'), y: domains.ordered('lo', 'mid', 'hi') }, [
      { party: 'A', issue: 'x', redLines: options('c') },
      { party: 'B', issue: 'y', ideal: 'hi', reservation: 0.5 }, // lo scores 0: below the reservation score
    ])
    const z = ok(Zone.packages(n))
    expect(z.count).toBe('4')
    expect(z.decidedBy).toBe('components')
    expect(z.examples).toEqual([
      { x: 'a', y: 'mid' },
      { x: 'a', y: 'hi' },
      { x: 'b', y: 'mid' },
    ])
    expect(z.explanation).toBe(
      '4 packages are acceptable to every principal (Alpha and Beta) on 2 issues, for example: X = A; Y = Mid.',
    )
  })

  it('applies a linkage held by a party: if x is a then y is hi', () => {
    const n = doc(AB, { x: domains.choice('a', 'b', 'c'), y: domains.ordered('lo', 'mid', 'hi') }, [
      {
        party: 'A',
        issue: 'x',
        conditions: [
          { kind: 'value', issue: 'y', in: options('hi'), when: { issue: 'x', in: options('a') } },
        ],
      },
    ])
    // 9 packages, less (a, lo) and (a, mid)
    expect(ok(Zone.packages(n)).count).toBe('7')
    const all = [...ok(Zone.enumerate(n))]
    expect(all).toHaveLength(7)
    expect(all.filter((p) => p['x' as IssueId] === 'a')).toEqual([{ x: 'a', y: 'hi' }])
  })

  it('decides emptiness per issue without enumerating, and says why', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.choice('c', 'd') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', redLines: options('a') },
    ])
    const z = ok(Zone.packages(n))
    expect(z).toMatchObject({ count: '0', empty: true, decidedBy: 'per-issue', examples: [] })
    expect(z.blockers).toHaveLength(1)
    expect(z.blockers[0]).toMatchObject({ _tag: 'issue', issues: ['x'], parties: ['A', 'B'] })
    expect(z.blockers[0]!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha accepts only A and Beta only B.',
    )
  })

  it('decides emptiness when a reservation utility is out of reach', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.9 }, B: { name: 'Beta' } },
      { x: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'B', issue: 'x', redLines: options('a') },
      ],
    )
    const z = ok(Zone.packages(n))
    expect(z).toMatchObject({ count: '0', decidedBy: 'reservation' })
    expect(z.blockers[0]!.explanation).toBe(
      "Even the best package for Alpha within everyone's limits falls short of Alpha's reservation utility of 0.9 (what it gets with no deal).",
    )
  })

  it('counts with binding reservation utilities by an exact search', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta', reservation: 0.5 } },
      { x: domains.ordered('a', 'b', 'c'), y: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'A', issue: 'y', ideal: 'a' },
        { party: 'B', issue: 'x', ideal: 'c' },
        { party: 'B', issue: 'y', ideal: 'c' },
      ],
    )
    // A's utility is 1 - (i + j) / 4, B's (i + j) / 4: both at least 0.5 only when i + j = 2
    const z = ok(Zone.packages(n))
    expect(z).toMatchObject({ count: '3', decidedBy: 'search' })
    expect([...ok(Zone.enumerate(n))]).toEqual([
      { x: 'a', y: 'c' },
      { x: 'b', y: 'b' },
      { x: 'c', y: 'a' },
    ])
  })

  it('counts beyond 2^53 exactly, as decimal digits, and lists lazily', () => {
    const many = Array.from({ length: 100 }, (_, i) => `o${String(i)}`)
    const issues = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`i${String(i)}`, domains.choice(...many)]),
    )
    const n = doc(AB, issues, [])
    const z = ok(Zone.packages(n))
    expect(z.count).toBe('1000000000000000000')
    const first = [...ok(Zone.enumerate(n, { limit: 2 }))]
    expect(first.map((p) => p['i8' as IssueId])).toEqual(['o0', 'o1'])
  })

  it('handles quantities exactly: an integer range counts its integers, a continuous one is infinite', () => {
    const n = doc(AB, { days: domains.quantity(0, 100) }, [
      { party: 'A', issue: 'days', acceptable: intervals([10, 40]) },
      { party: 'B', issue: 'days', redLines: intervals([0, 19]) },
    ])
    const z = ok(Zone.packages(n))
    expect(z.count).toBe('21')
    expect(z.quantities[0]).toMatchObject({ issue: 'days', handling: 'exact' })
    const c = doc(AB, { days: domains.quantity(0, 100, false) }, [
      { party: 'A', issue: 'days', acceptable: intervals([10, 40]) },
    ])
    expect(ok(Zone.packages(c)).count).toBe('infinite')
    const grid = ok(Zone.packages(c, { discretize: { days: 10 } }))
    expect(grid.count).toBe('4')
    expect(grid.quantities[0]).toMatchObject({
      handling: 'discretized',
      step: 10,
      values: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
    })
    expect(grid.quantities[0]!.explanation).toBe(
      'DAYS takes only the 11 values from 0 in steps of 10, as asked.',
    )
    const one = doc(AB, { days: domains.quantity(5, 5, false) }, [])
    expect(ok(Zone.packages(one, { discretize: { days: 10 } })).quantities[0]).toMatchObject({
      values: [5],
      explanation: 'DAYS takes only the value 5, as asked.',
    })
  })

  it('lists the conditions it cannot apply', () => {
    const n = doc(AB, { x: domains.flag, y: domains.flag }, [
      {
        party: 'A',
        issue: 'x',
        conditions: [
          { kind: 'sequence', first: 'x', then: 'y' },
          { kind: 'other', text: 'subject to a referendum' },
          { kind: 'value', issue: 'y', in: { kind: 'flags', values: [true] } },
        ],
      },
    ])
    const z = ok(Zone.packages(n, { issues: ['x' as IssueId] }))
    expect(z.unapplied.map((u) => u.kind)).toEqual(['sequence', 'other', 'value'])
    expect(z.unapplied[2]!.explanation).toMatch(/leaves Y open/)
  })

  it('applies a condition on a settled issue with its agreed value', () => {
    const n = doc(
      AB,
      { x: domains.flag, y: domains.choice('a', 'b') },
      [
        {
          party: 'A',
          issue: 'y',
          conditions: [
            {
              kind: 'value',
              issue: 'y',
              in: options('a'),
              when: { issue: 'x', in: { kind: 'flags', values: [true] } },
            },
          ],
        },
      ],
      {
        proposals: {
          p: {
            title: 'Truce',
            date: '2025-01-02',
            tabledBy: ['A'],
            terms: { x: { value: true } },
            sources: [],
          },
        },
        events: [
          { id: 'e', kind: 'agreement', date: '2025-01-03', parties: ['A', 'B'], proposal: 'p', sources: [] },
        ],
      },
    )
    const z = ok(Zone.packages(n))
    expect(z.issues).toEqual(['y'])
    expect(z.count).toBe('1')
  })

  it('rejects unknown parties, issues and bad steps; works data-last', () => {
    const n = doc(AB, { x: domains.flag }, [])
    const r = Zone.packages(n, { issues: ['nope' as IssueId], discretize: { x: 1 } })
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual(['unknown-issue', 'bad-option'])
    expect(Zone.packages({ limit: 1 })(n)).toEqual(Zone.packages(n, { limit: 1 }))
    expect(E.isLeft(Zone.enumerate(n, { parties: ['Z' as never] }))).toBe(true)
  })
})

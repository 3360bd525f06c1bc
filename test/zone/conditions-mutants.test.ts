/**
 * Conditions, edge cases: what makes two statements one condition, a sum of priorities that does not depend on the
 * order of positions, the kind of an unapplied acceptance, and conditions on quantities, whose bounds cut the
 * issue's values.
 */
import { describe, expect, it } from 'vitest'
import type { IssueId, Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'

const parties = { A: { name: 'Alpha' }, B: { name: 'Beta' }, M: { name: 'Mu', role: 'mediator' as const } }
const yes = { kind: 'flags', values: [true] }

describe('a value condition stated on several positions', () => {
  it('is one condition even when its words differ from one statement to the next', () => {
    const n = doc(parties, { x: domains.choice('a', 'b'), y: domains.flag, f: domains.flag }, [
      { party: 'A', issue: 'x', conditions: [{ kind: 'value', issue: 'f', in: yes, text: 'f must be yes' }] },
      {
        party: 'A',
        issue: 'y',
        conditions: [{ kind: 'value', issue: 'f', in: yes, text: 'F is to be yes' }],
      },
    ])
    const z = ok(Zone.packages(n, { issues: ['x', 'y'] as IssueId[] }))
    expect(z.unapplied).toHaveLength(1)
    expect(z.unapplied[0]!.evidence.positions).toEqual(['pos0', 'pos1'])
  })

  it('costs the same sum of priorities whatever the order of the positions that state it', () => {
    const n = (priorities: readonly number[]): Negotiation =>
      doc(parties, { x: domains.flag, y: domains.flag, g: domains.flag, f: domains.flag }, [
        ...['x', 'y', 'g'].map((issue, k) => ({
          party: 'A',
          issue,
          priority: priorities[k],
          conditions: [{ kind: 'value', issue: 'f', in: yes }],
        })),
        { party: 'B', issue: 'f', priority: 1, redLines: yes },
      ])
    const cost = (ps: readonly number[]): number => {
      const near = ok(Zone.nearestAgreement(n(ps)))
      expect(near.options[0]!.concessions).toHaveLength(1)
      expect(near.options[0]!.concessions[0]!.kind).toBe('condition')
      return near.options[0]!.concessions[0]!.cost
    }
    // every order of 0.1, 0.2 and 0.3 over the three positions: one and the same float
    const costs = [
      [0.1, 0.2, 0.3],
      [0.1, 0.3, 0.2],
      [0.2, 0.1, 0.3],
      [0.2, 0.3, 0.1],
      [0.3, 0.1, 0.2],
      [0.3, 0.2, 0.1],
    ].map(cost)
    expect(costs[0]).toBeCloseTo(0.6, 9)
    expect(new Set(costs).size).toBe(1)
  })
})

describe('another party’s acceptance', () => {
  it('is reported as an unapplied condition of kind "acceptance"', () => {
    const n = doc(parties, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', conditions: [{ kind: 'acceptance', party: 'M' }] },
    ])
    expect(ok(Zone.packages(n)).unapplied.map((u) => u.kind)).toEqual(['acceptance'])
  })
})

describe('conditions on a quantity', () => {
  // q: whole days 0 to 10; x: a or b; f: a flag that, with `settle`, an agreement fixes at no
  const issues = { q: domains.quantity(0, 10), x: domains.choice('a', 'b'), f: domains.flag }
  const settlement = {
    proposals: {
      p: { title: 'Deal', date: '2025-01-10', tabledBy: ['A'], terms: { f: { value: false } }, sources: [] },
    },
    events: [
      { id: 'e', kind: 'agreement', date: '2025-01-20', parties: ['A', 'B'], proposal: 'p', sources: [] },
    ],
  }
  const qx = { issues: ['q', 'x'] as IssueId[] }
  const count = (condition: Record<string, unknown>, settle = false): string =>
    ok(
      Zone.packages(
        doc(parties, issues, [{ party: 'A', issue: 'x', conditions: [condition] }], settle ? settlement : {}),
        qx,
      ),
    ).count

  it('a plain condition keeps exactly the days it names', () => {
    // q in 3..5: 3 days, either x
    expect(count({ kind: 'value', issue: 'q', in: intervals([3, 5]) })).toBe('6')
  })

  it('a linkage on a quantity cuts it where the linkage names it', () => {
    // if q in 3..5 then x = a: 3 days with a, 8 days with either
    expect(
      count({ kind: 'value', issue: 'x', in: options('a'), when: { issue: 'q', in: intervals([3, 5]) } }),
    ).toBe('19')
    // if x = a then q in 3..5: a with 3 days, b with any of 11
    expect(
      count({ kind: 'value', issue: 'q', in: intervals([3, 5]), when: { issue: 'x', in: options('a') } }),
    ).toBe('14')
  })

  it('a linkage whose settled consequence is broken rules out the days that would trigger it', () => {
    // if q in 3..5 then f = yes, but f is settled no: q avoids 3..5, 8 days, either x
    expect(
      count({ kind: 'value', issue: 'f', in: yes, when: { issue: 'q', in: intervals([3, 5]) } }, true),
    ).toBe('16')
  })
})

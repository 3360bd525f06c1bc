import { describe, expect, it } from 'vitest'
import { feasibility, STEP_LIMIT } from '../../src/deadlock/feasible'
import type { Problem } from '../../src/deadlock/problem'
import { floor, hardCycle, link, problem, rule, unchanged } from './problems'

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

const verdict = (space: Problem, ids: readonly number[]) => unchanged(space, (s) => feasibility(s, ids))

/** Three two-valued issues x, y, z and the linkages x ≠ y, y ≠ z, z ≠ x (ids 0 to 5). */
const cycle = problem({
  axes: [
    ['x', 2],
    ['y', 2],
    ['z', 2],
  ],
  links: [
    link(0, [1, 0], 1, [0, 1]),
    link(0, [0, 1], 1, [1, 0]),
    link(1, [1, 0], 2, [0, 1]),
    link(1, [0, 1], 2, [1, 0]),
    link(2, [1, 0], 0, [0, 1]),
    link(2, [0, 1], 0, [1, 0]),
  ],
})

describe('feasibility: limits on one issue', () => {
  const space = problem({
    axes: [
      ['border', 3],
      ['aid', 2],
    ],
    rules: [
      rule(0, [1, 1, 0]),
      rule(0, [0, 1, 1]),
      rule(0, [0, 0, 1]),
      rule(1, [0, 0]),
      rule(-1, []),
      rule(1, [1, 1]),
    ],
  })

  it('holds when the limits on each issue leave a value', () => {
    expect(verdict(space, [])).toBe('feasible')
    expect(verdict(space, [0, 1])).toBe('feasible')
    expect(verdict(space, [1, 2, 5])).toBe('feasible')
  })

  it('fails when the limits on an issue leave no value, or one allows nothing', () => {
    expect(verdict(space, [0, 2])).toBe('infeasible')
    expect(verdict(space, [3])).toBe('infeasible')
    expect(verdict(space, [0, 3, 5])).toBe('infeasible')
  })

  it('fails on a condition a settlement already breaks (no issue left to meet it on)', () => {
    expect(verdict(space, [4])).toBe('infeasible')
    expect(verdict(space, [0, 5, 4])).toBe('infeasible')
  })

  it('reads a linkage within one issue as a limit: values in the first set but not the second are out', () => {
    // a linkage "if border is in {0, 1} then border is in {1, 3}": only value 0 is ruled out
    const self = problem({
      axes: [['border', 4]],
      rules: [rule(0, [1, 0, 0, 0]), rule(0, [0, 1, 0, 0]), rule(0, [0, 0, 1, 0]), rule(0, [0, 0, 0, 1])],
      links: [link(0, [1, 1, 0, 0], 0, [0, 1, 0, 1])],
    })
    expect([0, 1, 2, 3].map((r) => verdict(self, [r, 4]))).toEqual([
      'infeasible',
      'feasible',
      'feasible',
      'feasible',
    ])
    expect(verdict(self, [0])).toBe('feasible')
  })
})

describe('feasibility: linkages across issues', () => {
  it('finds three issues that must all differ on two values impossible, and any two of the pairs possible', () => {
    expect(verdict(cycle, [0, 1, 2, 3, 4, 5])).toBe('infeasible')
    expect(verdict(cycle, [0, 1, 2, 3])).toBe('feasible')
    expect(verdict(cycle, [2, 3, 4, 5])).toBe('feasible')
    expect(verdict(cycle, [0, 1, 4, 5])).toBe('feasible')
    expect(verdict(cycle, [0, 2, 4, 1, 3])).toBe('feasible')
  })

  it('fails when one value of an issue needs another issue in two sets that do not meet', () => {
    // x is 1; x = 1 needs y = 0, and x = 1 needs y = 1
    const split = problem({
      axes: [
        ['x', 2],
        ['y', 3],
      ],
      rules: [rule(0, [0, 1])],
      links: [link(0, [0, 1], 1, [1, 0, 0]), link(0, [0, 1], 1, [0, 1, 0])],
    })
    expect(verdict(split, [0, 1, 2])).toBe('infeasible')
    expect(verdict(split, [0, 1])).toBe('feasible')
    expect(verdict(split, [1, 2])).toBe('feasible')
  })

  it('spreads a forced value along a chain of linkages', () => {
    // x is 1; x = 1 forces y = 1; y = 1 forces z = 1; z must be 0
    const chain = problem({
      axes: [
        ['x', 2],
        ['y', 2],
        ['z', 2],
      ],
      rules: [rule(0, [0, 1]), rule(2, [1, 0])],
      links: [link(0, [0, 1], 1, [0, 1]), link(1, [0, 1], 2, [0, 1])],
    })
    expect(verdict(chain, [0, 1, 2, 3])).toBe('infeasible')
    expect(verdict(chain, [0, 1, 3, 2])).toBe('infeasible')
    expect(verdict(chain, [0, 2, 3])).toBe('feasible')
    expect(verdict(chain, [1, 2, 3])).toBe('feasible')
    expect(verdict(chain, [0, 1, 2])).toBe('feasible')
  })

  // x, y (three values), z; the two linkages on y and z rule out y = 2 together, which shows only once y is 2
  const backtrack = (first: 'fails' | 'holds') =>
    problem({
      axes: [
        ['x', 2],
        ['y', 3],
        ['z', 2],
      ],
      links:
        first === 'fails'
          ? [
              link(0, [0, 1], 1, [1, 1, 0]),
              link(0, [1, 0], 1, [0, 0, 1]),
              link(1, [0, 0, 1], 2, [0, 1]),
              link(1, [0, 0, 1], 2, [1, 0]),
            ]
          : [
              link(0, [0, 1], 1, [0, 0, 1]),
              link(0, [1, 0], 1, [1, 1, 0]),
              link(1, [0, 0, 1], 2, [0, 1]),
              link(1, [0, 0, 1], 2, [1, 0]),
            ],
    })

  it('finds the package when the first choice tried fails and the second holds', () => {
    expect(verdict(backtrack('fails'), [0, 1, 2, 3])).toBe('feasible')
  })

  it('finds the package when the first choice tried holds and the second fails', () => {
    expect(verdict(backtrack('holds'), [0, 1, 2, 3])).toBe('feasible')
  })

  it('is undecided when the search passes its step limit, and decided within it', () => {
    expect(STEP_LIMIT).toBe(1_000_000)
    // each free issue doubles the search: 2^(free + 1) - 1 steps prove the cycle impossible
    const small = hardCycle(3)
    const all = small.links.map((_, k) => k)
    expect(verdict(small, all)).toBe('infeasible')
    expect(unchanged(small, (s) => feasibility(s, all, 15))).toBe('infeasible')
    expect(unchanged(small, (s) => feasibility(s, all, 14))).toBe('undecided')
    const big = hardCycle(6)
    const every = big.links.map((_, k) => k)
    expect(feasibility(big, every, 127)).toBe('infeasible')
    expect(feasibility(big, every, 126)).toBe('undecided')
    expect(feasibility(big, every)).toBe('infeasible')
    // without the impossible cycle, the same free linkages hold without backtracking: one step for each
    expect(feasibility(big, every.slice(0, 6), 7)).toBe('feasible')
    expect(feasibility(big, every.slice(0, 6), 6)).toBe('undecided')
  })
})

describe('feasibility: reservation utilities', () => {
  // x and y, two values each; Alpha gains 1 for value 1 of each; a linkage forbids x = 1 with y = 1
  const pair = (units: number, more: { partner?: number } = {}) =>
    problem({
      axes: [
        ['x', 2],
        ['y', 2],
      ],
      links: [link(0, [0, 1], 1, [1, 0])],
      floors: [floor(0, units), floor(1, more.partner ?? 0)],
      gains: [
        [
          [0, 1],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 0],
        ],
      ],
    })

  it('holds when the best package allowed reaches the reservation utility exactly', () => {
    expect(verdict(pair(1), [0, 1])).toBe('feasible')
    expect(verdict(pair(0), [0, 1])).toBe('feasible')
  })

  it('fails when only packages the linkages rule out would reach it', () => {
    expect(verdict(pair(2), [0, 1])).toBe('infeasible')
    // without the linkage, both values 1 together reach it
    expect(verdict(pair(2), [1])).toBe('feasible')
  })

  it('needs every reservation utility kept to be reached', () => {
    expect(verdict(pair(1, { partner: 1 }), [0, 1, 2])).toBe('feasible')
    expect(verdict(pair(1, { partner: 2 }), [0, 1, 2])).toBe('infeasible')
    expect(verdict(pair(1, { partner: 2 }), [0, 1])).toBe('feasible')
    expect(verdict(pair(2, { partner: 1 }), [0, 1, 2])).toBe('infeasible')
    expect(verdict(pair(2, { partner: 1 }), [0, 2])).toBe('feasible')
  })

  it('counts an open range as reaching as close to its better end as wanted', () => {
    const open = (units: number) =>
      problem({
        axes: [['army', [true, false]]],
        floors: [floor(0, units)],
        gains: [[[0, 0]]],
        hi: [[[0, 1]]],
      })
    expect(verdict(open(1), [0])).toBe('feasible')
    expect(verdict(open(2), [0])).toBe('infeasible')
  })

  it('tries the other values of an issue when the first fails, reading only the values left', () => {
    // x has three values (the third ruled out); x = 0 forces y = 0; Alpha gains 2, 1, 0 on x and 0, 2 on y
    const space = (units: number) =>
      problem({
        axes: [
          ['x', 3],
          ['y', 2],
        ],
        rules: [rule(0, [1, 1, 0])],
        links: [link(0, [1, 0, 0], 1, [1, 0])],
        floors: [floor(0, units)],
        names: ['Alpha'],
        gains: [
          [
            [2, 1, 0],
            [0, 2],
          ],
        ],
      })
    expect(verdict(space(3), [0, 1, 2])).toBe('feasible')
    expect(verdict(space(4), [0, 1, 2])).toBe('infeasible')
    expect(verdict(space(4), [0, 2])).toBe('feasible')
  })

  it('is undecided when the search over values passes its step limit', () => {
    const n = 4
    const gains = Array.from({ length: n + 2 }, (_, a) => (a < n ? [0, 0] : [0, 1]))
    const space = problem({
      axes: Array.from({ length: n + 2 }, (_, a) => [`i${String(a)}`, 2] as const),
      links: [link(n, [0, 1], n + 1, [1, 0])],
      floors: [floor(0, 2)],
      names: ['Alpha'],
      gains: [gains],
    })
    // 2^(n + 2) - 1 steps prove the floor out of reach
    expect(verdict(space, [0, 1])).toBe('infeasible')
    expect(unchanged(space, (s) => feasibility(s, [0, 1], 63))).toBe('infeasible')
    expect(unchanged(space, (s) => feasibility(s, [0, 1], 62))).toBe('undecided')
    // without the linkage, the floor is reached on the first path tried, in 9 steps
    expect(feasibility(space, [1], 9)).toBe('feasible')
    expect(feasibility(space, [1], 8)).toBe('undecided')
  })
})

import { describe, expect, it } from 'vitest'
import { candidates, conflicts, feasibleWith, minimalConflict } from '../../src/deadlock/conflict'
import { floor, hardCycle, link, problem, rule, unchanged } from './problems'

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

/** Three two-valued issues a, b, c; each must be 1; a = 1 needs c = 0 (ids 0 to 3); b = 1 needs b = 0 (id 4). */
const twoKinds = problem({
  axes: [
    ['a', 2],
    ['b', 2],
    ['c', 2],
  ],
  rules: [
    rule(0, [0, 1], { kind: 'red-line', issue: 'a' }),
    rule(1, [0, 1], { kind: 'red-line', issue: 'b' }),
    rule(2, [0, 1], { kind: 'red-line', issue: 'c' }),
  ],
  links: [link(0, [0, 1], 2, [1, 0]), link(1, [0, 1], 1, [1, 0])],
})

/**
 * Four two-valued issues a, b, c, d: a, b, c must be 1 (ids 0 to 2); a = 1 needs d = 1 (3); b = 1 needs c = 0
 * (4); d = 1 needs a = 0 (5). Two conflicts, {0, 3, 5} between a and d and {1, 2, 4} between b and c.
 */
const twoPairs = problem({
  axes: [
    ['a', 2],
    ['b', 2],
    ['c', 2],
    ['d', 2],
  ],
  rules: [rule(0, [0, 1], { issue: 'a' }), rule(1, [0, 1], { issue: 'b' }), rule(2, [0, 1], { issue: 'c' })],
  links: [link(0, [0, 1], 3, [0, 1]), link(1, [0, 1], 2, [1, 0]), link(3, [0, 1], 0, [1, 0])],
})

/** For `hardCycle(free)`: x = 0 or 1 needs y = 0, and y = 0 is ruled out: impossible at once, though each linkage alone is not. */
const tail = (free: number) => [
  link(free + 4, [1, 1], free + 5, [1, 0]),
  link(free + 5, [1, 0], free + 6, [0, 0]),
]

describe('candidates', () => {
  it('orders limits by kind, issue, positions and party name, then linkages, then reservation utilities', () => {
    const space = problem({
      axes: [
        ['aid', 2],
        ['border', 3],
      ],
      rules: [
        rule(1, [0, 1, 1], { party: 1, issue: 'border', positions: ['p2'] }),
        rule(1, [1, 1, 0], { kind: 'red-line', issue: 'border', positions: ['p1'] }),
        rule(0, [1, 1], { issue: 'aid', positions: ['all'] }),
        rule(-1, [], { kind: 'condition', issue: 'truce', positions: ['c'] }),
        rule(0, [0, 1], { kind: 'red-line', issue: 'aid', positions: ['a', 'b'] }),
        rule(0, [1, 0], { kind: 'red-line', party: 1, issue: 'aid', positions: ['a-'] }),
        rule(1, [1, 1, 0], { kind: 'red-line', issue: 'border', positions: ['p1'] }),
        rule(0, [0, 1], { kind: 'issue-reservation', issue: 'aid' }),
      ],
      links: [
        link(0, [0, 1], 1, [1, 1, 0], { positions: ['a-'] }),
        link(0, [0, 0], 1, [1, 0, 1]),
        link(0, [1, 0], 1, [1, 1, 1]),
        link(0, [1, 0], 1, [0, 1, 1], { positions: ['a', 'b'] }),
        link(1, [0, 0, 1], 0, [1, 0], { party: 1 }),
      ],
      floors: [floor(1, 0.5, 'keeps 0.5'), floor(0, 0.7, 'keeps 0.7')],
    })
    // rules 0-7, links 8-12, floors 13-14; rule 2 and links 9 and 10 exclude nothing
    expect(unchanged(space, candidates)).toEqual([4, 5, 1, 6, 0, 7, 3, 11, 8, 12, 14, 13])
  })

  it('keeps a rule on the first issue that excludes something, and leaves out one that excludes nothing', () => {
    const space = problem({
      axes: [['aid', 2]],
      rules: [rule(0, [1, 1], { issue: 'aid' }), rule(0, [1, 0], { issue: 'aid' })],
    })
    expect(unchanged(space, candidates)).toEqual([1])
  })

  it('is empty for a problem without constraints', () => {
    expect(candidates(problem({ axes: [['aid', 2]] }))).toEqual([])
  })
})

describe('feasibleWith', () => {
  it('decides a set of constraint ids', () => {
    expect(unchanged(twoKinds, (s) => feasibleWith(s, [0, 2, 3]))).toBe('infeasible')
    expect(unchanged(twoKinds, (s) => feasibleWith(s, [0, 1, 2]))).toBe('feasible')
  })
})

describe('minimalConflict', () => {
  // one issue of three values: rule 0 allows only 0, rule 1 only 1, rule 2 the last two, rule 3 the first two
  const limits = problem({
    axes: [['border', 3]],
    rules: [rule(0, [1, 0, 0]), rule(0, [0, 1, 0]), rule(0, [0, 1, 1]), rule(0, [1, 1, 0])],
  })

  it('prefers constraints early in the list, and lists the set in that order', () => {
    expect(unchanged(limits, (s) => minimalConflict(s, [0, 1, 2, 3]))).toEqual([0, 1])
    expect(unchanged(limits, (s) => minimalConflict(s, [2, 3, 0, 1]))).toEqual([2, 0])
    expect(unchanged(limits, (s) => minimalConflict(s, [3, 1, 2, 0]))).toEqual([1, 0])
  })

  it('finds a conflict that needs every one of its constraints', () => {
    expect(minimalConflict(twoPairs, [0, 1, 2, 3, 4, 5])).toEqual([1, 2, 4])
    expect(minimalConflict(twoPairs, [0, 3, 5])).toEqual([0, 3, 5])
    expect(minimalConflict(twoKinds, [0, 1, 2, 3, 4])).toEqual([0, 2, 3])
    expect(minimalConflict(twoKinds, [1, 4, 0, 2, 3])).toEqual([1, 4])
  })

  it('is undefined for no constraints', () => {
    expect(minimalConflict(limits, [])).toBeUndefined()
  })

  it('prefers the conflict that ends earliest in the list', () => {
    // the cycle comes first in the list, so its conflict is preferred; without it, the two linkages conflict
    const small = hardCycle(3, tail(3))
    expect(
      minimalConflict(
        small,
        small.links.map((_, k) => k),
      ),
    ).toEqual([3, 4, 5, 6, 7, 8])
    expect(minimalConflict(small, [0, 1, 2, 9, 10])).toEqual([9, 10])
  })
})

describe('conflicts', () => {
  it('finds conflicts within one issue before conflicts between issues', () => {
    expect(unchanged(twoKinds, (s) => conflicts(s, 5))).toEqual({
      sets: [
        [1, 4],
        [0, 2, 3],
      ],
      undecided: false,
    })
    expect(conflicts(twoKinds, 1)).toEqual({ sets: [[1, 4]], undecided: false })
  })

  it('looks at each pair of linked issues, in the order of their first linkage, before all constraints together', () => {
    expect(unchanged(twoPairs, (s) => conflicts(s, 5))).toEqual({
      sets: [
        [0, 3, 5],
        [1, 2, 4],
      ],
      undecided: false,
    })
    expect(conflicts(twoPairs, 1)).toEqual({ sets: [[0, 3, 5]], undecided: false })
  })

  it('finds conflicts that span more than two issues among all the constraints left', () => {
    const small = hardCycle(3, tail(3))
    expect(unchanged(small, (s) => conflicts(s, 5))).toEqual({
      sets: [
        [3, 4, 5, 6, 7, 8],
        [9, 10],
      ],
      undecided: false,
    })
  })

  it('finds a condition a settlement already breaks as a conflict on its own', () => {
    const broken = problem({
      axes: [['aid', 2]],
      rules: [rule(0, [0, 1], { issue: 'aid' }), rule(-1, [], { kind: 'condition', issue: 'truce' })],
    })
    expect(unchanged(broken, (s) => conflicts(s, 5))).toEqual({ sets: [[1]], undecided: false })
  })

  it('finds nothing when every constraint can hold', () => {
    expect(conflicts(twoPairs, 0)).toEqual({ sets: [], undecided: false })
    const fine = problem({
      axes: [
        ['a', 2],
        ['b', 2],
      ],
      rules: [rule(0, [0, 1])],
      links: [link(0, [0, 1], 1, [0, 1])],
    })
    expect(conflicts(fine, 5)).toEqual({ sets: [], undecided: false })
  })

  it('says undecided, with the sets found so far, when a check passes the step limit', () => {
    const n = 4
    const space = problem({
      axes: Array.from({ length: n + 2 }, (_, a) => [`i${String(a).padStart(2, '0')}`, 2] as const),
      rules: [rule(0, [1, 0], { issue: 'i00' }), rule(0, [0, 1], { issue: 'i00' })],
      links: [link(n, [0, 1], n + 1, [1, 0])],
      floors: [floor(0, 2)],
      names: ['Alpha'],
      gains: [Array.from({ length: n + 2 }, (_, a) => (a < n ? [0, 0] : [0, 1]))],
    })
    // the floor's search needs 63 steps; the conflict on i00 is found without it
    expect(conflicts(space, 1, 62)).toEqual({ sets: [[0, 1]], undecided: false })
    expect(unchanged(space, (s) => conflicts(s, 5, 62))).toEqual({ sets: [[0, 1]], undecided: true })
    expect(conflicts(space, 5, 63)).toEqual({
      sets: [
        [0, 1],
        [2, 3],
      ],
      undecided: false,
    })
    expect(conflicts(space, 5)).toEqual({
      sets: [
        [0, 1],
        [2, 3],
      ],
      undecided: false,
    })
  })

  it('says undecided when finding a minimal set among constraints that fail together stays undecided', () => {
    // with 5 free issues, x, y and z are issues 9, 10 and 11: the two tail linkages fail together at once, but the
    // cycle's linkages without them need 63 steps to fail
    const big = hardCycle(5, [link(9, [1, 1], 10, [1, 0]), link(10, [1, 0], 11, [0, 0])])
    const all = big.links.map((_, k) => k)
    expect(feasibleWith(big, all, 62)).toBe('infeasible')
    expect(minimalConflict(big, all, 62)).toBeUndefined()
    expect(unchanged(big, (s) => conflicts(s, 5, 62))).toEqual({ sets: [], undecided: true })
    expect(conflicts(big, 5, 63)).toEqual({
      sets: [
        [5, 6, 7, 8, 9, 10],
        [11, 12],
      ],
      undecided: false,
    })
  })
})

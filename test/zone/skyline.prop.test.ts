/**
 * The skyline engine on typed arrays: the sort order and the frontier against pairwise comparison, for 1 to 5
 * parties, with many ties and with utilities that need every radix pass.
 */
import { fc, test } from '../fast-check'
import { describe, expect } from 'vitest'
import { frontier, paretoFront, sortedOrder, UNITS } from '../../src/zone/skyline'

const scored = (rows: readonly (readonly number[])[], k: number) => ({
  count: rows.length,
  utilities: Array.from({ length: k }, (_, p) => Float64Array.from(rows, (r) => r[p]!)),
})

const dominated = (rows: readonly (readonly number[])[], i: number): boolean =>
  rows.some((q, j) => j !== i && q.every((x, p) => x >= rows[i]![p]!) && q.some((x, p) => x > rows[i]![p]!))

const lexDesc =
  (rows: readonly (readonly number[])[]) =>
  (a: number, b: number): number => {
    for (let p = 0; p < rows[0]!.length; p++)
      if (rows[a]![p] !== rows[b]![p]) return rows[b]![p]! - rows[a]![p]!
    return a - b
  }

/** Rows of k utilities: few levels (many ties) or the whole range of units (every radix pass). */
const rows = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc
    .oneof(
      fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: k, maxLength: k }), {
        maxLength: 300,
      }),
      fc.array(fc.array(fc.integer({ min: 0, max: UNITS }), { minLength: k, maxLength: k }), {
        maxLength: 300,
      }),
    )
    .map((rs) => ({ k, rs })),
)

describe('skyline', () => {
  test.prop([rows], { numRuns: 300 })(
    'sorts by decreasing utilities, party 0 first, ties by package',
    ({ k, rs }) => {
      const order = Array.from(sortedOrder(scored(rs, k)))
      expect(order).toEqual(rs.map((_, i) => i).sort(lexDesc(rs)))
    },
  )

  test.prop([rows], { numRuns: 300 })(
    'keeps exactly the packages no other package dominates',
    ({ k, rs }) => {
      const s = scored(rs, k)
      const front = new Set(frontier(s, sortedOrder(s)))
      rs.forEach((_, i) => expect(front.has(i)).toBe(!dominated(rs, i)))
    },
  )
})

describe('elimination screen', () => {
  test.prop([rows], { numRuns: 25 })(
    'the screened frontier is the frontier',
    ({ k, rs }) => {
      const big = [
        ...rs,
        ...rs.map((r) => r.map((x) => Math.floor(x / 2))),
        ...Array.from({ length: 4200 }, (_, i) =>
          Array.from({ length: k }, (_, p) => ((i * (p + 7)) % 97) * 1000 + (i % 13)),
        ),
      ]
      const s = scored(big, k)
      expect(new Set(paretoFront(s))).toEqual(new Set(frontier(s, sortedOrder(s))))
      expect(paretoFront(s)).toEqual(frontier(s, sortedOrder(s)))
    },
    300_000,
  )
})

/** The skyline engine on typed arrays: ties and large inputs. */
import { describe, expect, it } from 'vitest'
import { frontier, sortedOrder } from '../../src/zone/skyline'

const scored = (rows: readonly (readonly number[])[], k: number) => ({
  count: rows.length,
  utilities: Array.from({ length: k }, (_, p) => Float64Array.from(rows, (r) => r[p]!)),
})

describe('skyline', () => {
  it('keeps every copy of a non-dominated utility vector', () => {
    const rs = [
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]
    const s = scored(rs, 3)
    expect(frontier(s, sortedOrder(s)).sort()).toEqual([0, 1, 2, 3])
  })

  it('sorts a million packages by a key over 2^30 with the radix sort', () => {
    const n = 1_000_000
    const u = new Float64Array(n)
    for (let i = 0; i < n; i++) u[i] = ((i * 2654435761) % 4294967296) * 256
    const order = sortedOrder({ count: n, utilities: [u] })
    let sorted = true
    for (let i = 1; i < n; i++) if (u[order[i - 1]!]! < u[order[i]!]!) sorted = false
    expect(sorted).toBe(true)
    expect(new Set(order).size).toBe(n)
  })
})

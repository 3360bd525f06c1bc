/**
 * Bargaining points at their edges: the tie tolerance is inclusive, and the Kalai–Smorodinsky point leaves out a
 * party that gains nothing anywhere on the frontier, even where a package gives it less than its disagreement value.
 */
import { describe, expect, it } from 'vitest'
import { kalaiSmorodinsky, TIE, welfare } from '../../src/zone/bargaining'
import { UNITS } from '../../src/zone/skyline'

/** Utilities on the 0–1 scale, one row per party, one column per package. */
const scored = (...rows: number[][]) => ({
  count: rows[0]!.length,
  utilities: rows.map((r) => Float64Array.from(r, (x) => x * UNITS)),
})

describe('ties', () => {
  it('a package exactly the tie tolerance below the best is tied with it', () => {
    const b = welfare(scored([1, 1 - TIE, 0.5]), [0, 1, 2])
    expect(b).toEqual({ value: 1, packages: [0, 1] })
  })
})

describe('the Kalai–Smorodinsky point', () => {
  it('leaves out a party whose best on the frontier is its disagreement value', () => {
    // Beta's best is 0.5, its disagreement value: it is left out, though package 1 gives it less
    const b = kalaiSmorodinsky(scored([0, 1], [0.5, 0.4]), [0, 1], Float64Array.from([0, 0.5 * UNITS]))
    expect(b).toEqual({ value: 1, packages: [1] })
  })

  it('when no party gains anything anywhere, every package is best with value 1', () => {
    const b = kalaiSmorodinsky(
      scored([0.5, 0.5], [0.2, 0.2]),
      [0, 1],
      Float64Array.from([0.5, 0.2].map((x) => x * UNITS)),
    )
    expect(b).toEqual({ value: 1, packages: [0, 1] })
  })
})

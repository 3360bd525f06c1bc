import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type { PositionLike } from '../../src/algebra/score'
import type { Domain } from '../../src/model'
import { frozen } from './arbitraries'

const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 100 }) as Domain

const linear = (...points: { at: number; score: number }[]): PositionLike =>
  frozen({ valuation: { kind: 'linear', points } })

describe('a linear valuation with a jump (two points at the same amount)', () => {
  it('scores the first point of the curve as the values below it', () => {
    const p = linear({ at: 0, score: 0.2 }, { at: 0, score: 0.8 }, { at: 100, score: 1 })
    expect(Utility.score(days, p, 0)).toEqual(E.right(0.2))
  })

  it('scores the last point of the curve as the values above it', () => {
    const p = linear({ at: 0, score: 0 }, { at: 50, score: 0.3 }, { at: 50, score: 0.9 })
    expect(Utility.score(days, p, 50)).toEqual(E.right(0.9))
    expect(Utility.score(days, p, 60)).toEqual(E.right(0.9))
  })

  it('scores an inner jump point as the end of the piece coming from below', () => {
    const p = linear(
      { at: 0, score: 0 },
      { at: 50, score: 0.2 },
      { at: 50, score: 0.8 },
      { at: 100, score: 1 },
    )
    expect(Utility.score(days, p, 50)).toEqual(E.right(0.2))
    expect(Utility.score(days, p, 75)).toEqual(E.right(0.9))
  })
})

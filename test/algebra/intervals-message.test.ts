import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain } from '../../src/model'
import { frozen, ok } from './arbitraries'

const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 90 }) as Domain

const why = (v: number): string => {
  const r = Values.contains(days, ok(Values.all(days)), v)
  return E.isLeft(r) ? r.left.message : ''
}

describe('intervals: the message for a number that is not finite', () => {
  it('names NaN and Infinity as themselves, not as null', () => {
    expect(why(NaN)).toMatch(/^NaN is not a finite number/)
    expect(why(Infinity)).toMatch(/^Infinity is not a finite number/)
  })
})

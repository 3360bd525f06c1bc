/**
 * Domain membership at its edges: closed and open interval bounds, the size bounds of a subset constraint, the bounds
 * of a quantity, and value sets with several members (one good and one bad member must not pass as a whole).
 */
import { describe, expect, it } from 'vitest'
import type { Domain, Interval, SubsetConstraint, Value, ValueSet } from '../../src'
import { deepFreeze } from '../../src/internal/freeze'
import { contains, inInterval, isValueOf, isValueSetOf, satisfies } from '../../src/model/membership'

const days = deepFreeze({ kind: 'quantity', unit: 'days', min: 0, max: 90 }) as unknown as Domain
const nato = deepFreeze({
  kind: 'choice',
  options: [
    { id: 'member', label: 'Member' },
    { id: 'neutral', label: 'Neutral' },
  ],
}) as unknown as Domain
const guarantors = deepFreeze({
  kind: 'subset',
  universe: [
    { id: 'us', label: 'United States' },
    { id: 'uk', label: 'United Kingdom' },
    { id: 'fr', label: 'France' },
  ],
}) as unknown as Domain

const interval = (i: Record<string, unknown>): Interval => i as unknown as Interval
const constraint = (c: unknown): SubsetConstraint => c as SubsetConstraint
const set = (s: Record<string, unknown>): ValueSet => deepFreeze(s) as unknown as ValueSet
const value = (v: unknown): Value => v as Value

describe('inInterval', () => {
  it('keeps a closed bound and leaves out an open one', () => {
    const closed = interval({ min: 10, max: 20 })
    expect([9, 10, 20, 21].map((x) => inInterval(closed, x))).toEqual([false, true, true, false])
    const open = interval({ min: 10, max: 20, minOpen: true, maxOpen: true })
    expect([10, 10.5, 19.5, 20, 21].map((x) => inInterval(open, x))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ])
    const openAbove = interval({ min: 10, max: 20, maxOpen: true })
    expect([9, 10, 20].map((x) => inInterval(openAbove, x))).toEqual([false, true, false])
  })
})

describe('satisfies', () => {
  it('counts the size bounds as inclusive', () => {
    const oneOrTwo = constraint({ minSize: 1, maxSize: 2 })
    expect([[], ['us'], ['us', 'uk'], ['us', 'uk', 'fr']].map((v) => satisfies(oneOrTwo, v))).toEqual([
      false,
      true,
      true,
      false,
    ])
    expect(satisfies(constraint({ minSize: 2 }), ['us', 'uk'])).toBe(true)
    expect(satisfies(constraint({ maxSize: 1 }), ['us', 'uk'])).toBe(false)
  })
})

describe('isValueOf', () => {
  it('takes the bounds of a quantity as inclusive, and only numbers', () => {
    expect([0, 90, -1, 91].map((x) => isValueOf(days, x))).toEqual([true, true, false, false])
    expect(isValueOf(days, value('30'))).toBe(false)
    expect(isValueOf(days, value(true))).toBe(false)
  })
})

describe('isValueSetOf', () => {
  it('refuses a value set of another kind than the domain takes', () => {
    expect(isValueSetOf(nato, set({ kind: 'flags', values: [true] }))).toBe(false)
    expect(isValueSetOf(days, set({ kind: 'options', options: [] }))).toBe(false)
  })

  it('takes intervals reaching the bounds, and refuses any interval beyond them', () => {
    expect(isValueSetOf(days, set({ kind: 'intervals', intervals: [{ min: 0, max: 90 }] }))).toBe(true)
    expect(isValueSetOf(days, set({ kind: 'intervals', intervals: [{ min: -5, max: 10 }] }))).toBe(false)
    expect(
      isValueSetOf(
        days,
        set({
          kind: 'intervals',
          intervals: [
            { min: 0, max: 10 },
            { min: 80, max: 100 },
          ],
        }),
      ),
    ).toBe(false)
  })

  it('takes subset constraints naming known elements, and refuses any naming an unknown one', () => {
    expect(isValueSetOf(guarantors, set({ kind: 'subsets', any: [{ include: ['us'] }] }))).toBe(true)
    expect(isValueSetOf(guarantors, set({ kind: 'subsets', any: [{ exclude: ['fr'] }] }))).toBe(true)
    expect(isValueSetOf(guarantors, set({ kind: 'subsets', any: [{ minSize: 1 }] }))).toBe(true)
    expect(isValueSetOf(guarantors, set({ kind: 'subsets', any: [{ include: ['de'] }] }))).toBe(false)
    expect(
      isValueSetOf(guarantors, set({ kind: 'subsets', any: [{ include: ['us'] }, { exclude: ['de'] }] })),
    ).toBe(false)
  })
})

describe('contains', () => {
  it('finds a value in any one of several intervals, and never a text', () => {
    const s = set({
      kind: 'intervals',
      intervals: [
        { min: 0, max: 10 },
        { min: 30, max: 40 },
      ],
    })
    expect([5, 35, 20].map((x) => contains(s, x))).toEqual([true, true, false])
    expect(contains(s, value('5'))).toBe(false)
  })

  it('finds a subset satisfying any one of several constraints', () => {
    const s = set({ kind: 'subsets', any: [{ include: ['us'] }, { include: ['uk'] }] })
    expect(contains(s, value(['uk']))).toBe(true)
    expect(contains(s, value(['fr']))).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import type { Domain, Value, ValueSet } from '../src'
import {
  contains,
  elementIds,
  inInterval,
  isEmptyInterval,
  isValueOf,
  isValueSetOf,
  satisfies,
} from '../src/model/membership'
import { deepFreeze } from '../src/internal/freeze'

const choice = deepFreeze({
  kind: 'choice',
  options: [
    { id: 'member', label: 'Member' },
    { id: 'neutral', label: 'Neutral' },
  ],
}) as unknown as Domain
const days = deepFreeze({
  kind: 'quantity',
  unit: 'days',
  min: 0,
  max: 365,
  integer: true,
}) as unknown as Domain
const share = deepFreeze({ kind: 'quantity', unit: 'per cent', min: 0, max: 100 }) as unknown as Domain
const regimes = deepFreeze({
  kind: 'subset',
  universe: [
    { id: 'swift', label: 'SWIFT' },
    { id: 'energy', label: 'Energy' },
    { id: 'aviation', label: 'Aviation' },
  ],
}) as unknown as Domain
const flag = deepFreeze({ kind: 'flag' }) as unknown as Domain

const v = (x: unknown): Value => x as Value
const s = (x: unknown): ValueSet => deepFreeze(x) as ValueSet

describe('isValueOf', () => {
  it.each([
    [choice, 'member', true],
    [choice, 'memebr', false],
    [choice, 1, false],
    [days, 30, true],
    [days, 30.5, false],
    [days, 366, false],
    [share, 12.5, true],
    [share, -1, false],
    [regimes, ['swift', 'energy'], true],
    [regimes, [], true],
    [regimes, ['swift', 'swift'], false],
    [regimes, ['gas'], false],
    [regimes, 'swift', false],
    [flag, false, true],
    [flag, 'yes', false],
  ] as const)('%j holds %j: %s', (d, x, expected) => {
    expect(isValueOf(d, v(deepFreeze(x)))).toBe(expected)
  })
})

describe('isValueSetOf', () => {
  it('needs the value-set kind of the domain', () => {
    expect(isValueSetOf(choice, s({ kind: 'options', options: ['member'] }))).toBe(true)
    expect(isValueSetOf(choice, s({ kind: 'intervals', intervals: [] }))).toBe(false)
    expect(isValueSetOf(flag, s({ kind: 'flags', values: [true] }))).toBe(true)
  })
  it('needs known options and elements, and intervals within the bounds', () => {
    expect(isValueSetOf(choice, s({ kind: 'options', options: ['member', 'path'] }))).toBe(false)
    expect(
      isValueSetOf(regimes, s({ kind: 'subsets', any: [{ include: ['swift'], exclude: ['gas'] }] })),
    ).toBe(false)
    expect(isValueSetOf(days, s({ kind: 'intervals', intervals: [{ min: 0, max: 30 }] }))).toBe(true)
    expect(isValueSetOf(days, s({ kind: 'intervals', intervals: [{ min: 0, max: 400 }] }))).toBe(false)
  })
})

describe('contains', () => {
  it('finds a value in options, intervals, subset constraints and flags', () => {
    expect(contains(s({ kind: 'options', options: ['neutral'] }), v('neutral'))).toBe(true)
    expect(contains(s({ kind: 'options', options: ['neutral'] }), v('member'))).toBe(false)
    const open = s({ kind: 'intervals', intervals: [{ min: 0, max: 30, minOpen: true }] })
    expect(contains(open, v(0))).toBe(false)
    expect(contains(open, v(30))).toBe(true)
    const constraint = s({ kind: 'subsets', any: [{ include: ['swift'], exclude: ['energy'], maxSize: 2 }] })
    expect(contains(constraint, v(['swift', 'aviation']))).toBe(true)
    expect(contains(constraint, v(['swift', 'energy']))).toBe(false)
    expect(contains(constraint, v(['aviation']))).toBe(false)
    expect(contains(s({ kind: 'flags', values: [true] }), v(true))).toBe(true)
    expect(contains(s({ kind: 'flags', values: [] }), v(false))).toBe(false)
  })
})

describe('intervals and constraints', () => {
  it('tells empty intervals apart', () => {
    expect(isEmptyInterval({ min: 3, max: 1 })).toBe(true)
    expect(isEmptyInterval({ min: 3, max: 3 })).toBe(false)
    expect(isEmptyInterval({ min: 3, max: 3, maxOpen: true })).toBe(true)
    expect(inInterval({ min: 3, max: 3 }, 3)).toBe(true)
  })
  it('checks size bounds on distinct elements', () => {
    expect(satisfies({ minSize: 2 }, ['a', 'a'])).toBe(false)
    expect(satisfies({}, [])).toBe(true)
  })
  it('lists element ids in the order written', () => {
    expect(elementIds(regimes)).toEqual(['swift', 'energy', 'aviation'])
    expect(elementIds(flag)).toEqual([])
  })
})

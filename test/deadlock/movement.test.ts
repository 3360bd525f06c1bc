/**
 * How far a stance moved, as the stalemate and oscillation detectors read it: the ideal's move on the issue's 0-to-1
 * distance scale, the share of the domain that entered or left what the party could accept, and whether two sets
 * are the same (an absent set standing for the whole domain).
 */
import { describe, expect, it } from 'vitest'
import { idealMove, sameSet, sameValue, setMove, stanceMove } from '../../src/deadlock/movement'
import { deepFreeze } from '../../src/internal/freeze'
import type { Domain, Value, ValueSet } from '../../src/model/domain'
import type { Stance } from '../../src/model/positions'

const border = deepFreeze({
  kind: 'choice',
  ordered: true,
  options: [
    { id: 'old', label: 'Old line' },
    { id: 'contact', label: 'Contact line' },
    { id: 'new', label: 'New line' },
  ],
} as unknown as Domain)
const km = deepFreeze<Domain>({ kind: 'quantity', unit: 'km', min: 0, max: 10 })
const guarantors = deepFreeze({
  kind: 'subset',
  universe: ['x', 'y', 'z'].map((id) => ({ id, label: id.toUpperCase() })),
} as unknown as Domain)
/** A quantity with a single value: its sets have measure 0. */
const fixed = deepFreeze<Domain>({ kind: 'quantity', unit: 'km', min: 5, max: 5 })

const value = (x: unknown): Value => x as Value
const options = (...ids: string[]): ValueSet =>
  deepFreeze({ kind: 'options', options: ids } as unknown as ValueSet)
const interval = (min: number, max: number): ValueSet =>
  deepFreeze({ kind: 'intervals', intervals: [{ min, max }] })
const stance = (fields: Record<string, unknown>): Stance =>
  deepFreeze({
    party: 'A',
    issue: 'border',
    asOf: '2025-01-01',
    origin: {},
    records: [],
    sources: [],
    ...fields,
  } as unknown as Stance)

describe('idealMove', () => {
  it('is the normalised distance between the two ideals', () => {
    expect(idealMove(border, value('old'), value('contact'))).toBe(0.5)
    expect(idealMove(border, value('old'), value('new'))).toBe(1)
    expect(idealMove(km, value(2), value(7))).toBe(0.5)
  })

  it('is 0 when either ideal is missing', () => {
    expect(idealMove(border, undefined, value('new'))).toBe(0)
    expect(idealMove(border, value('old'), undefined)).toBe(0)
    expect(idealMove(km, undefined, value(7))).toBe(0)
    expect(idealMove(km, value(2), undefined)).toBe(0)
  })
})

describe('setMove', () => {
  it('is the share of the domain on which the two sets differ', () => {
    expect(setMove(border, options('old'), options('old', 'contact'))).toBeCloseTo(1 / 3, 12)
    expect(setMove(border, options('old'), options('new'))).toBeCloseTo(2 / 3, 12)
    expect(setMove(km, interval(0, 4), interval(2, 6))).toBeCloseTo(0.4, 12)
    expect(setMove(border, options('old', 'contact'), options('old', 'contact'))).toBe(0)
    // the 4 packages with x and the 3 without x of at most one guarantor: 7 of the 8 subsets
    const withX = deepFreeze({ kind: 'subsets', any: [{ include: ['x'] }] } as unknown as ValueSet)
    const fewWithoutX = deepFreeze({
      kind: 'subsets',
      any: [{ exclude: ['x'], maxSize: 1 }],
    } as unknown as ValueSet)
    expect(setMove(guarantors, withX, fewWithoutX)).toBe(7 / 8)
  })

  it('reads an absent set as the whole domain, on either side', () => {
    expect(setMove(border, options('old'), undefined)).toBeCloseTo(2 / 3, 12)
    expect(setMove(border, undefined, options('new'))).toBeCloseTo(2 / 3, 12)
    expect(setMove(km, undefined, interval(0, 10))).toBe(0)
    expect(setMove(border, undefined, undefined)).toBe(0)
    expect(setMove(km, undefined, undefined)).toBe(0)
  })

  it('is 0 on a domain with no measure', () => {
    expect(setMove(fixed, interval(5, 5), deepFreeze({ kind: 'intervals', intervals: [] }))).toBe(0)
  })
})

describe('stanceMove', () => {
  it('is the larger of the move of the ideal and the move of the limits', () => {
    const before = stance({ ideal: 'old', acceptable: options('old', 'contact') })
    expect(stanceMove(border, before, stance({ ideal: 'new', acceptable: options('old', 'contact') }))).toBe(
      1,
    )
    expect(stanceMove(border, before, stance({ ideal: 'contact', acceptable: options('old') }))).toBe(0.5)
    expect(
      stanceMove(border, before, stance({ ideal: 'old', acceptable: options('old', 'contact', 'new') })),
    ).toBeCloseTo(1 / 3, 12)
  })

  it('reads what could be accepted as the acceptable set less the red lines', () => {
    const before = stance({ ideal: 'old' })
    expect(stanceMove(border, before, stance({ ideal: 'old', redLines: options('new') }))).toBeCloseTo(
      1 / 3,
      12,
    )
    expect(
      stanceMove(
        border,
        before,
        stance({ ideal: 'old', acceptable: options('old', 'contact'), redLines: options('contact') }),
      ),
    ).toBeCloseTo(2 / 3, 12)
  })

  it('measures a first stance against the whole domain and no ideal', () => {
    expect(stanceMove(border, undefined, stance({ ideal: 'new', acceptable: options('new') }))).toBeCloseTo(
      2 / 3,
      12,
    )
    expect(stanceMove(border, undefined, stance({ ideal: 'new' }))).toBe(0)
  })
})

describe('sameValue', () => {
  it('is true only for the same point', () => {
    expect(sameValue(border, value('old'), value('old'))).toBe(true)
    expect(sameValue(border, value('old'), value('new'))).toBe(false)
    expect(sameValue(km, value(3), value(3))).toBe(true)
  })
})

describe('sameSet', () => {
  it('compares the values the sets hold', () => {
    expect(sameSet(border, options('old', 'new'), options('new', 'old'))).toBe(true)
    expect(sameSet(border, options('old'), options('new'))).toBe(false)
  })

  it('reads two absent sets as the same, and an absent set as unlike any stated one', () => {
    expect(sameSet(border, undefined, undefined)).toBe(true)
    expect(sameSet(border, undefined, options('old'))).toBe(false)
    expect(sameSet(border, options('old'), undefined)).toBe(false)
    // an absent set is not compared as the whole domain
    expect(sameSet(border, options('old', 'contact', 'new'), undefined)).toBe(false)
  })
})

/**
 * Calendar dates and domain values as a user meets them directly: `Dates.compare` and `Dates.daysBetween` on
 * `YYYY-MM-DD` dates, and the `Value` codec's type guard and decoder on every kind of point a domain can hold.
 */
import { describe, expect, it } from 'vitest'
import { Dates, Value } from '../../src'

const d = (s: string): Dates.IsoDate => s as Dates.IsoDate

describe('Dates.compare', () => {
  it('is negative when the first date is earlier, positive when later, zero when equal', () => {
    expect(Math.sign(Dates.compare(d('2025-03-11'), d('2025-03-18')))).toBe(-1)
    expect(Math.sign(Dates.compare(d('2025-03-18'), d('2025-03-11')))).toBe(1)
    expect(Dates.compare(d('2025-03-11'), d('2025-03-11'))).toBe(0)
  })

  it('orders dates across months and years when used to sort', () => {
    const dates = ['2025-11-30', '2024-12-31', '2025-02-01', '2025-01-15'].map(d)
    expect([...dates].sort(Dates.compare)).toEqual(['2024-12-31', '2025-01-15', '2025-02-01', '2025-11-30'])
  })
})

describe('Dates.daysBetween', () => {
  it('counts the days from the first date to the second, negative when the second is earlier', () => {
    expect(Dates.daysBetween(d('2025-03-11'), d('2025-04-10'))).toBe(30)
    expect(Dates.daysBetween(d('2025-04-10'), d('2025-03-11'))).toBe(-30)
    expect(Dates.daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2)
    expect(Dates.daysBetween(d('2025-03-11'), d('2025-03-11'))).toBe(0)
  })
})

describe('Value.is', () => {
  it('accepts each kind of point: a flag, a finite number, an option id, a list of element ids', () => {
    expect(Value.is(true)).toBe(true)
    expect(Value.is(false)).toBe(true)
    expect(Value.is(30)).toBe(true)
    expect(Value.is(-2.5)).toBe(true)
    expect(Value.is('member')).toBe(true)
    expect(Value.is(['us', 'uk'])).toBe(true)
    expect(Value.is([])).toBe(true)
  })

  it('refuses numbers that are not finite and text that is not an id', () => {
    expect(Value.is(Number.NaN)).toBe(false)
    expect(Value.is(Number.POSITIVE_INFINITY)).toBe(false)
    expect(Value.is('not an id')).toBe(false)
    expect(Value.is('')).toBe(false)
  })

  it('refuses a list with any element that is not an id', () => {
    expect(Value.is(['us', 'not an id'])).toBe(false)
    expect(Value.is(['us', 3])).toBe(false)
  })

  it('refuses anything else without throwing', () => {
    expect(Value.is(null)).toBe(false)
    expect(Value.is(undefined)).toBe(false)
    expect(Value.is({ kind: 'options' })).toBe(false)
  })
})

describe('Value.decode', () => {
  it('fails on a list whose first element is not an id, pointing at that element', () => {
    const r = Value.decode(['not an id', 'us'])
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') {
      expect(r.left[0]?.message).toBe('expected an element id')
      expect(r.left[0]?.value).toBe('not an id')
    }
  })

  it('decodes a list of element ids to the same ids', () => {
    expect(Value.decode(['us', 'fr'])).toEqual({ _tag: 'Right', right: ['us', 'fr'] })
  })
})

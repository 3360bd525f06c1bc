/**
 * Day numbers of ISO dates, checked against `Date`'s own count of days: the lengths of months and leap years (1900,
 * 2000, 2024), the first and last years an ISO date can name, days before 1970, text that only looks like a date,
 * and the bounds that text which is not a date gives.
 */
import { describe, expect, it } from 'vitest'
import { boundOf, dateOf, dayOf, monthLength, NO_DAY } from '../../src/ledger/days'

/** The day number of a date as `Date` counts it (for every year, including 0 to 99). */
const utcDay = (y: number, m: number, d: number): number => {
  const t = new Date(0)
  t.setUTCFullYear(y, m - 1, d)
  return t.getTime() / 86_400_000
}

describe('monthLength', () => {
  it('gives each month its days in a common year and in a leap year', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    expect(months.map((m) => monthLength(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    expect(months.map((m) => monthLength(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
  })

  it('counts leap years as the Gregorian calendar does', () => {
    const years = [0, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]
    expect(years.map((y) => monthLength(y, 2))).toEqual([29, 29, 28, 28, 28, 29, 28, 29, 28, 29, 28])
  })
})

describe('dayOf', () => {
  it('reads no day in dates that do not exist', () => {
    const unreal = [
      '2023-02-29',
      '1900-02-29',
      '2100-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-06-31',
      '2024-09-31',
      '2024-11-31',
      '2024-00-10',
      '2024-13-01',
      '2024-01-00',
      '2024-01-32',
    ]
    expect(unreal.map(dayOf)).toEqual(unreal.map(() => NO_DAY))
  })

  it('reads no day in text that is not written YYYY-MM-DD', () => {
    const texts = [
      '2024-01-011',
      '2024-01-1',
      '2024/01-01',
      '2024-01/01',
      '2024/01/01',
      '202a-01-01',
      '202:-01-01',
      '2024-0a-15',
      '2024-1:-01',
      '2024-01-1:',
      ' 024-01-01',
      '',
    ]
    expect(texts.map(dayOf)).toEqual(texts.map(() => NO_DAY))
  })
})

describe('dateOf', () => {
  it('writes back the date of a day number in every century of a 400-year cycle', () => {
    const dates = [
      '0000-01-01',
      '0000-02-29',
      '0000-03-01',
      '0100-03-01',
      '1600-02-29',
      '1700-03-01',
      '1899-12-31',
      '1900-02-28',
      '1900-03-01',
      '1969-12-31',
      '1970-01-01',
      '2000-02-29',
      '2099-12-31',
      '2100-02-28',
      '2100-03-01',
      '2200-03-01',
      '2399-12-31',
      '2400-02-29',
      '9999-12-31',
    ]
    expect(dates.map((s) => dateOf(new Date(`${s}T00:00:00Z`).getTime() / 86_400_000))).toEqual(dates)
  })
})

describe('boundOf', () => {
  it('gives other text the day of the latest date that sorts before it', () => {
    expect(boundOf('2024-02-30')).toBe(utcDay(2024, 2, 29))
    expect(boundOf('2023-02-29')).toBe(utcDay(2023, 2, 28))
    expect(boundOf('2024-03-01T12:00')).toBe(utcDay(2024, 3, 1))
    expect(boundOf('0000-01-01x')).toBe(utcDay(0, 1, 1))
    expect(boundOf('0000-01-02 ')).toBe(utcDay(0, 1, 2))
    expect(boundOf('99999')).toBe(utcDay(9999, 12, 31))
  })

  it('gives no day to text that sorts before every date', () => {
    expect(boundOf('')).toBe(NO_DAY)
    expect(boundOf('0000-01-00')).toBe(NO_DAY)
    expect(boundOf('0000-01-0')).toBe(NO_DAY)
    expect(boundOf('-1')).toBe(NO_DAY)
  })
})

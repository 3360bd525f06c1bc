import { either as E, option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, IntervalSet, ValueSet } from '../../src/model'
import { frozen, ok } from './arbitraries'

const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 90 }) as Domain
// a range that does not start at 0, so that max − min and max + min differ
const km = frozen({ kind: 'quantity', unit: 'km', min: 10, max: 110 }) as Domain
// bounds on both sides of zero, where −0 can turn up
const temperature = frozen({ kind: 'quantity', unit: 'degrees', min: -10, max: 10 }) as Domain
const shift = frozen({ kind: 'quantity', unit: 'hours', min: -5, max: 5, integer: true }) as Domain
const count = frozen({ kind: 'quantity', unit: 'items', min: 0, max: 200_000, integer: true }) as Domain
// an integer quantity whose bounds are not whole numbers
const halves = frozen({ kind: 'quantity', unit: 'boxes', min: 0.5, max: 10.5, integer: true }) as Domain

type Iv = { min: number; max: number; minOpen?: boolean; maxOpen?: boolean }
const iv = (...xs: Iv[]): IntervalSet => frozen({ kind: 'intervals', intervals: xs })
const first = (s: ValueSet): Iv => (s as IntervalSet).intervals[0]!
const err = <A>(r: E.Either<{ _tag: string; message: string }, A>): { _tag: string; message: string } => {
  if (E.isRight(r)) throw new Error('expected an error')
  return r.left
}

describe('intervals: bounds clipped to the domain', () => {
  it('closes a lower bound that the domain cuts off', () => {
    expect(ok(Values.normalize(days, iv({ min: -5, max: 10, minOpen: true })))).toEqual(
      iv({ min: 0, max: 10 }),
    )
  })
})

describe('intervals: merging overlapping intervals', () => {
  it('keeps a closed lower bound when an open interval starts at the same point, in either order', () => {
    const open = { min: 1, max: 5, minOpen: true }
    const closed = { min: 1, max: 3 }
    expect(ok(Values.normalize(days, iv(open, closed)))).toEqual(iv({ min: 1, max: 5 }))
    expect(ok(Values.normalize(days, iv(closed, open)))).toEqual(iv({ min: 1, max: 5 }))
  })

  it('keeps the upper bound of the interval that reaches further', () => {
    expect(ok(Values.normalize(days, iv({ min: 0, max: 10 }, { min: 2, max: 5, maxOpen: true })))).toEqual(
      iv({ min: 0, max: 10 }),
    )
    expect(ok(Values.normalize(days, iv({ min: 0, max: 10, maxOpen: true }, { min: 2, max: 5 })))).toEqual(
      iv({ min: 0, max: 10, maxOpen: true }),
    )
    expect(ok(Values.normalize(days, iv({ min: 0, max: 5 }, { min: 2, max: 10, maxOpen: true })))).toEqual(
      iv({ min: 0, max: 10, maxOpen: true }),
    )
    expect(ok(Values.normalize(days, iv({ min: 0, max: 5, maxOpen: true }, { min: 2, max: 10 })))).toEqual(
      iv({ min: 0, max: 10 }),
    )
  })

  it('closes a shared upper bound unless both intervals leave it open', () => {
    expect(ok(Values.normalize(days, iv({ min: 0, max: 10 }, { min: 2, max: 10, maxOpen: true })))).toEqual(
      iv({ min: 0, max: 10 }),
    )
    expect(ok(Values.normalize(days, iv({ min: 0, max: 10, maxOpen: true }, { min: 2, max: 10 })))).toEqual(
      iv({ min: 0, max: 10 }),
    )
    expect(
      ok(Values.normalize(days, iv({ min: 0, max: 10, maxOpen: true }, { min: 2, max: 10, maxOpen: true }))),
    ).toEqual(iv({ min: 0, max: 10, maxOpen: true }))
  })
})

describe('intervals: intersection', () => {
  it('takes the higher lower bound with its openness', () => {
    expect(
      ok(Values.intersect(days, iv({ min: 5, max: 10 }), iv({ min: 0, max: 10, minOpen: true }))),
    ).toEqual(iv({ min: 5, max: 10 }))
    expect(
      ok(Values.intersect(days, iv({ min: 0, max: 10, minOpen: true }), iv({ min: 5, max: 10 }))),
    ).toEqual(iv({ min: 5, max: 10 }))
  })

  it('leaves out a shared lower bound that either set leaves out', () => {
    const open = iv({ min: 5, max: 10, minOpen: true })
    const closed = iv({ min: 5, max: 10 })
    expect(ok(Values.intersect(days, closed, open))).toEqual(open)
    expect(ok(Values.intersect(days, open, closed))).toEqual(open)
    expect(ok(Values.intersect(days, open, open))).toEqual(open)
    expect(ok(Values.intersect(days, closed, closed))).toEqual(closed)
  })

  it('takes the lower upper bound with its openness', () => {
    expect(
      ok(Values.intersect(days, iv({ min: 0, max: 5 }), iv({ min: 0, max: 10, maxOpen: true }))),
    ).toEqual(iv({ min: 0, max: 5 }))
    expect(
      ok(Values.intersect(days, iv({ min: 0, max: 10, maxOpen: true }), iv({ min: 0, max: 5 }))),
    ).toEqual(iv({ min: 0, max: 5 }))
  })

  it('leaves out a shared upper bound that either set leaves out', () => {
    const open = iv({ min: 5, max: 10, maxOpen: true })
    const closed = iv({ min: 5, max: 10 })
    expect(ok(Values.intersect(days, closed, open))).toEqual(open)
    expect(ok(Values.intersect(days, open, closed))).toEqual(open)
    expect(ok(Values.intersect(days, open, open))).toEqual(open)
    expect(ok(Values.intersect(days, closed, closed))).toEqual(closed)
  })
})

describe('intervals: equality and membership', () => {
  it('tells sets apart by an upper bound or by the openness of either bound', () => {
    const base = iv({ min: 0, max: 10 })
    expect(ok(Values.equals(days, base, iv({ min: 0, max: 10 })))).toBe(true)
    expect(ok(Values.equals(days, base, iv({ min: 0, max: 20 })))).toBe(false)
    expect(ok(Values.equals(days, base, iv({ min: 0, max: 10, minOpen: true })))).toBe(false)
    expect(ok(Values.equals(days, base, iv({ min: 0, max: 10, maxOpen: true })))).toBe(false)
  })

  it('contains the values strictly below an open upper bound', () => {
    expect(ok(Values.contains(days, iv({ min: 0, max: 10, maxOpen: true }), 5))).toBe(true)
    expect(ok(Values.contains(days, iv({ min: 0, max: 10, maxOpen: true }), 10))).toBe(false)
  })
})

describe('intervals: zero is written without a sign', () => {
  it('normalises −0 bounds to 0', () => {
    const r = first(ok(Values.normalize(temperature, iv({ min: -0, max: 5 }))))
    expect(Object.is(r.min, 0)).toBe(true)
    const s = first(ok(Values.normalize(temperature, iv({ min: -5, max: -0 }))))
    expect(Object.is(s.max, 0)).toBe(true)
  })

  it('lists and samples 0, not −0', () => {
    // ⌈−0.5⌉ is −0
    const listed = ok(Values.enumerate(shift, iv({ min: -0.5, max: 0 })))
    expect(listed).toEqual([0])
    expect(Object.is(listed[0], 0)).toBe(true)
    const sampled = ok(Values.sample(temperature, iv({ min: -0, max: 5 })))
    expect(O.isSome(sampled) && Object.is(sampled.value, 0)).toBe(true)
  })

  it('samples 0, not −0, in a tiny range open below', () => {
    // the midpoint of (−5e−324, −0] rounds to −0
    const closedAbove = ok(Values.sample(temperature, iv({ min: -Number.MIN_VALUE, max: -0, minOpen: true })))
    expect(O.isSome(closedAbove) && Object.is(closedAbove.value, 0)).toBe(true)
    // open on both sides nothing is left to pick but the upper bound
    const openAbove = ok(
      Values.sample(temperature, iv({ min: -Number.MIN_VALUE, max: -0, minOpen: true, maxOpen: true })),
    )
    expect(O.isSome(openAbove) && Object.is(openAbove.value, 0)).toBe(true)
  })
})

describe('intervals: sampling a range open below', () => {
  it('picks the upper bound when the midpoint rounds onto the open lower bound', () => {
    const next = 1 + Number.EPSILON
    expect(ok(Values.sample(days, iv({ min: 1, max: next, minOpen: true })))).toEqual(O.some(next))
  })
})

describe('intervals: malformed sets', () => {
  const malformed = (intervals: unknown[]) =>
    err(Values.normalize(days, { kind: 'intervals', intervals } as unknown as ValueSet))._tag

  it('rejects entries that are not objects, null included', () => {
    expect(malformed([null])).toBe('malformed-set')
    expect(malformed([5])).toBe('malformed-set')
    expect(malformed([Object.assign(() => 0, { min: 0, max: 1 })])).toBe('malformed-set')
  })

  it('rejects open-bound flags that are not booleans', () => {
    expect(malformed([{ min: 0, max: 1, minOpen: 'yes' }])).toBe('malformed-set')
    expect(malformed([{ min: 0, max: 1, maxOpen: 1 }])).toBe('malformed-set')
  })
})

describe('intervals: values of the domain', () => {
  it('takes only numbers as values', () => {
    expect(Values.isValueOf(days, '5')).toBe(false)
    expect(Values.isValueOf(days, 5)).toBe(true)
  })

  const why = (d: Domain, v: unknown) => err(Values.contains(d, ok(Values.all(d)), v as number)).message

  it('says a non-number or NaN is not a finite number', () => {
    expect(why(days, 'x')).toContain('"x" is not a finite number')
    expect(why(days, NaN)).toContain('is not a finite number')
    expect(why(days, NaN)).not.toContain('whole number')
  })

  it('says a number below or above the bounds is outside them', () => {
    expect(why(days, -1)).toContain('-1 is outside the bounds 0 to 90 days')
    expect(why(days, 91)).toContain('91 is outside the bounds 0 to 90 days')
  })

  it('says a fraction within the bounds of an integer quantity is not a whole number', () => {
    expect(why(shift, 2.5)).toContain('2.5 is not a whole number of hours')
    expect(why(halves, 0.5)).toContain('0.5 is not a whole number of boxes')
    expect(why(halves, 10.5)).toContain('10.5 is not a whole number of boxes')
  })
})

describe('intervals: listing values', () => {
  it('will not list a continuous set that holds a range beside a single point', () => {
    const e = err(Values.enumerate(days, iv({ min: 3, max: 3 }, { min: 5, max: 7 })))
    expect(e._tag).toBe('not-finite')
    expect(e.message).toContain('whole range of a continuous quantity (days), so its values cannot be listed')
  })

  it('lists exactly as many values as the limit allows, and no more', () => {
    const atLimit = ok(Values.enumerate(count, iv({ min: 1, max: Values.ENUMERATION_LIMIT })))
    expect(atLimit).toHaveLength(Values.ENUMERATION_LIMIT)
    const e = err(Values.enumerate(count, iv({ min: 0, max: Values.ENUMERATION_LIMIT })))
    expect(e._tag).toBe('too-large')
    expect(e.message).toBe('the set has 100001 values, more than the 100000 that can be listed')
  })
})

describe('intervals: distance', () => {
  it('divides the difference by the range of the domain', () => {
    expect(ok(Values.distance(km, 20, 70))).toBe(0.5)
  })
})

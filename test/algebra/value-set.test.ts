import { either as E, option as O } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, IntervalSet, SubsetSet, ValueSet } from '../../src/model'
import { frozen, ids, nato as natoDomain, ok } from './arbitraries'

const nato = natoDomain()
const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 90 }) as Domain
const months = frozen({ kind: 'quantity', unit: 'months', min: 0, max: 36, integer: true }) as Domain
const guarantors = frozen({
  kind: 'subset',
  universe: ['US', 'UK', 'FR', 'DE'].map((id) => ({ id, label: id })),
}) as unknown as Domain
const flag = frozen({ kind: 'flag' }) as Domain

const iv = (...xs: { min: number; max: number; minOpen?: boolean; maxOpen?: boolean }[]): IntervalSet =>
  frozen({ kind: 'intervals', intervals: xs })
const opts = (...xs: string[]): ValueSet => frozen({ kind: 'options', options: ids(...xs) })
const subs = (...any: SubsetSet['any'][number][]): SubsetSet => frozen({ kind: 'subsets', any })

describe('Values on choices', () => {
  it('keeps options in the domain order, without repeats', () => {
    expect(ok(Values.normalize(nato, opts('neutral', 'member', 'neutral')))).toEqual(
      opts('member', 'neutral'),
    )
  })

  it('intersects, unites and complements option sets', () => {
    const a = opts('member', 'path')
    const b = opts('path', 'neutral')
    expect(ok(Values.intersect(nato, a, b))).toEqual(opts('path'))
    expect(ok(Values.union(nato, a, b))).toEqual(opts('member', 'path', 'neutral'))
    expect(ok(Values.complement(nato, a))).toEqual(opts('deferred', 'neutral'))
    expect(ok(Values.difference(nato, a, b))).toEqual(opts('member'))
  })

  it('reports an unknown option with the options there are', () => {
    const r = Values.normalize(nato, opts('memebr'))
    expect(E.isLeft(r) && r.left._tag).toBe('unknown-option')
    expect(E.isLeft(r) && r.left.message).toContain('options are: member, path, deferred, neutral')
  })
})

describe('Values on quantities', () => {
  it('sorts, merges, clips and drops empty intervals', () => {
    const raw = iv(
      { min: 60, max: 200 },
      { min: 20, max: 40 },
      { min: 10, max: 30 },
      { min: 5, max: 3 },
      { min: -9, max: -1 },
    )
    expect(ok(Values.normalize(days, raw))).toEqual(iv({ min: 10, max: 40 }, { min: 60, max: 90 }))
  })

  it('merges touching intervals unless both ends are open', () => {
    expect(ok(Values.normalize(days, iv({ min: 0, max: 1, maxOpen: true }, { min: 1, max: 2 })))).toEqual(
      iv({ min: 0, max: 2 }),
    )
    const apart = iv({ min: 0, max: 1, maxOpen: true }, { min: 1, max: 2, minOpen: true })
    expect(ok(Values.normalize(days, apart))).toEqual(apart)
    expect(ok(Values.contains(days, apart, 1))).toBe(false)
  })

  it('drops a single point with an open end', () => {
    expect(ok(Values.isEmpty(days, iv({ min: 5, max: 5, minOpen: true })))).toBe(true)
    expect(ok(Values.isEmpty(days, iv({ min: 5, max: 5 })))).toBe(false)
  })

  it('makes integer quantities whole-number intervals and joins neighbours', () => {
    expect(ok(Values.normalize(months, iv({ min: 1, max: 4, minOpen: true, maxOpen: true })))).toEqual(
      iv({ min: 2, max: 3 }),
    )
    expect(ok(Values.normalize(months, iv({ min: 1, max: 2 }, { min: 3, max: 5.5 })))).toEqual(
      iv({ min: 1, max: 5 }),
    )
  })

  it('complements with the bounds flipped', () => {
    expect(
      ok(Values.complement(days, iv({ min: 10, max: 20 }, { min: 30, max: 40, minOpen: true }))),
    ).toEqual(
      iv(
        { min: 0, max: 10, maxOpen: true },
        { min: 20, max: 30, minOpen: true },
        { min: 40, max: 90, minOpen: true },
      ),
    )
    expect(ok(Values.complement(months, iv({ min: 10, max: 20 })))).toEqual(
      iv({ min: 0, max: 9 }, { min: 21, max: 36 }),
    )
  })

  it('measures length for continuous quantities and counts integers', () => {
    expect(ok(Values.size(days, iv({ min: 0, max: 15 }, { min: 50, max: 60, minOpen: true })))).toBe(25)
    expect(ok(Values.size(months, iv({ min: 0, max: 11 })))).toBe(12)
  })

  it('lists integer values, but not a continuous range', () => {
    expect(ok(Values.enumerate(months, iv({ min: 3, max: 6, minOpen: true })))).toEqual([4, 5, 6])
    const r = Values.enumerate(days, iv({ min: 3, max: 6 }))
    expect(E.isLeft(r) && r.left._tag).toBe('not-finite')
    expect(ok(Values.enumerate(days, iv({ min: 3, max: 3 }, { min: 7, max: 7 })))).toEqual([3, 7])
    const big = frozen({ kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000, integer: true }) as Domain
    const r2 = Values.enumerate(big, ok(Values.all(big)))
    expect(E.isLeft(r2) && r2.left._tag).toBe('too-large')
  })

  it('samples the lower bound, or the middle of a range open below', () => {
    expect(ok(Values.sample(days, iv({ min: 30, max: 60 })))).toEqual(O.some(30))
    expect(ok(Values.sample(days, iv({ min: 30, max: 60, minOpen: true })))).toEqual(O.some(45))
    expect(ok(Values.sample(days, iv()))).toEqual(O.none)
  })

  it('builds a set of exactly the given values', () => {
    expect(ok(Values.of(months, [30, 31, 12]))).toEqual(iv({ min: 12, max: 12 }, { min: 30, max: 31 }))
    const r = Values.of(months, [12.5])
    expect(E.isLeft(r) && r.left._tag).toBe('not-a-value')
  })
})

describe('Values on subsets', () => {
  it('decides emptiness exactly from includes, excludes and sizes', () => {
    expect(ok(Values.isEmpty(guarantors, subs({ include: ids('US'), exclude: ids('US') })))).toBe(true)
    expect(ok(Values.isEmpty(guarantors, subs({ minSize: 5 })))).toBe(true)
    expect(ok(Values.isEmpty(guarantors, subs({ include: ids('US', 'UK', 'FR'), maxSize: 2 })))).toBe(true)
    expect(ok(Values.isEmpty(guarantors, subs({ exclude: ids('US', 'UK', 'FR'), minSize: 2 })))).toBe(true)
    expect(ok(Values.isEmpty(guarantors, subs({ exclude: ids('US', 'UK'), minSize: 2 })))).toBe(false)
    expect(ok(Values.isEmpty(guarantors, subs()))).toBe(true)
  })

  it('fixes forced elements and drops implied bounds', () => {
    expect(ok(Values.normalize(guarantors, subs({ exclude: ids('DE', 'US'), minSize: 2 })))).toEqual(
      subs({ include: ids('UK', 'FR'), exclude: ids('US', 'DE') }),
    )
    expect(ok(Values.normalize(guarantors, subs({ include: ids('US'), minSize: 0, maxSize: 9 })))).toEqual(
      subs({ include: ids('US') }),
    )
  })

  it('drops a constraint contained in another', () => {
    expect(
      ok(Values.normalize(guarantors, subs({ include: ids('US', 'UK') }, { include: ids('US') }))),
    ).toEqual(subs({ include: ids('US') }))
  })

  it('intersects constraint by constraint and complements by De Morgan', () => {
    const withUs = subs({ include: ids('US') })
    const small = subs({ maxSize: 2 })
    expect(ok(Values.intersect(guarantors, withUs, small))).toEqual(subs({ include: ids('US'), maxSize: 2 }))
    expect(ok(Values.complement(guarantors, withUs))).toEqual(subs({ exclude: ids('US') }))
    const c = ok(Values.complement(guarantors, subs({ include: ids('US'), maxSize: 2 })))
    expect(ok(Values.contains(guarantors, c, ids('UK')))).toBe(true)
    expect(ok(Values.contains(guarantors, c, ids('US', 'UK', 'FR')))).toBe(true)
    expect(ok(Values.contains(guarantors, c, ids('US', 'UK')))).toBe(false)
  })

  it('counts and lists subsets in binary order', () => {
    const s = subs({ include: ids('US'), maxSize: 2 }, { exclude: ids('UK', 'FR', 'DE') })
    expect(ok(Values.size(guarantors, s))).toBe(5)
    expect(ok(Values.enumerate(guarantors, s))).toEqual([
      [],
      ['US'],
      ['US', 'UK'],
      ['US', 'FR'],
      ['US', 'DE'],
    ])
    expect(ok(Values.sample(guarantors, subs({ include: ids('FR') })))).toEqual(O.some(['FR']))
  })

  it('tests membership whatever the order of the elements in the value', () => {
    expect(ok(Values.contains(guarantors, subs({ include: ids('US', 'UK') }), ids('UK', 'FR', 'US')))).toBe(
      true,
    )
  })

  it('rejects a value that names an element twice or an unknown one', () => {
    const all = ok(Values.all(guarantors))
    expect(E.isLeft(Values.contains(guarantors, all, ids('US', 'US')))).toBe(true)
    expect(E.isLeft(Values.contains(guarantors, all, ids('PL')))).toBe(true)
  })
})

describe('Values on flags', () => {
  it('keeps false before true', () => {
    expect(ok(Values.all(flag))).toEqual({ kind: 'flags', values: [false, true] })
    expect(ok(Values.complement(flag, { kind: 'flags', values: [true, true] }))).toEqual({
      kind: 'flags',
      values: [false],
    })
    expect(ok(Values.enumerate(flag, { kind: 'flags', values: [true, false] }))).toEqual([false, true])
  })
})

describe('Values: errors are values', () => {
  it('names the kind a domain takes when a set of another kind is given', () => {
    const r = Values.intersect(days, opts('member'), iv({ min: 0, max: 1 }))
    expect(E.isLeft(r) && r.left._tag).toBe('kind-mismatch')
    expect(E.isLeft(r) && r.left.message).toContain('"intervals"')
  })

  it('reports a malformed set and a malformed domain', () => {
    const r = Values.normalize(days, { kind: 'intervals', intervals: [{ min: 0 }] } as unknown as ValueSet)
    expect(E.isLeft(r) && r.left._tag).toBe('malformed-set')
    const d = Values.all({ kind: 'ranking' } as unknown as Domain)
    expect(E.isLeft(d) && d.left._tag).toBe('kind-mismatch')
  })

  it('treats a value outside the domain as an error, not as "not contained"', () => {
    const r = Values.contains(days, ok(Values.all(days)), 120)
    expect(E.isLeft(r) && r.left.message).toContain('outside the bounds 0 to 90 days')
  })
})

describe('Values: call styles and immutability', () => {
  const a = iv({ min: 0, max: 30 })
  const b = iv({ min: 20, max: 60 })

  it('works data-first and data-last', () => {
    expect(pipe(a, Values.intersect(days, b))).toEqual(Values.intersect(days, a, b))
    expect(pipe(a, Values.union(days, b))).toEqual(Values.union(days, a, b))
    expect(pipe(a, Values.contains(days, 25))).toEqual(Values.contains(days, a, 25))
    expect(pipe(a, Values.complement(days))).toEqual(Values.complement(days, a))
    expect(pipe(a, Values.equals(days, b))).toEqual(E.right(false))
    expect(pipe(a, Values.isSubsetOf(days, b))).toEqual(E.right(false))
    expect(pipe(Values.intersect(days, a, b), E.flatMap(Values.isEmpty(days)))).toEqual(E.right(false))
    expect(pipe(a, Values.size(days))).toEqual(E.right(30))
    expect(pipe([1, 2], Values.of(months))).toEqual(Values.of(months, [1, 2]))
    expect(pipe(a, Values.difference(days, b))).toEqual(Values.difference(days, a, b))
    expect(pipe(a, Values.normalize(days))).toEqual(Values.normalize(days, a))
    expect(pipe(a, Values.enumerate(months))).toEqual(Values.enumerate(months, a))
    expect(pipe(a, Values.sample(days))).toEqual(Values.sample(days, a))
  })

  it('returns frozen results and leaves inputs alone', () => {
    const before = JSON.stringify([a, b])
    const r = ok(Values.union(days, a, b))
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen((r as IntervalSet).intervals[0])).toBe(true)
    expect(JSON.stringify([a, b])).toBe(before)
  })
})

import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, OptionId } from '../../src/model'
import { frozen, ok } from './arbitraries'

const ids = (...xs: string[]) => xs as OptionId[]
const id = (x: string) => x as OptionId
const nato = frozen({
  kind: 'choice',
  ordered: true,
  options: ['member', 'path', 'deferred', 'neutral'].map((x) => ({ id: x, label: x })),
}) as unknown as Domain
const venue = frozen({
  kind: 'choice',
  options: ['istanbul', 'geneva', 'riyadh'].map((x) => ({ id: x, label: x[0]!.toUpperCase() + x.slice(1) })),
}) as unknown as Domain
const troops = frozen({ kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000, integer: true }) as Domain
const guarantors = frozen({
  kind: 'subset',
  universe: ['US', 'UK', 'FR', 'DE'].map((x) => ({ id: x, label: x })),
}) as unknown as Domain
const flag = frozen({ kind: 'flag', yes: 'in force', no: 'not in force' }) as Domain

describe('Values.isValueOf', () => {
  it('accepts exactly the values of each kind of domain', () => {
    expect(Values.isValueOf(nato, 'path')).toBe(true)
    expect(Values.isValueOf(nato, 'pth')).toBe(false)
    expect(Values.isValueOf(troops, 600_000)).toBe(true)
    expect(Values.isValueOf(troops, 600_000.5)).toBe(false)
    expect(Values.isValueOf(troops, -1)).toBe(false)
    expect(Values.isValueOf(troops, Number.NaN)).toBe(false)
    expect(Values.isValueOf(guarantors, ['UK', 'US'])).toBe(true)
    expect(Values.isValueOf(guarantors, ['UK', 'UK'])).toBe(false)
    expect(Values.isValueOf(guarantors, ['PL'])).toBe(false)
    expect(Values.isValueOf(flag, false)).toBe(true)
    expect(Values.isValueOf(flag, 'false')).toBe(false)
  })

  it('works as a predicate, data-last', () => {
    expect([true, 0, 'yes'].filter(Values.isValueOf(flag))).toEqual([true])
  })
})

describe('Values.valueEquals', () => {
  it('compares subsets as sets and everything else exactly', () => {
    expect(Values.valueEquals(guarantors, ids('US', 'UK'), ids('UK', 'US'))).toBe(true)
    expect(Values.valueEquals(guarantors, ids('US'), ids('US', 'UK'))).toBe(false)
    expect(Values.valueEquals(troops, 5, 5)).toBe(true)
    expect(pipe(id('path'), Values.valueEquals(nato, id('member')))).toBe(false)
  })
})

describe('Values.distance', () => {
  it('counts steps on an ordered choice', () => {
    expect(ok(Values.distance(nato, id('member'), id('neutral')))).toBe(1)
    expect(ok(Values.distance(nato, id('path'), id('deferred')))).toBeCloseTo(1 / 3, 12)
  })

  it('is 0 or 1 on an unordered choice and a flag', () => {
    expect(ok(Values.distance(venue, id('istanbul'), id('riyadh')))).toBe(1)
    expect(ok(Values.distance(venue, id('geneva'), id('geneva')))).toBe(0)
    expect(ok(Values.distance(flag, true, false))).toBe(1)
  })

  it('scales differences by the range on a quantity', () => {
    expect(ok(Values.distance(troops, 800_000, 600_000))).toBeCloseTo(0.2, 12)
    expect(pipe(800_000, Values.distance(troops, 600_000))).toEqual(Values.distance(troops, 800_000, 600_000))
  })

  it('counts differing elements over the universe on a subset', () => {
    expect(ok(Values.distance(guarantors, ids('US', 'UK'), ids('UK', 'FR')))).toBe(0.5)
  })

  it('is an error for a value outside the domain', () => {
    expect(E.isLeft(Values.distance(troops, 1, 2_000_000))).toBe(true)
  })
})

describe('Values.direction and Values.steps', () => {
  it('points toward the first pole (−1) or the last (1)', () => {
    expect(ok(Values.direction(nato, id('neutral'), id('path')))).toBe(-1)
    expect(ok(Values.direction(nato, id('path'), id('neutral')))).toBe(1)
    expect(ok(Values.direction(troops, 5, 5))).toBe(0)
    expect(pipe(id('member'), Values.direction(nato, id('deferred')))).toEqual(E.right(1))
  })

  it('counts signed steps on an ordered choice', () => {
    expect(ok(Values.steps(nato, id('neutral'), id('member')))).toBe(-3)
    expect(pipe(id('member'), Values.steps(nato, id('deferred')))).toEqual(E.right(2))
  })

  it('refuses domains without an order', () => {
    const r = Values.direction(venue, id('istanbul'), id('geneva'))
    expect(E.isLeft(r) && r.left._tag).toBe('unordered')
    expect(E.isLeft(Values.direction(guarantors, ids('US'), ids()))).toBe(true)
    expect(E.isLeft(Values.steps(troops, 1, 2))).toBe(true)
  })
})

describe('Values.describe', () => {
  it('puts a value in words', () => {
    expect(Values.describe(venue, id('geneva'))).toBe('Geneva')
    expect(Values.describe(troops, 600_000)).toBe('600000 troops')
    expect(Values.describe(guarantors, ids('UK', 'US'))).toBe('{US, UK}')
    expect(Values.describe(flag, false)).toBe('not in force')
    expect(Values.describe(nato, id('nope'))).toBe('"nope"')
    expect([id('geneva')].map(Values.describe(venue))).toEqual(['Geneva'])
  })
})

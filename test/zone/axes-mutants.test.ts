/**
 * The values a package can give an issue, seen through Zone.packages and Zone.enumerate: the critical values of a
 * quantity (its bounds, the ends of condition ranges within it, the midpoints), the grid asked for, and the limits on
 * grids and subsets.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

const one = (domain: unknown, positions: Record<string, unknown>[] = []) => doc(AB, { d: domain }, positions)

/** Alpha's condition: when the truce holds, the days fall in `set`. */
const conditional = (domain: unknown, set: unknown) =>
  doc(AB, { d: domain, f: domains.flag }, [
    {
      party: 'A',
      issue: 'd',
      conditions: [
        { kind: 'value', issue: 'd', in: set, when: { issue: 'f', in: { kind: 'flags', values: [true] } } },
      ],
    },
  ])

describe('critical values of a quantity handled exactly', () => {
  it('splits a continuous range at its midpoint', () => {
    const z = ok(Zone.packages(one(domains.quantity(0, 10, false))))
    expect(z.count).toBe('infinite')
    expect(z.quantities[0]!.values).toEqual([0, 5, 10])
  })

  it('keeps the critical values of an integer quantity with fractional bounds inside them', () => {
    const z = ok(Zone.packages(one(domains.quantity(0.5, 10.5))))
    expect(z.quantities[0]!.values).toEqual([1, 5, 10])
    expect(z.count).toBe('10')
  })

  it('counts every integer of a range once', () => {
    expect(ok(Zone.packages(one(domains.quantity(0, 10)))).count).toBe('11')
    expect(ok(Zone.packages(one(domains.quantity(3, 9)))).count).toBe('7')
  })

  it('lists two adjacent integers once each', () => {
    const n = one(domains.quantity(0, 1))
    expect(ok(Zone.packages(n)).quantities[0]!.values).toEqual([0, 1])
    expect([...ok(Zone.enumerate(n))]).toEqual([{ d: 0 }, { d: 1 }])
  })

  it('adds the ends of a condition’s ranges that fall inside the domain, fractional ones as they are', () => {
    const z = ok(
      Zone.packages(conditional(domains.quantity(0, 100, false), intervals([-10, 20.5], [30, 200]))),
    )
    expect(z.quantities[0]!.values).toEqual([0, 10.25, 20.5, 25.25, 30, 65, 100])
  })

  it('rounds a fractional end both ways on an integer quantity', () => {
    const z = ok(Zone.packages(conditional(domains.quantity(0, 100), intervals([-10, 20.5], [30, 200]))))
    expect(z.quantities[0]!.values).toEqual([0, 10, 20, 21, 25, 30, 65, 100])
    // no truce: 101 values; truce: 0 to 20 and 30 to 100
    expect(z.count).toBe('193')
  })
})

describe('a quantity on a grid', () => {
  it('keeps only the integers of a grid on an integer quantity', () => {
    const z = ok(Zone.packages(one(domains.quantity(0, 10)), { discretize: { d: 2.5 } }))
    expect(z.quantities[0]).toMatchObject({ handling: 'discretized', step: 2.5, values: [0, 5, 10] })
    expect(z.count).toBe('3')
  })

  it('keeps every grid value of a continuous quantity', () => {
    const z = ok(Zone.packages(one(domains.quantity(0, 10, false)), { discretize: { d: 2.5 } }))
    expect(z.quantities[0]).toMatchObject({ handling: 'discretized', values: [0, 2.5, 5, 7.5, 10] })
    expect(z.count).toBe('5')
  })

  it('refuses a grid of more than a million values', () => {
    const r = Zone.packages(one(domains.quantity(0, 1e6)), { discretize: { d: 1 } })
    expect(E.isLeft(r) && r.left).toEqual([
      { _tag: 'too-large', issue: 'd', message: 'issue `d`: a step of 1 gives more than 1000000 values' },
    ])
  })

  it('accepts a grid of exactly a million values', () => {
    const r = Zone.enumerate(one(domains.quantity(0, 999_999)), { discretize: { d: 1 }, limit: 1 })
    expect([...ok(r)]).toEqual([{ d: 0 }])
  }, 30_000)
})

describe('subsets', () => {
  it('refuses a universe of more than 16 elements', () => {
    const r = Zone.packages(doc(AB, { s: domains.subset(...'abcdefghijklmnopq'.split('')) }, []))
    expect(E.isLeft(r) && r.left).toEqual([
      {
        _tag: 'too-large',
        issue: 's',
        message:
          'issue `s` is a subset of 17 elements (131072 subsets); the zone enumerates subsets of at most 16 elements: leave the issue out with `issues`',
      },
    ])
  })

  it('enumerates every subset of a universe of 16 elements', () => {
    expect(ok(Zone.packages(doc(AB, { s: domains.subset(...'abcdefghijklmnop'.split('')) }, []))).count).toBe(
      '65536',
    )
  })
})

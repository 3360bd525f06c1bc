import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Values from '../../src/algebra/value-set'
import { empty, has, join, meet, minus, same, sizeOf, whole } from '../../src/deadlock/sets'
import { deepFreeze } from '../../src/internal/freeze'
import type { Domain, Value, ValueSet } from '../../src/model/domain'

/** The right side of a result of `Values`; fails the test on the left side. */
const ok = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(`Values refused the input: ${JSON.stringify(r.left)}`)
  return r.right
}

/** A value of a domain, for the type checker (ids are branded). */
const value = (x: unknown): Value => x as Value

const option = (id: string) => ({ id, label: id.toUpperCase() })

const choice = deepFreeze({ kind: 'choice', options: ['a', 'b', 'c'].map(option) } as unknown as Domain)
/** The same options listed in another order: a set's normal form follows its domain. */
const shuffled = deepFreeze({
  kind: 'choice',
  ordered: true,
  options: ['c', 'a', 'b'].map(option),
} as unknown as Domain)
const flag = deepFreeze<Domain>({ kind: 'flag' })
const days = deepFreeze<Domain>({ kind: 'quantity', unit: 'days', min: 0, max: 10, integer: true })
const km = deepFreeze<Domain>({ kind: 'quantity', unit: 'km', min: 0, max: 10 })
const guarantors = deepFreeze({ kind: 'subset', universe: ['x', 'y', 'z'].map(option) } as unknown as Domain)

const options = (...ids: string[]): ValueSet =>
  deepFreeze({ kind: 'options', options: ids } as unknown as ValueSet)
const flags = (...values: boolean[]): ValueSet => deepFreeze({ kind: 'flags', values })
const intervals = (...xs: { min: number; max: number; minOpen?: boolean; maxOpen?: boolean }[]): ValueSet =>
  deepFreeze<ValueSet>({ kind: 'intervals', intervals: xs })
const subsets = (...any: Record<string, unknown>[]): ValueSet =>
  deepFreeze({ kind: 'subsets', any } as unknown as ValueSet)

/** Every subset of the options, in the domain's order, then out of order and with duplicates. */
const choiceSets: readonly ValueSet[] = [
  options(),
  options('a'),
  options('b'),
  options('c'),
  options('a', 'b'),
  options('a', 'c'),
  options('b', 'c'),
  options('a', 'b', 'c'),
  options('c', 'a'),
  options('b', 'b'),
  options('c', 'b', 'a', 'c'),
]
const flagSets: readonly ValueSet[] = [
  flags(),
  flags(false),
  flags(true),
  flags(false, true),
  flags(true, false),
  flags(true, true),
]
const quantitySets: readonly ValueSet[] = [
  intervals(),
  intervals({ min: 0, max: 3 }),
  intervals({ min: 2, max: 5, minOpen: true }),
  intervals({ min: 4, max: 4 }),
  intervals({ min: 7, max: 12 }),
  intervals({ min: 0, max: 1 }, { min: 5, max: 6, maxOpen: true }),
]
const subsetSets: readonly ValueSet[] = [
  subsets(),
  subsets({}),
  subsets({ include: ['x'] }),
  subsets({ exclude: ['x'], maxSize: 1 }),
  subsets({ include: ['y'], minSize: 2 }),
  subsets({ include: ['z'], exclude: ['x'] }, { minSize: 3 }),
]

interface Case {
  readonly name: string
  readonly domain: Domain
  readonly sets: readonly ValueSet[]
  /** Values of the domain, and values outside it (which no set holds). */
  readonly values: readonly unknown[]
}

const cases: readonly Case[] = [
  { name: 'a choice', domain: choice, sets: choiceSets, values: ['a', 'b', 'c', 'zz'] },
  { name: 'a choice in another order', domain: shuffled, sets: choiceSets, values: ['a', 'b', 'c'] },
  { name: 'a flag', domain: flag, sets: flagSets, values: [false, true, 'yes'] },
  { name: 'an integer quantity', domain: days, sets: quantitySets, values: [0, 2, 3, 4, 5, 10, -1, 11, 2.5] },
  { name: 'a continuous quantity', domain: km, sets: quantitySets, values: [0, 2, 3.5, 4, 6, 10, -1, 11] },
  {
    name: 'a subset',
    domain: guarantors,
    sets: subsetSets,
    values: [[], ['x'], ['y'], ['y', 'z'], ['x', 'y', 'z'], ['w']],
  },
]

/** `has` must agree with `Values.contains`, a value outside the domain being in no set. */
const contains = (domain: Domain, set: ValueSet, value: unknown): boolean =>
  E.getOrElse(() => false)(Values.contains(domain, set, value as Value))

const checkOne = (domain: Domain, a: ValueSet, values: readonly unknown[]): void => {
  expect(empty(domain, a)).toBe(ok(Values.isEmpty(domain, a)))
  expect(sizeOf(domain, a)).toBe(ok(Values.size(domain, a)))
  for (const v of values) expect(has(domain, a, value(v)), JSON.stringify(v)).toBe(contains(domain, a, v))
}

const checkPair = (domain: Domain, a: ValueSet, b: ValueSet): void => {
  expect(meet(domain, a, b)).toEqual(ok(Values.intersect(domain, a, b)))
  expect(join(domain, a, b)).toEqual(ok(Values.union(domain, a, b)))
  expect(minus(domain, a, b)).toEqual(ok(Values.difference(domain, a, b)))
  expect(same(domain, a, b)).toBe(ok(Values.equals(domain, a, b)))
}

describe('value sets for the detectors agree with Values', () => {
  describe.each(cases)('on $name', ({ domain, sets, values }) => {
    it('whole is every value of the domain, in normal form', () => {
      const all = ok(Values.all(domain))
      const w = whole(domain)
      expect(w).toEqual(all)
      expect(empty(domain, w!)).toBe(false)
      expect(sizeOf(domain, w!)).toBe(ok(Values.size(domain, all)))
      expect(same(domain, w!, all)).toBe(true)
      for (const v of values) expect(has(domain, w!, value(v))).toBe(contains(domain, all, v))
      for (const s of sets) {
        expect(meet(domain, w!, s)).toEqual(ok(Values.normalize(domain, s)))
        expect(meet(domain, s, w!)).toEqual(ok(Values.normalize(domain, s)))
        expect(join(domain, s, w!)).toEqual(all)
        expect(minus(domain, w!, s)).toEqual(ok(Values.complement(domain, s)))
        expect(minus(domain, s, w!)).toEqual(ok(Values.none(domain)))
      }
    })

    it('emptiness, size and membership of every set', () => {
      for (const a of sets) checkOne(domain, a, values)
    })

    it('intersection, union, difference and equality of every pair of sets', () => {
      for (const a of sets) for (const b of sets) checkPair(domain, a, b)
    })

    it('the same set objects asked again give the same answers', () => {
      for (let round = 0; round < 2; round++)
        for (const a of sets) {
          checkOne(domain, a, values)
          for (const b of sets) checkPair(domain, a, b)
        }
    })

    it('results can be combined again', () => {
      for (const a of sets)
        for (const b of sets) {
          const both = meet(domain, a, b)!
          const either = join(domain, a, b)!
          const only = minus(domain, a, b)!
          checkOne(domain, both, values)
          checkOne(domain, either, values)
          checkOne(domain, only, values)
          for (const c of sets.filter((_, i) => i % 2 === 0)) {
            checkPair(domain, both, c)
            checkPair(domain, c, either)
            checkPair(domain, only, c)
          }
          expect(same(domain, join(domain, both, only)!, a)).toBe(true)
          expect(empty(domain, meet(domain, only, b)!)).toBe(true)
        }
    })
  })

  it('a set object read under two domains follows each domain', () => {
    const ac = options('c', 'a')
    const b = options('b')
    for (let round = 0; round < 2; round++) {
      expect(join(choice, ac, b)).toEqual(options('a', 'b', 'c'))
      expect(join(shuffled, ac, b)).toEqual(options('c', 'a', 'b'))
      expect(minus(shuffled, whole(shuffled)!, b)).toEqual(options('c', 'a'))
      expect(minus(choice, whole(choice)!, b)).toEqual(options('a', 'c'))
    }
  })

  it('the whole of a domain that repeats an option id holds each option once', () => {
    const repeated = deepFreeze({ kind: 'choice', options: ['a', 'a', 'b'].map(option) } as unknown as Domain)
    expect(whole(repeated)).toEqual(ok(Values.all(repeated as never)))
    expect(whole(repeated)).toEqual(options('a', 'b'))
    expect(meet(repeated, whole(repeated)!, options('b'))).toEqual(options('b'))
  })

  it('does not change its inputs', () => {
    const a = options('c', 'a', 'c')
    const b = flags(true, false, true)
    meet(choice, a, a)
    join(flag, b, flags())
    minus(days, quantitySets[1]!, quantitySets[2]!)
    expect(a).toEqual({ kind: 'options', options: ['c', 'a', 'c'] })
    expect(b).toEqual({ kind: 'flags', values: [true, false, true] })
    expect(Object.isFrozen(a)).toBe(true)
  })
})

describe('options and flags the domain does not have are ignored', () => {
  // Values refuses such a set; the detectors read it as the options of the domain it names.
  const odd = (set: Record<string, unknown>): ValueSet => deepFreeze(set as unknown as ValueSet)

  it.each([
    [
      'a choice',
      choice,
      odd({ kind: 'options', options: ['zz', 'b', 'yy'] }),
      options('b'),
      options('a', 'b'),
    ],
    ['a flag', flag, odd({ kind: 'flags', values: ['yes', true, 1] }), flags(true), flags(false, true)],
  ])('on %s', (_, domain, set, known, other) => {
    const fresh = deepFreeze(JSON.parse(JSON.stringify(domain)) as Domain)
    for (const d of [fresh, domain]) {
      expect(empty(d, set)).toBe(false)
      expect(sizeOf(d, set)).toBe(1)
      expect(has(d, set, value(known.kind === 'flags' ? true : 'b'))).toBe(true)
      expect(has(d, set, value(known.kind === 'flags' ? false : 'a'))).toBe(false)
      expect(meet(d, set, other)).toEqual(ok(Values.intersect(d, known, other)))
      expect(meet(d, other, set)).toEqual(ok(Values.intersect(d, other, known)))
      expect(join(d, set, other)).toEqual(ok(Values.union(d, known, other)))
      expect(minus(d, other, set)).toEqual(ok(Values.difference(d, other, known)))
      expect(minus(d, set, other)).toEqual(ok(Values.none(d)))
      expect(same(d, set, known)).toBe(true)
      expect(same(d, set, other)).toBe(false)
    }
  })

  it('a set naming only unknown options is empty', () => {
    const set = odd({ kind: 'options', options: ['zz'] })
    expect(empty(choice, set)).toBe(true)
    expect(sizeOf(choice, set)).toBe(0)
    expect(join(choice, set, options('c'))).toEqual(options('c'))
  })
})

describe('unreadable sets and values', () => {
  const unreadable: readonly [string, Domain, ValueSet, Value][] = [
    ['a choice', choice, intervals({ min: 0, max: 1 }), value('a')],
    ['a choice', choice, subsets({}), value('a')],
    ['a flag', flag, subsets({}), true],
    ['a flag', flag, intervals({ min: 0, max: 1 }), false],
    ['an integer quantity', days, options('a'), 1],
    ['a continuous quantity', km, flags(true), 1],
    ['a subset', guarantors, deepFreeze({ kind: 'subsets', any: 'x' } as unknown as ValueSet), value(['x'])],
  ]

  it.each(unreadable)(
    'on %s, an unreadable set counts as empty and holds nothing',
    (_, domain, set, value) => {
      expect(empty(domain, set)).toBe(true)
      expect(has(domain, set, value)).toBe(false)
    },
  )

  it.each(unreadable.filter(([, d]) => d.kind === 'quantity' || d.kind === 'subset'))(
    'on %s, operations on an unreadable set have no answer',
    (_, domain, set) => {
      const good = ok(Values.all(domain))
      expect(meet(domain, set, good)).toBeUndefined()
      expect(join(domain, good, set)).toBeUndefined()
      expect(minus(domain, good, set)).toBeUndefined()
      expect(sizeOf(domain, set)).toBeUndefined()
      expect(same(domain, set, set)).toBe(false)
      expect(same(domain, good, set)).toBe(false)
    },
  )

  it('a quantity set holds no value outside the domain', () => {
    const all = intervals({ min: -100, max: 100 })
    expect(has(days, all, 10)).toBe(true)
    expect(has(days, all, 11)).toBe(false)
    expect(has(days, all, 2.5)).toBe(false)
    expect(has(km, all, -0.5)).toBe(false)
    expect(has(guarantors, subsets({}), value(['w']))).toBe(false)
  })

  it('a domain of no known kind has no whole', () => {
    expect(whole(deepFreeze({ kind: 'colour' } as unknown as Domain))).toBeUndefined()
  })
})

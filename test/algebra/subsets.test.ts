import { either as E, option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, OptionId, SubsetSet } from '../../src/model'
import { deepFreeze } from '../../src/internal/freeze'
import { ids } from './arbitraries'

const guarantors = deepFreeze({
  kind: 'subset',
  universe: [
    { id: 'US', label: 'United States' },
    { id: 'UK', label: 'United Kingdom' },
    { id: 'FR', label: 'France' },
    { id: 'DE', label: 'Germany' },
  ],
}) as unknown as Domain
const three = deepFreeze({
  kind: 'subset',
  universe: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() })),
}) as unknown as Domain
const sized = (n: number) =>
  deepFreeze({
    kind: 'subset',
    universe: Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` })),
  }) as unknown as Domain

type Constraint = SubsetSet['any'][number]
const subs = (...any: Constraint[]): SubsetSet => deepFreeze({ kind: 'subsets', any })
const raw = (u: unknown): SubsetSet => deepFreeze(u) as SubsetSet
const UNIVERSE = ['US', 'UK', 'FR', 'DE']

/** Every subset of the four guarantors, in binary order (US is the lowest bit). */
const everySubset: readonly OptionId[][] = Array.from({ length: 16 }, (_, m) =>
  ids(...UNIVERSE.filter((_, i) => (m & (1 << i)) !== 0)),
)

describe('subsets sets: checking', () => {
  const malformed = (set: unknown) =>
    E.left({
      _tag: 'malformed-set',
      message: `a subsets set needs \`any\`, a list of { include?, exclude?, minSize?, maxSize? } with element ids and whole-number sizes; got ${JSON.stringify(set)}`,
    })

  it.each([
    ['`any` is not a list', { kind: 'subsets', any: 'US' }],
    ['a constraint is not an object', { kind: 'subsets', any: [1] }],
    ['a constraint is null', { kind: 'subsets', any: [null] }],
    ['include is not a list', { kind: 'subsets', any: [{ include: 'US' }] }],
    ['include is a number', { kind: 'subsets', any: [{ include: 5 }] }],
    ['include lists a number', { kind: 'subsets', any: [{ include: [1] }] }],
    ['exclude lists a number', { kind: 'subsets', any: [{ exclude: [1] }] }],
    ['exclude is not a list', { kind: 'subsets', any: [{ exclude: 'UK' }] }],
    ['minSize is negative', { kind: 'subsets', any: [{ minSize: -1 }] }],
    ['minSize is fractional', { kind: 'subsets', any: [{ minSize: 1.5 }] }],
    ['minSize is a string', { kind: 'subsets', any: [{ minSize: '3' }] }],
    ['maxSize is negative', { kind: 'subsets', any: [{ maxSize: -1 }] }],
    ['maxSize is fractional', { kind: 'subsets', any: [{ maxSize: 0.5 }] }],
  ])('rejects a set whose %s', (_, set) => {
    expect(Values.normalize(guarantors, raw(set))).toEqual(malformed(set))
  })

  it('accepts whole sizes from 0 and an empty list of constraints', () => {
    expect(Values.normalize(guarantors, raw({ kind: 'subsets', any: [{ minSize: 0, maxSize: 0 }] }))).toEqual(
      E.right({ kind: 'subsets', any: [{ exclude: ids(...UNIVERSE) }] }),
    )
    expect(Values.normalize(guarantors, subs())).toEqual(E.right({ kind: 'subsets', any: [] }))
  })

  it('names an unknown element, in the includes or the excludes', () => {
    const unknown = (x: string) =>
      E.left({
        _tag: 'unknown-option',
        message: `the value set names element \`${x}\`, which is not in the universe; elements are: US, UK, FR, DE`,
      })
    expect(Values.normalize(guarantors, subs({ include: ids('US', 'IT') }))).toEqual(unknown('IT'))
    expect(Values.normalize(guarantors, subs({ include: ids('US') }, { exclude: ids('PL') }))).toEqual(
      unknown('PL'),
    )
  })

  it('says why a value is not a subset of the universe', () => {
    const notValue = (message: string) =>
      E.left({ _tag: 'not-a-value', message: `${message} (the issue is a subset of {US, UK, FR, DE})` })
    expect(Values.distance(guarantors, 'US' as never, ids())).toEqual(
      notValue('"US" is not a list of element ids'),
    )
    expect(Values.distance(guarantors, ids('US', 'IT'), ids())).toEqual(
      notValue('"IT" is not in the universe; elements are: US, UK, FR, DE'),
    )
    expect(Values.distance(guarantors, ids(), [1] as never)).toEqual(
      notValue('1 is not in the universe; elements are: US, UK, FR, DE'),
    )
    expect(Values.distance(guarantors, ids('UK', 'US', 'UK'), ids())).toEqual(
      notValue('the list ["UK","US","UK"] names an element more than once'),
    )
    expect(Values.distance(guarantors, ids('UK', 'US'), ids('FR'))).toEqual(E.right(3 / 4))
  })
})

describe('subsets sets: normal form', () => {
  it('fixes the free elements when the size bounds leave no choice', () => {
    expect(Values.normalize(guarantors, subs({ include: ids('US'), maxSize: 1 }))).toEqual(
      E.right({ kind: 'subsets', any: [{ include: ids('US'), exclude: ids('UK', 'FR', 'DE') }] }),
    )
    expect(Values.normalize(guarantors, subs({ exclude: ids('FR'), minSize: 3 }))).toEqual(
      E.right({ kind: 'subsets', any: [{ include: ids('US', 'UK', 'DE'), exclude: ids('FR') }] }),
    )
  })

  it('drops a constraint contained in another, also when both have the same minimum size', () => {
    expect(Values.normalize(guarantors, subs({ exclude: ids('US') }, {}))).toEqual(
      E.right({ kind: 'subsets', any: [{}] }),
    )
    expect(Values.normalize(guarantors, subs({ include: ids('US', 'UK') }, { include: ids('US') }))).toEqual(
      E.right({ kind: 'subsets', any: [{ include: ids('US') }] }),
    )
  })

  it('sorts the constraints whatever order they were given in', () => {
    const sorted = E.right({
      kind: 'subsets',
      any: [{ include: ids('FR') }, { include: ids('UK') }, { include: ids('US') }],
    })
    expect(
      Values.normalize(
        guarantors,
        subs({ include: ids('US') }, { include: ids('UK') }, { include: ids('FR') }),
      ),
    ).toEqual(sorted)
    expect(
      Values.normalize(
        guarantors,
        subs({ include: ids('UK') }, { include: ids('FR') }, { include: ids('US') }),
      ),
    ).toEqual(sorted)
  })

  it('drops unsatisfiable constraints', () => {
    expect(
      Values.normalize(
        guarantors,
        subs({ include: ids('US'), exclude: ids('US') }, { include: ids('US', 'UK'), maxSize: 1 }),
      ),
    ).toEqual(E.right({ kind: 'subsets', any: [] }))
  })
})

describe('subsets sets: operations', () => {
  it('tests membership against includes, excludes and both size bounds', () => {
    const set = subs({ include: ids('US'), exclude: ids('DE'), minSize: 2, maxSize: 3 })
    const inside = everySubset.filter((v) => E.getOrElse(() => false)(Values.contains(guarantors, set, v)))
    expect(inside).toEqual([ids('US', 'UK'), ids('US', 'FR'), ids('US', 'UK', 'FR')])
    expect(Values.contains(guarantors, subs({ maxSize: 1 }), ids('US', 'UK'))).toEqual(E.right(false))
    expect(Values.contains(guarantors, subs({ maxSize: 1 }), ids('UK'))).toEqual(E.right(true))
  })

  it('complements a union of constraints exactly', () => {
    // {US} or {} or {FR}: everything else is a set with US and another element, or a set with UK but not US
    expect(
      Values.complement(three, subs({ include: ids('a'), maxSize: 1 }, { exclude: ids('a', 'b') })),
    ).toEqual(
      E.right({
        kind: 'subsets',
        any: [
          { include: ids('a', 'b') },
          { include: ids('a', 'c'), exclude: ids('b') },
          { include: ids('b'), exclude: ids('a') },
        ],
      }),
    )
    expect(
      Values.complement(three, subs({ include: ids('a') }, { exclude: ids('a'), include: ids('b') })),
    ).toEqual(E.right({ kind: 'subsets', any: [{ exclude: ids('a', 'b') }] }))
    expect(Values.complement(three, subs({ minSize: 1, maxSize: 1 }))).toEqual(
      E.right({ kind: 'subsets', any: [{ minSize: 2 }, { exclude: ids('a', 'b', 'c') }] }),
    )
    // A holds {}, {b} and {a, b}
    expect(
      Values.complement(three, subs({ exclude: ids('a', 'c') }, { include: ids('b'), exclude: ids('c') })),
    ).toEqual(
      E.right({
        kind: 'subsets',
        any: [
          { include: ids('b', 'c') },
          { include: ids('a'), exclude: ids('b') },
          { include: ids('c'), exclude: ids('a', 'b') },
        ],
      }),
    )
    // A holds every set of two or more and {a}: the rest is {}, {b} and {c}
    expect(Values.complement(three, subs({ minSize: 2 }, { include: ids('a'), exclude: ids('b') }))).toEqual(
      E.right({ kind: 'subsets', any: [{ exclude: ids('a'), maxSize: 1 }] }),
    )
    expect(Values.complement(three, subs())).toEqual(E.right({ kind: 'subsets', any: [{}] }))
    expect(Values.complement(three, subs({}))).toEqual(E.right({ kind: 'subsets', any: [] }))
  })

  it('takes differences, intersections and unions', () => {
    expect(
      Values.difference(three, subs({ minSize: 1 }), subs({ exclude: ids('a'), include: ids('b') })),
    ).toEqual(
      E.right({
        kind: 'subsets',
        any: [{ include: ids('a') }, { include: ids('c'), exclude: ids('a', 'b') }],
      }),
    )
    expect(
      Values.intersect(three, subs({ include: ids('a') }, { include: ids('b') }), subs({ maxSize: 1 })),
    ).toEqual(
      E.right({
        kind: 'subsets',
        any: [
          { include: ids('a'), exclude: ids('b', 'c') },
          { include: ids('b'), exclude: ids('a', 'c') },
        ],
      }),
    )
    expect(Values.union(three, subs({ include: ids('a'), maxSize: 1 }), subs({ minSize: 1 }))).toEqual(
      E.right({ kind: 'subsets', any: [{ minSize: 1 }] }),
    )
  })

  it('agrees with a count of every subset, for sizes, lists and complements', () => {
    const cases: readonly [SubsetSet, (v: readonly string[]) => boolean][] = [
      [subs({}), () => true],
      [subs(), () => false],
      [subs({ minSize: 2, maxSize: 2 }), (v) => v.length === 2],
      [subs({ include: ids('US') }, { include: ids('UK') }), (v) => v.includes('US') || v.includes('UK')],
      [
        subs({ include: ids('US'), maxSize: 2 }, { exclude: ids('FR'), minSize: 2 }),
        (v) => (v.includes('US') && v.length <= 2) || (!v.includes('FR') && v.length >= 2),
      ],
      [
        subs({ exclude: ids('US', 'UK') }, { include: ids('UK'), maxSize: 1 }, { minSize: 4 }),
        (v) =>
          (!v.includes('US') && !v.includes('UK')) || (v.includes('UK') && v.length === 1) || v.length === 4,
      ],
      [subs({ minSize: 1 }, { exclude: ids('US'), include: ids('UK') }), (v) => v.length >= 1],
      [
        subs({ minSize: 1, maxSize: 3 }, { include: ids('DE'), exclude: ids('US'), maxSize: 1 }),
        (v) => v.length >= 1 && v.length <= 3,
      ],
    ]
    for (const [set, holds] of cases) {
      const expected = everySubset.filter(holds)
      expect(Values.size(guarantors, set)).toEqual(E.right(expected.length))
      expect(Values.enumerate(guarantors, set)).toEqual(E.right(expected))
      const c = Values.complement(guarantors, set)
      expect(
        E.map((s: SubsetSet) =>
          everySubset.filter((v) => E.getOrElse(() => false)(Values.contains(guarantors, s, v))),
        )(c as E.Either<never, SubsetSet>),
      ).toEqual(E.right(everySubset.filter((v) => !holds(v))))
      expect(Values.sample(guarantors, set)).toEqual(
        E.right(expected.length === 0 ? O.none : O.some(expected[0])),
      )
    }
  })

  it('tells equal sets apart from different ones written differently', () => {
    const a = subs({ include: ids('US') }, { exclude: ids('US'), minSize: 1 })
    expect(Values.equals(guarantors, a, subs({ minSize: 1 }))).toEqual(E.right(true))
    expect(Values.equals(guarantors, a, subs({}))).toEqual(E.right(false))
    expect(Values.isEmpty(guarantors, subs({ include: ids('US'), exclude: ids('US') }))).toEqual(
      E.right(true),
    )
  })
})

describe('subsets sets: listing', () => {
  it('lists subsets in binary order, the first element being the lowest bit', () => {
    expect(Values.enumerate(three, subs({}))).toEqual(
      E.right([[], ['a'], ['b'], ['a', 'b'], ['c'], ['a', 'c'], ['b', 'c'], ['a', 'b', 'c']]),
    )
    expect(Values.enumerate(three, subs({ minSize: 2 }, { maxSize: 0 }))).toEqual(
      E.right([[], ['a', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'b', 'c']]),
    )
  })

  it('lists every subset of a larger universe in binary order', () => {
    const d = sized(7)
    const expected = Array.from({ length: 128 }, (_, m) =>
      Array.from({ length: 7 }, (_, i) => i)
        .filter((i) => (m & (1 << i)) !== 0)
        .map((i) => `e${String(i)}`),
    )
    expect(Values.enumerate(d, subs({}))).toEqual(E.right(expected))
    expect(Values.enumerate(d, subs({ maxSize: 1 }, { minSize: 6 }))).toEqual(
      E.right(expected.filter((v) => v.length <= 1 || v.length >= 6)),
    )
  })

  it('lists each of the given subsets, however many elements the universe has', () => {
    // with thirteen elements, {e0, e1, e2} and {e0, e12} must not be taken for the same subset
    const d = sized(13)
    const set = Values.of(d, [ids('e0', 'e12'), ids('e0', 'e1', 'e2')])
    expect(E.flatMap((s: SubsetSet) => Values.enumerate(d, s))(set as E.Either<never, SubsetSet>)).toEqual(
      E.right([ids('e0', 'e1', 'e2'), ids('e0', 'e12')]),
    )
  })

  it('refuses to list more than ENUMERATION_LIMIT subsets, and lists exactly that many', () => {
    const d = sized(17)
    expect(Values.enumerate(d, subs({}))).toEqual(
      E.left({
        _tag: 'too-large',
        message: 'the set has 131072 subsets, more than the 100000 that can be listed',
      }),
    )
    // 100000 = 2^16 + 2^15 + 2^10 + 2^9 + 2^7 + 2^5: the subsets whose binary number is below 100000
    const e = (...xs: number[]) => ids(...xs.map((x) => `e${String(x)}`))
    const high = e(16, 15)
    const set = subs(
      { exclude: e(16) },
      { include: e(16), exclude: e(15) },
      { include: high, exclude: e(14, 13, 12, 11, 10) },
      { include: e(16, 15, 10), exclude: e(14, 13, 12, 11, 9) },
      { include: e(16, 15, 10, 9), exclude: e(14, 13, 12, 11, 8, 7) },
      { include: e(16, 15, 10, 9, 7), exclude: e(14, 13, 12, 11, 8, 6, 5) },
    )
    expect(Values.size(d, set)).toEqual(E.right(Values.ENUMERATION_LIMIT))
    const listed = Values.enumerate(d, set)
    expect(
      E.map((xs: readonly unknown[]) => [xs.length, xs[0], xs[xs.length - 1]])(
        listed as E.Either<never, readonly unknown[]>,
      ),
    ).toEqual(E.right([100000, [], e(0, 1, 2, 3, 4, 7, 9, 10, 15, 16)]))
  })

  it('samples the first subset in binary order, never one with an excluded element', () => {
    expect(Values.sample(guarantors, subs({ include: ids('UK') }, { include: ids('US') }))).toEqual(
      E.right(O.some(ids('US'))),
    )
    expect(Values.sample(guarantors, subs({ exclude: ids('US'), minSize: 1 }))).toEqual(
      E.right(O.some(ids('UK'))),
    )
    expect(Values.sample(guarantors, subs({ exclude: ids('US', 'UK'), minSize: 2 }))).toEqual(
      E.right(O.some(ids('FR', 'DE'))),
    )
    expect(Values.sample(guarantors, subs())).toEqual(E.right(O.none))
  })

  it('describes a subset by its labels, in universe order', () => {
    expect(Values.describe(guarantors, ids('DE', 'UK', 'US'))).toBe(
      '{United States, United Kingdom, Germany}',
    )
    expect(Values.describe(guarantors, ids())).toBe('{}')
    expect(Values.describe(guarantors, ids('UK', 'FR'))).toBe('{United Kingdom, France}')
  })
})

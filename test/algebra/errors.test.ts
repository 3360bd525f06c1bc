import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, IssueId, OptionId, PartyId, ValueSet } from '../../src/model'
import { deepFreeze } from '../../src/internal/freeze'

const I = (x: string) => x as IssueId
const P = (x: string) => x as PartyId

const bogus = deepFreeze({ kind: 'bogus' }) as unknown as ValueSet

/** The message a wrong-kind set gets for a domain: it describes the domain in words. */
const mismatch = (domain: Domain, expected: string, described: string) =>
  expect(Values.normalize(deepFreeze(domain), bogus)).toEqual(
    E.left({
      _tag: 'kind-mismatch',
      message: `the value set has kind "bogus" but the issue is ${described}, which takes a set of kind "${expected}"`,
    }),
  )

describe('Values.algebraError', () => {
  it('builds a frozen error with only the location it is given', () => {
    const bare = Values.algebraError('unordered', 'a flag has no order')
    expect(bare).toStrictEqual({ _tag: 'unordered', message: 'a flag has no order' })
    expect(Object.isFrozen(bare)).toBe(true)
    expect(
      Values.algebraError('unknown-party', 'no such party', deepFreeze({ party: P('UA') })),
    ).toStrictEqual({
      _tag: 'unknown-party',
      message: 'no such party',
      party: 'UA',
    })
    expect(
      Values.algebraError('unknown-issue', 'no such issue', deepFreeze({ issue: I('nato') })),
    ).toStrictEqual({
      _tag: 'unknown-issue',
      message: 'no such issue',
      issue: 'nato',
    })
    expect(
      Values.algebraError('bad-valuation', 'wrong', deepFreeze({ issue: I('nato'), party: P('RU') })),
    ).toStrictEqual({ _tag: 'bad-valuation', message: 'wrong', issue: 'nato', party: 'RU' })
    expect(Object.keys(Values.algebraError('too-large', 'big', {}))).toEqual(['_tag', 'message'])
  })
})

describe('Values.locate', () => {
  let e: Values.AlgebraError
  beforeEach(() => {
    e = deepFreeze(Values.algebraError('unordered', 'a flag has no order'))
  })

  it('prefixes the message with the issue, the party, or both', () => {
    expect(Values.locate(e, deepFreeze({ issue: I('nato') }))).toStrictEqual({
      _tag: 'unordered',
      message: 'issue `nato`: a flag has no order',
      issue: 'nato',
    })
    expect(Values.locate(e, deepFreeze({ party: P('UA') }))).toStrictEqual({
      _tag: 'unordered',
      message: 'party `UA`: a flag has no order',
      party: 'UA',
    })
    const both = Values.locate(e, deepFreeze({ issue: I('nato'), party: P('UA') }))
    expect(both).toStrictEqual({
      _tag: 'unordered',
      message: 'issue `nato`, party `UA`: a flag has no order',
      issue: 'nato',
      party: 'UA',
    })
    expect(Object.isFrozen(both)).toBe(true)
  })

  it('leaves the message alone when given no location, and keeps the location the error had', () => {
    expect(Values.locate(e, {})).toStrictEqual({ _tag: 'unordered', message: 'a flag has no order' })
    const located = deepFreeze(
      Values.algebraError('not-a-value', 'bad', { issue: I('days'), party: P('RU') }),
    )
    expect(Values.locate(located, {})).toStrictEqual({
      _tag: 'not-a-value',
      message: 'bad',
      issue: 'days',
      party: 'RU',
    })
    // a new issue keeps the party the error had
    expect(Values.locate(located, { issue: I('nato') })).toStrictEqual({
      _tag: 'not-a-value',
      message: 'issue `nato`: bad',
      issue: 'nato',
      party: 'RU',
    })
    // a new party wins over the one the error had, and keeps its issue
    expect(Values.locate(located, { party: P('UA') })).toStrictEqual({
      _tag: 'not-a-value',
      message: 'party `UA`: bad',
      issue: 'days',
      party: 'UA',
    })
  })
})

describe('messages describe the domain in words', () => {
  it('an ordered or unordered choice, naming its options', () => {
    mismatch(
      {
        kind: 'choice',
        ordered: true,
        options: [
          { id: 'member' as OptionId, label: 'Member' },
          { id: 'neutral' as OptionId, label: 'Neutral' },
        ],
      },
      'options',
      'an ordered choice among member, neutral',
    )
    mismatch(
      {
        kind: 'choice',
        options: [
          { id: 'a' as OptionId, label: 'A' },
          { id: 'b' as OptionId, label: 'B' },
        ],
      },
      'options',
      'a choice among a, b',
    )
    mismatch({ kind: 'choice', ordered: false, options: [] }, 'options', 'a choice among no options')
  })

  it('an integer or real quantity, with its bounds and unit', () => {
    mismatch(
      { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true },
      'intervals',
      'an integer quantity from 0 to 90 days',
    )
    mismatch(
      { kind: 'quantity', unit: 'troops', min: -1.5, max: 1000, integer: false },
      'intervals',
      'a quantity from -1.5 to 1000 troops',
    )
  })

  it('a subset, naming its universe, and a flag', () => {
    mismatch(
      {
        kind: 'subset',
        universe: [
          { id: 'us' as OptionId, label: 'US' },
          { id: 'uk' as OptionId, label: 'UK' },
        ],
      },
      'subsets',
      'a subset of {us, uk}',
    )
    mismatch({ kind: 'flag' }, 'flags', 'a yes/no flag')
  })

  it('a value outside a choice is named with the domain', () => {
    const domain = deepFreeze({
      kind: 'choice',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    }) as unknown as Domain
    const set = deepFreeze({ kind: 'options', options: ['a'] }) as unknown as ValueSet
    expect(Values.contains(domain, set, 'z' as never)).toEqual(
      E.left({
        _tag: 'not-a-value',
        message: 'the choice has no option `z`; options are: a, b (the issue is a choice among a, b)',
      }),
    )
  })
})

describe('messages show bad input briefly', () => {
  const flag = deepFreeze({ kind: 'flag' }) as Domain

  it('shows a non-set as JSON', () => {
    expect(Values.normalize(flag, 5 as never)).toEqual(
      E.left({
        _tag: 'malformed-set',
        message: '5 is not a value set; a yes/no flag takes a set of kind "flags"',
      }),
    )
  })

  it('cuts input longer than 80 characters to 77 and an ellipsis', () => {
    const x78 = 'x'.repeat(78) // 80 characters with its quotes: shown whole
    expect(Values.describe(flag, x78 as never)).toBe(`"${x78}"`)
    expect(Values.describe(flag, 'x'.repeat(79) as never)).toBe(`"${'x'.repeat(76)}...`)
  })

  it('falls back to plain text for what JSON cannot show', () => {
    expect(Values.describe(flag, undefined as never)).toBe('undefined')
    const circular: Record<string, unknown> = {}
    circular['self'] = circular
    expect(Values.describe(flag, circular as never)).toBe('[object Object]')
    expect(Values.describe(flag, 10n as never)).toBe('10')
  })
})

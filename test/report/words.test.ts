import { beforeEach, describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import { Condition } from '../../src/model/condition'
import { Domain, type Value, ValueSet } from '../../src/model/domain'
import { conditionWords, count, fmt, list, packageWords, setWords, valueWords } from '../../src/report/words'
import { right, talks } from './fixture'

const guarantors = {
  kind: 'subset',
  universe: [
    { id: 'us', label: 'United States' },
    { id: 'eu', label: 'European states' },
    { id: 'ru', label: 'Russia' },
  ],
} as unknown as Domain
const troops = { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000 } as unknown as Domain

describe('the report’s words', () => {
  it('says a value set the way a reader would, with the issue’s own labels', () => {
    const sets: [Domain, unknown, string][] = [
      [
        troops,
        {
          kind: 'intervals',
          intervals: [
            { min: 0, max: 600000 },
            { min: 800000, max: 800000 },
          ],
        },
        'from 0 to 600,000 troops or 800,000 troops',
      ],
      [
        troops,
        { kind: 'intervals', intervals: [{ min: 0, max: 5, minOpen: true, maxOpen: true }] },
        'over 0 to under 5 troops',
      ],
      [troops, { kind: 'intervals', intervals: [] }, 'nothing'],
      [
        guarantors,
        { kind: 'subsets', any: [{ include: ['us', 'eu'], exclude: ['ru'], minSize: 2, maxSize: 3 }] },
        'a set with United States and European states, without Russia, at least 2, at most 3',
      ],
      [guarantors, { kind: 'subsets', any: [{}] }, 'any set'],
      [
        { kind: 'flag', yes: 'in force', no: 'not in force' } as unknown as Domain,
        { kind: 'flags', values: [true, false] },
        'in force or not in force',
      ],
    ]
    for (const [domain, set, words] of sets) expect(setWords(domain, set as ValueSet)).toBe(words)
  })

  it('says conditions in words, or by their own text', () => {
    const n = talks()
    const conditions: [unknown, string][] = [
      [
        { kind: 'sequence', first: 'harbour', then: 'truce', by: 'S' },
        'Harbour before Truce (first step: Southland)',
      ],
      [{ kind: 'acceptance', party: 'M', proposal: 'm-plan' }, 'only if Mediator accepts m-plan'],
      [
        {
          kind: 'value',
          issue: 'troops',
          in: { kind: 'intervals', intervals: [{ min: 0, max: 2000 }] },
          when: { issue: 'harbour', in: { kind: 'options', options: ['shared'] } },
        },
        'Troops at the border: from 0 to 2,000 troops when Harbour is Shared control',
      ],
      [{ kind: 'other', text: 'subject to a referendum' }, 'subject to a referendum'],
      [
        { kind: 'sequence', first: 'harbour', then: 'truce', text: 'The harbour first.' },
        'The harbour first.',
      ],
    ]
    for (const [c, words] of conditions) expect(conditionWords(n, c as Condition)).toBe(words)
  })

  it('says a package issue by issue in document order, and counts with the right noun', () => {
    expect(packageWords(talks(), { troops: 1500, harbour: 'shared' as Value })).toBe(
      'Harbour = Shared control; Troops at the border = 1500 troops',
    )
    expect(packageWords(talks(), {})).toBe('the empty package')
    expect([count(1, 'draft'), count(3, 'draft'), count(2, 'party', 'parties')]).toEqual([
      '1 draft',
      '3 drafts',
      '2 parties',
    ])
  })
})

// Inputs checked by the model's codecs and deeply frozen, so a test also proves the words never change them.
const domain = (u: unknown): Domain => deepFreeze(right(Domain.decode(u)))
const valueSet = (u: unknown): ValueSet => deepFreeze(right(ValueSet.decode(u)))
const condition = (u: unknown): Condition => deepFreeze(right(Condition.decode(u)))

describe('the report’s words, one case at a time', () => {
  // decoded before each test, not while the tests are collected, so that mutation testing sees the decoding
  let harbour: Domain
  let members: Domain
  let truce: Domain
  let budget: Domain
  beforeEach(() => {
    harbour = domain({
      kind: 'choice',
      options: [
        { id: 'north', label: 'Northern control' },
        { id: 'ante', label: 'Status quo ante.' },
      ],
    })
    members = domain({
      kind: 'subset',
      universe: [
        { id: 'us', label: 'United States' },
        { id: 'ru', label: 'Russia' },
      ],
    })
    truce = domain({ kind: 'flag', yes: 'truce in force', no: 'no truce' })
    budget = domain({ kind: 'quantity', unit: 'million U.S. dollars', min: -10_000_000, max: 10_000_000 })
  })

  it('lists no, one, two, three and four words with commas and a last “or” or “and”', () => {
    const words = deepFreeze(['Northland', 'Southland', 'Mediator', 'Observers'])
    expect(list([])).toBe('')
    expect(list(words.slice(0, 1))).toBe('Northland')
    expect(list(words.slice(0, 2))).toBe('Northland or Southland')
    expect(list(words.slice(0, 3))).toBe('Northland, Southland or Mediator')
    expect(list(words, 'and')).toBe('Northland, Southland, Mediator and Observers')
    expect(list(words.slice(0, 2), 'and')).toBe('Northland and Southland')
  })

  it('says a value without a closing full stop but keeps the dots inside it', () => {
    expect(valueWords(harbour, 'ante' as Value)).toBe('Status quo ante')
    expect(valueWords(harbour, 'north' as Value)).toBe('Northern control')
    expect(valueWords(budget, 2.5)).toBe('2.5 million U.S. dollars')
    expect(valueWords(truce, false)).toBe('no truce')
  })

  it('groups the digits of numbers by thousands, keeping the minus sign and the decimals', () => {
    const says = (intervals: unknown): string => setWords(budget, valueSet({ kind: 'intervals', intervals }))
    expect(says([{ min: -1234.5, max: 1_234_567 }])).toBe('from -1,234.5 to 1,234,567 million U.S. dollars')
    expect(says([{ min: -1_000_000, max: -1_000_000 }])).toBe('-1,000,000 million U.S. dollars')
    expect(says([{ min: 0.25, max: 999, minOpen: true }])).toBe('over 0.25 to 999 million U.S. dollars')
    expect(says([{ min: 12_345.678, max: 12_345.678 }])).toBe('12,345.678 million U.S. dollars')
  })

  it('says “nothing” for an empty set of options, flags, numbers or subsets', () => {
    expect(setWords(harbour, valueSet({ kind: 'options', options: [] }))).toBe('nothing')
    expect(setWords(truce, valueSet({ kind: 'flags', values: [] }))).toBe('nothing')
    expect(setWords(budget, valueSet({ kind: 'intervals', intervals: [] }))).toBe('nothing')
    expect(setWords(members, valueSet({ kind: 'subsets', any: [] }))).toBe('nothing')
    expect(setWords(harbour, valueSet({ kind: 'options', options: ['north'] }))).toBe('Northern control')
    expect(setWords(truce, valueSet({ kind: 'flags', values: [true] }))).toBe('truce in force')
  })

  it('puts a unit after the numbers of a quantity only', () => {
    const numbers = valueSet({ kind: 'intervals', intervals: [{ min: 1, max: 3 }] })
    expect(setWords(budget, numbers)).toBe('from 1 to 3 million U.S. dollars')
    // A set of numbers read against an issue that is not a quantity (an unchecked document) has no unit to say.
    expect(setWords(truce, numbers)).toBe('from 1 to 3')
  })

  it('mentions only the non-empty lists of elements a subset must include or exclude', () => {
    const says = (any: unknown): string => setWords(members, valueSet({ kind: 'subsets', any }))
    expect(says([{ include: [], exclude: ['ru'] }])).toBe('a set without Russia')
    expect(says([{ include: ['us'], exclude: [] }])).toBe('a set with United States')
    expect(says([{ include: [], exclude: [], maxSize: 1 }])).toBe('a set at most 1')
    expect(says([{ include: [], exclude: [] }])).toBe('any set')
    expect(says([{ exclude: ['us', 'ru'] }, { include: ['us', 'ru'] }])).toBe(
      'a set without United States or Russia or a set with United States and Russia',
    )
  })

  it('says an acceptance with or without the proposal, and a condition on an issue it does not know', () => {
    const n = talks()
    expect(conditionWords(n, condition({ kind: 'acceptance', party: 'S' }))).toBe('only if Southland accepts')
    expect(conditionWords(n, condition({ kind: 'acceptance', party: 'S', proposal: 'm-plan' }))).toBe(
      'only if Southland accepts m-plan',
    )
    const troops = { kind: 'intervals', intervals: [{ min: 0, max: 2000 }] }
    expect(conditionWords(n, condition({ kind: 'value', issue: 'troops', in: troops }))).toBe(
      'Troops at the border: from 0 to 2,000 troops',
    )
    expect(
      conditionWords(
        n,
        condition({
          kind: 'value',
          issue: 'troops',
          in: troops,
          when: { issue: 'airport', in: { kind: 'options', options: ['shared'] } },
        }),
      ),
    ).toBe('Troops at the border: from 0 to 2,000 troops when airport is …')
  })

  it('leaves out of a package the issues it has no value for, even when their key is there', () => {
    const n = talks()
    expect(packageWords(n, deepFreeze({ troops: 1500, harbour: undefined }))).toBe(
      'Troops at the border = 1500 troops',
    )
    expect(packageWords(n, deepFreeze({ truce: undefined }))).toBe('the empty package')
    expect(packageWords(n, deepFreeze({ truce: false, harbour: 'north' as Value }))).toBe(
      'Truce = no truce; Harbour = Northern control',
    )
  })

  it('rounds a number to at most three decimals', () => {
    expect(fmt(1.23456)).toBe('1.235')
    expect(fmt(1234.5)).toBe('1234.5')
    expect(fmt(0.0004)).toBe('0')
    expect(fmt(-2.0006)).toBe('-2.001')
    expect(fmt(42)).toBe('42')
  })
})

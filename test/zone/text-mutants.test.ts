/**
 * The zone's shared wording, function by function: lists, values whose labels carry full stops, the pieces a mask
 * keeps, value sets read against a domain of another kind, packages naming unknown issues, and citations.
 */
import { describe, expect, it } from 'vitest'
import type { Domain, IssueId, Negotiation, Value, ValueSet } from '../../src'
import * as Zone from '../../src/zone'
import { spaceOf } from '../../src/zone/space'
import { citation, list, packageText, setText, valueText, valueWords } from '../../src/zone/text'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }
const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']

/** The domain and pieces of a choice issue of the given options, as the zone compiles them. */
const axisOf = (...ids: string[]) => {
  const n = doc(AB, { x: domains.choice(...ids) }, [])
  return ok(spaceOf(n, {})).axes[0]!
}
const mask = (...bits: number[]) => Uint8Array.from(bits)

describe('lists', () => {
  it('an empty list is the empty string', () => {
    expect(list([])).toBe('')
    expect(list(['a'])).toBe('a')
    expect(list(['a', 'b', 'c'], 'or')).toBe('a, b or c')
  })
})

describe('values in words', () => {
  it('drops only a final full stop', () => {
    const d = {
      kind: 'choice',
      options: [
        { id: 'us', label: 'U.S.' },
        { id: 'ltd', label: 'Acme Ltd.' },
      ],
    } as unknown as Domain
    expect(valueWords(d, 'us' as Value)).toBe('U.S')
    expect(valueWords(d, 'ltd' as Value)).toBe('Acme Ltd')
    expect(valueWords(domains.quantity(0, 10, false) as unknown as Domain, 2.5)).toBe('2.5 days')
  })
})

describe('the pieces a mask keeps, in words', () => {
  it('nothing when it keeps none, anything when it keeps all', () => {
    const a = axisOf('a', 'b', 'c')
    expect(valueText(a.domain, a.pieces, mask(0, 0, 0))).toBe('nothing')
    expect(valueText(a.domain, a.pieces, mask(1, 1, 1))).toBe('anything')
  })

  it('options one by one, joined by "or", not as a range', () => {
    const a = axisOf('a', 'b', 'c')
    expect(valueText(a.domain, a.pieces, mask(1, 1, 0))).toBe('A or B')
  })

  it('names six options, and past six names the first six and the number in all', () => {
    const a = axisOf(...letters)
    expect(valueText(a.domain, a.pieces, mask(1, 1, 1, 1, 1, 1, 0, 0))).toBe('A, B, C, D, E or F')
    expect(valueText(a.domain, a.pieces, mask(1, 1, 1, 1, 1, 1, 1, 0))).toBe('A, B, C, D, E, F … (7 in all)')
  })

  it('in a sentence: a limit of seven options of eight', () => {
    const n = doc(AB, { x: domains.choice(...letters) }, [
      { party: 'A', issue: 'x', acceptable: options(...letters.slice(0, 7)) },
      { party: 'B', issue: 'x', acceptable: options('h') },
    ])
    expect(ok(Zone.packages(n)).blockers[0]!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha accepts only A, B, C, D, E, F … (7 in all) and Beta only H.',
    )
  })
})

describe('value sets read against a domain of another kind', () => {
  it('intervals on a domain without a unit carry no unit', () => {
    const set = { kind: 'intervals', intervals: [{ min: 1, max: 1 }] } as unknown as ValueSet
    expect(setText(domains.flag as unknown as Domain, set)).toBe('1')
  })

  it('subsets name members by id when the domain has no universe, or the member is not in it', () => {
    const set = { kind: 'subsets', any: [{ include: ['fr', 'zz'] }] } as unknown as ValueSet
    expect(setText(domains.flag as unknown as Domain, set)).toBe('a set with fr and zz')
    expect(setText(domains.subset('fr', 'de') as unknown as Domain, set)).toBe('a set with fr and zz')
  })
})

describe('packages in words', () => {
  it('an issue the negotiation does not have is named by its id and its value as written', () => {
    const n: Negotiation = doc(AB, { x: domains.flag }, [])
    expect(packageText(n, { x: true, w: 3 } as Record<IssueId, never>)).toBe('w = 3; X = yes')
  })
})

describe('citations', () => {
  it('evidence with no position cites nothing', () => {
    expect(citation({ party: 'A', issue: 'x', positions: [], dates: [], sources: [] } as never)).toBe('')
  })

  it('cites only the position that supplied the field, not every position merged into the stance', () => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a'), asOf: '2024-01-01' },
      { party: 'A', issue: 'x', ideal: 'a', asOf: '2024-06-01' },
    ])
    expect(ok(Zone.perIssue(n)).issues[0]!.limits[0]!.explanation).toBe(
      'Alpha could accept A (position pos0 of 2024-01-01; source src0).',
    )
  })
})

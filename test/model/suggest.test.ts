/**
 * "Did you mean ...?": the edit distance behind the suggestions, which candidate is offered for a misspelt word, and
 * how the list of valid words is written.
 */
import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance, listOf, nearest } from '../../src/model/suggest'

describe('editDistance', () => {
  it('counts one edit for a swap of two neighbouring characters', () => {
    expect(editDistance('memebr', 'member')).toBe(1)
    expect(editDistance('ab', 'ba')).toBe(1)
  })

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('a', 'b')).toBe(1)
    expect(editDistance('a', 'bc')).toBe(2)
    expect(editDistance('abc', 'a')).toBe(2)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('does not count a swap when only one of the two characters matches', () => {
    // neither `ac` nor `ca` is a swap of `ba` or `ab`: two substitutions each
    expect(editDistance('ac', 'ba')).toBe(2)
    expect(editDistance('ca', 'ab')).toBe(2)
  })

  it('is symmetric', () => {
    for (const [a, b] of [
      ['tabledby', 'tabledBy'],
      ['a', 'bc'],
      ['ac', 'ba'],
      ['ideel', 'ideal'],
    ] as const)
      expect(editDistance(a, b)).toBe(editDistance(b, a))
  })
})

describe('nearest', () => {
  it('offers the closest candidate within about one edit per three characters', () => {
    expect(nearest('memebr', ['member', 'path', 'neutral'])).toBe('member')
    expect(nearest('xyz', ['member', 'path'])).toBeUndefined()
  })

  it('never offers the word itself', () => {
    expect(nearest('member', ['member'])).toBeUndefined()
    expect(nearest('member', ['member', 'membre'])).toBe('membre')
  })

  it('offers the same word in another case', () => {
    expect(nearest('tabledby', ['title', 'tabledBy'])).toBe('tabledBy')
  })
})

describe('listOf', () => {
  const ids = (n: number): ReadonlyArray<string> => Array.from({ length: n }, (_, i) => `o${String(i + 1)}`)

  it('writes (none) for an empty list', () => {
    expect(listOf([])).toBe('(none)')
  })

  it('lists up to 20 in full and cuts a longer list, saying how many more', () => {
    expect(listOf(ids(20)).split(', ')).toEqual(ids(20))
    const cut = listOf(ids(23))
    expect(cut.startsWith(`${ids(20).join(', ')}, `)).toBe(true)
    expect(cut).toContain('(3 more)')
    expect(cut).not.toContain('o21')
  })
})

describe('didYouMean', () => {
  it('names the nearest candidate, then lists them all', () => {
    expect(didYouMean('memebr', ['member', 'path'], 'options')).toBe(
      'did you mean `member`? options are: member, path',
    )
  })

  it('only lists when nothing is close, and says when there is nothing to choose', () => {
    expect(didYouMean('xyz', ['member', 'path'], 'options')).toBe('options are: member, path')
    expect(didYouMean('xyz', [], 'options')).toBe('options are: (none)')
  })
})

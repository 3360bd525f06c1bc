import { describe, expect, it } from 'vitest'
import { frozen } from '../algebra/arbitraries'
import { knownIds, problem } from '../../src/diff/problem'

describe('knownIds', () => {
  it('says (none) when there is no id', () => {
    expect(knownIds(frozen([]))).toBe('(none)')
  })

  it('lists every id, sorted, when there are at most max of them', () => {
    expect(knownIds(frozen(['b', 'a', 'c']))).toBe('a, b, c')
    expect(knownIds(frozen(['b', 'a', 'c']), 3)).toBe('a, b, c')
  })

  it('lists the first max ids, sorted, and counts the rest', () => {
    expect(knownIds(frozen(['d', 'b', 'a', 'c']), 3)).toBe('a, b, c, … (1 more)')
    const many = frozen(Array.from({ length: 15 }, (_, i) => `id${String(i).padStart(2, '0')}`))
    expect(knownIds(many)).toBe(
      'id00, id01, id02, id03, id04, id05, id06, id07, id08, id09, id10, id11, … (3 more)',
    )
  })

  it('orders by code point, not by locale', () => {
    expect(knownIds(frozen(['b', 'B', 'a', 'A']))).toBe('A, B, a, b')
  })
})

describe('problem', () => {
  it('keeps the kind, the place and the sentence', () => {
    expect(problem('unknown-issue', 'from.terms.x', 'no such issue')).toEqual({
      kind: 'unknown-issue',
      at: 'from.terms.x',
      message: 'no such issue',
    })
  })
})

/**
 * Reading a record by a key the document chose: own entries only, never the prototype's.
 */
import { describe, expect, it } from 'vitest'
import { hasOwn, own } from '../../src/internal/record'

describe('own', () => {
  it('gives the record’s own entry, and nothing for a key only the prototype has', () => {
    const parties: Readonly<Record<string, string>> = { RU: 'Russia', UA: 'Ukraine' }
    expect(own(parties, 'RU')).toBe('Russia')
    expect(own(parties, 'US')).toBeUndefined()
    expect(own(parties, 'toString')).toBeUndefined()
    expect(own(parties, 'constructor')).toBeUndefined()
    expect(hasOwn(parties, 'UA')).toBe(true)
  })
})

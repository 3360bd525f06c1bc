import { describe, expect, it } from 'vitest'
import { compareText, count, ownedPart } from '../../src/internal/text'

describe('compareText', () => {
  it('is -1, 0 or 1 by UTF-16 code units, not by locale', () => {
    expect(compareText('a', 'b')).toBe(-1)
    expect(compareText('b', 'a')).toBe(1)
    expect(compareText('a', 'a')).toBe(0)
    // upper case before lower case, a prefix before what extends it, digits by character not by value
    expect(compareText('Z', 'a')).toBe(-1)
    expect(compareText('ab', 'a')).toBe(1)
    expect(compareText('10', '9')).toBe(-1)
    expect(['é', 'e', 'f', 'E'].sort(compareText)).toEqual(['E', 'e', 'f', 'é'])
  })
})

describe('count', () => {
  it('gives the noun in the singular for one only', () => {
    expect(count(1, 'day')).toBe('1 day')
    expect(count(0, 'day')).toBe('0 days')
    expect(count(3, 'party', 'parties')).toBe('3 parties')
  })
})

describe('ownedPart', () => {
  it('is what follows the party\'s name and "\'s", matched as it is', () => {
    expect(ownedPart('Alpha', "Alpha's red line on Truce (no)")).toBe('red line on Truce (no)')
    expect(ownedPart("People's Front", "People's Front's linkage: if X is A")).toBe('linkage: if X is A')
    expect(ownedPart('Al\npha', "Al\npha's condition that Y is Hi")).toBe('condition that Y is Hi')
  })

  it('is undefined for a text that does not begin with the name', () => {
    expect(ownedPart('Alpha', "Beta's red line on Truce (no)")).toBeUndefined()
    expect(ownedPart('Al', "Alpha's red line on Truce (no)")).toBeUndefined()
    expect(ownedPart('Alpha', "Alpha's")).toBeUndefined()
    expect(ownedPart('Alpha', 'Alpha red line')).toBeUndefined()
  })
})

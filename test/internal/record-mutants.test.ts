/**
 * Reading and writing a record by a key the document chose: own entries only, never the prototype's.
 */
import { describe, expect, it } from 'vitest'
import { child, hasOwn, own, put } from '../../src/internal/record'

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

describe('put and child', () => {
  it('write every key as the record’s own, `__proto__` included, leaving Object.prototype alone', () => {
    const out: Record<string, Record<string, number>> = {}
    put(child(out, '__proto__'), 'd1', 1)
    put(child(out, '__proto__'), 'd2', 2)
    put(child(out, 'toString'), 'd1', 3)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'toString'])
    expect(JSON.parse(JSON.stringify(out))).toEqual({ ['__proto__']: { d1: 1, d2: 2 }, toString: { d1: 3 } })
    expect((Object.prototype as Record<string, unknown>)['d1']).toBeUndefined()
  })

  it('make a `__proto__` entry an ordinary one: written over and deleted like any other key', () => {
    const out: Record<string, number> = {}
    put(out, '__proto__', 1)
    out['__proto__' as string] = 2
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(2)
    expect(delete out['__proto__' as string]).toBe(true)
    expect(Object.keys(out)).toEqual([])
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

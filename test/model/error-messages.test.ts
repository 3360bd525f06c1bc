/**
 * The problem records and their order: a record carries only the fields that apply; a preview of a long value does
 * not read past what it shows; problems come in document order (indices by number, a path before the paths inside
 * it), whatever the shape of the value that was checked; one problem per place, chosen the same way every time.
 */
import { describe, expect, it } from 'vitest'
import { compareInDocument, makeIssue, preview, sortIssues } from '../../src/model/errors'
import * as Load from '../../src/model/load'
import { edited } from './document'

const hostile = (): object =>
  new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('no')
      },
    },
  )

describe('preview', () => {
  it('does not read the elements of a list past the part it shows', () => {
    const long: unknown[] = Array.from({ length: 200 }, (_, i) => i)
    Object.defineProperty(long, 150, {
      get: () => {
        throw new Error('read past the preview')
      },
    })
    expect(preview(long)).toBe('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22…')
  })

  it('does not look into a value that comes after the part it shows', () => {
    const text = 'x'.repeat(57)
    expect(preview([text, hostile()])).toBe(`["${'x'.repeat(57)}…`)
  })
})

describe('problem records', () => {
  it('leave out `expected` when nothing in particular was expected', () => {
    const r = Load.decode(edited([['positions.0.ideal', 'memebr']]))
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') {
      expect(r.left).toHaveLength(1)
      expect('expected' in (r.left[0] as object)).toBe(false)
      expect(r.left[0]?.actual).toBe('"memebr"')
    }
    expect(Object.keys(makeIssue(['a'], 'semantic', 'm'))).toEqual([
      'path',
      'pathSegments',
      'code',
      'message',
    ])
  })
})

describe('document order', () => {
  it('orders list items by index, not as text', () => {
    const before = compareInDocument({ positions: Array.from({ length: 12 }, () => ({})) })
    expect(before(['positions', 2], ['positions', 10])).toBeLessThan(0)
    expect(before(['positions', 10], ['positions', 2])).toBeGreaterThan(0)
  })

  it('puts a key a list does not have after its items', () => {
    const before = compareInDocument([1, 2, 3])
    expect(before(['-extra'], [0])).toBeGreaterThan(0)
    expect(before([2], ['-extra'])).toBeLessThan(0)
  })

  it('puts a path before the paths inside it', () => {
    const before = compareInDocument({ issues: { nato: { domain: {} } } })
    expect(before(['issues', 'nato'], ['issues', 'nato', 'domain'])).toBeLessThan(0)
    expect(before(['issues', 'nato', 'domain'], ['issues', 'nato'])).toBeGreaterThan(0)
  })

  it('orders by name below a value that is not an object, and never throws on it', () => {
    for (const root of [null, 'text', 42, hostile()]) {
      const before = compareInDocument(root)
      expect(before(['a'], ['b'])).toBeLessThan(0)
      expect(before(['b'], ['a'])).toBeGreaterThan(0)
    }
    const deep = compareInDocument({ title: 'x' })
    expect(deep(['title', 'b'], ['title', 'a'])).toBeGreaterThan(0)
  })

  it('keeps the same problem at a place whatever order the problems were found in', () => {
    const a = makeIssue(['title'], 'semantic', 'a first sentence')
    const b = makeIssue(['title'], 'semantic', 'b second sentence')
    const root = { title: 'x' }
    expect(sortIssues([a, b], root)).toEqual([a])
    expect(sortIssues([b, a], root)).toEqual([a])
  })
})

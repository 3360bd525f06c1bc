/**
 * What the first loading pass says about JavaScript values that are not JSON data (a document built in code or
 * handed over by another library): for each kind, the exact problem `Load.decode` gives, before any structure is
 * checked.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'
import { base } from './document'

type Doc = Record<string, unknown>

/** The object at a dotted path of `doc` (`positions.0`). */
const at = (doc: Doc, path: string): Doc => path.split('.').reduce<Doc>((node, k) => node[k] as Doc, doc)

const problems = (u: unknown): ReadonlyArray<readonly [string, string, string]> => {
  const r = Load.decode(u)
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message] as const) : []
}

/** The problems of the base document after `change`. */
const after = (change: (doc: Doc) => void) => {
  const doc = base()
  change(doc)
  return problems(doc)
}

class Custom {
  readonly x = 1
}
class Numbers extends Array<number> {}

describe('values that are not JSON data', () => {
  it('a function, a symbol and a bigint', () => {
    expect(after((d) => void (d.description = () => 1))).toEqual([
      ['description', 'not-json', 'a function is not JSON data; give the value itself'],
    ])
    expect(after((d) => void (d.description = Symbol('s')))).toEqual([
      ['description', 'not-json', 'a symbol is not JSON data; use text'],
    ])
    expect(after((d) => void (at(d, 'issues.days.domain').max = 90n))).toEqual([
      ['issues.days.domain.max', 'not-json', 'a bigint (90n) is not JSON data; write it as a number'],
    ])
  })

  it('shows what was found', () => {
    const found = (change: (doc: Doc) => void) => {
      const doc = base()
      change(doc)
      const r = Load.decode(doc)
      return r._tag === 'Left' ? r.left.map((i) => i.actual) : []
    }
    expect(found((d) => void (d.description = () => 1))).toEqual(['[function]'])
    expect(found((d) => void (at(d, 'issues.days.domain').max = 90n))).toEqual(['90n'])
  })

  it('a Date object, valid or not, with the date to write instead', () => {
    expect(after((d) => void (at(d, 'positions.0').asOf = new Date('2025-03-11T10:00:00Z')))).toEqual([
      [
        'positions[0].asOf',
        'not-json',
        'a Date object is not JSON data; write the date as text: "2025-03-11"',
      ],
    ])
    expect(after((d) => void (at(d, 'positions.0').asOf = new Date('not a date')))).toEqual([
      [
        'positions[0].asOf',
        'not-json',
        'an invalid Date object is not JSON data; write dates as text "YYYY-MM-DD"',
      ],
    ])
  })

  it('a Map, a Set, a class instance and an object of an anonymous class', () => {
    expect(after((d) => void (d.parties = new Map([['RU', { name: 'Russia' }]])))).toEqual([
      ['parties', 'not-json', 'a Map is not JSON data; use a plain object keyed by id'],
    ])
    expect(after((d) => void (at(d, 'positions.0').sources = new Set(['s1'])))).toEqual([
      ['positions[0].sources', 'not-json', 'a Set is not JSON data; use a list'],
    ])
    expect(after((d) => void (at(d, 'parties').RU = new Custom()))).toEqual([
      [
        'parties.RU',
        'not-json',
        'an instance of `Custom` is not JSON data; use plain objects, lists, text, numbers, true/false and null',
      ],
    ])
    expect(after((d) => void (at(d, 'parties').RU = new (class {})()))).toEqual([
      [
        'parties.RU',
        'not-json',
        'an object with a custom prototype is not JSON data; use plain objects, lists, text, numbers, true/false and null',
      ],
    ])
  })

  it('accepts an object without a prototype, and a field set to undefined', () => {
    const bare = Object.assign(Object.create(null) as Doc, { name: 'Russia', role: 'principal' })
    expect(after((d) => void (at(d, 'parties').RU = bare))).toEqual([])
    expect(after((d) => void (d.description = undefined))).toEqual([])
  })

  it('a subclass of Array, and an object with symbol keys', () => {
    expect(after((d) => void (at(d, 'positions.0').sources = Numbers.from([1])))).toEqual([
      ['positions[0].sources', 'not-json', 'a subclass of Array is not JSON data; use a plain list'],
    ])
    expect(after((d) => void (at(d, 'parties.RU')[Symbol('k') as unknown as string] = 1))).toEqual([
      ['parties.RU', 'not-json', 'an object with symbol keys is not JSON data; use text keys'],
    ])
  })

  it('an empty slot, undefined or a getter in a list, and a getter in an object', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(after((d) => void (at(d, 'positions.0').sources = [, 's1']))).toEqual([
      [
        'positions[0].sources[0]',
        'not-json',
        'an empty slot in a list is not JSON data; remove it or use null',
      ],
    ])
    expect(after((d) => void (at(d, 'positions.0').sources = ['s1', undefined]))).toEqual([
      [
        'positions[0].sources[1]',
        'not-json',
        '`undefined` in a list is not JSON data; remove it or use null',
      ],
    ])
    const lazy: unknown[] = ['s1', 's1']
    Object.defineProperty(lazy, 0, { get: () => 's1', enumerable: true })
    expect(after((d) => void (at(d, 'positions.0').sources = lazy))).toEqual([
      ['positions[0].sources[0]', 'not-json', 'a getter is not JSON data; give the value itself'],
    ])
    expect(
      after(
        (d) => void Object.defineProperty(at(d, 'parties.RU'), 'name', { get: () => 'x', enumerable: true }),
      ),
    ).toEqual([['parties.RU.name', 'not-json', 'a getter is not JSON data; give the value itself']])
  })

  it('a value that contains itself, naming where it first appears; a value shared without a cycle is fine', () => {
    expect(after((d) => void (at(d, 'parties.RU').self = d.parties))).toEqual([
      [
        'parties.RU.self',
        'cycle',
        'this value contains itself (it is the same object as at `parties`); JSON data cannot be circular',
      ],
    ])
    const loop: unknown[] = []
    loop.push(['s1'], loop)
    expect(after((d) => void (at(d, 'positions.0').sources = loop))).toEqual([
      [
        'positions[0].sources[1]',
        'cycle',
        'this value contains itself (it is the same object as at `positions[0].sources`); JSON data cannot be circular',
      ],
    ])
    const shared = { title: 'Shared' }
    expect(after((d) => void (d.sources = { s1: shared, s2: shared }))).toEqual([])
  })

  it('a document of more than a million values, counted through shared values too', () => {
    const row = new Array<number>(1001).fill(0)
    expect(after((d) => void (d.description = new Array<unknown>(1000).fill(row)))).toEqual([
      [
        'description[997][913]',
        'too-large',
        'the document has more than 1000000 values (or shares values in a way that multiplies them); split it into smaller documents',
      ],
    ])
  })

  it('stops after 100 problems', () => {
    const r = after((d) => void (d.description = Array.from({ length: 150 }, () => () => 1)))
    expect(r).toHaveLength(100)
    expect(r.map(([path]) => path).at(-1)).toBe('description[99]')
  })
})

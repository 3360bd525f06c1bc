import { afterEach, describe, expect, it, vi } from 'vitest'
import { copy, isId, jsonHash, sameJson } from '../../src/ledger/plain'

/** `n` objects, each the only field of the one around it: the innermost is `n - 1` levels deep. */
const nested = (n: number): unknown => {
  let u: unknown = { leaf: true }
  for (let i = 1; i < n; i++) u = { a: u }
  return u
}

/** `n` lists, each the only item of the one around it. */
const nestedList = (n: number): unknown => {
  let u: unknown = ['leaf']
  for (let i = 1; i < n; i++) u = [u]
  return u
}

/** A string whose hash, as `jsonHash` works it out, happens to be 0 (found by searching lowercase words). */
const HASHES_TO_ZERO = 'xgthkra'

describe('copy', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const spy = () => vi.spyOn(globalThis, 'structuredClone')

  it('copies JSON-like data into a deep-frozen equal copy without calling structuredClone', () => {
    const clone = spy()
    const data = {
      kind: 'other',
      text: 'monitors in place',
      n: 3,
      none: null,
      ok: true,
      list: [1, 'two', [3], { four: 4 }],
      empty: [],
    }
    const c = copy(data)
    expect(c).toStrictEqual(data)
    expect(c).not.toBe(data)
    expect(Object.isFrozen(c)).toBe(true)
    expect(Object.isFrozen(c?.list)).toBe(true)
    expect(Object.isFrozen(c?.list[3])).toBe(true)
    for (const p of ['text', 0, -0, 1.5, true, false, null, undefined]) expect(copy(p)).toBe(p)
    expect(clone).not.toHaveBeenCalled()
  })

  it('copies nesting up to 64 deep itself, and leaves deeper nesting to structuredClone', () => {
    const clone = spy()
    expect(copy(nested(65))).toStrictEqual(nested(65))
    expect(copy(nestedList(65))).toStrictEqual(nestedList(65))
    expect(clone).not.toHaveBeenCalled()
    expect(copy(nested(66))).toStrictEqual(nested(66))
    expect(clone).toHaveBeenCalledTimes(1)
    expect(copy(nestedList(66))).toStrictEqual(nestedList(66))
    expect(clone).toHaveBeenCalledTimes(2)
  })

  it('leaves what is not JSON-like to structuredClone, which keeps it as it was', () => {
    const clone = spy()
    const holey = [1, , 3] // eslint-disable-line no-sparse-arrays
    const holeyCopy = copy(holey)
    expect(holeyCopy).toHaveLength(3)
    expect(1 in (holeyCopy as unknown[])).toBe(false)

    const extra = Object.assign([1, 2], { note: 'x' })
    expect(copy(extra)).toStrictEqual(extra)
    expect((copy(extra) as unknown as { note: string }).note).toBe('x')

    const holeyExtra = Object.assign([1, , 3], { note: 'x' }) // eslint-disable-line no-sparse-arrays
    const holeyExtraCopy = copy(holeyExtra) as unknown as { note: string }
    expect(1 in holeyExtraCopy).toBe(false)
    expect(holeyExtraCopy.note).toBe('x')

    class Tagged extends Array<number> {}
    const calls = clone.mock.calls.length
    expect(copy(Tagged.from([1, 2]))).toEqual([1, 2])
    expect(clone).toHaveBeenCalledTimes(calls + 1)

    const date = new Date('2025-03-18T00:00:00Z')
    expect(copy({ at: date })?.at).toBeInstanceOf(Date)
    expect(copy({ at: date })?.at.getTime()).toBe(date.getTime())

    const proto = JSON.parse('{"__proto__": 1, "a": 2}') as object
    expect(Object.keys(copy(proto) as object)).toEqual(['__proto__', 'a'])

    expect(clone).toHaveBeenCalled()
  })

  it('gives undefined for a symbol or a function, at the top or inside', () => {
    expect(copy(Symbol('s'))).toBeUndefined()
    expect(copy([1, Symbol('s')])).toBeUndefined()
    expect(copy({ f: () => 1 })).toBeUndefined()
    expect(copy(() => 1)).toBeUndefined()
  })

  it('copies data that refers to itself', () => {
    const loop: { self?: unknown; n: number } = { n: 1 }
    loop.self = loop
    const c = copy(loop) as { self: unknown; n: number }
    expect(c.n).toBe(1)
    expect(c.self).toBe(c)
    expect(Object.isFrozen(c)).toBe(true)
  })
})

describe('isId', () => {
  it('takes a letter or a digit first, then letters, digits and . _ : -', () => {
    expect(isId('a')).toBe(true)
    expect(isId('Z9')).toBe(true)
    expect(isId('0sea.ports_2:a-b')).toBe(true)
    for (const s of ['', ':a', '@a', '[a', '_a', '`a', '{a', '~a', '-a', 'éa', 'a@b', 'a b', 'a/b'])
      expect(isId(s), s).toBe(false)
  })

  it('takes at most 100 characters, and refuses the keys that reach a prototype (only those)', () => {
    expect(isId('a'.repeat(100))).toBe(true)
    expect(isId('a'.repeat(101))).toBe(false)
    expect(isId('a'.repeat(500))).toBe(false)
    expect(isId('constructor')).toBe(false)
    expect(isId('prototype')).toBe(false)
    expect(isId('construct0r')).toBe(true)
    expect(isId('toString')).toBe(true)
  })
})

describe('jsonHash', () => {
  const hashes = [
    '',
    'a',
    'b',
    'ab',
    'ba',
    '1',
    0,
    1,
    2,
    1.5,
    true,
    false,
    null,
    [],
    {},
    [1],
    [2],
    [1, 2],
    [2, 1],
    [[]],
    { a: 1 },
    { b: 1 },
    { a: 2 },
    { a: 1, b: 2 },
    { b: 2, a: 1 },
  ]

  it('gives equal data equal hashes, and small different values different small non-negative integers', () => {
    expect(jsonHash({ a: [1, 'x', null], b: { c: true } }, 0)).toBe(
      jsonHash(JSON.parse('{"a":[1,"x",null],"b":{"c":true}}'), 0),
    )
    for (const u of hashes) {
      const h = jsonHash(u, 0)
      expect(Number.isInteger(h)).toBe(true)
      expect(h).toBeGreaterThanOrEqual(0)
      expect(h).toBeLessThan(2 ** 30)
    }
    expect(new Set(hashes.map((u) => jsonHash(u, 0))).size).toBe(hashes.length)
  })

  it('hashes nesting up to 64 deep, and gives -1 deeper', () => {
    expect(jsonHash(nested(65), 0)).toBeGreaterThanOrEqual(0)
    expect(jsonHash(nestedList(65), 0)).toBeGreaterThanOrEqual(0)
    expect(jsonHash(nested(66), 0)).toBe(-1)
    expect(jsonHash(nestedList(66), 0)).toBe(-1)
  })

  it('gives -1 for what is not JSON data', () => {
    class Tagged extends Array<number> {}
    const extra = Object.assign([1], { note: 'x' })
    const holey = [1, , 3] // eslint-disable-line no-sparse-arrays
    const bad: unknown[] = [
      undefined,
      Symbol('s'),
      () => 1,
      1n,
      NaN,
      Infinity,
      -0,
      new Date(0),
      Tagged.from([1]),
      extra,
      holey,
      JSON.parse('{"__proto__": 1}'),
      [1, undefined],
      { a: undefined },
    ]
    for (const u of bad) expect(jsonHash(u, 0)).toBe(-1)
  })

  it('hashes data that holds a value whose own hash is 0', () => {
    expect(jsonHash(HASHES_TO_ZERO, 0)).toBe(0)
    expect(jsonHash([HASHES_TO_ZERO], 0)).toBeGreaterThanOrEqual(0)
    expect(jsonHash({ a: HASHES_TO_ZERO }, 0)).toBeGreaterThanOrEqual(0)
  })
})

describe('sameJson', () => {
  it('tells a primitive from an object', () => {
    expect(sameJson(1, {})).toBe(false)
    expect(sameJson({}, 1)).toBe(false)
    expect(sameJson(null, {})).toBe(false)
    expect(sameJson({}, null)).toBe(false)
    expect(sameJson('a', 'b')).toBe(false)
  })

  it('tells a list from an object', () => {
    expect(sameJson([], {})).toBe(false)
    expect(sameJson({}, [])).toBe(false)
    expect(sameJson([1], { 0: 1 })).toBe(false)
    expect(sameJson([1], { 0: 1, length: 1 })).toBe(false)
    expect(sameJson({ 0: 1, length: 1 }, [1])).toBe(false)
  })

  it('tells lists apart by length and by item', () => {
    expect(sameJson([1], [1, 2])).toBe(false)
    expect(sameJson([1, 2], [1])).toBe(false)
    expect(sameJson([1], [2])).toBe(false)
    expect(sameJson([1, 2], [1, 3])).toBe(false)
  })

  it('is true for the same data, keys in the same order, and tells objects apart by keys, order and values', () => {
    expect(sameJson(1, 1)).toBe(true)
    expect(sameJson([1, [2]], [1, [2]])).toBe(true)
    expect(sameJson({ a: 1, b: [2] }, { a: 1, b: [2] })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(sameJson({ a: 1, b: [1] }, { a: 1, b: [2] })).toBe(false)
  })
})

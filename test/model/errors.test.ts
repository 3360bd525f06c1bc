/**
 * How problems are written for people: the path, the short preview of a value found (`actual`, also used by the
 * ledger's problems), and the text rendering of a list of problems.
 */
import { describe, expect, it } from 'vitest'
import { format, formatPath, makeIssue, preview } from '../../src/model/errors'
import { deepFreeze } from '../quality/helpers'

describe('preview', () => {
  it('writes scalars as JSON would, and what JSON cannot hold by name', () => {
    expect(
      [
        'Kyiv',
        2.5,
        Number.NaN,
        -Infinity,
        12n,
        true,
        null,
        undefined,
        () => 1,
        Symbol('s'),
        new Date(Date.UTC(2025, 2, 11)),
        new Date(Number.NaN),
      ].map((u) => preview(u)),
    ).toEqual([
      '"Kyiv"',
      '2.5',
      'NaN',
      '-Infinity',
      '12n',
      'true',
      'null',
      'undefined',
      '[function]',
      '[symbol]',
      '[Date 2025-03-11T00:00:00.000Z]',
      '[Date invalid]',
    ])
  })

  it('writes lists and objects compactly, without running getters or looping on cycles', () => {
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = cycle
    const loop: unknown[] = [1]
    loop.push(loop)
    const shared = [1]
    const lazy = Object.defineProperty({ a: 1 }, 'b', { get: () => 2, enumerable: true })
    expect(preview(deepFreeze({ a: [1, 'two', { b: null }], c: undefined }))).toBe(
      '{"a":[1,"two",{"b":null}],"c":undefined}',
    )
    expect(preview(cycle)).toBe('{"a":1,"self":[cycle]}')
    expect(preview(loop)).toBe('[1,[cycle]]')
    expect(preview([shared, shared])).toBe('[[1],[1]]')
    expect(preview(lazy)).toBe('{"a":1,"b":[getter]}')
  })

  it('keeps to 60 characters, ending a longer preview with …', () => {
    expect(preview('y'.repeat(58))).toBe(`"${'y'.repeat(58)}"`)
    expect(preview('y'.repeat(59))).toBe(`"${'y'.repeat(58)}…`)
    expect(preview('x'.repeat(10_000))).toHaveLength(60)
    expect(preview(Array.from({ length: 40 }, (_, i) => i))).toBe(
      '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22…',
    )
    expect(preview(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${String(i)}`, i])))).toBe(
      '{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k…',
    )
    expect(preview('abcdefghij', 5)).toBe('"abc…')
  })

  it('never throws, even on a value that cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no')
        },
      },
    )
    expect(preview(hostile)).toBe('[unreadable]')
  })
})

describe('formatPath', () => {
  it('writes plain words with dots, indices and other keys in brackets, and the whole document as $', () => {
    expect(formatPath([])).toBe('$')
    expect(formatPath(['positions', 0, 'ideal'])).toBe('positions[0].ideal')
    expect(formatPath(['issues', 'territory.donetsk', 'domain'])).toBe('issues["territory.donetsk"].domain')
    expect(formatPath(['a b', 'c', '_d1'])).toBe('["a b"].c._d1')
    expect(formatPath([2, '2x'])).toBe('[2]["2x"]')
  })
})

describe('format', () => {
  it('counts the problems and gives each its place, with the line and column when known', () => {
    const issues = [
      makeIssue(['a'], 'type', 'first'),
      { ...makeIssue(['b', 0], 'type', 'second'), line: 3 },
      { ...makeIssue([], 'syntax', 'third'), line: 2, column: 7 },
    ]
    expect(format(issues)).toBe(
      [
        '3 problems in the negotiation document',
        '✖ first',
        '  → at a',
        '✖ second',
        '  → at b[0] (line 3, column 1)',
        '✖ third',
        '  → at $ (line 2, column 7)',
      ].join('\n'),
    )
    expect(format(issues.slice(0, 1))).toBe('1 problem in the negotiation document\n✖ first\n  → at a')
  })
})

/**
 * What the codec building blocks say when a value is wrong (each message, and the path it points at), the names
 * they give themselves in those messages, which ids and dates they refuse, and what decoding leaves of the input.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  boundedNumber,
  brandedId,
  finite,
  isIdString,
  isIsoDateString,
  keyed,
  list,
  struct,
  tagged,
  text,
} from '../../src/internal/codec'
import { messages } from './messages'

// built inside each test, not while the tests are collected, so that mutation testing sees the build
const Point = () => struct('Point', { x: finite }, { label: text(), share: boundedNumber('share', 0, 1) })

describe('a struct', () => {
  it('names a field it does not know, at that field', () => {
    expect(messages(Point(), { x: 1, y: 2 })).toEqual([['y', 'unknown field `y` in Point']])
  })

  it('says a value that is not a plain object is not an object, whatever it is', () => {
    for (const u of ['Russia', 7, null, [1]])
      expect(messages(Point(), u)).toEqual([['', 'expected an object (Point)']])
  })

  it('names a missing field’s codec: a finite number, a text, a list', () => {
    const Needs = struct('Needs', {
      n: finite,
      s: text(),
      xs: list(finite),
      ys: list(finite, 'Troops'),
    })
    expect(messages(Needs, {})).toEqual([
      ['n', 'missing required field `n` (finite number) in Needs'],
      ['s', 'missing required field `s` (text) in Needs'],
      ['xs', 'missing required field `xs` (Array<finite number>) in Needs'],
      ['ys', 'missing required field `ys` (Troops) in Needs'],
    ])
  })

  it('takes an optional field given as `undefined` as absent', () => {
    const r = Point().decode({ x: 1, label: undefined })
    expect(r).toEqual(E.right({ x: 1 }))
  })

  it('points at a wrong optional field, with its codec’s message', () => {
    expect(messages(Point(), { x: 1, label: '  ' })).toEqual([['label', 'expected a non-empty string']])
    expect(messages(Point(), { x: 1, label: 3 })).toEqual([['label', 'expected a string']])
    expect(messages(Point(), { x: 1, label: 'abcdef'.repeat(2000) })).toEqual([
      ['label', 'expected at most 10000 characters, got 12000'],
    ])
    expect(messages(Point(), { x: 1, share: 1.5 })).toEqual([['share', 'expected a number from 0 to 1']])
  })
})

describe('ids', () => {
  it('refuses the keys that reach an object’s prototype', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) expect([k, isIdString(k)]).toEqual([k, false])
    expect(isIdString('constructors')).toBe(true)
  })

  it('are a letter or digit, then letters, digits and `. _ : -`, and nothing else around them', () => {
    expect(['RU', 'territory.donetsk', '9:a_b-c'].map(isIdString)).toEqual([true, true, true])
    expect(['.RU', '-a', 'RU ', 'a b', 'a/b', ''].map(isIdString)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('a record keyed by ids refuses `constructor` and `prototype` as keys, saying why', () => {
    const Weights = keyed('weights', brandedId<{ readonly W: unique symbol }, 'W'>('W'), finite)
    expect(messages(Weights, JSON.parse('{"__proto__": 0, "constructor": 1, "prototype": 2}'))).toEqual([
      ['__proto__', 'the key `__proto__` is not allowed (it would reach the object prototype)'],
      ['constructor', 'the key `constructor` is not allowed (it would reach the object prototype)'],
      ['prototype', 'the key `prototype` is not allowed (it would reach the object prototype)'],
    ])
  })

  it('a record keyed by ids points at a wrong value, and says when it is not an object at all', () => {
    const Weights = keyed('weights', brandedId<{ readonly W: unique symbol }, 'W'>('W'), finite)
    expect(messages(Weights, { a: 1, b: 'one' })).toEqual([['b', 'expected a number']])
    expect(messages(Weights, [1])).toEqual([['', 'expected an object keyed by W (weights)']])
  })
})

describe('dates', () => {
  it('are the whole string: nothing before or after the date', () => {
    expect(isIsoDateString('2025-03-11')).toBe(true)
    expect(isIsoDateString('x2025-03-11')).toBe(false)
    expect(isIsoDateString('2025-03-11x')).toBe(false)
    expect(isIsoDateString('12025-03-11')).toBe(false)
  })
})

describe('a union tagged by a field', () => {
  it('says a value that is not an object is not one', () => {
    const Shape = tagged('Shape', 'kind', { circle: struct('Circle', { kind: text() }) })
    expect(messages(Shape, 'circle')).toEqual([['', 'expected an object (Shape)']])
  })

  it('takes only a string as the tag, even one that reads like a member’s name', () => {
    const Code = tagged('Code', 'kind', { '7': struct('Seven', { kind: finite }) })
    expect(Code.is({ kind: 7 })).toBe(false)
    expect(messages(Code, { kind: 7 })).toEqual([['kind', 'unknown Code kind 7; expected one of "7"']])
  })
})

describe('a list', () => {
  it('is a fresh frozen array, and leaves the input as it was', () => {
    const input = [1, 2]
    const r = list(finite).decode(input)
    expect(r).toEqual(E.right([1, 2]))
    if (E.isRight(r)) {
      expect(r.right).not.toBe(input)
      expect(Object.isFrozen(r.right)).toBe(true)
    }
    expect(Object.isFrozen(input)).toBe(false)
  })

  it('fails as its item fails', () => {
    expect(messages(list(finite), [1, 'two'])).toEqual([['1', 'expected a number']])
    expect(list(finite).is([1, 2])).toBe(true)
  })
})

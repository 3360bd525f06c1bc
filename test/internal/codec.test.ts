import { either as E } from 'fp-ts'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  boundedNumber,
  brandedId,
  finite,
  keyed,
  list,
  oneOf,
  struct,
  tagged,
  text,
} from '../../src/internal/codec'
import { messages } from './messages'
import { deepFreeze } from '../../src/internal/freeze'
import {
  Condition,
  Confidence,
  Domain,
  Event,
  Interval,
  IsoDate,
  IssueCategory,
  Party,
  PartyRole,
  Position,
  Proposal,
  Stance,
  TextStatus,
  ValueSet,
  Valuation,
} from '../../src/model'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** `codec.is(u)` and whether `codec.decode(u)` succeeds, for each value. */
const verdicts = (codec: t.Mixed, values: ReadonlyArray<unknown>) =>
  values.map((u) => [codec.is(u), E.isRight(codec.decode(u))])

/** Expects the guard to agree with the decoder on every value, and the verdicts to be `expected`. */
const guardAgrees = (codec: t.Mixed, cases: ReadonlyArray<readonly [unknown, boolean]>): void => {
  expect(
    verdicts(
      codec,
      cases.map(([u]) => u),
    ),
  ).toEqual(cases.map(([, ok]) => [ok, ok]))
}

// -------------------------------------------------------------------------------------
// guards agree with decoders
// -------------------------------------------------------------------------------------

describe('a codec guard (`is`) accepts exactly what the codec decodes', () => {
  it('finite numbers', () => {
    guardAgrees(finite, [
      [0, true],
      [-2.5, true],
      [Number.MAX_VALUE, true],
      [Number.NaN, false],
      [Infinity, false],
      [-Infinity, false],
      ['1', false],
      [null, false],
    ])
  })

  it('numbers within bounds, both bounds included', () => {
    const share = boundedNumber('share', 0, 1)
    guardAgrees(share, [
      [0, true],
      [0.5, true],
      [1, true],
      [-0.001, false],
      [1.001, false],
      [Number.NaN, false],
      ['0.5', false],
    ])
  })

  it('texts: not blank, at most the maximum length', () => {
    const short = text(5)
    guardAgrees(short, [
      ['a', true],
      ['abcde', true],
      [' a ', true],
      ['abcdef', false],
      ['', false],
      ['   ', false],
      [5, false],
    ])
  })

  it('words from a list: the public roles, confidences, stances, categories and text statuses', () => {
    guardAgrees(PartyRole, [
      ['principal', true],
      ['observer', true],
      ['principle', false],
      ['Principal', false],
      [1, false],
    ])
    guardAgrees(Confidence, [
      ['high', true],
      ['certain', false],
    ])
    guardAgrees(Stance, [
      ['conditionally-accepted', true],
      ['maybe', false],
    ])
    guardAgrees(IssueCategory, [
      ['territory', true],
      ['land', false],
    ])
    guardAgrees(TextStatus, [
      ['leaked', true],
      ['secret', false],
    ])
  })

  it('a union tagged by `kind`: the tag picks the branch that must accept the value', () => {
    const shape = tagged('Shape', 'kind', {
      circle: struct('Circle', { kind: oneOf('circle', ['circle']) }),
      square: struct('Square', { kind: oneOf('square', ['square']) }),
    })
    guardAgrees(shape, [
      [{ kind: 'circle' }, true],
      [{ kind: 'square' }, true],
      [{ kind: 'triangle' }, false],
      [{ kind: 'toString' }, false],
      [{ kind: 7 }, false],
      [{}, false],
      [[{ kind: 'circle' }], false],
      [null, false],
      ['circle', false],
    ])
  })

  it('records keyed by ids: every key an id, every value accepted', () => {
    const weights = keyed('weights', brandedId<{ readonly W: unique symbol }, 'W'>('W'), finite)
    guardAgrees(weights, [
      [{}, true],
      [{ a: 1, 'b.c': 2 }, true],
      [{ a: 1, 'b c': 2 }, false],
      [{ a: 1, b: Number.NaN }, false],
      [{ a: 'one' }, false],
      [JSON.parse('{"__proto__": 1}'), false],
      [[1, 2], false],
      [null, false],
    ])
  })

  it('lists of a codec', () => {
    guardAgrees(list(finite), [
      [[], true],
      [[1, 2], true],
      [[1, Infinity], false],
      [{ 0: 1 }, false],
    ])
  })

  it('the public tagged unions accept their members and reject unknown kinds and non-objects', () => {
    const cases: ReadonlyArray<readonly [t.Mixed, unknown]> = [
      [Domain, { kind: 'flag' }],
      [ValueSet, { kind: 'flags', values: [true] }],
      [Valuation, { kind: 'scores', scores: { yes: 1 } }],
      [Condition, { kind: 'other', text: 'Only after elections' }],
      [Event, { kind: 'meeting', id: 'm1', date: '2025-03-11', parties: ['RU'], sources: [] }],
    ]
    for (const [codec, member] of cases) {
      expect([codec.is(member), E.isRight(codec.decode(member))]).toEqual([true, true])
      const unknown = { ...(member as object), kind: 'unknown' }
      expect([codec.is(unknown), E.isRight(codec.decode(unknown))]).toEqual([false, false])
      expect(codec.is([member])).toBe(false)
      expect(codec.is(null)).toBe(false)
    }
  })
})

describe('the guard of an object codec', () => {
  const russia = deepFreeze({ name: 'Russia', role: 'principal' })

  it('accepts a decoded object', () => {
    const r = Party.decode(russia)
    expect(E.isRight(r) && Party.is(r.right)).toBe(true)
    expect(Proposal.is({ title: 'Draft', date: '2025-03-11', tabledBy: [], terms: {}, sources: [] })).toBe(
      true,
    )
  })

  it('rejects an object with a field the codec does not know, as decoding does', () => {
    const typo = { name: 'Russia', role: 'principal', rol: 'principal' }
    expect([Party.is(typo), E.isRight(Party.decode(typo))]).toEqual([false, false])
    expect(Position.is({ id: 'p1', extra: true })).toBe(false)
  })

  it('rejects an object that lacks a required field or has a field of the wrong type, as decoding does', () => {
    const cases = [
      { title: 'Draft' },
      { name: 'Russia' },
      { name: 'Russia', role: 'belligerent' },
      { name: 'Russia', role: 'principal', reservation: 'high' },
      { name: 7, role: 'principal' },
    ]
    expect(cases.map((u) => [Party.is(u), E.isRight(Party.decode(u))])).toEqual(
      cases.map(() => [false, false]),
    )
    const draft = { title: 'Draft', date: '2025-03-11', tabledBy: [], terms: {}, sources: [] }
    expect(Proposal.is({ title: 'x' })).toBe(false)
    expect(Proposal.is({ ...draft, date: '2025-02-30' })).toBe(false)
    expect(Proposal.is({ ...draft, tabledBy: 'UA' })).toBe(false)
    expect(Proposal.is({ ...draft, basedOn: undefined })).toBe(true)
  })

  it('rejects what is not a plain object', () => {
    expect(Party.is([russia])).toBe(false)
    expect(Party.is(null)).toBe(false)
    expect(Party.is('Russia')).toBe(false)
  })
})

// -------------------------------------------------------------------------------------
// what the codecs say
// -------------------------------------------------------------------------------------

describe('the messages of the public codecs', () => {
  it('a number that is not finite, and a value that is not a number', () => {
    expect(messages(Interval, { min: Number.NaN, max: 'one' })).toEqual([
      ['min', 'expected a finite number, got NaN'],
      ['max', 'expected a number'],
    ])
    expect(messages(Interval, { min: -Infinity, max: 1 })).toEqual([
      ['min', 'expected a finite number, got -Infinity'],
    ])
  })

  it('a word that is not allowed lists the allowed words, quoted and separated by commas', () => {
    expect(messages(PartyRole, 'principle')).toEqual([
      ['', 'expected one of "principal", "mediator", "guarantor", "observer"'],
    ])
  })

  it('a missing or unknown `kind` names the kinds', () => {
    const kinds = '"choice", "quantity", "subset", "flag"'
    expect(messages(Domain, { options: [] })).toEqual([
      ['kind', `missing \`kind\` of Domain; expected one of ${kinds}`],
    ])
    expect(messages(Domain, { kind: 'choise' })).toEqual([
      ['kind', `unknown Domain kind "choise"; expected one of ${kinds}`],
    ])
    expect(messages(Domain, { kind: 7 })).toEqual([
      ['kind', `unknown Domain kind 7; expected one of ${kinds}`],
    ])
  })

  it('a `__proto__` key in a record keyed by ids is refused, and a key that is not an id says why', () => {
    const terms = JSON.parse(
      '{"__proto__": {"value": 1}, "bad id": {"value": 2}, "ok": {"value": 3}}',
    ) as unknown
    const proposal = { title: 'Draft', date: '2025-03-11', tabledBy: [], terms, sources: [] }
    expect(messages(Proposal, proposal)).toEqual([
      ['terms.__proto__', 'the key `__proto__` is not allowed (it would reach the object prototype)'],
      [
        'terms.bad id',
        '`bad id` is not a valid IssueId: use letters, digits and . _ : - (starting with a letter or digit)',
      ],
    ])
    expect(({} as Record<string, unknown>)['value']).toBeUndefined()
  })
})

// -------------------------------------------------------------------------------------
// dates
// -------------------------------------------------------------------------------------

describe('IsoDate', () => {
  it('accepts real calendar days, leap days included', () => {
    for (const d of ['2025-01-01', '2025-12-31', '2024-02-29', '2000-02-29', '0099-12-31'])
      expect([d, IsoDate.is(d)]).toEqual([d, true])
  })

  it('rejects month 00 and 13, day 00, and days past the end of the month', () => {
    for (const d of ['2025-00-10', '2025-13-01', '2025-01-00', '2025-02-29', '1900-02-29', '2025-04-31'])
      expect([d, IsoDate.is(d)]).toEqual([d, false])
  })
})

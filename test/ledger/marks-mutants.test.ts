/**
 * Marks and their order: the precedence of each mark, how a timeline's code packs a mark and gives it back, JSON
 * with sorted keys, and what makes two stance marks the same stance.
 */
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src'
import {
  begins,
  codeOf,
  conditionalSignature,
  counterSignature,
  dayIn,
  MARKS,
  markIn,
  precedence,
  signature,
  signatureOf,
  stableJson,
} from '../../src/ledger/marks'
import { agreement, ledgerOf, monitors, response, statusOf } from './fixture'

type Response = Extract<Event, { readonly kind: 'response' }>

describe('precedence', () => {
  it('puts tablings first, then agreements, then stances, then alleged violations, then expiries', () => {
    expect(MARKS.map((m) => [m, precedence(m)])).toEqual([
      ['proposed', 0],
      ['agreed', 1],
      ['accepted', 2],
      ['conditionally-accepted', 2],
      ['rejected', 2],
      ['countered', 2],
      ['noncommittal', 2],
      ['withdrawn', 2],
      ['supported', 2],
      ['opposed', 2],
      ['violated', 3],
      ['expired', 4],
    ])
  })

  it('applies a rejection on the day of an agreement after the agreement, so that the rejection stands', () => {
    const l = ledgerOf([
      agreement('a1', '2025-03-24', ['RU', 'UA'], 'sea'),
      response('r1', '2025-03-24', 'RU', 'sea', 'rejected'),
    ])
    expect(statusOf(l, 'RU', 'sea', 'sea.ports', '2025-03-24')).toStrictEqual({
      party: 'RU',
      proposal: 'sea',
      term: 'sea.ports',
      status: 'rejected',
      since: '2025-03-24',
      evidence: [{ event: 'r1', date: '2025-03-24', sources: ['src-r1'] }],
      sources: ['src-r1'],
    })
  })
})

describe('codeOf', () => {
  it('packs a day, a mark and whether a status begins with it, and gives each back', () => {
    for (const day of [0, 1, 20_000, -1, -719_528]) {
      for (const mark of [0, 5, 11]) {
        for (const b of [false, true]) {
          const code = codeOf(day, mark, b)
          expect([dayIn(code), markIn(code), begins(code)]).toEqual([day, mark, b])
        }
      }
    }
    expect(codeOf(2, 5, true)).toBe(2 * 32 + 16 + 5)
  })
})

describe('stableJson', () => {
  it('writes keys in sorted order at every depth, and nulls as JSON does', () => {
    expect(stableJson({ b: 1, a: { d: null, c: [{ f: 2, e: null }] } })).toBe(
      '{"a":{"c":[{"e":null,"f":2}],"d":null},"b":1}',
    )
    expect(stableJson(null)).toBe('null')
  })
})

describe('signature', () => {
  it('signs an agreement as an acceptance, whatever its event', () => {
    expect(signature('agreed', undefined)).toBe('accepted')
    expect(signature('agreed', agreement('a1', '2025-03-24', ['RU', 'UA'], 'sea'))).toBe('accepted')
  })

  it('signs a mark without a response by the mark alone', () => {
    expect(signature('rejected', undefined)).toBe('rejected')
    expect(signature('conditionally-accepted', undefined)).toBe('conditionally-accepted')
    expect(signature('countered', undefined)).toBe('countered')
    expect(signature('countered', agreement('a1', '2025-03-24', ['RU', 'UA'], 'sea'))).toBe('countered')
  })

  it('signs a response by the mark asked about, not only by its event', () => {
    const c = response('r1', '2025-03-24', 'RU', 'sea', 'conditionally-accepted', { conditions: [monitors] })
    expect(signature('rejected', c)).toBe('rejected')
    expect(signature('countered', c)).toBe('countered ')
    expect(signature('conditionally-accepted', c)).toBe(conditionalSignature([monitors]))
    const k = response('r2', '2025-03-24', 'RU', 'sea', 'countered', { counter: 'truce30' })
    expect(signature('countered', k)).toBe('countered truce30')
    expect(signature('conditionally-accepted', k)).toBe('conditionally-accepted []')
    expect(signature('withdrawn', k)).toBe('withdrawn')
  })
})

describe('signatureOf', () => {
  it('signs a stance that carries neither conditions nor a counter by the stance alone', () => {
    const r = response('r1', '2025-03-24', 'RU', 'sea', 'rejected', { counter: 'truce30' }) as Response
    expect(signatureOf('rejected', r)).toBe('rejected')
    expect(signatureOf('countered', r)).toBe('countered truce30')
  })

  it('signs a conditional acceptance without conditions as one on no conditions, and a counter naming none', () => {
    expect(conditionalSignature(undefined)).toBe('conditionally-accepted []')
    expect(conditionalSignature(undefined)).toBe(conditionalSignature([]))
    expect(counterSignature(undefined)).toBe('countered ')
    expect(counterSignature('truce30')).toBe('countered truce30')
  })
})

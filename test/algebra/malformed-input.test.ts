/**
 * The algebra given a domain or a valuation built by hand that lacks its kind's shape: a choice without `options`, a
 * subset without `universe`, a quantity whose bounds are not numbers; a valuation of no known kind, or without its
 * `points`, `scores` or `weights`. Every operation returns an error value naming what is missing (where it used to
 * throw a TypeError), and never changes what it is given.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Utility, Values, type Domain } from '../../src'
import type { PositionLike } from '../../src/algebra/score'
import { deepFreeze } from '../../src/internal/freeze'

const frozen = <A>(a: A): A => deepFreeze(structuredClone(a))

describe('a domain without its list', () => {
  const cases: ReadonlyArray<readonly [string, Record<string, unknown>, string]> = [
    [
      'a choice without options',
      { kind: 'choice', ordered: true },
      'a choice needs `options`, a list of { id, label }; got {"kind":"choice","ordered":true}',
    ],
    [
      'a choice whose options are not a list',
      { kind: 'choice', options: 'a, b' },
      'a choice needs `options`, a list of { id, label }; got {"kind":"choice","options":"a, b"}',
    ],
    [
      'a subset without universe',
      { kind: 'subset' },
      'a subset needs `universe`, a list of { id, label }; got {"kind":"subset"}',
    ],
    [
      'a quantity without max',
      { kind: 'quantity', unit: 'days', min: 0 },
      'a quantity needs `min` and `max`, both numbers; got {"kind":"quantity","unit":"days","min":0}',
    ],
  ]
  for (const [what, raw, message] of cases)
    it(`is refused by every operation, with what is missing: ${what}`, () => {
      const domain = frozen(raw) as unknown as Domain
      const left = E.left({ _tag: 'malformed-domain', message })
      expect(Values.all(domain)).toEqual(left)
      expect(Values.none(domain)).toEqual(left)
      expect(Values.size(domain, { kind: 'flags', values: [] } as never)).toEqual(left)
      expect(Values.distance(domain, 'a' as never, 'b' as never)).toEqual(left)
      expect(Utility.score(domain, {}, 'a' as never)).toEqual(left)
      expect(domain).toEqual(raw)
    })
})

describe('a valuation that does not have its shape', () => {
  const flag = frozen({ kind: 'flag' }) as Domain
  const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 10 }) as Domain
  const guarantors = frozen({
    kind: 'subset',
    universe: [{ id: 'US', label: 'United States' }],
  }) as unknown as Domain
  const cases: ReadonlyArray<readonly [string, Domain, unknown, unknown, string]> = [
    [
      'of an unknown kind',
      flag,
      { kind: 'weird' },
      true,
      'the valuation has kind "weird"; a valuation has kind "scores", "linear" or "elements": value this issue with { kind: "scores", scores: { true: 0..1, false: 0..1 } } (the issue is a yes/no flag)',
    ],
    [
      'that is not an object',
      days,
      null,
      3,
      'null is not a valuation; value this issue with { kind: "linear", points: [{ at, score }] } (the issue is a quantity from 0 to 10 days)',
    ],
    [
      'linear without points',
      days,
      { kind: 'linear' },
      3,
      'a "linear" valuation needs `points`, a list of { at, score }; write it { kind: "linear", points: [{ at, score }] } (the issue is a quantity from 0 to 10 days)',
    ],
    [
      'linear with a point that is not { at, score }',
      days,
      { kind: 'linear', points: [{ at: 0, score: 1 }, { at: 5 }] },
      3,
      'point 1 of the "linear" valuation is {"at":5}, not { at, score } with numbers (the issue is a quantity from 0 to 10 days)',
    ],
    [
      'scores without scores',
      flag,
      { kind: 'scores' },
      true,
      'a "scores" valuation needs `scores`, an object of scores; write it { kind: "scores", scores: { true: 0..1, false: 0..1 } } (the issue is a yes/no flag)',
    ],
    [
      'elements without weights',
      guarantors,
      { kind: 'elements', weights: ['US'] },
      ['US'],
      'an "elements" valuation needs `weights`, an object of numbers; write it { kind: "elements", weights: { <element>: number } } (the issue is a subset of {US})',
    ],
  ]
  for (const [what, domain, valuation, value, message] of cases)
    it(`is a bad valuation, with the form this issue takes: ${what}`, () => {
      const position = frozen({ valuation }) as unknown as PositionLike
      const left = E.left({ _tag: 'bad-valuation', message })
      expect(Utility.score(domain, position, value as never)).toEqual(left)
      expect(Utility.acceptability(domain, position, value as never)).toEqual(left)
      expect(position).toEqual({ valuation })
    })
})

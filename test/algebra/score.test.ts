import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type { Domain } from '../../src/model'
import type { PositionLike } from '../../src/algebra/score'
import { deepFreeze } from '../../src/internal/freeze'
import { ids, nato as natoDomain } from './arbitraries'

const venue = deepFreeze({
  kind: 'choice',
  options: [
    { id: 'geneva', label: 'Geneva' },
    { id: 'istanbul', label: 'Istanbul' },
    { id: 'riyadh', label: 'Riyadh' },
  ],
}) as unknown as Domain
// a range that does not start at 0, so that the range (max − min) and max + min differ
const nato = natoDomain()
const days = deepFreeze({ kind: 'quantity', unit: 'days', min: 10, max: 110 }) as Domain
const km = deepFreeze({ kind: 'quantity', unit: 'km', min: 0, max: 40 }) as Domain
const guarantors = deepFreeze({
  kind: 'subset',
  universe: [
    { id: 'US', label: 'United States' },
    { id: 'UK', label: 'United Kingdom' },
    { id: 'FR', label: 'France' },
  ],
}) as unknown as Domain
const nobody = deepFreeze({ kind: 'subset', universe: [] }) as unknown as Domain
const twenty = deepFreeze({
  kind: 'subset',
  universe: Array.from({ length: 20 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` })),
}) as unknown as Domain
const ceasefire = deepFreeze({ kind: 'flag' }) as Domain

const pos = (p: unknown): PositionLike => deepFreeze(p) as PositionLike
const score = (d: Domain, p: unknown, v: unknown) => Utility.score(d, pos(p), deepFreeze(v) as never)
const scores = (d: Domain, p: unknown, vs: readonly unknown[]) => vs.map((v) => score(d, p, v))
const range = (from: number, to: number) =>
  ids(...Array.from({ length: to - from }, (_, i) => `e${String(from + i)}`))

describe('Utility.score from an ideal', () => {
  it('on an ordered choice, loses one step over the number of steps per option away from the ideal', () => {
    expect(scores(nato, { ideal: 'path' }, ['member', 'path', 'deferred', 'neutral'])).toEqual(
      [1 - 1 / 3, 1, 1 - 1 / 3, 1 - 2 / 3].map(E.right),
    )
  })

  it('on a quantity, loses the difference over the range (not over max + min)', () => {
    expect(scores(days, { ideal: 30 }, [10, 30, 55, 110])).toEqual([0.8, 1, 0.75, 1 - 0.8].map(E.right))
  })

  it('on a subset, loses one over the universe size per element in one set and not the other', () => {
    expect(
      scores(guarantors, { ideal: ids('US', 'UK', 'FR') }, [[], ['US'], ['UK', 'FR'], ['FR', 'US', 'UK']]),
    ).toEqual([0, 1 - 2 / 3, 1 - 1 / 3, 1].map(E.right))
    // elements of the value outside the ideal count as well as elements of the ideal missing from the value
    expect(score(guarantors, { ideal: ids('US') }, ['UK', 'FR'])).toEqual(E.right(0))
  })

  it('scores the empty subset of an empty universe 1 (the only value, and the ideal)', () => {
    expect(score(nobody, { ideal: [] }, [])).toEqual(E.right(1))
  })

  it('counts the differences exactly for subsets of more than sixteen elements', () => {
    // ideal e0…e9; value e3…e19: e10…e19 are extra (10), e0…e2 are missing (3)
    expect(score(twenty, { ideal: range(0, 10) }, range(3, 20))).toEqual(E.right(1 - 13 / 20))
    expect(score(twenty, { ideal: range(0, 20) }, range(0, 17))).toEqual(E.right(1 - 3 / 20))
    expect(score(twenty, { ideal: range(0, 17) }, range(0, 17))).toEqual(E.right(1))
  })

  it('on an unordered choice or a flag: 1 at the ideal, 0.5 for other acceptable values, 0 otherwise', () => {
    const p = { ideal: 'geneva', acceptable: { kind: 'options', options: ['geneva', 'istanbul'] } }
    expect(scores(venue, p, ['geneva', 'istanbul', 'riyadh'])).toEqual([1, 0.5, 0].map(E.right))
    expect(scores(venue, { ideal: 'geneva' }, ['geneva', 'istanbul'])).toEqual([1, 0].map(E.right))
    const flag = { ideal: true, acceptable: { kind: 'flags', values: [false, true] } }
    expect(scores(ceasefire, flag, [true, false])).toEqual([1, 0.5].map(E.right))
  })

  it('without ideal or valuation: 1 inside the acceptable values, 0 outside, 1 everywhere when none are stated', () => {
    const p = { acceptable: { kind: 'intervals', intervals: [{ min: 20, max: 30 }] } }
    expect(scores(days, p, [20, 31])).toEqual([1, 0].map(E.right))
    expect(scores(days, {}, [10, 110])).toEqual([1, 1].map(E.right))
  })

  it('works data-last', () => {
    expect(Utility.score(days, 55)(pos({ ideal: 30 }))).toEqual(E.right(0.75))
  })
})

describe('Utility.score from a valuation', () => {
  it('"scores": reads the score of the option, or of true/false; unlisted values score 0', () => {
    const v = { valuation: { kind: 'scores', scores: { istanbul: 0.25, riyadh: 1 } } }
    expect(scores(venue, v, ['geneva', 'istanbul', 'riyadh'])).toEqual([0, 0.25, 1].map(E.right))
    const f = { valuation: { kind: 'scores', scores: { true: 0.75 } } }
    expect(scores(ceasefire, f, [true, false])).toEqual([0.75, 0].map(E.right))
  })

  it('"linear": flat before the first point and after the last, straight between neighbouring points', () => {
    // points given out of order: (10, 0.25), (20, 1), (30, 0.5)
    const p = {
      valuation: {
        kind: 'linear',
        points: [
          { at: 30, score: 0.5 },
          { at: 10, score: 0.25 },
          { at: 20, score: 1 },
        ],
      },
    }
    expect(scores(km, p, [0, 10, 15, 20, 25, 30, 40])).toEqual(
      [0.25, 0.25, 0.625, 1, 0.75, 0.5, 0.5].map(E.right),
    )
  })

  it('"linear" with one point scores every amount the same', () => {
    const p = { valuation: { kind: 'linear', points: [{ at: 20, score: 0.4 }] } }
    expect(scores(km, p, [0, 20, 40])).toEqual([0.4, 0.4, 0.4].map(E.right))
  })

  it('"elements": sums the weights and rescales from the worst set (0) to the best (1)', () => {
    // best {US} = 2, worst {UK} = −1
    const p = { valuation: { kind: 'elements', weights: { US: 2, UK: -1 } } }
    expect(scores(guarantors, p, [['US'], ['UK'], [], ['US', 'UK'], ['FR'], ['US', 'FR']])).toEqual(
      [1, 0, 1 / 3, 2 / 3, 1 / 3, 1].map(E.right),
    )
  })

  it('"elements" with no weight that matters scores every set 1', () => {
    const p = { valuation: { kind: 'elements', weights: { UK: 0 } } }
    expect(scores(guarantors, p, [[], ['UK'], ['US', 'UK', 'FR']])).toEqual([1, 1, 1].map(E.right))
  })

  it('keeps every score within 0…1 even when a valuation gives scores outside it', () => {
    const linear = {
      kind: 'linear',
      points: [
        { at: 0, score: 2 },
        { at: 40, score: -1 },
      ],
    }
    expect(scores(km, { valuation: linear }, [0, 40])).toEqual([1, 0].map(E.right))
    // a valuation takes precedence over an ideal
    expect(scores(km, { ideal: 20, valuation: linear }, [0, 40])).toEqual([1, 0].map(E.right))
    const s = { kind: 'scores', scores: { geneva: 1.5, istanbul: -0.5 } }
    expect(scores(venue, { valuation: s }, ['geneva', 'istanbul'])).toEqual([1, 0].map(E.right))
  })

  it('rejects a valuation that does not fit the issue, saying which kind would', () => {
    const bad = (d: Domain, valuation: unknown, v: unknown, message: string) =>
      expect(score(d, { valuation }, v)).toEqual(E.left({ _tag: 'bad-valuation', message }))
    bad(
      km,
      { kind: 'scores', scores: {} },
      1,
      'a "scores" valuation gives scores to options or to true/false; use "linear" for a quantity and "elements" for a subset (the issue is a quantity from 0 to 40 km)',
    )
    bad(
      venue,
      { kind: 'scores', scores: { geneva: 1, vienna: 1 } },
      'geneva',
      'the valuation scores `vienna`, which is not one of geneva, istanbul, riyadh (the issue is a choice among geneva, istanbul, riyadh)',
    )
    bad(
      ceasefire,
      { kind: 'scores', scores: { yes: 1 } },
      true,
      'the valuation scores `yes`, which is not one of true, false (the issue is a yes/no flag)',
    )
    bad(
      venue,
      { kind: 'linear', points: [{ at: 0, score: 1 }] },
      'geneva',
      'a "linear" valuation scores a quantity (the issue is a choice among geneva, istanbul, riyadh)',
    )
    bad(
      km,
      { kind: 'linear', points: [] },
      1,
      'a "linear" valuation needs at least one point (the issue is a quantity from 0 to 40 km)',
    )
    bad(
      km,
      { kind: 'elements', weights: {} },
      1,
      'an "elements" valuation weighs the elements of a subset (the issue is a quantity from 0 to 40 km)',
    )
    bad(
      guarantors,
      { kind: 'elements', weights: { US: 1, DE: 1 } },
      [],
      'the valuation weighs `DE`, which is not in the universe (the issue is a subset of {US, UK, FR})',
    )
  })
})

describe('Utility.score errors', () => {
  it('rejects something that is not a domain', () => {
    expect(score({ kind: 'bogus' } as unknown as Domain, {}, 1)).toEqual(
      E.left({
        _tag: 'kind-mismatch',
        message:
          '{"kind":"bogus"} is not a domain; a domain has kind "choice", "quantity", "subset" or "flag"',
      }),
    )
  })

  it('names the field of the position whose set or ideal is wrong', () => {
    expect(score(days, { acceptable: { kind: 'intervals', intervals: 3 } }, 20)).toEqual(
      E.left({
        _tag: 'malformed-set',
        message:
          'acceptable: an intervals set needs `intervals`, a list of { min, max } with finite numbers; got {"kind":"intervals","intervals":3}',
      }),
    )
    expect(score(days, { redLines: { kind: 'options', options: [] } }, 20)).toEqual(
      E.left({
        _tag: 'kind-mismatch',
        message:
          'redLines: the value set has kind "options" but the issue is a quantity from 10 to 110 days, which takes a set of kind "intervals"',
      }),
    )
    const e = score(days, { ideal: 200 }, 20)
    expect(E.isLeft(e) && e.left._tag).toBe('not-a-value')
    expect(E.isLeft(e) && e.left.message.startsWith('ideal: ')).toBe(true)
  })

  it('rejects a value outside the domain', () => {
    expect(score(guarantors, { ideal: [] }, ['US', 'US'])).toEqual(
      E.left({
        _tag: 'not-a-value',
        message:
          'the list ["US","US"] names an element more than once (the issue is a subset of {US, UK, FR})',
      }),
    )
  })
})

describe('Utility.acceptability', () => {
  const verdict = (d: Domain, p: unknown, v: unknown) =>
    Utility.acceptability(d, pos(p), deepFreeze(v) as never)

  it('puts red lines first, then the acceptable values, then the reservation score', () => {
    const p = {
      ideal: 'member',
      redLines: { kind: 'options', options: ['neutral'] },
      acceptable: { kind: 'options', options: ['member', 'path'] },
      reservation: 0.9,
    }
    expect(verdict(nato, p, 'neutral')).toEqual(
      E.right({
        _tag: 'red-line',
        score: 0,
        reason: 'The party will never accept Neutral: it is one of its red lines',
      }),
    )
    expect(verdict(nato, p, 'deferred')).toEqual(
      E.right({
        _tag: 'outside-acceptable',
        score: 1 - 2 / 3,
        reason: 'The party does not accept Deferred: it lies outside the values it said it could accept',
      }),
    )
    expect(verdict(nato, p, 'path')).toEqual(
      E.right({
        _tag: 'below-reservation',
        score: 1 - 1 / 3,
        reservation: 0.9,
        reason:
          'The party does not accept Path to membership: it scores 0.667, below its reservation score of 0.9 on this issue',
      }),
    )
    expect(verdict(nato, p, 'member')).toEqual(
      E.right({ _tag: 'acceptable', score: 1, reason: 'The party can accept Member (score 1)' }),
    )
  })

  it('accepts a value that scores exactly the reservation score', () => {
    const p = { ideal: 0, reservation: 0.5 }
    expect(verdict(km, p, 20)).toEqual(
      E.right({ _tag: 'acceptable', score: 0.5, reason: 'The party can accept 20 km (score 0.5)' }),
    )
    expect(verdict(km, p, 30)).toEqual(
      E.right({
        _tag: 'below-reservation',
        score: 0.25,
        reservation: 0.5,
        reason:
          'The party does not accept 30 km: it scores 0.25, below its reservation score of 0.5 on this issue',
      }),
    )
  })

  it('describes subsets by their labels, in universe order', () => {
    expect(verdict(guarantors, { ideal: ['US'] }, ids('FR', 'US'))).toEqual(
      E.right({
        _tag: 'acceptable',
        score: 1 - 1 / 3,
        reason: 'The party can accept {United States, France} (score 0.667)',
      }),
    )
  })

  it('returns the error of a position that does not fit its domain, and works data-last', () => {
    expect(verdict(km, { acceptable: { kind: 'flags', values: [] } }, 1)).toEqual(
      E.left({
        _tag: 'kind-mismatch',
        message:
          'acceptable: the value set has kind "flags" but the issue is a quantity from 0 to 40 km, which takes a set of kind "intervals"',
      }),
    )
    expect(Utility.acceptability(km, 20)(pos({ ideal: 0 }))).toEqual(
      E.right({ _tag: 'acceptable', score: 0.5, reason: 'The party can accept 20 km (score 0.5)' }),
    )
  })
})

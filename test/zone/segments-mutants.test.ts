/**
 * The values scored inside the ranges of a quantity handled exactly, checked against closed forms: with two parties
 * linear in the quantity, the Nash point, the Kalai–Smorodinsky crossing and the point nearest the ideal are worked
 * out by hand; reservation utilities cut ranges; an integer quantity is scored at the whole numbers around each
 * optimum; an end of a range that no package reaches is reported as open; and only one such quantity is searched.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IssueId, Negotiation, PartyId } from '../../src'
import * as Zone from '../../src/zone'
import { bestFor } from '../../src/zone/bargaining'
import { choicesOf, keep, none, scoreAll } from '../../src/zone/search'
import { inside, rangeAxis } from '../../src/zone/segments'
import { paretoFront, UNITS } from '../../src/zone/skyline'
import { spaceOf } from '../../src/zone/space'
import { ok } from '../algebra/arbitraries'
import { doc, domains, lin, type Party } from './docs'

/** The range axis of a negotiation, by issue, or -1 / undefined as `rangeAxis` says. */
const axisOf = (n: Negotiation): string | number | undefined => {
  const space = ok(spaceOf(n))
  const q = rangeAxis(space, keep(space, none(space)))
  return q === undefined || q < 0 ? q : space.axes[q]!.issue
}

/** The values scored inside the ranges of the quantity, as `Zone.pareto` asks for them (utilities over UNITS). */
const insideOf = (n: Negotiation) => {
  const space = ok(spaceOf(n))
  const kept = keep(space, none(space))
  const q = rangeAxis(space, kept)
  if (q === undefined || q < 0) return expect.fail('no range axis')
  const r = scoreAll(space, kept, choicesOf(space, kept, true), 1e6)!
  const scored = { count: r.count, utilities: r.utilities }
  const d = Float64Array.from(space.parties, (p) => (n.parties[p]!.reservation ?? 0) * UNITS)
  const x = inside(
    space,
    kept,
    q,
    d,
    bestFor(scored, paretoFront(scored)),
    new Set(r.codes.subarray(0, r.count)),
    1e6,
  )!
  return {
    values: x.values,
    utilities: x.utilities.map((u) => Array.from(u, (v) => v / UNITS)),
    open: x.open.map((o) => ({ value: o.value, utilities: Array.from(o.utilities, (v) => v / UNITS) })),
  }
}

const close = (xs: readonly number[], ys: readonly number[]): void => {
  expect(xs).toHaveLength(ys.length)
  xs.forEach((x, i) => expect(x).toBeCloseTo(ys[i]!, 8))
}

const tidy = (x: number): number => Number(x.toPrecision(12))

/**
 * Two parties linear in `days` (0 to 10, whole numbers or not): Alpha 1 - x/10, Beta 0.2 + 0.08x, with the parties'
 * records given (their reservation utilities).
 */
const twoLinear = (
  integer: boolean,
  parties: Readonly<Record<string, Party>> = { A: { name: 'Alpha' }, B: { name: 'Beta' } },
): Negotiation => doc(parties, { days: domains.quantity(0, 10, integer) }, [lin('A', 1, 0), lin('B', 0.2, 1)])

const days = (o: Zone.Outcome): unknown => o.package['days' as IssueId]

describe('a continuous quantity with two parties linear in it', () => {
  it('scores the Nash point, the Kalai–Smorodinsky crossing and the point nearest the ideal, in closed form', () => {
    // A: 1 - x/10, B: 0.2 + 0.08x; critical values 0, 5, 10. Nash: (1 - x/10)(0.2 + 0.08x) peaks where
    // 0.06 - 0.016x = 0, at 3.75. KS (best 1 each): 1 - x/10 = 0.2 + 0.08x at 40/9. Nearest (1, 1): minimises
    // (x/10)² + (0.8 - 0.08x)², at 0.128 / 0.0328 = 160/41. On (5, 10) every criterion peaks at 5, a critical value.
    const n = twoLinear(false)
    const x = insideOf(n)
    expect(x.values).toEqual([3.75, tidy(40 / 9), tidy(160 / 41)])
    close(x.utilities[0]!, [0.625, 1 - 4 / 9, 1 - 16 / 41])
    close(x.utilities[1]!, [0.5, 0.2 + 3.2 / 9, 0.2 + 12.8 / 41])
    expect(x.open).toEqual([])
    const p = ok(Zone.pareto(n))
    expect(p.nash.outcomes.map(days)).toEqual([3.75])
    expect(p.nash.value).toBeCloseTo(0.625 * 0.5, 9)
    expect(p.kalaiSmorodinsky.outcomes.map(days)).toEqual([tidy(40 / 9)])
    expect(p.opposition.closest.map(days)).toEqual([tidy(160 / 41)])
    expect(p.explanation).toContain('besides its critical values, 3 values inside its ranges')
  })

  it('cuts a range where a reservation utility ends it, and normalises by the best at the cut', () => {
    // A needs 0.2 (x <= 8), B needs 0.28 (x >= 1). Nash: (0.8 - x/10)(0.08x - 0.08) peaks at 4.5. The best for A is
    // 0.9 at the cut x = 1, for B 0.84 at the cut x = 8: KS (0.8 - x/10)/0.7 = (0.08x - 0.08)/0.56 also at 4.5, with
    // share 0.5. Nearest the ideal: 160/41 as without reservations. The cuts 1 and 8 are scored too.
    const n = twoLinear(false, {
      A: { name: 'Alpha', reservation: 0.2 },
      B: { name: 'Beta', reservation: 0.28 },
    })
    const x = insideOf(n)
    expect(x.values).toEqual([1, 4.5, tidy(160 / 41), 8])
    close(x.utilities[0]!, [0.9, 0.55, 1 - 16 / 41, 0.2])
    close(x.utilities[1]!, [0.28, 0.56, 0.2 + 12.8 / 41, 0.84])
    const p = ok(Zone.pareto(n))
    expect(p.best).toEqual({ A: 0.9, B: 0.84 })
    expect(p.nash.outcomes.map(days)).toEqual([4.5])
    expect(p.kalaiSmorodinsky.outcomes.map(days)).toEqual([4.5])
    expect(p.kalaiSmorodinsky.value).toBeCloseTo(0.5, 8)
  })

  it('reports an end of a range that no package reaches as open, with the utilities approached', () => {
    // B rules out 10 itself: the range (5, 10) comes arbitrarily close to (0, 1) there; 5 is scored, so not open
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, false) }, [
      lin('A', 1, 0),
      lin('B', 0.2, 1, { redLines: { kind: 'intervals', intervals: [{ min: 10, max: 10 }] } }),
    ])
    const x = insideOf(n)
    expect(x.open).toHaveLength(1)
    expect(x.open[0]!.value).toBe(10)
    close(x.open[0]!.utilities, [0, 1])
    expect(x.values).toEqual([3.75, tidy(40 / 9), tidy(160 / 41)])
  })

  it('finds the scored end of a range past another issue', () => {
    // a flag e after days (Alpha wants it; false is skipped): only 10, ruled out by Beta, is an open end
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10, false), e: domains.flag },
      [
        lin('A', 1, 0),
        { party: 'A', issue: 'e', ideal: true },
        lin('B', 0.2, 1, { redLines: { kind: 'intervals', intervals: [{ min: 10, max: 10 }] } }),
      ],
    )
    const x = insideOf(n)
    expect(x.open.map((o) => o.value)).toEqual([10])
    close(x.open[0]!.utilities, [0.5, 1])
  })

  it('refuses, rather than fails, when the ranges would exceed maxPackages', () => {
    // three critical values scored, two ranges more: four packages are too many
    const n = twoLinear(false)
    const r = Zone.pareto(n, { maxPackages: 4 })
    expect(E.isLeft(r) && r.left[0]!._tag).toBe('too-large')
    expect(E.isLeft(r) && r.left[0]!.message).toContain('packages and ranges')
  })
})

describe('an integer quantity', () => {
  it('scores the whole numbers on either side of each optimum, and the first and last inside each range', () => {
    // as above: Nash 3.75 gives 3 and 4, KS 4.44 gives 4 (5 is critical), nearest the ideal 3.90 gives 3 and 4;
    // the whole numbers inside (0, 5) run from 1 to 4, inside (5, 10) from 6 to 9
    const n = twoLinear(true)
    const x = insideOf(n)
    expect(x.values).toEqual([1, 4, 3, 6, 9])
    close(x.utilities[0]!, [0.9, 0.6, 0.7, 0.4, 0.1])
    close(x.utilities[1]!, [0.28, 0.52, 0.44, 0.68, 0.92])
    expect(x.open).toEqual([])
    const p = ok(Zone.pareto(n))
    // products 0.7 × 0.44 = 0.308 at 3, 0.6 × 0.52 = 0.312 at 4; smallest shares 0.44 at 3, 0.52 at 4, 0.5 at 5
    expect(p.nash.outcomes.map(days)).toEqual([4])
    expect(p.kalaiSmorodinsky.outcomes.map(days)).toEqual([4])
  })
})

describe('an integer quantity, optima above the middle', () => {
  it('maps the whole numbers around an optimum back into a range that does not start at 0', () => {
    // the mirror image of the above (x → 10 - x): A 1 - 0.08x, B x/10. Nash 6.25 gives 6 and 7, KS 50/9 gives 6
    // (5 is critical), nearest the ideal 250/41 = 6.10 gives 6 and 7; the first and last inside are 1, 4 and 6, 9
    const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { days: domains.quantity(0, 10, true) }, [
      lin('A', 1, 0.2),
      lin('B', 0, 1),
    ])
    expect(insideOf(n).values).toEqual([1, 4, 6, 9, 7])
    const continuous = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10, false) },
      [lin('A', 1, 0.2), lin('B', 0, 1)],
    )
    expect(insideOf(continuous).values).toEqual([6.25, tidy(50 / 9), tidy(250 / 41)])
  })

  it('starts and ends each range at the whole numbers the reservation utilities allow', () => {
    // A needs 0.2 (x <= 8), B needs 0.36 (x >= 2): (0, 5) holds 2 to 4, (5, 10) holds 6 to 8. The Nash product
    // (0.8 - x/10)(0.08x - 0.16) rises to 5, a critical value; nearest the ideal 3.90 gives 3 and 4
    const n = twoLinear(true, {
      A: { name: 'Alpha', reservation: 0.2 },
      B: { name: 'Beta', reservation: 0.36 },
    })
    const x = insideOf(n)
    expect(x.values).toEqual([2, 4, 3, 6, 8])
    close(x.utilities[0]!, [0.8, 0.6, 0.7, 0.4, 0.2])
    // products 0.064 at 4 and 6, 0.072 at 5
    expect(ok(Zone.pareto(n)).nash.outcomes.map(days)).toEqual([5])
  })
})

describe('three parties', () => {
  it('scores a crossing of two lines only where it is the best smallest share', () => {
    // A: 1 - x/10, B: 0.2 + 0.08x, C: x/10. A and B cross at 40/9, but C is lower there, and on (0, 5) the smallest
    // share is C's, rising to 5: nothing is scored there. On (5, 10): the Nash product 20x + 6x² - 0.8x³ (times a
    // constant) peaks at (5 + √(175/3))/2; the sum of (x/10)², (0.8 - 0.08x)², (1 - x/10)² is least at 205/33.
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
      { days: domains.quantity(0, 10, false) },
      [lin('A', 1, 0), lin('B', 0.2, 1), lin('C', 0, 1)],
    )
    const x = insideOf(n)
    expect(x.values).toHaveLength(2)
    expect(x.values[0]).toBeCloseTo((5 + Math.sqrt(175 / 3)) / 2, 9)
    expect(x.values[1]).toBe(tidy(205 / 33))
    const p = ok(Zone.pareto(n))
    expect(p.kalaiSmorodinsky.outcomes.map(days)).toEqual([5])
    expect(p.opposition.closest.map(days)).toEqual([tidy(205 / 33)])
  })

  it('a party at its reservation utility throughout leaves the others’ Nash point where it was', () => {
    // Gamma has no position (utility 1 everywhere) and a reservation of 1: its gain is 0 on every range
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma', reservation: 1 } },
      { days: domains.quantity(0, 10, false) },
      [lin('A', 1, 0), lin('B', 0.2, 1)],
    )
    const x = insideOf(n)
    expect(x.values).toEqual([3.75, tidy(40 / 9), tidy(160 / 41)])
  })

  it('drops the ranges a reservation utility rules out whatever the quantity, without open ends', () => {
    // Alpha cares about c only (a: 1, b: 0) and needs 0.5: every package with b is out, though Beta prefers b. With a,
    // Beta gets 0.5 - x/20 (best 0.5, at 0) and Gamma 0.2 + 0.08x: the shares 1 - x/10 and 0.2 + 0.08x are as above
    // (Nash 3.75, KS 40/9; Alpha's share is 1 throughout, its gain constant); nearest the ideal minimises
    // (0.5 + x/20)² + (0.8 - 0.08x)², at 0.078 / 0.0178 = 390/89
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
      { days: domains.quantity(0, 10, false), c: domains.choice('a', 'b') },
      [
        { party: 'A', issue: 'c', valuation: { kind: 'scores', scores: { a: 1, b: 0 } } },
        lin('B', 1, 0),
        { party: 'B', issue: 'c', valuation: { kind: 'scores', scores: { a: 0, b: 1 } } },
        lin('C', 0.2, 1),
      ],
    )
    const x = insideOf(n)
    expect(x.values).toEqual([3.75, tidy(40 / 9), tidy(390 / 89)])
    expect(x.open).toEqual([])
    const p = ok(Zone.pareto(n))
    expect(p.kalaiSmorodinsky.outcomes.map((o) => o.package)).toEqual([{ c: 'a', days: tidy(40 / 9) }])
    expect(p.kalaiSmorodinsky.supremum).toBeUndefined()
    expect(p.best['B' as PartyId]).toBe(0.5)
  })
})

describe('the quantity searched inside its ranges', () => {
  it('is the one exact quantity on which some allowed range changes some party’s score', () => {
    const parties = { A: { name: 'Alpha' }, B: { name: 'Beta' } }
    const days = domains.quantity(0, 10, false)
    const linear = [lin('A', 1, 0), lin('B', 0.2, 1)]
    expect(axisOf(doc(parties, { days }, linear))).toBe('days')
    // nobody scores hours
    expect(axisOf(doc(parties, { days, hours: domains.quantity(0, 10, false) }, linear))).toBe('days')
    // hours 0 to 1 in whole numbers: its range holds none
    expect(
      axisOf(
        doc(parties, { days, hours: domains.quantity(0, 1, true) }, [
          ...linear,
          { party: 'A', issue: 'hours', ideal: 0 },
        ]),
      ),
    ).toBe('days')
    // only the values 0 and 5 of hours are acceptable: no range of it is allowed
    expect(
      axisOf(
        doc(parties, { days, hours: domains.quantity(0, 10, true) }, [
          ...linear,
          {
            party: 'A',
            issue: 'hours',
            ideal: 0,
            acceptable: {
              kind: 'intervals',
              intervals: [
                { min: 0, max: 0 },
                { min: 5, max: 5 },
              ],
            },
          },
        ]),
      ),
    ).toBe('days')
    // both scored: several, none searched
    expect(
      axisOf(
        doc(parties, { days, hours: domains.quantity(0, 10, false) }, [
          ...linear,
          { party: 'A', issue: 'hours', ideal: 0 },
        ]),
      ),
    ).toBeUndefined()
    // none
    expect(axisOf(doc(parties, { days }, []))).toBe(-1)
  })
})

/**
 * `Zone.pareto` leaves off the frontier a package that an acceptable package with a quantity handled exactly
 * strictly between two critical values beats. Worked out by hand: which packages a point inside a range (or, with two
 * such quantities, inside a box of them) beats, when the only such points lie between whole numbers (then nothing
 * beats the package), when the search among whole numbers stops short (the package is kept and counted), which
 * quantities are checked at all, and the refusal when the boxes to compare with are more than `maxPackages`.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains } from './docs'

/** A party's score on `issue`, linear from `a` at 0 to `b` at `max`. */
const linear = (party: string, issue: string, a: number, b: number, max = 10) => ({
  party,
  issue,
  valuation: {
    kind: 'linear',
    points: [
      { at: 0, score: a },
      { at: max, score: b },
    ],
  },
})

/** A party's scores on the choice `c` between `a` and `b`. */
const scores = (party: string, a: number, b: number) => ({
  party,
  issue: 'c',
  valuation: { kind: 'scores', scores: { a, b } },
})

/** The listed packages, each as its values in issue order joined by a space. */
const listed = (p: Zone.Pareto): string[] =>
  p.frontier.map((o) => p.issues.map((i) => String(o.package[i])).join(' '))

/**
 * Alpha wants many days (0 to 100), Beta few; Alpha prefers option a, Beta option b. Against (a, 0 days), Alpha
 * needs at least `from` days with b and Beta at most `to`: the packages of b with days in [from, to] beat it.
 */
const oneQuantity = (integer: boolean, from: number, to: number): Negotiation =>
  doc(
    { A: { name: 'Alpha' }, B: { name: 'Beta' } },
    { c: domains.choice('a', 'b'), days: domains.quantity(0, 100, integer) },
    [
      { party: 'A', issue: 'days', ideal: 100 },
      { party: 'B', issue: 'days', ideal: 0 },
      scores('A', 0.2 + from / 100, 0.2),
      scores('B', 0.2, 0.2 + to / 100),
    ],
  )

/**
 * Three parties, days and hours from 0 to 10: Alpha wants few hours, Beta few days, Gamma many of both. Against
 * (a, 10 days, 0 hours), with b: Gamma needs days + hours of at least `sum`, Beta days of at most `days`, Alpha hours
 * of at most `hours`: a triangle strictly inside the box, so only a package with both quantities between critical
 * values beats it.
 */
const triangle = (integer: boolean, sum: number, days: number, hours: number): Negotiation =>
  doc(
    { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
    {
      c: domains.choice('a', 'b'),
      days: domains.quantity(0, 10, integer),
      hours: domains.quantity(0, 10, integer),
    },
    [
      linear('A', 'hours', 1, 0),
      scores('A', 0.2, 0.2 + hours / 10),
      linear('B', 'days', 1, 0),
      scores('B', 0.9, 0.9 + days / 10 - 1),
      linear('C', 'days', 0, 1),
      linear('C', 'hours', 0, 1),
      scores('C', 0.6, 1.6 - sum / 10),
    ],
  )

/**
 * Alpha gains as days - hours grows (0 to `max` each), Beta as it falls; b is worth a little more to the two
 * together. Against a package of a, the packages of b that beat it have days - hours in [from, to] more than it.
 */
const diagonal = (max: number, from: number, to: number): Negotiation =>
  doc(
    { A: { name: 'Alpha' }, B: { name: 'Beta' } },
    {
      c: domains.choice('a', 'b'),
      days: domains.quantity(0, max, true),
      hours: domains.quantity(0, max, true),
    },
    [
      linear('A', 'days', 0, 1, max),
      linear('A', 'hours', 1, 0, max),
      scores('A', 0.5, 0.5 - from / max),
      linear('B', 'days', 1, 0, max),
      linear('B', 'hours', 0, 1, max),
      scores('B', 0.5, 0.5 + to / max),
    ],
  )

/**
 * Two whole-number quantities: days as in `oneQuantity` (b with 33 days beats (a, 0 days)), and hours from 0 to 10
 * that both want at 0.
 */
const fewHours = (): Negotiation =>
  doc(
    { A: { name: 'Alpha' }, B: { name: 'Beta' } },
    {
      c: domains.choice('a', 'b'),
      days: domains.quantity(0, 100, true),
      hours: domains.quantity(0, 10, true),
    },
    [
      { party: 'A', issue: 'days', ideal: 100 },
      { party: 'B', issue: 'days', ideal: 0 },
      scores('A', 0.2 + 32.34 / 100, 0.2),
      scores('B', 0.2, 0.2 + 33.68 / 100),
      { party: 'A', issue: 'hours', ideal: 0 },
      { party: 'B', issue: 'hours', ideal: 0 },
    ],
  )

const LEFT_OFF_ONE_OR_OTHER =
  'a package with DAYS or HOURS strictly between two critical values is better for some party and worse for none.'

const COMPARED =
  'Every package listed was compared with all the packages where one or more of DAYS and HOURS lie between critical values'

describe('Zone.pareto, one quantity handled exactly: packages beaten inside a range', () => {
  it('leaves off a package that a continuous quantity inside its range beats', () => {
    // b with days in [32.34, 32.68] beats (a, 0)
    const p = ok(Zone.pareto(oneQuantity(false, 32.34, 32.68)))
    expect(listed(p)).not.toContain('a 0')
    expect(listed(p)).toEqual(['a 100', 'b 100', 'b 66.34', 'b 66.2437584421', 'b 50', 'b 0'])
    expect(p.frontierSize).toBe(6)
    expect(p.explanation).toContain(
      '6 are Pareto-efficient for Alpha and Beta. 2 packages that no other package scored beats are left off the frontier all the same: a package with DAYS strictly between two critical values is better for some party and worse for none.',
    )
  })

  it('keeps it when the quantity is whole numbers and no whole number lies where it is beaten', () => {
    // 32.34 to 32.68 holds no whole number: nothing beats (a, 0)
    const p = ok(Zone.pareto(oneQuantity(true, 32.34, 32.68)))
    expect(p.explanation).not.toContain('stopped after')
    expect(listed(p)).toContain('a 0')
    expect(p.frontierSize).toBe(18)
    expect(p.explanation).toMatch(/^Of the acceptable packages \(18 scored[^)]*\), 18 are Pareto-efficient/)
    expect(p.explanation).not.toContain('left off')
  })

  it('leaves it off when a whole number lies where it is beaten', () => {
    // 33 lies in [32.34, 33.68]
    const p = ok(Zone.pareto(oneQuantity(true, 32.34, 33.68)))
    expect(p.explanation).not.toContain('stopped after')
    expect(listed(p)).not.toContain('a 0')
    expect(p.explanation).toMatch(/ \d+ packages? that no other package scored beats (is|are) left off/)
  })
})

describe('Zone.pareto, two quantities handled exactly: packages beaten inside a box of both', () => {
  it('leaves off the packages that only a box of both continuous quantities beats', () => {
    // against (a, 10, 0): days + hours >= 11.5, days <= 6.3, hours <= 6.3; (a, 5, 0) likewise
    const p = ok(Zone.pareto(triangle(false, 11.5, 6.3, 6.3)))
    expect(listed(p)).not.toContain('a 10 0')
    expect(listed(p)).not.toContain('a 5 0')
    expect(p.frontierSize).toBe(16)
    expect(p.explanation).toContain(
      `16 are Pareto-efficient for Alpha, Beta and Gamma. 2 packages that no other package scored beats are left off the frontier all the same: ${LEFT_OFF_ONE_OR_OTHER} ${COMPARED}`,
    )
  })

  it('leaves them off with whole numbers too when a pair of whole numbers lies in the box', () => {
    // (6, 6) lies in the triangle, though none of its corners is a pair of whole numbers
    const p = ok(Zone.pareto(triangle(true, 11.5, 6.3, 6.3)))
    expect(p.explanation).not.toContain('stopped after')
    expect(listed(p)).not.toContain('a 10 0')
    expect(listed(p)).not.toContain('a 5 0')
    expect(p.frontierSize).toBe(16)
  })

  it('keeps them with whole numbers when no pair of whole numbers lies in the box', () => {
    // days <= 5.9 and hours <= 5.9 leave days + hours <= 10 in whole numbers, short of 11.5
    const p = ok(Zone.pareto(triangle(true, 11.5, 5.9, 5.9)))
    expect(listed(p)).toContain('a 10 0')
    expect(listed(p)).toContain('a 5 0')
    expect(p.frontierSize).toBe(18)
    expect(p.explanation).not.toContain('left off')
    // the same box with continuous quantities beats them
    const q = ok(Zone.pareto(triangle(false, 11.5, 5.9, 5.9)))
    expect(listed(q)).not.toContain('a 10 0')
    expect(q.frontierSize).toBeLessThan(18)
  })

  it('keeps and counts the packages whose search among whole numbers stops short', () => {
    // a strip 0.25 to 0.75 wide along the diagonal of 1000 × 1000 days and hours, with no pair of whole numbers in it
    const p = ok(Zone.pareto(diagonal(1000, 0.25, 0.75)))
    expect(p.frontierSize).toBe(18)
    expect(p.explanation).toContain(
      ' For 7 of the packages listed, the search among whole numbers of DAYS and HOURS varying together stopped after 256 branches: they are kept, though a package there may be better for some party and worse for none.',
    )
  })
})

describe('Zone.pareto, which quantities are checked', () => {
  it('checks only quantities handled exactly that have a range holding some value', () => {
    // hours of whole numbers from 0 to 1: no whole number lies strictly between; weeks has a step; c is a choice
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      {
        c: domains.choice('a', 'b'),
        days: domains.quantity(0, 10, false),
        hours: domains.quantity(0, 1, true),
        weeks: domains.quantity(0, 10, false),
      },
      [
        { party: 'A', issue: 'days', ideal: 0 },
        { party: 'B', issue: 'days', ideal: 10 },
        { party: 'A', issue: 'hours', ideal: 0 },
        { party: 'B', issue: 'hours', ideal: 1 },
        { party: 'A', issue: 'weeks', ideal: 0 },
        { party: 'B', issue: 'weeks', ideal: 10 },
        scores('A', 1, 0),
        scores('B', 0, 1),
      ],
    )
    const p = ok(Zone.pareto(n, { discretize: { weeks: 5 } }))
    expect(p.explanation).toBe(
      "Of the acceptable packages (36 scored; values another value beats for every party skipped), 36 are Pareto-efficient for Alpha and Beta. The Nash bargaining point is C = A; DAYS = 0 days; HOURS = 1 days; WEEKS = 10 days, giving Alpha 0.5 and Beta 0.5: the largest product of gains over the reservation utilities (0.25), reached by 8 packages. Opposition is 0.5: the frontier point closest to everyone's ideal (utility 1 for all) is C = A; DAYS = 0 days; HOURS = 1 days; WEEKS = 10 days, at distance 0.707 (0 means someone's best package is everyone's best).",
    )
  })

  it('does not check a quantity whose every range is ruled out', () => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { days: domains.quantity(0, 10, false), hours: domains.quantity(0, 10, false) },
      [
        { party: 'A', issue: 'days', ideal: 0 },
        { party: 'B', issue: 'days', ideal: 10 },
        {
          party: 'A',
          issue: 'hours',
          ideal: 0,
          acceptable: {
            kind: 'intervals',
            intervals: [
              { min: 0, max: 0 },
              { min: 10, max: 10 },
            ],
          },
        },
        { party: 'B', issue: 'hours', ideal: 10 },
      ],
    )
    const p = ok(Zone.pareto(n))
    expect(p.explanation).not.toContain('Every package listed was compared')
  })
})

describe('Zone.pareto, the packages a quantity beats while another stays at a critical value', () => {
  it('leaves off a package that whole days beat with hours at 0, where both want hours', () => {
    // b with 33 days and 0 hours beats (a, 0, 0); any hours inside (0, 10) costs both
    const n = fewHours()
    const p = ok(Zone.pareto(n))
    expect(listed(p)).toEqual(['a 100 0', 'b 100 0', 'b 50 0', 'b 0 0'])
    expect(p.explanation).toContain(
      `2 packages that no other package scored beats are left off the frontier all the same: ${LEFT_OFF_ONE_OR_OTHER}`,
    )
  })
})

describe('Zone.pareto, the search among whole numbers inside a box of both quantities', () => {
  // whole numbers of the box (5, 10) × (5, 10) are 6 to 9: the corners of the triangle lie between them
  it('keeps the packages when no pair of whole numbers lies in the triangle', () => {
    // days <= 7.5, hours <= 7.5 leave days + hours <= 14 in whole numbers, short of 14.5
    const p = ok(Zone.pareto(triangle(true, 14.5, 7.5, 7.5)))
    expect(p.explanation).not.toContain('stopped after')
    expect(listed(p)).toContain('a 10 0')
    expect(listed(p)).toContain('a 5 0')
    expect(p.frontierSize).toBe(18)
    // the same triangle with continuous quantities beats them
    const q = ok(Zone.pareto(triangle(false, 14.5, 7.5, 7.5)))
    expect(listed(q)).not.toContain('a 10 0')
    expect(listed(q)).not.toContain('a 5 0')
    expect(q.frontierSize).toBe(16)
  })

  it('leaves them off when branching finds the pair of whole numbers in the triangle', () => {
    // days <= 8, hours <= 7.3, days + hours >= 14.5: only (8, 7)
    const p = ok(Zone.pareto(triangle(true, 14.5, 8, 7.3)))
    expect(p.explanation).not.toContain('stopped after')
    expect(listed(p)).not.toContain('a 10 0')
    expect(listed(p)).not.toContain('a 5 0')
    expect(p.frontierSize).toBe(16)
  })
})

describe('Zone.pareto, how many packages and boxes it compares', () => {
  it('counts the boxes compared with against maxPackages', () => {
    // 18 packages scored and 32 boxes: 8 with both quantities between critical values, 12 with each alone
    const n = triangle(false, 11.5, 6.3, 6.3)
    const r = Zone.pareto(n, { maxPackages: 49 })
    expect(r).toEqual(
      E.left([
        {
          _tag: 'too-large',
          message:
            'more than 49 packages and ranges are acceptable; narrow the issues with `issues`, discretise quantities more coarsely, or raise `maxPackages`',
        },
      ]),
    )
    expect(ok(Zone.pareto(n, { maxPackages: 50 })).frontierSize).toBe(16)
    // 6 packages scored and 24 boxes: hours at 10 is worse for both than at 0 and gives no boxes
    const m = fewHours()
    expect(E.isLeft(Zone.pareto(m, { maxPackages: 29 }))).toBe(true)
    expect(ok(Zone.pareto(m, { maxPackages: 30 })).frontierSize).toBe(4)
  })

  it('compares nothing when no package at critical values is acceptable', () => {
    // Alpha needs days >= 2, Beta days <= 3: none of the critical values 0, 5 and 10
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.6 }, B: { name: 'Beta', reservation: 0.85 } },
      { days: domains.quantity(0, 10, false), hours: domains.quantity(0, 10, false) },
      [
        { party: 'A', issue: 'days', ideal: 10 },
        { party: 'B', issue: 'days', ideal: 0 },
        { party: 'A', issue: 'hours', ideal: 10 },
        { party: 'B', issue: 'hours', ideal: 10 },
      ],
    )
    const p = ok(Zone.pareto(n, { maxPackages: 1 }))
    expect([p.scored, p.frontierSize]).toEqual([0, 0])
    // yet days 2.5 with hours 10 gives Alpha 0.625 and Beta 0.875, above both reservation utilities: the text says
    // what was scored, not that nothing is acceptable
    expect(p.explanation).toBe(
      'No package with DAYS and HOURS at critical values is acceptable to every principal (Alpha and Beta), so there is no frontier; a package with DAYS or HOURS between critical values may be (where a reservation utility cuts a range): give all but one of them a step in `discretize` to score those packages.',
    )
    expect(p.nash.explanation).toBe(
      'No package with DAYS and HOURS at critical values is acceptable to every principal, so there is no Nash bargaining point.',
    )
    expect(p.opposition.explanation).toBe(
      'With no acceptable package scored there is no frontier to measure opposition on.',
    )
    // as the text says: with a step for days, days 2.5 is scored and found
    const stepped = ok(Zone.pareto(n, { discretize: { days: 0.5 } }))
    expect(stepped.scored).toBeGreaterThan(0)
    expect(stepped.frontier.map((o) => o.package)).toContainEqual({ days: 2.5, hours: 10 })
  })
})

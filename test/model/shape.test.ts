/**
 * The shape of a negotiation built in code, as the analyses ask it at their entry: what they cannot read is named
 * with its path; a whole negotiation has no problem. (Each analysis's own tests, in `hand-built.test.ts`, show the
 * problems as its errors.)
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   each test changes the negotiation as plain data, to make it ill-formed */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import { isDate, negotiationShape, shown } from '../../src/model/shape'
import { base, deepFreeze, withChange } from '../hand-built'

const problems = (n: unknown): string[] => negotiationShape(n).map((p) => `${p.at}: ${p.message}`)

describe('negotiationShape', () => {
  it('finds nothing in a whole negotiation', () => {
    expect(problems(deepFreeze(base()) as Negotiation)).toEqual([])
  })

  it('refuses what is not an object at all', () => {
    expect([problems(null), problems([])]).toEqual([
      [': the negotiation is `null`, not a document; load it with Load.decode'],
      [': the negotiation is a list, not a document; load it with Load.decode'],
    ])
  })

  it('wants real dates, a known role, and positions of known parties on known issues', () => {
    expect(
      problems(
        withChange((n) => {
          n.asOf = '2025-1-1'
          n.parties.M.role = 'principle'
          n.positions[0].party = 'Z'
          n.positions[1].issue = 'nope'
          n.positions[2].asOf = 20250101
          n.proposals.d1.date = '2025-02-30'
          n.events[0].expires = 'later'
        }),
      ),
    ).toEqual([
      "asOf: the negotiation's `asOf` is `2025-1-1`, not a date; write it YYYY-MM-DD",
      'parties.M.role: party `M` (parties.M.role): its role is `principle`; a role is principal, mediator, guarantor or observer',
      'proposals.d1.date: proposal `d1` (proposals.d1.date): `date` is `2025-02-30`, not a date; write it YYYY-MM-DD',
      "positions[0].party: position `p1` (positions[0].party): the party `Z` is not in the negotiation's `parties`; name one of them, or add it",
      "positions[1].issue: position `p2` (positions[1].issue): the issue `nope` is not in the negotiation's `issues`; name one of them, or add it",
      'positions[2].asOf: position `p3` (positions[2].asOf): `asOf` is `20250101`, not a date; write it YYYY-MM-DD',
      'events[0].expires: event `e1` (events[0].expires): `expires` is `later`, not a date; write it YYYY-MM-DD',
    ])
  })

  it('names a range that holds nothing, which would be read as accepting nothing, and a priority not from 0 to 1', () => {
    expect(
      problems(
        withChange((n) => {
          n.positions[4].acceptable.intervals[0] = { min: 100, max: 50 }
          n.positions[5].acceptable.intervals.push({ min: 10, max: 10, minOpen: true })
          n.positions[7].redLines.any[0] = { include: ['gas'], minSize: 3, maxSize: 1 }
          n.positions[0].priority = Number.NaN
          n.positions[1].priority = 1.5
          n.positions[2].reservation = '0.5'
          n.proposals.d2.conditions = [
            { kind: 'value', issue: 'army', in: { kind: 'intervals', intervals: [{ min: 9, max: 1 }] } },
          ]
        }),
      ),
    ).toEqual([
      'proposals.d2.conditions[0].in.intervals[0]: proposal `d2` (proposals.d2.conditions[0].in.intervals[0]): the interval from 9 to 1 is empty: its min is above its max; swap them',
      'positions[0].priority: position `p1` (positions[0].priority): `priority` is `NaN`, not a number from 0 to 1; give one, or leave `priority` out',
      'positions[1].priority: position `p2` (positions[1].priority): `priority` is `1.5`, not a number from 0 to 1; give one, or leave `priority` out',
      'positions[2].reservation: position `p3` (positions[2].reservation): `reservation` is `0.5`, not a number from 0 to 1; give one, or leave `reservation` out',
      'positions[4].acceptable.intervals[0]: position `p5` (positions[4].acceptable.intervals[0]): the interval from 100 to 50 is empty: its min is above its max; swap them',
      'positions[5].acceptable.intervals[1]: position `p6` (positions[5].acceptable.intervals[1]): the interval at 10 with an open bound holds no number; close the bound or widen it',
      'positions[7].redLines.any[0]: position `p8` (positions[7].redLines.any[0]): its minSize 3 is above its maxSize 1, so no subset fits; swap them',
    ])
  })

  it('leaves a value set of the wrong form to each analysis, and takes a range of one number or any size', () => {
    expect(
      problems(
        withChange((n) => {
          n.positions[4].acceptable = { kind: 'intervals' }
          n.positions[5].acceptable.intervals.push({ min: 10, max: 10 })
          n.positions[7].redLines.any[0] = { include: ['gas'], minSize: 1, maxSize: 1 }
          n.positions[0].priority = 0
          n.positions[1].priority = 1
          n.positions[2].reservation = 0.5
        }),
      ),
    ).toEqual([])
  })

  it('tells what a value is', () => {
    expect([
      shown(1),
      shown(Number.POSITIVE_INFINITY),
      shown('a'),
      shown(undefined),
      shown(null),
      shown([]),
      shown({}),
    ]).toEqual(['`1`', '`Infinity`', '`a`', '`undefined`', '`null`', 'a list', 'an object'])
    expect([isDate('2025-03-11'), isDate('2025-02-29'), isDate(20250311)]).toEqual([true, false, false])
  })
})

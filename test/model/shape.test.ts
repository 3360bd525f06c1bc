/**
 * The shape of a negotiation built in code, as the analyses ask it at their entry: what they cannot read is named
 * with its path; a whole negotiation has no problem. (Each analysis's own tests, in `hand-built.test.ts`, show the
 * problems as its errors.)
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access --
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

  it('tells what a value is', () => {
    expect([shown(1), shown('a'), shown(undefined), shown(null), shown([]), shown({})]).toEqual([
      '`1`',
      '`a`',
      '`undefined`',
      '`null`',
      'a list',
      'an object',
    ])
    expect([isDate('2025-03-11'), isDate('2025-02-29'), isDate(20250311)]).toEqual([true, false, false])
  })
})

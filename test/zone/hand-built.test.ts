/**
 * The zone given a negotiation built in code that the loader would have refused: a missing collection, a `null`
 * where a record belongs, a party of no known role, a position of an unknown party or with a date that is not one,
 * conditions that are not a list. Every analysis of the zone refuses it with `bad-document` errors that say where,
 * rather than crashing or reading it wrongly (a party whose role is misspelt would otherwise not count as a
 * principal, and its red lines would be left out of the zone).
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   each test changes the negotiation as plain data, to make it ill-formed */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IsoDate, Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { base, deepFreeze, withChange } from '../hand-built'
import { ANALYSES as analyses } from './docs'

/** What every analysis says of the negotiation: the same errors from each, or a failed test. */
const refusal = (n: Negotiation): readonly string[] => {
  const all = analyses.map(([name, analyse]) => {
    const r = analyse(n)
    return E.isLeft(r) ? r.left.map((e) => `${e._tag}: ${e.message}`) : [`${name} gave a result`]
  })
  for (const r of all) expect(r).toEqual(all[0])
  return all[0] ?? []
}

describe('a negotiation built in code that the zone cannot read', () => {
  it('is read as it is when whole: the base negotiation has a zone', () => {
    for (const [, analyse] of analyses)
      expect(E.isRight(analyse(deepFreeze(base()) as Negotiation))).toBe(true)
  })

  it('names each collection that is missing or not one', () => {
    expect(
      refusal(
        withChange((n) => {
          delete n.positions
          n.events = null
          n.sources = []
        }),
      ),
    ).toEqual([
      "bad-document: the negotiation's `sources` is a list, not a record by id; write `sources: {}` when it has none",
      'bad-document: the negotiation has no `positions`; write `positions: []` when it has none (the loader fills this in; a negotiation built in code must give it)',
      "bad-document: the negotiation's `events` is `null`, not a list; write `events: []` when it has none",
    ])
    expect(refusal(withChange((n) => void delete n.proposals))).toEqual([
      'bad-document: the negotiation has no `proposals`; write `proposals: {}` when it has none (the loader fills this in; a negotiation built in code must give it)',
    ])
  })

  it('names a party whose role is not one of the four, which would otherwise not count as a principal', () => {
    expect(refusal(withChange((n) => void (n.parties.A.role = 'principle')))).toEqual([
      'bad-document: party `A` (parties.A.role): its role is `principle`; a role is principal, mediator, guarantor or observer',
    ])
  })

  it('names a position of an unknown party or issue, or whose date is not a date', () => {
    expect(
      refusal(
        withChange((n) => {
          n.positions[0].party = 'Z'
          n.positions[1].issue = 'nope'
          n.positions[2].asOf = 'yesterday'
          n.positions[3].sources = undefined
        }),
      ),
    ).toEqual([
      "bad-document: position `p1` (positions[0].party): the party `Z` is not in the negotiation's `parties`; name one of them, or add it",
      "bad-document: position `p2` (positions[1].issue): the issue `nope` is not in the negotiation's `issues`; name one of them, or add it",
      'bad-document: position `p3` (positions[2].asOf): `asOf` is `yesterday`, not a date; write it YYYY-MM-DD',
      'bad-document: position `p4` (positions[3].sources): `sources` is `undefined`, not a list of ids; list its sources (`[]` when there are none)',
    ])
  })

  it('names conditions that are not a list, or not conditions', () => {
    expect(
      refusal(
        withChange((n) => {
          n.positions[8].conditions = { kind: 'acceptance', party: 'A' }
          n.proposals.d2.conditions = [null]
        }),
      ),
    ).toEqual([
      'bad-document: proposal `d2` (proposals.d2.conditions[0]): the condition is `null`, not a condition; write the condition or leave it out',
      'bad-document: position `p9` (positions[8].conditions): `conditions` is an object, not a list; write the conditions as a list, or leave `conditions` out',
    ])
  })

  it('names a proposal term that is not a term, an event that is not an event, and bad dates in either', () => {
    expect(
      refusal(
        withChange((n) => {
          n.proposals.d1.terms.army = null
          n.proposals.d2.date = 'soon'
          n.events.push(null)
          n.events[0].date = '2025-02-30'
        }),
      ),
    ).toEqual([
      'bad-document: proposal `d1` (proposals.d1.terms.army): the term on issue `army` is `null`, not a term; write it `{ value: … }`, or leave the issue out',
      'bad-document: proposal `d2` (proposals.d2.date): `date` is `soon`, not a date; write it YYYY-MM-DD',
      'bad-document: event `e1` (events[0].date): `date` is `2025-02-30`, not a date; write it YYYY-MM-DD',
      'bad-document: the event (events[3]): it is `null`, not an event; write the event or leave it out',
    ])
  })

  it('names a range that holds nothing, which it would read as accepting nothing, and a priority that is NaN', () => {
    expect(
      refusal(
        withChange((n) => {
          n.positions[4].acceptable.intervals[0] = { min: 100, max: 50 }
          n.positions[0].priority = Number.NaN
        }),
      ),
    ).toEqual([
      'bad-document: position `p1` (positions[0].priority): `priority` is `NaN`, not a number from 0 to 1; give one, or leave `priority` out',
      'bad-document: position `p5` (positions[4].acceptable.intervals[0]): the interval from 100 to 50 is empty: its min is above its max; swap them',
    ])
  })

  it('refuses a date to read the zone at that is not a date, as a bad option', () => {
    const n = deepFreeze(base()) as Negotiation
    const expected = [{ _tag: 'bad-option', message: '`asOf` is `garbage`, not a date; write it YYYY-MM-DD' }]
    expect(Zone.perIssue(n, 'garbage' as IsoDate)).toEqual(E.left(expected))
    expect(Zone.packages(n, { asOf: 'garbage' as IsoDate })).toEqual(E.left(expected))
    expect(Zone.nearestAgreement(n, { asOf: 20250101 as unknown as IsoDate })).toEqual(
      E.left([{ _tag: 'bad-option', message: '`asOf` is `20250101`, not a date; write it YYYY-MM-DD' }]),
    )
  })
})

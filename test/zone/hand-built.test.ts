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
      'bad-document: `sources` is a list; give a record (`{}` for none)',
      'bad-document: `positions` is missing; give a list (`[]` for none)',
      'bad-document: `events` is `null`; give a list (`[]` for none)',
    ])
    expect(refusal(withChange((n) => void delete n.proposals))).toEqual([
      'bad-document: `proposals` is missing; give a record (`{}` for none)',
    ])
  })

  it('names a party whose role is not one of the four, which would otherwise not count as a principal', () => {
    expect(refusal(withChange((n) => void (n.parties.A.role = 'principle')))).toEqual([
      'bad-document: party `A` has the role `principle`; a role is principal, mediator, guarantor or observer',
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
      'bad-document: position `p1` (positions[0]) is of the party `Z`, which the negotiation does not have',
      'bad-document: position `p2` (positions[1]) is on the issue `nope`, which the negotiation does not have',
      'bad-document: position `p3` (positions[2]): `asOf` is `yesterday`, not a date; write it YYYY-MM-DD',
      'bad-document: position `p4` (positions[3]): `sources` is missing, not a list',
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
      'bad-document: position `p9` (positions[8]): `conditions` is an object, not a list',
      'bad-document: proposal `d2`: condition 1 is `null`, not a condition',
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
      'bad-document: proposal `d1`: the term on `army` is `null`, not `{ value }`',
      'bad-document: proposal `d2`: `date` is `soon`, not a date; write it YYYY-MM-DD',
      'bad-document: event `e1` (events[0]): `date` is `2025-02-30`, not a date; write it YYYY-MM-DD',
      'bad-document: events[3] is `null`, not an event',
    ])
  })

  it('refuses a date to read the zone at that is not a date, as a bad option', () => {
    const n = deepFreeze(base()) as Negotiation
    const expected = [{ _tag: 'bad-option', message: '`asOf` is `garbage`, not a date; write it YYYY-MM-DD' }]
    expect(Zone.perIssue(n, 'garbage' as IsoDate)).toEqual(E.left(expected))
    expect(Zone.packages(n, { asOf: 'garbage' as IsoDate })).toEqual(E.left(expected))
    expect(Zone.nearestAgreement(n, { asOf: 20250101 as unknown as IsoDate })).toEqual(
      E.left([{ _tag: 'bad-option', message: '`asOf` is 20250101, not a date; write it YYYY-MM-DD' }]),
    )
  })
})

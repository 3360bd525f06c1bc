/**
 * Type tests: branded ids cannot be swapped, and decoded documents carry the brands.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { IsoDate, IssueId, Negotiation, OptionId, PartyId, ProposalId } from '../src'
import { Positions } from '../src'

declare const party: PartyId
declare const issue: IssueId
declare const proposal: ProposalId
declare const option: OptionId
declare const date: IsoDate
declare const negotiation: Negotiation

describe('branded ids', () => {
  it('keeps each kind of id apart', () => {
    expectTypeOf(party).not.toEqualTypeOf(issue)
    expectTypeOf<PartyId>().not.toMatchTypeOf<IssueId>()
    expectTypeOf<IssueId>().not.toMatchTypeOf<PartyId>()
    expectTypeOf<ProposalId>().not.toMatchTypeOf<IssueId>()
    expectTypeOf<OptionId>().not.toMatchTypeOf<PartyId>()
  })

  it('is still a string to read', () => {
    expectTypeOf(party).toMatchTypeOf<string>()
    expectTypeOf(date).toMatchTypeOf<string>()
  })

  it('refuses a plain string or another id where a party id is expected', () => {
    Positions.at(negotiation, party, issue)
    // @ts-expect-error an issue id is not a party id
    Positions.at(negotiation, issue, issue)
    // @ts-expect-error a party id is not an issue id
    Positions.at(negotiation, party, party)
    // @ts-expect-error a plain string is not a party id
    Positions.at(negotiation, 'RU', issue)
    // @ts-expect-error a plain string is not a date
    Positions.at(negotiation, party, issue, '2025-06-02')
  })

  it('brands the keys and references of a decoded document', () => {
    expectTypeOf(negotiation.positions[0]!.party).toEqualTypeOf<PartyId>()
    expectTypeOf(negotiation.positions[0]!.issue).toEqualTypeOf<IssueId>()
    expectTypeOf(negotiation.positions[0]!.asOf).toEqualTypeOf<IsoDate>()
    expectTypeOf<keyof Negotiation['parties']>().toEqualTypeOf<PartyId>()
  })
})

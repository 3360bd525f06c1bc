import { either as E, option as O } from 'fp-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { Event, IsoDate, IssueId, PartyId, ProposalId } from '../../src'
import { Ledger } from '../../src'

declare const ledger: Ledger.Ledger
declare const event: Event
declare const date: IsoDate
declare const party: PartyId
declare const proposal: ProposalId
declare const term: IssueId

describe('Ledger types', () => {
  it('answers data-first and data-last with the same types', () => {
    expectTypeOf(Ledger.stateAt(ledger, date)).toEqualTypeOf<Ledger.State>()
    expectTypeOf(Ledger.stateAt(date)).toEqualTypeOf<(l: Ledger.Ledger) => Ledger.State>()
    expectTypeOf(Ledger.statusAt(ledger, party, proposal, term, date)).toEqualTypeOf<
      E.Either<ReadonlyArray<Ledger.LedgerError>, Ledger.Status>
    >()
    expectTypeOf(Ledger.statusAt(party, proposal, term, date)).returns.toEqualTypeOf<
      E.Either<ReadonlyArray<Ledger.LedgerError>, Ledger.Status>
    >()
    expectTypeOf(Ledger.brokenCommitments(ledger)).toEqualTypeOf<ReadonlyArray<Ledger.BrokenCommitment>>()
    expectTypeOf(Ledger.brokenCommitments()).returns.toEqualTypeOf<ReadonlyArray<Ledger.BrokenCommitment>>()
    expectTypeOf(Ledger.append(event)).returns.toEqualTypeOf<
      E.Either<ReadonlyArray<Ledger.LedgerError>, Ledger.Appended>
    >()
    expectTypeOf(Ledger.event(ledger, event.id)).toEqualTypeOf<O.Option<Event>>()
  })

  it('narrows a status by its kind', () => {
    const s = {} as Ledger.Status
    if (s.status === 'violated') {
      expectTypeOf(s.allegedBy).toEqualTypeOf<ReadonlyArray<PartyId>>()
      expectTypeOf(s.commitment.status).toEqualTypeOf<Ledger.StatusKind>()
    }
    if (s.status === 'conditionally-accepted') expectTypeOf(s.conditions).items.toHaveProperty('kind')
    // @ts-expect-error an unknown status has no start date
    if (s.status === 'unknown') void s.since
  })

  it('keeps ids apart and results read-only', () => {
    // @ts-expect-error a proposal id is not a party id
    Ledger.statusAt(ledger, proposal, proposal, term, date)
    const state = Ledger.stateAt(ledger, date)
    // @ts-expect-error the state is read-only
    state.RU = {}
  })
})

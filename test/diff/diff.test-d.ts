import type { either as E } from 'fp-ts'
import { describe, expectTypeOf, it } from 'vitest'
import { Diff, type Negotiation, type Proposal } from '../../src'

declare const negotiation: Negotiation
declare const proposal: Proposal

describe('Diff call styles', () => {
  it('proposals: data-first returns the result, data-last a function of the negotiation', () => {
    expectTypeOf(Diff.proposals(negotiation, 'a', 'b')).toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.ProposalDiff>
    >()
    expectTypeOf(Diff.proposals(negotiation, proposal, 'b', { carryOver: true })).toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.ProposalDiff>
    >()
    expectTypeOf(Diff.proposals('a', 'b')).toEqualTypeOf<
      (n: Negotiation) => E.Either<readonly Diff.DiffProblem[], Diff.ProposalDiff>
    >()
    // @ts-expect-error a mapping sends issue ids to issue ids
    Diff.proposals(negotiation, 'a', 'b', { mapping: { x: 1 } })
    // @ts-expect-error unknown option
    Diff.proposals(negotiation, 'a', 'b', { colour: 'red' })
  })

  it('positions, concessions, lineage and context take the negotiation first or last', () => {
    expectTypeOf(Diff.positions(negotiation, 'UA', '2025-01-01', '2025-12-31')).toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.PositionDiff>
    >()
    expectTypeOf(Diff.positions('UA', '2025-01-01', '2025-12-31', 'nato')).returns.toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.PositionDiff>
    >()
    expectTypeOf(Diff.concessions('UA')).returns.toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], readonly Diff.ConcessionStep[]>
    >()
    expectTypeOf(Diff.lineage(negotiation, 'p')).toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.Lineage>
    >()
    expectTypeOf(Diff.context('2025-11-23')).returns.toEqualTypeOf<
      E.Either<readonly Diff.DiffProblem[], Diff.DiffContext>
    >()
  })

  it('patches: data-first and data-last', () => {
    expectTypeOf(Diff.jsonPatch(proposal, proposal)).toEqualTypeOf<Diff.JsonPatch>()
    expectTypeOf(Diff.jsonPatch(proposal)).toEqualTypeOf<(a: Proposal) => Diff.JsonPatch>()
    expectTypeOf(Diff.applyPatch([])).returns.toEqualTypeOf<E.Either<readonly Diff.DiffProblem[], Proposal>>()
    // @ts-expect-error a patch is a list of operations
    Diff.applyPatch(proposal, { op: 'add' })
  })

  it('results are deeply readonly', () => {
    expectTypeOf<Diff.ProposalDiff['terms']>().toEqualTypeOf<readonly Diff.TermChange[]>()
    const d = {} as Diff.ProposalDiff
    // @ts-expect-error results cannot be mutated
    d.terms[0]!.status = 'added'
  })
})

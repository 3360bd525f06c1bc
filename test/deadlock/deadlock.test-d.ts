import type { either as E } from 'fp-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type * as Deadlock from '../../src/deadlock'
import type { IsoDate, Negotiation, PartyId } from '../../src/model'

declare const deadlock: typeof Deadlock
declare const n: Negotiation
declare const date: IsoDate

type Result<F> = E.Either<readonly Deadlock.DeadlockError[], readonly F[]>

describe('Deadlock types', () => {
  it('detectors work data-first and data-last, each typed by its kind', () => {
    expectTypeOf(deadlock.detect(n)).toEqualTypeOf<Result<Deadlock.Finding>>()
    expectTypeOf(deadlock.detect({ asOf: date })).toEqualTypeOf<
      (negotiation: Negotiation) => Result<Deadlock.Finding>
    >()
    expectTypeOf(deadlock.clashes(n)).toEqualTypeOf<Result<Deadlock.RedLineClash>>()
    expectTypeOf(deadlock.infeasibilities(n)).toEqualTypeOf<Result<Deadlock.PackageInfeasibility>>()
    expectTypeOf(deadlock.cycles(n)).toEqualTypeOf<Result<Deadlock.SequencingCycle>>()
    expectTypeOf(deadlock.stalemates(n)).toEqualTypeOf<Result<Deadlock.Stalemate>>()
    expectTypeOf(deadlock.oscillations(n)).toEqualTypeOf<Result<Deadlock.Oscillation>>()
    expectTypeOf(deadlock.brokenCommitments(n)).toEqualTypeOf<Result<Deadlock.BrokenCommitment>>()
    expectTypeOf(deadlock.timeline(n)).toEqualTypeOf<
      E.Either<readonly Deadlock.DeadlockError[], Deadlock.Timeline>
    >()
  })

  it('findings narrow by kind', () => {
    const f = {} as Deadlock.Finding
    if (f.kind === 'package-infeasibility')
      expectTypeOf(f.conflict).toEqualTypeOf<readonly Deadlock.Constraint[]>()
    if (f.kind === 'sequencing-cycle') expectTypeOf(f.steps).toEqualTypeOf<readonly Deadlock.Step[]>()
    expectTypeOf(f.parties).toEqualTypeOf<readonly PartyId[]>()
  })

  it('rejects misuse', () => {
    // @ts-expect-error: a date is an IsoDate, not any string
    deadlock.detect(n, { asOf: '2025-01-01' })
    // @ts-expect-error: kinds are the known ones
    deadlock.detect(n, { kinds: ['deadlock'] })
    // @ts-expect-error: parties are party ids
    deadlock.detect(n, { parties: [1] })
    const f = {} as Deadlock.Finding
    // @ts-expect-error: findings are readonly
    f.since = date
  })
})

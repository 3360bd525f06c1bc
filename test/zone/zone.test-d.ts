import type { either as E } from 'fp-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { IssueId, Negotiation } from '../../src'
import * as GeniusWeb from '../../src/interop/geniusweb'
import * as Zone from '../../src/zone'

declare const n: Negotiation
declare const d: GeniusWeb.GeniusWebDomain
declare const ps: readonly GeniusWeb.GeniusWebProfile[]

describe('Zone types', () => {
  it('data-first returns the result, data-last a function of the negotiation', () => {
    expectTypeOf(Zone.packages(n)).toEqualTypeOf<E.Either<readonly Zone.ZoneError[], Zone.PackageZone>>()
    expectTypeOf(Zone.packages({ limit: 2 })).toEqualTypeOf<
      (negotiation: Negotiation) => E.Either<readonly Zone.ZoneError[], Zone.PackageZone>
    >()
    expectTypeOf(Zone.pareto(n, { discretize: { days: 5 } })).toEqualTypeOf<
      E.Either<readonly Zone.ZoneError[], Zone.Pareto>
    >()
    expectTypeOf(Zone.enumerate(n)).toEqualTypeOf<
      E.Either<readonly Zone.ZoneError[], Iterable<Zone.Package>>
    >()
    expectTypeOf(Zone.nearestAgreement(n)).toEqualTypeOf<
      E.Either<readonly Zone.ZoneError[], Zone.NearestAgreement>
    >()
    expectTypeOf(Zone.perIssue()).toEqualTypeOf<
      (negotiation: Negotiation) => E.Either<readonly Zone.ZoneError[], Zone.PerIssueZone>
    >()
  })

  it('options are checked', () => {
    // @ts-expect-error issues are issue ids, not numbers
    Zone.packages(n, { issues: [1] })
    // @ts-expect-error a step is a number
    Zone.pareto(n, { discretize: { days: 'five' } })
    Zone.packages(n, { issues: ['days' as IssueId] })
  })

  it('results are deeply readonly', () => {
    const z = {} as Zone.PackageZone
    // @ts-expect-error readonly
    z.count = '3'
    const p = {} as Zone.Pareto
    // @ts-expect-error readonly
    p.frontier = []
  })

  it('GeniusWeb: data-first and data-last', () => {
    expectTypeOf(GeniusWeb.toNegotiation(d, ps)).toEqualTypeOf<
      E.Either<readonly GeniusWeb.GeniusWebProblem[], Negotiation>
    >()
    expectTypeOf(GeniusWeb.toNegotiation(ps)).toEqualTypeOf<
      (domain: GeniusWeb.GeniusWebDomain) => E.Either<readonly GeniusWeb.GeniusWebProblem[], Negotiation>
    >()
    expectTypeOf(GeniusWeb.fromNegotiation(n)).toEqualTypeOf<
      E.Either<readonly GeniusWeb.GeniusWebProblem[], GeniusWeb.GeniusWebScenario>
    >()
  })
})

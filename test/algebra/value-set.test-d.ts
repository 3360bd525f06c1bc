import type { either as E, option as O } from 'fp-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type * as Utility from '../../src/algebra/utility'
import type * as Values from '../../src/algebra/value-set'
import type * as Positions from '../../src/model/positions'
import type {
  ChoiceDomain,
  Domain,
  IntervalSet,
  IssueId,
  Negotiation,
  OptionId,
  OptionSet,
  PartyId,
  QuantityDomain,
  SubsetDomain,
  ValueSet,
} from '../../src/model'

declare const values: typeof Values
declare const utility: typeof Utility
declare const positions: typeof Positions
declare const choice: ChoiceDomain
declare const quantity: QuantityDomain
declare const subset: SubsetDomain
declare const anyDomain: Domain
declare const options: OptionSet
declare const intervals: IntervalSet
declare const n: Negotiation

describe('Values types', () => {
  it('ties the set and value kinds to the domain kind', () => {
    expectTypeOf(values.intersect(choice, options, options)).toEqualTypeOf<
      E.Either<Values.AlgebraError, OptionSet>
    >()
    expectTypeOf(values.complement(quantity, intervals)).toEqualTypeOf<
      E.Either<Values.AlgebraError, IntervalSet>
    >()
    expectTypeOf(values.enumerate(subset)).returns.toEqualTypeOf<
      E.Either<Values.AlgebraError, readonly (readonly OptionId[])[]>
    >()
    expectTypeOf(values.sample(quantity, intervals)).toEqualTypeOf<
      E.Either<Values.AlgebraError, O.Option<number>>
    >()
    // a domain known only as Domain takes any value set
    expectTypeOf(values.union(anyDomain, options, intervals)).toEqualTypeOf<
      E.Either<Values.AlgebraError, ValueSet>
    >()
  })

  it('rejects a set or a value of the wrong kind when the domain kind is known', () => {
    // @ts-expect-error an intervals set for a choice
    values.intersect(choice, intervals, options)
    // @ts-expect-error a number for a choice
    values.contains(choice, options, 3)
    // @ts-expect-error an option id for a quantity
    values.distance(quantity, 'member' as OptionId, 3)
  })

  it('has a data-last form that returns a function of the set', () => {
    expectTypeOf(values.intersect(quantity, intervals)).toEqualTypeOf<
      (a: IntervalSet) => E.Either<Values.AlgebraError, IntervalSet>
    >()
    expectTypeOf(values.isValueOf(quantity)).toEqualTypeOf<(value: unknown) => value is number>()
  })
})

describe('Utility and Positions types', () => {
  it('returns every problem as a list', () => {
    expectTypeOf(utility.utility(n, 'UA' as PartyId, {})).toEqualTypeOf<
      E.Either<readonly Values.AlgebraError[], Utility.UtilityReport>
    >()
    expectTypeOf(utility.compile('UA' as PartyId)).returns.toEqualTypeOf<
      E.Either<readonly Values.AlgebraError[], Utility.Compiled>
    >()
  })

  it('answers a stance as an Option', () => {
    expectTypeOf(positions.at(n, 'UA' as PartyId, 'nato' as IssueId)).toEqualTypeOf<
      O.Option<Positions.Stance>
    >()
    // @ts-expect-error an issue id where a party id is expected
    positions.at(n, 'nato' as IssueId, 'nato' as IssueId)
  })
})

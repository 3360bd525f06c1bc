import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, IntervalSet, ValueSet } from '../../src/model'
import { frozen, ids, ok } from './arbitraries'

const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 90 }) as Domain
const guarantors = frozen({
  kind: 'subset',
  universe: ['US', 'UK', 'FR'].map((id) => ({ id, label: id })),
}) as unknown as Domain
const venue = frozen({
  kind: 'choice',
  options: ['geneva', 'istanbul'].map((id) => ({ id, label: id })),
}) as unknown as Domain
const span = frozen({ kind: 'intervals', intervals: [{ min: 0, max: 10 }] }) as IntervalSet

const tagOf = <A>(r: E.Either<{ _tag: string }, A>): string | undefined =>
  E.isLeft(r) ? r.left._tag : undefined
const messageOf = <A>(r: E.Either<{ message: string }, A>): string | undefined =>
  E.isLeft(r) ? r.left.message : undefined

describe('Values.valueEquals on subsets', () => {
  it('tells apart subsets of the same size with different elements', () => {
    expect(Values.valueEquals(guarantors, ids('US'), ids('UK'))).toBe(false)
    expect(Values.valueEquals(guarantors, ids('US', 'UK'), ids('UK', 'US'))).toBe(true)
  })
})

describe('Values.direction and Values.steps on domains without an order', () => {
  it('says why an unordered choice has no direction', () => {
    expect(messageOf(Values.direction(venue, ids('geneva')[0]!, ids('istanbul')[0]!))).toBe(
      'the issue is a choice among geneva, istanbul, which has no order; direction and steps need an ordered choice or a quantity',
    )
  })

  it('counts no steps on a quantity, and says to use direction and distance', () => {
    const r = Values.steps(days, 10, 20)
    expect(tagOf(r)).toBe('unordered')
    expect(messageOf(r)).toContain('steps are counted between the options of an ordered choice')
    expect(messageOf(r)).toContain('use direction and distance')
  })
})

describe('the algebra on what is not a domain or not a value set', () => {
  it('answers with an error, not a crash, for a missing or unknown domain', () => {
    expect(tagOf(Values.all(null as unknown as Domain))).toBe('kind-mismatch')
    const ranking = { kind: 'ranking' } as unknown as Domain
    expect(tagOf(Values.size(ranking, span as never))).toBe('kind-mismatch')
    expect(messageOf(Values.size(ranking, span as never))).toContain('is not a domain')
    expect(tagOf(Values.distance(ranking, 1 as never, 2 as never))).toBe('kind-mismatch')
  })

  it('rejects a domain whose kind is not a string', () => {
    const listed = { kind: ['quantity'], unit: 'days', min: 0, max: 90 } as unknown as Domain
    expect(tagOf(Values.all(listed))).toBe('kind-mismatch')
  })

  it('calls a set without a kind malformed', () => {
    expect(tagOf(Values.size(days, {} as ValueSet))).toBe('malformed-set')
  })

  it('still works on a well-formed set', () => {
    expect(ok(Values.size(days, span))).toBe(10)
  })
})

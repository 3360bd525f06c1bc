import { describe, expectTypeOf, it } from 'vitest'
import type { either as E } from 'fp-ts'
import type { Negotiation, Option } from '../src/model'
import * as Issues from '../src/model/builders'

const donetsk = { region: 'donetsk', label: 'Donetsk', holder: 'Ukraine', claimant: 'Russia' } as const

describe('Issues (types)', () => {
  it('territory keys are composed from the prefix, the region and the aspects', () => {
    expectTypeOf(Issues.territory(donetsk)).toEqualTypeOf<{
      readonly 'territory.donetsk.control': Issues.ChoiceIssue
      readonly 'territory.donetsk.recognition': Issues.ChoiceIssue
    }>()
    expectTypeOf(Issues.territory({ ...donetsk, prefix: 'land', aspects: ['recognition'] })).toEqualTypeOf<{
      readonly 'land.donetsk.recognition': Issues.ChoiceIssue
    }>()
  })

  it('alliance membership is keyed by <prefix>.<alliance>, or by the id given', () => {
    const alliance = { id: 'nato', label: 'NATO' } as const
    expectTypeOf(Issues.allianceMembership({ alliance, candidate: 'Ukraine' })).toEqualTypeOf<{
      readonly 'alliance.nato': Issues.ChoiceIssue
    }>()
    expectTypeOf(Issues.allianceMembership({ alliance, candidate: 'Ukraine', id: 'nato' })).toEqualTypeOf<{
      readonly nato: Issues.ChoiceIssue
    }>()
  })

  it('sanctions are keyed per regime, with timing and snapback when switched on', () => {
    const s = Issues.sanctions({
      regimes: [
        { id: 'eu', label: 'EU' },
        { id: 'us', label: 'US' },
      ],
      timing: true,
    })
    expectTypeOf(s).toEqualTypeOf<{
      readonly 'sanctions.eu': Issues.ChoiceIssue
      readonly 'sanctions.us': Issues.ChoiceIssue
      readonly 'sanctions.timing': Issues.ChoiceIssue
    }>()
    const maybe: boolean = Math.random() > 0.5
    expectTypeOf(Issues.sanctions({ regimes: [{ id: 'eu', label: 'EU' }], snapback: maybe })).toEqualTypeOf<{
      readonly 'sanctions.eu': Issues.ChoiceIssue
      readonly 'sanctions.snapback'?: Issues.FlagIssue
    }>()
  })

  it('guarantees and ceasefire give each issue its domain type', () => {
    const g = Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors: [{ id: 'us', label: 'US' }] })
    expectTypeOf(g['guarantees.guarantors']).toEqualTypeOf<Issues.SubsetIssue>()
    expectTypeOf(g['guarantees.foreign-troops']).toEqualTypeOf<Issues.ChoiceIssue>()
    expectTypeOf(g).toHaveProperty('guarantees.strength')
    const c = Issues.ceasefire({ prefix: 'truce' })
    expectTypeOf(c['truce.duration']).toEqualTypeOf<Issues.QuantityIssue>()
    expectTypeOf(c['truce.scope'].domain.options).toEqualTypeOf<ReadonlyArray<Option>>()
  })

  it('outputs spread into a document’s issues', () => {
    const issues: Negotiation['issues'] = {
      ...Issues.territory(donetsk),
      ...Issues.ceasefire(),
      ...Issues.allianceMembership({ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Ukraine' }),
    }
    expectTypeOf(issues).toEqualTypeOf<Negotiation['issues']>()
  })

  it('an id known only at run time gives string keys', () => {
    const region: string = 'somewhere'
    expectTypeOf(Issues.territory({ ...donetsk, region })).toEqualTypeOf<{
      readonly [x: `territory.${string}.control`]: Issues.ChoiceIssue
      readonly [x: `territory.${string}.recognition`]: Issues.ChoiceIssue
    }>()
  })

  it('rejects malformed ids and misuse', () => {
    // @ts-expect-error a region id may not contain spaces
    Issues.territory({ ...donetsk, region: 'south donetsk' })
    // @ts-expect-error an id must start with a letter or a digit
    Issues.ceasefire({ prefix: '.truce' })
    // @ts-expect-error an id may not be a prototype key
    Issues.option('__proto__', 'Bad')
    // @ts-expect-error unknown aspect
    Issues.territory({ ...donetsk, aspects: ['sovereignty'] })
    // @ts-expect-error option labels are keyed by real option ids
    Issues.ceasefire({ optionLabels: { scope: { partial: 'Partial' } } })
    // @ts-expect-error at least one regime
    Issues.sanctions({ regimes: [] })
    const reserved = [
      { id: 'eu', label: 'EU' },
      { id: 'timing', label: 'Timing' },
    ] as const
    // @ts-expect-error `timing` is reserved for the timing issue
    Issues.sanctions({ regimes: reserved })
    // @ts-expect-error at least one guarantor
    Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors: [] })
  })
})

describe('Issues.merge (types)', () => {
  it('keeps every key with its issue type', () => {
    const r = Issues.merge(Issues.ceasefire({ aspects: ['duration'] }), Issues.territory(donetsk))
    expectTypeOf(r).toEqualTypeOf<
      E.Either<
        ReadonlyArray<Issues.DuplicateIssueId>,
        {
          readonly 'ceasefire.duration': Issues.QuantityIssue
          readonly 'territory.donetsk.control': Issues.ChoiceIssue
          readonly 'territory.donetsk.recognition': Issues.ChoiceIssue
        }
      >
    >()
  })
})

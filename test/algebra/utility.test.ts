import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type {
  Domain,
  IsoDate,
  IssueId,
  Negotiation,
  OptionId,
  PartyId,
  Proposal,
  ValueSet,
} from '../../src/model'
import { frozen, ok } from './arbitraries'

const id = (x: string) => x as OptionId
const ids = (...xs: string[]) => xs as OptionId[]
const nato = frozen({
  kind: 'choice',
  ordered: true,
  options: ['member', 'path', 'deferred', 'neutral', 'banned'].map((x) => ({ id: x, label: x })),
}) as unknown as Domain
const venue = frozen({
  kind: 'choice',
  options: ['istanbul', 'geneva', 'riyadh'].map((x) => ({ id: x, label: x })),
}) as unknown as Domain
const days = frozen({ kind: 'quantity', unit: 'days', min: 0, max: 100 }) as Domain
const guarantors = frozen({
  kind: 'subset',
  universe: ['US', 'UK', 'FR', 'DE'].map((x) => ({ id: x, label: x })),
}) as unknown as Domain
const flag = frozen({ kind: 'flag' }) as Domain
const opts = (...xs: string[]): ValueSet => ({ kind: 'options', options: ids(...xs) })

describe('Utility.score: derived from the position', () => {
  it('scores 1 − normalised distance to the ideal on ordered choices, quantities and subsets', () => {
    expect(ok(Utility.score(nato, { ideal: id('member') }, id('deferred')))).toBe(0.5)
    expect(ok(Utility.score(days, { ideal: 30 }, 55))).toBe(0.75)
    expect(ok(Utility.score(guarantors, { ideal: ids('US', 'UK') }, ids('UK', 'FR')))).toBe(0.5)
  })

  it('scores 1 for the ideal, 0.5 inside the acceptable set and 0 outside on unordered choices and flags', () => {
    const position = { ideal: id('geneva'), acceptable: opts('geneva', 'istanbul') }
    expect(ok(Utility.score(venue, position, id('geneva')))).toBe(1)
    expect(ok(Utility.score(venue, position, id('istanbul')))).toBe(0.5)
    expect(ok(Utility.score(venue, position, id('riyadh')))).toBe(0)
    expect(ok(Utility.score(flag, { ideal: true }, false))).toBe(0)
  })

  it('scores 1 inside the acceptable set and 0 outside when there is no ideal; 1 when there is neither', () => {
    expect(
      ok(Utility.score(days, { acceptable: { kind: 'intervals', intervals: [{ min: 30, max: 60 }] } }, 45)),
    ).toBe(1)
    expect(
      ok(Utility.score(days, { acceptable: { kind: 'intervals', intervals: [{ min: 30, max: 60 }] } }, 61)),
    ).toBe(0)
    expect(ok(Utility.score(days, {}, 61))).toBe(1)
  })

  it('works data-last (the position as data)', () => {
    expect(pipe({ ideal: 30 }, Utility.score(days, 55))).toEqual(E.right(0.75))
  })
})

describe('Utility.score: explicit valuations', () => {
  it('reads scores per option, 0 for an unlisted option', () => {
    const position = {
      ideal: id('member'),
      valuation: { kind: 'scores' as const, scores: { neutral: 0.9, member: 0.1 } },
    }
    expect(ok(Utility.score(nato, position, id('neutral')))).toBe(0.9)
    expect(ok(Utility.score(nato, position, id('path')))).toBe(0)
    expect(ok(Utility.score(flag, { valuation: { kind: 'scores', scores: { true: 0.3 } } }, true))).toBe(0.3)
  })

  it('interpolates a linear valuation and is flat beyond its ends', () => {
    const valuation = {
      kind: 'linear' as const,
      points: [
        { at: 60, score: 0 },
        { at: 20, score: 1 },
      ],
    }
    expect(ok(Utility.score(days, { valuation }, 40))).toBe(0.5)
    expect(ok(Utility.score(days, { valuation }, 0))).toBe(1)
    expect(ok(Utility.score(days, { valuation }, 90))).toBe(0)
  })

  it('adds element weights, rescaled between the worst and the best subset', () => {
    const valuation = { kind: 'elements' as const, weights: { US: 3, UK: 1, FR: -1 } }
    // worst −1, best 4
    expect(ok(Utility.score(guarantors, { valuation }, ids('US', 'UK')))).toBe(1)
    expect(ok(Utility.score(guarantors, { valuation }, ids('FR')))).toBe(0)
    expect(ok(Utility.score(guarantors, { valuation }, ids('UK', 'DE')))).toBe(0.4)
  })

  it('rejects a valuation that does not fit the domain', () => {
    const wrongKind = Utility.score(days, { valuation: { kind: 'scores', scores: {} } }, 1)
    expect(E.isLeft(wrongKind) && wrongKind.left._tag).toBe('bad-valuation')
    const unknown = Utility.score(
      nato,
      { valuation: { kind: 'scores', scores: { memebr: 1 } } },
      id('member'),
    )
    expect(E.isLeft(unknown) && unknown.left.message).toContain('`memebr`')
  })

  it('rejects a value or an ideal outside the domain', () => {
    expect(E.isLeft(Utility.score(days, { ideal: 30 }, 101))).toBe(true)
    const r = Utility.score(days, { ideal: 300 }, 10)
    expect(E.isLeft(r) && r.left.message).toMatch(/^ideal: /)
  })
})

describe('Utility.acceptability', () => {
  const position = frozen({
    ideal: id('neutral'),
    acceptable: opts('deferred', 'neutral', 'member'),
    redLines: opts('member'),
    reservation: 0.6,
  })

  it('puts red lines first, then the acceptable set, then the reservation score', () => {
    expect(ok(Utility.acceptability(nato, position, id('member')))._tag).toBe('red-line')
    expect(ok(Utility.acceptability(nato, position, id('banned')))._tag).toBe('outside-acceptable')
    const low = ok(Utility.acceptability(nato, { ideal: id('neutral'), reservation: 0.6 }, id('path')))
    expect(low).toMatchObject({ _tag: 'below-reservation', reservation: 0.6 })
    expect(low.score).toBeCloseTo(0.5, 12)
    expect(ok(Utility.acceptability(nato, position, id('deferred')))._tag).toBe('acceptable')
  })

  it('explains itself in a sentence', () => {
    expect(ok(Utility.acceptability(nato, position, id('member'))).reason).toBe(
      'The party will never accept member: it is one of its red lines',
    )
    expect(pipe(position, Utility.acceptability(nato, id('deferred')))).toEqual(
      Utility.acceptability(nato, position, id('deferred')),
    )
  })
})

const P = (x: string) => x as PartyId
const I = (x: string) => x as IssueId

const doc = frozen({
  format: 'negotiation-positions/1',
  title: 'Test',
  parties: {
    UA: { name: 'Ukraine', role: 'principal', reservation: 0.5 },
    RU: { name: 'Russia', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
  },
  issues: {
    days: { label: 'Ceasefire length', category: 'ceasefire', domain: days },
    nato: { label: 'NATO membership', category: 'alliance', domain: nato },
    energy: { label: 'Energy truce', category: 'energy', domain: flag },
  },
  positions: [
    { id: 'u1', party: 'UA', issue: 'days', asOf: '2025-03-11', sources: ['s'], ideal: 100, priority: 1 },
    {
      id: 'u2',
      party: 'UA',
      issue: 'nato',
      asOf: '2025-03-11',
      sources: ['s'],
      ideal: 'member',
      redLines: opts('banned'),
    },
    { id: 'u3', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: ['s'], ideal: 'deferred' },
    {
      id: 'r1',
      party: 'RU',
      issue: 'nato',
      asOf: '2025-06-02',
      sources: ['s'],
      ideal: 'banned',
      priority: 0,
    },
    { id: 'r2', party: 'RU', issue: 'energy', asOf: '2025-06-02', sources: ['s'], ideal: false, priority: 0 },
  ],
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

describe('Utility.utility', () => {
  it('weighs issues by normalised priorities (0.5 by default) and reports the breakdown', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('days')]: 50, [I('nato')]: id('neutral') }))
    // weights: days 1/1.5, nato 0.5/1.5; scores: days 0.5, nato 1 − 1/4 (ideal deferred)
    expect(r.issues.map((i) => [i.issue, i.weight, i.score])).toEqual([
      ['days', 2 / 3, 0.5],
      ['nato', 1 / 3, 0.75],
    ])
    expect(r.utility).toBeCloseTo((2 / 3) * 0.5 + (1 / 3) * 0.75, 12)
    expect(r.coverage).toBeCloseTo(1, 12)
    expect(r.acceptable).toBe(true)
    expect(r.blocking).toEqual([])
  })

  it('uses the positions as of the date asked', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('nato')]: id('member') }, '2025-06-01' as IsoDate))
    expect(r.issues[0]!.score).toBe(1)
    expect(r.asOf).toBe('2025-06-01')
    expect(ok(Utility.utility(doc, P('UA'), { [I('nato')]: id('member') })).issues[0]!.score).toBe(0.5)
  })

  it('skips and reports the issues a package leaves open, and the ones the party ignores', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('nato')]: id('deferred'), [I('energy')]: true }))
    expect(r.open).toEqual(['days'])
    expect(r.ignored).toEqual(['energy'])
    expect(r.utility).toBe(1)
    expect(r.coverage).toBeCloseTo(1 / 3, 12)
  })

  it('treats red lines as hard constraints and names them', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('days')]: 100, [I('nato')]: id('banned') }))
    expect(r.utility).toBeGreaterThan(0.5)
    expect(r.acceptable).toBe(false)
    expect(r.blocking).toEqual([
      {
        _tag: 'red-line',
        issue: 'nato',
        reason: 'Ukraine will never accept NATO membership = banned: it is one of its red lines',
      },
    ])
  })

  it('rejects a package below the party reservation utility', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('days')]: 0, [I('nato')]: id('banned') }))
    expect(r.blocking.map((b) => b._tag)).toEqual(['red-line', 'below-reservation'])
    expect(r.blocking[1]!.reason).toContain('below its reservation utility 0.5')
  })

  it('weighs issues equally when all priorities are 0; a party with no positions is indifferent', () => {
    const r = ok(Utility.utility(doc, P('RU'), { [I('nato')]: id('banned'), [I('energy')]: true }))
    expect(r.issues.map((i) => i.weight)).toEqual([0.5, 0.5])
    expect(r.utility).toBe(0.5)
    const us = ok(Utility.utility(doc, P('US'), { [I('nato')]: id('banned') }))
    expect([us.utility, us.coverage, us.acceptable]).toEqual([1, 0, true])
  })

  it('lists every problem: unknown party, unknown issue, value outside its domain', () => {
    const party = Utility.utility(doc, P('UK'), {})
    expect(E.isLeft(party) && party.left.map((e) => e._tag)).toEqual(['unknown-party'])
    const bad = Utility.utility(doc, P('UA'), {
      [I('days')]: 500,
      [I('natto')]: id('member'),
      [I('energy')]: 'yes' as never,
    })
    expect(E.isLeft(bad) && bad.left.map((e) => [e._tag, e.issue])).toEqual([
      ['not-a-value', 'days'],
      ['not-a-value', 'energy'],
      ['unknown-issue', 'natto'],
    ])
  })

  it('works data-last, and returns frozen results', () => {
    const pkg = frozen({ [I('days')]: 40 })
    const r = Utility.utility(doc, P('UA'), pkg)
    expect(pipe(doc, Utility.utility(P('UA'), pkg))).toEqual(r)
    expect(Object.isFrozen(ok(r).issues[0])).toBe(true)
  })
})

describe('Utility.packageOf', () => {
  it('takes the value of each term of a proposal', () => {
    const p = frozen({
      title: 'Draft',
      date: '2025-03-11',
      tabledBy: ['US'],
      sources: ['s'],
      terms: { nato: { value: 'neutral', point: '7' }, days: { value: 30 } },
    }) as unknown as Proposal
    expect(Utility.packageOf(p)).toEqual({ days: 30, nato: 'neutral' })
  })
})

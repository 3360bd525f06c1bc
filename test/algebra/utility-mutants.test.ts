import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import type { IsoDate, IssueId, Negotiation, PartyId, Proposal } from '../../src/model'
import { frozen, ok } from './arbitraries'

const P = (x: string) => x as PartyId
const I = (x: string) => x as IssueId

const issues = {
  days: {
    label: 'Ceasefire length',
    category: 'ceasefire',
    domain: { kind: 'quantity', unit: 'days', min: 0, max: 100 },
  },
  energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } },
  prisoners: { label: 'Prisoner exchange', category: 'humanitarian', domain: { kind: 'flag' } },
}

const position = (id: string, party: string, issue: string, rest: object) => ({
  id,
  party,
  issue,
  asOf: '2025-03-11',
  sources: ['s'],
  ...rest,
})

// Ukraine weighs the ceasefire's length and the energy truce alike, and needs a utility of 0.3
const doc = frozen({
  format: 'negotiation-positions/1',
  title: 'Test',
  parties: {
    UA: { name: 'Ukraine', role: 'principal', reservation: 0.3 },
    RU: { name: 'Russia', role: 'principal' },
  },
  issues,
  positions: [position('u1', 'UA', 'days', { ideal: 100 }), position('u2', 'UA', 'energy', { ideal: true })],
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

// Russia's positions do not fit the negotiation: one on an issue it does not define, one outside its issue's domain
const broken = frozen({
  ...doc,
  positions: [position('r1', 'RU', 'ghost', { ideal: 1 }), position('r2', 'RU', 'days', { ideal: 500 })],
}) as unknown as Negotiation

const errorsOf = (r: E.Either<readonly { _tag: string; issue?: string; party?: string }[], unknown>) => {
  if (E.isRight(r)) throw new Error('expected errors')
  return r.left.map((e) => [e._tag, e.issue, e.party])
}

describe('Utility.utility: reservation and open issues', () => {
  it('accepts a package whose utility equals the reservation, and blocks one below it', () => {
    const at = ok(Utility.utility(doc, P('UA'), { [I('days')]: 60, [I('energy')]: false }))
    expect(at.utility).toBe(0.3)
    expect(at.acceptable).toBe(true)
    const below = ok(Utility.utility(doc, P('UA'), { [I('days')]: 20, [I('energy')]: false }))
    expect(below.acceptable).toBe(false)
    expect(below.blocking.map((b) => b._tag)).toEqual(['below-reservation'])
  })

  it('treats an issue set to undefined as open, neither scored nor ignored', () => {
    const r = ok(
      Utility.utility(doc, P('UA'), {
        [I('days')]: undefined,
        [I('energy')]: true,
        [I('prisoners')]: undefined,
      }),
    )
    expect(r.open).toEqual(['days'])
    expect(r.issues.map((i) => i.issue)).toEqual(['energy'])
    expect(r.ignored).toEqual([])
    expect(r.utility).toBe(1)
  })

  it('leaves the date out of a report asked for without one, and keeps it when given', () => {
    const r = ok(Utility.utility(doc, P('UA'), { [I('energy')]: true }))
    expect(Object.keys(r)).not.toContain('asOf')
    const dated = ok(Utility.utility(doc, P('UA'), { [I('energy')]: true }, '2025-03-12' as IsoDate))
    expect(dated.asOf).toBe('2025-03-12')
  })
})

describe('Utility.utility: errors', () => {
  it('reports an unknown party alone, listing the parties there are in order', () => {
    const r = Utility.utility(doc, P('XX'), { [I('nope')]: 1 })
    expect(errorsOf(r)).toEqual([['unknown-party', undefined, 'XX']])
    expect(E.isLeft(r) && r.left[0]!.message).toBe('the negotiation has no party `XX`; parties are: RU, UA')
  })

  it('reports every problem with the positions and with the package together', () => {
    const r = Utility.utility(broken, P('RU'), { [I('nope')]: 1 })
    expect(errorsOf(r)).toEqual([
      ['not-a-value', 'days', 'RU'],
      ['unknown-issue', 'ghost', 'RU'],
      ['unknown-issue', 'nope', undefined],
    ])
    const messages = E.isLeft(r) ? r.left.map((e) => e.message) : []
    expect(messages[0]).toContain('500 is outside the bounds 0 to 100 days')
    expect(messages[1]).toBe(
      'party `RU` has a position on issue `ghost`, which the negotiation does not define',
    )
    expect(messages[2]).toBe('the package decides issue `nope`, which the negotiation does not define')
  })
})

describe('Utility.packageOf', () => {
  it('lists the terms in id order', () => {
    const proposal = {
      title: 'Draft',
      date: '2025-03-11',
      tabledBy: ['US'],
      sources: ['s'],
      terms: { energy: { value: true }, days: { value: 30 } },
    } as unknown as Proposal
    expect(Object.keys(Utility.packageOf(proposal))).toEqual(['days', 'energy'])
  })
})

describe('Utility.compile: reservation, dates and errors', () => {
  let ua: Utility.Compiled
  beforeEach(() => {
    ua = ok(Utility.compile(doc, P('UA')))
  })

  it('rejects a package below the party reservation, and keeps one exactly at it', () => {
    const at = ok(Utility.encode(ua, { [I('days')]: 60, [I('energy')]: false }))
    expect(ua.evaluate(at)).toBe(0.3)
    const below = ok(Utility.encode(ua, { [I('days')]: 20, [I('energy')]: false }))
    expect(ua.utility(below)).toBeCloseTo(0.1, 12)
    expect(ua.evaluate(below)).toBe(-1)
  })

  it('keeps the date it was compiled for, and none when given none', () => {
    expect(Object.keys(ua)).not.toContain('asOf')
    expect(ok(Utility.compile(doc, P('UA'), '2025-03-12' as IsoDate)).asOf).toBe('2025-03-12')
  })

  it('reports an unknown party, and every position that does not fit', () => {
    expect(errorsOf(Utility.compile(doc, P('XX')))).toEqual([['unknown-party', undefined, 'XX']])
    expect(errorsOf(Utility.compile(broken, P('RU')))).toEqual([
      ['not-a-value', 'days', 'RU'],
      ['unknown-issue', 'ghost', 'RU'],
    ])
  })
})

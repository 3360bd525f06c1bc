import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Diff, type Negotiation, type Proposal } from '../../src'
import { isNegotiationLike } from '../../src/diff/proposals'
import { frozen, ok } from '../algebra/arbitraries'
import { negotiation, problems } from './fixture'
import { draft as smallDraft, small } from './terms-fixture'

const draft = (p: Partial<Proposal>): Proposal =>
  frozen({ title: 'Draft', date: '2025-11-25', tabledBy: [], sources: [], terms: {}, ...p }) as Proposal

const sdraft = (terms: Record<string, unknown>): Proposal =>
  smallDraft(Object.fromEntries(Object.entries(terms).map(([k, value]) => [k, { value }])))

const withProposals = (proposals: Record<string, Proposal>): Negotiation =>
  frozen({ ...negotiation, proposals })

describe('Diff.isEmpty', () => {
  const base = draft({
    basedOn: 'p28',
    terms: { 'army.size': { value: 600_000 } },
    conditions: [{ kind: 'other', text: 'Subject to a referendum' }],
    sequencing: [{ kind: 'sequence', first: 'army.size', then: 'energy.moratorium' }],
  } as unknown as Partial<Proposal>)
  const isEmpty = (b: Partial<Proposal>): boolean =>
    Diff.isEmpty(ok(Diff.proposals(negotiation, base, draft({ ...base, ...b }), { impact: false })))

  it('is true for the same draft', () => {
    expect(isEmpty({})).toBe(true)
  })

  it('is false when only a term, only a condition, only a sequencing step or only basedOn differs', () => {
    expect(isEmpty({ terms: { 'army.size': { value: 700_000 } } } as unknown as Partial<Proposal>)).toBe(
      false,
    )
    expect(isEmpty({ conditions: [] })).toBe(false)
    expect(isEmpty({ sequencing: [] })).toBe(false)
    expect(isEmpty({ basedOn: 'e3' } as unknown as Partial<Proposal>)).toBe(false)
  })
})

describe('isNegotiationLike', () => {
  it('needs issues, proposals and parties, each a plain object', () => {
    expect(isNegotiationLike(negotiation)).toBe(true)
    expect(isNegotiationLike({ issues: {}, proposals: {}, parties: {} })).toBe(true)
    expect(isNegotiationLike({ proposals: {}, parties: {} })).toBe(false)
    expect(isNegotiationLike({ issues: {}, parties: {} })).toBe(false)
    expect(isNegotiationLike({ issues: {}, proposals: {} })).toBe(false)
    expect(isNegotiationLike({ issues: {}, proposals: {}, parties: 'RU' })).toBe(false)
    expect(isNegotiationLike('p28')).toBe(false)
  })
})

describe('Diff.proposals: problems, exactly', () => {
  it('rejects something that is neither a proposal id nor a proposal', () => {
    expect(
      problems(Diff.proposals(negotiation, frozen({ title: 'x', nope: 1 }) as unknown as Proposal, 'e3')),
    ).toEqual([
      {
        kind: 'invalid-proposal',
        at: 'from',
        message: 'expected a proposal id or a proposal (title, date, tabledBy, terms, sources)',
      },
    ])
  })

  it('reports an unknown earlier draft even when the later one exists', () => {
    expect(problems(Diff.proposals(negotiation, 'p99', 'e3'))).toEqual([
      {
        kind: 'unknown-proposal',
        at: 'from',
        message: 'there is no proposal `p99`; proposals are: e3, p20, p28',
      },
    ])
  })

  it('reports a bad date and an unknown party, with what to write instead', () => {
    expect(
      problems(Diff.proposals(negotiation, 'p28', 'e3', { asOf: '25 Nov', parties: ['UA', 'XX'] })),
    ).toEqual([
      { kind: 'invalid-date', at: 'asOf', message: '`25 Nov` is not a date; write it YYYY-MM-DD' },
      {
        kind: 'unknown-party',
        at: 'parties',
        message: 'there is no party `XX`; parties are: EUR, RU, UA, US',
      },
    ])
  })

  it('rejects a context built for another negotiation, or as of another date', () => {
    const other = frozen({ ...negotiation, title: 'Other' }) as Negotiation
    const ctx = ok(Diff.context(other, '2025-11-23'))
    expect(problems(Diff.proposals(negotiation, 'p28', 'e3', { context: ctx }))).toEqual([
      {
        kind: 'invalid-proposal',
        at: 'context',
        message: 'the context was prepared for another negotiation; build it with Diff.context from this one',
      },
    ])
    const mine = ok(Diff.context(negotiation, '2025-11-23'))
    expect(problems(Diff.proposals(negotiation, 'p28', 'e3', { context: mine, asOf: '2025-11-24' }))).toEqual(
      [
        {
          kind: 'invalid-date',
          at: 'asOf',
          message:
            'the context was prepared as of 2025-11-23, not 2025-11-24; leave out asOf or prepare another context',
        },
      ],
    )
    expect(E.isRight(Diff.proposals(negotiation, 'p28', 'e3', { context: mine, asOf: '2025-11-23' }))).toBe(
      true,
    )
  })

  it('places term problems under the draft id, or under from / to for a draft given as an object', () => {
    const bad = draft({ terms: { nope: { value: 1 } } } as unknown as Partial<Proposal>)
    const n = withProposals({ ...(negotiation.proposals as Record<string, Proposal>), bad })
    expect(problems(Diff.proposals(n, 'bad', 'e3')).map((p) => p.at)).toEqual(['proposals.bad.terms.nope'])
    expect(problems(Diff.proposals(n, 'e3', 'bad')).map((p) => p.at)).toEqual(['proposals.bad.terms.nope'])
    const loose = draft({ terms: { nope: { value: 1 } } } as unknown as Partial<Proposal>)
    expect(problems(Diff.proposals(n, loose, 'e3')).map((p) => p.at)).toEqual(['from.terms.nope'])
    expect(problems(Diff.proposals(n, 'e3', loose)).map((p) => p.at)).toEqual(['to.terms.nope'])
  })

  // a proposal object with only known fields but without the required ones once passed `Proposal.is` (which
  // looked only at the keys given), and the diff threw "Cannot convert undefined or null to object"
  it('rejects a proposal object that lacks required fields', () => {
    expect(
      problems(Diff.proposals(negotiation, frozen({ title: 'x' }) as unknown as Proposal, 'e3')),
    ).toEqual([
      {
        kind: 'invalid-proposal',
        at: 'from',
        message: 'expected a proposal id or a proposal (title, date, tabledBy, terms, sources)',
      },
    ])
  })
})

describe('Diff.proposals: the context', () => {
  it('uses a given context and its date, not the later draft date', () => {
    const early = ok(Diff.context(negotiation, '2025-06-10'))
    const withCtx = ok(Diff.proposals(negotiation, 'p28', 'e3', { context: early }))
    const byDate = ok(Diff.proposals(negotiation, 'p28', 'e3', { asOf: '2025-06-10' }))
    const latest = ok(Diff.proposals(negotiation, 'p28', 'e3'))
    expect(withCtx.parties).toEqual(byDate.parties)
    expect(withCtx.parties?.asOf).toBe('2025-06-10')
    expect(latest.parties?.asOf).toBe('2025-11-23')
  })

  it('dates the context by the later of the two drafts, whichever is given first', () => {
    expect(ok(Diff.proposals(negotiation, 'e3', 'p28')).parties?.asOf).toBe('2025-11-23')
  })
})

describe('Diff.proposals: counts', () => {
  it('counts a renumbering and a rewording only when both drafts have one', () => {
    const a = draft({
      terms: {
        'army.size': { value: 600_000, point: '1', text: 'x' },
        'alliance.nato': { value: 'barred', point: '2', text: 'y' },
        'energy.moratorium': { value: true },
        'guarantees.guarantors': { value: ['us'], point: '5' },
      },
    } as unknown as Partial<Proposal>)
    const b = draft({
      terms: {
        'army.size': { value: 600_000, point: '3', text: 'z' },
        'alliance.nato': { value: 'barred' },
        'energy.moratorium': { value: true, point: '4', text: 'w' },
        'guarantees.guarantors': { value: ['us'] },
      },
    } as unknown as Partial<Proposal>)
    expect(ok(Diff.proposals(negotiation, a, b, { impact: false })).counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 4,
      reworded: 1,
      renumbered: 1,
    })
  })
})

describe('Diff.proposals: carryOver', () => {
  it('keeps the earlier draft terms the later one does not state', () => {
    const d = ok(Diff.proposals(negotiation, 'e3', 'p20', { carryOver: true, impact: false }))
    expect(d.terms.map((t) => [t.issue, t.status])).toEqual([
      ['alliance.nato', 'unchanged'],
      ['army.size', 'unchanged'],
    ])
    expect(d.unchanged).toEqual(['guarantees.guarantors', 'negotiation.format'])
    const plain = ok(Diff.proposals(negotiation, 'e3', 'p20', { impact: false }))
    expect(plain.terms.map((t) => [t.issue, t.status])).toEqual([
      ['alliance.nato', 'unchanged'],
      ['army.size', 'unchanged'],
      ['guarantees.guarantors', 'removed'],
      ['negotiation.format', 'removed'],
    ])
  })

  it('carries a term over under its mapped issue, unless the later draft states that issue', () => {
    const a = sdraft({ 'a.flag': true, 'c.qty': 5 })
    const b = sdraft({ 'd.qty': 7 })
    const mapping = { 'a.flag': 'b.flag', 'c.qty': 'd.qty' }
    const d = ok(Diff.proposals(small, a, b, { carryOver: true, impact: false, mapping }))
    expect(d.terms.map((t) => [t.issue, t.status, t.from, t.to, t.aligned])).toEqual([
      ['b.flag', 'unchanged', true, true, { from: 'a.flag', to: 'b.flag' }],
      ['d.qty', 'changed', 5, 7, { from: 'c.qty', to: 'd.qty' }],
    ])
    const plain = ok(Diff.proposals(small, a, b, { impact: false, mapping }))
    expect(plain.terms.map((t) => [t.issue, t.status])).toEqual([
      ['a.flag', 'removed'],
      ['d.qty', 'changed'],
    ])
  })
})

describe('Diff.proposals: sources and names', () => {
  it('lists an unknown source by its id, and a known one with its details', () => {
    const a = draft({ sources: ['s-zz', 's-28'] } as unknown as Partial<Proposal>)
    const d = ok(Diff.proposals(negotiation, a, draft({}), { impact: false }))
    expect(d.sources).toEqual({
      's-28': {
        title: 'The 28 points',
        url: 'https://example.org/28',
        publisher: 'Axios',
        published: '2025-11-20',
      },
      's-zz': { title: 's-zz', url: null, publisher: null, published: null },
    })
    expect(d.from.sources).toEqual(['s-28', 's-zz'])
  })

  it('names a party in a condition by its name, or by its id when the negotiation has no such party', () => {
    const a = draft({})
    const b = draft({
      conditions: [
        { kind: 'acceptance', party: 'UA' },
        { kind: 'acceptance', party: 'XX' },
      ],
      sequencing: [{ kind: 'sequence', first: 'army.size', then: 'energy.moratorium', by: 'RU' }],
    } as unknown as Partial<Proposal>)
    const d = ok(Diff.proposals(negotiation, a, b, { impact: false }))
    expect(d.conditions.map((c) => c.summary)).toEqual(['added: Ukraine accepts', 'added: XX accepts'])
    expect(d.sequencing.map((c) => c.summary)).toEqual([
      'added: Army size before Energy moratorium (first step by Russia)',
    ])
  })
})

describe('Diff.proposals: positions the context cannot read', () => {
  it('reports them, naming the party, instead of a diff', () => {
    const n = frozen({
      ...small,
      positions: [
        { id: 'ua-e', party: 'UA', issue: 'e.choice', asOf: '2025-01-01', sources: [], ideal: 'zz' },
      ],
    }) as unknown as Negotiation
    const r = problems(Diff.proposals(n, sdraft({ 'a.flag': true }), sdraft({ 'a.flag': false })))
    expect(r.map((p) => [p.kind, p.at])).toEqual([['invalid-position', 'positions of UA']])
    expect(E.isRight(Diff.proposals(n, sdraft({ 'a.flag': true }), sdraft({}), { impact: false }))).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { Diff, type Negotiation, type PartyId, type Proposal, Utility } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import { draft, small, terms } from './terms-fixture'
import { problems } from './fixture'

const big = Array.from({ length: 31 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))
const pqr = [
  { id: 'p', label: 'P' },
  { id: 'q', label: 'Q' },
  { id: 'r', label: 'R' },
]

// Every issue kind, each with a stated position (so that a diff reads every term for the parties' utilities), two
// issues of each kind a mapping can pair, a subset of 31 elements, and one quantity no party has a position on.
// EU has no position on the large subset, so its utilities are read from the terms' codes rather than their values.
const rich = frozen({
  format: 'negotiation-positions/1',
  title: 'Rich',
  parties: {
    UA: { name: 'Ukraine', role: 'principal' },
    RU: { name: 'Russia', role: 'principal' },
    EU: { name: 'European Union', role: 'principal' },
  },
  issues: {
    'a.flag': { label: 'Flag A', category: 'energy', domain: { kind: 'flag' } },
    'b.flag': { label: 'Flag B', category: 'energy', domain: { kind: 'flag' } },
    'c.qty': {
      label: 'Quantity C',
      category: 'military',
      domain: { kind: 'quantity', unit: 'troops', min: 0, max: 100, integer: true },
    },
    'd.qty': {
      label: 'Quantity D',
      category: 'military',
      domain: { kind: 'quantity', unit: 'km', min: 0, max: 100 },
    },
    'e.choice': {
      label: 'Choice E',
      category: 'procedural',
      domain: {
        kind: 'choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
      },
    },
    'f.set': { label: 'Set F', category: 'security-guarantees', domain: { kind: 'subset', universe: pqr } },
    'g.set': { label: 'Set G', category: 'security-guarantees', domain: { kind: 'subset', universe: pqr } },
    'h.big': {
      label: 'Monitors',
      category: 'security-guarantees',
      domain: { kind: 'subset', universe: big },
    },
    'z.qty': {
      label: 'Quantity Z',
      category: 'military',
      domain: { kind: 'quantity', unit: 'km', min: 0, max: 9 },
    },
  },
  positions: [
    { party: 'UA', issue: 'a.flag', ideal: true },
    { party: 'UA', issue: 'b.flag', ideal: false },
    { party: 'UA', issue: 'c.qty', ideal: 100 },
    { party: 'UA', issue: 'd.qty', ideal: 0 },
    { party: 'UA', issue: 'e.choice', ideal: 'y' },
    { party: 'UA', issue: 'f.set', ideal: ['p', 'q'] },
    { party: 'UA', issue: 'g.set', ideal: ['r'] },
    { party: 'UA', issue: 'h.big', ideal: ['e0', 'e1'] },
    { party: 'RU', issue: 'c.qty', ideal: 0 },
    { party: 'RU', issue: 'h.big', ideal: ['e30'] },
    { party: 'EU', issue: 'f.set', ideal: ['p'] },
    { party: 'EU', issue: 'g.set', ideal: ['q', 'r'] },
  ].map((p, i) => ({ id: `p${String(i)}`, asOf: '2025-01-01', sources: [], ...p })),
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

// Each principal's utility under each draft, as the diff reports it and as the utility model computes it, for the
// principals with a stated position on some issue either draft addresses (the diff reports null for the others).
const utilities = (n: Negotiation, a: Proposal, b: Proposal, options: Diff.ProposalDiffOptions = {}) => {
  const parties = ok(Diff.proposals(n, a, b, options)).parties as Diff.PartyImpacts
  const stated = parties.principals.filter((p) => p.utility.from !== null || p.utility.to !== null)
  const model = (party: string, p: Proposal) =>
    ok(Utility.utility(n, party as PartyId, Utility.packageOf(p), p.date)).utility
  return {
    reported: stated.map((p) => [p.party, p.utility.from, p.utility.to]),
    model: stated.map((p) => [p.party, model(p.party, a), model(p.party, b)]),
  }
}

describe('Diff.proposals: the parties’ utilities read every term the alignment meets', () => {
  it('reads both drafts’ terms when a mapping pairs issues, including a term only the later draft has', () => {
    const a = terms({ 'a.flag': false, 'c.qty': 20, 'f.set': ['p'] })
    const b = terms({ 'd.qty': 30, 'e.choice': 'y', 'g.set': ['q', 'r'] })
    const { reported, model } = utilities(rich, a, b, { mapping: { 'c.qty': 'd.qty', 'f.set': 'g.set' } })
    expect(reported).toEqual(model)
    expect(reported.map(([party]) => party)).toEqual(['EU', 'RU', 'UA'])
  })

  it('reads a subset of more than 30 elements on either side of a diff with a mapping', () => {
    const a = terms({ 'c.qty': 10, 'h.big': ['e0', 'e5'] })
    const b = terms({ 'd.qty': 10, 'h.big': ['e30'] })
    const { reported, model } = utilities(rich, a, b, { mapping: { 'c.qty': 'd.qty' } })
    expect(reported).toEqual(model)
  })

  it('reads a subset of more than 30 elements only the later draft has', () => {
    const { reported, model } = utilities(
      rich,
      terms({ 'c.qty': 50 }),
      terms({ 'c.qty': 50, 'h.big': ['e30'] }),
    )
    expect(reported).toEqual(model)
  })
})

describe('Diff.proposals: terms on issues the parties have positions on', () => {
  it('reports a renumbered term whose value and wording stayed the same', () => {
    const a = terms({ 'a.flag': true, 'e.choice': 'x' }, { 'a.flag': { point: '1', text: 'Same.' } })
    const b = terms({ 'a.flag': true, 'e.choice': 'x' }, { 'a.flag': { point: '2', text: 'Same.' } })
    const d = ok(Diff.proposals(rich, a, b))
    expect(d.terms.map((t) => [t.issue, t.status, t.point, t.wording])).toEqual([
      ['a.flag', 'unchanged', { from: '1', to: '2' }, null],
    ])
    expect(d.unchanged).toEqual(['e.choice'])
    expect(d.counts).toMatchObject({ renumbered: 1, unchanged: 2 })
  })

  it('counts a reordered or copied subset of more than 30 elements as unchanged', () => {
    const d = ok(Diff.proposals(rich, terms({ 'h.big': ['e1', 'e2'] }), terms({ 'h.big': ['e2', 'e1'] })))
    expect(d.terms).toEqual([])
    expect(d.unchanged).toEqual(['h.big'])
    expect(Diff.isEmpty(d)).toBe(true)
  })

  it('rejects a subset value that is not a list, or names an element twice or one the issue does not have', () => {
    const at = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      problems(Diff.proposals(rich, terms(a), terms(b))).map((p) => [p.kind, p.at])
    expect(at({ 'f.set': 'p' }, { 'f.set': ['p'] })).toEqual([['invalid-value', 'from.terms.f.set.value']])
    expect(at({ 'f.set': ['p'] }, { 'f.set': 5 })).toEqual([['invalid-value', 'to.terms.f.set.value']])
    expect(at({ 'f.set': ['p'] }, { 'f.set': ['zz'] })).toEqual([['invalid-value', 'to.terms.f.set.value']])
    expect(at({ 'f.set': ['q', 'q'] }, { 'f.set': ['p'] })).toEqual([
      ['invalid-value', 'from.terms.f.set.value'],
    ])
    expect(at({ 'h.big': ['e1'] }, { 'h.big': 'e1' })).toEqual([['invalid-value', 'to.terms.h.big.value']])
  })
})

describe('Diff.proposals: terms on issues no party has a position on', () => {
  it('rejects a later value that is not a list although it has the earlier list’s length and elements', () => {
    for (const options of [{}, { impact: false }])
      expect(
        problems(Diff.proposals(small, terms({ 'f.set': ['p'] }), terms({ 'f.set': 'p' }), options)).map(
          (p) => p.at,
        ),
      ).toEqual(['to.terms.f.set.value'])
  })

  it('rejects a number written as text, even for a quantity that need not be whole', () => {
    expect(
      problems(Diff.proposals(small, terms({ 'd.qty': '3' }), terms({ 'd.qty': 3 }))).map((p) => p.at),
    ).toEqual(['from.terms.d.qty.value'])
    expect(
      problems(Diff.proposals(rich, terms({ 'z.qty': 3 }), terms({ 'z.qty': '4' }))).map((p) => p.at),
    ).toEqual(['to.terms.z.qty.value'])
  })

  it('reports a changed, an added and a removed term with no alignment and no item number where none was given', () => {
    const d = ok(
      Diff.proposals(
        small,
        terms({ 'c.qty': 5, 'e.choice': 'x' }, { 'e.choice': { point: '4' } }),
        terms({ 'c.qty': 6, 'd.qty': 2 }),
      ),
    )
    expect(d.terms).toEqual([
      {
        issue: 'c.qty',
        label: 'Quantity C',
        category: 'military',
        status: 'changed',
        from: 5,
        to: 6,
        fromLabel: '5 troops',
        toLabel: '6 troops',
        change: { kind: 'resized', from: 5, to: 6, absolute: 1, relative: 0.2, unit: 'troops' },
        wording: null,
        point: null,
        aligned: null,
        sources: [],
      },
      {
        issue: 'd.qty',
        label: 'Quantity D',
        category: 'military',
        status: 'added',
        from: null,
        to: 2,
        fromLabel: null,
        toLabel: '2 km',
        change: null,
        wording: null,
        point: null,
        aligned: null,
        sources: [],
      },
      {
        issue: 'e.choice',
        label: 'Choice E',
        category: 'procedural',
        status: 'removed',
        from: 'x',
        to: null,
        fromLabel: 'X',
        toLabel: null,
        change: null,
        wording: null,
        point: { from: '4', to: null },
        aligned: null,
        sources: [],
      },
    ])
  })

  // Drafts of the negotiation, read from JSON (where `__proto__` can be an own key): `p` has the given terms, `q` none.
  const fromJson = (n: Negotiation, terms: string): Negotiation => {
    const p: unknown = JSON.parse(
      `{"title":"P","date":"2025-11-25","tabledBy":[],"sources":[],"terms":${terms}}`,
    )
    const q = { title: 'Q', date: '2025-11-25', tabledBy: [], sources: [], terms: {} }
    return frozen({ ...n, proposals: { p, q } })
  }

  it('rejects terms on inherited members of an object, not issues of the negotiation', () => {
    const found = problems(Diff.proposals(small, draft({ toString: { value: true } }), draft({})))
    expect(found.map((p) => [p.kind, p.at])).toEqual([['unknown-issue', 'from.terms.toString']])
    const proto = problems(Diff.proposals(fromJson(small, '{"__proto__": {"value": true}}'), 'p', 'q'))
    expect(proto.map((p) => [p.kind, p.at])).toEqual([['unknown-issue', 'proposals.p.terms.__proto__']])
  })

  it('accepts an issue that is called __proto__ in a negotiation read from JSON', () => {
    const issues: unknown = JSON.parse(
      '{"__proto__": {"label": "Proto", "category": "energy", "domain": {"kind": "flag"}}}',
    )
    const n = fromJson(
      frozen({ ...small, issues, positions: [] }) as unknown as Negotiation,
      '{"__proto__": {"value": true}}',
    )
    const d = ok(Diff.proposals(n, 'p', 'q'))
    expect(d.terms.map((t) => [t.issue, t.status, t.fromLabel])).toEqual([['__proto__', 'removed', 'yes']])
  })
})

describe('Diff.proposals: a mapping', () => {
  it('lists the added term before the removed one on an issue that is a mapping target', () => {
    // Issue ids that sort before any lower-case text: the added entry comes first because it has no earlier issue.
    const n = frozen({
      ...small,
      issues: {
        Amnesty: { label: 'Amnesty', category: 'humanitarian', domain: { kind: 'flag' } },
        Border: { label: 'Border', category: 'territory', domain: { kind: 'flag' } },
      },
      positions: [],
    }) as unknown as Negotiation
    const d = ok(
      Diff.proposals(n, terms({ Border: true }), terms({ Border: false }), {
        mapping: { Amnesty: 'Border' },
      }),
    )
    expect(d.terms.map((t) => [t.issue, t.status, t.from, t.to])).toEqual([
      ['Border', 'added', null, false],
      ['Border', 'removed', true, null],
    ])
    const e = ok(
      Diff.proposals(small, terms({ 'b.flag': true }), terms({ 'b.flag': false }), {
        mapping: { 'a.flag': 'b.flag' },
      }),
    )
    expect(e.terms.map((t) => [t.issue, t.status])).toEqual([
      ['b.flag', 'added'],
      ['b.flag', 'removed'],
    ])
  })

  it('rejects a mapping onto a value that is not an issue id, even one that reads as an issue id', () => {
    const n = frozen({
      ...small,
      issues: { ...small.issues, '1': { label: 'One', category: 'energy', domain: { kind: 'flag' } } },
    }) as unknown as Negotiation
    const mapping = { 'a.flag': 1 } as unknown as Diff.IssueMapping
    expect(problems(Diff.proposals(n, terms({}), terms({}), { mapping })).map((p) => [p.kind, p.at])).toEqual(
      [['invalid-mapping', 'mapping.a.flag']],
    )
  })
})

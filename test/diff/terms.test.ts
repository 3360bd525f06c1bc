import { describe, expect, it } from 'vitest'
import { Diff, type Proposal } from '../../src'
import type { Domain } from '../../src/model/domain'
import { INVALID, codeIn, mappingProblems, ownTerm } from '../../src/diff/terms'
import { frozen, ok } from '../algebra/arbitraries'
import { small, terms } from './terms-fixture'
import { problems } from './fixture'

const ISSUES = 'a.flag, b.flag, c.qty, d.qty, e.choice, f.set'

// Both ways of computing a diff: with party impacts (the context's compiled tables) and without.
const both = [
  ['with impacts', {}],
  ['without impacts', { impact: false }],
] as const

describe('mappingProblems', () => {
  it('names an unknown source issue, an unknown or missing target, and two issues mapped onto one, in key order', () => {
    const mapping = frozen({
      'c.qty': 'd.qty',
      zz: 'a.flag',
      'b.flag': 'nope',
      'a.flag': 'd.qty',
      'e.choice': 1,
      'f.set': undefined,
    }) as unknown as Diff.IssueMapping
    expect(mappingProblems(small, mapping)).toEqual([
      {
        kind: 'invalid-mapping',
        at: 'mapping.b.flag',
        message: `the mapping sends \`b.flag\` to "nope", which is not an issue of the negotiation; issues are: ${ISSUES}`,
      },
      {
        kind: 'invalid-mapping',
        at: 'mapping.c.qty',
        message: 'both `a.flag` and `c.qty` are mapped to `d.qty`; map at most one issue onto each',
      },
      {
        kind: 'invalid-mapping',
        at: 'mapping.e.choice',
        message: `the mapping sends \`e.choice\` to 1, which is not an issue of the negotiation; issues are: ${ISSUES}`,
      },
      {
        kind: 'invalid-mapping',
        at: 'mapping.f.set',
        message: `the mapping sends \`f.set\` to nothing, which is not an issue of the negotiation; issues are: ${ISSUES}`,
      },
      {
        kind: 'invalid-mapping',
        at: 'mapping.zz',
        message: `the mapping names \`zz\`, which is not an issue of the negotiation; issues are: ${ISSUES}`,
      },
    ])
  })

  it('accepts a mapping of known issues onto distinct known issues', () => {
    expect(mappingProblems(small, frozen({ 'a.flag': 'b.flag', 'b.flag': 'a.flag' }))).toEqual([])
  })
})

describe('codeIn', () => {
  const quantity = frozen({
    kind: 'quantity',
    unit: 'u',
    min: 1,
    max: 10,
    integer: true,
  }) as unknown as Domain
  const real = frozen({ kind: 'quantity', unit: 'u', min: 1, max: 10 }) as unknown as Domain
  const subset = frozen({
    kind: 'subset',
    universe: [
      { id: 'p', label: 'P' },
      { id: 'q', label: 'Q' },
    ],
  }) as unknown as Domain

  it('codes a quantity by itself, within its bounds, integer when asked', () => {
    expect([1, 10, 5].map((v) => codeIn(quantity, v))).toEqual([1, 10, 5])
    expect([0, 11, 2.5, '3', Number.NaN].map((v) => codeIn(quantity, v))).toEqual([
      INVALID,
      INVALID,
      INVALID,
      INVALID,
      INVALID,
    ])
    expect(codeIn(real, 2.5)).toBe(2.5)
  })

  it('codes a subset by its bit mask, rejecting unknown and repeated elements and non-lists', () => {
    expect(codeIn(subset, ['q'])).toBe(2)
    expect(codeIn(subset, ['q', 'p'])).toBe(3)
    expect(codeIn(subset, [])).toBe(0)
    expect(codeIn(subset, ['q'], false)).toBe(0)
    expect(codeIn(subset, ['p', 'p'])).toBe(INVALID)
    expect(codeIn(subset, ['r'])).toBe(INVALID)
    expect(codeIn(subset, 'p')).toBe(INVALID)
  })

  it('gives NaN for a subset of more than 30 elements', () => {
    const universe = (n: number) =>
      frozen({
        kind: 'subset',
        universe: Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` })),
      }) as unknown as Domain
    expect(codeIn(universe(31), ['e30'])).toBeNaN()
    expect(codeIn(universe(30), ['e29'])).toBe(2 ** 29)
    expect(codeIn(universe(31), ['e99'])).toBe(INVALID)
  })

  it('codes a flag as 1 or 0, a choice by option index, and nothing else', () => {
    expect(codeIn(frozen({ kind: 'flag' }) as unknown as Domain, true)).toBe(1)
    expect(codeIn(frozen({ kind: 'flag' }) as unknown as Domain, false)).toBe(0)
    expect(codeIn(frozen({ kind: 'flag' }) as unknown as Domain, 1)).toBe(INVALID)
    const choice = small.issues['e.choice' as keyof typeof small.issues]!.domain
    expect(codeIn(choice, 'y')).toBe(1)
    expect(codeIn(choice, 'z')).toBe(INVALID)
    expect(codeIn(frozen({ kind: 'scale' }) as unknown as Domain, 1)).toBe(INVALID)
  })
})

describe('ownTerm', () => {
  it('finds an own object term, never an inherited member or a non-object', () => {
    const t = frozen({ 'a.flag': { value: true }, 'b.flag': null, 'c.qty': 3 }) as unknown as Parameters<
      typeof ownTerm
    >[0]
    expect(ownTerm(t, 'a.flag')).toEqual({ value: true })
    expect(ownTerm(t, 'b.flag')).toBeUndefined()
    expect(ownTerm(t, 'c.qty')).toBeUndefined()
    expect(ownTerm(t, 'toString')).toBeUndefined()
    expect(ownTerm(t, '__proto__')).toBeUndefined()
    const own = JSON.parse('{"__proto__": {"value": 1}}') as Parameters<typeof ownTerm>[0]
    expect(ownTerm(own, '__proto__')).toEqual({ value: 1 })
  })
})

describe.each(both)('Diff.proposals: term alignment %s', (_, options) => {
  const diff = (a: Proposal, b: Proposal, more: Diff.ProposalDiffOptions = {}) =>
    Diff.proposals(small, a, b, { ...options, ...more })

  it('reports each term added, removed, changed or unchanged, in issue order, whatever the drafts order', () => {
    const a = terms({ 'f.set': ['p'], 'c.qty': 5, 'b.flag': true, 'a.flag': true, 'e.choice': 'x' })
    const b = terms({ 'e.choice': 'x', 'd.qty': 2, 'c.qty': 6, 'b.flag': true, 'f.set': ['p'] })
    const d = ok(diff(a, b))
    expect(d.terms.map((t) => [t.issue, t.status, t.from, t.to])).toEqual([
      ['a.flag', 'removed', true, null],
      ['c.qty', 'changed', 5, 6],
      ['d.qty', 'added', null, 2],
    ])
    expect(d.unchanged).toEqual(['b.flag', 'e.choice', 'f.set'])
    expect(d.counts).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 3 })
  })

  it('keeps unchanged issues in id order when the drafts list them in order', () => {
    const a = terms({ 'a.flag': true, 'b.flag': false, 'c.qty': 1 })
    expect(ok(diff(a, a)).unchanged).toEqual(['a.flag', 'b.flag', 'c.qty'])
    expect(ok(diff(a, terms({ 'c.qty': 1, 'b.flag': false, 'a.flag': true }))).unchanged).toEqual([
      'a.flag',
      'b.flag',
      'c.qty',
    ])
  })

  it('compares subsets as sets: a reordered list is no change, a different one is', () => {
    const a = terms({ 'f.set': ['p', 'q'] })
    expect(ok(diff(a, terms({ 'f.set': ['q', 'p'] }))).unchanged).toEqual(['f.set'])
    const d = ok(diff(a, terms({ 'f.set': ['q'] })))
    expect(d.terms.map((t) => [t.issue, t.status, t.fromLabel, t.toLabel])).toEqual([
      ['f.set', 'changed', '{P, Q}', '{Q}'],
    ])
    expect(ok(diff(terms({ 'f.set': ['p'] }), terms({ 'f.set': ['q'] }))).terms[0]?.status).toBe('changed')
  })

  it('reports a change of wording or item number alone as an unchanged value with a rewording', () => {
    const a = terms({ 'a.flag': true, 'c.qty': 3 }, { 'a.flag': { text: 'One.' }, 'c.qty': { point: '1' } })
    const b = terms({ 'a.flag': true, 'c.qty': 3 }, { 'a.flag': { text: 'Two.' }, 'c.qty': { point: '2' } })
    const d = ok(diff(a, b))
    expect(d.terms.map((t) => [t.issue, t.status, t.change, t.wording, t.point])).toEqual([
      ['a.flag', 'unchanged', null, { from: 'One.', to: 'Two.' }, null],
      ['c.qty', 'unchanged', null, null, { from: '1', to: '2' }],
    ])
    expect(d.unchanged).toEqual([])
  })

  it('rejects values outside their domain, in either draft, naming where', () => {
    const a = terms({ 'a.flag': 1, 'c.qty': 500, 'e.choice': 'x', 'f.set': ['p', 'p'] })
    const b = terms({ 'a.flag': 2, 'c.qty': 5, 'e.choice': 'z', 'f.set': ['p'] })
    expect(problems(diff(a, b)).map((p) => p.at)).toEqual([
      'from.terms.a.flag.value',
      'to.terms.a.flag.value',
      'from.terms.c.qty.value',
      'to.terms.e.choice.value',
      'from.terms.f.set.value',
    ])
  })

  it('rejects an invalid value of a term only the later draft has', () => {
    const [p, ...rest] = problems(diff(terms({}), terms({ 'b.flag': 'yes' })))
    expect(rest).toEqual([])
    expect([p?.kind, p?.at]).toEqual(['invalid-value', 'to.terms.b.flag.value'])
    expect(p?.message).toMatch(/^issue `b\.flag`: ./)
  })

  it('rejects terms on issues the negotiation does not have, with the known issues', () => {
    expect(problems(diff(terms({ zz: 1 }), terms({ yy: 2 })))).toEqual([
      {
        kind: 'unknown-issue',
        at: 'from.terms.zz',
        message: `the term addresses \`zz\`, which is not an issue of the negotiation; add the issue or fix the id (issues are: ${ISSUES})`,
      },
      {
        kind: 'unknown-issue',
        at: 'to.terms.yy',
        message: `the term addresses \`yy\`, which is not an issue of the negotiation; add the issue or fix the id (issues are: ${ISSUES})`,
      },
    ])
  })

  it('collects the sources of both terms, sorted and once each', () => {
    const a = terms({ 'c.qty': 1 }, { 'c.qty': { sources: ['s2', 's1'] } })
    const b = terms({ 'c.qty': 2 }, { 'c.qty': { sources: ['s1', 's3'] } })
    expect(ok(diff(a, b)).terms[0]?.sources).toEqual(['s1', 's2', 's3'])
    expect(ok(diff(a, terms({}))).terms[0]?.sources).toEqual(['s1', 's2'])
    expect(ok(diff(terms({ 'c.qty': 1 }), terms({ 'c.qty': 2 }))).terms[0]?.sources).toEqual([])
  })

  describe('with a mapping', () => {
    it('aligns a term with its mapped issue and compares values of the same kind', () => {
      const d = ok(
        diff(terms({ 'c.qty': 5, 'a.flag': true }), terms({ 'd.qty': 8, 'b.flag': true }), {
          mapping: { 'c.qty': 'd.qty', 'a.flag': 'b.flag' },
        }),
      )
      expect(d.terms).toEqual([
        {
          issue: 'b.flag',
          label: 'Flag B',
          category: 'energy',
          status: 'unchanged',
          from: true,
          to: true,
          fromLabel: 'yes',
          toLabel: 'yes',
          change: null,
          wording: null,
          point: null,
          aligned: { from: 'a.flag', to: 'b.flag' },
          sources: [],
        },
        {
          issue: 'd.qty',
          label: 'Quantity D',
          category: 'military',
          status: 'changed',
          from: 5,
          to: 8,
          fromLabel: '5 km',
          toLabel: '8 km',
          change: { kind: 'resized', from: 5, to: 8, absolute: 3, relative: 0.6, unit: 'km' },
          wording: null,
          point: null,
          aligned: { from: 'c.qty', to: 'd.qty' },
          sources: [],
        },
      ])
    })

    it('replaces a value mapped onto an issue of another kind, with both labels', () => {
      const d = ok(diff(terms({ 'a.flag': true }), terms({ 'c.qty': 8 }), { mapping: { 'a.flag': 'c.qty' } }))
      expect(d.terms.map((t) => [t.issue, t.fromLabel, t.toLabel, t.change])).toEqual([
        ['c.qty', 'yes', '8 troops', { kind: 'replaced', from: 'yes', to: '8 troops' }],
      ])
    })

    it('counts an issue that is a mapping target as removed when its own term has no partner', () => {
      const d = ok(
        diff(terms({ 'a.flag': true, 'b.flag': false }), terms({ 'b.flag': true }), {
          mapping: { 'a.flag': 'b.flag' },
        }),
      )
      expect(d.terms.map((t) => [t.issue, t.status, t.aligned])).toEqual([
        // two entries on one issue: ordered by the earlier draft's issue
        ['b.flag', 'unchanged', { from: 'a.flag', to: 'b.flag' }],
        ['b.flag', 'removed', null],
      ])
    })

    it('keeps an unchanged term of an unmapped issue and reports an added one', () => {
      const d = ok(
        diff(terms({ 'a.flag': true, 'c.qty': 1 }), terms({ 'b.flag': true, 'c.qty': 1, 'e.choice': 'x' }), {
          mapping: { 'a.flag': 'b.flag' },
        }),
      )
      expect(d.unchanged).toEqual(['c.qty'])
      expect(d.terms.map((t) => [t.issue, t.status])).toEqual([
        ['b.flag', 'unchanged'],
        ['e.choice', 'added'],
      ])
    })

    it('rejects an invalid value on either side of the mapping', () => {
      expect(
        problems(
          diff(terms({ 'a.flag': true }), terms({ 'b.flag': 3 }), { mapping: { 'a.flag': 'b.flag' } }),
        ).map((p) => p.at),
      ).toEqual(['to.terms.b.flag.value'])
      expect(
        problems(
          diff(terms({ 'a.flag': 3 }), terms({ 'b.flag': true }), { mapping: { 'a.flag': 'b.flag' } }),
        ).map((p) => p.at),
      ).toEqual(['from.terms.a.flag.value'])
    })
  })
})

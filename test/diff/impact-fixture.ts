/**
 * Small hand-made negotiations for the tests of who gains: two principals (A, B), a mediator (M) and an observer
 * (O) with no positions, on a quantity, an ordered and an unordered choice, a flag, a small subset and a subset of
 * 31 elements; the positions and drafts are given by each test.
 */
import { Diff, type Negotiation } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'

const big = Array.from({ length: 31 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))

export const issues = {
  q: { label: 'Army cap', domain: { kind: 'quantity', unit: 'troops', min: 0, max: 100, integer: true } },
  q2: {
    label: 'Army cap (renumbered)',
    domain: { kind: 'quantity', unit: 'troops', min: 0, max: 100, integer: true },
  },
  o: {
    label: 'Alliance',
    domain: {
      kind: 'choice',
      ordered: true,
      options: [
        { id: 'low', label: 'Low' },
        { id: 'mid', label: 'Mid' },
        { id: 'high', label: 'High' },
      ],
    },
  },
  c: {
    label: 'Format',
    domain: {
      kind: 'choice',
      options: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
        { id: 'z', label: 'Z' },
      ],
    },
  },
  f: { label: 'Moratorium', domain: { kind: 'flag' } },
  n: { label: 'Neutrality', domain: { kind: 'flag' } },
  s: {
    label: 'Guarantors',
    domain: {
      kind: 'subset',
      universe: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
    },
  },
  big: { label: 'Monitors', domain: { kind: 'subset', universe: big } },
}

export type Terms = Readonly<Record<string, unknown>>

/** A negotiation with these positions (each dated 2025-01-01, citing `s1` unless it says) and drafts `d1`, `d2`. */
export const world = (positions: readonly Record<string, unknown>[], d1: Terms, d2: Terms): Negotiation =>
  frozen({
    format: 'negotiation-positions/1',
    title: 'Impact fixture',
    parties: {
      A: { name: 'Alpha', role: 'principal' },
      B: { name: 'Beta', role: 'principal' },
      M: { name: 'Mediator', role: 'mediator' },
      O: { name: 'Observer', role: 'observer' },
    },
    issues,
    positions: positions.map((p, i) => ({ id: `p${String(i)}`, asOf: '2025-01-01', sources: ['s1'], ...p })),
    proposals: {
      d1: { title: 'First draft', date: '2025-02-01', tabledBy: ['M'], sources: [], terms: wrap(d1) },
      d2: { title: 'Second draft', date: '2025-03-01', tabledBy: ['M'], sources: [], terms: wrap(d2) },
    },
    events: [],
    sources: { s1: { title: 'One' }, 'sa-b': { title: 'B' }, 'sz-a': { title: 'A' } },
  }) as unknown as Negotiation

const wrap = (terms: Terms): Record<string, { readonly value: unknown }> =>
  Object.fromEntries(Object.entries(terms).map(([k, value]) => [k, { value }]))

/** The reading of the change from `d1` to `d2`. */
export const impacts = (n: Negotiation, options?: Diff.ProposalDiffOptions): Diff.PartyImpacts =>
  ok(Diff.proposals(n, 'd1', 'd2', options)).parties as Diff.PartyImpacts

/** One party's reading. */
export const party = (r: Diff.PartyImpacts, id: string): Diff.PartyImpact => {
  const p = [...r.principals, ...r.others].find((x) => x.party === id)
  if (p === undefined) throw new Error(`no party ${id}`)
  return p
}

/** One party's reading of one issue. */
export const effect = (r: Diff.PartyImpacts, id: string, issue: string): Diff.IssueEffect => {
  const e = party(r, id).issues.find((x) => x.issue === issue)
  if (e === undefined) throw new Error(`no effect for ${id} on ${issue}`)
  return e
}

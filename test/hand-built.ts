/**
 * A small valid negotiation built in code, not loaded (two principals and a mediator, a flag, an ordered choice, a
 * quantity and a subset issue, positions, two proposals, a few events), for the tests of how the analyses take an
 * ill-formed document that never went through the loader: each test changes one thing. Also a deep freeze that
 * covers own `__proto__` keys, so that no analysis can change what it is given.
 */
import type { Negotiation } from '../src'

export const deepFreeze = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !Object.isFrozen(a)) {
    Object.freeze(a)
    for (const k of Reflect.ownKeys(a)) deepFreeze((a as Record<PropertyKey, unknown>)[k])
  }
  return a
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const base = (): any => ({
  format: 'negotiation-positions/1',
  title: 'Probe',
  parties: {
    A: { name: 'Alpha', role: 'principal' },
    B: { name: 'Beta', role: 'principal' },
    M: { name: 'Med', role: 'mediator' },
  },
  issues: {
    truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } },
    border: {
      label: 'Border',
      category: 'territory',
      domain: {
        kind: 'choice',
        ordered: true,
        options: [
          { id: 'old', label: 'Old' },
          { id: 'contact', label: 'Contact' },
          { id: 'new', label: 'New' },
        ],
      },
    },
    army: {
      label: 'Army',
      category: 'military',
      domain: { kind: 'quantity', unit: 'troops', min: 0, max: 100, integer: true },
    },
    sanc: {
      label: 'Sanctions',
      category: 'sanctions',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'swift', label: 'SWIFT' },
          { id: 'oil', label: 'Oil' },
          { id: 'gas', label: 'Gas' },
        ],
      },
    },
  },
  positions: [
    {
      id: 'p1',
      party: 'A',
      issue: 'truce',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: true,
      acceptable: { kind: 'flags', values: [true] },
      priority: 0.8,
    },
    {
      id: 'p2',
      party: 'B',
      issue: 'truce',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: false,
      priority: 0.3,
    },
    {
      id: 'p3',
      party: 'A',
      issue: 'border',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: 'old',
      acceptable: { kind: 'options', options: ['old', 'contact'] },
      redLines: { kind: 'options', options: ['new'] },
    },
    {
      id: 'p4',
      party: 'B',
      issue: 'border',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: 'new',
      acceptable: { kind: 'options', options: ['contact', 'new'] },
    },
    {
      id: 'p5',
      party: 'A',
      issue: 'army',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: 80,
      acceptable: { kind: 'intervals', intervals: [{ min: 50, max: 100 }] },
    },
    {
      id: 'p6',
      party: 'B',
      issue: 'army',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: 20,
      acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 60 }] },
    },
    {
      id: 'p7',
      party: 'A',
      issue: 'sanc',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: ['swift', 'oil'],
      acceptable: { kind: 'subsets', any: [{ include: ['swift'] }] },
    },
    {
      id: 'p8',
      party: 'B',
      issue: 'sanc',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: [],
      redLines: { kind: 'subsets', any: [{ include: ['gas'] }] },
    },
    {
      id: 'p9',
      party: 'B',
      issue: 'border',
      asOf: '2025-02-01',
      sources: ['s1'],
      ideal: 'contact',
      conditions: [{ kind: 'value', issue: 'truce', in: { kind: 'flags', values: [true] } }],
    },
  ],
  proposals: {
    d1: {
      title: 'Draft 1',
      date: '2025-01-10',
      tabledBy: ['M'],
      sources: ['s1'],
      terms: {
        truce: { value: true },
        border: { value: 'contact' },
        army: { value: 55 },
        sanc: { value: ['swift'] },
      },
    },
    d2: {
      title: 'Draft 2',
      date: '2025-02-10',
      tabledBy: ['A'],
      sources: ['s1'],
      basedOn: 'd1',
      terms: {
        truce: { value: true },
        border: { value: 'old' },
        army: { value: 60 },
        sanc: { value: ['swift', 'oil'] },
      },
      conditions: [{ kind: 'acceptance', party: 'B' }],
    },
  },
  events: [
    {
      id: 'e1',
      kind: 'response',
      date: '2025-01-12',
      sources: ['s1'],
      party: 'A',
      proposal: 'd1',
      stance: 'accepted',
    },
    {
      id: 'e2',
      kind: 'response',
      date: '2025-01-13',
      sources: ['s1'],
      party: 'B',
      proposal: 'd1',
      stance: 'accepted',
    },
    {
      id: 'e3',
      kind: 'response',
      date: '2025-02-12',
      sources: ['s1'],
      party: 'B',
      proposal: 'd2',
      stance: 'rejected',
    },
  ],
  sources: { s1: { title: 'Source 1' } },
})

/** The base negotiation with one change, deep-frozen. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const withChange = (change: (n: any) => void): Negotiation => {
  const n: unknown = base()
  change(n)
  return deepFreeze(n) as Negotiation
}

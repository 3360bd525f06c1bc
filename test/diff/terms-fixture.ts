/**
 * A tiny negotiation for the term-alignment tests: two flags and two quantities (so that a mapping can send a term
 * onto another issue of the same kind), a choice and a subset, one principal with a stated position on each flag.
 */
import { frozen } from '../algebra/arbitraries'
import type { Negotiation, Proposal } from '../../src'

export const small = frozen({
  format: 'negotiation-positions/1',
  title: 'Small',
  parties: { UA: { name: 'Ukraine', role: 'principal' }, RU: { name: 'Russia', role: 'principal' } },
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
      domain: { kind: 'quantity', unit: 'km', min: 0, max: 50 },
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
    'f.set': {
      label: 'Set F',
      category: 'security-guarantees',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'p', label: 'P' },
          { id: 'q', label: 'Q' },
        ],
      },
    },
  },
  positions: [
    { id: 'ua-a', party: 'UA', issue: 'a.flag', asOf: '2025-01-01', sources: [], ideal: true },
    { id: 'ua-b', party: 'UA', issue: 'b.flag', asOf: '2025-01-01', sources: [], ideal: false },
  ],
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

/** A draft on the small negotiation (frozen). */
export const draft = (terms: Record<string, unknown>, more: Record<string, unknown> = {}): Proposal =>
  frozen({
    title: 'Draft',
    date: '2025-11-25',
    tabledBy: [],
    sources: [],
    terms,
    ...more,
  }) as unknown as Proposal

/** The small negotiation with these drafts. */
export const smallWith = (proposals: Record<string, Proposal>): Negotiation => frozen({ ...small, proposals })

/** A draft of the given values, with a few terms' wording, item number or sources where asked. */
export const terms = (
  values: Record<string, unknown>,
  extra: Record<string, Record<string, unknown>> = {},
): Proposal =>
  draft(Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, ...extra[k] }])))

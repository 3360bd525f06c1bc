/**
 * Small hand-made negotiations for the chart tests, checked by the loader and deeply frozen.
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../../src/internal/freeze'
import * as Ledger from '../../src/ledger'
import * as Load from '../../src/model/load'
import type { Negotiation } from '../../src/model/negotiation'
import { document, flag } from './build'

/** A negotiation from its parts (see `document`), checked by the loader and deeply frozen. */
export const make = (doc: Record<string, unknown>): Negotiation => {
  const r = Load.decode(document({ title: 'Test', ...doc }))
  if (E.isLeft(r)) throw new Error(Load.format(r.left))
  return deepFreeze(r.right)
}

/** The acceptance ledger of a negotiation. */
export const ledgerOf = (n: Negotiation): Ledger.Ledger => {
  const r = Ledger.fromNegotiation(n)
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

/**
 * Three proposals, two of them on the same day and listed against the order of their ids, between two principals
 * and a mediator listed first: `zeta` (truce, harbour) and `alpha` (truce) on 2025-03-01, `early` (truce) on
 * 2025-01-15, listed first; responses: the mediator turns from rejecting `early` to accepting it, and `A` rejects it
 * citing a source.
 */
export const drafts = (): Negotiation =>
  make({
    sources: { src: { title: 'A statement' } },
    parties: {
      M: { name: 'Mediator', role: 'mediator' },
      B: { name: 'Beta', role: 'principal' },
      A: { name: 'Alpha', role: 'principal' },
    },
    issues: { truce: flag('Truce'), harbour: flag('Harbour') },
    proposals: {
      early: {
        title: 'Early plan',
        date: '2025-01-15',
        tabledBy: ['B'],
        sources: [],
        terms: { truce: { value: true } },
      },
      zeta: {
        title: 'Zeta plan',
        date: '2025-03-01',
        tabledBy: ['M'],
        sources: [],
        terms: { truce: { value: true }, harbour: { value: false } },
      },
      alpha: {
        title: 'Alpha plan',
        date: '2025-03-01',
        tabledBy: ['A'],
        sources: [],
        terms: { truce: { value: true } },
      },
    },
    events: [
      {
        id: 'e0',
        kind: 'response',
        date: '2025-01-16',
        party: 'M',
        proposal: 'early',
        stance: 'rejected',
        sources: [],
      },
      {
        id: 'e1',
        kind: 'response',
        date: '2025-01-20',
        party: 'A',
        proposal: 'early',
        stance: 'rejected',
        sources: ['src'],
      },
      {
        id: 'e5',
        kind: 'response',
        date: '2025-01-25',
        party: 'M',
        proposal: 'early',
        stance: 'accepted',
        sources: [],
      },
      {
        id: 'e2',
        kind: 'response',
        date: '2025-03-04',
        party: 'B',
        proposal: 'zeta',
        stance: 'accepted',
        sources: [],
      },
      {
        id: 'e3',
        kind: 'response',
        date: '2025-03-05',
        party: 'A',
        proposal: 'zeta',
        stance: 'accepted',
        sources: [],
      },
    ],
  })

/**
 * The charts' colours: one per party (principals first, then by role and id, so the same parties get the same
 * colours in every chart), one per kind of deadlock, and the ledger's status scale. Internal.
 *
 * @internal
 */
import type { FindingKind } from '../deadlock'
import type { PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { PartyRole } from '../model/party'
import type { PartyKey } from './model'
import { compareText } from '../internal/text'

/**
 * Party colours, in the order parties are listed (distinct enough side by side and on white).
 *
 * @internal
 */
export const PARTY_COLORS: readonly string[] = [
  '#d62728',
  '#1f77b4',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#393b79',
  '#637939',
  '#843c39',
  '#7b4173',
]

/**
 * The colour of each kind of deadlock finding.
 *
 * @internal
 */
export const KIND_COLORS: Readonly<Record<FindingKind, string>> = Object.freeze({
  'red-line-clash': '#c0392b',
  'package-infeasibility': '#e67e22',
  'sequencing-cycle': '#8e44ad',
  stalemate: '#5d6d7e',
  oscillation: '#2e86c1',
  'broken-commitment': '#6e2c00',
})

/**
 * The words for each kind of deadlock finding.
 *
 * @internal
 */
export const KIND_LABELS: Readonly<Record<FindingKind, string>> = Object.freeze({
  'red-line-clash': 'Red-line clash',
  'package-infeasibility': 'No package for all',
  'sequencing-cycle': 'Sequencing cycle',
  stalemate: 'Stalemate',
  oscillation: 'Oscillation',
  'broken-commitment': 'Broken commitment',
})

const ROLE_RANK: Readonly<Record<PartyRole, number>> = {
  principal: 0,
  mediator: 1,
  guarantor: 2,
  observer: 3,
}

/**
 * The parties of a negotiation in chart order (principals, mediators, guarantors, observers; by id within a role),
 * each with its colour. The colour depends on the party's place among all parties, not on the selection.
 *
 * @internal
 */
export const partyKeys = (negotiation: Pick<Negotiation, 'parties'>): readonly PartyKey[] => {
  const ids = Object.keys(negotiation.parties) as PartyId[]
  const role = (p: PartyId): PartyRole => negotiation.parties[p]?.role ?? 'observer'
  ids.sort((a, b) => ROLE_RANK[role(a)] - ROLE_RANK[role(b)] || compareText(a, b))
  return ids.map((id, i) => ({
    id,
    name: negotiation.parties[id]?.name ?? id,
    role: role(id),
    color: PARTY_COLORS[i % PARTY_COLORS.length] as string,
  }))
}

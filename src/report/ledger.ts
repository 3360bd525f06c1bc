/**
 * The ledger section: what every principal had agreed on the report's date, what each party had accepted (outright
 * or on conditions), and the commitments that were broken, grouped by party and proposal. Internal.
 *
 * @internal
 */
import { partyKeys } from '../chart/palette'
import { brokenCommitments, type Ledger, agreedAt, stateAt } from '../ledger'
import type { IsoDate } from '../model/date'
import type { IssueId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { type Context } from './context'
import { compareText } from '../internal/text'
import type { AcceptedRow, AgreedRow, BrokenRow, LedgerSection } from './model'
import { issueLabel } from './words'

const FAR_FUTURE = '9999-12-31' as IsoDate

/** @internal */
export const ledgerSection = (ctx: Context, ledger: Ledger): LedgerSection => {
  const n = ctx.negotiation
  const date = ctx.asOf ?? FAR_FUTURE
  const proposals = ledger.proposals as Readonly<Record<string, Proposal>>
  const titleOf = (p: string): string => proposals[p]?.title ?? p
  const dateOf = (p: string): string => proposals[p]?.date ?? ''
  const partyOrder = new Map(partyKeys(n).map((p, i) => [p.id as string, i]))
  const byParty = (a: string, b: string): number => (partyOrder.get(a) ?? 0) - (partyOrder.get(b) ?? 0)
  const termOrder = (p: string) => {
    const keys = Object.keys(proposals[p]?.terms ?? {})
    return (a: string, b: string): number => keys.indexOf(a) - keys.indexOf(b)
  }

  const agreed: AgreedRow[] = agreedAt(ledger, date)
    .map((a) => ({
      proposal: a.proposal,
      title: titleOf(a.proposal),
      term: a.term,
      label: issueLabel(n, a.term),
      conditional: a.conditional,
      violationAlleged: a.violationAlleged,
    }))
    .sort(
      (a, b) =>
        compareText(dateOf(a.proposal), dateOf(b.proposal)) ||
        compareText(a.proposal, b.proposal) ||
        termOrder(a.proposal)(a.term, b.term),
    )

  const accepted: AcceptedRow[] = []
  const state = stateAt(ledger, date)
  for (const party of Object.keys(state).sort(byParty)) {
    const rows: AcceptedRow[] = []
    for (const [proposal, terms] of Object.entries(state[party] ?? {})) {
      const held = Object.entries(terms)
        .filter(([, s]) => s.status === 'accepted' || s.status === 'conditionally-accepted')
        .map(([term, s]) => ({
          term: term as IssueId,
          label: issueLabel(n, term),
          conditional: s.status === 'conditionally-accepted',
          since: s.status === 'unknown' ? date : s.since,
        }))
        .sort((a, b) => termOrder(proposal)(a.term, b.term))
      if (held.length > 0)
        rows.push({
          party: party as PartyId,
          proposal: proposal as ProposalId,
          title: titleOf(proposal),
          of: Object.keys(proposals[proposal]?.terms ?? {}).length,
          terms: held,
        })
    }
    rows.sort(
      (a, b) => compareText(dateOf(a.proposal), dateOf(b.proposal)) || compareText(a.proposal, b.proposal),
    )
    accepted.push(...rows)
  }

  const groups = new Map<
    string,
    {
      party: PartyId
      proposal: ProposalId
      terms: IssueId[]
      committed: { status: string; since: IsoDate }
      breaches: Map<
        string,
        { kind: BrokenRow['breaches'][number]['kind']; since: IsoDate; by: Set<PartyId>; sources: SourceId[] }
      >
    }
  >()
  for (const c of ctx.asOf === undefined ? brokenCommitments(ledger) : brokenCommitments(ledger, ctx.asOf)) {
    const key = JSON.stringify([c.party, c.proposal])
    let g = groups.get(key)
    const since = c.commitment.status === 'unknown' ? date : c.commitment.since
    if (g === undefined)
      groups.set(
        key,
        (g = {
          party: c.party,
          proposal: c.proposal,
          terms: [],
          committed: { status: c.commitment.status, since },
          breaches: new Map(),
        }),
      )
    if (!g.terms.includes(c.term)) g.terms.push(c.term)
    if (since < g.committed.since) g.committed = { status: c.commitment.status, since }
    for (const b of c.breaches) {
      const bk = `${b.since}\u0000${b.kind}`
      let e = g.breaches.get(bk)
      if (e === undefined)
        g.breaches.set(bk, (e = { kind: b.kind, since: b.since, by: new Set(), sources: [] }))
      if (b.status.status === 'violated') for (const p of b.status.allegedBy) e.by.add(p)
      if (b.status.status !== 'unknown')
        for (const s of b.status.sources) if (!e.sources.includes(s)) e.sources.push(s)
    }
  }
  const broken: BrokenRow[] = [...groups.values()]
    .map((g) => ({
      party: g.party,
      proposal: g.proposal,
      title: titleOf(g.proposal),
      terms: [...g.terms].sort(termOrder(g.proposal)),
      committed: g.committed,
      breaches: [...g.breaches.values()]
        .sort((a, b) => compareText(a.since, b.since) || compareText(a.kind, b.kind))
        .map((b) => ({
          kind: b.kind,
          since: b.since,
          by: [...b.by].sort(byParty),
          sources: ctx.cite(b.sources),
        })),
    }))
    .sort(
      (a, b) =>
        byParty(a.party, b.party) ||
        compareText(dateOf(a.proposal), dateOf(b.proposal)) ||
        compareText(a.proposal, b.proposal),
    )

  const notes: string[] = []
  if (Object.keys(proposals).length === 0) notes.push('No drafts were tabled, so nothing could be accepted.')
  return { agreed, accepted, broken, notes }
}

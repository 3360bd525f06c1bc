/**
 * Open and settled issues. An issue is settled as of a date when an agreement in force covers it: an `agreement`
 * event on or before the date, between parties that include every principal, on a proposal's terms (all of them,
 * or the listed ones), not expired since (no `term-expired` event for the term, no `expires` date passed). Its
 * value is the proposal's term. Every other issue is open. Internal.
 *
 * @internal
 */
import type { IsoDate } from '../model/date'
import type { Value } from '../model/domain'
import type { EventId, IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { compareText } from '../internal/text'

/**
 * A settled issue: the agreed value and the agreement event.
 *
 * @internal
 */
export interface Settlement {
  readonly value: Value
  readonly event: EventId
  readonly date: IsoDate
}

/** The last date of the record: of its events, its positions and its proposals (`undefined` when it has none). */
const lastDate = (negotiation: Negotiation): IsoDate | undefined => {
  let last: IsoDate | undefined
  const see = (d: IsoDate): void => {
    if (last === undefined || d > last) last = d
  }
  for (const e of negotiation.events) see(e.date)
  for (const p of negotiation.positions) see(p.asOf)
  for (const p of Object.values(negotiation.proposals)) see(p.date)
  return last
}

/**
 * The settled issues as of `asOf` (when undefined: every event, as of the last date of the record, so that an
 * agreement whose `expires` date is later than anything recorded is still in force), for the given principals.
 *
 * @internal
 */
export const settlements = (
  negotiation: Negotiation,
  principals: readonly PartyId[],
  asOf: IsoDate | undefined,
): ReadonlyMap<IssueId, Settlement> => {
  const out = new Map<IssueId, Settlement>()
  const until = asOf ?? lastDate(negotiation)
  const events = negotiation.events
    .filter((e) => asOf === undefined || e.date <= asOf)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareText(a.e.date, b.e.date) || a.i - b.i)
  for (const { e } of events) {
    if (e.kind === 'agreement') {
      if (e.proposal === undefined || !principals.every((p) => e.parties.includes(p))) continue
      const proposal = negotiation.proposals[e.proposal]
      if (proposal === undefined) continue
      const lapsed = e.expires !== undefined && until !== undefined && e.expires <= until
      if (lapsed) continue
      const terms = e.terms ?? (Object.keys(proposal.terms) as IssueId[])
      for (const issue of terms) {
        const term = proposal.terms[issue]
        if (term !== undefined) out.set(issue, { value: term.value, event: e.id, date: e.date })
      }
    } else if (e.kind === 'term-expired') {
      for (const [issue, s] of [...out]) {
        const agreement = negotiation.events.find((x) => x.id === s.event)
        if (agreement?.kind !== 'agreement' || agreement.proposal !== e.proposal) continue
        if (e.terms === undefined || e.terms.includes(issue)) out.delete(issue)
      }
    }
  }
  return out
}

/**
 * The open issues (not settled), in id order.
 *
 * @internal
 */
export const openIssues = (negotiation: Negotiation, settled: ReadonlyMap<IssueId, Settlement>): IssueId[] =>
  (Object.keys(negotiation.issues) as IssueId[]).filter((i) => !settled.has(i)).sort(compareText)

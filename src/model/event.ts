/**
 * Events: the dated, sourced facts of a negotiation's history — positions stated, proposals tabled, responses,
 * agreements, alleged violations, expiries, meetings and statements. A tagged union on `kind`.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { list, oneOf, struct, tagged, text } from '../internal/codec'
import { Condition } from './condition'
import { IsoDate } from './date'
import { EventId, IssueId, PartyId, PositionId, ProposalId, SourceId } from './ids'
import { Confidence } from './party'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const common = { id: EventId, date: IsoDate, sources: list(SourceId, 'sources') }
const commonOptional = {
  endDate: IsoDate,
  title: text(500),
  summary: text(),
  confidence: Confidence,
  note: text(),
}

/**
 * A party stated one or more positions (recorded in the document's `positions`).
 *
 * @category events
 * @since 0.1.0
 */
export const PositionStated = struct(
  'PositionStated',
  { ...common, kind: t.literal('position-stated'), party: PartyId, positions: list(PositionId, 'positions') },
  commonOptional,
)
/**
 * @category events
 * @since 0.1.0
 */
export type PositionStated = t.TypeOf<typeof PositionStated>

/**
 * A proposal was tabled (again, or in another forum) by one or more parties. Every proposal counts as tabled on its
 * own `date` by its `tabledBy`; this event records later tablings.
 *
 * @category events
 * @since 0.1.0
 */
export const ProposalTabled = struct(
  'ProposalTabled',
  { ...common, kind: t.literal('proposal-tabled'), proposal: ProposalId, by: list(PartyId, 'by') },
  commonOptional,
)
/**
 * @category events
 * @since 0.1.0
 */
export type ProposalTabled = t.TypeOf<typeof ProposalTabled>

/**
 * What a party said to a proposal. `supported` and `opposed` are for parties not bound by it (mediators,
 * observers); `withdrawn` takes back an earlier acceptance or the party's own proposal.
 *
 * @category events
 * @since 0.1.0
 */
export const Stance = oneOf('Stance', [
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
])
/**
 * @category events
 * @since 0.1.0
 */
export type Stance = t.TypeOf<typeof Stance>

/**
 * A party's response to a proposal, on all its terms or on the listed ones. A conditional acceptance lists its
 * conditions; a counter names the counter-proposal when there is one.
 *
 * @category events
 * @since 0.1.0
 */
export const Response = struct(
  'Response',
  { ...common, kind: t.literal('response'), party: PartyId, proposal: ProposalId, stance: Stance },
  {
    ...commonOptional,
    terms: list(IssueId, 'terms'),
    conditions: list(Condition, 'conditions'),
    counter: ProposalId,
  },
)
/**
 * @category events
 * @since 0.1.0
 */
export type Response = t.TypeOf<typeof Response>

/**
 * The listed parties reached an agreement, on a proposal (all or some of its terms) or in words only.
 *
 * @category events
 * @since 0.1.0
 */
export const AgreementReached = struct(
  'AgreementReached',
  { ...common, kind: t.literal('agreement'), parties: list(PartyId, 'parties') },
  { ...commonOptional, proposal: ProposalId, terms: list(IssueId, 'terms'), expires: IsoDate },
)
/**
 * @category events
 * @since 0.1.0
 */
export type AgreementReached = t.TypeOf<typeof AgreementReached>

/**
 * One party (`by`) alleged that another (`against`) broke a term.
 *
 * @category events
 * @since 0.1.0
 */
export const ViolationAlleged = struct(
  'ViolationAlleged',
  { ...common, kind: t.literal('violation-alleged'), by: PartyId, against: PartyId, claim: text() },
  { ...commonOptional, proposal: ProposalId, terms: list(IssueId, 'terms'), reply: text() },
)
/**
 * @category events
 * @since 0.1.0
 */
export type ViolationAlleged = t.TypeOf<typeof ViolationAlleged>

/**
 * Terms of a proposal (all, or the listed ones) lapsed.
 *
 * @category events
 * @since 0.1.0
 */
export const TermExpired = struct(
  'TermExpired',
  { ...common, kind: t.literal('term-expired'), proposal: ProposalId },
  { ...commonOptional, terms: list(IssueId, 'terms') },
)
/**
 * @category events
 * @since 0.1.0
 */
export type TermExpired = t.TypeOf<typeof TermExpired>

/**
 * A round of talks, a summit or a call between the listed parties.
 *
 * @category events
 * @since 0.1.0
 */
export const Meeting = struct(
  'Meeting',
  { ...common, kind: t.literal('meeting'), parties: list(PartyId, 'parties') },
  { ...commonOptional, location: text(500) },
)
/**
 * @category events
 * @since 0.1.0
 */
export type Meeting = t.TypeOf<typeof Meeting>

/**
 * A public statement by one party that is not a response to a proposal.
 *
 * @category events
 * @since 0.1.0
 */
export const Statement = struct(
  'Statement',
  { ...common, kind: t.literal('statement'), party: PartyId },
  { ...commonOptional, issues: list(IssueId, 'issues') },
)
/**
 * @category events
 * @since 0.1.0
 */
export type Statement = t.TypeOf<typeof Statement>

/**
 * An event of the negotiation's history, discriminated by `kind`.
 *
 * @category events
 * @since 0.1.0
 */
export const Event = tagged('Event', 'kind', {
  'position-stated': PositionStated,
  'proposal-tabled': ProposalTabled,
  response: Response,
  agreement: AgreementReached,
  'violation-alleged': ViolationAlleged,
  'term-expired': TermExpired,
  meeting: Meeting,
  statement: Statement,
})
/**
 * @category events
 * @since 0.1.0
 */
export type Event =
  | PositionStated
  | ProposalTabled
  | Response
  | AgreementReached
  | ViolationAlleged
  | TermExpired
  | Meeting
  | Statement

/**
 * The kinds of event.
 *
 * @category events
 * @since 0.1.0
 */
export type EventKind = Event['kind']

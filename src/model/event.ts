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

const PositionStatedCodec = struct(
  'PositionStated',
  { ...common, kind: t.literal('position-stated'), party: PartyId, positions: list(PositionId, 'positions') },
  commonOptional,
)
/**
 * @category events
 * @since 0.1.0
 */
export interface PositionStated extends t.TypeOf<typeof PositionStatedCodec> {}
/**
 * A party stated one or more positions (recorded in the document's `positions`).
 *
 * @category events
 * @since 0.1.0
 */
export const PositionStated: t.Type<PositionStated, PositionStated, unknown> = PositionStatedCodec

const ProposalTabledCodec = struct(
  'ProposalTabled',
  { ...common, kind: t.literal('proposal-tabled'), proposal: ProposalId, by: list(PartyId, 'by') },
  commonOptional,
)
/**
 * @category events
 * @since 0.1.0
 */
export interface ProposalTabled extends t.TypeOf<typeof ProposalTabledCodec> {}
/**
 * A proposal was tabled (again, or in another forum) by one or more parties. Every proposal counts as tabled on its
 * own `date` by its `tabledBy`; this event records later tablings.
 *
 * @category events
 * @since 0.1.0
 */
export const ProposalTabled: t.Type<ProposalTabled, ProposalTabled, unknown> = ProposalTabledCodec

/** The stances, in order (see `Stance`). */
const STANCE_LIST = [
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
] as const

/**
 * What a party said to a proposal. `supported` and `opposed` are for parties not bound by it (mediators,
 * observers); `withdrawn` takes back an earlier acceptance or the party's own proposal.
 *
 * @category events
 * @since 0.1.0
 */
export const Stance = oneOf('Stance', STANCE_LIST)

/**
 * @category events
 * @since 0.1.0
 */
export type Stance = t.TypeOf<typeof Stance>

/**
 * Every stance a response can take, in a fixed order (the order of `Stance`'s messages).
 *
 * @category events
 * @since 0.1.0
 * @example
 * import { STANCES } from 'negotiation-positions'
 * assert.deepStrictEqual(STANCES.slice(0, 2), ['accepted', 'conditionally-accepted'])
 */
export const STANCES: ReadonlyArray<Stance> = Object.freeze([...STANCE_LIST])

const ResponseCodec = struct(
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
export interface Response extends t.TypeOf<typeof ResponseCodec> {}
/**
 * A party's response to a proposal, on all its terms or on the listed ones. A conditional acceptance lists its
 * conditions; a counter names the counter-proposal when there is one.
 *
 * @category events
 * @since 0.1.0
 */
export const Response: t.Type<Response, Response, unknown> = ResponseCodec

const AgreementReachedCodec = struct(
  'AgreementReached',
  { ...common, kind: t.literal('agreement'), parties: list(PartyId, 'parties') },
  { ...commonOptional, proposal: ProposalId, terms: list(IssueId, 'terms'), expires: IsoDate },
)
/**
 * @category events
 * @since 0.1.0
 */
export interface AgreementReached extends t.TypeOf<typeof AgreementReachedCodec> {}
/**
 * The listed parties reached an agreement, on a proposal (all or some of its terms) or in words only.
 *
 * @category events
 * @since 0.1.0
 */
export const AgreementReached: t.Type<AgreementReached, AgreementReached, unknown> = AgreementReachedCodec

const ViolationAllegedCodec = struct(
  'ViolationAlleged',
  { ...common, kind: t.literal('violation-alleged'), by: PartyId, against: PartyId, claim: text() },
  { ...commonOptional, proposal: ProposalId, terms: list(IssueId, 'terms'), reply: text() },
)
/**
 * @category events
 * @since 0.1.0
 */
export interface ViolationAlleged extends t.TypeOf<typeof ViolationAllegedCodec> {}
/**
 * One party (`by`) alleged that another (`against`) broke a term.
 *
 * @category events
 * @since 0.1.0
 */
export const ViolationAlleged: t.Type<ViolationAlleged, ViolationAlleged, unknown> = ViolationAllegedCodec

const TermExpiredCodec = struct(
  'TermExpired',
  { ...common, kind: t.literal('term-expired'), proposal: ProposalId },
  { ...commonOptional, terms: list(IssueId, 'terms') },
)
/**
 * @category events
 * @since 0.1.0
 */
export interface TermExpired extends t.TypeOf<typeof TermExpiredCodec> {}
/**
 * Terms of a proposal (all, or the listed ones) lapsed.
 *
 * @category events
 * @since 0.1.0
 */
export const TermExpired: t.Type<TermExpired, TermExpired, unknown> = TermExpiredCodec

const MeetingCodec = struct(
  'Meeting',
  { ...common, kind: t.literal('meeting'), parties: list(PartyId, 'parties') },
  { ...commonOptional, location: text(500) },
)
/**
 * @category events
 * @since 0.1.0
 */
export interface Meeting extends t.TypeOf<typeof MeetingCodec> {}
/**
 * A round of talks, a summit or a call between the listed parties.
 *
 * @category events
 * @since 0.1.0
 */
export const Meeting: t.Type<Meeting, Meeting, unknown> = MeetingCodec

const StatementCodec = struct(
  'Statement',
  { ...common, kind: t.literal('statement'), party: PartyId },
  { ...commonOptional, issues: list(IssueId, 'issues') },
)
/**
 * @category events
 * @since 0.1.0
 */
export interface Statement extends t.TypeOf<typeof StatementCodec> {}
/**
 * A public statement by one party that is not a response to a proposal.
 *
 * @category events
 * @since 0.1.0
 */
export const Statement: t.Type<Statement, Statement, unknown> = StatementCodec

/** The codec of each kind of event, by kind. */
const EVENT_MEMBERS = {
  'position-stated': PositionStated,
  'proposal-tabled': ProposalTabled,
  response: Response,
  agreement: AgreementReached,
  'violation-alleged': ViolationAlleged,
  'term-expired': TermExpired,
  meeting: Meeting,
  statement: Statement,
} as const

/**
 * An event of the negotiation's history, discriminated by `kind`.
 *
 * @category events
 * @since 0.1.0
 */
export const Event: t.Type<Event, Event, unknown> = tagged('Event', 'kind', EVENT_MEMBERS)
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

/**
 * Every kind of event, in a fixed order (the order of `Event`'s members).
 *
 * @category events
 * @since 0.1.0
 * @example
 * import { EVENT_KINDS } from 'negotiation-positions'
 * assert.ok(EVENT_KINDS.includes('violation-alleged'))
 */
export const EVENT_KINDS: ReadonlyArray<EventKind> = Object.freeze(Object.keys(EVENT_MEMBERS) as EventKind[])

/**
 * The acceptance ledger's data: the ledger itself (context, events, and one date-sorted timeline per party, proposal
 * and term), the statuses it answers with, and its errors. Plain, JSON-serialisable, deeply frozen data.
 *
 * @since 0.1.0
 */
import type { Condition } from '../model/condition'
import type { IsoDate } from '../model/date'
import type { Event, Stance } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Party } from '../model/party'
import type { Proposal } from '../model/proposal'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a ledger needs to check the events it is given: the parties and the proposals (their terms and tabling).
 * A whole `Negotiation` is one.
 *
 * @category model
 * @since 0.1.0
 */
export interface LedgerContext {
  readonly parties: Readonly<Record<PartyId, Party>>
  readonly proposals: Readonly<Record<ProposalId, Proposal>>
}

/**
 * What one event says about one party's standing on one term: `proposed` (tabled it), `agreed` (an agreement made
 * it accept), a stance (a response), `violated` (alleged to have broken it) or `expired` (the term lapsed).
 *
 * @category model
 * @since 0.1.0
 */
export type Mark = 'proposed' | 'agreed' | Stance | 'violated' | 'expired'

/**
 * The index of one (party, proposal, term): its marks in application order (by date, then kind precedence, then
 * event id), as two parallel columns. `events[i]` is the event of mark `i`, or `null` for the proposal's own
 * tabling (its `date` and `tabledBy`). `codes[i]` packs the rest of the mark into one integer,
 * `day × 32 + begins × 16 + mark`:
 *
 * - `day`: its date, as days since 1970-01-01 (as `Date.UTC` counts them; negative before 1970), so that
 *   `new Date(day * 86_400_000)` is the date at midnight UTC;
 * - `mark`: what it says, numbered `proposed` 0, `agreed` 1, `accepted` 2, `conditionally-accepted` 3, `rejected` 4,
 *   `countered` 5, `noncommittal` 6, `withdrawn` 7, `supported` 8, `opposed` 9, `violated` 10, `expired` 11;
 * - `begins`: 1 on the first mark of a step (the marks of one date and one precedence) that begins a new status,
 *   0 elsewhere; the status in effect once mark `i`'s step is applied began at the last mark up to `i` with it set.
 *
 * So an as-of query is a binary search on the codes (they sort by date), never a replay from the start; and the
 * index stays plain data: two arrays of strings and small integers, frozen, JSON-serialisable.
 *
 * @category model
 * @since 0.1.0
 */
export interface Timeline {
  readonly codes: ReadonlyArray<number>
  readonly events: ReadonlyArray<EventId | null>
}

/**
 * The acceptance ledger of a negotiation. `events` holds every event it was given (normalised copies), filed in
 * 16,384 buckets by a hash of the id and sorted by id within a bucket, so that appending one event copies one small
 * bucket, not the whole table (use `Ledger.events` and `Ledger.event` to read them); `timelines` holds the index,
 * by party, proposal and term. The same events, in any order, give the same ledger.
 *
 * @category model
 * @since 0.1.0
 */
export interface Ledger {
  readonly _tag: 'Ledger'
  readonly parties: Readonly<Record<PartyId, Party>>
  readonly proposals: Readonly<Record<ProposalId, Proposal>>
  readonly events: Readonly<Record<string, ReadonlyArray<Event>>>
  readonly timelines: Readonly<
    Record<PartyId, Readonly<Record<ProposalId, Readonly<Record<IssueId, Timeline>>>>>
  >
}

/**
 * The kinds of status a party can have on a term (see the module documentation for when each applies).
 *
 * @category model
 * @since 0.1.0
 */
export type StatusKind = 'unknown' | 'proposed' | Stance | 'violated' | 'expired' | 'disputed'

/**
 * One piece of evidence: the event (or `null` for the proposal's own tabling), the date it took effect and its
 * sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface Evidence {
  readonly event: EventId | null
  readonly date: IsoDate
  readonly sources: ReadonlyArray<SourceId>
}

/**
 * One allegation that a party broke a term: who alleged it, and what they claimed.
 *
 * @category model
 * @since 0.1.0
 */
export interface Allegation extends Evidence {
  readonly by: PartyId
  readonly claim: string
}

/**
 * One side of a dispute: a stance that some events report, with their evidence.
 *
 * @category model
 * @since 0.1.0
 */
export interface Claim {
  readonly status: Stance
  readonly conditions?: ReadonlyArray<Condition>
  readonly counter?: ProposalId
  readonly evidence: ReadonlyArray<Evidence>
  readonly sources: ReadonlyArray<SourceId>
}

/**
 * Which party, proposal and term a status is about.
 *
 * @category model
 * @since 0.1.0
 */
export interface Cell {
  readonly party: PartyId
  readonly proposal: ProposalId
  readonly term: IssueId
}

/**
 * No event says anything about this party on this term (yet).
 *
 * @category model
 * @since 0.1.0
 */
export interface Unknown extends Cell {
  readonly status: 'unknown'
}

/**
 * What every known status carries: the date it began, the evidence that set it (in order) and the sources of that
 * evidence (in order of first mention).
 *
 * @category model
 * @since 0.1.0
 */
export interface Known extends Cell {
  readonly since: IsoDate
  readonly evidence: ReadonlyArray<Evidence>
  readonly sources: ReadonlyArray<SourceId>
}

/**
 * A plain stance, or `proposed` for a party that tabled the term.
 *
 * @category model
 * @since 0.1.0
 */
export interface Held extends Known {
  readonly status: 'proposed' | 'accepted' | 'rejected' | 'noncommittal' | 'supported' | 'opposed'
}

/**
 * Accepted on conditions.
 *
 * @category model
 * @since 0.1.0
 */
export interface ConditionallyAccepted extends Known {
  readonly status: 'conditionally-accepted'
  readonly conditions: ReadonlyArray<Condition>
}

/**
 * Answered with a counter-proposal (named when the response names it).
 *
 * @category model
 * @since 0.1.0
 */
export interface Countered extends Known {
  readonly status: 'countered'
  readonly counter?: ProposalId
}

/**
 * Taken back; `previous` is the status it ended (absent when there was none).
 *
 * @category model
 * @since 0.1.0
 */
export interface Withdrawn extends Known {
  readonly status: 'withdrawn'
  readonly previous?: Standing
}

/**
 * Alleged to have been broken: the commitment (acceptance or own proposal) still stands in `commitment`, with every
 * allegation so far.
 *
 * @category model
 * @since 0.1.0
 */
export interface Violated extends Known {
  readonly status: 'violated'
  readonly allegedBy: ReadonlyArray<PartyId>
  readonly allegations: ReadonlyArray<Allegation>
  readonly commitment: Standing
}

/**
 * The term lapsed; `previous` is the status it ended.
 *
 * @category model
 * @since 0.1.0
 */
export interface Expired extends Known {
  readonly status: 'expired'
  readonly previous: Standing
}

/**
 * Responses of the same date disagree on the party's stance; every claim is kept with its evidence.
 *
 * @category model
 * @since 0.1.0
 */
export interface Disputed extends Known {
  readonly status: 'disputed'
  readonly claims: ReadonlyArray<Claim>
}

/**
 * A party's status on one term of one proposal, discriminated by `status`.
 *
 * @category model
 * @since 0.1.0
 */
export type Status =
  Unknown | Held | ConditionallyAccepted | Countered | Withdrawn | Violated | Expired | Disputed

type Shallow<S> = S extends unknown ? Omit<S, 'previous' | 'commitment'> : never

/**
 * A status nested in another (the `previous` of a withdrawal or expiry, the `commitment` of a violation): the same
 * data one level deep, without its own `previous` or `commitment` (use `Ledger.history` for the whole chain).
 *
 * @category model
 * @since 0.1.0
 */
export type Standing = Shallow<Status>

// -------------------------------------------------------------------------------------
// errors
// -------------------------------------------------------------------------------------

/**
 * What went wrong with an event or a query:
 *
 * - `duplicate-event`: an event id the ledger already holds (or given twice);
 * - `bad-id`, `bad-date`, `unknown-kind`: an event that is not well formed (`bad-id` and `bad-date` also: an id or
 *   a proposal date of the context that the loader would refuse);
 * - `missing-field`: a collection or field the ledger reads that is missing or not of its kind: a negotiation
 *   built in code without its `parties`, `proposals` or `events` (or with `null` ones), a proposal without its
 *   `terms`, `tabledBy` or `sources`, or events to append that are not a list;
 * - `unknown-party`, `unknown-proposal`, `unknown-term`, `unknown-issue`: an id the negotiation does not define;
 * - `missing-proposal`: terms named without the proposal they belong to;
 * - `before-tabling`: an event dated before its proposal was tabled;
 * - `not-a-value`: a value or value set that does not fit its issue's domain;
 * - `bad-patch`: patches given to `applyPatches` that are not immer patches, or that do not apply to the ledger.
 *
 * @category errors
 * @since 0.1.0
 */
export type LedgerErrorTag =
  | 'duplicate-event'
  | 'bad-id'
  | 'bad-date'
  | 'unknown-kind'
  | 'unknown-party'
  | 'unknown-proposal'
  | 'unknown-term'
  | 'unknown-issue'
  | 'missing-proposal'
  | 'before-tabling'
  | 'not-a-value'
  | 'missing-field'
  | 'bad-patch'

/**
 * A bad event or query, as a value: the event at fault (when there is one), the field, what is wrong and how to
 * fix it.
 *
 * @category errors
 * @since 0.1.0
 */
export interface LedgerError {
  readonly _tag: LedgerErrorTag
  readonly event?: EventId
  readonly field: string
  readonly message: string
  readonly fix: string
}

/**
 * The acceptance ledger: who had accepted which term of which proposal on any date, on what conditions, and who
 * walked back or broke what.
 *
 * A ledger is built from a negotiation (`fromNegotiation`), from its parties and proposals alone (`empty`) or from a
 * stream of events (`ingest`), and extended one event or batch at a time (`append`, `appendAll`, with immer
 * patches). Bad events are errors naming the event, the field and the fix, and leave the ledger unchanged. It keeps,
 * for every (party, proposal, term), a date-sorted timeline, so every question below is a binary search.
 *
 * **Statuses.** Each party has, on each term of each proposal, one status as of any date:
 *
 * - `proposed`: the party tabled the term, on the proposal's `date` for its `tabledBy`, or on the date of a later
 *   `proposal-tabled` event for its `by`;
 * - a stance from a `response` (on its `terms`, all the proposal's terms when it lists none): `accepted`,
 *   `conditionally-accepted` (with its conditions), `rejected`, `countered` (with the counter-proposal),
 *   `noncommittal`, `supported`, `opposed`, or `withdrawn` (with the status it took back, usually an acceptance);
 * - `accepted` from an `agreement`, for each of its parties on its terms (all the proposal's terms when it lists
 *   none); an agreement without a proposal is kept as an event but sets no status;
 * - `violated`, when a `violation-alleged` event accuses the party (`against`) on a term it had accepted
 *   (conditionally or not) or tabled: the acceptance is kept as the status's `commitment`, every allegation (by whom,
 *   when, what, sources) is listed and later allegations add to it; an allegation on a term the party never
 *   committed to changes nothing;
 * - `expired`, from a `term-expired` event, for every party with a status on those terms (the status it ended is
 *   kept as `previous`); an agreement's `expires` date acts like a `term-expired` of its terms on that date;
 * - `disputed`, when responses of the same date give the party two different stances on the term (a conditional
 *   acceptance on other conditions, or a counter naming another proposal, counts as a different stance): every
 *   claim is kept with its events and sources;
 * - `unknown`, when nothing is recorded.
 *
 * A status keeps the date it began; a later event that says the same thing (the same stance, another allegation,
 * another tabling) adds its evidence to it without changing that date. A party can accept again after any status.
 *
 * **Same-date rule.** Events of one date apply in this order: tablings, then agreements, then responses (taken
 * together: if they disagree the status is `disputed`, otherwise the one stance applies), then alleged violations,
 * then expiries; within a kind, by event id. So a party that qualifies an agreement on the day it is announced (the
 * Kremlin attaching conditions to the Black Sea deal) has accepted, then conditionally accepted, and two reports of
 * the same day that disagree are a dispute. The order the events are given in never matters: the same events, in
 * any order or appended one by one, make the same ledger.
 *
 * **Broken commitments.** A commitment is an acceptance (or a party's own proposal); it is broken by a later
 * withdrawal, alleged violation, lapse (expiry), rejection, counter, noncommittal answer, opposition, conditions
 * added to an unconditional acceptance, or a same-day dispute. A party's own proposal counts as broken only when a
 * violation is alleged.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export type {
  Allegation,
  Cell,
  Claim,
  ConditionallyAccepted,
  Countered,
  Disputed,
  Evidence,
  Expired,
  Held,
  Known,
  Ledger,
  LedgerContext,
  LedgerError,
  LedgerErrorTag,
  Mark,
  Standing,
  Status,
  StatusKind,
  Timeline,
  Unknown,
  Violated,
  Withdrawn,
} from './model'
export { empty, fromNegotiation, ingest } from './build'
export { append, appendAll, applyPatches, toJsonPatch } from './append'
export type { Appended, JsonPatchOperation } from './append'
export { isLedger } from './dual'
export { agreedAt, event, events, flips, history, stateAt, statusAt } from './queries'
export type { Agreed, Flip, State } from './queries'
export { brokenCommitments } from './commitments'
export type { Breach, BreachKind, BrokenCommitment } from './commitments'
export { everAccepted } from './ever'
export type { Acceptance, EverAcceptedQuery } from './ever'
export { mermaid, STATUS_COLORS, vegaLite } from './charts'
export type { ChartOptions, VegaLiteSpec } from './charts'

/**
 * As-of questions: each party's status on each term on a date, one status, one history, what changed between two
 * dates, and what every principal had accepted. Each answer is found by binary search in the timelines, never by
 * replaying the events.
 *
 * @since 0.1.0
 */
import { either as E, option as O } from 'fp-ts'
import { isIsoDateString } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { dual } from '../internal/function'
import type { IsoDate } from '../model/date'
import type { Event } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { preview } from '../model/errors'
import { didYouMean } from '../model/suggest'
import { ledgerError } from './check'
import { child, hasOwn, put } from '../internal/record'
import type { Cell, Ledger, LedgerError, Status } from './model'
import { historyOf, statusOn, timelineOf } from './status'
import { eventOf } from './table'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every party's status on every term of every proposal, keyed by party id, then proposal id, then issue id (plain
 * string keys, so `state.RU?.jeddah?.ceasefire` reads naturally).
 *
 * @category model
 * @since 0.1.0
 */
export type State = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, Status>>>>>>

/**
 * A status that changed between two dates.
 *
 * @category model
 * @since 0.1.0
 */
export interface Flip extends Cell {
  readonly from: Status
  readonly to: Status
}

/**
 * A term that every principal had accepted on a date: `conditional` when any acceptance carries conditions,
 * `violationAlleged` when any party stands accused of breaking it; each principal's status in `statuses`.
 *
 * @category model
 * @since 0.1.0
 */
export interface Agreed {
  readonly proposal: ProposalId
  readonly term: IssueId
  readonly conditional: boolean
  readonly violationAlleged: boolean
  readonly statuses: Readonly<Record<string, Status>>
}

const NO_ERRORS: ReadonlyArray<LedgerError> = Object.freeze([])

/** Calls `f` for every (party, proposal, term) of the ledger's context, in context order. */
export const forEachCell = (ledger: Ledger, f: (cell: Cell) => void): void => {
  const proposals = Object.keys(ledger.proposals) as ProposalId[]
  for (const party of Object.keys(ledger.parties) as PartyId[])
    for (const proposal of proposals)
      for (const term of Object.keys((ledger.proposals[proposal] as Proposal).terms) as IssueId[])
        f({ party, proposal, term })
}

/** Checks that a (party, proposal, term) exists in the ledger's context. */
export const checkCell = (ledger: Ledger, cell: Cell): ReadonlyArray<LedgerError> => {
  const proposal = ledger.proposals[cell.proposal]
  if (hasOwn(ledger.parties, cell.party) && proposal !== undefined && hasOwn(ledger.proposals, cell.proposal))
    if (hasOwn(proposal.terms, cell.term)) return NO_ERRORS
  const out: LedgerError[] = []
  if (!hasOwn(ledger.parties, cell.party))
    out.push(
      ledgerError(
        'unknown-party',
        undefined,
        'party',
        `\`${String(cell.party)}\` is not a party of the ledger.`,
        `Correct the id; ${didYouMean(String(cell.party), Object.keys(ledger.parties), 'parties')}.`,
      ),
    )
  if (!hasOwn(ledger.proposals, cell.proposal))
    out.push(
      ledgerError(
        'unknown-proposal',
        undefined,
        'proposal',
        `\`${String(cell.proposal)}\` is not a proposal of the ledger.`,
        `Correct the id; ${didYouMean(String(cell.proposal), Object.keys(ledger.proposals), 'proposals')}.`,
      ),
    )
  else if (!hasOwn((ledger.proposals[cell.proposal] as Proposal).terms, cell.term)) {
    const terms = Object.keys((ledger.proposals[cell.proposal] as Proposal).terms)
    out.push(
      ledgerError(
        'unknown-term',
        undefined,
        'term',
        `proposal \`${cell.proposal}\` has no term on issue \`${String(cell.term)}\`.`,
        `Name one of its terms; ${didYouMean(String(cell.term), terms, 'its terms')}.`,
      ),
    )
  }
  return out
}

const ACCEPTING = new Set<Status['status']>(['accepted', 'conditionally-accepted', 'proposed'])

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * One party's status on one term of one proposal as of a date (after every event of that date). An unknown party,
 * proposal or term, or a date that is not a real calendar date (`bad-date`), is an error.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'conditionally-accepted', conditions: [{ kind: 'other', text: 'monitors first' }], sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const s = Ledger.statusAt(ledger, 'B', 'p', 'truce', '2025-04-01')
 * assert.ok(E.isRight(s) && s.right.status === 'conditionally-accepted' && s.right.since === '2025-03-13')
 * assert.ok(E.isLeft(Ledger.statusAt('C', 'p', 'truce', '2025-04-01')(ledger)))
 */
export const statusAt: {
  (
    party: PartyId,
    proposal: ProposalId,
    term: IssueId,
    date: IsoDate,
  ): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, Status>
  (
    ledger: Ledger,
    party: PartyId,
    proposal: ProposalId,
    term: IssueId,
    date: IsoDate,
  ): E.Either<ReadonlyArray<LedgerError>, Status>
} = dual(5, (ledger: Ledger, party: PartyId, proposal: ProposalId, term: IssueId, date: IsoDate) => {
  const cell = { party, proposal, term }
  const errors = checkCell(ledger, cell)
  // a date that is not one would be compared as text, and answer for some other day
  const bad = isIsoDateString(date)
    ? errors
    : [
        ...errors,
        ledgerError(
          'bad-date',
          undefined,
          'date',
          `the date ${preview(date)} to read the status on is not a real calendar date.`,
          'Write the date as YYYY-MM-DD.',
        ),
      ]
  return bad.length > 0 ? E.left(bad) : E.right(statusOn(ledger, cell, date))
})

/**
 * Every party's status on every term of every proposal as of a date; `unknown` where nothing is recorded.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'rejected', sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const state = Ledger.stateAt(ledger, '2025-03-12')
 * assert.strictEqual(state.A?.p?.truce?.status, 'proposed')
 * assert.strictEqual(state.B?.p?.truce?.status, 'unknown')
 * assert.strictEqual(Ledger.stateAt('2025-03-13')(ledger).B?.p?.truce?.status, 'rejected')
 */
export const stateAt: {
  (date: IsoDate): (ledger: Ledger) => State
  (ledger: Ledger, date: IsoDate): State
} = dual(2, (ledger: Ledger, date: IsoDate): State => {
  const out: Record<string, Record<string, Record<string, Status>>> = {}
  forEachCell(ledger, (cell) => {
    put(child(child(out, cell.party), cell.proposal), cell.term, statusOn(ledger, cell, date))
  })
  return deepFreeze(out)
})

/**
 * Every status one party has had on one term, in order, each with the date it began and its evidence.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [
 *     { id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] },
 *     { id: 'e2', kind: 'response', date: '2025-04-02', party: 'B', proposal: 'p', stance: 'withdrawn', sources: ['s3'] },
 *   ],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const h = E.getOrElseW(() => assert.fail())(Ledger.history(ledger, 'B', 'p', 'truce'))
 * assert.deepStrictEqual(h.map((s) => [s.status, 'since' in s ? s.since : '']), [['accepted', '2025-03-13'], ['withdrawn', '2025-04-02']])
 */
export const history: {
  (
    party: PartyId,
    proposal: ProposalId,
    term: IssueId,
  ): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, ReadonlyArray<Status>>
  (
    ledger: Ledger,
    party: PartyId,
    proposal: ProposalId,
    term: IssueId,
  ): E.Either<ReadonlyArray<LedgerError>, ReadonlyArray<Status>>
} = dual(4, (ledger: Ledger, party: PartyId, proposal: ProposalId, term: IssueId) => {
  const cell = { party, proposal, term }
  const errors = checkCell(ledger, cell)
  return errors.length > 0
    ? E.left(errors)
    : E.right(Object.freeze(historyOf(ledger, cell, timelineOf(ledger, cell))))
})

const sameStatus = (a: Status, b: Status): boolean =>
  a.status === b.status && (a.status === 'unknown' || (b.status !== 'unknown' && a.since === b.since))

/**
 * The statuses that changed between two dates: every (party, proposal, term) whose status on `to` is not the one
 * it had on `from` (another kind, or the same kind begun again), with both.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const f = Ledger.flips(ledger, '2025-03-12', '2025-03-31')
 * assert.deepStrictEqual(f.map((x) => [x.party, x.from.status, x.to.status]), [['B', 'unknown', 'accepted']])
 */
export const flips: {
  (from: IsoDate, to: IsoDate): (ledger: Ledger) => ReadonlyArray<Flip>
  (ledger: Ledger, from: IsoDate, to: IsoDate): ReadonlyArray<Flip>
} = dual(3, (ledger: Ledger, from: IsoDate, to: IsoDate): ReadonlyArray<Flip> => {
  const out: Flip[] = []
  forEachCell(ledger, (cell) => {
    if (timelineOf(ledger, cell) === undefined) return
    const a = statusOn(ledger, cell, from)
    const b = statusOn(ledger, cell, to)
    if (!sameStatus(a, b)) out.push({ ...cell, from: a, to: b })
  })
  return deepFreeze(out)
})

/**
 * The terms every principal had accepted on a date, conditionally or not. A principal that tabled the term counts
 * as accepting it; an acceptance alleged to have been violated still counts (and is flagged). With no principal in
 * the negotiation, nothing is agreed.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'conditionally-accepted', conditions: [{ kind: 'other', text: 'monitors' }], sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * assert.deepStrictEqual(Ledger.agreedAt(ledger, '2025-03-12'), [])
 * assert.deepStrictEqual(Ledger.agreedAt('2025-03-13')(ledger).map((a) => [a.term, a.conditional]), [['truce', true]])
 */
export const agreedAt: {
  (date: IsoDate): (ledger: Ledger) => ReadonlyArray<Agreed>
  (ledger: Ledger, date: IsoDate): ReadonlyArray<Agreed>
} = dual(2, (ledger: Ledger, date: IsoDate): ReadonlyArray<Agreed> => {
  const principals = (Object.keys(ledger.parties) as PartyId[]).filter(
    (p) => ledger.parties[p]?.role === 'principal',
  )
  const out: Agreed[] = []
  if (principals.length === 0) return out
  for (const proposal of Object.keys(ledger.proposals) as ProposalId[])
    for (const term of Object.keys((ledger.proposals[proposal] as Proposal).terms) as IssueId[]) {
      const statuses: Record<string, Status> = {}
      let conditional = false
      let violationAlleged = false
      let all = true
      for (const party of principals) {
        const s = statusOn(ledger, { party, proposal, term }, date)
        const held = s.status === 'violated' ? s.commitment : s
        if (!ACCEPTING.has(held.status)) {
          all = false
          break
        }
        conditional ||= held.status === 'conditionally-accepted'
        violationAlleged ||= s.status === 'violated'
        put(statuses, party, s)
      }
      if (all) out.push({ proposal, term, conditional, violationAlleged, statuses })
    }
  return deepFreeze(out)
})

/**
 * Every event the ledger holds, by date and then id.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' } },
 *   proposals: {},
 *   events: [
 *     { id: 'm2', kind: 'meeting', date: '2025-03-23', parties: ['A'], sources: ['s'] },
 *     { id: 'm1', kind: 'meeting', date: '2025-03-11', parties: ['A'], sources: ['s'] },
 *   ],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * assert.deepStrictEqual(Ledger.events(ledger).map((e) => e.id), ['m1', 'm2'])
 */
export const events = (ledger: Ledger): ReadonlyArray<Event> => {
  const out: Event[] = []
  for (const bucket of Object.values(ledger.events)) out.push(...bucket)
  out.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  )
  return Object.freeze(out)
}

/**
 * The event with this id, if the ledger holds it.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E, option as O } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' } },
 *   proposals: {},
 *   events: [{ id: 'm1', kind: 'meeting', date: '2025-03-11', parties: ['A'], sources: ['s'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * assert.ok(O.isSome(Ledger.event(ledger, 'm1')))
 * assert.ok(O.isNone(Ledger.event('m9')(ledger)))
 */
export const event: {
  (id: EventId): (ledger: Ledger) => O.Option<Event>
  (ledger: Ledger, id: EventId): O.Option<Event>
} = dual(2, (ledger: Ledger, id: EventId): O.Option<Event> => O.fromNullable(eventOf(ledger, id)))

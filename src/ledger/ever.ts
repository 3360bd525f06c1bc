/**
 * Questions across drafts, by issue and value rather than by proposal: "had Russia ever accepted a 30-day
 * ceasefire, in any draft?" Every proposal whose term on the issue has the value (or lies in the value set) is
 * searched, and every time the party accepted it is returned with its evidence.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { contains, isValueOf, normalize, valueEquals } from '../algebra/value-set'
import { deepFreeze } from '../internal/freeze'
import { dual } from '../internal/function'
import type { IsoDate } from '../model/date'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { IssueId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Proposal } from '../model/proposal'
import { preview } from '../model/errors'
import { didYouMean } from '../model/suggest'
import { ledgerError } from './check'
import type { Cell, Ledger, LedgerError, Status } from './model'
import { upperBound } from './resolve'
import { historyOf, timelineOf } from './status'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to look for: a party, an issue, and either one `value` (equal values match; subsets compare as sets) or a
 * `valueSet` (values inside it match); optionally only acceptances begun on or before `until`.
 *
 * @category model
 * @since 0.1.0
 */
export interface EverAcceptedQuery {
  readonly party: PartyId
  readonly issue: IssueId
  readonly value?: Value
  readonly valueSet?: ValueSet
  readonly until?: IsoDate
}

/**
 * One time the party accepted a matching term: the proposal, the term (its issue), the term's value, the date the
 * acceptance began, its sources, and the status itself (`accepted`, `conditionally-accepted`, `proposed` for the
 * party's own draft, or `disputed` when same-day reports disagree and one of them is an acceptance).
 *
 * @category model
 * @since 0.1.0
 */
export interface Acceptance extends Cell {
  readonly value: Value
  readonly date: IsoDate
  readonly sources: ReadonlyArray<SourceId>
  readonly status: Status
}

const ACCEPTING = new Set<string>(['accepted', 'conditionally-accepted', 'proposed'])

const accepts = (s: Status): boolean =>
  ACCEPTING.has(s.status) || (s.status === 'disputed' && s.claims.some((c) => ACCEPTING.has(c.status)))

const matcher = (
  n: Negotiation,
  ledger: Ledger,
  q: EverAcceptedQuery,
): E.Either<ReadonlyArray<LedgerError>, (v: Value) => boolean> => {
  const errors: LedgerError[] = []
  const fail = (tag: LedgerError['_tag'], field: string, message: string, fix: string): void => {
    errors.push(ledgerError(tag, undefined, field, message, fix))
  }
  if (!hasOwn(ledger.parties, q.party))
    fail(
      'unknown-party',
      'party',
      `\`${String(q.party)}\` is not a party of the ledger.`,
      `Correct the id; ${didYouMean(String(q.party), Object.keys(ledger.parties), 'parties')}.`,
    )
  if (!hasOwn(n.issues, q.issue)) {
    fail(
      'unknown-issue',
      'issue',
      `\`${String(q.issue)}\` is not an issue of the negotiation.`,
      `Correct the id; ${didYouMean(String(q.issue), Object.keys(n.issues), 'issues')}.`,
    )
    return E.left(errors)
  }
  const domain = n.issues[q.issue]?.domain as Domain
  let match: ((v: Value) => boolean) | undefined
  if ((q.value === undefined) === (q.valueSet === undefined))
    fail(
      'not-a-value',
      'value',
      'give either `value` or `valueSet`, not both and not neither.',
      'Pass `value` for one value, or `valueSet` for a region of the domain.',
    )
  else if (q.value !== undefined) {
    const v = q.value
    if (!isValueOf(domain, v))
      fail(
        'not-a-value',
        'value',
        `${preview(v)} is not a value of issue \`${q.issue}\` (a ${domain.kind}).`,
        'Give a value of the issue’s domain: an option id, a number within bounds, a list of elements, or true/false.',
      )
    else match = (x) => isValueOf(domain, x) && valueEquals(domain, v as never, x as never)
  } else {
    const set = q.valueSet as ValueSet
    const checked = normalize(domain, set as never)
    if (E.isLeft(checked))
      fail(
        'not-a-value',
        'valueSet',
        `the value set does not fit issue \`${q.issue}\`: ${checked.left.message}`,
        'Give a value set of the issue’s domain kind (options, intervals, subsets or flags).',
      )
    else
      match = (x) => {
        const r = contains(domain, set as never, x as never)
        return E.isRight(r) && r.right
      }
  }
  return errors.length > 0 || match === undefined ? E.left(errors) : E.right(match)
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Every time a party accepted (or tabled) a term on an issue with a given value, or a value in a given set, in any
 * proposal, up to an optional date; ordered by date, then proposal. An empty list means it never did.
 *
 * @param negotiation supplies the issues' domains (for comparing values)
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { RU: { name: 'Russia', role: 'principal' }, US: { name: 'United States', role: 'mediator' } },
 *   issues: { days: { label: 'Ceasefire length', category: 'ceasefire', domain: { kind: 'quantity', unit: 'days', min: 0, max: 365 } } },
 *   proposals: {
 *     short: { title: '30 days', date: '2025-03-11', tabledBy: ['US'], terms: { days: { value: 30 } }, sources: ['s1'] },
 *     easter: { title: 'Easter', date: '2025-04-19', tabledBy: ['RU'], terms: { days: { value: 1 } }, sources: ['s2'] },
 *   },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'RU', proposal: 'short', stance: 'conditionally-accepted', conditions: [{ kind: 'other', text: 'root causes' }], sources: ['s3'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const r = Ledger.everAccepted(ledger, n, { party: 'RU', issue: 'days', value: 30 })
 * assert.ok(E.isRight(r) && r.right.map((a) => [a.proposal, a.date, a.status.status]).join() === 'short,2025-03-13,conditionally-accepted')
 * const longer = Ledger.everAccepted(n, { party: 'RU', issue: 'days', valueSet: { kind: 'intervals', intervals: [{ min: 60, max: 365 }] } })(ledger)
 * assert.deepStrictEqual(longer, E.right([]))
 */
export const everAccepted: {
  (
    negotiation: Negotiation,
    query: EverAcceptedQuery,
  ): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, ReadonlyArray<Acceptance>>
  (
    ledger: Ledger,
    negotiation: Negotiation,
    query: EverAcceptedQuery,
  ): E.Either<ReadonlyArray<LedgerError>, ReadonlyArray<Acceptance>>
} = dual(3, (ledger: Ledger, negotiation: Negotiation, query: EverAcceptedQuery) =>
  E.map((match: (v: Value) => boolean) => {
    const out: Acceptance[] = []
    for (const proposal of Object.keys(ledger.proposals) as ProposalId[]) {
      const term = (ledger.proposals[proposal] as Proposal).terms[query.issue]
      if (term === undefined || !match(term.value)) continue
      const cell = { party: query.party, proposal, term: query.issue }
      const t = timelineOf(ledger, cell)
      if (t === undefined) continue
      const end = query.until === undefined ? t.codes.length : upperBound(t, query.until)
      for (const s of historyOf(ledger, cell, t, end))
        if (s.status !== 'unknown' && accepts(s))
          out.push({ ...cell, value: term.value, date: s.since, sources: s.sources, status: s })
    }
    out.sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : a.proposal < b.proposal
          ? -1
          : a.proposal > b.proposal
            ? 1
            : 0,
    )
    return deepFreeze(out)
  })(matcher(negotiation, ledger, query)),
)

/**
 * How a party's stance moved: between two dates (`positions`) or across its whole record (`concessions`). A move is
 * a concession when the party's acceptable set grew, its ideal moved toward the other principals' ideals, or a red
 * line was dropped; a hardening when the reverse. Each component is a share of the issue's domain (or of its
 * distance scale), so the magnitude of a move is a number from 0 to 1, per issue and overall.
 *
 * @since 0.1.0
 */
import { either as E, option as O } from 'fp-ts'
import { dualWhen } from '../internal/function'
import { deepFreeze } from '../internal/freeze'
import { IsoDate } from '../model/date'
import type { Issue } from '../model/domain'
import type { IssueId, PartyId, PositionId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { PartyRole } from '../model/party'
import { type Stance, at, history } from '../model/positions'
import { hasOwn } from '../internal/record'
import { type DiffProblem, knownIds, problem } from './problem'
import { compareText } from '../internal/text'
import { type StanceShift, movementFrom, movementOf, shiftBetween } from './shift'
import { isNegotiationLike } from './proposals'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The direction and size of a move: `net` from −1 (hardening) to 1 (concession), `magnitude` = |net|, and its
 * `kind`: `concession`, `hardening`, `mixed` (components pull both ways and cancel out) or `unchanged`.
 *
 * @category model
 * @since 0.1.0
 */
export interface Movement {
  readonly kind: 'concession' | 'hardening' | 'mixed' | 'unchanged'
  readonly net: number
  readonly magnitude: number
}

/**
 * How a party's stance on one issue moved between two dates. `stated` is true when the party had no position on the
 * issue at the earlier date (the move is then its opening statement and counts as unchanged). `shift` holds the
 * components: acceptable share, ideal and its distance to the other principals' ideals, red-line share. The
 * evidence is the position records dated between the two dates, and their sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueMovement extends Movement {
  readonly issue: IssueId
  readonly label: string
  readonly stated: boolean
  readonly shift: StanceShift
  readonly positions: readonly PositionId[]
  readonly sources: readonly SourceId[]
}

/**
 * A party's moves between two dates: per issue (issues in id order, only those on which it had a position by the
 * later date), and overall (the priority-weighted mean of the issues' net moves).
 *
 * @category model
 * @since 0.1.0
 */
export interface PositionDiff {
  readonly party: PartyId
  readonly name: string
  readonly role: PartyRole
  readonly from: IsoDate
  readonly to: IsoDate
  readonly overall: Movement
  readonly issues: readonly IssueMovement[]
}

/**
 * One dated step of a party's record on one issue: its opening statement (`stated`) or a concession, a hardening, a
 * mixed or no move from its previous stance, with the records of that date and their sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface ConcessionStep extends IssueMovement {
  readonly date: IsoDate
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * How a party's stances moved between two dates — concession or hardening, with a magnitude in [0, 1] per issue and
 * overall — on every issue, or on one. Data-first `positions(negotiation, party, from, to, issue?)` or data-last
 * `positions(party, from, to, issue?)(negotiation)`.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { army: Issues.quantity('Army cap', 'military', { unit: 'troops', min: 0, max: 1000000 }) },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'army', asOf: '2025-03-01', sources: [], acceptable: { kind: 'intervals', intervals: [{ min: 900000, max: 1000000 }] } },
 *     { id: 'p2', party: 'UA', issue: 'army', asOf: '2025-11-23', sources: [], acceptable: { kind: 'intervals', intervals: [{ min: 800000, max: 1000000 }] } },
 *   ],
 * } as unknown as Negotiation
 * const d = Diff.positions(negotiation, 'UA', '2025-06-01', '2025-12-01')
 * assert.deepStrictEqual(E.map((x: Diff.PositionDiff) => x.overall.kind)(d), E.right('concession'))
 */
export const positions: {
  (
    party: PartyId | string,
    from: IsoDate | string,
    to: IsoDate | string,
    issue?: IssueId | string,
  ): (negotiation: Negotiation) => E.Either<readonly DiffProblem[], PositionDiff>
  (
    negotiation: Negotiation,
    party: PartyId | string,
    from: IsoDate | string,
    to: IsoDate | string,
    issue?: IssueId | string,
  ): E.Either<readonly DiffProblem[], PositionDiff>
} = dualWhen(
  (args) => isNegotiationLike(args[0]),
  (negotiation: Negotiation, party: string, from: string, to: string, issue?: string) => {
    const problems = checkParty(negotiation, party)
    for (const [name, d] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!IsoDate.is(d))
        problems.push(problem('invalid-date', name, `\`${String(d)}\` is not a date; write it YYYY-MM-DD`))
    if (issue !== undefined && !hasOwn(negotiation.issues, issue))
      problems.push(
        problem(
          'unknown-issue',
          'issue',
          `there is no issue \`${issue}\`; issues are: ${knownIds(Object.keys(negotiation.issues))}`,
        ),
      )
    if (problems.length > 0) return E.left(problems)
    const p = party as PartyId
    const [d1, d2] = (from <= to ? [from, to] : [to, from]) as [IsoDate, IsoDate]
    const ids = issue !== undefined ? [issue] : issuesOf(negotiation, p, d2)
    const issues: IssueMovement[] = []
    for (const id of ids) {
      const later = at(negotiation, p, id as IssueId, d2)
      if (O.isNone(later)) continue
      const earlier = at(negotiation, p, id as IssueId, d1)
      issues.push(issueMovement(negotiation, p, id as IssueId, O.toUndefined(earlier), later.value, d1))
    }
    const info = negotiation.parties[p]
    return E.right(
      deepFreeze({
        party: p,
        name: info?.name ?? p,
        role: info?.role ?? 'observer',
        from: from as IsoDate,
        to: to as IsoDate,
        overall: overallOf(negotiation, p, issues, d2),
        issues,
      }),
    )
  },
)

/**
 * A party's concession history: for every issue it took positions on, each date on which its stance changed —
 * its opening statement, then each concession, hardening or mixed move — with the position records and sources of
 * that date, ordered by date, then issue. Data-first `concessions(negotiation, party)` or data-last
 * `concessions(party)(negotiation)`.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const options = ['member', 'path', 'deferred', 'renounced', 'barred'].map((id) => ({ id, label: id }))
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: { s1: { title: 'Statement' } },
 *   parties: { UA: { name: 'Ukraine', role: 'principal' }, RU: { name: 'Russia', role: 'principal' } },
 *   issues: { nato: Issues.choice('NATO', 'alliance', options, { ordered: true }) },
 *   positions: [
 *     { id: 'r1', party: 'RU', issue: 'nato', asOf: '2025-01-01', sources: [], ideal: 'barred' },
 *     { id: 'u1', party: 'UA', issue: 'nato', asOf: '2025-03-01', sources: [], ideal: 'member' },
 *     { id: 'u2', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: ['s1'], ideal: 'deferred' },
 *   ],
 * } as unknown as Negotiation
 * const steps = E.map((s: readonly Diff.ConcessionStep[]) => s.map((x) => [x.date, x.kind, x.sources]))(Diff.concessions(negotiation, 'UA'))
 * assert.deepStrictEqual(steps, E.right([['2025-03-01', 'unchanged', []], ['2025-12-14', 'concession', ['s1']]]))
 */
export const concessions: {
  (
    party: PartyId | string,
  ): (negotiation: Negotiation) => E.Either<readonly DiffProblem[], readonly ConcessionStep[]>
  (
    negotiation: Negotiation,
    party: PartyId | string,
  ): E.Either<readonly DiffProblem[], readonly ConcessionStep[]>
} = dualWhen(
  (args) => isNegotiationLike(args[0]),
  (negotiation: Negotiation, party: string) => {
    const problems = checkParty(negotiation, party)
    if (problems.length > 0) return E.left(problems)
    const p = party as PartyId
    const steps: ConcessionStep[] = []
    for (const id of issuesOf(negotiation, p, undefined)) {
      let previous: Stance | undefined
      for (const stance of history(negotiation, p, id)) {
        const since = previous?.asOf
        const m = issueMovement(negotiation, p, id, previous, stance, since)
        steps.push({ date: stance.asOf, ...m })
        previous = stance
      }
    }
    steps.sort((x, y) => compareText(x.date, y.date) || compareText(x.issue, y.issue))
    return E.right(deepFreeze(steps))
  },
)

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const checkParty = (negotiation: Negotiation, party: string): DiffProblem[] =>
  hasOwn(negotiation.parties, party)
    ? []
    : [
        problem(
          'unknown-party',
          'party',
          `there is no party \`${String(party)}\`; parties are: ${knownIds(Object.keys(negotiation.parties))}`,
        ),
      ]

// The issues the party took a position on by `date` (all dates when undefined), in id order.
const issuesOf = (negotiation: Negotiation, party: PartyId, date: IsoDate | undefined): IssueId[] => {
  const ids = new Set<IssueId>()
  for (const r of negotiation.positions)
    if (r.party === party && (date === undefined || r.asOf <= date) && hasOwn(negotiation.issues, r.issue))
      ids.add(r.issue)
  return [...ids].sort(compareText)
}

// The ideals of the other principals on an issue as of a date.
const othersIdeals = (
  negotiation: Negotiation,
  party: PartyId,
  issue: IssueId,
  date: IsoDate,
): Stance['ideal'][] => {
  const out: Stance['ideal'][] = []
  for (const other of Object.keys(negotiation.parties).sort(compareText)) {
    if (other === party || negotiation.parties[other as PartyId]?.role !== 'principal') continue
    const s = at(negotiation, other as PartyId, issue, date)
    if (O.isSome(s) && s.value.ideal !== undefined) out.push(s.value.ideal)
  }
  return out
}

const issueMovement = (
  negotiation: Negotiation,
  party: PartyId,
  id: IssueId,
  earlier: Stance | undefined,
  later: Stance,
  since: IsoDate | undefined,
): IssueMovement => {
  const issue = negotiation.issues[id] as Issue
  const shift = shiftBetween(issue.domain, earlier, later, othersIdeals(negotiation, party, id, later.asOf))
  const fresh = later.records.filter((r) => since === undefined || r.asOf > since)
  return {
    issue: id,
    label: issue.label,
    stated: earlier === undefined,
    ...movementOf(earlier === undefined ? null : shift),
    shift,
    positions: fresh.map((r) => r.id),
    sources: [...new Set(fresh.flatMap((r) => r.sources))].sort(compareText),
  }
}

const overallOf = (
  negotiation: Negotiation,
  party: PartyId,
  issues: readonly IssueMovement[],
  date: IsoDate,
): Movement => {
  let weighted = 0
  let total = 0
  let pulls = false
  for (const m of issues) {
    if (m.stated) continue
    const s = at(negotiation, party, m.issue, date)
    const w = O.isSome(s) ? (s.value.priority ?? 0.5) : 0.5
    weighted += w * m.net
    total += w
    if (m.kind !== 'unchanged') pulls = true
  }
  return movementFrom(total === 0 ? 0 : weighted / total, pulls)
}

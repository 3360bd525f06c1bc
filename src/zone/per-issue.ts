/**
 * The agreement zone issue by issue: for each open issue, the values every principal could accept — the overlap of
 * their acceptable sets, less their red lines — and when there are none, which principals' limits exclude each
 * other.
 *
 * @since 0.1.0
 */
import { either as E, option as O } from 'fp-ts'
import { all as allValues, difference, intersect, isEmpty } from '../algebra/value-set'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { Domain, ValueSet } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import * as Positions from '../model/positions'
import type { IssueConflict, IssueLimit, IssueZone, PerIssueZone, ZoneError } from './model'
import { openIssues, settlements } from './settled'
import { domainErrors, partiesOf, shapeErrors } from './space'
import { citation, evidenceOf, list, setText } from './text'

type Result<A> = E.Either<ZoneError, A>

const algebra =
  (issue: IssueId, party?: PartyId) =>
  (e: { readonly message: string }): ZoneError => ({
    _tag: 'algebra',
    issue,
    ...(party === undefined ? {} : { party }),
    message: `issue \`${issue}\`${party === undefined ? '' : `, party \`${party}\``}: ${e.message}`,
  })

const both = (domain: Domain, a: ValueSet, b: ValueSet): E.Either<{ readonly message: string }, ValueSet> =>
  intersect(domain, a as never, b as never)

const issueZone = (
  negotiation: Negotiation,
  issue: IssueId,
  parties: readonly PartyId[],
  asOf: IsoDate | undefined,
): Result<IssueZone> => {
  const def = negotiation.issues[issue]!
  const domain = def.domain
  const whole = allValues(domain) as E.Either<{ message: string }, ValueSet>
  if (E.isLeft(whole)) return E.left(algebra(issue)(whole.left))
  const limits: IssueLimit[] = []
  const unconstrained: PartyId[] = []
  const noLimit: string[] = []
  const noPosition: string[] = []
  for (const party of parties) {
    const name = negotiation.parties[party]!.name
    const s = O.toUndefined(Positions.at(negotiation, party, issue, asOf))
    if (s === undefined || (s.acceptable === undefined && s.redLines === undefined)) {
      unconstrained.push(party)
      ;(s === undefined ? noPosition : noLimit).push(name)
      continue
    }
    let set: ValueSet = s.acceptable ?? whole.right
    if (s.redLines !== undefined) {
      const d = difference(domain, set as never, s.redLines as never) as E.Either<
        { message: string },
        ValueSet
      >
      if (E.isLeft(d)) return E.left(algebra(issue, party)(d.left))
      set = d.right
    } else {
      const n = both(domain, set, whole.right)
      if (E.isLeft(n)) return E.left(algebra(issue, party)(n.left))
      set = n.right
    }
    const evidence = evidenceOf(s, ['acceptable', 'redLines'])
    limits.push({
      party,
      set,
      evidence,
      explanation: `${name} could accept ${setText(domain, set)}${citation(evidence)}.`,
    })
  }
  let zone: ValueSet = whole.right
  for (const l of limits) {
    const z = both(domain, zone, l.set)
    if (E.isLeft(z)) return E.left(algebra(issue)(z.left))
    zone = z.right
  }
  const emptyOf = (set: ValueSet): boolean => {
    const r = isEmpty(domain, set as never)
    return E.isRight(r) && r.right
  }
  const empty = emptyOf(zone)
  const conflicts: IssueConflict[] = []
  if (empty)
    limits.forEach((a, i) =>
      limits.slice(i + 1).forEach((b) => {
        const z = both(domain, a.set, b.set)
        if (E.isRight(z) && emptyOf(z.right)) {
          const na = negotiation.parties[a.party]!.name
          const nb = negotiation.parties[b.party]!.name
          conflicts.push({
            parties: [a.party, b.party],
            evidence: [a.evidence, b.evidence],
            explanation: `${na} could accept only ${setText(domain, a.set)}${citation(a.evidence)}, and ${nb} only ${setText(domain, b.set)}${citation(b.evidence)}: nothing in common.`,
          })
        }
      }),
    )
  const names = (ps: readonly PartyId[]): string => list(ps.map((p) => negotiation.parties[p]!.name))
  const silent = [
    ...(noLimit.length > 0 ? [`${list(noLimit)} stated no limit on it`] : []),
    ...(noPosition.length > 0 ? [`${list(noPosition)} stated no position on it`] : []),
  ]
  const tail =
    silent.length > 0
      ? ` ${list(silent)}, so ${unconstrained.length === 1 ? 'it constrains' : 'they constrain'} nothing here.`
      : ''
  const explanation = !empty
    ? `On ${def.label}, every principal could accept ${setText(domain, zone)}${limits.length === 0 ? ' (no principal limits it)' : ''}.${tail}`
    : conflicts.length > 0
      ? `On ${def.label}, no value is acceptable to every principal. ${conflicts.map((c) => c.explanation).join(' ')}${tail}`
      : `On ${def.label}, no value is acceptable to every principal, although no two of ${names(limits.map((l) => l.party))} exclude each other: each pair overlaps, but all together leave nothing.${tail}`
  return E.right({ issue, label: def.label, zone, empty, limits, unconstrained, conflicts, explanation })
}

const perIssueZone = (
  negotiation: Negotiation,
  asOf?: IsoDate,
): E.Either<readonly ZoneError[], PerIssueZone> => {
  const shape = shapeErrors(negotiation, asOf)
  if (shape.length > 0) return E.left(shape)
  const ps = partiesOf(negotiation, {})
  if (E.isLeft(ps)) return ps
  const parties = ps.right
  const settled = settlements(negotiation, parties, asOf)
  const open = openIssues(negotiation, settled)
  const errors: ZoneError[] = domainErrors(negotiation, open)
  if (errors.length > 0) return E.left(errors)
  const issues: IssueZone[] = []
  for (const issue of open) {
    const z = issueZone(negotiation, issue, parties, asOf)
    if (E.isLeft(z)) errors.push(z.left)
    else issues.push(z.right)
  }
  if (errors.length > 0) return E.left(errors)
  const empty = issues.filter((z) => z.empty).map((z) => z.issue)
  const label = (i: IssueId): string => negotiation.issues[i]!.label
  const when = asOf === undefined ? 'On the latest positions' : `As of ${asOf}`
  const settledIds = [...settled.keys()].sort()
  const explanation =
    `${when}, ${String(issues.length - empty.length)} of ${String(issues.length)} open issues have a value every principal (${list(parties.map((p) => negotiation.parties[p]!.name))}) could accept` +
    (empty.length === 0 ? '.' : `; none on ${list(empty.map(label))}.`) +
    (settledIds.length > 0 ? ` Already settled: ${list(settledIds.map((i) => label(i)))}.` : '')
  return E.right(
    deepFreeze({
      ...(asOf === undefined ? {} : { asOf }),
      parties,
      issues,
      settled: settledIds,
      empty,
      explanation,
    }),
  )
}

/**
 * For each open issue as of a date (the latest positions when none is given), the values every principal could
 * accept: the overlap of their acceptable sets (the whole domain for a principal that stated none), less their red
 * lines, as a value set. When it is empty, the pairs of principals whose limits do not overlap, with the position
 * records, dates and sources that set them. A principal with no stated position, or no limit, on an issue constrains
 * nothing there (and is listed as `unconstrained`). Reservation scores and conditions, which depend on whole
 * packages, are applied by `Zone.packages`. Settled issues (an agreement in force covers them) are listed apart.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Zone, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'choice', options: [
 *     { id: 'member', label: 'Member' }, { id: 'neutral', label: 'Neutral' }] } } },
 *   positions: [
 *     { id: 'a1', party: 'A', issue: 'nato', asOf: '2025-01-01', sources: [], acceptable: { kind: 'options', options: ['member'] } },
 *     { id: 'b1', party: 'B', issue: 'nato', asOf: '2025-01-01', sources: [], redLines: { kind: 'options', options: ['member'] } },
 *   ],
 * } as unknown as Negotiation
 * const zone = Zone.perIssue(doc)
 * assert.ok(E.isRight(zone))
 * assert.deepStrictEqual(zone.right.empty, ['nato'])
 * assert.deepStrictEqual(zone.right.issues[0]!.conflicts[0]!.parties, ['A', 'B'])
 */
export const perIssue: {
  (asOf?: IsoDate): (negotiation: Negotiation) => E.Either<readonly ZoneError[], PerIssueZone>
  (negotiation: Negotiation, asOf?: IsoDate): E.Either<readonly ZoneError[], PerIssueZone>
} = function (...args: unknown[]) {
  if (typeof args[0] === 'object' && args[0] !== null)
    return perIssueZone(args[0] as Negotiation, args[1] as IsoDate | undefined)
  return (negotiation: Negotiation) => perIssueZone(negotiation, args[0] as IsoDate | undefined)
} as never

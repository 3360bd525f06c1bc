/**
 * Package infeasibility: every issue has, on its own, a value all principals accept, yet no whole package satisfies
 * them all once linkages, value conditions, reservation scores and reservation utilities count. Each finding
 * carries a minimal conflict set — constraints that cannot hold together, any one of which dropped leaves a
 * feasible package — found exactly on the zone analysis's package space.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { ValueSet } from '../model/domain'
import type { IssueId, PositionId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { spaceOf } from '../zone/space'
import { nearestFor, issueState } from './clash'
import { conflicts } from './conflict'
import { needsUtilities, problemOf, type Problem } from './problem'
import {
  historyOf,
  memo,
  nameOf,
  openAt,
  settledAt,
  stanceAt,
  versionAt,
  type Context,
  type Settings,
} from './context'
import { empty, meet, minus } from './sets'
import type { Constraint, DeadlockError, DeadlockOptions, Evidence, PackageInfeasibility } from './model'
import { detector, type Detected } from './run'
import { fmt, hash, latest, list, names, tidy } from './words'
import { compareText, ownedPart } from '../internal/text'

/** The end of a zone error that points to the zone's own `issues` option, which deadlock detection does not have. */
const ZONE_ADVICE = /: leave the issue out with `issues`$/

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** The zone's nearest agreement is asked for only when at most this many constraints span several issues. */
const NEAREST_GLOBAL_LIMIT = 8

/** True when some package-wide constraint (a value condition or a reservation) could bind as of the date. */
const mayBind = (ctx: Context, s: Settings, date: IsoDate): boolean =>
  s.parties.some(
    (p) =>
      ctx.negotiation.parties[p]?.reservation !== undefined ||
      Object.keys(ctx.negotiation.issues).some((i) => {
        const st = stanceAt(ctx, p, i as IssueId, date)
        return (
          st !== undefined &&
          (st.reservation !== undefined || (st.conditions ?? []).some((c) => c.kind === 'value'))
        )
      }),
  )

const constraintOf = (space: Problem, id: number): Constraint => {
  const R = space.rules.length
  const L = space.links.length
  if (id < R) {
    const r = space.rules[id]!
    const issue = r.axis >= 0 ? space.axes[r.axis]!.issue : r.evidence.issue
    return {
      party: space.parties[r.party]!,
      kind: r.kind,
      issues: [issue],
      weight: r.weight,
      positions: r.evidence.positions,
      text: r.text,
    }
  }
  if (id < R + L) {
    const l = space.links[id - R]!
    const issues = [...new Set([space.axes[l.a]!.issue, space.axes[l.b]!.issue])]
    return {
      party: space.parties[l.party]!,
      kind: 'linkage',
      issues,
      weight: l.weight,
      positions: l.evidence.positions,
      text: l.text,
    }
  }
  const f = space.floors[id - R - L]!
  return {
    party: space.parties[f.party]!,
    kind: 'reservation',
    issues: [],
    weight: f.weight,
    positions: [],
    text: f.text,
  }
}

const evidenceOf = (ctx: Context, c: Constraint, first: IsoDate): Evidence[] =>
  c.positions.length === 0
    ? [{ party: c.party, date: first, what: `${c.text}, set on the party record`, sources: [] }]
    : c.positions.map((id: PositionId) => {
        const r = ctx.records.get(id)
        return {
          positionId: id,
          party: c.party,
          date: r?.asOf ?? first,
          what: c.text,
          sources: [...(r?.sources ?? [])],
        }
      })

/** How many constraints of the space span several issues (linkages that bite, broken settled conditions, floors). */
const globalCount = (space: Problem): number =>
  space.rules.filter((r) => r.axis < 0).length +
  space.links.filter((l) => l.inA.includes(1) && l.inB.includes(0)).length +
  space.floors.length

const findingOf = (
  ctx: Context,
  s: Settings,
  space: Problem,
  set: readonly number[],
  issues: readonly IssueId[],
  way: { suggestion?: string; concessions?: PackageInfeasibility['concessions'] },
): PackageInfeasibility => {
  const first = ctx.dates[0] ?? s.asOf
  const conflict = set.map((id) => constraintOf(space, id))
  const parties = [...new Set(conflict.map((c) => c.party))].sort(compareText)
  const touched = [...new Set(conflict.flatMap((c) => c.issues))].sort(compareText)
  const evidence = tidy(conflict.flatMap((c) => evidenceOf(ctx, c, first)))
  const since =
    latest(conflict.flatMap((c) => c.positions.map((id) => ctx.records.get(id)?.asOf ?? first))) ?? first
  const signature = conflict
    .map(
      (c) =>
        `${c.kind}|${c.issues.join(',')}|${c.positions.join(',')}|${c.kind === 'reservation' ? nameOf(ctx, c.party) : ''}`,
    )
    .sort(compareText)
    .join(';')
  const scope =
    issues.length === 1 ? 'the 1 issue that has' : `the ${String(issues.length)} issues that each have`
  const explanation =
    `No package of ${scope} a value all principals accept satisfies ${names(ctx, parties)} together: ` +
    `${list(conflict.map((c) => c.text))} cannot all hold, and dropping any one of them would leave a package that satisfies the rest. ` +
    `This has held since ${since}, when the last of them was stated.`
  const cheapest = [...conflict].sort((a, b) => a.weight - b.weight || compareText(a.text, b.text))[0]!
  // "Alpha's red line on …" is what "Alpha gives up its red line on …"
  const who = nameOf(ctx, cheapest.party)
  const own = ownedPart(who, cheapest.text)
  const what = own === undefined ? cheapest.text : `its ${own}`
  const suggestion =
    way.suggestion ??
    (s.suggest
      ? `Cheapest way out of this conflict: ${who} gives up ${what} (weight ${fmt(cheapest.weight)}).`
      : undefined)
  return {
    kind: 'package-infeasibility',
    id: `package-infeasibility:${touched.join(',')}:${hash(signature)}`,
    parties,
    issues: touched,
    since,
    active: true,
    evidence,
    explanation,
    ...(suggestion === undefined ? {} : { suggestion }),
    conflict,
    ...(way.concessions === undefined ? {} : { concessions: way.concessions }),
  }
}

/**
 * A quick, sound test that some package exists: each issue's zone, narrowed by the plain value conditions on it,
 * still holds a value outside every linkage's `when` set on it (so every linkage is met by not triggering it).
 * False means "not shown", never "infeasible". Reservations and conditions on settled issues are left to the full
 * check.
 */
const surelyFeasible = (ctx: Context, s: Settings, issues: readonly IssueId[], date: IsoDate): boolean => {
  const inPackage = new Set<string>(issues)
  const settled = settledAt(ctx, s.parties, date)
  const zones = new Map<string, ValueSet | undefined>(
    issues.map((i) => [i, issueState(ctx, s, i, date).zone]),
  )
  const avoid = new Map<string, ValueSet[]>()
  for (const p of s.parties)
    for (const i of Object.keys(ctx.negotiation.issues) as IssueId[]) {
      const st = stanceAt(ctx, p, i, date)
      for (const c of st?.conditions ?? []) {
        if (c.kind !== 'value') continue
        if (settled.has(c.issue) || (c.when !== undefined && settled.has(c.when.issue))) return false
        if (c.when === undefined) {
          if (!inPackage.has(c.issue)) continue
          const z = zones.get(c.issue)
          zones.set(
            c.issue,
            z === undefined ? undefined : meet(ctx.negotiation.issues[c.issue]!.domain, z, c.in),
          )
        } else if (inPackage.has(c.when.issue) && inPackage.has(c.issue))
          avoid.set(c.when.issue, [...(avoid.get(c.when.issue) ?? []), c.when.in])
      }
    }
  return issues.every((i) => {
    const domain = ctx.negotiation.issues[i]!.domain
    let z = zones.get(i)
    for (const w of avoid.get(i) ?? []) z = z === undefined ? undefined : minus(domain, z, w)
    return z !== undefined && !empty(domain, z)
  })
}

/**
 * Every package infeasibility as of the settings' date (issues that clash on their own are left out of the
 * package: they are reported as clashes).
 *
 * @internal
 */
export const infeasibilitiesAt = (
  ctx: Context,
  s: Settings,
): E.Either<readonly DeadlockError[], PackageInfeasibility[]> => {
  const date = s.asOf
  if (!mayBind(ctx, s, date)) return E.right([])
  const open = openAt(ctx, s.parties, date)
  const issues = open.filter((i) => !issueState(ctx, s, i, date).empty)
  if (issues.length === 0) return E.right([])
  if (!needsUtilities(ctx, s.parties, issues, date) && surelyFeasible(ctx, s, issues, date))
    return E.right([])
  const versions = Object.keys(ctx.negotiation.issues)
    .sort(compareText)
    .map((i) =>
      s.parties
        .map((p) =>
          historyOf(ctx, p, i as IssueId).length === 0 ? '' : String(versionAt(ctx, p, i as IssueId, date)),
        )
        .join('.'),
    )
    .join(',')
  const key = `infeasible|${s.parties.join(',')}|${issues.join(',')}|${versions}|${String(s.maxConflicts)}|${String(s.suggest)}`
  return memo(ctx, key, () => {
    // without reservations no utility is needed: the same constraints, compiled without scoring anything
    const sp: E.Either<readonly { readonly message: string }[], Problem> = needsUtilities(
      ctx,
      s.parties,
      issues,
      date,
    )
      ? spaceOf(ctx.negotiation, { asOf: date, issues, parties: s.parties })
      : E.right(problemOf(ctx, s.parties, issues, date))
    if (E.isLeft(sp)) {
      // the zone's advice names its own options; here the way out is to drop this kind or the parties that bind
      const bound = s.parties.filter((p) => needsUtilities(ctx, [p], issues, date))
      return E.left(
        sp.left.map((e) => ({
          _tag: 'zone' as const,
          message: `package feasibility with the reservations of ${names(ctx, bound)} needs the zone's package space: ${e.message.replace(ZONE_ADVICE, '')}; turn off this kind (\`kinds\`), or leave out ${bound.length === 1 ? 'that party' : 'those parties'} (\`parties\`)`,
        })),
      )
    }
    const space = sp.right
    const found = conflicts(space, s.maxConflicts)
    if (found.undecided)
      return E.left([
        {
          _tag: 'zone' as const,
          message: `package feasibility could not be decided within the search limit for ${String(issues.length)} issues; leave out some parties or issues (\`parties\`) or turn off this kind (\`kinds\`)`,
        },
      ])
    if (found.sets.length === 0) return E.right([])
    const way =
      s.suggest && globalCount(space) <= NEAREST_GLOBAL_LIMIT ? nearestFor(ctx, s, issues, date) : {}
    return E.right(found.sets.map((set) => findingOf(ctx, s, space, set, issues, way)))
  })
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The package infeasibilities as of a date: the issues that each have a value every principal accepts admit no
 * whole package that satisfies all principals once their linkages ("if A then B"), value conditions, reservation
 * scores and reservation utilities count. Each finding names a minimal conflict set (`conflict`): constraints that
 * cannot all hold, where dropping any one leaves a package that satisfies the rest; up to `maxConflicts` (default 5)
 * disjoint sets are reported. Issues with no value all accept on their own are left out (they are clashes).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const yesNo = { kind: 'flag' }
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { truce: { label: 'Truce', category: 'ceasefire', domain: yesNo }, aid: { label: 'Aid', category: 'military', domain: yesNo } },
 *   positions: [
 *     { id: 'a1', party: 'A', issue: 'truce', asOf: '2025-01-01', sources: [], acceptable: { kind: 'flags', values: [true] },
 *       conditions: [{ kind: 'value', issue: 'aid', in: { kind: 'flags', values: [false] }, when: { issue: 'truce', in: { kind: 'flags', values: [true] } } }] },
 *     { id: 'b1', party: 'B', issue: 'aid', asOf: '2025-01-02', sources: [], acceptable: { kind: 'flags', values: [true] } },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.infeasibilities(doc, { suggest: false })
 * assert.ok(E.isRight(found))
 * assert.deepStrictEqual(found.right[0]!.conflict.map((c) => [c.party, c.kind]), [['B', 'acceptable'], ['A', 'acceptable'], ['A', 'linkage']])
 */
export const infeasibilities: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<PackageInfeasibility>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<PackageInfeasibility>
} = detector(infeasibilitiesAt) as never

/**
 * Red-line clashes: on one issue, the principals' acceptable sets less their red lines have no value in common
 * (`no-overlap`), or a principal's ideal lies inside another's red lines (`ideal-in-red-lines`). Each names the
 * principals, what each could accept, the position records with their dates and sources, the date the clash began,
 * and the nearest agreement on the issue from the zone analysis.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { Domain, ValueSet } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Stance } from '../model/positions'
import { nearestAgreement } from '../zone/nearest'
import type { Concession } from '../zone/model'
import {
  allowedOf,
  changeDates,
  labelOf,
  memo,
  nameOf,
  isOpen,
  openAt,
  runSince,
  stanceAt,
  versionAt,
  type Context,
  type Settings,
} from './context'
import type { DeadlockOptions, Evidence, Limit, RedLineClash } from './model'
import { detector, type Detected } from './run'
import { empty, has, meet, whole } from './sets'
import { list, names, setWords, stanceEvidence, stanceWords, tidy, valueIn } from './words'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * One principal's limit on an issue as of a date, with its stance.
 *
 * @internal
 */
export interface PartyLimit {
  readonly party: PartyId
  readonly allowed: ValueSet
  readonly stance: Stance
}

/**
 * The state of one issue as of a date: whether it is open, each principal's limit, the values all accept, and
 * the pairs that exclude each other (or whose ideal is the other's red line).
 *
 * @internal
 */
export interface IssueState {
  readonly issue: IssueId
  readonly open: boolean
  readonly limits: readonly PartyLimit[]
  readonly zone: ValueSet | undefined
  readonly empty: boolean
  readonly pairs: readonly (readonly [PartyId, PartyId])[]
  readonly idealPairs: readonly (readonly [PartyId, PartyId])[]
}

const emptySet = (domain: Domain, set: ValueSet): boolean => empty(domain, set)

/**
 * The key of an issue's state as of a date: the versions of the principals' stances on it, and whether it is open.
 *
 * @internal
 */
export const stateKey = (ctx: Context, s: Settings, issue: IssueId, date: IsoDate): string => {
  const open = isOpen(ctx, s.parties, issue, date)
  let versions = ''
  for (const p of s.parties) versions += `${String(versionAt(ctx, p, issue, date))},`
  return `issue|${s.parties.join(',')}|${issue}|${versions}|${String(open)}`
}

/**
 * The state of one issue as of a date, cached by the versions of the principals' stances on it.
 *
 * @internal
 */
export const issueState = (ctx: Context, s: Settings, issue: IssueId, date: IsoDate): IssueState => {
  const open = isOpen(ctx, s.parties, issue, date)
  return memo(ctx, stateKey(ctx, s, issue, date), () => {
    const domain = ctx.negotiation.issues[issue]!.domain
    const limits: PartyLimit[] = []
    const stances = s.parties.map((party) => stanceAt(ctx, party, issue, date))
    s.parties.forEach((party, k) => {
      const stance = stances[k]
      const allowed = allowedOf(domain, stance)
      if (stance !== undefined && allowed !== undefined) limits.push({ party, allowed, stance })
    })
    let zone: ValueSet | undefined = whole(domain)
    for (const l of limits) zone = zone === undefined ? undefined : meet(domain, zone, l.allowed)
    const empty = zone !== undefined && limits.length > 0 && emptySet(domain, zone)
    const pairs: [PartyId, PartyId][] = []
    const idealPairs: [PartyId, PartyId][] = []
    if (empty)
      limits.forEach((a, i) =>
        limits.slice(i + 1).forEach((b) => {
          const z = meet(domain, a.allowed, b.allowed)
          if (z !== undefined && emptySet(domain, z)) pairs.push([a.party, b.party])
        }),
      )
    else
      s.parties.forEach((p, i) => {
        const ideal = stances[i]?.ideal
        if (ideal === undefined) return
        s.parties.forEach((q, j) => {
          const red = i === j ? undefined : stances[j]?.redLines
          if (red !== undefined && has(domain, red, ideal)) idealPairs.push([p, q])
        })
      })
    return { issue, open, limits, zone, empty, pairs, idealPairs }
  })
}

/**
 * True when an issue clashes as of a date (open, and no value all accept, or an ideal inside a red line).
 *
 * @internal
 */
export const isClash = (state: IssueState, ideals: boolean): boolean =>
  state.open && (state.empty || (ideals && state.idealPairs.length > 0))

/**
 * The date a clash on an issue began: the start of the run of dates, up to `date`, on which it held.
 *
 * @internal
 */
export const clashSince = (
  ctx: Context,
  s: Settings,
  issue: IssueId,
  date: IsoDate,
  ideals = s.ideals,
): IsoDate | undefined =>
  runSince(
    ctx,
    `clash|${s.parties.join(',')}|${String(ideals)}|${issue}`,
    changeDates(ctx, s.parties, [issue]),
    date,
    (d) => isClash(issueState(ctx, s, issue, d), ideals),
  )

/**
 * The nearest agreement from the zone analysis, as a suggestion and its concessions (none when the zone analysis
 * could not search, or found nothing). When several sets of concessions cost the same, the suggestion names them all
 * (the zone analysis's `ways`), and the concessions are the first of them in its order, which follows what they are,
 * never party ids, and is not a ranking.
 *
 * @internal
 */
export const nearestFor = (
  ctx: Context,
  s: Settings,
  issues: readonly IssueId[],
  date: IsoDate,
): { suggestion?: string; concessions?: readonly Concession[] } => {
  const near = nearestAgreement(ctx.negotiation, { asOf: date, issues, parties: s.parties })
  if (E.isLeft(near) || near.right.alreadyOpen || !near.right.found) return {}
  const first = near.right.options[0]
  if (first === undefined) return {}
  const proof = near.right.exact ? '' : ' (the best the search found; not proven cheapest)'
  return { suggestion: `Nearest agreement${proof}: ${near.right.ways}`, concessions: first.concessions }
}

const limitOf = (ctx: Context, domain: Domain, l: PartyLimit): Limit => ({
  party: l.party,
  allowed: l.allowed,
  text: `${nameOf(ctx, l.party)} could accept ${setWords(domain, l.allowed)}`,
  ...(l.stance.ideal === undefined ? {} : { ideal: valueIn(domain, l.stance.ideal) }),
})

/**
 * The clash on one issue as of a date, if any.
 *
 * @internal
 */
export const clashOn = (
  ctx: Context,
  s: Settings,
  issue: IssueId,
  date: IsoDate,
): RedLineClash | undefined => {
  const state = issueState(ctx, s, issue, date)
  if (!isClash(state, s.ideals)) return undefined
  const since = clashSince(ctx, s, issue, date)!
  // the same state since the same date reads the same, except for the nearest agreement (asked as of the date)
  if (s.suggest) return describeClash(ctx, s, state, issue, date, since)
  return memo(ctx, `clashOn|${stateKey(ctx, s, issue, date)}|${String(s.ideals)}|${since}`, () =>
    describeClash(ctx, s, state, issue, date, since),
  )
}

const describeClash = (
  ctx: Context,
  s: Settings,
  state: IssueState,
  issue: IssueId,
  date: IsoDate,
  since: IsoDate,
): RedLineClash => {
  const domain = ctx.negotiation.issues[issue]!.domain
  const label = labelOf(ctx, issue)
  const limits = state.limits.map((l) => limitOf(ctx, domain, l))
  let evidence: Evidence[]
  let explanation: string
  let parties: PartyId[]
  let pairs: (readonly [PartyId, PartyId])[]
  const limitEvidence = (ls: readonly PartyLimit[]): Evidence[] =>
    ls.flatMap((l) =>
      stanceEvidence(ctx, l.stance, ['acceptable', 'redLines'], (fs) =>
        stanceWords(ctx, domain, l.stance, fs),
      ),
    )
  if (state.empty) {
    pairs = [...state.pairs]
    const involved =
      pairs.length > 0 ? state.limits.filter((l) => pairs.some((p) => p.includes(l.party))) : state.limits
    parties = involved.map((l) => l.party)
    evidence = limitEvidence(involved)
    const only = involved.map(
      (l, k) =>
        `${nameOf(ctx, l.party)}${k === 0 ? ' could accept only' : ' only'} ${setWords(domain, l.allowed)}`,
    )
    explanation =
      pairs.length > 0
        ? `On ${label}, ${names(ctx, parties)} have no acceptable value in common: ${list(only)}.${
            pairs.length > 1 ? ` Excluding each other: ${pairs.map((p) => names(ctx, p)).join('; ')}.` : ''
          } This has held since ${since}.`
        : `On ${label}, no value is acceptable to ${names(ctx, parties)} together, although each two of them share some: ${list(only)}. This has held since ${since}.`
  } else {
    pairs = [...state.idealPairs]
    parties = [...new Set(pairs.flat())].sort()
    evidence = pairs.flatMap(([p, q]) => {
      const a = stanceAt(ctx, p, issue, date)!
      const b = stanceAt(ctx, q, issue, date)!
      return [
        ...stanceEvidence(ctx, a, ['ideal'], (fs) => stanceWords(ctx, domain, a, fs)),
        ...stanceEvidence(ctx, b, ['redLines'], (fs) => stanceWords(ctx, domain, b, fs)),
      ]
    })
    const zoneText = state.zone === undefined ? 'something' : setWords(domain, state.zone)
    explanation = `On ${label}, ${pairs
      .map(
        ([p, q]) =>
          `${nameOf(ctx, p)} wants ${valueIn(domain, stanceAt(ctx, p, issue, date)!.ideal!)}, which ${nameOf(ctx, q)} rules out as a red line`,
      )
      .join('; ')}; what every principal could accept is only ${zoneText}. This has held since ${since}.`
  }
  const way = !s.suggest
    ? {}
    : state.empty
      ? nearestFor(ctx, s, [issue], date)
      : {
          suggestion: `Settle within what every principal accepts on ${label}: ${state.zone === undefined ? 'the overlap' : setWords(domain, state.zone)}.`,
        }
  return {
    kind: 'red-line-clash',
    id: `red-line-clash:${issue}`,
    parties,
    issues: [issue],
    since,
    active: true,
    evidence: tidy(evidence),
    explanation,
    ...(way.suggestion === undefined ? {} : { suggestion: way.suggestion }),
    basis: state.empty ? 'no-overlap' : 'ideal-in-red-lines',
    limits,
    pairs,
    ...('concessions' in way && way.concessions !== undefined ? { concessions: way.concessions } : {}),
  }
}

/**
 * Every clash as of the settings' date.
 *
 * @internal
 */
export const clashesAt = (ctx: Context, s: Settings): RedLineClash[] =>
  openAt(ctx, s.parties, s.asOf).flatMap((i) => {
    const c = clashOn(ctx, s, i, s.asOf)
    return c === undefined ? [] : [c]
  })

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The red-line clashes as of a date: each open issue on which the principals' acceptable sets, less their red
 * lines, have no value in common (`basis: 'no-overlap'`, naming the pairs that exclude each other), or on which a
 * principal's ideal lies inside another's red lines (`basis: 'ideal-in-red-lines'`; turn off with
 * `ideals: false`). Each carries what every principal could accept, the position records with dates and sources,
 * the date the clash began, and the nearest agreement on the issue from the zone analysis (`suggest: false` to
 * skip it).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { x: { label: 'Border', category: 'territory', domain: { kind: 'choice', options: [
 *     { id: 'old', label: 'Old line' }, { id: 'new', label: 'New line' }] } } },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'x', asOf: '2025-01-01', sources: [], redLines: { kind: 'options', options: ['new'] } },
 *     { id: 'b', party: 'B', issue: 'x', asOf: '2025-02-01', sources: [], redLines: { kind: 'options', options: ['old'] } },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.clashes(doc, { suggest: false })
 * assert.ok(E.isRight(found))
 * assert.strictEqual(found.right[0]!.id, 'red-line-clash:x')
 * assert.strictEqual(found.right[0]!.since, '2025-02-01')
 * assert.deepStrictEqual(found.right[0]!.pairs, [['A', 'B']])
 */
export const clashes: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<RedLineClash>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<RedLineClash>
} = detector((ctx, s) => E.right(clashesAt(ctx, s))) as never

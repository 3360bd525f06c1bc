/**
 * Who gains: each party's reading of a change between two drafts, from its positions as of a date — its utility
 * before and after, and per issue whether the draft moved toward or away from its ideal, into or out of its
 * acceptable set, across or back over a red line. Principals are reported apart from mediators, guarantors and
 * observers; a party with no position on an issue has "no stated position" there, not a score of zero.
 *
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { Domain, Value } from '../model/domain'
import type { IssueId, PartyId, PositionId, SourceId } from '../model/ids'
import type { PartyRole } from '../model/party'
import type { Term } from '../model/proposal'
import {
  type DiffContext,
  type PartyModel,
  type Scored,
  type Standing,
  encode,
  idealMove,
  scoreByCode,
  standingOf,
} from './context'
import { compareStrings } from './problem'
import type { TermChange, TermSink, TermStatus } from './terms'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a change on one issue does for one party: a `gain`, a `loss`, `neutral` (no difference to it), or
 * `no-stated-position` (the party has not said where it stands on the issue).
 *
 * @category model
 * @since 0.1.0
 */
export type Effect = 'gain' | 'loss' | 'neutral' | 'no-stated-position'

/**
 * One changed issue read by one party. `score` is the party's score (0…1) of each side's term (null where the draft
 * has no term) and `weight` the issue's share of the party's priorities; both are null, and the effect is
 * `no-stated-position`, when the party has no position on the issue. `ideal` says whether the term moved `toward` or
 * `away` from the party's ideal; `standing` where each side's term stands for it; `acceptable` whether the term
 * `entered` or `left` what it can accept; `redLine` whether the later draft newly `crossed` a red line or `cleared`
 * one the earlier draft crossed. An added term is a gain when it scores above the party's utility under the earlier
 * draft, a dropped term when it scored below the party's utility under the later draft (the utility model averages
 * over the issues a draft decides, so a term pulls the utility toward its own score). The
 * evidence is the position records that set the stance, and their sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueEffect {
  readonly issue: IssueId
  readonly label: string
  readonly status: TermStatus
  readonly effect: Effect
  readonly score: { readonly from: number | null; readonly to: number | null } | null
  readonly weight: number | null
  readonly ideal: 'toward' | 'away' | 'same' | null
  readonly standing: { readonly from: Standing; readonly to: Standing } | null
  readonly acceptable: 'entered' | 'left' | null
  readonly redLine: 'crossed' | 'cleared' | null
  readonly positions: readonly PositionId[]
  readonly sources: readonly SourceId[]
}

/**
 * One party's reading of the whole change: its utility under each draft and the difference (null when it has no
 * stated position on any issue either draft addresses), its verdict, the issues it gained and lost on, the red lines
 * the later draft newly crosses (`crossed`), no longer crosses (`cleared`) or still crosses among the changed issues
 * (`still`), and the changed issues on which it has no stated position.
 *
 * @category model
 * @since 0.1.0
 */
export interface PartyImpact {
  readonly party: PartyId
  readonly name: string
  readonly role: PartyRole
  readonly utility: {
    readonly from: number | null
    readonly to: number | null
    readonly delta: number | null
  }
  readonly verdict: 'gains' | 'loses' | 'unchanged' | 'no-stated-position'
  readonly gained: readonly IssueId[]
  readonly lost: readonly IssueId[]
  readonly redLines: {
    readonly crossed: readonly IssueId[]
    readonly cleared: readonly IssueId[]
    readonly still: readonly IssueId[]
  }
  readonly noPosition: readonly IssueId[]
  readonly issues: readonly IssueEffect[]
}

/**
 * Every party's reading of a change, as of a date: principals (whose consent a deal needs) and the others
 * (mediators, guarantors, observers) reported separately, each in party-id order; the principal or principals with
 * the largest utility gain (`gainedMost`, empty when no principal gains); and every source the reading cites.
 *
 * @category model
 * @since 0.1.0
 */
export interface PartyImpacts {
  readonly asOf: IsoDate
  readonly principals: readonly PartyImpact[]
  readonly others: readonly PartyImpact[]
  readonly gainedMost: readonly PartyId[]
  readonly sources: readonly SourceId[]
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Every party's reading of the change from `a` to `b`, given the aligned term changes. Internal.
 *
 * @internal
 */
export const partyImpacts = (
  ctx: DiffContext,
  sink: TermSink,
  terms: readonly TermChange[],
): PartyImpacts => {
  const principals: PartyImpact[] = []
  const others: PartyImpact[] = []
  const cited = new Set<readonly SourceId[]>()
  const aligned = alignedOf(ctx, sink)
  const slots = terms.map((t) => ctx.index.get(t.issue))
  for (const m of ctx.parties) {
    const impact = partyImpact(ctx, m, aligned, terms, slots)
    ;(m.role === 'principal' ? principals : others).push(impact)
    for (const e of impact.issues) cited.add(e.sources)
  }
  const sources = new Set<SourceId>()
  for (const list of cited) for (const s of list) sources.add(s)
  let best = 0
  let gainedMost: PartyId[] = []
  for (const p of principals) {
    const d = p.utility.delta
    if (d === null || d <= EPSILON) continue
    if (gainedMost.length === 0 || d > best + EPSILON) {
      best = d
      gainedMost = [p.party]
    } else if (d >= best - EPSILON) gainedMost.push(p.party)
  }
  return { asOf: ctx.asOf, principals, others, gainedMost, sources: [...sources].sort(compareStrings) }
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const EPSILON = 1e-12

const NO_IDS: readonly never[] = Object.freeze([])

/**
 * The terms of both drafts on the context's issues (every issue some party has a position on), looked up once, and
 * their values' codes in the compiled tables' layout, computed once for all parties.
 */
interface Aligned {
  readonly a: (Term | undefined)[]
  readonly b: (Term | undefined)[]
  readonly codesA: number[]
  readonly codesB: number[]
}

// The codes of the terms the alignment collected (see `TermSink`), computed once for all parties.
const alignedOf = (ctx: DiffContext, sink: TermSink): Aligned => {
  const n = ctx.issues.length
  // Plain arrays: large typed arrays live outside the heap, and allocating them on every diff costs more here.
  const codesA: number[] = []
  const codesB: number[] = []
  for (let i = 0; i < n; i++) {
    const domain = ctx.domains[i] as Domain
    const x = sink.a[i]
    const y = sink.b[i]
    const ca = x === undefined ? Number.NaN : encode(domain, x.value)
    codesA.push(ca)
    codesB.push(
      y === undefined ? Number.NaN : x !== undefined && x.value === y.value ? ca : encode(domain, y.value),
    )
  }
  return { a: sink.a, b: sink.b, codesA, codesB }
}

/**
 * An empty sink for the alignment to fill with the terms on the context's issues. Internal.
 *
 * @internal
 */
export const sinkFor = (ctx: DiffContext): TermSink => {
  const n = ctx.issues.length
  return {
    index: ctx.index,
    a: new Array<Term | undefined>(n).fill(undefined),
    b: new Array<Term | undefined>(n).fill(undefined),
  }
}

/**
 * The party's utility of each draft, as `Utility.utility` computes it: the weighted mean score over the issues the
 * draft decides and the party has a position on (in issue-id order, so the sums do not depend on key order); 1
 * (indifferent) when there are none.
 */
const utilities = (m: PartyModel, v: Aligned): { from: number; to: number; covered: boolean } => {
  let sa = 0
  let ca = 0
  let sb = 0
  let cb = 0
  const { stated, slots } = m
  for (let k = 0; k < stated.length; k++) {
    const p = stated[k] as Scored
    const slot = slots[k] as number
    const x = v.a[slot]
    const y = v.b[slot]
    if (x === undefined && y === undefined) continue
    const scoreA = x === undefined ? 0 : scoreByCode(p, v.codesA[slot] as number, x.value)
    const codeB = v.codesB[slot] as number
    const scoreB =
      y === undefined
        ? 0
        : x !== undefined && codeB === v.codesA[slot]
          ? scoreA
          : scoreByCode(p, codeB, y.value)
    if (x !== undefined) {
      sa += p.weight * scoreA
      ca += p.weight
    }
    if (y !== undefined) {
      sb += p.weight * scoreB
      cb += p.weight
    }
  }
  const u = (s: number, c: number): number => (c > 0 ? Math.min(1, Math.max(0, s / c)) : 1)
  return { from: u(sa, ca), to: u(sb, cb), covered: ca > 0 || cb > 0 }
}

// Gain or loss from the scores: the two sides when both exist; else an added term against the party's utility
// under the earlier draft (which lacks it), a dropped term against its utility under the later draft (which lacks
// it) — the utility averages over the issues a draft decides, so a term pulls it toward its own score.
const compareScores = (
  from: number | null,
  to: number | null,
  u: { readonly from: number; readonly to: number },
): Effect => {
  const d =
    from !== null && to !== null ? to - from : to !== null ? to - u.from : from !== null ? u.to - from : 0
  return d > EPSILON ? 'gain' : d < -EPSILON ? 'loss' : 'neutral'
}

// The party's issue with this id, when it has a position on it.
const scoredAt = (ctx: DiffContext, m: PartyModel, issue: string): Scored | undefined => {
  const slot = ctx.index.get(issue)
  return slot === undefined ? undefined : m.bySlot[slot]
}

const direct = (p: Scored | undefined, v: Value | null): number =>
  p === undefined || v === null ? Number.NaN : encode(p.preference.definition.domain, v)

const noPosition = (t: TermChange): IssueEffect =>
  Object.freeze({
    issue: t.issue,
    label: t.label,
    status: t.status,
    effect: 'no-stated-position',
    score: null,
    weight: null,
    ideal: null,
    standing: null,
    acceptable: null,
    redLine: null,
    positions: NO_IDS,
    sources: NO_IDS,
  })

const issueEffect = (
  ctx: DiffContext,
  m: PartyModel,
  aligned: Aligned,
  t: TermChange,
  slot: number | undefined,
  u: { readonly from: number; readonly to: number },
): IssueEffect => {
  const pb = slot === undefined ? undefined : m.bySlot[slot]
  const pa = t.aligned === null || t.change?.kind !== 'replaced' ? pb : scoredAt(ctx, m, t.aligned.from)
  if (pa === undefined && pb === undefined) return noPosition(t)
  // A term aligned by a mapping is not in the aligned codes under the issue it is compared on: encode it here.
  const codeA =
    t.aligned === null && slot !== undefined ? (aligned.codesA[slot] as number) : direct(pa, t.from)
  const codeB = slot === undefined ? direct(pb, t.to) : (aligned.codesB[slot] as number)
  const from = t.from === null || pa === undefined ? null : scoreByCode(pa, codeA, t.from)
  const to = t.to === null || pb === undefined ? null : scoreByCode(pb, codeB, t.to)
  const standing = Object.freeze({
    from: from === null || pa === undefined ? 'no-term' : standingOf(pa, codeA, t.from as Value, from),
    to: to === null || pb === undefined ? 'no-term' : standingOf(pb, codeB, t.to as Value, to),
  })
  const crossedA = standing.from === 'red-line'
  const crossedB = standing.to === 'red-line'
  const redLine = crossedB && !crossedA ? 'crossed' : crossedA && !crossedB ? 'cleared' : null
  const both = standing.from !== 'no-term' && standing.to !== 'no-term'
  const okA = standing.from === 'acceptable'
  const okB = standing.to === 'acceptable'
  const acceptable = both && okB && !okA ? 'entered' : both && okA && !okB ? 'left' : null
  const p = (pb ?? pa) as Scored
  const ideal =
    both && pa === pb ? idealMove(p, t.from as Value, t.to as Value, from as number, to as number) : null
  const effect: Effect =
    redLine === 'crossed' ? 'loss' : redLine === 'cleared' ? 'gain' : compareScores(from, to, u)
  return Object.freeze({
    issue: t.issue,
    label: t.label,
    status: t.status,
    effect,
    score: Object.freeze({ from, to }),
    weight: p.weight,
    ideal,
    standing,
    acceptable,
    redLine,
    positions: p.positions,
    sources: p.sources,
  })
}

const partyImpact = (
  ctx: DiffContext,
  m: PartyModel,
  aligned: Aligned,
  terms: readonly TermChange[],
  slots: readonly (number | undefined)[],
): PartyImpact => {
  const u = utilities(m, aligned)
  const issues: IssueEffect[] = []
  const gained: IssueId[] = []
  const lost: IssueId[] = []
  const none: IssueId[] = []
  const crossed: IssueId[] = []
  const cleared: IssueId[] = []
  const still: IssueId[] = []
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as TermChange
    if (t.status === 'unchanged') continue
    const e = issueEffect(ctx, m, aligned, t, slots[i], u)
    issues.push(e)
    if (e.effect === 'gain') gained.push(e.issue)
    else if (e.effect === 'loss') lost.push(e.issue)
    else if (e.effect === 'no-stated-position') none.push(e.issue)
    if (e.redLine === 'crossed') crossed.push(e.issue)
    else if (e.redLine === 'cleared') cleared.push(e.issue)
    else if (e.standing?.to === 'red-line') still.push(e.issue)
  }
  const stated = u.covered || none.length < issues.length
  const raw = u.to - u.from
  const delta = Math.abs(raw) < EPSILON ? 0 : raw
  const verdict: PartyImpact['verdict'] = !stated
    ? 'no-stated-position'
    : delta > 0
      ? 'gains'
      : delta < 0
        ? 'loses'
        : issues.length > 0 && none.length === issues.length
          ? 'no-stated-position'
          : 'unchanged'
  return {
    party: m.party,
    name: m.name,
    role: m.role,
    utility: stated ? { from: u.from, to: u.to, delta } : { from: null, to: null, delta: null },
    verdict,
    gained: Object.freeze(gained),
    lost: Object.freeze(lost),
    redLines: {
      crossed: Object.freeze(crossed),
      cleared: Object.freeze(cleared),
      still: Object.freeze(still),
    },
    noPosition: Object.freeze(none),
    issues: Object.freeze(issues),
  }
}

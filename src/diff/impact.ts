/**
 * Who gains: each party's reading of a change between two drafts, from its positions as of a date — its utility
 * before and after, and per issue whether the draft moved toward or away from its ideal, into or out of its
 * acceptable set, across or back over a red line. Principals are reported apart from mediators, guarantors and
 * observers; a party with no position on an issue has "no stated position" there, not a score of zero.
 *
 * @since 0.1.0
 */
import type { Preference } from '../algebra/preferences'
import type { IsoDate } from '../model/date'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { IssueId, OptionId, PartyId, PositionId, SourceId } from '../model/ids'
import type { PartyRole } from '../model/party'
import type { DiffContext, PartyModel, Scored, Standing } from './context'
import { compareText } from '../internal/text'
import type { TermChange, TermSink, TermStatus } from './terms'
import { sameValue } from './value-change'

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
  // the changed terms (not those only reworded or renumbered), and the slot of each
  const changed = terms.filter((t) => t.status !== 'unchanged')
  const slots = changed.map((t) => ctx.index.get(t.issue))
  for (const m of ctx.parties) {
    const impact = partyImpact(ctx, m, sink, changed, slots)
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
  return { asOf: ctx.asOf, principals, others, gainedMost, sources: [...sources].sort(compareText) }
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const EPSILON = 1e-12

const NO_IDS: readonly never[] = Object.freeze([])

/**
 * An empty sink for the alignment to fill with the terms on the context's issues. Internal.
 *
 * @internal
 */
export const sinkFor = (ctx: DiffContext): TermSink => {
  const n = ctx.issues.length
  return {
    index: ctx.index,
    issues: ctx.issues,
    // plain arrays: typed arrays this large live outside the heap, and allocating them on every diff costs more
    has: new Array<number>(n).fill(0),
    codesA: new Array<number>(n).fill(0),
    codesB: new Array<number>(n).fill(0),
    valuesA: ctx.needsValues ? new Array<Value>(n) : undefined,
    valuesB: ctx.needsValues ? new Array<Value>(n) : undefined,
    domains: ctx.domains,
    lookups: ctx.lookups,
  }
}

/**
 * Adds up what the party's utility of each draft is made of, as `Utility.utility` computes it — the weighted mean
 * score over the issues the draft decides and the party has a position on, in issue-id order so that the sums do
 * not depend on key order: into `sums`, the weighted sum of scores and the sum of weights under the earlier draft
 * (0, 1), then under the later one (2, 3).
 */
const utilities = (m: PartyModel, v: TermSink, sums: Float64Array): void => {
  const { stated, slots, weights, offsets, sizes, scores } = m
  const { has, codesA, codesB, valuesA, valuesB } = v
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] as number
    const h = has[slot] as number
    if (h === 0) continue
    const w = weights[k] as number
    const offset = offsets[k] as number
    const codeA = codesA[slot] as number
    let scoreA = 0
    if ((h & 1) !== 0) {
      // a finite table's score read in place (`scoreByCode`); else through the table's function or the scorer
      scoreA =
        offset >= 0 && codeA === codeA
          ? inTable(codeA | 0, sizes[k] as number)
            ? (scores[offset + (codeA | 0)] as number)
            : 0
          : scoreByCode(stated[k] as Scored, codeA, valuesA?.[slot] as Value)
      // The sums grow in `sums` rather than in locals returned after the loop: V8 compiles a long loop while it
      // runs, code after it then has no type feedback, and the deoptimisation there came back on every diff.
      sums[0] = (sums[0] as number) + w * scoreA
      sums[1] = (sums[1] as number) + w
    }
    if ((h & 2) !== 0) {
      const codeB = codesB[slot] as number
      const scoreB =
        (h & 1) !== 0 && codeB === codeA
          ? scoreA
          : offset >= 0 && codeB === codeB
            ? inTable(codeB | 0, sizes[k] as number)
              ? (scores[offset + (codeB | 0)] as number)
              : 0
            : scoreByCode(stated[k] as Scored, codeB, valuesB?.[slot] as Value)
      sums[2] = (sums[2] as number) + w * scoreB
      sums[3] = (sums[3] as number) + w
    }
  }
}

// Whether a finite table of `size` entries has an entry at index `c` (else `scoreByCode` reads undefined: 0).
const inTable = (c: number, size: number): boolean => c >= 0 && c < size

// The party's score of a value and whether it could accept it, as `scoreByCode` and `okByCode` read them, from the
// party's flat tables when the issue's table is finite.
const scoreIn = (m: PartyModel, p: Scored, code: number, v: Value): number => {
  const offset = m.offsets[p.at] as number
  if (offset < 0 || code !== code) return scoreByCode(p, code, v)
  const c = code | 0
  return inTable(c, m.sizes[p.at] as number) ? (m.scores[offset + c] as number) : 0
}

const okIn = (m: PartyModel, p: Scored, code: number, v: Value): boolean => {
  const offset = m.offsets[p.at] as number
  if (offset < 0 || code !== code) return okByCode(p, code, v)
  const c = code | 0
  return inTable(c, m.sizes[p.at] as number) && m.oks[offset + c] === 1
}

// A weighted mean, from the weighted sum and the sum of weights: 1 (indifferent) when nothing weighs.
const mean = (s: number, c: number): number => (c > 0 ? Math.min(1, Math.max(0, s / c)) : 1)

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

const STANDINGS: readonly Standing[] = [
  'acceptable',
  'red-line',
  'outside-acceptable',
  'below-reservation',
  'no-term',
]

type StandingPair = NonNullable<IssueEffect['standing']>

// Every pair of standings, built once and frozen: effects share them rather than allocate one per issue and party.
const PAIRS: ReadonlyMap<Standing, ReadonlyMap<Standing, StandingPair>> = new Map(
  STANDINGS.map((from) => [from, new Map(STANDINGS.map((to) => [to, Object.freeze({ from, to })]))]),
)

const standingPair = (from: Standing, to: Standing): StandingPair =>
  (PAIRS.get(from) as ReadonlyMap<Standing, StandingPair>).get(to) as StandingPair

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
  aligned: TermSink,
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
  const from = t.from === null || pa === undefined ? null : scoreIn(m, pa, codeA, t.from)
  const to = t.to === null || pb === undefined ? null : scoreIn(m, pb, codeB, t.to)
  const standing = standingPair(
    from === null || pa === undefined
      ? 'no-term'
      : okIn(m, pa, codeA, t.from as Value)
        ? 'acceptable'
        : standingByScorer(pa.preference, t.from as Value, from),
    to === null || pb === undefined
      ? 'no-term'
      : okIn(m, pb, codeB, t.to as Value)
        ? 'acceptable'
        : standingByScorer(pb.preference, t.to as Value, to),
  )
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
  aligned: TermSink,
  terms: readonly TermChange[],
  slots: readonly (number | undefined)[],
): PartyImpact => {
  const sums = new Float64Array(4)
  utilities(m, aligned, sums)
  const ca = sums[1] as number
  const cb = sums[3] as number
  const u = { from: mean(sums[0] as number, ca), to: mean(sums[2] as number, cb), covered: ca > 0 || cb > 0 }
  const issues: IssueEffect[] = []
  const gained: IssueId[] = []
  const lost: IssueId[] = []
  const none: IssueId[] = []
  const crossed: IssueId[] = []
  const cleared: IssueId[] = []
  const still: IssueId[] = []
  for (let i = 0; i < terms.length; i++) {
    const e = issueEffect(ctx, m, aligned, terms[i] as TermChange, slots[i], u)
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

// One value read by one party, through the context's tables or its scorers.

/**
 * Whether `to` is nearer the party's ideal than `from` (by `Values.distance`), or null when it has no ideal. With a
 * derived score (no explicit valuation) on an ordered domain, the score is 1 minus that distance, so the scores
 * answer; on a flag or an unordered choice the distance is 0 at the ideal and 1 elsewhere. Internal.
 *
 * @internal
 */
export const idealMove = (
  p: Scored,
  from: Value,
  to: Value,
  scoreFrom: number,
  scoreTo: number,
): 'toward' | 'away' | 'same' | null => {
  const ideal = p.ideal
  if (ideal === undefined) return null
  let da: number
  let db: number
  if (p.nearer === 'distance') {
    const s = p.preference.scorer
    da = s.algebra.distance(s.domain, from, ideal)
    db = s.algebra.distance(s.domain, to, ideal)
  } else if (p.nearer === 'score') {
    da = 1 - scoreFrom
    db = 1 - scoreTo
  } else {
    da = sameValue(from, ideal) ? 0 : 1
    db = sameValue(to, ideal) ? 0 : 1
  }
  return db < da - 1e-12 ? 'toward' : db > da + 1e-12 ? 'away' : 'same'
}

/**
 * The code of a value in the compiled tables' layout: an option's index, 0 or 1 for a flag, a subset's bit mask
 * (NaN past 30 elements), the number itself for a quantity. Computed once per term and shared by every party.
 * Internal.
 *
 * @internal
 */
export const encode = (domain: Domain, v: Value): number => {
  switch (domain.kind) {
    case 'choice': {
      const options = domain.options
      for (let i = 0; i < options.length; i++) if ((options[i] as { readonly id: string }).id === v) return i
      return Number.NaN
    }
    case 'flag':
      return v === true ? 1 : 0
    case 'subset':
      return domain.universe.length > 30 ? Number.NaN : maskOf(domain.universe, v)
    case 'quantity':
      return v as number
  }
}

/**
 * The party's score of a value, by its code when its compiled tables have one, else by its scorer. Internal.
 *
 * @internal
 */
export const scoreByCode = (p: Scored, code: number, v: Value): number => {
  if (code === code) {
    // `| 0`: finite codes are small integers; an integer index keeps the typed-array read on the fast path.
    if (p.scores !== undefined) return p.scores[code | 0] ?? 0
    if (p.scoreAt !== undefined) return p.scoreAt(code)
  }
  return p.preference.scorer.score(v)
}

/**
 * Whether the party could accept a value (no red line, inside its acceptable values, not below its reservation
 * score), by its code when its compiled tables have one. Internal.
 *
 * @internal
 */
export const okByCode = (p: Scored, code: number, v: Value): boolean => {
  if (code === code) {
    if (p.acceptable !== undefined) return p.acceptable[code | 0] === 1
    if (p.okAt !== undefined) return p.okAt(code)
  }
  return standingByScorer(p.preference, v, p.preference.scorer.score(v)) === 'acceptable'
}

const standingByScorer = (p: Preference, value: Value, score: number): Standing => {
  const s = p.scorer
  if (s.redLines !== undefined && inSet(s.redLines, value)) return 'red-line'
  if (s.acceptable !== undefined && !inSet(s.acceptable, value)) return 'outside-acceptable'
  const r = s.position.reservation
  return r !== undefined && score < r ? 'below-reservation' : 'acceptable'
}

/**
 * Membership of a value in a value set in normal form (as the scorer keeps them), without allocating: the
 * algebra's `contains`, specialised for the diff's per-term loop (a property test checks that they agree).
 * Internal.
 *
 * @internal
 */
export const inSet = (set: ValueSet, v: Value): boolean => {
  switch (set.kind) {
    case 'options':
      return set.options.includes(v as OptionId)
    case 'flags':
      return set.values.includes(v as boolean)
    case 'intervals': {
      const x = v as number
      for (const i of set.intervals)
        if ((i.minOpen === true ? x > i.min : x >= i.min) && (i.maxOpen === true ? x < i.max : x <= i.max))
          return true
      return false
    }
    case 'subsets': {
      const ids = v as readonly OptionId[]
      for (const c of set.any) {
        if (c.minSize !== undefined && ids.length < c.minSize) continue
        if (c.maxSize !== undefined && ids.length > c.maxSize) continue
        if (c.include !== undefined && !c.include.every((x) => ids.includes(x))) continue
        if (c.exclude !== undefined && c.exclude.some((x) => ids.includes(x))) continue
        return true
      }
      return false
    }
  }
}

// The bit mask of a subset (the first universe element is bit 0), as the compiled tables index subsets.
const maskOf = (universe: readonly { readonly id: string }[], v: Value): number => {
  const ids = v as readonly string[]
  let m = 0
  for (let j = 0; j < universe.length; j++)
    if (ids.includes((universe[j] as { readonly id: string }).id)) m |= 1 << j
  return m >>> 0
}

/**
 * The package constraints as a small constraint problem: per issue, the coarsest partition of its domain that every
 * constraint respects (its *atoms*: the options of a choice, the answers of a flag, and for quantities and subsets
 * the regions cut out by the sets the constraints name), and each constraint as the atoms it allows — the same
 * constraints, with the same ids, texts, weights and evidence, as the zone analysis's package space, and read
 * through the zone's own reading of conditions. No utility is compiled, so this is the fast path when no
 * reservation utility or reservation score binds; with one, the zone's space (which carries utilities) is used.
 * Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { all as allValues, difference, intersect, isEmpty } from '../algebra/value-set'
import type { IsoDate } from '../model/date'
import type { Domain, ValueSet } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Stance } from '../model/positions'
import { conditionsOf } from '../zone/conditions'
import type { Evidence as ZoneEvidence } from '../zone/model'
import { evidenceOf } from '../zone/text'
import { historyOf, labelOf, nameOf, settledAt, stanceAt, type Context } from './context'
import { setWords } from './words'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One issue of the problem: its pieces. Whether a piece is a single value matters only to reservation floors (see
 * feasible.ts), which the deadlock problem never has, so every piece is marked as one here, ranges included.
 *
 * @internal
 */
export interface ProblemAxis {
  readonly issue: IssueId
  readonly pieces: readonly { readonly point: boolean }[]
}

/**
 * A constraint on one issue (`axis` -1: a condition a settlement already breaks).
 *
 * @internal
 */
export interface ProblemRule {
  readonly party: number
  readonly axis: number
  readonly kind: 'red-line' | 'acceptable' | 'issue-reservation' | 'condition'
  readonly allows: Uint8Array
  readonly weight: number
  readonly evidence: ZoneEvidence
  readonly text: string
}

/**
 * A linkage: a package with issue `a` in `inA` must have issue `b` in `inB`.
 *
 * @internal
 */
export interface ProblemLink {
  readonly party: number
  readonly a: number
  readonly inA: Uint8Array
  readonly b: number
  readonly inB: Uint8Array
  readonly weight: number
  readonly evidence: ZoneEvidence
  readonly text: string
}

/**
 * An overall reservation utility, in utility units.
 *
 * @internal
 */
export interface ProblemFloor {
  readonly party: number
  readonly units: number
  readonly weight: number
  readonly text: string
}

/**
 * The constraint problem (the zone's package space is one, with utilities for the floors: `gain`, `gainLo`,
 * `gainHi`, `base`). Constraint ids run over rules, then links, then floors.
 *
 * @internal
 */
export interface Problem {
  readonly parties: readonly PartyId[]
  readonly names: readonly string[]
  readonly axes: readonly ProblemAxis[]
  readonly rules: readonly ProblemRule[]
  readonly links: readonly ProblemLink[]
  readonly floors: readonly ProblemFloor[]
  readonly base?: Float64Array
  readonly gain?: readonly (readonly Float64Array[])[]
  readonly gainLo?: readonly (readonly Float64Array[])[]
  readonly gainHi?: readonly (readonly Float64Array[])[]
}

const right = <A>(r: E.Either<unknown, A>): A | undefined => (E.isRight(r) ? r.right : undefined)

// -------------------------------------------------------------------------------------
// atoms
// -------------------------------------------------------------------------------------

interface Atoms {
  readonly count: number
  /** the atoms a set holds (every atom lies wholly inside or outside each set named) */
  readonly member: (set: ValueSet) => Uint8Array
}

const choiceAtoms = (domain: Domain & { kind: 'choice' }): Atoms => {
  const index = new Map(domain.options.map((o, j) => [o.id as string, j]))
  return {
    count: domain.options.length,
    member: (set) => {
      const m = new Uint8Array(domain.options.length)
      if (set.kind === 'options') for (const o of set.options) if (index.has(o)) m[index.get(o)!] = 1
      return m
    },
  }
}

const flagAtoms = (): Atoms => ({
  count: 2,
  member: (set) => {
    const m = new Uint8Array(2)
    if (set.kind === 'flags') for (const v of set.values) m[v ? 1 : 0] = 1
    return m
  },
})

/** The regions of a domain cut out by some sets (a Venn partition, computed with the value-set algebra). */
const regionAtoms = (domain: Domain, sets: readonly ValueSet[]): Atoms => {
  const whole = right(allValues(domain) as E.Either<unknown, ValueSet>)
  let regions: { set: ValueSet; inside: boolean[] }[] =
    whole === undefined ? [] : [{ set: whole, inside: [] }]
  const unique = [...new Map(sets.map((s) => [JSON.stringify(s), s])).values()]
  const keyOf = new Map(unique.map((s, k) => [JSON.stringify(s), k]))
  const empty = (s: ValueSet): boolean =>
    right(isEmpty(domain, s as never) as E.Either<unknown, boolean>) ?? true
  unique.forEach((s) => {
    regions = regions.flatMap((r) => {
      const inside = right(intersect(domain, r.set as never, s as never) as E.Either<unknown, ValueSet>)
      const outside = right(difference(domain, r.set as never, s as never) as E.Either<unknown, ValueSet>)
      const out: { set: ValueSet; inside: boolean[] }[] = []
      if (inside !== undefined && !empty(inside)) out.push({ set: inside, inside: [...r.inside, true] })
      if (outside !== undefined && !empty(outside)) out.push({ set: outside, inside: [...r.inside, false] })
      return out
    })
  })
  return {
    count: regions.length,
    member: (set) => {
      const k = keyOf.get(JSON.stringify(set))
      return Uint8Array.from(regions, (r) => (k !== undefined && r.inside[k] === true ? 1 : 0))
    },
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * True when a reservation utility or a reservation score of the given principals may bind on the package (the
 * problem then needs utilities: use the zone's package space).
 *
 * @internal
 */
export const needsUtilities = (
  ctx: Context,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  date: IsoDate,
): boolean =>
  parties.some(
    (p) =>
      (ctx.negotiation.parties[p]?.reservation ?? 0) > 0 ||
      issues.some((i) => stanceAt(ctx, p, i, date)?.reservation !== undefined),
  )

/**
 * Builds the constraint problem of the given principals on the given issues as of a date (no utilities).
 *
 * @internal
 */
export const problemOf = (
  ctx: Context,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  date: IsoDate,
): Problem => {
  const n = ctx.negotiation
  const allIssues = Object.keys(n.issues) as IssueId[]
  const stances: Stance[][] = parties.map((p) =>
    allIssues.flatMap((i) =>
      historyOf(ctx, p, i).length === 0
        ? []
        : [stanceAt(ctx, p, i, date)].filter((s): s is Stance => s !== undefined),
    ),
  )
  for (const list of stances) list.sort((a, b) => (a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0))
  const settled = settledAt(ctx, parties, date)
  const conditions = conditionsOf(n, parties, stances, issues, settled)
  const names = parties.map((p) => nameOf(ctx, p))
  const axisIndex = new Map(issues.map((i, a) => [i as string, a]))
  const atoms: Atoms[] = issues.map((issue) => {
    const domain = n.issues[issue]!.domain
    if (domain.kind === 'choice') return choiceAtoms(domain)
    if (domain.kind === 'flag') return flagAtoms()
    const sets: ValueSet[] = []
    for (const list of stances)
      for (const s of list)
        if (s.issue === issue) {
          if (s.acceptable !== undefined) sets.push(s.acceptable)
          if (s.redLines !== undefined) sets.push(s.redLines)
        }
    for (const s of conditions.sets) if (s.issue === issue) sets.push(s.set)
    return regionAtoms(domain, sets)
  })
  const axes: ProblemAxis[] = issues.map((issue, a) => ({
    issue,
    pieces: Array.from({ length: atoms[a]!.count }, () => ({ point: true })),
  }))
  const rules: ProblemRule[] = []
  parties.forEach((party, p) => {
    issues.forEach((issue, a) => {
      const s = stanceAt(ctx, party, issue, date)
      if (s === undefined) return
      const domain = n.issues[issue]!.domain
      const weight = s.priority ?? 0.5
      // the texts are written only when asked for (most constraints never appear in a conflict)
      if (s.redLines !== undefined) {
        const red = s.redLines
        rules.push({
          party: p,
          axis: a,
          kind: 'red-line',
          allows: atoms[a]!.member(red).map((x) => 1 - x),
          weight,
          evidence: evidenceOf(s, ['redLines']),
          get text() {
            return `${names[p]!}'s red line on ${labelOf(ctx, issue)} (${setWords(domain, red)})`
          },
        })
      }
      if (s.acceptable !== undefined) {
        const ok = s.acceptable
        rules.push({
          party: p,
          axis: a,
          kind: 'acceptable',
          allows: atoms[a]!.member(ok),
          weight,
          evidence: evidenceOf(s, ['acceptable']),
          get text() {
            return `${names[p]!}'s limit on ${labelOf(ctx, issue)} (acceptable: ${setWords(domain, ok)})`
          },
        })
      }
    })
  })
  for (const u of conditions.unary) {
    const a = u.issue === undefined ? -1 : (axisIndex.get(u.issue) ?? -1)
    const allows = a < 0 ? new Uint8Array(0) : atoms[a]!.member(u.set).map((x) => (u.negate ? 1 - x : x))
    rules.push({
      party: u.party,
      axis: a,
      kind: 'condition',
      allows,
      weight: u.weight,
      evidence: u.evidence,
      text: u.text,
    })
  }
  const links: ProblemLink[] = conditions.links.map((l) => {
    const a = axisIndex.get(l.when)!
    const b = axisIndex.get(l.then)!
    return {
      party: l.party,
      a,
      inA: atoms[a]!.member(l.whenSet),
      b,
      inB: atoms[b]!.member(l.thenSet),
      weight: l.weight,
      evidence: l.evidence,
      text: l.text,
    }
  })
  return { parties, names, axes, rules, links, floors: [] }
}

/**
 * The reading context of a diff: each party's preferences as of a date — merged stances, weights, compiled score
 * tables and the evidence behind each stance — prepared once, so that many diffs (a lineage, a series of drafts, a
 * large negotiation) read them without merging positions again.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { dualWhen } from '../internal/function'
import { type Preference, preferencesOf } from '../algebra/preferences'
import { type IssueTable, tableFor } from '../algebra/tables'
import { IsoDate } from '../model/date'
import type { Domain, Value } from '../model/domain'
import type { PartyId, PositionId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { PartyRole } from '../model/party'
import { hasOwn } from '../internal/record'
import { type DiffProblem, knownIds, problem } from './problem'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a draft's term stands for a party: `acceptable`, across a `red-line`, `outside-acceptable` (not in the
 * acceptable set, though no red line), `below-reservation` (scores under the party's reservation on the issue), or
 * `no-term` (the draft says nothing on the issue).
 *
 * @category model
 * @since 0.1.0
 */
export type Standing = 'acceptable' | 'red-line' | 'outside-acceptable' | 'below-reservation' | 'no-term'

/**
 * The parties' preferences as of a date, prepared once for many diffs. Build it with `Diff.context` and pass it as
 * `options.context`; it belongs to the negotiation it was built from. Opaque, and not JSON data (it holds scoring
 * functions).
 *
 * @category model
 * @since 0.1.0
 */
export interface DiffContext {
  readonly _tag: 'DiffContext'
  readonly negotiation: Negotiation
  readonly asOf: IsoDate
  readonly parties: readonly PartyModel[]
  readonly issues: readonly string[]
  readonly domains: readonly Domain[]
  readonly index: ReadonlyMap<string, number>
  /**
   * How a term's value is encoded, for each of `issues` (see `Lookup`).
   *
   * @internal
   */
  readonly lookups: readonly (Lookup | undefined)[]
  /**
   * Whether some values have no code (a subset of more than 30 elements), so that a diff must keep the values.
   *
   * @internal
   */
  readonly needsValues: boolean
}

/**
 * How the alignment encodes the values of one of the context's issues without scanning its domain: the code of
 * each option of a choice, or the bits of each element of a subset of at most 30 elements (see `encode`), by id.
 * Issues whose domain has the same ids share one. Internal.
 *
 * @internal
 */
export interface Lookup {
  readonly kind: 'choice' | 'subset'
  readonly codes: ReadonlyMap<unknown, number>
}

/**
 * One party's prepared preferences: the issues it has a position on, in issue-id order; `slots`, the index of each
 * of them in the context's `issues` (every issue some party has a position on); and `bySlot`, the party's issue at
 * each slot of the context (undefined where it has no position). For the utility pass, in the order of `stated`:
 * each issue's `weights`, and where its compiled table is finite, the table's place in `scores` and `oks` (every
 * finite table's scores and acceptability back to back: `offsets`, −1 for the others) and its length (`sizes`).
 * Internal.
 *
 * @internal
 */
export interface PartyModel {
  readonly party: PartyId
  readonly name: string
  readonly role: PartyRole
  readonly stated: readonly Scored[]
  readonly slots: Int32Array
  readonly bySlot: readonly (Scored | undefined)[]
  readonly weights: Float64Array
  readonly offsets: Int32Array
  readonly sizes: Int32Array
  readonly scores: Float64Array
  readonly oks: Uint8Array
}

/**
 * One issue a party has a position on: its weight (its share of the party's priorities); scoring and acceptability
 * through the compiled tables, by a value's code (see `encode`: `scores`/`acceptable` arrays for finite domains,
 * `scoreAt`/`okAt` functions for quantities and large subsets; none when the party's utility could not be compiled;
 * else through the scorer, by the value itself); the preference (stance and scorer); and the evidence (the position
 * records that set the stance, and their sources). Internal.
 *
 * @internal
 */
export interface Scored {
  readonly issue: string
  /** Its place in the party's `stated`, and so in the party's flat arrays. */
  readonly at: number
  readonly weight: number
  readonly scores: Float64Array | undefined
  readonly acceptable: Uint8Array | undefined
  readonly scoreAt: ((code: number) => number) | undefined
  readonly okAt: ((code: number) => boolean) | undefined
  readonly preference: Preference
  /** The scorer's ideal, and how a move toward it is told (see `idealMove`). */
  readonly ideal: Value | undefined
  readonly nearer: 'distance' | 'score' | 'equality'
  readonly positions: readonly PositionId[]
  readonly sources: readonly SourceId[]
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Prepares every party's (or the listed parties') preferences as of a date, for many diffs:
 * `Diff.proposals(negotiation, a, b, { context })`. An error lists a bad date, unknown parties and positions that do
 * not fit their issue. Data-first `context(negotiation, asOf, parties?)` or data-last
 * `context(asOf, parties?)(negotiation)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Diff, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [], issues: {}, proposals: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 * } as unknown as Negotiation
 * const c = Diff.context(negotiation, '2025-11-23')
 * assert.deepStrictEqual(E.map((x: Diff.DiffContext) => x.asOf)(c), E.right('2025-11-23'))
 * assert.ok(E.isLeft(Diff.context(negotiation, '2025-11-23', ['XX'])))
 */
export const context: {
  (
    asOf: IsoDate | string,
    parties?: readonly (PartyId | string)[],
  ): (negotiation: Negotiation) => E.Either<readonly DiffProblem[], DiffContext>
  (
    negotiation: Negotiation,
    asOf: IsoDate | string,
    parties?: readonly (PartyId | string)[],
  ): E.Either<readonly DiffProblem[], DiffContext>
} = dualWhen(
  (args) => typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0]),
  (negotiation: Negotiation, asOf: string, parties?: readonly string[]) =>
    buildContext(negotiation, asOf, parties),
)

/**
 * Builds a context, checking the date and the parties. Internal.
 *
 * @internal
 */
export const buildContext = (
  negotiation: Negotiation,
  asOf: string,
  parties: readonly string[] | undefined,
): E.Either<readonly DiffProblem[], DiffContext> => {
  const problems: DiffProblem[] = []
  if (!IsoDate.is(asOf))
    problems.push(problem('invalid-date', 'asOf', `\`${String(asOf)}\` is not a date; write it YYYY-MM-DD`))
  const ids = [...new Set(parties ?? Object.keys(negotiation.parties))].sort(compareText)
  for (const p of ids)
    if (!hasOwn(negotiation.parties, p))
      problems.push(
        problem(
          'unknown-party',
          'parties',
          `there is no party \`${p}\`; parties are: ${knownIds(Object.keys(negotiation.parties))}`,
        ),
      )
  if (problems.length > 0) return E.left(problems)
  const models: Pick<PartyModel, 'party' | 'name' | 'role' | 'stated'>[] = []
  for (const p of ids as PartyId[]) {
    const prefs = preferencesOf(negotiation, p, asOf as IsoDate)
    if (E.isLeft(prefs)) {
      for (const e of prefs.left) problems.push(problem('invalid-position', `positions of ${p}`, e.message))
      continue
    }
    const tables = tablesOf(prefs.right.issues)
    // stances citing the same sources share one list (a diff collects the sources of every effect)
    const lists = new Map<string, readonly SourceId[]>()
    const shared = (sources: readonly SourceId[]): readonly SourceId[] => {
      const sorted = [...sources].sort(compareText)
      const key = JSON.stringify(sorted)
      const known = lists.get(key)
      if (known !== undefined) return known
      const list = Object.freeze(sorted)
      lists.set(key, list)
      return list
    }
    const stated = prefs.right.issues.map((x, i): Scored => {
      const table = tables?.[i]
      const finite = table?.kind === 'finite' ? table : undefined
      const fn = table?.kind === 'quantity' || table?.kind === 'mask' ? table : undefined
      const origin = Object.values(x.stance.origin)
      const s = x.scorer
      const d = s.domain
      return {
        issue: x.issue,
        at: i,
        weight: x.weight,
        scores: finite?.scores,
        acceptable: finite?.acceptable,
        // a quantity table scores through the scorer, except a position with no ideal and no valuation (then by
        // its acceptable set): call the scorer directly, one call less per term
        scoreAt:
          fn?.kind === 'quantity' &&
          (s.position.valuation !== undefined || s.ideal !== undefined || s.acceptable === undefined)
            ? s.score
            : fn?.score,
        okAt: fn?.acceptable,
        preference: x,
        ideal: s.ideal,
        nearer:
          s.position.valuation !== undefined
            ? 'distance'
            : d.kind === 'quantity' || d.kind === 'subset' || (d.kind === 'choice' && d.ordered === true)
              ? 'score'
              : 'equality',
        positions: Object.freeze(
          origin.length === 1 ? origin : [...new Set<PositionId>(origin)].sort(compareText),
        ),
        sources: shared(x.stance.sources),
      }
    })
    models.push({
      party: p,
      name: prefs.right.definition.name,
      role: prefs.right.definition.role,
      stated,
    })
  }
  if (problems.length > 0) return E.left(problems)
  // Ids as property keys are interned: the index then matches a draft's term keys (interned too) by reference.
  const keys: Record<string, true> = Object.create(null) as Record<string, true>
  for (const m of models) for (const x of m.stated) keys[x.issue] = true
  const issues = Object.keys(keys).sort(compareText)
  const index = new Map(issues.map((id, i) => [id, i]))
  const domains = issues.map((id) => (negotiation.issues[id as never] as { readonly domain: Domain }).domain)
  const prepared = models.map((m) => {
    const n = m.stated.length
    const slots = Int32Array.from(m.stated, (x) => index.get(x.issue) ?? -1)
    const bySlot = new Array<Scored | undefined>(issues.length).fill(undefined)
    m.stated.forEach((x, k) => (bySlot[slots[k] as number] = x))
    const weights = Float64Array.from(m.stated, (x) => x.weight)
    const offsets = new Int32Array(n).fill(-1)
    const sizes = new Int32Array(n)
    let total = 0
    m.stated.forEach((x, k) => {
      if (x.scores === undefined) return
      offsets[k] = total
      sizes[k] = x.scores.length
      total += x.scores.length
    })
    const scores = new Float64Array(total)
    const oks = new Uint8Array(total)
    m.stated.forEach((x, k) => {
      if (x.scores !== undefined) scores.set(x.scores, offsets[k])
      if (x.acceptable !== undefined) oks.set(x.acceptable, offsets[k])
    })
    return Object.freeze({ ...m, slots, bySlot, weights, offsets, sizes, scores, oks })
  })
  return E.right(
    Object.freeze({
      _tag: 'DiffContext',
      negotiation,
      asOf: asOf as IsoDate,
      parties: Object.freeze(prepared),
      issues: Object.freeze(issues),
      domains: Object.freeze(domains),
      index,
      lookups: Object.freeze(lookupsOf(domains)),
      // a subset of more than 30 elements has no code: it, and a party whose tables could not be compiled because
      // of one, are scored by value, which a diff must then keep
      needsValues: domains.some((d) => d.kind === 'subset' && d.universe.length > 30),
    }),
  )
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

// The lookup of each domain (none for quantities and flags, for ids that are not all strings, and for subsets past
// 30 elements); one per list of ids, shared by the issues that have the same options or universe.
const lookupsOf = (domains: readonly Domain[]): (Lookup | undefined)[] => {
  const shared = new Map<string, Lookup>()
  return domains.map((d): Lookup | undefined => {
    const list =
      d.kind === 'choice' ? d.options : d.kind === 'subset' && d.universe.length <= 30 ? d.universe : []
    if (list.length === 0 || !list.every((o) => typeof o.id === 'string')) return undefined
    const key = JSON.stringify([d.kind, list.map((o) => o.id)])
    const known = shared.get(key)
    if (known !== undefined) return known
    const codes = new Map<unknown, number>()
    list.forEach((o, i) => {
      const c = codes.get(o.id)
      // a choice's first option with the id; every element with the id (as `encode`'s bit mask reads them)
      if (d.kind === 'choice') {
        if (c === undefined) codes.set(o.id, i)
      } else codes.set(o.id, ((c ?? 0) | (1 << i)) >>> 0)
    })
    const made: Lookup = { kind: d.kind as 'choice' | 'subset', codes }
    shared.set(key, made)
    return made
  })
}

// The compiled table of each issue the party has a position on, as `Utility.compile` builds them; none at all when
// one of them cannot be compiled (as `compile` then fails), so that the party is scored through its scorers alone.
const tablesOf = (issues: readonly Preference[]): readonly IssueTable[] | undefined => {
  const out: IssueTable[] = []
  for (const x of issues) {
    const t = tableFor(x.issue, x.definition.domain, x)
    if (E.isLeft(t)) return undefined
    out.push(t.right)
  }
  return out
}

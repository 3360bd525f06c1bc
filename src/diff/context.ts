/**
 * The reading context of a diff: each party's preferences as of a date — merged stances, weights, compiled score
 * tables and the evidence behind each stance — prepared once, so that many diffs (a lineage, a series of drafts, a
 * large negotiation) read them without merging positions again.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { dualWhen } from '../algebra/dual'
import { type Preference, preferencesOf } from '../algebra/preferences'
import { compile } from '../algebra/utility'
import { IsoDate } from '../model/date'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { OptionId, PartyId, PositionId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { PartyRole } from '../model/party'
import { type DiffProblem, compareStrings, hasOwn, knownIds, problem } from './problem'
import { sameValue } from './value-change'

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
}

/**
 * One party's prepared preferences: the issues it has a position on, in issue-id order; `slots`, the index of each
 * of them in the context's `issues` (every issue some party has a position on); and `bySlot`, the party's issue at
 * each slot of the context (undefined where it has no position). Internal.
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
}

/**
 * One issue a party has a position on: its weight (its share of the party's priorities); scoring and acceptability
 * through the compiled tables, by a value's code (see `encode`: `scores`/`acceptable` arrays for finite domains,
 * `scoreAt`/`okAt` functions for quantities and large subsets; none when the party's utility could not be compiled)
 * or by the value itself; the preference (stance and scorer); and the evidence (the position records that set the
 * stance, and their sources). Internal.
 *
 * @internal
 */
export interface Scored {
  readonly issue: string
  readonly weight: number
  readonly scores: Float64Array | undefined
  readonly acceptable: Uint8Array | undefined
  readonly scoreAt: ((code: number) => number) | undefined
  readonly okAt: ((code: number) => boolean) | undefined
  readonly score: (value: Value) => number
  readonly ok: (value: Value) => boolean
  readonly preference: Preference
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
  const ids = [...new Set(parties ?? Object.keys(negotiation.parties))].sort(compareStrings)
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
  const models: Omit<PartyModel, 'slots' | 'bySlot'>[] = []
  for (const p of ids as PartyId[]) {
    const prefs = preferencesOf(negotiation, p, asOf as IsoDate)
    if (E.isLeft(prefs)) {
      for (const e of prefs.left) problems.push(problem('invalid-position', `positions of ${p}`, e.message))
      continue
    }
    const compiled = compile(negotiation, p, asOf as IsoDate)
    const tables = E.isRight(compiled) ? compiled.right : undefined
    const slot = new Map(tables?.issues.map((id, i) => [id, i]))
    const stated = prefs.right.issues.map((x): Scored => {
      const i = slot.get(x.issue)
      const table = i === undefined ? undefined : tables?.tables[i]
      const domain = x.definition.domain
      const finite = table?.kind === 'finite' ? table : undefined
      const fn = table?.kind === 'quantity' || table?.kind === 'mask' ? table : undefined
      const scored: Scored = {
        issue: x.issue,
        weight: x.weight,
        scores: finite?.scores,
        acceptable: finite?.acceptable,
        scoreAt: fn?.score,
        okAt: fn?.acceptable,
        score: (v) => scoreByCode(scored, encode(domain, v), v),
        ok: (v) => okByCode(scored, encode(domain, v), v),
        preference: x,
        positions: Object.freeze(
          [...new Set<PositionId>(Object.values(x.stance.origin))].sort(compareStrings),
        ),
        sources: Object.freeze([...x.stance.sources].sort(compareStrings)),
      }
      return scored
    })
    models.push({
      party: p,
      name: prefs.right.definition.name,
      role: prefs.right.definition.role,
      stated,
    })
  }
  if (problems.length > 0) return E.left(problems)
  const issues = [...new Set(models.flatMap((m) => m.stated.map((x) => x.issue)))].sort(compareStrings)
  const index = new Map(issues.map((id, i) => [id, i]))
  const domains = issues.map((id) => (negotiation.issues[id as never] as { readonly domain: Domain }).domain)
  const prepared = models.map((m) => {
    const slots = Int32Array.from(m.stated, (x) => index.get(x.issue) ?? -1)
    const bySlot = new Array<Scored | undefined>(issues.length).fill(undefined)
    m.stated.forEach((x, k) => (bySlot[slots[k] as number] = x))
    return Object.freeze({ ...m, slots, bySlot })
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
    }),
  )
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Where a value stands for a party: acceptable, or why not — on a red line, outside its acceptable values, below its
 * reservation score (the order of `Utility.acceptability`). Internal.
 *
 * @internal
 */
export const standingOf = (p: Scored, code: number, value: Value, score: number): Standing =>
  okByCode(p, code, value) ? 'acceptable' : standingByScorer(p.preference, value, score)

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
  const s = p.preference.scorer
  const ideal = s.ideal
  if (ideal === undefined) return null
  let da: number
  let db: number
  if (s.position.valuation !== undefined) {
    da = s.algebra.distance(s.domain, from, ideal)
    db = s.algebra.distance(s.domain, to, ideal)
  } else if (
    s.domain.kind === 'quantity' ||
    s.domain.kind === 'subset' ||
    (s.domain.kind === 'choice' && s.domain.ordered === true)
  ) {
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

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

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

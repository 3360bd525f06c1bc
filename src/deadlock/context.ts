/**
 * What every detector needs, prepared once per negotiation and shared across query dates: each party's merged
 * stance history per issue (so a stance as of a date is a binary search), the dates of the document, the position
 * records by id, the settled issues per date, and a memo for results that depend only on what changed. Internal.
 *
 * @internal
 */
import { isPlainObject } from '../internal/codec'
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { Domain, ValueSet } from '../model/domain'
import type { IssueId, PartyId, PositionId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { domainProblems } from '../model/check-values'
import { algebraFor, checkSet, type AnyAlgebra } from '../algebra/check'
import { isDate, negotiationShape, shown } from '../model/shape'
import type { Position } from '../model/position'
import * as Positions from '../model/positions'
import type { Stance } from '../model/positions'
import { openIssues, settlements, type Settlement } from '../zone/settled'
import type { BreachKind } from '../ledger/commitments'
import { minus, whole } from './sets'
import { KINDS, type DeadlockError, type DeadlockOptions, type FindingKind } from './model'
import { compareText } from '../internal/text'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The options with their defaults filled in.
 *
 * @internal
 */
export interface Settings {
  readonly asOf: IsoDate
  readonly parties: readonly PartyId[]
  readonly oscillating: readonly PartyId[]
  readonly kinds: ReadonlySet<FindingKind>
  readonly window: number
  readonly threshold: number
  readonly oscillationWindow: number
  readonly ideals: boolean
  readonly suggest: boolean
  readonly maxConflicts: number
  readonly breaches: readonly BreachKind[]
}

/**
 * The prepared negotiation.
 *
 * @internal
 */
export interface Context {
  readonly negotiation: Negotiation
  readonly histories: ReadonlyMap<string, ReadonlyMap<string, readonly Stance[]>>
  readonly settlementDates: readonly IsoDate[]
  readonly records: ReadonlyMap<PositionId, Position>
  readonly dates: readonly IsoDate[]
  readonly memo: Map<string, unknown>
  /** What is wrong with the document itself (`bad-domain`, `bad-document`): found once, reported on every call. */
  readonly problems: readonly DeadlockError[]
}

/** The default query window, in days. */
export const WINDOW = 90
/** The smallest move that counts, on an issue's 0-to-1 distance scale. */
export const THRESHOLD = 0.02
/** How many disjoint minimal conflict sets to report by default. */
export const MAX_CONFLICTS = 5
/** The breaches of a commitment that count by default. */
export const BREACHES: readonly BreachKind[] = ['withdrawn', 'violated', 'lapsed']

const pairKey = (party: string, issue: string): string => `${party}\u0000${issue}`
const NONE: readonly Stance[] = Object.freeze([])

/**
 * What is wrong with the document itself, each problem named where it is: first its shape (`negotiationShape`: a
 * collection left out, an entry that is not an object, a date not written YYYY-MM-DD, conditions that are not a
 * list), then its issues' domains (in the loader's words), then the value sets of its positions and of their value
 * conditions, which the deadlock's set operations read directly. The loader refuses all of these; a negotiation
 * built in code can still have them. Run once per negotiation.
 */
const documentProblems = (n: Negotiation): readonly DeadlockError[] => {
  const shape = negotiationShape(n)
  if (shape.length > 0) return shape.map(({ message }) => ({ _tag: 'bad-document', message }))
  const out: DeadlockError[] = []
  const domains = domainProblems(n.issues, Object.keys(n.issues).sort(compareText))
  for (const { message } of domains) out.push({ _tag: 'bad-domain', message })
  const broken = new Set(domains.map((p) => p.issue))
  // a value set of a known issue with a well-formed domain
  const algebras = new Map<string, AnyAlgebra | undefined>()
  const set = (issue: unknown, u: unknown, what: () => string): void => {
    if (typeof issue !== 'string' || !hasOwn(n.issues, issue) || broken.has(issue)) return
    const domain = n.issues[issue as IssueId]!.domain
    if (!algebras.has(issue)) {
      const a = algebraFor(domain)
      algebras.set(issue, E.isRight(a) ? a.right : undefined)
    }
    const algebra = algebras.get(issue)
    if (algebra === undefined) return
    const c = checkSet(algebra, domain, u as ValueSet)
    if (E.isLeft(c)) out.push({ _tag: 'bad-document', message: `${what()}: ${c.left.message}` })
  }
  n.positions.forEach((r, i) => {
    const where = (): string => `position \`${r.id}\` (positions[${String(i)}])`
    if (r.acceptable !== undefined) set(r.issue, r.acceptable, () => `${where()}: \`acceptable\``)
    if (r.redLines !== undefined) set(r.issue, r.redLines, () => `${where()}: \`redLines\``)
    ;(r.conditions ?? []).forEach((c, j) => {
      if (c.kind !== 'value') return
      const at = (): string => `${where()}: \`conditions[${String(j)}]`
      set(c.issue, c.in, () => `${at()}.in\``)
      const when: unknown = c.when
      if (when === undefined) return
      if (!isPlainObject(when))
        out.push({
          _tag: 'bad-document',
          message: `${at()}.when\` is ${shown(when)}; write it as { issue, in }, or leave it out`,
        })
      else set(when['issue'], when['in'], () => `${at()}.when.in\``)
    })
  })
  return out
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const contexts = new WeakMap<Negotiation, Context>()

/**
 * The prepared negotiation (built once per negotiation object, then shared).
 *
 * @internal
 */
export const contextOf = (negotiation: Negotiation): Context => {
  const hit = contexts.get(negotiation)
  if (hit !== undefined) return hit
  const problems = documentProblems(negotiation)
  // an ill-formed document is refused by `settingsOf`: nothing is read from it
  const n: Negotiation =
    problems.length === 0 ? negotiation : { ...negotiation, positions: [], events: [], proposals: {} }
  const groups = new Map<string, Position[]>()
  const records = new Map<PositionId, Position>()
  for (const r of n.positions) {
    records.set(r.id, r)
    const k = pairKey(r.party, r.issue)
    const g = groups.get(k)
    if (g === undefined) groups.set(k, [r])
    else g.push(r)
  }
  const histories = new Map<string, Map<string, readonly Stance[]>>()
  for (const [k, g] of groups) {
    const ordered = [...g].sort((a, b) => compareText(a.asOf, b.asOf))
    const out: Stance[] = []
    ordered.forEach((r, i) => {
      if (ordered[i + 1]?.asOf === r.asOf) return
      const s = Positions.merge(ordered.slice(0, i + 1))
      if (s._tag === 'Some') out.push(s.value)
    })
    const [party, issue] = k.split('\u0000') as [string, string]
    if (!histories.has(party)) histories.set(party, new Map())
    histories.get(party)!.set(issue, out)
  }
  const dates = new Set<IsoDate>()
  for (const r of n.positions) dates.add(r.asOf)
  for (const e of n.events) {
    dates.add(e.date)
    if (e.kind === 'agreement' && e.expires !== undefined) dates.add(e.expires)
  }
  for (const p of Object.values(n.proposals)) dates.add(p.date)
  const settlementDates = new Set<IsoDate>()
  for (const e of n.events) {
    if (e.kind === 'agreement' || e.kind === 'term-expired') settlementDates.add(e.date)
    if (e.kind === 'agreement' && e.expires !== undefined) settlementDates.add(e.expires)
  }
  const ctx: Context = {
    negotiation,
    histories,
    settlementDates: [...settlementDates].sort(compareText),
    records,
    dates: [...dates].sort(compareText),
    memo: new Map(),
    problems,
  }
  contexts.set(negotiation, ctx)
  return ctx
}

/**
 * Reads the options, fills in the defaults, and reports every bad one.
 *
 * @internal
 */
export const settingsOf = (
  ctx: Context,
  options: DeadlockOptions,
): E.Either<readonly DeadlockError[], Settings> => {
  const n = ctx.negotiation
  const errors: DeadlockError[] = []
  const bad = (message: string): void => {
    errors.push({ _tag: 'bad-option', message })
  }
  const known = Object.keys(n.parties).sort(compareText)
  for (const p of options.parties ?? [])
    if (!hasOwn(n.parties, p))
      bad(
        `\`parties\` names \`${p}\`, which is not a party of the negotiation; parties are: ${known.join(', ')}`,
      )
  for (const k of options.kinds ?? [])
    if (!(KINDS as readonly string[]).includes(k))
      bad(`\`kinds\` names \`${String(k)}\`; the kinds are: ${KINDS.join(', ')}`)
  const positive = (name: string, x: number | undefined): void => {
    if (x !== undefined && !(Number.isFinite(x) && x > 0))
      bad(`\`${name}\` must be a positive number of days, got ${String(x)}`)
  }
  if (options.asOf !== undefined && !isDate(options.asOf))
    bad(`\`asOf\` is ${shown(options.asOf)}, not a date; write it YYYY-MM-DD`)
  positive('window', options.window)
  positive('oscillationWindow', options.oscillationWindow)
  if (options.threshold !== undefined && !(options.threshold >= 0 && options.threshold < 1))
    bad(
      `\`threshold\` is a share of an issue's distance scale, from 0 to less than 1; got ${String(options.threshold)}`,
    )
  if (
    options.maxConflicts !== undefined &&
    !(Number.isInteger(options.maxConflicts) && options.maxConflicts >= 0)
  )
    bad(`\`maxConflicts\` must be a whole number, 0 or more; got ${String(options.maxConflicts)}`)
  errors.push(...ctx.problems)
  const principals = known.filter((p) => n.parties[p as PartyId]!.role === 'principal') as PartyId[]
  const parties = options.parties === undefined ? principals : [...new Set(options.parties)].sort(compareText)
  if (errors.length > 0) return E.left(errors)
  const last = ctx.dates[ctx.dates.length - 1]
  const asOf = options.asOf ?? n.asOf ?? last ?? ('1970-01-01' as IsoDate)
  const withPositions = known.filter((p) => ctx.histories.has(p)) as PartyId[]
  return E.right({
    asOf,
    parties,
    oscillating: options.parties === undefined ? withPositions : parties,
    kinds: new Set(options.kinds ?? KINDS),
    window: options.window ?? WINDOW,
    threshold: options.threshold ?? THRESHOLD,
    oscillationWindow: options.oscillationWindow ?? WINDOW,
    ideals: options.ideals ?? true,
    suggest: options.suggest ?? true,
    maxConflicts: options.maxConflicts ?? MAX_CONFLICTS,
    breaches: options.breaches ?? BREACHES,
  })
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * A party's merged stances on an issue, one per date it stated a position, oldest first.
 *
 * @internal
 */
export const historyOf = (ctx: Context, party: PartyId, issue: IssueId): readonly Stance[] =>
  ctx.histories.get(party)?.get(issue) ?? NONE

/**
 * How many of a party's stance dates on an issue lie on or before `date` (0: none yet).
 *
 * @internal
 */
export const versionAt = (ctx: Context, party: PartyId, issue: IssueId, date: IsoDate): number => {
  const h = historyOf(ctx, party, issue)
  let lo = 0
  let hi = h.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (h[mid]!.asOf <= date) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A party's stance on an issue as of a date, if it had stated one.
 *
 * @internal
 */
export const stanceAt = (ctx: Context, party: PartyId, issue: IssueId, date: IsoDate): Stance | undefined => {
  const v = versionAt(ctx, party, issue, date)
  return v === 0 ? undefined : historyOf(ctx, party, issue)[v - 1]
}

/**
 * Caches `f()` under `key`.
 *
 * @internal
 */
export const memo = <A>(ctx: Context, key: string, f: () => A): A => {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as A
  const a = f()
  ctx.memo.set(key, a)
  return a
}

/**
 * The settled issues as of a date, for the given principals (an agreement in force covers them).
 *
 * @internal
 */
export const settledAt = (
  ctx: Context,
  parties: readonly PartyId[],
  date: IsoDate,
): ReadonlyMap<IssueId, Settlement> =>
  memo(ctx, `settled|${parties.join(',')}|${date}`, () => settlements(ctx.negotiation, parties, date))

/**
 * The open issues as of a date, in id order.
 *
 * @internal
 */
export const openAt = (ctx: Context, parties: readonly PartyId[], date: IsoDate): readonly IssueId[] =>
  memo(ctx, `open|${parties.join(',')}|${date}`, () =>
    openIssues(ctx.negotiation, settledAt(ctx, parties, date)),
  )

/**
 * True when an issue is open as of a date.
 *
 * @internal
 */
export const isOpen = (ctx: Context, parties: readonly PartyId[], issue: IssueId, date: IsoDate): boolean =>
  memo(ctx, `openset|${parties.join(',')}|${date}`, () => new Set<string>(openAt(ctx, parties, date))).has(
    issue,
  )

/**
 * What a stance allows on its issue: its acceptable set (the whole domain when it stated none) less its red lines;
 * undefined when it states neither (it limits nothing).
 *
 * @internal
 */
export const allowedOf = (domain: Domain, stance: Stance | undefined): ValueSet | undefined => {
  if (stance === undefined || (stance.acceptable === undefined && stance.redLines === undefined))
    return undefined
  const hit = allowed.get(stance)
  if (hit !== undefined) return hit
  const base = stance.acceptable ?? whole(domain)
  const set =
    base === undefined || stance.redLines === undefined ? base : minus(domain, base, stance.redLines)
  if (set !== undefined) allowed.set(stance, set)
  return set
}

const allowed = new WeakMap<Stance, ValueSet>()

/**
 * The start of the run of candidate dates, ending at `asOf`, on which `holds` is true (undefined when it does not
 * hold as of `asOf`); the candidates are the only dates on which the answer can change. Remembered under `key` for
 * every candidate date, so that asking again at a later date only looks at the dates not seen yet (the timeline
 * asks at every date).
 *
 * @internal
 */
export const runSince = (
  ctx: Context,
  key: string,
  candidates: readonly IsoDate[],
  asOf: IsoDate,
  holds: (date: IsoDate) => boolean,
): IsoDate | undefined => {
  let lo = 0
  let hi = candidates.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (candidates[mid]! <= asOf) lo = mid + 1
    else hi = mid
  }
  const k = lo - 1
  if (k < 0) return undefined
  const slot = (i: number): string => `run|${key}|${String(i)}`
  // walk back to a remembered answer or a date where it does not hold, then fill in forward
  const pending: number[] = []
  let i = k
  let known: IsoDate | undefined | null = null
  while (i >= 0) {
    if (ctx.memo.has(slot(i))) {
      known = ctx.memo.get(slot(i)) as IsoDate | undefined
      break
    }
    if (!holds(candidates[i]!)) {
      ctx.memo.set(slot(i), undefined)
      known = undefined
      break
    }
    pending.push(i)
    i--
  }
  let since: IsoDate | undefined = known === null ? undefined : known
  for (let j = pending.length - 1; j >= 0; j--) {
    const at = pending[j]!
    since = since ?? candidates[at]!
    ctx.memo.set(slot(at), since)
  }
  return ctx.memo.get(slot(k)) as IsoDate | undefined
}

/**
 * The dates on which a party set of stances on some issues can change: their records' dates and the dates the
 * settled issues change.
 *
 * @internal
 */
export const changeDates = (
  ctx: Context,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
): readonly IsoDate[] =>
  memo(ctx, `dates|${parties.join(',')}|${issues.join(',')}`, () => {
    const out = new Set<IsoDate>(ctx.settlementDates)
    for (const p of parties) for (const i of issues) for (const s of historyOf(ctx, p, i)) out.add(s.asOf)
    return [...out].sort(compareText)
  })

/**
 * The last of some sorted dates on or before `date`, if any.
 *
 * @internal
 */
export const lastOnOrBefore = (dates: readonly IsoDate[], date: IsoDate): IsoDate | undefined => {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (dates[mid]! <= date) lo = mid + 1
    else hi = mid
  }
  return lo === 0 ? undefined : dates[lo - 1]
}

/**
 * Adds `days` to a date.
 *
 * @internal
 */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate

/**
 * A party's name.
 *
 * @internal
 */
export const nameOf = (ctx: Context, party: PartyId): string => ctx.negotiation.parties[party]?.name ?? party

/**
 * An issue's label.
 *
 * @internal
 */
export const labelOf = (ctx: Context, issue: IssueId): string => ctx.negotiation.issues[issue]?.label ?? issue

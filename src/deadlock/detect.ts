/**
 * Deadlock detection as a whole: every kind of finding as of a date, in one fixed order, and the timeline of when
 * each appeared and disappeared.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { Negotiation } from '../model/negotiation'
import { clashesAt } from './clash'
import { brokenAt } from './commitments'
import {
  addDays,
  BREACHES,
  contextOf,
  MAX_CONFLICTS,
  settingsOf,
  THRESHOLD,
  WINDOW,
  type Context,
  type Settings,
} from './context'
import { infeasibilitiesAt } from './infeasible'
import type { DeadlockError, DeadlockOptions, Finding, Timeline, TimelineEntry } from './model'
import { detector, isNegotiation, type Detected } from './run'
import { cyclesAtDate } from './sequencing'
import { oscillationsAt } from './oscillation'
import { stalematesAt } from './stalemate'
import { compareFindings } from './words'
import { KINDS } from './model'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * Every finding of the kinds asked for, as of the settings' date.
 *
 * @internal
 */
export const detectAt = (ctx: Context, s: Settings): E.Either<readonly DeadlockError[], Finding[]> => {
  const out: Finding[] = []
  const errors: DeadlockError[] = []
  const take = <F extends Finding>(r: E.Either<readonly DeadlockError[], readonly F[]>): void => {
    if (E.isLeft(r)) errors.push(...r.left)
    else out.push(...r.right)
  }
  if (s.kinds.has('red-line-clash')) out.push(...clashesAt(ctx, s))
  if (s.kinds.has('package-infeasibility')) take(infeasibilitiesAt(ctx, s))
  if (s.kinds.has('sequencing-cycle')) out.push(...cyclesAtDate(ctx, s))
  if (s.kinds.has('stalemate')) out.push(...stalematesAt(ctx, s))
  if (s.kinds.has('oscillation')) out.push(...oscillationsAt(ctx, s))
  if (s.kinds.has('broken-commitment')) take(brokenAt(ctx, s))
  return errors.length > 0 ? E.left(errors) : E.right(out.sort(compareFindings))
}

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The defaults of the options: a 90-day window for stalemates and oscillations, a threshold of 0.02 of an issue's
 * 0-to-1 scale for a move to count, at most 5 disjoint minimal conflict sets, and withdrawals, alleged violations
 * and lapses as the breaches of a commitment.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Deadlock } from 'negotiation-positions'
 * assert.strictEqual(Deadlock.DEFAULTS.window, 90)
 * assert.strictEqual(Deadlock.DEFAULTS.threshold, 0.02)
 */
export const DEFAULTS = deepFreeze({
  window: WINDOW,
  threshold: THRESHOLD,
  oscillationWindow: WINDOW,
  maxConflicts: MAX_CONFLICTS,
  breaches: BREACHES,
})

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Is this negotiation stuck, why, and since when? Every deadlock as of a date (`asOf`; default the document's
 * `asOf`, else its latest dated fact): red-line clashes, package infeasibilities with minimal conflict sets,
 * sequencing cycles, stalemates, oscillations and broken commitments, each with its parties, issues, start date,
 * dated and sourced evidence, explanation and, where the zone analysis finds one, the nearest way out. Ordered by
 * kind (as in `KINDS`), active first, then by start date and id. Clashes, infeasibilities, cycles and stalemates
 * are reported while they hold (so they are always active); oscillations and broken commitments are reported from
 * the day they happened, with `active` saying whether they still weigh.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { x: { label: 'Border', category: 'territory', domain: { kind: 'flag' } } },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'x', asOf: '2025-01-01', sources: ['s1'], acceptable: { kind: 'flags', values: [true] } },
 *     { id: 'b', party: 'B', issue: 'x', asOf: '2025-01-01', sources: ['s2'], redLines: { kind: 'flags', values: [true] } },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.detect(doc, { asOf: '2025-06-01' as never })
 * assert.ok(E.isRight(found))
 * assert.deepStrictEqual(found.right.map((f) => f.id), ['red-line-clash:x', 'stalemate:x'])
 * assert.ok(E.isRight(Deadlock.detect({ kinds: ['red-line-clash'] })(doc)))
 */
export const detect: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<Finding>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<Finding>
} = detector(detectAt) as never

/**
 * `detect`, throwing an `Error` that lists the problems instead of returning them: a convenience for notebooks and
 * scripts.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Datasets } from 'negotiation-positions'
 * const findings = Deadlock.detectOrThrow(Datasets.ruUa2025(), { kinds: ['sequencing-cycle'] })
 * assert.ok(findings.some((f) => f.id === 'sequencing-cycle:ceasefire>settlement'))
 */
export const detectOrThrow = (negotiation: Negotiation, options?: DeadlockOptions): readonly Finding[] => {
  const r = detect(negotiation, options)
  if (E.isLeft(r))
    throw new Error(`deadlock detection failed:\n${r.left.map((e) => `- ${e.message}`).join('\n')}`)
  return r.right
}

const timelineOf = (
  negotiation: Negotiation,
  options: DeadlockOptions,
): E.Either<readonly DeadlockError[], Timeline> => {
  const ctx = contextOf(negotiation)
  const settings = settingsOf(ctx, options)
  if (E.isLeft(settings)) return settings
  const s = settings.right
  const end = s.asOf
  const base = ctx.dates.filter((d) => d <= end)
  const from = base[0] ?? end
  // the dates on which a finding can appear or end: every dated fact, when a stalemate's window fills up, and when
  // an oscillation stops being recent
  const dates = new Set<IsoDate>([...base, end])
  for (const d of base) {
    if (s.kinds.has('stalemate')) dates.add(addDays(d, s.window))
    if (s.kinds.has('oscillation')) dates.add(addDays(d, s.oscillationWindow + 1))
  }
  const evaluated = [...dates].filter((d) => d >= from && d <= end).sort(compareText)
  const open = new Map<
    string,
    { entry: Omit<TimelineEntry, 'periods'>; periods: { from: IsoDate; to?: IsoDate }[] }
  >()
  for (const d of evaluated) {
    const r = detectAt(ctx, { ...s, asOf: d, suggest: false })
    if (E.isLeft(r)) return E.left(r.left)
    const now = new Set<string>()
    for (const f of r.right) {
      if (!f.active) continue
      now.add(f.id)
      const entry = {
        id: f.id,
        kind: f.kind,
        parties: f.parties,
        issues: f.issues,
        explanation: f.explanation,
      }
      const known = open.get(f.id)
      if (known === undefined) open.set(f.id, { entry, periods: [{ from: d }] })
      else {
        known.entry = entry
        const last = known.periods[known.periods.length - 1]!
        if (last.to !== undefined) known.periods.push({ from: d })
      }
    }
    for (const [id, known] of open) {
      const last = known.periods[known.periods.length - 1]!
      if (last.to === undefined && !now.has(id)) last.to = d
    }
  }
  const entries: TimelineEntry[] = [...open.values()]
    .map(({ entry, periods }) => ({ ...entry, periods }))
    .sort(
      (a, b) =>
        compareText(a.periods[0]!.from, b.periods[0]!.from) ||
        KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
        compareText(a.id, b.id),
    )
  return E.right(deepFreeze({ from, to: end, dates: evaluated, entries }))
}

/**
 * The deadlock timeline: when each finding appeared and disappeared, from the negotiation's first dated fact to
 * `asOf`. Detection is run as of every date on which something can change — each dated position, proposal and
 * event, the day a stalemate's window fills up, the day an oscillation stops being recent — reusing the work of
 * earlier dates wherever the stances involved did not change. A period's `from` is the first date the finding was
 * active, `to` the first date it no longer was (absent while it still holds). Suggestions are not computed.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { x: { label: 'Border', category: 'territory', domain: { kind: 'flag' } } },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'x', asOf: '2025-01-01', sources: [], acceptable: { kind: 'flags', values: [true] } },
 *     { id: 'b', party: 'B', issue: 'x', asOf: '2025-02-01', sources: [], redLines: { kind: 'flags', values: [true] } },
 *     { id: 'b2', party: 'B', issue: 'x', asOf: '2025-03-01', sources: [], redLines: { kind: 'flags', values: [] } },
 *   ],
 * } as unknown as Negotiation
 * const t = Deadlock.timeline(doc, { kinds: ['red-line-clash'] })
 * assert.ok(E.isRight(t))
 * assert.deepStrictEqual(t.right.entries[0]!.periods, [{ from: '2025-02-01', to: '2025-03-01' }])
 */
export const timeline: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => E.Either<readonly DeadlockError[], Timeline>
  (negotiation: Negotiation, options?: DeadlockOptions): E.Either<readonly DeadlockError[], Timeline>
} = function (...args: unknown[]) {
  if (isNegotiation(args[0])) return timelineOf(args[0], (args[1] as DeadlockOptions | undefined) ?? {})
  return (negotiation: Negotiation) => timelineOf(negotiation, (args[0] as DeadlockOptions | undefined) ?? {})
} as never

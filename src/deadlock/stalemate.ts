/**
 * Stalemates: nobody moving on a contested issue for a long time. A **stalemate** on an issue: no value is
 * acceptable to every principal (the gap), and no principal's stance on it moved by more than `threshold` for at
 * least `window` days. Movement is measured on the issue's own 0-to-1 scale: the larger of the ideal's normalised
 * distance and the share of the domain that entered or left what the party could accept. The defaults — 90 days,
 * 0.02 — follow the stop rules used in negotiation experiments (a round in which the concession is below 2% of the
 * scale counts as no concession; a quarter without one is a stalemate by any analyst's reading); both are options.
 * A stalemate began (`since`) at the later of the gap's start and the last move above the threshold.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { count } from '../internal/text'
import { daysBetween, type IsoDate } from '../model/date'
import type { Domain } from '../model/domain'
import type { IssueId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Stance } from '../model/positions'
import { clashSince, issueState } from './clash'
import { historyOf, labelOf, memo, nameOf, openAt, versionAt, type Context, type Settings } from './context'
import type { DeadlockOptions, Movement, Stalemate } from './model'
import { stanceMove } from './movement'
import { detector, type Detected } from './run'
import { fmt, latest, list, names, stanceEvidence, stanceWords, tidy } from './words'

/** How far each stance of a party on an issue moved from the one before (index 0: 0). */
const movesOf = (ctx: Context, party: string, issue: IssueId, domain: Domain): Float64Array =>
  memo(ctx, `moves|${party}|${issue}`, () => {
    const h = historyOf(ctx, party as never, issue)
    return Float64Array.from(h, (st, k) => (k === 0 ? 0 : stanceMove(domain, h[k - 1], st)))
  })

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * Every stalemate as of the settings' date.
 *
 * @internal
 */
export const stalematesAt = (ctx: Context, s: Settings): Stalemate[] => {
  const out: Stalemate[] = []
  const windowStart = s.asOf
  for (const issue of openAt(ctx, s.parties, s.asOf)) {
    const state = issueState(ctx, s, issue, s.asOf)
    if (!state.empty) continue
    const gap = clashSince(ctx, s, issue, s.asOf, false)
    if (gap === undefined) continue
    const domain = ctx.negotiation.issues[issue]!.domain
    const movement: Movement[] = []
    const current: Stance[] = []
    for (const party of s.parties) {
      const all = historyOf(ctx, party, issue)
      const v = versionAt(ctx, party, issue, s.asOf)
      if (v === 0) continue
      const moves = movesOf(ctx, party, issue, domain)
      current.push(all[v - 1]!)
      let lastMove: IsoDate | undefined
      let largest = 0
      for (let k = 1; k < v; k++) {
        const m = moves[k]!
        if (m > s.threshold) lastMove = all[k]!.asOf
        if (daysBetween(all[k]!.asOf, windowStart) < s.window && m > largest) largest = m
      }
      movement.push({
        party,
        largest: Math.round(largest * 1e6) / 1e6,
        ...(lastMove === undefined ? {} : { lastMove }),
      })
    }
    const since = latest([gap, ...movement.flatMap((m) => (m.lastMove === undefined ? [] : [m.lastMove]))])!
    const days = daysBetween(since, s.asOf)
    if (days < s.window) continue
    const label = labelOf(ctx, issue)
    const parties = state.limits.map((l) => l.party)
    const moves = movement
      .filter((m) => m.lastMove !== undefined)
      .map((m) => `${nameOf(ctx, m.party)} on ${m.lastMove!}`)
    const evidence = current.flatMap((st) =>
      stanceEvidence(ctx, st, ['acceptable', 'redLines', 'ideal'], (fs) => stanceWords(ctx, domain, st, fs)),
    )
    out.push({
      kind: 'stalemate',
      id: `stalemate:${issue}`,
      parties,
      issues: [issue],
      since,
      active: true,
      evidence: tidy(evidence),
      explanation:
        `On ${label}, no principal has moved by more than ${fmt(s.threshold)} of the issue's scale for ${count(days, 'day')} (since ${since}), ` +
        `while ${names(ctx, parties)} still have no acceptable value in common.` +
        (moves.length > 0 ? ` Last moves: ${list(moves)}.` : ''),
      suggestion: `A stalemate of ${count(days, 'day')} on ${label}: a new proposal or a trade across issues is needed to restart movement.`,
      window: s.window,
      threshold: s.threshold,
      days,
      movement,
    })
  }
  return out
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The stalemates as of a date: open issues on which no value is acceptable to every principal and no principal has
 * moved by more than `threshold` (default 0.02 of the issue's 0-to-1 scale) for at least `window` days (default
 * 90). Each carries how long it has lasted, each principal's last move above the threshold, and the records of the
 * stances in force.
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
 *     { id: 'b', party: 'B', issue: 'x', asOf: '2025-01-01', sources: [], acceptable: { kind: 'flags', values: [false] } },
 *   ],
 * } as unknown as Negotiation
 * const early = Deadlock.stalemates(doc, { asOf: '2025-03-01' as never })
 * assert.ok(E.isRight(early) && early.right.length === 0)
 * const late = Deadlock.stalemates(doc, { asOf: '2025-06-01' as never })
 * assert.ok(E.isRight(late) && late.right[0]!.days === 151)
 */
export const stalemates: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<Stalemate>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<Stalemate>
} = detector((ctx, s) => E.right(stalematesAt(ctx, s))) as never

/**
 * Oscillations: a party going back and forth. An **oscillation**: a party's ideal, or what it could accept, went
 * from A to B and back to A, the return coming within `oscillationWindow` days (default 90) of leaving A, and A and
 * B more than `threshold` apart (on the issue's 0-to-1 scale). It stays active for `oscillationWindow` days after the
 * return. Mediators' reversals count too: every party with positions is examined unless `parties` is given.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { daysBetween } from '../model/date'
import type { Domain } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Stance } from '../model/positions'
import {
  allowedOf,
  historyOf,
  labelOf,
  memo,
  nameOf,
  versionAt,
  type Context,
  type Settings,
} from './context'
import type { DeadlockOptions, Oscillation } from './model'
import { idealMove, sameSet, sameValue, setMove } from './movement'
import { detector, type Detected } from './run'
import { setWords, stanceEvidence, stanceWords, tidy, valueIn } from './words'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

interface State<A> {
  readonly value: A
  readonly stance: Stance
}

const compress = <A>(
  h: readonly Stance[],
  get: (s: Stance) => A | undefined,
  same: (a: A, b: A) => boolean,
): State<A>[] => {
  const out: State<A>[] = []
  for (const st of h) {
    const v = get(st)
    if (v === undefined) continue
    const last = out[out.length - 1]
    if (last === undefined || !same(last.value, v)) out.push({ value: v, stance: st })
  }
  return out
}

/**
 * Every oscillation up to the settings' date, with whether it is still active.
 *
 * @internal
 */
export const oscillationsAt = (ctx: Context, s: Settings): Oscillation[] => {
  const issues = memo(ctx, 'issues', () =>
    (Object.keys(ctx.negotiation.issues) as IssueId[]).sort(compareText),
  )
  const out: Oscillation[] = []
  for (const party of s.oscillating)
    for (const issue of issues) {
      const v = versionAt(ctx, party, issue, s.asOf)
      if (v < 3) continue
      const episodes = memo(
        ctx,
        `osc|${party}|${issue}|${String(v)}|${String(s.threshold)}|${String(s.oscillationWindow)}`,
        () => episodesOf(ctx, s, party, issue, historyOf(ctx, party, issue).slice(0, v)),
      )
      for (const e of episodes)
        out.push({ ...e, active: daysBetween(e.dates[2], s.asOf) <= s.oscillationWindow })
    }
  return out
}

/** The oscillations in one party's stances on one issue (their `active` is set by the caller). */
const episodesOf = (
  ctx: Context,
  s: Settings,
  party: PartyId,
  issue: IssueId,
  h: readonly Stance[],
): Oscillation[] => {
  const out: Oscillation[] = []
  const domain: Domain = ctx.negotiation.issues[issue]!.domain
  const scan = <A>(
    field: Oscillation['field'],
    states: readonly State<A>[],
    move: (a: A, b: A) => number,
    same: (a: A, b: A) => boolean,
    words: (a: A) => string,
    fields: Parameters<typeof stanceEvidence>[2],
  ): void => {
    for (let k = 2; k < states.length; k++) {
      const [a, b, c] = [states[k - 2]!, states[k - 1]!, states[k]!]
      const d = [a.stance.asOf, b.stance.asOf, c.stance.asOf] as const
      if (!same(a.value, c.value) || move(a.value, b.value) <= s.threshold) continue
      const span = daysBetween(d[1], d[2])
      if (span > s.oscillationWindow) continue
      const states3 = [words(a.value), words(b.value), words(c.value)] as const
      const what = field === 'ideal' ? 'its ideal' : 'what it could accept'
      out.push({
        kind: 'oscillation',
        id: `oscillation:${party}:${issue}:${field}:${d[1]}`,
        parties: [party],
        issues: [issue],
        since: d[1],
        active: true,
        evidence: tidy(
          [a, b, c].flatMap((x) =>
            stanceEvidence(ctx, x.stance, fields, (fs) => stanceWords(ctx, domain, x.stance, fs)),
          ),
        ),
        explanation: `${nameOf(ctx, party)} went back and forth on ${labelOf(ctx, issue)}: ${what} went from ${states3[0]} (${d[0]}) to ${states3[1]} (${d[1]}) and back ${span === 0 ? 'the same day' : span === 1 ? 'the next day' : `${String(span)} days later`} (${d[2]}).`,
        field,
        states: states3,
        dates: d,
        window: s.oscillationWindow,
      })
    }
  }
  scan(
    'ideal',
    compress(
      h,
      (st) => st.ideal,
      (x, y) => sameValue(domain, x, y),
    ),
    (x, y) => idealMove(domain, x, y),
    (x, y) => sameValue(domain, x, y),
    (x) => valueIn(domain, x),
    ['ideal'],
  )
  scan(
    'limits',
    compress(
      h,
      (st) => allowedOf(domain, st),
      (x, y) => sameSet(domain, x, y),
    ),
    (x, y) => setMove(domain, x, y),
    (x, y) => sameSet(domain, x, y),
    (x) => setWords(domain, x),
    ['acceptable', 'redLines'],
  )
  return out
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The oscillations up to a date: a party's ideal, or what it could accept, went from A to B and back to A within
 * `oscillationWindow` days (default 90), A and B more than `threshold` apart. Every party with positions is
 * examined unless `parties` is given; an oscillation stays `active` for `oscillationWindow` days after the return.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { M: { name: 'Mediator', role: 'mediator' } },
 *   issues: { seq: { label: 'Sequencing', category: 'ceasefire', domain: { kind: 'choice', options: [
 *     { id: 'truce-first', label: 'Truce first' }, { id: 'deal-first', label: 'Deal first' }] } } },
 *   positions: [
 *     { id: 'm1', party: 'M', issue: 'seq', asOf: '2025-03-11', sources: [], ideal: 'truce-first' },
 *     { id: 'm2', party: 'M', issue: 'seq', asOf: '2025-08-16', sources: [], ideal: 'deal-first' },
 *     { id: 'm3', party: 'M', issue: 'seq', asOf: '2025-10-17', sources: [], ideal: 'truce-first' },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.oscillations(doc, { asOf: '2025-11-01' as never })
 * assert.ok(E.isRight(found))
 * assert.strictEqual(found.right[0]!.id, 'oscillation:M:seq:ideal:2025-08-16')
 * assert.strictEqual(found.right[0]!.active, true)
 */
export const oscillations: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<Oscillation>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<Oscillation>
} = detector((ctx, s) => E.right(oscillationsAt(ctx, s))) as never

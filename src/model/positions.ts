/**
 * Positions as of a date. A document records a party's stance on an issue as a series of dated position records; a
 * later record of the same party on the same issue replaces each field it sets, and the fields it leaves out carry
 * over from earlier records (the rule stated on `Position`). This module does that merge and answers "what was
 * Ukraine's stance on NATO membership on 2025-08-18, and which records say so?".
 *
 * Records are applied in order of their `asOf` date (dates compare as `YYYY-MM-DD` strings); records with the same
 * date are applied in document order, so the later one in the document wins. A record dated after the query date is
 * ignored. Queries that may find nothing return an fp-ts `Option`, like the rest of the library's fp-ts results.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { option as O } from 'fp-ts'
import { dualWhen } from '../internal/function'
import type { IsoDate } from './date'
import type { IssueId, PartyId, PositionId, SourceId } from './ids'
import type { Negotiation } from './negotiation'
import type { Position } from './position'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The fields of a position that later records replace one by one (everything but the record's id, party, issue,
 * date and sources).
 *
 * @category model
 * @since 0.1.0
 */
export type StanceField = Exclude<keyof Position, 'id' | 'party' | 'issue' | 'asOf' | 'sources'>

/**
 * The merge order of the fields, also the order of keys in a merged stance.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Positions } from 'negotiation-positions'
 * assert.ok(Positions.STANCE_FIELDS.includes('redLines'))
 */
export const STANCE_FIELDS: readonly StanceField[] = [
  'kind',
  'statement',
  'ideal',
  'acceptable',
  'redLines',
  'priority',
  'valuation',
  'reservation',
  'conditions',
  'confidence',
  'event',
  'note',
]

/**
 * A party's merged stance on an issue as of a date, with its evidence:
 *
 * - the merged fields (`ideal`, `acceptable`, `redLines`, `priority`, …), each from the latest record that set it;
 * - `asOf`: the date of the latest record merged;
 * - `origin`: for each merged field, the id of the record it comes from;
 * - `records`: every record merged, in the order applied (oldest first);
 * - `sources`: the sources of the records that supply a field of the stance, without repeats, oldest first.
 *
 * The stance and its lists are frozen; the records and field values are the document's own (shared, not copied).
 *
 * @category model
 * @since 0.1.0
 */
export type Stance = { readonly [K in StanceField]?: Position[K] } & {
  readonly party: PartyId
  readonly issue: IssueId
  readonly asOf: IsoDate
  readonly origin: { readonly [K in StanceField]?: PositionId }
  readonly records: readonly Position[]
  readonly sources: readonly SourceId[]
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** Records in merge order: by date, ties in document order (Array.prototype.sort is stable). A fresh array. */
const inOrder = (records: readonly Position[]): Position[] =>
  records.length < 2
    ? records.slice()
    : [...records].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))

/** Merges records already in merge order; `ordered` must be a fresh array, which the stance keeps (frozen). */
const fold = (ordered: Position[]): O.Option<Stance> => {
  const last = ordered[ordered.length - 1]
  if (last === undefined) return O.none
  const fields: Record<string, unknown> = {}
  const origin: Record<string, PositionId> = {}
  for (const r of ordered) {
    for (const f of STANCE_FIELDS) {
      const v = r[f]
      if (v !== undefined) {
        fields[f] = v
        origin[f] = r.id
      }
    }
  }
  const sources: SourceId[] = []
  if (ordered.length === 1) {
    // the one record supplies every field, if it sets any
    if (Object.keys(origin).length > 0)
      for (const id of last.sources) if (!sources.includes(id)) sources.push(id)
  } else {
    const used = new Set(Object.values(origin))
    const seen = new Set<SourceId>()
    for (const r of ordered)
      if (used.has(r.id))
        for (const id of r.sources)
          if (!seen.has(id)) {
            seen.add(id)
            sources.push(id)
          }
  }
  // the same keys, in the same order, as { party, issue, asOf, ...fields in STANCE_FIELDS order, origin, records, sources }
  const stance: Record<string, unknown> = { party: last.party, issue: last.issue, asOf: last.asOf }
  for (const f of STANCE_FIELDS) if (f in fields) stance[f] = fields[f]
  stance['origin'] = Object.freeze(origin)
  stance['records'] = Object.freeze(ordered)
  stance['sources'] = Object.freeze(sources)
  return O.some(Object.freeze(stance) as unknown as Stance)
}

const upTo = (records: readonly Position[], date: IsoDate | undefined): readonly Position[] =>
  date === undefined ? records : records.filter((r) => r.asOf <= date)

/** `f(negotiation, ...rest)` or `f(...rest)(negotiation)`: data-first when the first argument is an object. */
const dualOnNegotiation = <Signatures extends (...args: never[]) => unknown>(
  body: (...args: never[]) => unknown,
): Signatures => dualWhen((args) => typeof args[0] === 'object' && args[0] !== null, body)

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Merges position records of one party on one issue into a stance (records dated later win field by field; on the
 * same date, the later in the list wins); none for an empty list. The records are taken as given: pass records of a
 * single party and issue.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Positions, Position } from 'negotiation-positions'
 * import { option as O } from 'fp-ts'
 * const base = { party: 'UA', issue: 'nato', sources: ['s1'] }
 * const records = [
 *   { ...base, id: 'p1', asOf: '2025-03-11', ideal: 'member', priority: 0.9 },
 *   { ...base, id: 'p2', asOf: '2025-12-14', ideal: 'deferred' },
 * ] as unknown as Position[]
 * const stance = Positions.merge(records)
 * assert.ok(O.isSome(stance))
 * assert.strictEqual(stance.value.ideal, 'deferred')
 * assert.strictEqual(stance.value.priority, 0.9)
 * assert.deepStrictEqual(stance.value.origin, { ideal: 'p2', priority: 'p1' })
 */
export const merge = (records: readonly Position[]): O.Option<Stance> => fold(inOrder(records))

/**
 * The stance of a party on an issue as of a date (the latest when no date is given), merged from the document's
 * dated positions, with the records it came from; none when the party stated no position on the issue by then.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Positions, Negotiation, PartyId, IssueId, IsoDate } from 'negotiation-positions'
 * import { option as O } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag' } } },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: ['s1'], ideal: true },
 *     { id: 'p2', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: ['s2'], ideal: false },
 *   ],
 * } as unknown as Negotiation
 * const before = Positions.at(doc, 'UA' as PartyId, 'nato' as IssueId, '2025-06-01' as IsoDate)
 * assert.ok(O.isSome(before) && before.value.ideal === true)
 * assert.ok(O.isSome(Positions.at(doc, 'UA' as PartyId, 'nato' as IssueId)))
 * assert.ok(O.isNone(Positions.at(doc, 'UA' as PartyId, 'nato' as IssueId, '2025-01-01' as IsoDate)))
 */
export const at: {
  (party: PartyId, issue: IssueId, date?: IsoDate): (negotiation: Negotiation) => O.Option<Stance>
  (negotiation: Negotiation, party: PartyId, issue: IssueId, date?: IsoDate): O.Option<Stance>
} = dualOnNegotiation((negotiation: Negotiation, party: PartyId, issue: IssueId, date?: IsoDate) =>
  fold(inOrder(upTo(negotiation.positions, date).filter((r) => r.party === party && r.issue === issue))),
)

/**
 * Every party's stance on every issue it took a position on, as of a date (the latest when no date is given),
 * ordered by party id, then issue id.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Positions, Negotiation } from 'negotiation-positions'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { RU: { name: 'Russia', role: 'principal' }, UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag' } } },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: ['s1'], ideal: true },
 *     { id: 'p2', party: 'RU', issue: 'nato', asOf: '2025-06-02', sources: ['s2'], ideal: false },
 *   ],
 * } as unknown as Negotiation
 * assert.deepStrictEqual(Positions.all(doc).map((s) => [s.party, s.ideal]), [['RU', false], ['UA', true]])
 */
export const all: {
  (date?: IsoDate): (negotiation: Negotiation) => readonly Stance[]
  (negotiation: Negotiation, date?: IsoDate): readonly Stance[]
} = dualOnNegotiation((negotiation: Negotiation, date?: IsoDate) => {
  // records grouped by party, then issue, each group in document order
  const groups = new Map<string, Map<string, Position[]>>()
  for (const r of negotiation.positions) {
    if (date !== undefined && !(r.asOf <= date)) continue
    let byIssue = groups.get(r.party)
    if (byIssue === undefined) groups.set(r.party, (byIssue = new Map<string, Position[]>()))
    const g = byIssue.get(r.issue)
    if (g === undefined) byIssue.set(r.issue, [r])
    else g.push(r)
  }
  const stances: Stance[] = []
  for (const byIssue of groups.values())
    for (const g of byIssue.values()) {
      const s = fold(inOrder(g))
      if (O.isSome(s)) stances.push(s.value)
    }
  stances.sort((a, b) => compareText(a.party, b.party) || compareText(a.issue, b.issue))
  return Object.freeze(stances)
})

/**
 * How a party's stance on an issue developed: one merged stance for each date on which it stated a position on the
 * issue, oldest first (each equal to `at` on that date).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Positions, Negotiation, PartyId, IssueId } from 'negotiation-positions'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { nato: { label: 'NATO', category: 'alliance', domain: { kind: 'flag' } } },
 *   positions: [
 *     { id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: ['s1'], ideal: true, priority: 1 },
 *     { id: 'p2', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: ['s2'], ideal: false },
 *   ],
 * } as unknown as Negotiation
 * const steps = Positions.history(doc, 'UA' as PartyId, 'nato' as IssueId)
 * assert.deepStrictEqual(steps.map((s) => [s.asOf, s.ideal, s.priority]), [['2025-03-11', true, 1], ['2025-12-14', false, 1]])
 */
export const history: {
  (party: PartyId, issue: IssueId): (negotiation: Negotiation) => readonly Stance[]
  (negotiation: Negotiation, party: PartyId, issue: IssueId): readonly Stance[]
} = dualOnNegotiation((negotiation: Negotiation, party: PartyId, issue: IssueId) => {
  const ordered = inOrder(negotiation.positions.filter((r) => r.party === party && r.issue === issue))
  const out: Stance[] = []
  ordered.forEach((r, i) => {
    const next = ordered[i + 1]
    if (next !== undefined && next.asOf === r.asOf) return
    const s = fold(ordered.slice(0, i + 1))
    if (O.isSome(s)) out.push(s.value)
  })
  return Object.freeze(out)
})

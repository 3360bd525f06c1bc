/**
 * Reading statuses out of a timeline: the status in effect after a given mark (found by binary search), with its
 * evidence gathered from the marks since it began, and the whole history of a timeline. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { Condition } from '../model/condition'
import type { IsoDate } from '../model/date'
import type { Event, Stance } from '../model/event'
import type { EventId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { dateOf } from './days'
import { begins, dayIn, markIn, MARKS, precedence, signature } from './marks'
import type { Allegation, Cell, Claim, Evidence, Ledger, Mark, Standing, Status, Timeline } from './model'
import { own } from '../internal/record'
import { kindAt, startOf, stepEnd, upperBound, type Columns, type SignatureOf } from './resolve'
import { eventOf } from './table'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** The signatures of a timeline's marks, reading conditions and counters from the events that need them. */
export const signatures =
  (t: Timeline | Columns, lookup: (id: EventId) => Event | undefined): SignatureOf =>
  (i) => {
    const m = MARKS[markIn(t.codes[i] as number)] as Mark
    if (m === 'agreed') return 'accepted'
    if (m !== 'conditionally-accepted' && m !== 'countered') return m
    const id = t.events[i]
    return signature(m, id === null || id === undefined ? undefined : lookup(id))
  }

const NONE: ReadonlyArray<never> = Object.freeze([])

const unknown = (cell: Cell): Status => Object.freeze({ ...cell, status: 'unknown' as const })

const union = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<SourceId> => {
  if (evidence.length === 1) return (evidence[0] as Evidence).sources
  const seen = new Set<SourceId>()
  for (const e of evidence) for (const s of e.sources) seen.add(s)
  return Object.freeze([...seen])
}

/** Whether mark `m` can be evidence of a status of this kind (agreements and responses both set stances). */
const evidences = (kind: Status['status'], m: Mark): boolean => {
  const p = precedence(m)
  return kind === 'proposed'
    ? p === 0
    : kind === 'violated'
      ? p === 3
      : kind === 'expired'
        ? p === 4
        : kind === 'disputed'
          ? p === 2
          : p === 1 || p === 2
}

/**
 * The status in effect after mark `i` of timeline `t` (`i < 0`: before any mark). With `deep`, a withdrawal, expiry
 * or violation carries the status it ended (one level, as a `Standing`).
 */
export const statusAfter = (ledger: Ledger, cell: Cell, t: Timeline, i: number, deep: boolean): Status => {
  const s = i < 0 ? -1 : startOf(t, i)
  if (s < 0) return unknown(cell)
  const sig = signatures(t, (id) => eventOf(ledger, id))
  const kind = kindAt(t, s, sig)
  const end = kind === 'disputed' ? stepEnd(t, s) : i + 1
  // the events themselves are needed only for what a status carries besides its evidence
  const keep =
    kind === 'conditionally-accepted' || kind === 'countered' || kind === 'violated' || kind === 'disputed'
  const evidence: Evidence[] = []
  const events: (Event | undefined)[] = []
  const marks: Mark[] = []
  const sigs: string[] = []
  // the marks of a step share its date
  let day = NaN
  let date = '' as IsoDate
  for (let k = s; k < end; k++) {
    const code = t.codes[k] as number
    const m = MARKS[markIn(code)] as Mark
    if (!evidences(kind, m)) continue
    const id = t.events[k] as EventId | null
    const e = id === null ? undefined : eventOf(ledger, id)
    const sources = e?.sources ?? (ledger.proposals[cell.proposal] as Proposal).sources
    if (dayIn(code) !== day) date = dateOf((day = dayIn(code)))
    evidence.push(Object.freeze({ event: id, date, sources }))
    if (keep) events.push(e)
    if (kind === 'disputed') {
      marks.push(m)
      sigs.push(sig(k))
    }
  }
  const base = {
    party: cell.party,
    proposal: cell.proposal,
    term: cell.term,
    status: kind,
    since: dateOf(dayIn(t.codes[s] as number)),
    evidence: Object.freeze(evidence),
    sources: union(evidence),
  }
  const before = (): Standing | undefined =>
    s > 0 && startOf(t, s - 1) >= 0 ? statusAfter(ledger, cell, t, s - 1, false) : undefined
  const first = events[0]
  switch (kind) {
    case 'conditionally-accepted':
      return Object.freeze({
        ...base,
        status: kind,
        conditions: (first?.kind === 'response' ? first.conditions : undefined) ?? NONE,
      })
    case 'countered': {
      const counter = first?.kind === 'response' ? first.counter : undefined
      return Object.freeze(
        counter === undefined ? { ...base, status: kind } : { ...base, status: kind, counter },
      )
    }
    case 'withdrawn': {
      const previous = deep ? before() : undefined
      return Object.freeze(
        previous === undefined ? { ...base, status: kind } : { ...base, status: kind, previous },
      )
    }
    case 'expired':
      return Object.freeze(deep ? { ...base, status: kind, previous: before() as Standing } : base) as Status
    case 'violated': {
      const allegations: Allegation[] = evidence.map((ev, k) => {
        const e = events[k]
        return Object.freeze({
          ...ev,
          by: (e?.kind === 'violation-alleged' ? e.by : '') as PartyId,
          claim: e?.kind === 'violation-alleged' ? e.claim : '',
        })
      })
      const allegedBy = Object.freeze([...new Set(allegations.map((a) => a.by))].sort())
      const violated = { ...base, status: kind, allegedBy, allegations: Object.freeze(allegations) }
      return Object.freeze(deep ? { ...violated, commitment: before() as Standing } : violated) as Status
    }
    case 'disputed':
      return Object.freeze({ ...base, status: kind, claims: claims(evidence, events, marks, sigs) })
    default:
      return Object.freeze(base) as Status
  }
}

const claims = (
  evidence: ReadonlyArray<Evidence>,
  events: ReadonlyArray<Event | undefined>,
  marks: ReadonlyArray<Mark>,
  sigs: ReadonlyArray<string>,
): ReadonlyArray<Claim> => {
  const groups = new Map<string, number[]>()
  sigs.forEach((s, k) => groups.set(s, [...(groups.get(s) ?? []), k]))
  const out: Claim[] = []
  for (const ks of groups.values()) {
    const k0 = ks[0] as number
    const e = events[k0]
    const ev = Object.freeze(ks.map((k) => evidence[k] as Evidence))
    const status = marks[k0] as Stance
    const extra: { conditions?: ReadonlyArray<Condition>; counter?: ProposalId } = {}
    if (e?.kind === 'response' && status === 'conditionally-accepted') extra.conditions = e.conditions ?? NONE
    if (e?.kind === 'response' && status === 'countered' && e.counter !== undefined) extra.counter = e.counter
    out.push(Object.freeze({ status, ...extra, evidence: ev, sources: union(ev) }))
  }
  return Object.freeze(out)
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/** The timeline of a cell, if any mark touches it. */
export const timelineOf = (ledger: Ledger, cell: Cell): Timeline | undefined => {
  const byProposal = own(ledger.timelines, cell.party)
  const byTerm = byProposal === undefined ? undefined : own(byProposal, cell.proposal)
  return byTerm === undefined ? undefined : own(byTerm, cell.term)
}

/** The status of a cell as of a date (after every mark of that date). */
export const statusOn = (ledger: Ledger, cell: Cell, date: IsoDate): Status => {
  const t = timelineOf(ledger, cell)
  return t === undefined ? unknown(cell) : statusAfter(ledger, cell, t, upperBound(t, date) - 1, true)
}

/** Every status a cell has had, in order, up to mark `end` (exclusive; all marks by default). */
export const historyOf = (
  ledger: Ledger,
  cell: Cell,
  t: Timeline | undefined,
  end?: number,
): ReadonlyArray<Status> => {
  if (t === undefined) return []
  const n = end ?? t.codes.length
  const out: Status[] = []
  // a status is in effect from the mark that begins it to the mark before the next one that begins one
  let known = false
  for (let i = 0; i < n; i++) {
    known ||= begins(t.codes[i] as number)
    if (!known || (i + 1 < n && !begins(t.codes[i + 1] as number))) continue
    out.push(statusAfter(ledger, cell, t, i, true))
  }
  return out
}

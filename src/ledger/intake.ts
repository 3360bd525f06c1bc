/**
 * The hot path of the ledger: a context compiled once into index maps, then, per event, one pass that checks it,
 * makes the frozen, normalised copy the ledger keeps (dates, lists and conditions shared through intern.ts, so a
 * million events share their strings; fields in a fixed order) and lists its marks. An event this pass refuses is handed to the checker
 * (check.ts), which says what is wrong. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import type { IsoDate } from '../model/date'
import type { Event } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { boundOf, dayOf, NO_DAY } from './days'
import { dictionary, Interner, type Dictionary } from './intern'
import { conditionalSignature, counterSignature, MARK_CODES, MARKS } from './marks'
import { isId, stanceOf } from './plain'
import type { LedgerContext } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A proposal of the context, compiled: its terms in order, their indexes, and its place among all terms. */
export interface ProposalInfo {
  readonly id: ProposalId
  /**
   * The first day an event about it may be dated (its day number: see days.ts): the day it was tabled, or, when its
   * date is not a real date, the first day after every date that sorts before it (the checker compares dates as
   * text).
   */
  readonly day: number
  readonly tabledBy: ReadonlyArray<number>
  readonly terms: ReadonlyArray<IssueId>
  readonly termIndex: ReadonlyMap<string, number>
  readonly all: ReadonlyArray<number>
  readonly offset: number
  /** The one-term lists of its terms, made when first needed. */
  readonly single: (ReadonlyArray<IssueId> | undefined)[]
  /** Its two-term lists, by `first × terms + second`, made when first needed. */
  readonly pairs: (ReadonlyArray<IssueId> | undefined)[]
}

/**
 * Receives one mark: party index, proposal, term index (within the proposal), date (its day number: see days.ts),
 * mark (its code in `MARKS`), the id of its event (`null` for a proposal's own tabling), and the number of its
 * stance's signature: for a conditional acceptance or a counter, a number above every mark's code, the same for the
 * same signature (`signature` in marks.ts: the same conditions, the same counter-proposal); 0 for any other mark.
 */
export type Sink = (
  party: number,
  proposal: ProposalInfo,
  term: number,
  day: number,
  mark: number,
  event: EventId | null,
  signature: number,
) => void

const PROPOSED = MARK_CODES.proposed
const AGREED = MARK_CODES.agreed
const VIOLATED = MARK_CODES.violated
const EXPIRED = MARK_CODES.expired
const CONDITIONAL = MARK_CODES['conditionally-accepted']
const COUNTERED = MARK_CODES.countered

const EMPTY: ReadonlyArray<never> = Object.freeze([])

// What the hot path uses for every event, bound here once: a CommonJS build of this module (tsx, ts-node) would
// otherwise read each one through the exporting module's getters, on every event.
const idOk = isId
const stanceIn = stanceOf
const CODES = MARK_CODES
const NONE = NO_DAY

/** The number of a term of a proposal (a scan for a few terms, a lookup for many). */
const termOf = (p: ProposalInfo, t: string): number | undefined => {
  const ts = p.terms
  if (ts.length > 8) return p.termIndex.get(t)
  for (let i = 0; i < ts.length; i++) if (ts[i] === t) return i
  return undefined
}

/** Above every day number. */
const NEVER = 2 ** 30

/** The first day an event may be dated about a proposal tabled on `date` (see `ProposalInfo.day`). */
const firstDay = (date: unknown): number => {
  if (typeof date !== 'string') return NEVER
  const day = dayOf(date)
  return day !== NO_DAY ? day : boundOf(date) + 1
}

const distinct = (xs: ReadonlyArray<number>): ReadonlyArray<number> =>
  xs.length < 2 || (xs.length === 2 && xs[0] !== xs[1]) ? xs : [...new Set(xs)]

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** A context compiled for checking and indexing events. */
export class Intake {
  readonly parties: ReadonlyArray<PartyId>
  readonly proposals: ReadonlyArray<ProposalInfo>
  readonly totalTerms: number
  private readonly partyIndex = new Map<string, number>()
  private readonly proposalIndex: Dictionary<ProposalInfo> = dictionary()
  /** The dates seen, with their day numbers (the first string seen for each date stands for all). */
  private readonly dates: Dictionary<{ readonly day: number; readonly date: IsoDate }> = dictionary()
  /** The string of the date `day` read last. */
  private date = '' as IsoDate
  /** The day number of the event being taken (see `head`). */
  private eventDay = 0
  /** The id of the event being taken, for its marks (`null` for the proposals' own tablings). */
  private event: EventId | null = null
  /** The term numbers (within the proposal) of the last one- or two-term list `terms` gave (`t0 < 0`: other). */
  private t0 = -1
  private t1 = -1
  /** The strings, lists and conditions the events share. */
  private readonly shared = new Interner()
  /** The signature of the stance of the event being taken, numbered (see `Sink`), or 0. */
  private signature = 0
  /** The signatures numbered so far, by their text, by the conditions of a conditional acceptance, by counter. */
  private readonly signatures = new Map<string, number>()
  private readonly byConditions = new Map<unknown, number>()
  private readonly byCounter = new Map<ProposalInfo | undefined, number>()

  constructor(ctx: LedgerContext) {
    this.parties = Object.keys(ctx.parties) as PartyId[]
    this.parties.forEach((p, i) => this.partyIndex.set(p, i))
    let offset = 0
    const proposals: ProposalInfo[] = []
    for (const id of Object.keys(ctx.proposals) as ProposalId[]) {
      const p = ctx.proposals[id] as Proposal
      const terms = Object.keys(p.terms) as IssueId[]
      const tabledBy = p.tabledBy
        .map((x) => this.partyIndex.get(x))
        .filter((x): x is number => x !== undefined)
      const info: ProposalInfo = {
        id,
        day: firstDay(p.date),
        tabledBy: distinct(tabledBy),
        terms,
        termIndex: new Map(terms.map((t, i) => [t, i])),
        all: terms.map((_, i) => i),
        offset,
        single: [],
        pairs: [],
      }
      offset += terms.length
      proposals.push(info)
      this.proposalIndex[id] = info
    }
    this.proposals = proposals
    this.totalTerms = offset
  }

  /**
   * The day number of a date (see days.ts), or `NO_DAY` when `u` is not a real calendar date; its string (the
   * first one seen for that date) is then `this.date`.
   */
  private day(u: unknown): number {
    if (typeof u !== 'string') return NONE
    let hit = this.dates[u]
    if (hit === undefined) {
      const day = dayOf(u)
      if (day === NONE) return NONE
      this.dates[u] = hit = { day, date: u as IsoDate }
    }
    this.date = hit.date
    return hit.day
  }

  /** The index of a party, if the context has it. */
  party(u: unknown): number | undefined {
    if (typeof u !== 'string') return undefined
    const ps = this.parties
    if (ps.length <= 16) {
      for (let i = 0; i < ps.length; i++) if (ps[i] === u) return i
      return undefined
    }
    return this.partyIndex.get(u)
  }

  /** The context's own string for a party id already checked. */
  private canonical(p: PartyId): PartyId {
    return this.parties[this.partyIndex.get(p) as number] as PartyId
  }

  /** A proposal of the context. */
  proposal(u: unknown): ProposalInfo | undefined {
    return typeof u === 'string' ? this.proposalIndex[u] : undefined
  }

  private parties_(xs: unknown): ReadonlyArray<PartyId> | undefined {
    const l = this.shared.list<PartyId>(xs, true)
    if (l === undefined) return undefined
    for (let i = 0; i < l.length; i++) if (!this.partyIndex.has(l[i] as PartyId)) return undefined
    return l
  }

  private terms(p: ProposalInfo, xs: unknown): ReadonlyArray<IssueId> | undefined {
    // one or two terms: the proposal's own list, found by the terms' numbers rather than by content
    if (Array.isArray(xs) && xs.length === 1 && typeof xs[0] === 'string') {
      const t = termOf(p, xs[0])
      if (t === undefined) return undefined
      this.t0 = t
      return (p.single[t] ??= Object.freeze([p.terms[t] as IssueId]))
    }
    if (Array.isArray(xs) && xs.length === 2 && typeof xs[0] === 'string' && typeof xs[1] === 'string') {
      const t = termOf(p, xs[0])
      const u = termOf(p, xs[1])
      if (t === undefined || u === undefined) return undefined
      this.t0 = t
      this.t1 = u
      const key = t * p.terms.length + u
      return (p.pairs[key] ??= Object.freeze([p.terms[t], p.terms[u]] as IssueId[]))
    }
    this.t0 = -1
    const l = this.shared.list<IssueId>(xs, true)
    if (l === undefined) return undefined
    for (let i = 0; i < l.length; i++) if (!p.termIndex.has(l[i] as IssueId)) return undefined
    return l
  }

  /**
   * The checked, normalised, frozen copy of an event, or `undefined` when anything is wrong with it (an id taken
   * or malformed, a bad date, an unknown party, proposal, term or stance, a date before its proposal was tabled).
   * With a `sink`, an event taken also gives its marks, in one pass: responses mark their party on their terms
   * (all terms when none are listed); agreements mark their parties `agreed`, and every party `expired` on their
   * `expires` date; violation allegations mark the accused party; term expiries mark every party; later tablings
   * mark the tabling parties `proposed`. Agreements and allegations without a proposal, meetings, statements and
   * stated positions mark nothing.
   */
  take(e: Event, isTaken: (id: EventId) => boolean, sink?: Sink): Event | undefined {
    if (typeof e !== 'object' || e === null) return undefined
    // responses (most of a feed) take a path of their own, where their fields are read quickly: a read that every
    // kind of event passes sees too many shapes of object for that
    return e.kind === 'response' ? this.response(e, isTaken, sink) : this.other(e, isTaken, sink)
  }

  /**
   * Checks the id, the date and the sources of an event being taken (the caller reads them from the event): its
   * copied sources, or `undefined` when any is bad; when they are good, `this.event`, `this.eventDay` and `this.date`
   * are then the event's.
   */
  private head(
    id: unknown,
    date: unknown,
    sources: unknown,
    isTaken: (id: EventId) => boolean,
  ): ReadonlyArray<SourceId> | undefined {
    if (typeof id !== 'string' || !idOk(id) || isTaken(id as EventId)) return undefined
    this.event = id as EventId
    this.signature = 0
    const day = (this.eventDay = this.day(date))
    const list = sources === undefined ? EMPTY : this.shared.list<SourceId>(sources)
    return day === NONE ? undefined : list
  }

  /** `take`, for a response. */
  private response(
    e: Extract<Event, { readonly kind: 'response' }>,
    isTaken: (id: EventId) => boolean,
    sink: Sink | undefined,
  ): Event | undefined {
    const id = e.id
    const sources = this.head(id, e.date, e.sources, isTaken)
    if (sources === undefined) return undefined
    const { eventDay: day, date } = this
    const p = this.proposal(e.proposal)
    const stance = stanceIn(e.stance)
    const who = this.party(e.party)
    if (who === undefined || !(p !== undefined && day >= p.day) || stance === undefined) return undefined
    const rawCounter = e.counter
    const counter = rawCounter === undefined ? undefined : this.proposal(rawCounter)
    if (rawCounter !== undefined && counter === undefined) return undefined
    const rawTerms = e.terms
    const terms = rawTerms === undefined ? undefined : this.terms(p, rawTerms)
    if (rawTerms !== undefined && terms === undefined) return undefined
    const rawConditions = e.conditions
    const conditions = rawConditions === undefined ? undefined : this.shared.conditions(rawConditions)
    if (rawConditions !== undefined && conditions === undefined) return undefined
    const party = this.parties[who]
    const proposal = p.id
    if (stance === 'conditionally-accepted') this.signature = this.conditional(conditions)
    else if (stance === 'countered') this.signature = this.counter(counter)
    // one object literal per shape (a property added later would cost a second allocation)
    const out: Record<string, unknown> =
      terms === undefined
        ? conditions === undefined
          ? { id, date, sources, kind: 'response', party, proposal, stance }
          : { id, date, sources, kind: 'response', party, proposal, stance, conditions }
        : conditions === undefined
          ? { id, date, sources, kind: 'response', party, proposal, stance, terms }
          : { id, date, sources, kind: 'response', party, proposal, stance, terms, conditions }
    if (counter !== undefined) out.counter = counter.id
    if (sink !== undefined) this.onTerms(p, terms, who, day, CODES[stance], sink)
    return this.close(out, e)
  }

  /** The number of a signature (see `Sink`), by its text. */
  private numbered(text: string): number {
    let n = this.signatures.get(text)
    if (n === undefined) this.signatures.set(text, (n = MARKS.length + 1 + this.signatures.size))
    return n
  }

  /** The signature of a conditional acceptance with these (shared) conditions, numbered. */
  private conditional(conditions: unknown): number {
    let n = this.byConditions.get(conditions)
    if (n === undefined)
      this.byConditions.set(conditions, (n = this.numbered(conditionalSignature(conditions))))
    return n
  }

  /** The signature of a counter by this proposal (or by none named), numbered. */
  private counter(counter: ProposalInfo | undefined): number {
    let n = this.byCounter.get(counter)
    if (n === undefined) this.byCounter.set(counter, (n = this.numbered(counterSignature(counter?.id))))
    return n
  }

  /** Copies the optional fields every kind of event may have from `e` into `out`, and freezes `out`. */
  private close(out: Record<string, unknown>, e: Event): Event {
    const { endDate, title, summary, confidence, note } = e
    if (endDate !== undefined) out.endDate = typeof endDate === 'string' ? this.shared.word(endDate) : endDate
    if (title !== undefined) out.title = title
    if (summary !== undefined) out.summary = summary
    if (confidence !== undefined)
      out.confidence = typeof confidence === 'string' ? this.shared.word(confidence) : confidence
    if (note !== undefined) out.note = note
    return Object.freeze(out) as unknown as Event
  }

  /** `take`, for any event but a response. */
  private other(e: Event, isTaken: (id: EventId) => boolean, sink: Sink | undefined): Event | undefined {
    const id = e.id
    const sources = this.head(id, e.date, e.sources, isTaken)
    if (sources === undefined) return undefined
    const { eventDay: day, date } = this
    let out: Record<string, unknown>
    switch (e.kind) {
      case 'agreement': {
        const parties = this.parties_(e.parties)
        if (parties === undefined) return undefined
        out = { id, date, sources, kind: 'agreement', parties }
        let p: ProposalInfo | undefined
        let terms: ReadonlyArray<IssueId> | undefined
        if (e.proposal !== undefined) {
          p = this.proposal(e.proposal)
          if (!(p !== undefined && day >= p.day)) return undefined
          out.proposal = p.id
          if (e.terms !== undefined && (out.terms = terms = this.terms(p, e.terms)) === undefined)
            return undefined
        } else if (e.terms !== undefined) return undefined
        let expires = NONE
        if (e.expires !== undefined) {
          expires = this.day(e.expires)
          if (expires === NONE || expires < day) return undefined
          out.expires = this.date
        }
        if (sink !== undefined && p !== undefined) {
          for (let i = 0; i < parties.length; i++) {
            const x = parties[i] as PartyId
            if (parties.indexOf(x) === i)
              this.onTerms(p, terms, this.partyIndex.get(x) as number, day, AGREED, sink)
          }
          if (expires !== NONE)
            for (let party = 0; party < this.parties.length; party++)
              this.onTerms(p, terms, party, expires, EXPIRED, sink)
        }
        break
      }
      case 'violation-alleged': {
        const against = this.party(e.against)
        if (this.party(e.by) === undefined || against === undefined || typeof e.claim !== 'string')
          return undefined
        out = {
          id,
          date,
          sources,
          kind: 'violation-alleged',
          by: this.canonical(e.by),
          against: this.parties[against],
          claim: e.claim,
        }
        let p: ProposalInfo | undefined
        let terms: ReadonlyArray<IssueId> | undefined
        if (e.proposal !== undefined) {
          p = this.proposal(e.proposal)
          if (!(p !== undefined && day >= p.day)) return undefined
          out.proposal = p.id
          if (e.terms !== undefined && (out.terms = terms = this.terms(p, e.terms)) === undefined)
            return undefined
        } else if (e.terms !== undefined) return undefined
        if (e.reply !== undefined) out.reply = e.reply
        if (sink !== undefined && p !== undefined) this.onTerms(p, terms, against, day, VIOLATED, sink)
        break
      }
      case 'term-expired': {
        const p = this.proposal(e.proposal)
        if (!(p !== undefined && day >= p.day)) return undefined
        out = { id, date, sources, kind: 'term-expired', proposal: p.id }
        let terms: ReadonlyArray<IssueId> | undefined
        if (e.terms !== undefined && (out.terms = terms = this.terms(p, e.terms)) === undefined)
          return undefined
        if (sink !== undefined)
          for (let party = 0; party < this.parties.length; party++)
            this.onTerms(p, terms, party, day, EXPIRED, sink)
        break
      }
      case 'proposal-tabled': {
        const p = this.proposal(e.proposal)
        const by = this.parties_(e.by)
        if (!(p !== undefined && day >= p.day) || by === undefined) return undefined
        out = { id, date, sources, kind: 'proposal-tabled', proposal: p.id, by }
        if (sink !== undefined)
          for (let i = 0; i < by.length; i++) {
            const x = by[i] as PartyId
            if (by.indexOf(x) !== i) continue
            const party = this.partyIndex.get(x) as number
            for (let t = 0; t < p.terms.length; t++) sink(party, p, t, day, PROPOSED, id, 0)
          }
        break
      }
      case 'meeting': {
        const parties = this.parties_(e.parties)
        if (parties === undefined) return undefined
        out = { id, date, sources, kind: 'meeting', parties }
        if (e.location !== undefined) out.location = e.location
        break
      }
      case 'statement':
      case 'position-stated': {
        if (this.party(e.party) === undefined) return undefined
        out = { id, date, sources, kind: e.kind, party: this.canonical(e.party) }
        // a statement's issues, when given, and a stated position's positions are lists of ids
        const ids = e.kind === 'statement' ? e.issues : e.positions
        if (ids !== undefined || e.kind === 'position-stated') {
          const list = this.shared.list(ids)
          if (list === undefined) return undefined
          if (e.kind === 'statement') out.issues = list
          else out.positions = list
        }
        break
      }
      default:
        return undefined
    }
    return this.close(out, e)
  }

  // -------------------------------------------------------------------------------------
  // destructors
  // -------------------------------------------------------------------------------------

  /** Calls `sink` for the marks the proposals carry by themselves: each tabling party `proposed` on every term. */
  tablings(sink: Sink): void {
    for (const p of this.proposals)
      for (const party of p.tabledBy) for (const t of p.all) sink(party, p, t, p.day, PROPOSED, null, 0)
  }

  /**
   * Marks `party` on each distinct term of `terms` (every term of the proposal when none), a list `terms` has just
   * given for this proposal.
   */
  private onTerms(
    p: ProposalInfo,
    terms: ReadonlyArray<IssueId> | undefined,
    party: number,
    day: number,
    mark: number,
    sink: Sink,
  ): void {
    const id = this.event
    // a stance's signature, on the party's own response only
    const sig = mark === CONDITIONAL || mark === COUNTERED ? this.signature : 0
    if (terms === undefined) for (let t = 0; t < p.terms.length; t++) sink(party, p, t, day, mark, id, sig)
    else if (this.t0 >= 0 && terms.length === 1) sink(party, p, this.t0, day, mark, id, sig)
    else if (this.t0 >= 0 && terms.length === 2) {
      sink(party, p, this.t0, day, mark, id, sig)
      if (this.t1 !== this.t0) sink(party, p, this.t1, day, mark, id, sig)
    } else
      for (let i = 0; i < terms.length; i++)
        if (terms.indexOf(terms[i] as IssueId) === i)
          sink(party, p, p.termIndex.get(terms[i] as IssueId) as number, day, mark, id, sig)
  }
}

/**
 * The hot path of the ledger: a context compiled once into index maps, then, per event, one pass that checks it,
 * makes the frozen, normalised copy the ledger keeps (ids, dates and lists interned, so a million events share
 * their strings; fields in a fixed order) and lists its marks. An event this pass refuses is handed to the checker
 * (check.ts), which says what is wrong. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { isIsoDateString } from '../internal/codec'
import type { IsoDate } from '../model/date'
import type { Event } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { MARK_CODES } from './marks'
import { copy, isId, isJson, stanceOf } from './plain'
import type { LedgerContext } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A proposal of the context, compiled: its terms in order, their indexes, and its place among all terms. */
export interface ProposalInfo {
  readonly id: ProposalId
  readonly date: IsoDate
  readonly tabledBy: ReadonlyArray<number>
  readonly terms: ReadonlyArray<IssueId>
  readonly termIndex: ReadonlyMap<string, number>
  readonly all: ReadonlyArray<number>
  readonly offset: number
  /** The one-term lists of its terms, made when first needed. */
  readonly single: (ReadonlyArray<IssueId> | undefined)[]
  /** Its two-term lists, by `first × terms + second`, made when first needed. */
  readonly pairs: Map<number, ReadonlyArray<IssueId>>
}

/**
 * Receives one mark: party index, proposal, term index (within the proposal), date (its number: see
 * `Intake.days`), mark (its code in `MARKS`).
 */
export type Sink = (party: number, proposal: ProposalInfo, term: number, day: number, mark: number) => void

const PROPOSED = MARK_CODES.proposed
const AGREED = MARK_CODES.agreed
const VIOLATED = MARK_CODES.violated
const EXPIRED = MARK_CODES.expired

const EMPTY: ReadonlyArray<never> = Object.freeze([])

/** The number of a term of a proposal (a scan for a few terms, a lookup for many). */
const termOf = (p: ProposalInfo, t: string): number | undefined => {
  const ts = p.terms
  if (ts.length > 8) return p.termIndex.get(t)
  for (let i = 0; i < ts.length; i++) if (ts[i] === t) return i
  return undefined
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
  private readonly proposalIndex = new Map<string, ProposalInfo>()
  /** The dates seen, numbered in the order first seen (the first string seen for each stands for all). */
  readonly days: IsoDate[] = []
  private readonly dayNumbers = new Map<string, number>()
  /** The term numbers (within the proposal) of the last one- or two-term list `terms` gave (`t0 < 0`: other). */
  private t0 = -1
  private t1 = -1
  private readonly lists = new Map<string, ReadonlyArray<string>>()
  private readonly words = new Map<string, string>()
  /** Copies of conditions that are JSON data, by their JSON: equal conditions share one frozen copy. */
  private readonly conditionCopies = new Map<string, unknown>()

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
        date: p.date,
        tabledBy: distinct(tabledBy),
        terms,
        termIndex: new Map(terms.map((t, i) => [t, i])),
        all: terms.map((_, i) => i),
        offset,
        single: [],
        pairs: new Map(),
      }
      offset += terms.length
      proposals.push(info)
      this.proposalIndex.set(id, info)
    }
    this.proposals = proposals
    this.totalTerms = offset
  }

  /** The number of a date (see `days`), or -1 when `u` is not a real calendar date. */
  day(u: unknown): number {
    if (typeof u !== 'string') return -1
    const hit = this.dayNumbers.get(u)
    if (hit !== undefined) return hit
    if (!isIsoDateString(u)) return -1
    const d = this.days.length
    this.days.push(u as IsoDate)
    this.dayNumbers.set(u, d)
    return d
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
    return typeof u === 'string' ? this.proposalIndex.get(u) : undefined
  }

  private word<S extends string>(s: S): S {
    const hit = this.words.get(s)
    if (hit !== undefined) return hit as S
    this.words.set(s, s)
    return s
  }

  /**
   * A frozen copy of a list of strings (`undefined` if it is not one), its strings interned. One-element lists are
   * shared, and so are longer ones with `share` (lists of parties or terms, which repeat; lists of sources mostly
   * do not, and sharing them would cost more than it saves).
   */
  private list<S extends string>(xs: unknown, share = false): ReadonlyArray<S> | undefined {
    if (!Array.isArray(xs)) return undefined
    const n = xs.length
    if (n === 0) return EMPTY
    const first: unknown = xs[0]
    if (n === 1 && typeof first === 'string') {
      const hit = this.lists.get(first)
      if (hit !== undefined && hit.length === 1) return hit as ReadonlyArray<S>
      const copy = Object.freeze([first]) as ReadonlyArray<S>
      this.lists.set(first, copy)
      return copy
    }
    let holes = false
    for (let i = 0; i < n; i++)
      if (!(i in xs)) holes = true
      else if (typeof xs[i] !== 'string') return undefined
    if (!share || holes) return Object.freeze(xs.map((x: string) => this.word(x))) as ReadonlyArray<S>
    const key = (xs as string[]).join('\n')
    const hit = this.lists.get(key)
    if (hit !== undefined && hit.length === n && hit.every((x, i) => x === xs[i]))
      return hit as ReadonlyArray<S>
    const copy = Object.freeze(xs.map((x: string) => this.word(x))) as ReadonlyArray<S>
    this.lists.set(key, copy)
    return copy
  }

  private parties_(xs: unknown): ReadonlyArray<PartyId> | undefined {
    const l = this.list<PartyId>(xs, true)
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
      let hit = p.pairs.get(key)
      if (hit === undefined) p.pairs.set(key, (hit = Object.freeze([p.terms[t], p.terms[u]] as IssueId[])))
      return hit
    }
    this.t0 = -1
    const l = this.list<IssueId>(xs, true)
    if (l === undefined) return undefined
    for (let i = 0; i < l.length; i++) if (!p.termIndex.has(l[i] as IssueId)) return undefined
    return l
  }

  /** A deep-frozen copy of a response's conditions (shared by equal ones), or `undefined` if it cannot be copied. */
  conditions(u: unknown): unknown {
    if (!isJson(u, 0)) return copy(u)
    const key = JSON.stringify(u)
    let hit = this.conditionCopies.get(key)
    if (hit === undefined) this.conditionCopies.set(key, (hit = copy(u)))
    return hit
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
    const id = e.id
    if (typeof id !== 'string' || !isId(id) || isTaken(id)) return undefined
    const day = this.day(e.date)
    const rawSources = e.sources
    const sources = rawSources === undefined ? EMPTY : this.list(rawSources)
    if (day < 0 || sources === undefined) return undefined
    const date = this.days[day] as IsoDate
    let out: Record<string, unknown>
    switch (e.kind) {
      case 'response': {
        const p = this.proposal(e.proposal)
        const stance = stanceOf(e.stance)
        const who = this.party(e.party)
        if (who === undefined || !(p !== undefined && date >= p.date) || stance === undefined)
          return undefined
        const rawCounter = e.counter
        const counter = rawCounter === undefined ? undefined : this.proposal(rawCounter)
        if (rawCounter !== undefined && counter === undefined) return undefined
        const rawTerms = e.terms
        const terms = rawTerms === undefined ? undefined : this.terms(p, rawTerms)
        if (rawTerms !== undefined && terms === undefined) return undefined
        const rawConditions = e.conditions
        const conditions = rawConditions === undefined ? undefined : this.conditions(rawConditions)
        if (rawConditions !== undefined && conditions === undefined) return undefined
        const party = this.parties[who]
        const proposal = p.id
        // one object literal per shape (a property added later would cost a second allocation)
        out =
          terms === undefined
            ? conditions === undefined
              ? { id, date, sources, kind: 'response', party, proposal, stance }
              : { id, date, sources, kind: 'response', party, proposal, stance, conditions }
            : conditions === undefined
              ? { id, date, sources, kind: 'response', party, proposal, stance, terms }
              : { id, date, sources, kind: 'response', party, proposal, stance, terms, conditions }
        if (counter !== undefined) out.counter = counter.id
        if (sink !== undefined) this.onTerms(p, terms, who, day, MARK_CODES[stance], sink)
        break
      }
      case 'agreement': {
        const parties = this.parties_(e.parties)
        if (parties === undefined) return undefined
        out = { id, date, sources, kind: 'agreement', parties }
        let p: ProposalInfo | undefined
        let terms: ReadonlyArray<IssueId> | undefined
        if (e.proposal !== undefined) {
          p = this.proposal(e.proposal)
          if (!(p !== undefined && date >= p.date)) return undefined
          out.proposal = p.id
          if (e.terms !== undefined && (out.terms = terms = this.terms(p, e.terms)) === undefined)
            return undefined
        } else if (e.terms !== undefined) return undefined
        let expires = -1
        if (e.expires !== undefined) {
          expires = this.day(e.expires)
          if (expires < 0 || (this.days[expires] as IsoDate) < date) return undefined
          out.expires = this.days[expires]
        }
        if (sink !== undefined && p !== undefined) {
          for (let i = 0; i < parties.length; i++) {
            const x = parties[i] as PartyId
            if (parties.indexOf(x) === i)
              this.onTerms(p, terms, this.partyIndex.get(x) as number, day, AGREED, sink)
          }
          if (expires >= 0)
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
          if (!(p !== undefined && date >= p.date)) return undefined
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
        if (!(p !== undefined && date >= p.date)) return undefined
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
        if (!(p !== undefined && date >= p.date) || by === undefined) return undefined
        out = { id, date, sources, kind: 'proposal-tabled', proposal: p.id, by }
        if (sink !== undefined)
          for (let i = 0; i < by.length; i++) {
            const x = by[i] as PartyId
            if (by.indexOf(x) !== i) continue
            const party = this.partyIndex.get(x) as number
            for (let t = 0; t < p.terms.length; t++) sink(party, p, t, day, PROPOSED)
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
        if (e.kind === 'statement' && e.issues !== undefined) out.issues = this.list(e.issues) ?? EMPTY
        if (e.kind === 'position-stated') out.positions = this.list(e.positions) ?? EMPTY
        break
      }
      default:
        return undefined
    }
    const { endDate, title, summary, confidence, note } = e
    if (
      endDate !== undefined ||
      title !== undefined ||
      summary !== undefined ||
      confidence !== undefined ||
      note !== undefined
    ) {
      if (endDate !== undefined) out.endDate = this.word(endDate)
      if (title !== undefined) out.title = title
      if (summary !== undefined) out.summary = summary
      if (confidence !== undefined) out.confidence = this.word(confidence)
      if (note !== undefined) out.note = note
    }
    return Object.freeze(out) as unknown as Event
  }

  // -------------------------------------------------------------------------------------
  // destructors
  // -------------------------------------------------------------------------------------

  /** Calls `sink` for the marks the proposals carry by themselves: each tabling party `proposed` on every term. */
  tablings(sink: Sink): void {
    for (const p of this.proposals) {
      const day = this.day(p.date)
      for (const party of p.tabledBy) for (const t of p.all) sink(party, p, t, day, PROPOSED)
    }
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
    if (terms === undefined) for (let t = 0; t < p.terms.length; t++) sink(party, p, t, day, mark)
    else if (this.t0 >= 0 && terms.length === 1) sink(party, p, this.t0, day, mark)
    else if (this.t0 >= 0 && terms.length === 2) {
      sink(party, p, this.t0, day, mark)
      if (this.t1 !== this.t0) sink(party, p, this.t1, day, mark)
    } else
      for (let i = 0; i < terms.length; i++)
        if (terms.indexOf(terms[i] as IssueId) === i)
          sink(party, p, p.termIndex.get(terms[i] as IssueId) as number, day, mark)
  }
}

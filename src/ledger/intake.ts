/**
 * The hot path of the ledger: a context compiled once into index maps, then, per event, one pass that checks it,
 * makes the frozen, normalised copy the ledger keeps (ids, dates and lists interned, so a million events share
 * their strings; fields in a fixed order) and lists its marks. An event this pass refuses is handed to the checker
 * (check.ts), which says what is wrong. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { isIdString, isIsoDateString } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import type { Event, Stance } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import type { LedgerContext, Mark } from './model'

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
}

/** Receives one mark: party index, proposal, term index (within the proposal), date, mark. */
export type Sink = (party: number, proposal: ProposalInfo, term: number, date: IsoDate, mark: Mark) => void

const STANCES: ReadonlyMap<string, Stance> = new Map(
  (
    [
      'accepted',
      'conditionally-accepted',
      'rejected',
      'countered',
      'noncommittal',
      'withdrawn',
      'supported',
      'opposed',
    ] as const
  ).map((s) => [s, s]),
)

const EMPTY: ReadonlyArray<never> = Object.freeze([])

/** A deep-frozen copy of plain data (conditions), or `undefined` if it cannot be copied (a function inside). */
const copy = <A>(a: A): A | undefined => {
  try {
    return deepFreeze(structuredClone(a))
  } catch {
    return undefined
  }
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
  private readonly dates = new Map<string, IsoDate>()
  private readonly lists = new Map<string, ReadonlyArray<string>>()
  private readonly words = new Map<string, string>()

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
      }
      offset += terms.length
      proposals.push(info)
      this.proposalIndex.set(id, info)
    }
    this.proposals = proposals
    this.totalTerms = offset
  }

  /** The interned date, or `undefined` when `u` is not a real calendar date. */
  date(u: unknown): IsoDate | undefined {
    if (typeof u !== 'string') return undefined
    const hit = this.dates.get(u)
    if (hit !== undefined) return hit
    if (!isIsoDateString(u)) return undefined
    this.dates.set(u, u as IsoDate)
    return u as IsoDate
  }

  /** The index of a party, if the context has it. */
  party(u: unknown): number | undefined {
    return typeof u === 'string' ? this.partyIndex.get(u) : undefined
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
    if (xs.length === 0) return EMPTY
    const first: unknown = xs[0]
    if (xs.length === 1 && typeof first === 'string') {
      const hit = this.lists.get(first)
      if (hit !== undefined && hit.length === 1) return hit as ReadonlyArray<S>
      const copy = Object.freeze([first]) as ReadonlyArray<S>
      this.lists.set(first, copy)
      return copy
    }
    if (!xs.every((x) => typeof x === 'string')) return undefined
    if (!share) return Object.freeze(xs.map((x) => this.word(x))) as ReadonlyArray<S>
    const key = xs.join('\n')
    const hit = this.lists.get(key)
    if (hit !== undefined && hit.length === xs.length) return hit as ReadonlyArray<S>
    const copy = Object.freeze(xs.map((x) => this.word(x))) as ReadonlyArray<S>
    this.lists.set(key, copy)
    return copy
  }

  private parties_(xs: unknown): ReadonlyArray<PartyId> | undefined {
    const l = this.list<PartyId>(xs, true)
    if (l === undefined) return undefined
    for (const p of l) if (!this.partyIndex.has(p)) return undefined
    return l
  }

  private terms(p: ProposalInfo, xs: unknown): ReadonlyArray<IssueId> | undefined {
    const l = this.list<IssueId>(xs, true)
    if (l === undefined) return undefined
    for (const t of l) if (!p.termIndex.has(t)) return undefined
    return l
  }

  /**
   * The checked, normalised, frozen copy of an event, or `undefined` when anything is wrong with it (an id taken
   * or malformed, a bad date, an unknown party, proposal, term or stance, a date before its proposal was tabled).
   */
  take(e: Event, isTaken: (id: EventId) => boolean): Event | undefined {
    if (typeof e !== 'object' || e === null) return undefined
    const id = e.id
    if (typeof id !== 'string' || !isIdString(id) || isTaken(id)) return undefined
    const date = this.date(e.date)
    const sources = e.sources === undefined ? EMPTY : this.list(e.sources)
    if (date === undefined || sources === undefined) return undefined
    let out: Record<string, unknown>
    switch (e.kind) {
      case 'response': {
        const p = this.proposal(e.proposal)
        const stance = STANCES.get(e.stance)
        if (this.party(e.party) === undefined || !(p !== undefined && date >= p.date) || stance === undefined)
          return undefined
        if (e.counter !== undefined && this.proposal(e.counter) === undefined) return undefined
        out = { id, date, sources, kind: 'response', party: this.canonical(e.party), proposal: p.id, stance }
        if (e.terms !== undefined && (out.terms = this.terms(p, e.terms)) === undefined) return undefined
        if (e.conditions !== undefined && (out.conditions = copy(e.conditions)) === undefined)
          return undefined
        if (e.counter !== undefined) out.counter = (this.proposal(e.counter) as ProposalInfo).id
        break
      }
      case 'agreement': {
        const parties = this.parties_(e.parties)
        if (parties === undefined) return undefined
        out = { id, date, sources, kind: 'agreement', parties }
        if (e.proposal !== undefined) {
          const p = this.proposal(e.proposal)
          if (!(p !== undefined && date >= p.date)) return undefined
          out.proposal = p.id
          if (e.terms !== undefined && (out.terms = this.terms(p, e.terms)) === undefined) return undefined
        } else if (e.terms !== undefined) return undefined
        if (e.expires !== undefined) {
          const expires = this.date(e.expires)
          if (expires === undefined || expires < date) return undefined
          out.expires = expires
        }
        break
      }
      case 'violation-alleged': {
        if (
          this.party(e.by) === undefined ||
          this.party(e.against) === undefined ||
          typeof e.claim !== 'string'
        )
          return undefined
        out = {
          id,
          date,
          sources,
          kind: 'violation-alleged',
          by: this.canonical(e.by),
          against: this.canonical(e.against),
          claim: e.claim,
        }
        if (e.proposal !== undefined) {
          const p = this.proposal(e.proposal)
          if (!(p !== undefined && date >= p.date)) return undefined
          out.proposal = p.id
          if (e.terms !== undefined && (out.terms = this.terms(p, e.terms)) === undefined) return undefined
        } else if (e.terms !== undefined) return undefined
        if (e.reply !== undefined) out.reply = e.reply
        break
      }
      case 'term-expired': {
        const p = this.proposal(e.proposal)
        if (!(p !== undefined && date >= p.date)) return undefined
        out = { id, date, sources, kind: 'term-expired', proposal: p.id }
        if (e.terms !== undefined && (out.terms = this.terms(p, e.terms)) === undefined) return undefined
        break
      }
      case 'proposal-tabled': {
        const p = this.proposal(e.proposal)
        const by = this.parties_(e.by)
        if (!(p !== undefined && date >= p.date) || by === undefined) return undefined
        out = { id, date, sources, kind: 'proposal-tabled', proposal: p.id, by }
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

  /**
   * Calls `sink` for every mark of a normalised event. Responses mark their party on their terms (all terms when
   * none are listed); agreements mark their parties `accepted`, and every party `expired` on their `expires` date;
   * violation allegations mark the accused party; term expiries mark every party; later tablings mark the tabling
   * parties `proposed`. Agreements and allegations without a proposal, meetings, statements and stated positions
   * mark nothing.
   */
  marks(e: Event, sink: Sink): void {
    switch (e.kind) {
      case 'proposal-tabled': {
        const p = this.proposal(e.proposal) as ProposalInfo
        this.eachParty(e.by, (party) =>
          this.eachTerm(p, undefined, (t) => sink(party, p, t, e.date, 'proposed')),
        )
        return
      }
      case 'response': {
        const p = this.proposal(e.proposal) as ProposalInfo
        const party = this.party(e.party) as number
        if (e.terms?.length === 1)
          sink(party, p, p.termIndex.get(e.terms[0] as IssueId) as number, e.date, e.stance)
        else this.eachTerm(p, e.terms, (t) => sink(party, p, t, e.date, e.stance))
        return
      }
      case 'agreement': {
        const p = this.proposal(e.proposal)
        if (p === undefined) return
        this.eachParty(e.parties, (party) =>
          this.eachTerm(p, e.terms, (t) => sink(party, p, t, e.date, 'agreed')),
        )
        const expires = e.expires
        if (expires !== undefined)
          for (let party = 0; party < this.parties.length; party++)
            this.eachTerm(p, e.terms, (t) => sink(party, p, t, expires, 'expired'))
        return
      }
      case 'violation-alleged': {
        const p = this.proposal(e.proposal)
        if (p === undefined) return
        const party = this.party(e.against) as number
        this.eachTerm(p, e.terms, (t) => sink(party, p, t, e.date, 'violated'))
        return
      }
      case 'term-expired': {
        const p = this.proposal(e.proposal) as ProposalInfo
        for (let party = 0; party < this.parties.length; party++)
          this.eachTerm(p, e.terms, (t) => sink(party, p, t, e.date, 'expired'))
        return
      }
      default:
        return
    }
  }

  /** Calls `sink` for the marks the proposals carry by themselves: each tabling party `proposed` on every term. */
  tablings(sink: Sink): void {
    for (const p of this.proposals)
      for (const party of p.tabledBy) for (const t of p.all) sink(party, p, t, p.date, 'proposed')
  }

  /** Calls `f` with the index of each distinct party of the list. */
  private eachParty(parties: ReadonlyArray<PartyId>, f: (party: number) => void): void {
    parties.forEach((x, i) => {
      if (parties.indexOf(x) === i) f(this.partyIndex.get(x) as number)
    })
  }

  /** Calls `f` with the index of each distinct term of the list (every term of the proposal when none). */
  private eachTerm(
    p: ProposalInfo,
    terms: ReadonlyArray<IssueId> | undefined,
    f: (term: number) => void,
  ): void {
    if (terms === undefined) for (let t = 0; t < p.terms.length; t++) f(t)
    else
      terms.forEach((x, i) => {
        if (terms.indexOf(x) === i) f(p.termIndex.get(x) as number)
      })
  }
}

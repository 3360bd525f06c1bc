/**
 * The bulk builder behind `fromNegotiation`, `empty` and `ingest`. Events are checked and normalised as they come,
 * by the same intake as `append`, which hands over their marks as numbers on the way (no second look-up); the
 * marks go into a buffer of chunks (buffer.ts), with no allocation per mark or per timeline. At the end each
 * timeline is put in order, resolved on numbers and laid out once, exactly sized and frozen (layout.ts), and the
 * event table is filed by bucket and sorted by id, which is also where duplicate ids are found. No immer draft and
 * no `Either` per event: the errors of refused events are put together, in the order the events came, only when
 * there are some. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { Event } from '../model/event'
import type { IssueId, PartyId } from '../model/ids'
import { MarkBuffer } from './buffer'
import { checkContext, checker, explain, lookups, type Checker } from './check'
import { Intake, type ProposalInfo, type Sink } from './intake'
import { layout } from './layout'
import { put } from '../internal/record'
import type { Ledger, LedgerContext, LedgerError, Timeline } from './model'
import { bucketOf, BUCKETS } from './table'

type Mutable<A> = { -readonly [K in keyof A]: A[K] }

/** An event the intake refused: its errors (as if no id were taken yet), and how many events were taken before it. */
interface Refused {
  readonly event: Event
  readonly before: number
  readonly errors: ReadonlyArray<LedgerError>
}

/** The events' ids are never taken while they come in: duplicates are found once all are in (see `table`). */
const never = (): boolean => false
/** Bound once for the hot path (see intake.ts). */
const bucketOfId = bucketOf
const always = (): boolean => true

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** Accumulates events into a ledger; `finish` lays out, resolves and freezes. */
export class Builder {
  private readonly intake: Intake
  private readonly check: Checker
  private readonly contextErrors: ReadonlyArray<LedgerError>
  /** The marks, by timeline key (party × all terms + the term's place among all terms). */
  private readonly buffer: MarkBuffer
  /** The events taken, in the order given (an event's number is its index). */
  private readonly order: Event[] = []
  private readonly refused: Refused[] = []
  /** The bucket of each event taken (see table.ts), worked out while its id is at hand. */
  private buckets = new Uint16Array(1024)
  /** Whether the ids of the events taken so far increase strictly, in the order given. */
  private increasing = true
  /** Receives the marks of the events taken. */
  private readonly sink: Sink

  constructor(private readonly ctx: LedgerContext) {
    this.intake = new Intake(ctx)
    const look = lookups(ctx)
    this.check = checker(ctx, look)
    const total = this.intake.totalTerms
    const buffer = (this.buffer = new MarkBuffer(this.intake.parties.length * total))
    this.sink = (party, proposal, term, day, mark, event, signature) =>
      buffer.push(party * total + proposal.offset + term, day, signature, event, mark)
    this.contextErrors = checkContext(ctx, look)
    if (this.contextErrors.length === 0) this.intake.tablings(this.sink)
  }

  /** How many events were given so far. */
  get size(): number {
    return this.order.length + this.refused.length
  }

  add(e: Event): void {
    // once the build has failed, events are still checked (and their ids kept, for duplicates), not indexed
    const failed = this.refused.length > 0 || this.contextErrors.length > 0
    const seq = this.order.length
    const n = this.intake.take(e, never, failed ? undefined : this.sink)
    if (n === undefined) {
      this.refused.push({ event: e, before: seq, errors: explain(this.check, e, never) })
      return
    }
    const id = n.id
    if (seq > 0 && this.increasing) this.increasing = (this.order[seq - 1] as Event).id < id
    if (seq === this.buckets.length) {
      const more = new Uint16Array(2 * seq)
      more.set(this.buckets)
      this.buckets = more
    }
    this.buckets[seq] = bucketOfId(id)
    this.order.push(n)
  }

  /**
   * The event table: the events filed by bucket (a counting sort on the buckets of their ids), each bucket sorted
   * by id, stably, so that the first of equal ids is the one given first; and the later ones, which are
   * duplicates. Events given in increasing id order (as feeds usually are) need no sorting at all.
   */
  private table(): { readonly events: Record<string, ReadonlyArray<Event>>; readonly duplicates: number[] } {
    const { order } = this
    const n = order.length
    const idOf = (i: number): string => (order[i] as Event).id
    const { increasing, buckets: bucket } = this
    const start = new Int32Array(BUCKETS + 1)
    for (let i = 0; i < n; i++) {
      const b = bucket[i] as number
      start[b + 1] = (start[b + 1] as number) + 1
    }
    for (let b = 0; b < BUCKETS; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number)
    const next = start.slice(0, BUCKETS)
    const filed = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const b = bucket[i] as number
      filed[next[b] as number] = i
      next[b] = (next[b] as number) + 1
    }
    const events: Record<string, ReadonlyArray<Event>> = {}
    const duplicates: number[] = []
    const byId = (x: number, y: number): number => {
      const a = idOf(x)
      const b = idOf(y)
      return a < b ? -1 : a > b ? 1 : 0
    }
    for (let b = 0; b < BUCKETS; b++) {
      const from = start[b] as number
      const size = (start[b + 1] as number) - from
      if (size === 0) continue
      let seqs: ArrayLike<number> = filed.subarray(from, from + size)
      let sorted = increasing
      if (!sorted) {
        sorted = true
        for (let k = 1; k < size && sorted; k++) sorted = byId(seqs[k - 1] as number, seqs[k] as number) < 0
      }
      if (!sorted) {
        const s = Array.from(seqs).sort(byId)
        for (let k = 1; k < size; k++)
          if (idOf(s[k] as number) === idOf(s[k - 1] as number)) duplicates.push(s[k] as number)
        seqs = s
      }
      const out = new Array<Event>(size)
      for (let k = 0; k < size; k++) out[k] = order[seqs[k] as number] as Event
      events[b] = Object.freeze(out)
    }
    return { events, duplicates: duplicates.sort((x, y) => x - y) }
  }

  /**
   * Every problem, as `appendAll` on an empty ledger reports them: the context's, then each refused event's and
   * each duplicate's, in the order the events came (an event refused after one with its id also names the
   * duplicate).
   */
  private errors(duplicates: ReadonlyArray<number>): LedgerError[] {
    const out = [...this.contextErrors]
    if (this.refused.length === 0 && duplicates.length === 0) return out
    // the first number of each id, for the refused events that came after it
    const first = new Map<string, number>()
    if (this.refused.length > 0)
      for (let i = this.order.length - 1; i >= 0; i--) first.set((this.order[i] as Event).id, i)
    let d = 0
    const flush = (before: number): void => {
      for (; d < duplicates.length && (duplicates[d] as number) < before; d++)
        out.push(...explain(this.check, this.order[duplicates[d] as number] as Event, always))
    }
    for (const r of this.refused) {
      flush(r.before)
      const id: unknown = typeof r.event === 'object' && r.event !== null ? r.event.id : undefined
      const taken = typeof id === 'string' && (first.get(id) ?? Infinity) < r.before
      out.push(...(taken ? explain(this.check, r.event, always) : r.errors))
    }
    flush(Infinity)
    return out
  }

  /** The ledger, or every problem found. */
  finish(): E.Either<ReadonlyArray<LedgerError>, Ledger> {
    const { events, duplicates } = this.table()
    const errors = this.errors(duplicates)
    if (errors.length > 0) return E.left(Object.freeze(errors))
    const { parties, proposals, totalTerms } = this.intake
    const owner: ProposalInfo[] = []
    for (const p of proposals) for (let t = 0; t < p.terms.length; t++) owner.push(p)
    const lay = layout()
    const timelines: Record<string, Record<string, Record<string, Timeline>>> = {}
    let byProposal: Record<string, Record<string, Timeline>> = {}
    let byTerm: Record<string, Timeline> = {}
    let lastParty = ''
    let lastProposal = ''
    // timelines come in key order: by party, then proposal, then term, as in the context
    this.buffer.forEachTimeline((key, codes, seqs, ids, from, n) => {
      const party = parties[Math.floor(key / totalTerms)] as PartyId
      const p = owner[key % totalTerms] as ProposalInfo
      if (party !== lastParty) {
        put(timelines, party, (byProposal = {}))
        lastParty = party
        lastProposal = ''
      }
      if (p.id !== lastProposal) {
        put(byProposal, p.id, (byTerm = {}))
        lastProposal = p.id
      }
      put(byTerm, p.terms[(key % totalTerms) - p.offset] as IssueId, lay(codes, seqs, ids, from, n))
    })
    for (const party of Object.keys(timelines)) {
      const byP = timelines[party] as Record<string, Record<string, Timeline>>
      for (const proposal of Object.keys(byP)) Object.freeze(byP[proposal])
      Object.freeze(byP)
    }
    const ledger: Mutable<Ledger> = {
      _tag: 'Ledger',
      parties: this.ctx.parties,
      proposals: this.ctx.proposals,
      events: Object.freeze(events),
      timelines: Object.freeze(timelines),
    }
    return E.right(Object.freeze(ledger))
  }
}

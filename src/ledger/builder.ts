/**
 * The bulk builder behind `fromNegotiation`, `empty` and `ingest`. Events are checked and normalised as they come;
 * their marks go into a flat buffer of typed arrays (cell, day, event, mark), with no per-timeline allocation. At
 * the end the buffer is grouped by timeline (a counting sort), each timeline is sorted, laid out exactly sized,
 * resolved and frozen, and the event buckets are sorted by id (which is also where duplicate ids are found).
 * Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { Event } from '../model/event'
import type { EventId, IssueId, PartyId } from '../model/ids'
import { checkContext, checker, explain, ledgerError, lookups, type Checker } from './check'
import { Intake, type ProposalInfo, type Sink } from './intake'
import type { Ledger, LedgerContext, LedgerError, Mark, Timeline } from './model'
import { precedence } from './marks'
import { dayNumber, resolve, type Columns } from './resolve'
import { signatures } from './status'
import { bucketOf, byId, positionIn } from './table'

type Mutable<A> = { -readonly [K in keyof A]: A[K] }

const MARKS: ReadonlyArray<Mark> = [
  'proposed',
  'agreed',
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
  'violated',
  'expired',
]
const CODES: ReadonlyMap<Mark, number> = new Map(MARKS.map((m, i) => [m, i]))
const PRECEDENCE: ReadonlyArray<number> = MARKS.map(precedence)

/** The largest context (parties × terms) whose timelines are numbered through a flat table. */
const DENSE = 1 << 24

/** A growable buffer of marks, one typed-array column per field. */
class Marks {
  length = 0
  cell = new Int32Array(1 << 16)
  date = new Int32Array(1 << 16)
  event = new Int32Array(1 << 16)
  mark = new Uint8Array(1 << 16)

  push(cell: number, date: number, event: number, mark: number): void {
    if (this.length === this.cell.length) this.grow()
    const i = this.length++
    this.cell[i] = cell
    this.date[i] = date
    this.event[i] = event
    this.mark[i] = mark
  }

  private grow(): void {
    const n = this.cell.length * 2
    const copy = <A extends Int32Array | Uint8Array>(a: A, b: A): A => (b.set(a), b)
    this.cell = copy(this.cell, new Int32Array(n))
    this.date = copy(this.date, new Int32Array(n))
    this.event = copy(this.event, new Int32Array(n))
    this.mark = copy(this.mark, new Uint8Array(n))
  }
}

/** Accumulates events into a ledger; `finish` lays out, resolves and freezes. */
export class Builder {
  private readonly intake: Intake
  private readonly check: Checker
  private readonly buffer = new Marks()
  /** Timelines by key (party × terms + term), numbered in order of first mark. */
  private readonly cellKeys: number[] = []
  private readonly dateNumbers = new Map<string, number>()
  private readonly dates: IsoDate[] = []
  private readonly order: Event[] = []
  /** The ids of `order`, read often in `finish` (one array of strings reads faster than events of many shapes). */
  private readonly ids: EventId[] = []
  private readonly buckets: Event[][] = []
  private readonly errors: LedgerError[] = []
  private readonly sink: Sink

  constructor(private readonly ctx: LedgerContext) {
    this.intake = new Intake(ctx)
    const look = lookups(ctx)
    this.check = checker(ctx, look)
    const total = this.intake.totalTerms
    // timeline numbers by key: a flat table when the context is small enough, a map otherwise
    const cells = this.intake.parties.length * total
    const dense = cells <= DENSE ? new Int32Array(cells).fill(-1) : undefined
    const sparse = new Map<number, number>()
    let lastDate = ''
    let lastDay = -1
    this.sink = (party, proposal, term, date, mark) => {
      const key = party * total + proposal.offset + term
      let cell = dense === undefined ? (sparse.get(key) ?? -1) : (dense[key] ?? -1)
      if (cell < 0) {
        cell = this.cellKeys.length
        if (dense === undefined) sparse.set(key, cell)
        else dense[key] = cell
        this.cellKeys.push(key)
      }
      if (date !== lastDate) {
        let d = this.dateNumbers.get(date)
        if (d === undefined) {
          d = this.dates.length
          this.dateNumbers.set(date, d)
          this.dates.push(date)
        }
        lastDate = date
        lastDay = d
      }
      this.buffer.push(cell, lastDay, this.order.length - 1, CODES.get(mark) as number)
    }
    this.errors.push(...checkContext(ctx, look))
    if (this.errors.length === 0) this.intake.tablings(this.sink)
  }

  /** Duplicate ids are found once all events are in (see `table`). */
  private readonly isTaken = (): boolean => false

  add(e: Event): void {
    const n = this.intake.take(e, this.isTaken)
    if (n === undefined) {
      this.errors.push(...explain(this.check, e, this.isTaken))
      return
    }
    ;(this.buckets[bucketOf(n.id)] ??= []).push(n)
    if (this.errors.length > 0) return
    this.order.push(n)
    this.ids.push(n.id)
    this.intake.marks(n, this.sink)
  }

  /** Sorts the buckets by id; reports the second and later events with an id already used. */
  private table(): Record<string, ReadonlyArray<Event>> {
    const table: Record<string, ReadonlyArray<Event>> = {}
    this.buckets.forEach((bucket, b) => {
      bucket.sort(byId)
      for (let i = 1; i < bucket.length; i++) {
        const e = bucket[i] as Event
        if (e.id === (bucket[i - 1] as Event).id)
          this.errors.push(
            ledgerError(
              'duplicate-event',
              e.id,
              'id',
              `event \`${e.id}\` (${e.kind}): another event has this id.`,
              'Give each event its own id, or leave out the copy.',
            ),
          )
      }
      table[b] = Object.freeze(bucket)
    })
    return table
  }

  /** The ledger, or every problem found. */
  finish(): E.Either<ReadonlyArray<LedgerError>, Ledger> {
    const events = this.table()
    if (this.errors.length > 0) return E.left(Object.freeze(this.errors))
    const lookup = (id: EventId): Event | undefined => {
      const bucket = events[bucketOf(id)] as ReadonlyArray<Event>
      return bucket[positionIn(bucket, id)]
    }
    const { cell, date, event, mark, length } = this.buffer
    const cells = this.cellKeys.length
    // group the marks by timeline (counting sort, stable)
    const start = new Int32Array(cells + 1)
    for (let i = 0; i < length; i++) {
      const k = (cell[i] ?? 0) + 1
      start[k] = (start[k] ?? 0) + 1
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0)
    const next = start.slice(0, cells)
    const grouped = new Int32Array(length)
    for (let i = 0; i < length; i++) {
      const c = cell[i] ?? 0
      const at = next[c] ?? 0
      grouped[at] = i
      next[c] = at + 1
    }
    // within a timeline: by day, then precedence (a numeric key), then event id (the proposal's own tabling first)
    const days = this.dates.map(dayNumber)
    const key = new Float64Array(length)
    for (let i = 0; i < length; i++) key[i] = (days[date[i] ?? 0] ?? 0) * 8 + (PRECEDENCE[mark[i] ?? 0] ?? 0)
    const idOf = (i: number): string => {
      const seq = event[i] ?? -1
      return seq < 0 ? '' : (this.ids[seq] as EventId)
    }
    const order = (a: number, b: number): number => {
      const k = (key[a] ?? 0) - (key[b] ?? 0)
      if (k !== 0) return k
      const x = idOf(a)
      const y = idOf(b)
      return x < y ? -1 : x > y ? 1 : 0
    }
    const { parties, proposals, totalTerms } = this.intake
    const owner: ProposalInfo[] = []
    for (const p of proposals) for (let t = 0; t < p.terms.length; t++) owner.push(p)
    const timelines: Record<string, Record<string, Record<string, Timeline>>> = {}
    const byKey = Array.from({ length: cells }, (_, c) => c).sort(
      (a, b) => (this.cellKeys[a] as number) - (this.cellKeys[b] as number),
    )
    for (const c of byKey) {
      const from = start[c] ?? 0
      const n = (start[c + 1] ?? 0) - from
      const slice = grouped.subarray(from, from + n)
      for (let k = 1; k < n; k++)
        if (order(slice[k - 1] ?? 0, slice[k] ?? 0) > 0) {
          slice.sort(order)
          break
        }
      // exactly sized (an array grown by push keeps spare room)
      const columns: Columns = {
        dates: new Array<IsoDate>(n),
        events: new Array<EventId | null>(n),
        marks: new Array<Mark>(n),
        starts: new Array<number>(n).fill(-1),
      }
      for (let k = 0; k < n; k++) {
        const i = slice[k] ?? 0
        const seq = event[i] ?? -1
        columns.dates[k] = this.dates[date[i] ?? 0] as IsoDate
        columns.events[k] = seq < 0 ? null : (this.ids[seq] as EventId)
        columns.marks[k] = MARKS[mark[i] ?? 0] as Mark
      }
      resolve(columns, 0, signatures(columns, lookup))
      const cellKey = this.cellKeys[c] as number
      const party = parties[Math.floor(cellKey / totalTerms)] as PartyId
      const p = owner[cellKey % totalTerms] as ProposalInfo
      const byProposal = (timelines[party] ??= {})
      ;(byProposal[p.id] ??= {})[p.terms[(cellKey % totalTerms) - p.offset] as IssueId] = Object.freeze({
        dates: Object.freeze(columns.dates),
        events: Object.freeze(columns.events),
        marks: Object.freeze(columns.marks),
        starts: Object.freeze(columns.starts),
      })
    }
    for (const byProposal of Object.values(timelines)) {
      for (const byTerm of Object.values(byProposal)) Object.freeze(byTerm)
      Object.freeze(byProposal)
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

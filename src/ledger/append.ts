/**
 * Extending a ledger one event (or one batch) at a time, through a private immer instance: the old ledger is left
 * as it was and shares everything untouched with the new one, and the immer patches (and their RFC 6902 form) say
 * exactly what changed, so a tool built on top can sync, audit or undo.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { enablePatches, Immer, type Draft, type Patch } from 'immer'
import { isPlainObject } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { dual } from '../internal/function'
import type { Event } from '../model/event'
import { preview } from '../model/errors'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import { checkEvents, checker, explain, ledgerError, lookups } from './check'
import { Intake, type Sink } from './intake'
import { codeOf } from './marks'
import type { Ledger, LedgerError, Timeline } from './model'
import { child, own, put } from '../internal/record'
import { insert, type Columns } from './resolve'
import { signatures, timelineOf } from './status'
import { bucketOf, eventOf, holds, positionIn } from './table'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The result of an append: the new ledger, the immer patches that turn the old ledger into it, and the inverse
 * patches that turn it back.
 *
 * @category model
 * @since 0.1.0
 */
export interface Appended {
  readonly ledger: Ledger
  readonly patches: ReadonlyArray<Patch>
  readonly inversePatches: ReadonlyArray<Patch>
}

/**
 * One RFC 6902 JSON Patch operation, with its path as a JSON Pointer (`/events/417/e12`).
 *
 * @category model
 * @since 0.1.0
 */
export interface JsonPatchOperation {
  readonly op: 'add' | 'remove' | 'replace'
  readonly path: string
  readonly value?: unknown
}

const immer = new Immer({ autoFreeze: true })

const NO_PATCHES: ReadonlyArray<Patch> = Object.freeze([])

/** The timelines of a draft ledger, by party, proposal and term. */
type Timelines = Record<string, Record<string, Record<string, Draft<Timeline>>>>

interface Update {
  readonly party: PartyId
  readonly proposal: ProposalId
  readonly term: IssueId
  readonly added: Columns
}

const appendMany = (
  ledger: Ledger,
  events: Iterable<Event>,
): E.Either<ReadonlyArray<LedgerError>, Appended> => {
  enablePatches()
  const intake = new Intake(ledger)
  const check = checker(ledger, lookups(ledger))
  const batch = new Map<EventId, Event>()
  const errors: LedgerError[] = []
  const updates = new Map<string, Update>()
  const isTaken = (id: EventId): boolean => holds(ledger, id) || batch.has(id)
  const sink: Sink = (partyIndex, p, term, day, mark, event) => {
    const party = intake.parties[partyIndex] as PartyId
    const key = `${party}\n${p.id}\n${p.terms[term] as IssueId}`
    let u = updates.get(key)
    if (u === undefined) {
      u = {
        party,
        proposal: p.id,
        term: p.terms[term] as IssueId,
        added: { codes: [], events: [] },
      }
      updates.set(key, u)
    }
    u.added.codes.push(codeOf(day, mark, false))
    u.added.events.push(event)
  }
  for (const e of events) {
    const n = intake.take(e, isTaken, sink)
    if (n === undefined) {
      errors.push(...explain(check, e, isTaken))
      continue
    }
    batch.set(n.id, n)
  }
  if (errors.length > 0) return E.left(Object.freeze(errors))
  if (batch.size === 0)
    return E.right(Object.freeze({ ledger, patches: NO_PATCHES, inversePatches: NO_PATCHES }))
  const lookup = (id: EventId): Event | undefined => batch.get(id) ?? eventOf(ledger, id)
  const merged = [...updates.values()].map((u) => {
    const base: Timeline | undefined = timelineOf(ledger, u)
    return { ...u, base, ...insert(base, u.added, (c) => signatures(c, lookup)) }
  })
  const [next, patches, inversePatches] = immer.produceWithPatches(ledger, (draft) => {
    for (const e of batch.values()) {
      const bucket = (draft.events[bucketOf(e.id)] ??= [])
      bucket.splice(positionIn(bucket, e.id), 0, e as Draft<Event>)
    }
    for (const m of merged) {
      // own properties only: a party, proposal or term id such as `toString` is no key of a record by inheritance
      const byTerm = child(child(draft.timelines as Timelines, m.party), m.proposal)
      const t = own(byTerm, m.term)
      if (m.base === undefined || t === undefined) {
        put(byTerm, m.term, m.columns as Draft<Timeline>)
        continue
      }
      const write = <A>(to: A[], from: ReadonlyArray<A>): void => {
        for (let i = m.from; i < from.length; i++) if (to[i] !== from[i]) to[i] = from[i] as A
      }
      write(t.codes, m.columns.codes)
      write(t.events, m.columns.events)
    }
  })
  return E.right(deepFreeze({ ledger: next, patches, inversePatches }))
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Adds one event to the ledger, wherever its date falls. A bad event (unknown party, proposal or term, a date before
 * its proposal was tabled, an id the ledger already holds) gives errors and no new ledger; the old ledger is never
 * changed either way.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation, Event } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const context = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.empty(context))
 * const yes = { id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] } as Event
 * const r = Ledger.append(ledger, yes)
 * assert.ok(E.isRight(r) && Ledger.agreedAt(r.right.ledger, '2025-03-13').length === 1)
 * assert.ok(E.isRight(r) && r.right.patches.length > 0)
 * assert.ok(E.isLeft(Ledger.append(yes)(E.getOrElseW(() => assert.fail())(r).ledger)))
 */
export const append: {
  (event: Event): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, Appended>
  (ledger: Ledger, event: Event): E.Either<ReadonlyArray<LedgerError>, Appended>
} = dual(2, (ledger: Ledger, event: Event) => appendMany(ledger, [event]))

/**
 * Adds a batch of events in one step (one immer draft for the whole batch); all or nothing: any bad event gives
 * the errors of every bad event and leaves the ledger as it was. Events that are not a list (or another iterable)
 * give a `missing-field` error.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation, Event } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const context = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.empty(context))
 * const events = [
 *   { id: 'e2', kind: 'response', date: '2025-03-20', party: 'B', proposal: 'p', stance: 'withdrawn', sources: ['s3'] },
 *   { id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] },
 * ] as Event[]
 * const r = E.getOrElseW(() => assert.fail())(Ledger.appendAll(ledger, events))
 * assert.strictEqual(Ledger.brokenCommitments(r.ledger).length, 1)
 */
export const appendAll: {
  (events: Iterable<Event>): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, Appended>
  (ledger: Ledger, events: Iterable<Event>): E.Either<ReadonlyArray<LedgerError>, Appended>
} = dual(2, (ledger: Ledger, events: Iterable<Event>) => {
  const bad = checkEvents(events, false)
  return bad === undefined ? appendMany(ledger, events) : E.left(Object.freeze(bad))
})

/**
 * Applies immer patches (from an append, or its inverse patches to undo it) to a ledger. Patches that are not immer
 * patches (an operation other than `add`, `replace` or `remove`, or a path that is not a list of keys: JSON Patch
 * operations from `toJsonPatch` among them), or that do not apply to the ledger (a path that leads nowhere), are a
 * `bad-patch` error, and the ledger is left as it was. Patches are meant for the ledger they were made on: applied to
 * another one, they may apply and still give a ledger that no events would give.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation, Event } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const context = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.empty(context))
 * const yes = { id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] } as Event
 * const r = E.getOrElseW(() => assert.fail())(Ledger.append(ledger, yes))
 * assert.deepStrictEqual(Ledger.applyPatches(ledger, r.patches), E.right(r.ledger))
 * assert.deepStrictEqual(Ledger.applyPatches(r.ledger, r.inversePatches), E.right(ledger))
 * const bad = Ledger.applyPatches(ledger, [{ op: 'remove', path: ['timelines', 'C', 'p'] }])
 * assert.ok(E.isLeft(bad) && bad.left[0]?._tag === 'bad-patch')
 */
export const applyPatches: {
  (patches: ReadonlyArray<Patch>): (ledger: Ledger) => E.Either<ReadonlyArray<LedgerError>, Ledger>
  (ledger: Ledger, patches: ReadonlyArray<Patch>): E.Either<ReadonlyArray<LedgerError>, Ledger>
} = dual(2, (ledger: Ledger, patches: ReadonlyArray<Patch>): E.Either<ReadonlyArray<LedgerError>, Ledger> => {
  const refuse = (why: string): E.Either<ReadonlyArray<LedgerError>, Ledger> =>
    E.left(
      Object.freeze([
        ledgerError(
          'bad-patch',
          undefined,
          'patches',
          why,
          'Give the `patches` of an append to the ledger it was made on, or its `inversePatches` to the ledger it made.',
        ),
      ]),
    )
  if (!Array.isArray(patches))
    return refuse(`the patches are ${preview(patches)}, not a list of immer patches.`)
  for (let i = 0; i < patches.length; i++) {
    const p: unknown = patches[i]
    const op = isPlainObject(p) ? p['op'] : undefined
    const path = isPlainObject(p) ? p['path'] : undefined
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      return refuse(`patch ${String(i)} is ${preview(p)}: its op is not add, replace or remove.`)
    if (!Array.isArray(path) || !path.every((k) => typeof k === 'string' || typeof k === 'number'))
      return refuse(
        `patch ${String(i)} has the path ${preview(path)}, not a list of keys (a JSON Patch path such as /events/0 is written ['events', 0]).`,
      )
  }
  enablePatches()
  try {
    return E.right(immer.applyPatches(ledger, patches))
  } catch (e) {
    return refuse(`the patches do not apply to this ledger (${e instanceof Error ? e.message : String(e)}).`)
  }
})

/**
 * Writes immer patches as RFC 6902 JSON Patch operations, paths as JSON Pointers (`~` written `~0`, `/` written
 * `~1`), for tools that speak JSON Patch.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger } from 'negotiation-positions'
 * assert.deepStrictEqual(
 *   Ledger.toJsonPatch([{ op: 'add', path: ['events', 417, 'e/1'], value: 1 }, { op: 'remove', path: ['x'] }]),
 *   [{ op: 'add', path: '/events/417/e~11', value: 1 }, { op: 'remove', path: '/x' }],
 * )
 */
export const toJsonPatch = (patches: ReadonlyArray<Patch>): ReadonlyArray<JsonPatchOperation> =>
  deepFreeze(
    patches.map((p) => {
      const path = p.path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
      return p.op === 'remove' ? { op: p.op, path } : { op: p.op, path, value: p.value as unknown }
    }),
  )

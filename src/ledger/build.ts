/**
 * Building a ledger in bulk: from a negotiation, from a context alone, or from a stream of events. The indexes are
 * built directly (marks buffered in typed arrays, then each timeline put in order, resolved and laid out once) and
 * frozen once; no immer draft is made per event. The ledger is the one that appending the events one at a time
 * would give, and so are the errors.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { isPlainObject } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import type { Event } from '../model/event'
import type { Negotiation } from '../model/negotiation'
import { Builder } from './builder'
import { checkEvents, checkShape, ledgerError } from './check'
import { copy } from './plain'
import type { Ledger, LedgerContext, LedgerError } from './model'

/**
 * True when `u` is plain data (plain objects, arrays, primitives) frozen all the way down (64 levels at most): it
 * cannot change, so the ledger can hold it as it is rather than a copy.
 */
const isFrozenData = (u: unknown, depth: number): boolean => {
  if (typeof u !== 'object' || u === null) return typeof u !== 'function'
  const proto: unknown = Object.getPrototypeOf(u)
  if (depth > 64 || !Object.isFrozen(u) || (proto !== Object.prototype && proto !== Array.prototype))
    return false
  for (const k of Object.keys(u))
    if (!isFrozenData((u as Record<string, unknown>)[k], depth + 1)) return false
  return true
}

/**
 * Where something that is not data (a function, a symbol) sits in `u`, as a path from `at`, with what it is (64
 * levels at most), if anywhere.
 */
const notData = (
  u: unknown,
  at: string,
  depth: number,
): { readonly at: string; readonly kind: string } | undefined => {
  if (typeof u === 'function' || typeof u === 'symbol') return { at, kind: typeof u }
  if (typeof u !== 'object' || u === null || depth >= 64) return undefined
  for (const k of Object.keys(u)) {
    const found = notData((u as Record<string, unknown>)[k], `${at}.${k}`, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * The parties and proposals, as the ledger holds them: frozen copies (or the data itself, if already frozen). Plain
 * data is copied and frozen in one pass; anything else goes through `structuredClone`. What cannot be copied (a
 * function among a proposal's fields, say) is a `not-a-value` error naming where it is.
 */
const frozenContext = (ctx: LedgerContext): E.Either<ReadonlyArray<LedgerError>, LedgerContext> => {
  const errors: LedgerError[] = []
  const keep = <A>(a: A, field: 'parties' | 'proposals'): A | undefined => {
    if (isFrozenData(a, 0)) return a
    const copied = copy(a)
    if (copied === undefined) {
      const found = notData(a, field, 0)
      errors.push(
        ledgerError(
          'not-a-value',
          undefined,
          found?.at ?? field,
          found === undefined
            ? `\`${field}\` holds something that cannot be copied (structuredClone refuses it).`
            : `\`${found.at}\` is a ${found.kind}, not data.`,
          `Give the ${field} as plain data (objects, arrays, strings, numbers, booleans, null): the ledger keeps a frozen copy of them.`,
        ),
      )
    }
    return copied
  }
  const parties = keep(ctx.parties, 'parties')
  const proposals = keep(ctx.proposals, 'proposals')
  return parties === undefined || proposals === undefined
    ? E.left(Object.freeze(errors))
    : E.right(deepFreeze({ parties, proposals }))
}

/** Gives the event loop a turn. */
const turn = (): Promise<void> => new Promise<void>((r) => setImmediate(r))

const isThenable = (u: unknown): u is PromiseLike<Event | ReadonlyArray<Event>> =>
  (typeof u === 'object' || typeof u === 'function') &&
  u !== null &&
  typeof (u as { readonly then?: unknown }).then === 'function'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A ledger with no events yet: only what the proposals say by themselves (each tabling party has `proposed` each
 * term from the proposal's date). Fails when a proposal names an unknown tabling party or a bad date, when an id of
 * the context is one the loader refuses (`bad-id`: `__proto__`, say), or when the context built in code lacks its
 * `parties` or `proposals`, or a proposal its `terms`, `tabledBy` or `sources` (`missing-field`), or when the parties
 * or proposals hold something that is not data, which the ledger cannot keep a frozen copy of (a function, say:
 * `not-a-value`, naming where it is).
 *
 * @param context the parties and proposals (a whole `Negotiation` will do)
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const context = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.empty(context))
 * const status = Ledger.statusAt(ledger, 'A', 'p', 'truce', '2025-03-12')
 * assert.ok(E.isRight(status) && status.right.status === 'proposed')
 */
export const empty = (context: LedgerContext): E.Either<ReadonlyArray<LedgerError>, Ledger> => {
  const shape = checkShape(context)
  if (shape.length > 0) return E.left(shape)
  const ctx = frozenContext(context)
  return E.isLeft(ctx) ? ctx : new Builder(ctx.right).finish()
}

/**
 * The ledger of a negotiation: every event checked (unknown parties, proposals or terms, duplicate ids, responses
 * dated before their proposal was tabled are all reported at once, with the context's problems, as `empty` finds
 * them) and indexed. A negotiation built in code without its `events` (or its `parties` or `proposals`) gives a
 * `missing-field` error, not a throw: give `[]` (or `{}`) for none, as the loader does.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 *   events: [{ id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] }],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * assert.deepStrictEqual(Ledger.agreedAt(ledger, '2025-03-13').map((a) => a.term), ['truce'])
 */
export const fromNegotiation = (negotiation: Negotiation): E.Either<ReadonlyArray<LedgerError>, Ledger> => {
  const shape = checkShape(negotiation)
  const events =
    shape.length > 0 && !isPlainObject(negotiation)
      ? undefined
      : checkEvents(negotiation.events, false, 'the negotiation')
  if (shape.length > 0 || events !== undefined) return E.left(Object.freeze([...shape, ...(events ?? [])]))
  const ctx = frozenContext(negotiation)
  // a context that cannot be copied still has its events checked, so that every problem is reported at once
  const b = new Builder(E.isRight(ctx) ? ctx.right : negotiation)
  for (const e of negotiation.events) b.add(e)
  const built = b.finish()
  return E.isRight(ctx) ? built : E.left(Object.freeze([...ctx.left, ...(E.isLeft(built) ? built.left : [])]))
}

/**
 * Builds a ledger from a stream of events (an async or plain iterable of events, or of arrays of events), for
 * large feeds: events are checked and indexed as they arrive, the indexes sorted and frozen once at the end. A
 * plain iterable is read without waiting on each item, and arrays (a feed's pages) are taken whole, so yield
 * batches from an async source; the event loop gets a turn every `batchSize` events (default 65,536). All
 * problems are reported at once. A context `empty` would refuse for its shape (`missing-field`), or events that
 * are not an iterable, give their errors before the stream is read.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation, Event } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const context = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Truce', date: '2025-03-11', tabledBy: ['A'], terms: { truce: { value: true } }, sources: ['s1'] } },
 * } as unknown as Negotiation
 * async function* feed() {
 *   yield { id: 'e1', kind: 'response', date: '2025-03-13', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] } as Event
 * }
 * const r = await Ledger.ingest(context, feed())
 * assert.ok(E.isRight(r) && Ledger.agreedAt(r.right, '2025-03-13').length === 1)
 */
export const ingest = async (
  context: LedgerContext,
  events: AsyncIterable<Event | ReadonlyArray<Event>> | Iterable<Event | ReadonlyArray<Event>>,
  options?: { readonly batchSize?: number },
): Promise<E.Either<ReadonlyArray<LedgerError>, Ledger>> => {
  const batch = Math.max(1, options?.batchSize ?? 65_536)
  // the context and the stream are checked before the stream is read
  const shape = checkShape(context)
  const bad = checkEvents(events, true)
  if (shape.length > 0 || bad !== undefined) return E.left(Object.freeze([...shape, ...(bad ?? [])]))
  const ctx = frozenContext(context)
  if (E.isLeft(ctx)) return ctx
  const b = new Builder(ctx.right)
  let next = batch
  const take = (item: Event | ReadonlyArray<Event>): void => {
    if (Array.isArray(item)) for (let i = 0; i < item.length; i++) b.add(item[i] as Event)
    else b.add(item as Event)
  }
  if (Symbol.asyncIterator in events)
    for await (const item of events) {
      take(item)
      if (b.size >= next) {
        next = b.size + batch
        await turn()
      }
    }
  else
    // a plain iterable is read without an await per item (only a promise among its items is awaited)
    for (const item of events) {
      take(Array.isArray(item) || !isThenable(item) ? item : await item)
      if (b.size >= next) {
        next = b.size + batch
        await turn()
      }
    }
  return b.finish()
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument --
   the cases change a hand-built negotiation in ways its type does not allow */
/**
 * The ledger given a negotiation built in code, not loaded: ids the loader refuses, and collections or proposal
 * fields left out. Each case gives errors (never a throw), leaves its input as it was, and never writes onto
 * `Object.prototype`.
 */
import { either as E } from 'fp-ts'
import { afterEach, describe, expect, it } from 'vitest'
import type { Event, IsoDate, IssueId, Negotiation, PartyId, ProposalId } from '../../src'
import { Ledger } from '../../src'
import { base, deepFreeze } from '../hand-built'

/** The fixture's negotiation, changed in place by each case. */
type Doc = any

/** The fixture's negotiation with one change, deep-frozen. */
const withChange = (change: (n: Doc) => void): Negotiation => {
  const n: Doc = base()
  change(n)
  return deepFreeze(n) as Negotiation
}

/** An own, enumerable `__proto__` key, as `JSON.parse` makes one. */
const defineProto = (o: object, value: unknown): void => {
  Object.defineProperty(o, '__proto__', { value, enumerable: true, configurable: true, writable: true })
}

const proto = Object.prototype as unknown as Record<string, unknown>
afterEach(() => {
  for (const k of ['d1', 'd2', 'p', 'truce']) delete proto[k]
})

/** The errors of a Left (fails on a Right). */
const errorsOf = <A>(
  r: E.Either<ReadonlyArray<Ledger.LedgerError>, A>,
): ReadonlyArray<Ledger.LedgerError> => {
  if (E.isRight(r)) throw new Error('expected errors, got a ledger')
  return r.left
}

/** A negotiation changed by `change`, not frozen, and a deep copy of it to compare with afterwards. */
const changed = (change: (n: Doc) => void): { readonly n: Negotiation; readonly before: unknown } => {
  const n: Doc = base()
  change(n)
  return { n: n as Negotiation, before: structuredClone(n) }
}

const notPolluted = (): void => {
  for (const k of ['d1', 'd2', 'p', 'truce']) expect(Object.hasOwn(Object.prototype, k)).toBe(false)
  expect(({} as Record<string, unknown>).d1).toBeUndefined()
}

const PROTO_FIX = 'Choose another party id, and use it wherever this one is named.'

describe('a context with an id the loader refuses', () => {
  it('refuses a `__proto__` party with a bad-id error naming it, and writes nothing onto Object.prototype', () => {
    const { n, before } = changed((x) => defineProto(x.parties, { name: 'Proto', role: 'principal' }))
    expect(errorsOf(Ledger.fromNegotiation(n))).toEqual([
      {
        _tag: 'bad-id',
        field: 'parties',
        message: 'the party id `__proto__` is never accepted (it could reach the object prototype).',
        fix: PROTO_FIX,
      },
    ])
    expect(n).toEqual(before)
    notPolluted()
  })

  it('refuses it in Ledger.empty and Ledger.ingest too', async () => {
    const n = withChange((x) => defineProto(x.parties, { name: 'Proto', role: 'principal' }))
    const error = { _tag: 'bad-id', field: 'parties', fix: PROTO_FIX }
    expect(errorsOf(Ledger.empty(n))).toMatchObject([error])
    expect(errorsOf(await Ledger.ingest(n, n.events))).toMatchObject([error])
  })

  it('refuses a `__proto__` proposal and a `constructor` term, saying where each is', () => {
    const n = withChange((x) => {
      defineProto(x.proposals, { ...x.proposals.d1, terms: { ...x.proposals.d1.terms } })
      x.proposals.d1.terms.constructor = { value: true }
    })
    expect(errorsOf(Ledger.fromNegotiation(n))).toEqual([
      {
        _tag: 'bad-id',
        field: 'proposals.d1.terms',
        message:
          'proposal `d1`: the issue id `constructor` is never accepted (it could reach the object prototype).',
        fix: 'Choose another issue id, and use it wherever this one is named.',
      },
      {
        _tag: 'bad-id',
        field: 'proposals',
        message: 'the proposal id `__proto__` is never accepted (it could reach the object prototype).',
        fix: 'Choose another proposal id, and use it wherever this one is named.',
      },
    ])
  })

  it('refuses a party id that is not a valid id, with the rule for ids', () => {
    const n = withChange((x) => {
      x.parties['Mr X'] = { name: 'X', role: 'observer' }
    })
    expect(errorsOf(Ledger.fromNegotiation(n))).toEqual([
      {
        _tag: 'bad-id',
        field: 'parties',
        message: 'the party id `Mr X` is not a valid id.',
        fix: 'Use letters, digits and . _ : - (starting with a letter or digit), at most 100 characters, wherever this party is named.',
      },
    ])
  })

  it('reports the context’s bad ids along with the bad events', () => {
    const n = withChange((x) => {
      defineProto(x.parties, { name: 'Proto', role: 'principal' })
      x.events[0].party = 'Z'
    })
    expect(errorsOf(Ledger.fromNegotiation(n)).map((e) => e._tag)).toEqual(['bad-id', 'unknown-party'])
  })
})

describe('the queries on a ledger whose records hold prototype keys', () => {
  const ledger = (): Ledger.Ledger => {
    const r = Ledger.fromNegotiation(withChange(() => undefined))
    if (E.isLeft(r)) throw new Error(r.left[0]?.message)
    return r.right
  }

  it('stateAt keeps a `__proto__` party of a ledger made by hand as its own key, not on Object.prototype', () => {
    const l = ledger()
    const parties = { ...l.parties }
    defineProto(parties, { name: 'Proto', role: 'principal' })
    const handMade = deepFreeze({ ...l, parties }) as Ledger.Ledger
    const state = Ledger.stateAt(handMade, '2025-02-15' as IsoDate)
    notPolluted()
    expect(Object.hasOwn(state, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype)
    expect(state['__proto__']?.d1?.truce?.status).toBe('unknown')
    expect(state.M?.d1?.truce?.status).toBe('proposed')
  })

  it('agreedAt keeps a `__proto__` principal of a ledger made by hand among the statuses', () => {
    const l = ledger()
    const parties: Record<string, unknown> = {}
    defineProto(parties, { name: 'Proto', role: 'principal' })
    const handMade = deepFreeze({ ...l, parties }) as unknown as Ledger.Ledger
    expect(Ledger.agreedAt(handMade, '2025-02-15' as IsoDate)).toEqual([])
    const timelines: Record<string, unknown> = {}
    defineProto(timelines, l.timelines['M' as PartyId])
    const agreed = Ledger.agreedAt(
      deepFreeze({ ...handMade, timelines }) as Ledger.Ledger,
      '2025-02-15' as IsoDate,
    )
    notPolluted()
    expect(agreed.map((a) => [a.proposal, a.term])).toContainEqual(['d1', 'truce'])
    expect(Object.keys(agreed[0]?.statuses ?? {})).toEqual(['__proto__'])
  })

  // ids the loader accepts, which a plain object also finds on its prototype
  const inherited = (): Negotiation =>
    withChange((x) => {
      x.proposals.toString = { ...x.proposals.d1, tabledBy: ['B'], terms: { name: { value: true } } }
    })

  it('statusAt gives `unknown` on a term no event touched, even for a `toString` proposal and a `name` term', () => {
    const r = Ledger.fromNegotiation(inherited())
    if (E.isLeft(r)) throw new Error(r.left[0]?.message)
    const s = Ledger.statusAt(
      r.right,
      'A' as PartyId,
      'toString' as ProposalId,
      'name' as IssueId,
      '2025-03-01' as IsoDate,
    )
    expect(s).toEqual(E.right({ party: 'A', proposal: 'toString', term: 'name', status: 'unknown' }))
  })

  it('append adds a first mark on such a term as a timeline of its own', () => {
    const r = Ledger.fromNegotiation(inherited())
    if (E.isLeft(r)) throw new Error(r.left[0]?.message)
    const yes = {
      id: 'z1',
      kind: 'response',
      date: '2025-03-01',
      party: 'A',
      proposal: 'toString',
      stance: 'accepted',
      sources: ['s1'],
    } as unknown as Event
    const a = Ledger.append(r.right, yes)
    if (E.isLeft(a)) throw new Error(a.left[0]?.message)
    expect(Object.hasOwn(a.right.ledger.timelines['A' as PartyId] ?? {}, 'toString')).toBe(true)
    const s = Ledger.statusAt(
      a.right.ledger,
      'A' as PartyId,
      'toString' as ProposalId,
      'name' as IssueId,
      '2025-03-01' as IsoDate,
    )
    expect(E.isRight(s) && s.right.status).toBe('accepted')
    notPolluted()
  })
})

describe('a negotiation built in code without a collection the ledger reads', () => {
  const missing = (field: string, message: string, fix: string) => ({
    _tag: 'missing-field',
    field,
    message,
    fix,
  })
  const EVENTS_FIX =
    'Give the events as a list (`[]` when there are none; the loader fills that in for a document).'
  const PROPOSALS_FIX =
    'Add `proposals`, a record of the proposals by id (`{}` when there are none; the loader fills that in for a document).'
  const PARTIES_FIX =
    'Add `parties`, a record of the parties by id, e.g. `{ A: { name: "Alpha", role: "principal" } }`.'

  const cases: ReadonlyArray<readonly [string, (n: Doc) => void, ReadonlyArray<unknown>]> = [
    [
      'no `events`',
      (n) => delete n.events,
      [missing('events', 'the negotiation has no `events`.', EVENTS_FIX)],
    ],
    [
      '`events: null`',
      (n) => (n.events = null),
      [missing('events', '`events` is null, not a list of events.', EVENTS_FIX)],
    ],
    [
      'no `proposals`',
      (n) => delete n.proposals,
      [missing('proposals', 'the negotiation has no `proposals`.', PROPOSALS_FIX)],
    ],
    [
      '`proposals: null` and `parties: null`',
      (n) => {
        n.proposals = null
        n.parties = null
      },
      [
        missing('parties', '`parties` is null, not a record of parties by id.', PARTIES_FIX),
        missing('proposals', '`proposals` is null, not a record of proposals by id.', PROPOSALS_FIX),
      ],
    ],
    [
      'no `parties` and no `events`',
      (n) => {
        delete n.parties
        delete n.events
      },
      [
        missing('parties', 'the negotiation has no `parties`.', PARTIES_FIX),
        missing('events', 'the negotiation has no `events`.', EVENTS_FIX),
      ],
    ],
    [
      'a proposal without `terms`, `tabledBy` or `sources`',
      (n) => {
        n.proposals.d2.terms = undefined
        n.proposals.d2.tabledBy = undefined
        n.proposals.d2.sources = undefined
      },
      [
        missing(
          'proposals.d2.terms',
          'proposal `d2`: `terms` is missing, not a record of terms by issue id.',
          'Give its terms by issue id, e.g. `{ truce: { value: true } }`.',
        ),
        missing(
          'proposals.d2.tabledBy',
          'proposal `d2`: `tabledBy` is missing, not a list of party ids.',
          'List the parties that tabled it, e.g. `["A"]`.',
        ),
        missing(
          'proposals.d2.sources',
          'proposal `d2`: `sources` is missing, not a list of source ids.',
          'List the sources it comes from by id, e.g. `["s1"]`.',
        ),
      ],
    ],
    [
      'a proposal that is null',
      (n) => (n.proposals.d2 = null),
      [
        missing(
          'proposals.d2',
          'proposal `d2`: null is not a proposal.',
          'Give the proposal as an object with its `title`, `date`, `tabledBy`, `terms` and `sources`.',
        ),
      ],
    ],
  ]

  for (const [what, change, expected] of cases)
    it(`fromNegotiation names what is missing (${what}), without changing the negotiation`, () => {
      const { n, before } = changed(change)
      expect(errorsOf(Ledger.fromNegotiation(n))).toEqual(expected)
      expect(n).toEqual(before)
    })

  it('empty and ingest name a missing `proposals` too', async () => {
    const n = withChange((x) => delete x.proposals)
    const error = missing('proposals', 'the negotiation has no `proposals`.', PROPOSALS_FIX)
    expect(errorsOf(Ledger.empty(n))).toEqual([error])
    expect(errorsOf(await Ledger.ingest(n, []))).toEqual([error])
  })

  it('ingest and appendAll refuse events that are not a list', async () => {
    const n = withChange(() => undefined)
    const error = missing('events', '`events` is null, not a list of events.', EVENTS_FIX)
    expect(errorsOf(await Ledger.ingest(n, null as unknown as Event[]))).toEqual([error])
    const r = Ledger.empty(n)
    if (E.isLeft(r)) throw new Error(r.left[0]?.message)
    expect(errorsOf(Ledger.appendAll(r.right, null as unknown as Event[]))).toEqual([error])
    expect(errorsOf(Ledger.appendAll(null as unknown as Event[])(r.right))).toEqual([error])
  })

  it('fromNegotiation refuses something that is not a negotiation at all', () => {
    expect(errorsOf(Ledger.fromNegotiation(null as unknown as Negotiation))).toEqual([
      missing(
        '(context)',
        'null is not a negotiation.',
        'Give a negotiation, or an object with its `parties` and `proposals`.',
      ),
    ])
  })
})

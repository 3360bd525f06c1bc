import { fc, test } from '../fast-check'
import { either as E } from 'fp-ts'
import { applyPatches, enablePatches } from 'immer'
import { expect } from 'vitest'
import { isIdString, isIsoDateString } from '../../src/internal/codec'
import { deepFreeze } from '../../src/internal/freeze'
import { boundOf, dateOf, dayOf, NO_DAY } from '../../src/ledger/days'
import { isId, jsonHash, sameJson } from '../../src/ledger/plain'
import type { Event, IsoDate, IssueId, Negotiation, PartyId, ProposalId } from '../../src'
import { Ledger } from '../../src'
import { naiveStatus } from './naive'

// -------------------------------------------------------------------------------------
// generators: a small negotiation and a random log of events about it
// -------------------------------------------------------------------------------------

const PARTIES = ['P0', 'P1', 'P2', 'P3']
const ISSUES = ['i0', 'i1', 'i2']
const STANCES = [
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
] as const
const CONDITIONS = [
  [{ kind: 'other', text: 'monitors first' }],
  [{ text: 'sanctions relief', kind: 'other' }],
  [],
]

const day = (n: number): IsoDate => new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10) as IsoDate

const proposalArb = fc.record({
  day: fc.integer({ min: 0, max: 4 }),
  terms: fc.subarray(ISSUES, { minLength: 1 }),
  tabledBy: fc.subarray(PARTIES, { maxLength: 2 }),
})

const sourcesArb = fc.subarray(['s0', 's1', 's2'], { minLength: 1, maxLength: 2 })

/** An event about proposal `q` (index into the proposals), `offset` days after it was tabled. */
const eventArb = (nProposals: number) =>
  fc.record({
    kind: fc.constantFrom(
      'response',
      'response',
      'response',
      'agreement',
      'violation-alleged',
      'term-expired',
      'proposal-tabled',
      'meeting',
    ),
    q: fc.integer({ min: 0, max: nProposals - 1 }),
    offset: fc.integer({ min: 0, max: 8 }),
    party: fc.constantFrom(...PARTIES),
    other: fc.constantFrom(...PARTIES),
    parties: fc.subarray(PARTIES, { minLength: 1 }),
    stance: fc.constantFrom(...STANCES),
    conditions: fc.integer({ min: 0, max: CONDITIONS.length - 1 }),
    counter: fc.option(fc.integer({ min: 0, max: nProposals - 1 }), { nil: undefined }),
    terms: fc.option(fc.subarray(ISSUES, { minLength: 1 }), { nil: undefined }),
    expires: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    sources: sourcesArb,
  })

const scenarioArb = fc
  .array(proposalArb, { minLength: 1, maxLength: 3 })
  .chain((proposals) =>
    fc.record({
      proposals: fc.constant(proposals),
      events: fc.array(eventArb(proposals.length), { maxLength: 24 }),
      ids: fc.infiniteStream(fc.integer({ min: 0, max: 999 })),
    }),
  )
  .map(({ proposals, events, ids }) => {
    const it = ids[Symbol.iterator]()
    const proposalDoc = Object.fromEntries(
      proposals.map((p, i) => [
        `Q${String(i)}`,
        {
          title: `Proposal ${String(i)}`,
          date: day(p.day),
          tabledBy: p.tabledBy,
          terms: Object.fromEntries(p.terms.map((t) => [t, { value: true }])),
          sources: [`doc${String(i)}`],
        },
      ]),
    )
    const log: Event[] = events.map((g, n) => {
      const p = proposals[g.q] as (typeof proposals)[number]
      const proposal = `Q${String(g.q)}`
      const terms = g.terms?.filter((t) => p.terms.includes(t))
      const termsField = terms !== undefined && terms.length > 0 ? { terms } : {}
      // ids are not in date order, so that ties on a date are broken by id, not by position
      const id = `e${String(it.next().value as number).padStart(3, '0')}-${String(n)}`
      const common = { id, date: day(p.day + g.offset), sources: g.sources }
      switch (g.kind) {
        case 'response':
          return {
            ...common,
            kind: 'response',
            party: g.party,
            proposal,
            stance: g.stance,
            ...termsField,
            ...(g.stance === 'conditionally-accepted' ? { conditions: CONDITIONS[g.conditions] } : {}),
            ...(g.stance === 'countered' && g.counter !== undefined
              ? { counter: `Q${String(g.counter)}` }
              : {}),
          }
        case 'agreement':
          return {
            ...common,
            kind: 'agreement',
            parties: g.parties,
            proposal,
            ...termsField,
            ...(g.expires === undefined ? {} : { expires: day(p.day + g.offset + g.expires) }),
          }
        case 'violation-alleged':
          return {
            ...common,
            kind: 'violation-alleged',
            by: g.other,
            against: g.party,
            proposal,
            claim: 'broke it',
            ...termsField,
          }
        case 'term-expired':
          return { ...common, kind: 'term-expired', proposal, ...termsField }
        case 'proposal-tabled':
          return { ...common, kind: 'proposal-tabled', by: g.parties, proposal }
        default:
          return { ...common, kind: 'meeting', parties: g.parties }
      }
    }) as unknown as Event[]
    const negotiation = deepFreeze({
      format: 'negotiation-positions/1',
      title: 'Random',
      parties: Object.fromEntries(
        PARTIES.map((p, i) => [p, { name: p, role: i < 2 ? 'principal' : 'mediator' }]),
      ),
      issues: Object.fromEntries(
        ISSUES.map((i) => [i, { label: i, category: 'other', domain: { kind: 'flag' } }]),
      ),
      positions: [],
      proposals: proposalDoc,
      events: log,
      sources: {},
    }) as unknown as Negotiation
    return negotiation
  })

const ledgerOf = (n: Negotiation): Ledger.Ledger => {
  const r = Ledger.fromNegotiation(n)
  if (E.isLeft(r)) throw new Error(r.left.map((e) => e.message).join('\n'))
  return r.right
}

const byDate = (events: ReadonlyArray<Event>): Event[] =>
  [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

const queryDates = (n: Negotiation): IsoDate[] => {
  const ds = new Set<string>([day(-1), day(30)])
  for (const e of n.events) {
    ds.add(e.date)
    if (e.kind === 'agreement' && e.expires !== undefined) ds.add(e.expires)
  }
  for (const p of Object.values(n.proposals)) ds.add(p.date)
  return [...ds].sort() as IsoDate[]
}

// -------------------------------------------------------------------------------------
// properties
// -------------------------------------------------------------------------------------

test.prop([scenarioArb], { numRuns: 150 })(
  'the status as of any date equals a naive full replay up to that date',
  (n) => {
    const ledger = ledgerOf(n)
    for (const date of queryDates(n))
      for (const party of PARTIES)
        for (const proposal of Object.keys(n.proposals))
          for (const term of Object.keys(n.proposals[proposal as ProposalId]?.terms ?? {})) {
            const got = Ledger.statusAt(
              ledger,
              party as PartyId,
              proposal as ProposalId,
              term as IssueId,
              date,
            )
            expect(got).toStrictEqual(E.right(naiveStatus(n, n.events, party, proposal, term, date)))
          }
  },
  60_000,
)

test.prop([scenarioArb, fc.func(fc.integer())], { numRuns: 100 })(
  'events in any order, in bulk or appended one by one, make the same ledger',
  (n, key) => {
    const sorted = ledgerOf({ ...n, events: byDate(n.events) })
    const shuffled = [...n.events]
      .map((e, i) => [key(e.id, i), e] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, e]) => e)
    expect(ledgerOf({ ...n, events: shuffled })).toStrictEqual(sorted)
    let one = E.getOrElseW(() => expect.fail('empty'))(Ledger.empty(n))
    for (const e of shuffled) one = E.getOrElseW(() => expect.fail('append'))(Ledger.append(one, e)).ledger
    expect(one).toStrictEqual(sorted)
    const all = E.getOrElseW(() => expect.fail('appendAll'))(
      Ledger.appendAll(E.getOrElseW(() => expect.fail('empty'))(Ledger.empty(n)), shuffled),
    )
    expect(all.ledger).toStrictEqual(sorted)
  },
  60_000,
)

test.prop([scenarioArb], { numRuns: 100 })(
  'applying the patches of an append to the old ledger gives the new one',
  (n) => {
    enablePatches()
    let ledger = E.getOrElseW(() => expect.fail('empty'))(Ledger.empty(n))
    for (const e of n.events) {
      const r = E.getOrElseW(() => expect.fail('append'))(Ledger.append(ledger, e))
      expect(applyPatches(ledger, r.patches as never)).toStrictEqual(r.ledger)
      expect(applyPatches(r.ledger, r.inversePatches as never)).toStrictEqual(ledger)
      ledger = r.ledger
    }
  },
  60_000,
)

// -------------------------------------------------------------------------------------
// building in bulk against one event at a time, bad events included
// -------------------------------------------------------------------------------------

/** A bad event for a negotiation of the scenario: one of each kind of mistake the ledger names. */
const badEventArb = (n: Negotiation, i: number): fc.Arbitrary<unknown> => {
  const id = `bad-${String(i)}`
  const ok = {
    id,
    kind: 'response',
    date: day(5),
    party: 'P0',
    proposal: 'Q0',
    stance: 'accepted',
    sources: ['s0'],
  }
  const others = n.events.map((e) => e.id)
  return fc.oneof(
    fc.constant({ ...ok, party: 'PX' }),
    fc.constant({ ...ok, proposal: 'QX' }),
    fc.constant({ ...ok, terms: ['i0', 'iX'] }),
    fc.constant({ ...ok, date: '2025-02-30' }),
    fc.constant({ ...ok, date: day(-1) }),
    fc.constant({ ...ok, stance: 'maybe' }),
    fc.constant({ ...ok, kind: 'rumour' }),
    fc.constant({ ...ok, id: 'not an id' }),
    fc.constant({
      id,
      kind: 'agreement',
      date: day(5),
      parties: ['P0'],
      proposal: 'Q0',
      expires: day(2),
      sources: [],
    }),
    fc.constant(null),
    // an id another event has: a duplicate when that one came first and was taken (a bad event with that id
    // names both problems)
    ...(others.length > 0
      ? [
          fc.constantFrom(...others).map((other) => ({ ...ok, id: other })),
          fc.constantFrom(...others).map((other) => ({ ...ok, id: other, party: 'PX' })),
          fc
            .constantFrom(...others)
            .map((other) => ({ id: other, kind: 'meeting', date: day(6), parties: ['P1'], sources: [] })),
        ]
      : []),
  )
}

/** A scenario with up to four bad events mixed into its log. */
const messyArb = scenarioArb.chain((n) =>
  fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }).chain((places) =>
    fc.tuple(...places.map(([, k]) => badEventArb(n, k))).map((bad) => {
      const events: unknown[] = [...n.events]
      bad.forEach((e, k) => events.splice((places[k]?.[0] ?? 0) % (events.length + 1), 0, e))
      return deepFreeze({ ...n, events }) as unknown as Negotiation
    }),
  ),
)

/** The events in chunks of the given sizes (cycling), as a feed gives them. */
function* inChunks(
  events: ReadonlyArray<Event>,
  sizes: ReadonlyArray<number>,
): Generator<ReadonlyArray<Event>> {
  for (let i = 0, k = 0; i < events.length; k++) {
    const size = sizes[k % sizes.length] ?? 1
    yield events.slice(i, i + size)
    i += size
  }
}

test.prop(
  [
    messyArb,
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 8 }),
  ],
  {
    numRuns: 150,
  },
)(
  'building in bulk gives what appending one event at a time gives: the same ledger, or the same errors',
  async (n, sizes, batchSize) => {
    const start = E.getOrElseW(() => expect.fail('empty'))(Ledger.empty(n))
    // one at a time: a bad event gives errors and leaves the ledger as it was
    let one = start
    const errors: Ledger.LedgerError[] = []
    for (const e of n.events) {
      const r = Ledger.append(one, e)
      if (E.isLeft(r)) {
        errors.push(...r.left)
        expect(r.left.length).toBeGreaterThan(0)
      } else one = r.right.ledger
    }
    const expected = errors.length === 0 ? E.right(one) : E.left(errors)
    const bulk = Ledger.fromNegotiation(n)
    expect(bulk).toStrictEqual(expected)
    expect(E.map((a: Ledger.Appended) => a.ledger)(Ledger.appendAll(start, n.events))).toStrictEqual(expected)
    // streamed, in chunks and one by one, giving the event loop a turn every few events
    expect(await Ledger.ingest(n, inChunks(n.events, sizes), { batchSize })).toStrictEqual(expected)
    async function* oneByOne() {
      for (const e of n.events) yield await Promise.resolve(e)
    }
    expect(await Ledger.ingest(n, oneByOne(), { batchSize })).toStrictEqual(expected)
    function* plain() {
      yield* n.events
    }
    expect(await Ledger.ingest(n, plain(), { batchSize })).toStrictEqual(expected)
  },
  60_000,
)

test.prop([
  fc.oneof(
    fc.string(),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,101}$/),
    fc.constantFrom('constructor', 'prototype', '__proto__', 'a\n', ''),
  ),
])('the quick id check says what the id pattern says', (s) => {
  expect(isId(s)).toBe(isIdString(s))
})

test.prop([
  fc.oneof(
    fc.string(),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2024-02-29',
      '2025-02-29',
      '1900-02-29',
      '2000-02-29',
      '0000-02-29',
      '2025-04-31',
      '2025-1-01',
    ),
  ),
])('the quick date reading says what the date check says, and writes the date back as it was', (s) => {
  const day = dayOf(s)
  expect(day !== NO_DAY).toBe(isIsoDateString(s))
  if (day !== NO_DAY) {
    expect(dateOf(day)).toBe(s)
    expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(s)
  }
})

test.prop([fc.string({ maxLength: 12 }), fc.integer({ min: -719_528, max: 2_932_896 })])(
  'a bound stands where its text sorts among dates',
  (s, day) => {
    expect(day <= boundOf(s)).toBe(dateOf(day) <= s)
  },
)

/** JSON values as a parsed document gives them (no -0, no `__proto__` key). */
const jsonArb = fc
  .jsonValue({ maxDepth: 3 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => !JSON.stringify(v).includes('"__proto__"'))

test.prop([jsonArb, jsonArb])(
  'conditions are shared when their JSON is the same: equal data has equal hashes',
  (a, b) => {
    const copy = structuredClone(a)
    expect(jsonHash(a, 0)).toBeGreaterThanOrEqual(0)
    expect(jsonHash(copy, 0)).toBe(jsonHash(a, 0))
    expect(sameJson(a, copy)).toBe(true)
    expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b))
    if (sameJson(a, b)) expect(jsonHash(b, 0)).toBe(jsonHash(a, 0))
  },
)

test.prop([
  fc.constantFrom<unknown>(
    -0,
    Number.NaN,
    Infinity,
    undefined,
    () => 1,
    new Date(0),
    new Map(),
    Object.assign(new Array<number>(3), { 0: 1, 2: 3 }),
    Object.assign([1], { extra: 2 }),
    JSON.parse('{"__proto__": 1}'),
    Object.create(null),
    Symbol('s'),
  ),
])('data that JSON would not keep as it is has no hash (it is copied, not shared)', (u) => {
  expect(jsonHash(u, 0)).toBe(-1)
  expect(jsonHash([{ kind: 'other', value: u }], 0)).toBe(-1)
})

import { fc, test } from '@fast-check/vitest'
import { either as E } from 'fp-ts'
import { applyPatches, enablePatches } from 'immer'
import { expect } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
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

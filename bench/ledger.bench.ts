/**
 * The ledger's as-of query against a naive replay-to-date, in one process, on 20,000 synthetic events (the feed of
 * bench/ledger-feed.ts): the ledger answers by binary search in one timeline; the naive replay folds every event up
 * to the date. The ten-times-larger ingest, memory and million-event figures are in bench/ledger.ts (a plain script,
 * because it measures the heap: `npm run bench:ledger`).
 */
import { either as E } from 'fp-ts'
import { bench, describe } from 'vitest'
import * as Ledger from '../src/ledger'
import { naiveStatus } from '../test/ledger/naive'
import { context, dateOf, parsed, party, PARTIES, proposalId, PROPOSALS, random, TERMS } from './ledger-feed'

const ctx = context()
const events = [...parsed(ctx, 20_000, 7)]
const built = Ledger.fromNegotiation({ ...ctx.negotiation, events })
if (E.isLeft(built)) throw new Error(built.left[0]?.message)
const ledger = built.right
const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

const rnd = random(99)
const queries = Array.from({ length: 1_000 }, () => {
  const q = Math.floor(rnd() * PROPOSALS)
  return [
    party(Math.floor(rnd() * PARTIES)),
    proposalId(q),
    ctx.terms[q]?.[Math.floor(rnd() * TERMS)] ?? ctx.terms[0]?.[0],
    dateOf((ctx.days[q] ?? 0) + Math.floor(rnd() * 500)),
  ] as const
})
let i = 0
const next = () => queries[i++ % queries.length] as (typeof queries)[number]

describe('as-of status of one (party, proposal, term), 20,000 events', () => {
  bench('Ledger.statusAt (binary search in the timeline)', () => {
    const [p, q, t, d] = next()
    if (t !== undefined) Ledger.statusAt(ledger, p, q, t, d)
  })
  bench('naive replay-to-date', () => {
    const [p, q, t, d] = next()
    if (t !== undefined) naiveStatus(ctx.negotiation, sorted, p, q, t, d)
  })
})

describe('building the ledger of 20,000 events', () => {
  bench('Ledger.fromNegotiation', () => {
    Ledger.fromNegotiation({ ...ctx.negotiation, events })
  })
})

/**
 * Acceptance ledger at scale: 1,000,000 synthetic events (12 parties, 2,000 proposals of 4 terms each, dates over
 * six years). Measures ingest time, median as-of query time and memory per event, against a naive replay-to-date
 * in the same process, and prints the ratios.
 *
 *     npm run bench:ledger                                  (or, once built: node --expose-gc out/bench/ledger.js [events])
 *
 * The script is compiled as the package is (`npm run bench:build`: tsup, for Node 20, without keeping function names)
 * and run as plain JavaScript, so that it times the library users install. Run through a development loader that
 * keeps names (tsx does), every closure the library makes costs a property definition more, which doubles the time of
 * a query.
 *
 * Targets: ingest 10^6 events in at most 2 s, median as-of query at most 20 µs, at most 400 bytes per event.
 */
import os from 'node:os'
import { isDeepStrictEqual } from 'node:util'
import { either as E } from 'fp-ts'
import type { Event, IssueId } from '../src/model'
import * as Ledger from '../src/ledger'
import { naiveStatus } from '../test/ledger/naive'
import { context, dateOf, parsed, party, PARTIES, proposalId, PROPOSALS, random, TERMS } from './ledger-feed'

const N = Number(process.argv[2] ?? 1_000_000)
const QUERIES = 20_000
const NAIVE_QUERIES = 15

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc
  if (g === undefined) throw new Error('run node with --expose-gc')
  for (let i = 0; i < 3; i++) g()
}
const heap = (): number => {
  gc()
  return process.memoryUsage().heapUsed
}

function* chunks<A>(xs: ReadonlyArray<A>, size: number): Generator<ReadonlyArray<A>> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size)
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

const fmt = (x: number, digits = 1): string => x.toLocaleString('en-US', { maximumFractionDigits: digits })

const main = async (): Promise<void> => {
  const ctx = context()
  console.log(
    `acceptance ledger benchmark: ${fmt(N, 0)} events, ${String(PARTIES)} parties, ${String(PROPOSALS)} proposals × ${String(TERMS)} terms`,
  )

  // 1. memory: the ledger alone, built from a lazy feed (nothing else retained)
  const { ledgerBytes, marks } = await (async () => {
    const h0 = heap()
    const streamed = await Ledger.ingest(ctx.negotiation, parsed(ctx, N, 7))
    if (E.isLeft(streamed)) throw new Error(streamed.left[0]?.message)
    const h1 = heap()
    let count = 0
    for (const byProposal of Object.values(streamed.right.timelines))
      for (const byTerm of Object.values(byProposal))
        for (const t of Object.values(byTerm)) count += t.codes.length
    return { ledgerBytes: (h1 - h0) / N, marks: count }
  })()

  // the naive store: the events themselves, in an array
  const h2 = heap()
  const events = [...parsed(ctx, N, 7)]
  const h3 = heap()
  const naiveBytes = (h3 - h2) / N

  // 2. the naive peer sorts the events by date; the ledger ingests them (already in memory, fed in chunks). Each
  // run starts from a collected heap holding the events alone (no earlier run's result), so that no run pays for
  // another's garbage; the garbage a run makes, it pays for (CPU times include the collector's threads).
  const sortTimes: number[] = []
  const sortCpuTimes: number[] = []
  const last: { sorted: ReadonlyArray<Event>; ledger?: Ledger.Ledger } = { sorted: [] }
  for (let run = 0; run < 3; run++) {
    last.sorted = []
    gc()
    const s0 = performance.now()
    const c1 = process.cpuUsage()
    last.sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const c2 = process.cpuUsage(c1)
    sortTimes.push(performance.now() - s0)
    sortCpuTimes.push((c2.user + c2.system) / 1000)
  }
  const sortMs = median(sortTimes)
  const sortCpuMs = median(sortCpuTimes)

  const times: number[] = []
  const cpuTimes: number[] = []
  for (let run = 0; run < 3; run++) {
    delete last.ledger
    gc()
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const r = await Ledger.ingest(ctx.negotiation, chunks(events, 10_000))
    const c = process.cpuUsage(c0)
    times.push(performance.now() - t0)
    cpuTimes.push((c.user + c.system) / 1000)
    if (E.isLeft(r)) throw new Error(r.left[0]?.message)
    last.ledger = r.right
  }
  const { sorted, ledger } = last
  if (ledger === undefined) throw new Error('no ledger was built')
  const ingestMs = median(times)
  const ingestCpuMs = median(cpuTimes)

  // 3. as-of queries: random (party, proposal, term, date)
  const rnd = random(99)
  const queries = Array.from({ length: QUERIES }, () => {
    const q = Math.floor(rnd() * PROPOSALS)
    return [
      party(Math.floor(rnd() * PARTIES)),
      proposalId(q),
      (ctx.terms[q] as IssueId[])[Math.floor(rnd() * TERMS)] as IssueId,
      dateOf((ctx.days[q] as number) + Math.floor(rnd() * 500)),
    ] as const
  })
  const perQuery: number[] = []
  let known = 0
  for (let round = 0; round < 2; round++)
    for (const [p, q, t, d] of queries) {
      const t0 = performance.now()
      const s = Ledger.statusAt(ledger, p, q, t, d)
      perQuery.push(performance.now() - t0)
      if (round === 1 && E.isRight(s) && s.right.status !== 'unknown') known++
    }
  const queryUs = median(perQuery.slice(QUERIES)) * 1000

  const naive: number[] = []
  let agree = 0
  for (const [p, q, t, d] of queries.slice(0, NAIVE_QUERIES)) {
    const t0 = performance.now()
    const s = naiveStatus(ctx.negotiation, sorted, p, q, t, d)
    naive.push(performance.now() - t0)
    const l = Ledger.statusAt(ledger, p, q, t, d)
    if (E.isRight(l) && isDeepStrictEqual(l.right, s)) agree++
  }
  const naiveUs = median(naive) * 1000

  console.log('')
  console.log(
    `ingest               ${fmt(ingestMs, 0)} ms wall, ${fmt(ingestCpuMs, 0)} ms CPU for ${fmt(N, 0)} events (${fmt((ingestCpuMs * 1e6) / N, 0)} ns CPU/event; target ≤ 2,000 ms)`,
  )
  console.log(
    `                     naive peer (sort the events by date): ${fmt(sortMs, 0)} ms wall, ${fmt(sortCpuMs, 0)} ms CPU; ratio ${fmt(ingestCpuMs / sortCpuMs, 2)}× (CPU)`,
  )
  console.log(
    `                     machine load average: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')} on ${String(os.cpus().length)} cores`,
  )
  console.log(
    `as-of query (median) ${fmt(queryUs, 2)} µs over ${fmt(QUERIES, 0)} queries (${fmt((100 * known) / QUERIES, 0)}% known statuses; target ≤ 20 µs)`,
  )
  console.log(
    `                     naive replay-to-date: ${fmt(naiveUs / 1000, 1)} ms (median of ${String(NAIVE_QUERIES)}), ledger is ${fmt(naiveUs / queryUs, 0)}× faster; ${String(agree)}/${String(NAIVE_QUERIES)} answers identical`,
  )
  console.log(
    `memory               ${fmt(ledgerBytes, 0)} bytes/event for the ledger (${fmt(marks / N, 2)} marks/event; target ≤ 400)`,
  )
  console.log(
    `                     naive peer (the events in an array): ${fmt(naiveBytes, 0)} bytes/event, ratio ${fmt(ledgerBytes / naiveBytes, 2)}×`,
  )
}

void main()

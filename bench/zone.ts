/**
 * Benchmark of the agreement-zone analysis: 3 principals with random valuations over 10^5, 10^6 and 10^7 packages
 * (5, 6 and 7 issues of 10 options). For each size it times, in one process:
 *
 * - `Zone.pareto` as users call it (zone + Pareto frontier + Nash and the other bargaining points), which skips
 *   option values another value of the same issue beats for every party;
 * - the same engine scoring every package (no skipping): packages scored into typed arrays, an elimination screen
 *   by the 32 packages of largest total utility, sort-based skyline, Nash point;
 * - a naive reference: every package enumerated into an object, utilities from `Utility.compile`, pairwise
 *   dominance, Nash by a scan (only where it finishes within the time cap).
 *
 * and prints times, ratios and memory. Run: `npm run -s bench:build && node --expose-gc out/bench/zone.js` (compiled
 * as the package is; `--expose-gc` for memory figures after garbage collection). Pass sizes as arguments to run only
 * some: `node --expose-gc out/bench/zone.js 5 6`.
 */
import { cpus } from 'node:os'
import { either as E } from 'fp-ts'
import { compile } from '../src/algebra/utility'
import type { Negotiation } from '../src/model/negotiation'
import * as Zone from '../src/zone'
import { nash } from '../src/zone/bargaining'
import { choicesOf, keep, none, scoreAll } from '../src/zone/search'
import { paretoFront, UNITS } from '../src/zone/skyline'
import { spaceOf } from '../src/zone/space'

const NAIVE_CAP_MS = 600_000

/** A deterministic pseudo-random generator (mulberry32). */
const random = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const scenario = (issues: number, options: number, parties: number, seed: number): Negotiation => {
  const rnd = random(seed)
  const ids = Array.from({ length: issues }, (_, i) => `issue${String(i)}`)
  const opts = Array.from({ length: options }, (_, j) => ({
    id: `o${String(j)}`,
    label: `Option ${String(j)}`,
  }))
  const partyIds = Array.from({ length: parties }, (_, p) => `P${String(p)}`)
  return {
    format: 'negotiation-positions/1',
    title: 'Random benchmark scenario',
    parties: Object.fromEntries(partyIds.map((p) => [p, { name: `Party ${p}`, role: 'principal' }])),
    issues: Object.fromEntries(
      ids.map((i) => [i, { label: i, category: 'other', domain: { kind: 'choice', options: opts } }]),
    ),
    positions: partyIds.flatMap((p) =>
      ids.map((i) => ({
        id: `${p}.${i}`,
        party: p,
        issue: i,
        asOf: '2025-01-01',
        sources: [],
        priority: Math.round(rnd() * 1000) / 1000,
        valuation: {
          kind: 'scores',
          scores: Object.fromEntries(opts.map((o) => [o.id, Math.round(rnd() * 1000) / 1000])),
        },
      })),
    ),
    proposals: {},
    events: [],
    sources: {},
  } as unknown as Negotiation
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc
  if (g !== undefined) g()
}
const mb = (): number =>
  Math.round(process.memoryUsage().heapUsed / 1e6 + process.memoryUsage().arrayBuffers / 1e6)

/** Wall time and CPU time (user + system, less sensitive to other processes on a shared machine), and memory. */
const time = <A>(f: () => A): { ms: number; cpu: number; value: A; peak: number } => {
  gc()
  const before = mb()
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = f()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { ms, cpu: (c.user + c.system) / 1000, value, peak: mb() - before }
}

/** The engine without skipping dominated option values: every package scored. */
const engineAll = (n: Negotiation): { count: number; frontier: number; nash: number } => {
  const s = spaceOf(n)
  if (E.isLeft(s)) throw new Error(s.left[0]!.message)
  const space = s.right
  const kept = keep(space, none(space))
  const r = scoreAll(space, kept, choicesOf(space, kept, false), 1e9)!
  const scored = { count: r.count, utilities: r.utilities }
  const front = paretoFront(scored)
  const best = nash(scored, front, new Float64Array(space.parties.length))
  return { count: r.count, frontier: front.length, nash: best.value }
}

/** The naive reference: objects per package, pairwise dominance, Nash by a scan; undefined past the time cap. */
const naive = (n: Negotiation): { count: number; frontier: number; nash: number } | undefined => {
  const started = performance.now()
  const parties = Object.keys(n.parties).sort()
  const compiled = parties.map((p) => {
    const c = compile(n, p as never)
    if (E.isLeft(c)) throw new Error(c.left[0]!.message)
    return c.right
  })
  const issues = Object.keys(n.issues).sort()
  const sizes = issues.map(
    (i) => (n.issues[i as never]! as unknown as { domain: { options: unknown[] } }).domain.options.length,
  )
  const total = sizes.reduce((a, b) => a * b, 1)
  const all: { package: Record<string, number>; utilities: number[] }[] = []
  for (let k = 0; k < total; k++) {
    const point: number[] = []
    let r = k
    for (let a = sizes.length - 1; a >= 0; a--) {
      point[a] = r % sizes[a]!
      r = Math.floor(r / sizes[a]!)
    }
    const pkg: Record<string, number> = {}
    issues.forEach((i, a) => (pkg[i] = point[a]!))
    all.push({ package: pkg, utilities: compiled.map((c) => Math.round(c.utility(point) * UNITS)) })
    if (performance.now() - started > NAIVE_CAP_MS) return undefined
  }
  const dominates = (x: number[], y: number[]): boolean =>
    x.every((v, i) => v >= y[i]!) && x.some((v, i) => v > y[i]!)
  const front: (typeof all)[number][] = []
  for (let i = 0; i < all.length; i++) {
    if (i % 1000 === 0 && performance.now() - started > NAIVE_CAP_MS) return undefined
    const a = all[i]!
    let dominated = false
    for (let j = 0; j < all.length && !dominated; j++)
      if (j !== i && dominates(all[j]!.utilities, a.utilities)) dominated = true
    if (!dominated) front.push(a)
  }
  let best = -Infinity
  for (const o of front)
    best = Math.max(
      best,
      o.utilities.reduce((x, u) => x * (u / UNITS), 1),
    )
  return { count: all.length, frontier: front.length, nash: best }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0)
const issuesList = sizes.length > 0 ? sizes : [5, 6, 7]
console.log(
  `node ${process.version}, ${String(cpus().length)} cores; gc exposed: ${String(typeof (globalThis as { gc?: unknown }).gc === 'function')}`,
)
console.log('times: wall ms (CPU ms)')
console.log(
  'size  | Zone.pareto              | engine, every package scored | naive reference | naive / engine (CPU) | frontier | MB (engine)',
)
for (const issues of issuesList) {
  const n = scenario(issues, 10, 3, 42 + issues)
  const size = 10 ** issues
  const pub = time(() => Zone.pareto(n, { limit: 10 }))
  if (E.isLeft(pub.value)) throw new Error(pub.value.left[0]!.message)
  const all = time(() => engineAll(n))
  const ref = size <= 1e5 ? time(() => naive(n)) : undefined
  const pareto = pub.value.right
  const agree =
    ref?.value === undefined
      ? ''
      : ref.value.frontier === all.value.frontier &&
          ref.value.frontier === pareto.frontierSize &&
          Math.abs(ref.value.nash - (pareto.nash.value ?? 0)) < 1e-8
        ? ' (agree)'
        : ' (DISAGREE)'
  const fmt = (t: { ms: number; cpu: number }): string => `${t.ms.toFixed(0)} (${t.cpu.toFixed(0)})`
  console.log(
    [
      `10^${String(issues)}`.padEnd(5),
      `${fmt(pub)}, ${String(pareto.scored)} scored`.padEnd(24),
      `${fmt(all)}, ${String(all.value.count)} scored`.padEnd(28),
      (ref === undefined
        ? 'not run'
        : ref.value === undefined
          ? `> ${String(NAIVE_CAP_MS)}`
          : fmt(ref)
      ).padEnd(15),
      (ref?.value === undefined ? '-' : `${(ref.cpu / all.cpu).toFixed(0)}×`).padEnd(20),
      `${String(pareto.frontierSize)}${agree}`.padEnd(8),
      String(all.peak),
    ].join(' | '),
  )
}

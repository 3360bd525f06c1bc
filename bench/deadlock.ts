/**
 * Benchmark of deadlock detection on a synthetic negotiation of 100 issues, 10 principals and 200 linkages (see
 * `deadlock-scenario.ts`): every issue has a value all accept, but chains of linkages make the whole package
 * infeasible, so detection must find exact minimal conflict sets. It times, in one process:
 *
 * - `Deadlock.detect` as users call it, without suggestions (every kind, exact minimal conflict sets, up to 5);
 * - the same with suggestions (the zone's nearest agreement where it can search, else the cheapest constraint);
 * - the minimal-conflict-set step alone, and a naive peer: a deletion filter over every constraint (drop each in
 *   turn, keep it only if the rest becomes feasible), on the same constraint problem and solver;
 * - the timeline of the embedded Russia–Ukraine dataset, and `detect` on it as of its last date.
 *
 * Each figure is the minimum and the median over several runs, each on a fresh copy of the negotiation made before
 * the clock starts (results are cached per negotiation object, so reusing one would time the cache). Run:
 * `npm run -s bench:build && node out/bench/deadlock.js` (compiled as the package is; pass a number of runs as the
 * first argument: `node out/bench/deadlock.js 5`).
 */
import { either as E } from 'fp-ts'
import { ruUa2025 } from '../src/datasets'
import * as Deadlock from '../src/deadlock'
import { candidates, conflicts, feasibleWith } from '../src/deadlock/conflict'
import { contextOf, settingsOf } from '../src/deadlock/context'
import { problemOf } from '../src/deadlock/problem'
import type { IssueId } from '../src/model/ids'
import type { Negotiation } from '../src/model/negotiation'
import { scenario } from './deadlock-scenario'

const RUNS = Number(process.argv[2] ?? 9)

const fresh = (n: Negotiation): Negotiation => JSON.parse(JSON.stringify(n)) as Negotiation

/** Times `f` on `runs` fresh copies of `n` (copied before the clock starts), or on nothing. */
const time = <A>(
  label: string,
  runs: number,
  f: (copy: A) => unknown,
  n?: A,
): { min: number; median: number } => {
  const copies = Array.from({ length: runs }, () =>
    n === undefined ? (undefined as A) : (fresh(n as never) as A),
  )
  const xs: number[] = []
  for (const copy of copies) {
    const t = performance.now()
    f(copy)
    xs.push(performance.now() - t)
  }
  xs.sort((a, b) => a - b)
  const out = { min: xs[0]!, median: xs[xs.length >> 1]! }
  console.log(
    `${label.padEnd(58)} min ${out.min.toFixed(1).padStart(8)} ms   median ${out.median.toFixed(1).padStart(8)} ms`,
  )
  return out
}

const big = scenario(100, 10, 200, 5)
console.log(
  `Synthetic negotiation: 100 issues × 10 principals × 200 linkages (+ ${String(Math.floor(200 / 50))} closing linkages); ${String(RUNS)} runs each`,
)
const check = Deadlock.detect(fresh(big), { suggest: false })
if (E.isLeft(check)) throw new Error(check.left.map((e) => e.message).join('\n'))
const sets = check.right.filter((f) => f.kind === 'package-infeasibility')
console.log(
  `  findings: ${String(check.right.length)}; minimal conflict sets: ${sets.map((f) => (f.kind === 'package-infeasibility' ? f.conflict.length : 0)).join(', ')} constraints`,
)

const detect = time(
  'Deadlock.detect (no suggestions)',
  RUNS,
  (c) => Deadlock.detect(c, { suggest: false }),
  big,
)
time('Deadlock.detect (with suggestions)', Math.max(3, RUNS >> 1), (c) => Deadlock.detect(c), big)

// the conflict step alone, and the naive deletion filter on the same problem
const n = fresh(big)
const ctx = contextOf(n)
const s = settingsOf(ctx, {})
if (E.isLeft(s)) throw new Error('bad settings')
const issues = Object.keys(n.issues) as IssueId[]
const problem = problemOf(ctx, s.right.parties, issues, s.right.asOf)
const all = candidates(problem)
console.log(
  `  constraint problem: ${String(problem.rules.length)} rules, ${String(problem.links.length)} linkages, ${String(all.length)} candidates`,
)
const quick = time('minimal conflict sets (local first, QuickXplain), up to 5', RUNS, () =>
  conflicts(problem, 5),
)
const naive = time('naive peer: deletion filter over every constraint, 1 set', Math.max(3, RUNS >> 2), () => {
  let kept = [...all]
  for (const id of all) {
    const without = kept.filter((x) => x !== id)
    if (feasibleWith(problem, without) === 'infeasible') kept = without
  }
  return kept
})
console.log(`  ratio naive (1 set) / ours (5 sets): ${(naive.min / quick.min).toFixed(1)}×`)

const ua = ruUa2025()
console.log(
  `Embedded dataset ru-ua-2025: ${String(Object.keys(ua.issues).length)} issues, ${String(ua.positions.length)} positions, ${String(ua.events.length)} events`,
)
time(
  'Deadlock.detect as of the last date (no suggestions)',
  RUNS,
  (c) => Deadlock.detect(c, { suggest: false }),
  ua,
)
time(
  'Deadlock.detect as of the last date (with suggestions)',
  Math.max(3, RUNS >> 2),
  (c) => Deadlock.detect(c),
  ua,
)
time('Deadlock.timeline (every date)', Math.max(3, RUNS >> 2), (c) => Deadlock.timeline(c), ua)
console.log(
  `Target: detection on the synthetic negotiation ≤ 200 ms — ${detect.min <= 200 ? 'met' : 'NOT met'} (min ${detect.min.toFixed(1)} ms).`,
)

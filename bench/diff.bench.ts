/**
 * The proposal diff against generic JSON diffs, in one process, on the same JSON: two drafts of 10,000 terms each
 * (a synthetic negotiation of about 10,000 issues of mixed kinds, two principals with a position on every issue).
 * The negotiation is read from its JSON text, as a user loads a document, and the two drafts every library diffs are
 * the very objects in it.
 *
 * - ours, structural and per-party: `Diff.proposals` with the two parties' preferences prepared once (`Diff.context`,
 *   built outside the loop, as jsondiffpatch's instance is); its result is checked to be the same as the one-off
 *   diff's, which prepares them itself;
 * - ours, structural only (`impact: false`);
 * - jsondiffpatch (with an objectHash by id) and microdiff on the two drafts.
 *
 * The four run twice, in one order and then in the reverse order, so that a change in the machine's load during the
 * run weighs on all of them alike. Each function is also timed by hand while tinybench runs it, so that the ratios
 * (our time / theirs, over both passes; by the mean and by the median run) can be printed at the end, with the
 * median of the ratios over rounds that run the four in turn (on a shared machine, the steadiest of the three).
 * Preparing the context (merging 20,000 position records and compiling the parties' utilities) is a cost paid once
 * per negotiation and date, reported separately, with the time of a one-off diff that prepares it itself.
 */
import { deepStrictEqual } from 'node:assert'
import { either as E } from 'fp-ts'
import { create } from 'jsondiffpatch'
import microdiff from 'microdiff'
import { bench, describe } from 'vitest'
import { Diff, type Negotiation } from '../src'
import { synthetic } from './synthetic'

const negotiation = JSON.parse(JSON.stringify(synthetic(10_000).negotiation)) as Negotiation
const drafts = negotiation.proposals as unknown as Readonly<Record<'a' | 'b', Record<string, unknown>>>
const jsonA = drafts.a
const jsonB = drafts.b
const jdp = create({
  objectHash: (o: object, i?: number) => (o as { id?: string }).id ?? `$$index:${String(i)}`,
})

const start = performance.now()
const prepared = Diff.context(negotiation, jsonB['date'] as string)
const contextMs = performance.now() - start
if (E.isLeft(prepared)) throw new Error(prepared.left.map((p) => p.message).join('\n'))
const context = prepared.right
const check = Diff.proposals(negotiation, 'a', 'b', { context })
if (E.isLeft(check) || check.right.parties?.principals.length !== 2 || check.right.counts.changed === 0)
  throw new Error('the synthetic diff failed')
// The one-off diff (no context given: it prepares one) gives the same result; a few runs of it, timed.
const oneOff: number[] = []
for (let i = 0; i < 3; i++) {
  const t0 = performance.now()
  const d = Diff.proposals(negotiation, 'a', 'b')
  oneOff.push(performance.now() - t0)
  deepStrictEqual(d, check)
}

const OURS = 'negotiation-positions: structural + 2 parties'
const STRUCTURAL = 'negotiation-positions: structural only'
const JSONDIFFPATCH = 'jsondiffpatch (objectHash by id)'
const MICRODIFF = 'microdiff'
const ORDER = [OURS, STRUCTURAL, JSONDIFFPATCH, MICRODIFF]

const timings = new Map<string, number[]>()
let recording = false

const timed =
  (name: string, f: () => unknown): (() => void) =>
  () => {
    if (!recording) {
      f()
      return
    }
    const t0 = performance.now()
    f()
    const t = performance.now() - t0
    const runs = timings.get(name)
    if (runs === undefined) timings.set(name, [t])
    else runs.push(t)
  }

const mean = (name: string): number => {
  const runs = timings.get(name) ?? []
  return runs.length === 0 ? Number.NaN : runs.reduce((s, t) => s + t, 0) / runs.length
}

const median = (runs: readonly number[]): number => {
  const sorted = [...runs].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length === 0
    ? Number.NaN
    : sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const medianOf = (name: string): number => median(timings.get(name) ?? [])

/**
 * Rounds that run the four once each, the first one moving along at each round, timed; per round, the ratio of two
 * of them. Run right after tinybench: the median of those ratios is not moved by a change in the machine's load
 * between tinybench's blocks of runs, which the two passes only even out.
 */
const ROUNDS = 15
const interleaved = (): ReadonlyMap<string, readonly number[]> => {
  const times = new Map<string, number[]>(ORDER.map((n) => [n, []]))
  for (let r = 0; r < ROUNDS; r++)
    for (let i = 0; i < ORDER.length; i++) {
      const name = ORDER[(r + i) % ORDER.length] as string
      const t0 = performance.now()
      ;(subjects[name] as () => unknown)()
      times.get(name)?.push(performance.now() - t0)
    }
  return times
}

const report = (): void => {
  const rounds = interleaved()
  const paired = (x: string, y: string): number => {
    const xs = rounds.get(x) ?? []
    const ys = rounds.get(y) ?? []
    return median(xs.map((t, i) => t / (ys[i] as number)))
  }
  const ratio = (x: string, y: string): string =>
    `${(mean(x) / mean(y)).toFixed(2)}× (median ${(medianOf(x) / medianOf(y)).toFixed(2)}×; paired ${paired(x, y).toFixed(2)}×)`
  const lines = [
    '',
    'Diff of two 10,000-term drafts (time per diff, this process: mean, median):',
    ...ORDER.map(
      (n) =>
        `  ${n.padEnd(48)} ${mean(n).toFixed(2).padStart(8)} ms ${medianOf(n).toFixed(2).padStart(8)} ms`,
    ),
    `  (preparing the context once: ${contextMs.toFixed(0)} ms; a one-off diff that prepares it: ${median(oneOff).toFixed(0)} ms)`,
    `Ratios (our time / theirs: by the mean; by the median; the median ratio over ${String(ROUNDS)} interleaved rounds):`,
    `  structural + 2 parties / jsondiffpatch  ${ratio(OURS, JSONDIFFPATCH)}  (target ≤ 0.5×)`,
    `  structural + 2 parties / microdiff      ${ratio(OURS, MICRODIFF)}  (target ≤ 3×)`,
    `  structural only / jsondiffpatch         ${ratio(STRUCTURAL, JSONDIFFPATCH)}`,
    `  structural only / microdiff             ${ratio(STRUCTURAL, MICRODIFF)}`,
    '',
  ]
  console.log(lines.join('\n'))
}

/** tinybench options: record only the measured runs; print the ratios after the very last one. */
const options = (final: boolean) => ({
  time: 2000,
  iterations: 20,
  setup: (_task?: unknown, mode?: 'run' | 'warmup') => {
    recording = mode === 'run'
  },
  teardown: (_task?: unknown, mode?: 'run' | 'warmup') => {
    recording = false
    if (mode === 'run' && final) report()
  },
})

const subjects: Readonly<Record<string, () => unknown>> = {
  [OURS]: () => Diff.proposals(negotiation, 'a', 'b', { context }),
  [STRUCTURAL]: () => Diff.proposals(negotiation, 'a', 'b', { impact: false }),
  [JSONDIFFPATCH]: () => jdp.diff(jsonA, jsonB),
  [MICRODIFF]: () => microdiff(jsonA, jsonB),
}

const passes = [
  ['first pass', ORDER],
  ['second pass, reverse order', [...ORDER].reverse()],
] as const

for (const [k, [pass, order]] of passes.entries()) {
  describe(`diff two 10,000-term drafts, ${pass}`, () => {
    order.forEach((name, i) => {
      const final = k === passes.length - 1 && i === order.length - 1
      bench(name, timed(name, subjects[name] as () => unknown), options(final))
    })
  })
}

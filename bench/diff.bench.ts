/**
 * The proposal diff against generic JSON diffs, in one process, on the same JSON: two drafts of 10,000 terms each
 * (a synthetic negotiation of about 10,000 issues of mixed kinds, two principals with a position on every issue).
 *
 * - ours, structural and per-party: `Diff.proposals` with the two parties' preferences prepared once (`Diff.context`,
 *   built outside the loop, as jsondiffpatch's instance is);
 * - ours, structural only (`impact: false`);
 * - jsondiffpatch (with an objectHash by id) and microdiff on the two proposals' JSON.
 *
 * The four run twice, in one order and then in the reverse order, so that a change in the machine's load during the
 * run weighs on all of them alike. Each function is also timed by hand while tinybench runs it, so that the ratios
 * (our time / theirs, over both passes) can be printed at the end. Preparing the context (merging 20,000 position
 * records and compiling the parties' utilities) is a one-off cost per negotiation and date, reported separately.
 */
import { either as E } from 'fp-ts'
import { create } from 'jsondiffpatch'
import microdiff from 'microdiff'
import { bench, describe } from 'vitest'
import { Diff } from '../src'
import { synthetic } from './synthetic'

const { negotiation, a, b } = synthetic(10_000)
const jsonA = JSON.parse(JSON.stringify(a)) as Record<string, unknown>
const jsonB = JSON.parse(JSON.stringify(b)) as Record<string, unknown>
const jdp = create({
  objectHash: (o: object, i?: number) => (o as { id?: string }).id ?? `$$index:${String(i)}`,
})

const start = performance.now()
const prepared = Diff.context(negotiation, b.date)
const contextMs = performance.now() - start
if (E.isLeft(prepared)) throw new Error(prepared.left.map((p) => p.message).join('\n'))
const context = prepared.right
const check = Diff.proposals(negotiation, 'a', 'b', { context })
if (E.isLeft(check) || check.right.parties?.principals.length !== 2)
  throw new Error('the synthetic diff failed')

const OURS = 'negotiation-positions: structural + 2 parties'
const STRUCTURAL = 'negotiation-positions: structural only'
const JSONDIFFPATCH = 'jsondiffpatch (objectHash by id)'
const MICRODIFF = 'microdiff'
const ORDER = [OURS, STRUCTURAL, JSONDIFFPATCH, MICRODIFF]

const timings = new Map<string, { total: number; runs: number }>()
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
    const t = timings.get(name) ?? { total: 0, runs: 0 }
    t.total += performance.now() - t0
    t.runs += 1
    timings.set(name, t)
  }

const mean = (name: string): number => {
  const t = timings.get(name)
  return t === undefined || t.runs === 0 ? Number.NaN : t.total / t.runs
}

const report = (): void => {
  const ours = mean(OURS)
  const structural = mean(STRUCTURAL)
  const lines = [
    '',
    'Diff of two 10,000-term drafts (mean time per diff, this process):',
    ...ORDER.map((n) => `  ${n.padEnd(48)} ${mean(n).toFixed(2).padStart(8)} ms`),
    `  (preparing the context once: ${contextMs.toFixed(0)} ms)`,
    'Ratios (our time / theirs):',
    `  structural + 2 parties / jsondiffpatch  ${(ours / mean(JSONDIFFPATCH)).toFixed(2)}×  (target ≤ 0.5×)`,
    `  structural + 2 parties / microdiff      ${(ours / mean(MICRODIFF)).toFixed(2)}×  (target ≤ 3×)`,
    `  structural only / jsondiffpatch         ${(structural / mean(JSONDIFFPATCH)).toFixed(2)}×`,
    `  structural only / microdiff             ${(structural / mean(MICRODIFF)).toFixed(2)}×`,
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

/**
 * Is the 2025–26 Russia–Ukraine negotiation stuck, why, since when, and what would unstick it? On the embedded
 * dataset, as of its last date (26 February 2026):
 *
 *   (i)   every deadlock found — red-line clashes, sequencing cycles, stalemates, oscillations, broken commitments —
 *         with its evidence and the nearest way out the zone analysis finds;
 *   (ii)  the six the research notes single out (Donetsk, foreign troops, ceasefire-first against deal-first,
 *         Crimea, the Zaporizhzhia plant, the broken energy moratorium), one line each;
 *   (iii) the deadlock timeline: when each finding appeared and when it went away.
 *
 * Run from a fresh clone: npx ts-node examples/05-deadlocks.ts
 */
import { either as E } from 'fp-ts'
import { Datasets, Deadlock, type Negotiation } from '../src'

const negotiation: Negotiation = Datasets.ruUa2025()

const fail = (errors: readonly Deadlock.DeadlockError[]): never => {
  for (const e of errors) console.error(`${e._tag}: ${e.message}`)
  process.exit(1)
}

const rule = (title: string): void => console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}\n`)

// (i) every deadlock as of the document's date
const detected = Deadlock.detect(negotiation)
const findings = E.isLeft(detected) ? fail(detected.left) : detected.right
rule(`(i) Deadlocks as of ${negotiation.asOf ?? 'the last date'}`)
console.log(Deadlock.toText(findings))

// (ii) the six deadlocks of the research notes
rule('(ii) The deadlocks the research notes single out')
const headline: readonly [string, string][] = [
  ['red-line-clash:territory.donetsk.control', "Ukraine's withdrawal from Donetsk"],
  ['red-line-clash:guarantees.foreign-troops', 'Foreign troops in Ukraine after a ceasefire'],
  ['sequencing-cycle:ceasefire>settlement', 'Ceasefire first against a deal first'],
  ['red-line-clash:territory.crimea.recognition', 'Recognition of Crimea'],
  ['red-line-clash:nuclear-plant', 'The Zaporizhzhia nuclear plant'],
  ['broken-commitment:energy-moratorium-2025-03-18', 'The broken energy moratorium'],
]
for (const [id, title] of headline) {
  const f = findings.find((x) => x.id === id)
  if (f === undefined) {
    console.log(`- ${title}: not found`)
    process.exitCode = 1
    continue
  }
  const records = f.evidence.length
  const sources = new Set(f.evidence.flatMap((e) => e.sources)).size
  console.log(
    `- ${title} (${f.kind}, since ${f.since}; ${String(records)} records, ${String(sources)} sources)`,
  )
  console.log(`  ${f.explanation}`)
  if (f.suggestion !== undefined) console.log(`  Way out: ${f.suggestion}`)
}

// (iii) the timeline
rule('(iii) The deadlock timeline')
const timeline = Deadlock.timeline(negotiation)
console.log(Deadlock.timelineToText(E.isLeft(timeline) ? fail(timeline.left) : timeline.right))

/**
 * Deadlock detection with evidence: is this negotiation stuck, why, since when, and what would unstick it? Six
 * kinds of finding — red-line clashes, package infeasibilities (with minimal conflict sets), sequencing cycles,
 * stalemates, oscillations and broken commitments — each a plain object with its parties, issues, start date,
 * whether it still holds, dated and sourced evidence, a plain-English explanation, and, for clashes and
 * infeasibilities, the nearest agreement from the zone analysis as the way out. `detect` finds them all as of a
 * date; one function per kind finds one kind; `timeline` follows them over time; `toText` and `toMarkdown` print
 * them.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export type {
  Breach,
  BrokenCommitment,
  Constraint,
  DeadlockError,
  DeadlockOptions,
  Evidence,
  Finding,
  FindingBase,
  FindingKind,
  Limit,
  Movement,
  Oscillation,
  PackageInfeasibility,
  Period,
  RedLineClash,
  SequencingCycle,
  Stalemate,
  Step,
  Timeline,
  TimelineEntry,
} from './model'
export { KINDS } from './model'
export type { Detected } from './run'
export { DEFAULTS, detect, detectOrThrow, timeline } from './detect'
export { clashes } from './clash'
export { infeasibilities } from './infeasible'
export { cycles } from './sequencing'
export { stalemates } from './stalemate'
export { oscillations } from './oscillation'
export { brokenCommitments } from './commitments'
export { toText, toMarkdown, timelineToText } from './render'

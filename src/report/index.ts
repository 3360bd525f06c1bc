/**
 * The report on a negotiation as of a date — the question people ask first, answered in one place: who the parties
 * are and where they stand on each issue, the latest drafts and what changed between them (and who gained), what
 * each party has accepted and what was broken, the deadlocks with their evidence, and the agreement zone or the
 * nearest agreement. `build` makes it as plain data; `toText`, `toMarkdown`, `toHtml` (one self-contained page with
 * inline SVG charts) and `toJson` (stable key order) render it. Every rendering is deterministic.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export type {
  AcceptedRow,
  AgreedRow,
  BrokenRow,
  Comparison,
  ConcessionRow,
  DeadlocksSection,
  DraftRow,
  DraftsSection,
  IssueRow,
  IssueZoneRow,
  LedgerSection,
  Move,
  PartyRow,
  PositionRow,
  PositionsSection,
  Report,
  ReportCharts,
  ReportError,
  SectionName,
  SourceRow,
  ZoneSection,
} from './model'
export { REPORT_FORMAT, SECTIONS } from './model'
export { build, buildOrThrow, isReport } from './build'
export type { ReportOptions } from './build'
export type { DraftChoice } from './drafts'
export { toText } from './text'
export { toMarkdown } from './markdown'
export { toHtml } from './html'
export { toJson } from './json'

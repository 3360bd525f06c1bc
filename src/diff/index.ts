/**
 * Diffs that know the domain and the parties: what changed between two drafts, issue by issue, in whose favour, by
 * how much and across whose red lines; how a party's stance moved between two dates (concession or hardening); the
 * lineage of a draft; and the outputs — flat change records, RFC 6902 JSON Patch, plain text and Markdown.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export { proposals, isEmpty } from './proposals'
export type {
  ProposalDiff,
  ProposalDiffOptions,
  ProposalInput,
  ProposalRef,
  SourceRef,
  TermCounts,
} from './proposals'
export type { IssueMapping, Rewording, TermChange, TermStatus } from './terms'
export type {
  Flipped,
  Moved,
  OptionRef,
  Regrouped,
  Replaced,
  Resized,
  Switched,
  ValueChange,
} from './value-change'
export { conditionKey } from './conditions'
export type { ConditionChange } from './conditions'
export { context } from './context'
export type { DiffContext, Standing } from './context'
export type { Effect, IssueEffect, PartyImpact, PartyImpacts } from './impact'
export { positions, concessions } from './positions'
export type { ConcessionStep, IssueMovement, Movement, PositionDiff } from './positions'
export type { IdealShift, SetShift, StanceShift } from './shift'
export { lineage } from './lineage'
export type { Lineage, LineageOptions, LineageStep } from './lineage'
export { changes } from './changes'
export type { Change, ChangeKind } from './changes'
export { jsonPatch, applyPatch } from './patch'
export type { JsonPatch, PatchOperation } from './patch'
export { pointer, parsePointer } from './pointer'
export { toText, toMarkdown } from './render'
export type { DiffProblem, DiffProblemKind } from './problem'

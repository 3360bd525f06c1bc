/**
 * Conditions and linkage: "this only if that holds". A condition qualifies a term of a proposal, a party's position
 * or a party's acceptance. Four kinds: a value another issue must take (`value`), another party's acceptance
 * (`acceptance`), an order of steps (`sequence`, "X before Y"), and anything else, in words (`other`).
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { list, struct, tagged, text } from '../internal/codec'
import { ValueSet } from './domain'
import { IssueId, PartyId, ProposalId } from './ids'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const ValueConditionCodec = struct(
  'ValueCondition',
  { kind: t.literal('value'), issue: IssueId, in: ValueSet },
  {
    when: struct('When', { issue: IssueId, in: ValueSet }),
    appliesTo: list(IssueId),
    text: text(),
  },
)
/**
 * @category conditions
 * @since 0.1.0
 */
export interface ValueCondition extends t.TypeOf<typeof ValueConditionCodec> {}
/**
 * A requirement that `issue` take a value in `in`, optionally only `when` another issue takes a value in a set
 * (linkage: "if the army is capped, the cap is at least 800,000"). `appliesTo` names the terms it qualifies (all
 * when absent).
 *
 * @category conditions
 * @since 0.1.0
 */
export const ValueCondition: t.Type<ValueCondition, ValueCondition, unknown> = ValueConditionCodec

const AcceptanceConditionCodec = struct(
  'AcceptanceCondition',
  { kind: t.literal('acceptance'), party: PartyId },
  { proposal: ProposalId, issues: list(IssueId), appliesTo: list(IssueId), text: text() },
)
/**
 * @category conditions
 * @since 0.1.0
 */
export interface AcceptanceCondition extends t.TypeOf<typeof AcceptanceConditionCodec> {}
/**
 * A requirement that another party accept too, optionally only on some issues of a given proposal.
 *
 * @category conditions
 * @since 0.1.0
 */
export const AcceptanceCondition: t.Type<AcceptanceCondition, AcceptanceCondition, unknown> = AcceptanceConditionCodec

const SequenceConditionCodec = struct(
  'SequenceCondition',
  { kind: t.literal('sequence'), first: IssueId, then: IssueId },
  { by: PartyId, appliesTo: list(IssueId), text: text() },
)
/**
 * @category conditions
 * @since 0.1.0
 */
export interface SequenceCondition extends t.TypeOf<typeof SequenceConditionCodec> {}
/**
 * An order of steps: `first` must be settled (or carried out) before `then`. `by` names the party expected to take
 * the first step, when there is one ("Ukraine withdraws before the ceasefire").
 *
 * @category conditions
 * @since 0.1.0
 */
export const SequenceCondition: t.Type<SequenceCondition, SequenceCondition, unknown> = SequenceConditionCodec

const OtherConditionCodec = struct(
  'OtherCondition',
  { kind: t.literal('other'), text: text() },
  { appliesTo: list(IssueId) },
)
/**
 * @category conditions
 * @since 0.1.0
 */
export interface OtherCondition extends t.TypeOf<typeof OtherConditionCodec> {}
/**
 * A condition the model cannot check, kept in words ("subject to a referendum").
 *
 * @category conditions
 * @since 0.1.0
 */
export const OtherCondition: t.Type<OtherCondition, OtherCondition, unknown> = OtherConditionCodec

/**
 * A condition, discriminated by `kind`.
 *
 * @category conditions
 * @since 0.1.0
 */
export const Condition: t.Type<Condition, Condition, unknown> = tagged('Condition', 'kind', {
  value: ValueCondition,
  acceptance: AcceptanceCondition,
  sequence: SequenceCondition,
  other: OtherCondition,
})
/**
 * @category conditions
 * @since 0.1.0
 */
export type Condition = ValueCondition | AcceptanceCondition | SequenceCondition | OtherCondition

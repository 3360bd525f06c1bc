/**
 * Proposals: draft packages. A proposal gives a value for some issues (its terms, keyed by issue), was tabled by
 * one or more parties on a date, may revise an earlier draft (`basedOn`), and may carry conditions and sequencing.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { keyed, list, oneOf, struct, text } from '../internal/codec'
import { Condition, SequenceCondition } from './condition'
import { IsoDate } from './date'
import { Value } from './domain'
import { IssueId, PartyId, ProposalId, SourceId } from './ids'
import { Confidence } from './party'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const TermCodec = struct(
  'Term',
  { value: Value },
  { text: text(), point: text(50), note: text(), sources: list(SourceId), confidence: Confidence },
)
/**
 * @category proposals
 * @since 0.1.0
 */
export interface Term extends t.TypeOf<typeof TermCodec> {}
/**
 * One term of a proposal: the value it gives its issue, with the draft's own wording (`text`) and its item number
 * in the draft (`point`), which renumbered drafts do not share.
 *
 * @category proposals
 * @since 0.1.0
 */
export const Term: t.Type<Term, Term, unknown> = TermCodec

/**
 * How the text of a proposal is known: published by its authors, leaked, or only reported from briefings.
 *
 * @category proposals
 * @since 0.1.0
 */
export const TextStatus = oneOf('TextStatus', ['published', 'leaked', 'reported'])
/**
 * @category proposals
 * @since 0.1.0
 */
export type TextStatus = t.TypeOf<typeof TextStatus>

const ProposalCodec = struct(
  'Proposal',
  {
    title: text(500),
    date: IsoDate,
    tabledBy: list(PartyId, 'tabledBy'),
    terms: keyed('terms', IssueId, Term),
    sources: list(SourceId, 'sources'),
  },
  {
    basedOn: ProposalId,
    conditions: list(Condition, 'conditions'),
    sequencing: list(SequenceCondition, 'sequencing'),
    textStatus: TextStatus,
    confidence: Confidence,
    summary: text(),
    note: text(),
  },
)
/**
 * @category proposals
 * @since 0.1.0
 */
export interface Proposal extends t.TypeOf<typeof ProposalCodec> {}
/**
 * A draft package tabled by `tabledBy` on `date`. Its id is its key in the document's `proposals`.
 *
 * @category proposals
 * @since 0.1.0
 */
export const Proposal: t.Type<Proposal, Proposal, unknown> = ProposalCodec

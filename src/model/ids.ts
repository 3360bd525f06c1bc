/**
 * Branded ids. Every id in a negotiation document is a short string chosen by its author (`RU`,
 * `territory.donetsk`, `us-28-point-plan`); the brands keep one kind from being passed where another is expected.
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts'
import { brandedId } from '../internal/codec'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The mark that sets a party id apart from other text, so that a party id cannot stand where an issue id or a plain
 * string is expected. It exists for the type checker alone: at run time a party id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface PartyIdBrand {
  readonly PartyId: unique symbol
}
/**
 * The mark that sets an issue id apart from other text, so that an issue id cannot stand where a party id or a plain
 * string is expected. It exists for the type checker alone: at run time an issue id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface IssueIdBrand {
  readonly IssueId: unique symbol
}
/**
 * The mark that sets an option id apart from other text, so that an option id cannot stand where an issue id or a
 * plain string is expected. It exists for the type checker alone: at run time an option id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface OptionIdBrand {
  readonly OptionId: unique symbol
}
/**
 * The mark that sets a proposal id apart from other text, so that a proposal id cannot stand where an event id or a
 * plain string is expected. It exists for the type checker alone: at run time a proposal id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface ProposalIdBrand {
  readonly ProposalId: unique symbol
}
/**
 * The mark that sets an event id apart from other text, so that an event id cannot stand where a proposal id or a
 * plain string is expected. It exists for the type checker alone: at run time an event id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface EventIdBrand {
  readonly EventId: unique symbol
}
/**
 * The mark that sets a source id apart from other text, so that a source id cannot stand where an event id or a
 * plain string is expected. It exists for the type checker alone: at run time a source id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface SourceIdBrand {
  readonly SourceId: unique symbol
}
/**
 * The mark that sets a position id apart from other text, so that a position id cannot stand where a party id or a
 * plain string is expected. It exists for the type checker alone: at run time a position id is an ordinary string.
 *
 * @category ids
 * @since 0.1.0
 */
export interface PositionIdBrand {
  readonly PositionId: unique symbol
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The id of a party (`RU`, `UA`, `US`).
 *
 * @category ids
 * @since 0.1.0
 * @example
 * import { PartyId } from 'negotiation-positions'
 * assert.strictEqual(PartyId.is('RU'), true)
 * assert.strictEqual(PartyId.is('__proto__'), false)
 */
export const PartyId = brandedId<PartyIdBrand, 'PartyId'>('PartyId')
/**
 * @category ids
 * @since 0.1.0
 */
export type PartyId = t.TypeOf<typeof PartyId>

/**
 * The id of an issue (`nato`, `territory.donetsk`).
 *
 * @category ids
 * @since 0.1.0
 */
export const IssueId = brandedId<IssueIdBrand, 'IssueId'>('IssueId')
/**
 * @category ids
 * @since 0.1.0
 */
export type IssueId = t.TypeOf<typeof IssueId>

/**
 * The id of an option of a `choice` issue, or of an element of a `subset` issue's universe.
 *
 * @category ids
 * @since 0.1.0
 */
export const OptionId = brandedId<OptionIdBrand, 'OptionId'>('OptionId')
/**
 * @category ids
 * @since 0.1.0
 */
export type OptionId = t.TypeOf<typeof OptionId>

/**
 * The id of a proposal (a draft package).
 *
 * @category ids
 * @since 0.1.0
 */
export const ProposalId = brandedId<ProposalIdBrand, 'ProposalId'>('ProposalId')
/**
 * @category ids
 * @since 0.1.0
 */
export type ProposalId = t.TypeOf<typeof ProposalId>

/**
 * The id of an event in the negotiation's history.
 *
 * @category ids
 * @since 0.1.0
 */
export const EventId = brandedId<EventIdBrand, 'EventId'>('EventId')
/**
 * @category ids
 * @since 0.1.0
 */
export type EventId = t.TypeOf<typeof EventId>

/**
 * The id of a source (an article, a document, a statement on record).
 *
 * @category ids
 * @since 0.1.0
 */
export const SourceId = brandedId<SourceIdBrand, 'SourceId'>('SourceId')
/**
 * @category ids
 * @since 0.1.0
 */
export type SourceId = t.TypeOf<typeof SourceId>

/**
 * The id of a stated position.
 *
 * @category ids
 * @since 0.1.0
 */
export const PositionId = brandedId<PositionIdBrand, 'PositionId'>('PositionId')
/**
 * @category ids
 * @since 0.1.0
 */
export type PositionId = t.TypeOf<typeof PositionId>

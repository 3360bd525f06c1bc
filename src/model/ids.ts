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
 * @category ids
 * @since 0.1.0
 */
export interface PartyIdBrand {
  readonly PartyId: unique symbol
}
/**
 * @category ids
 * @since 0.1.0
 */
export interface IssueIdBrand {
  readonly IssueId: unique symbol
}
/**
 * @category ids
 * @since 0.1.0
 */
export interface OptionIdBrand {
  readonly OptionId: unique symbol
}
/**
 * @category ids
 * @since 0.1.0
 */
export interface ProposalIdBrand {
  readonly ProposalId: unique symbol
}
/**
 * @category ids
 * @since 0.1.0
 */
export interface EventIdBrand {
  readonly EventId: unique symbol
}
/**
 * @category ids
 * @since 0.1.0
 */
export interface SourceIdBrand {
  readonly SourceId: unique symbol
}
/**
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

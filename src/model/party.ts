/**
 * Parties and sources: who negotiates, in what role, and where each fact comes from.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { boundedNumber, list, oneOf, struct, text } from '../internal/codec'
import { IsoDate } from './date'

// -------------------------------------------------------------------------------------
// parties
// -------------------------------------------------------------------------------------

/**
 * Whether a party's consent is needed for a deal (`principal`) or not (`mediator`, `guarantor`, `observer`).
 *
 * @category parties
 * @since 0.1.0
 */
export const PartyRole = oneOf('PartyRole', ['principal', 'mediator', 'guarantor', 'observer'])
/**
 * @category parties
 * @since 0.1.0
 */
export type PartyRole = t.TypeOf<typeof PartyRole>

const PartyCodec = struct(
  'Party',
  { name: text(200), role: PartyRole },
  { description: text(), members: list(text(200)), reservation: boundedNumber('utility', 0, 1) },
)
/**
 * @category parties
 * @since 0.1.0
 */
export interface Party extends t.TypeOf<typeof PartyCodec> {}
/**
 * An actor with a stake. Its id is its key in the document's `parties`. `reservation` is the utility (0 to 1) the
 * party gets with no deal: a package below it is not acceptable to the party.
 *
 * @category parties
 * @since 0.1.0
 */
export const Party: t.Type<Party, Party, unknown> = PartyCodec

// -------------------------------------------------------------------------------------
// sources
// -------------------------------------------------------------------------------------

/**
 * How sure the record is: `high` for published texts and on-record statements, `medium` for well-sourced reporting,
 * `low` for single-outlet or anonymous-source claims.
 *
 * @category sources
 * @since 0.1.0
 */
export const Confidence = oneOf('Confidence', ['high', 'medium', 'low'])
/**
 * @category sources
 * @since 0.1.0
 */
export type Confidence = t.TypeOf<typeof Confidence>

const SourceCodec = struct(
  'Source',
  { title: text(1000) },
  { url: text(2000), publisher: text(200), published: IsoDate, note: text() },
)
/**
 * @category sources
 * @since 0.1.0
 */
export interface Source extends t.TypeOf<typeof SourceCodec> {}
/**
 * Where a fact comes from. Its id is its key in the document's `sources`.
 *
 * @category sources
 * @since 0.1.0
 */
export const Source: t.Type<Source, Source, unknown> = SourceCodec

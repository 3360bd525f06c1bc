/**
 * The negotiation document: parties, issues, positions, proposals, events and sources, with a format version. This
 * is the JSON (or YAML) file an analyst writes; `Load.decode` and `Load.parse` turn it into a typed value.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { isPlainObject, keyed, list, struct, text } from '../internal/codec'
import { IsoDate } from './date'
import { Issue } from './domain'
import { Event } from './event'
import { IssueId, PartyId, ProposalId, SourceId } from './ids'
import { Party, Source } from './party'
import { Position } from './position'
import { Proposal } from './proposal'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format version this library reads and writes.
 *
 * @category documents
 * @since 0.1.0
 */
export const FORMAT = 'negotiation-positions/1'

const collections = { positions: [], proposals: {}, events: [], sources: {} } as const

const Document = struct(
  'Negotiation',
  {
    format: t.literal(FORMAT),
    title: text(500),
    parties: keyed('parties', PartyId, Party),
    issues: keyed('issues', IssueId, Issue),
    positions: list(Position, 'positions'),
    proposals: keyed('proposals', ProposalId, Proposal),
    events: list(Event, 'events'),
    sources: keyed('sources', SourceId, Source),
  },
  { id: text(200), description: text(), asOf: IsoDate, license: text(500), citation: text() },
)

/**
 * A whole negotiation. `positions`, `proposals`, `events` and `sources` may be left out of the input; they decode
 * to empty collections. This codec checks structure only — `Load.decode` also checks that every reference points
 * at something and every value lies in its issue's domain.
 *
 * @category documents
 * @since 0.1.0
 */
export const Negotiation = new t.Type<Negotiation, Negotiation, unknown>(
  'Negotiation',
  Document.is,
  (u, c) => Document.validate(isPlainObject(u) ? { ...collections, ...u } : u, c),
  t.identity,
)
/**
 * @category documents
 * @since 0.1.0
 */
export interface Negotiation extends t.TypeOf<typeof Document> {}

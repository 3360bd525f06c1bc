/**
 * The shared context of the semantic checks: the document, its ids by kind, the well-formed domains, and the one
 * way every check reports an unknown id (with the nearest valid id as a suggestion).
 *
 * @internal
 * @since 0.1.0
 */
import type { Sink } from './check-values'
import type { Domain } from './domain'
import type { PathSegments } from './errors'
import type { Negotiation } from './negotiation'
import type { Position } from './position'
import { didYouMean, listOf } from './suggest'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The things an id can name, with the collection that holds them.
 *
 * @category checks
 * @since 0.1.0
 */
export const COLLECTION = {
  party: 'parties',
  issue: 'issues',
  proposal: 'proposals',
  source: 'sources',
  position: 'positions',
  event: 'events',
} as const

/**
 * What every semantic check shares: the document, its ids, the well-formed domains and the problem sink.
 *
 * @category checks
 * @since 0.1.0
 */
export interface Context {
  readonly doc: Negotiation
  readonly ids: { readonly [K in keyof typeof COLLECTION]: ReadonlyArray<string> }
  readonly domains: ReadonlyMap<string, Domain>
  readonly positions: ReadonlyMap<string, Position>
  readonly sink: Sink
  /** Checks that `id` names a known `what`; reports it and returns false when it does not. */
  readonly refer: (what: keyof typeof COLLECTION, id: string, path: PathSegments) => boolean
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const firstIds = <A>(items: ReadonlyArray<A>, idOf: (a: A) => string): ReadonlyArray<string> => [
  ...new Set(items.map(idOf)),
]

/**
 * Builds the shared context of the semantic checks; `domains` is filled by the domain checks that run first.
 *
 * @category checks
 * @since 0.1.0
 */
export const makeContext = (doc: Negotiation, sink: Sink, domains: ReadonlyMap<string, Domain>): Context => {
  const ids = {
    party: Object.keys(doc.parties),
    issue: Object.keys(doc.issues),
    proposal: Object.keys(doc.proposals),
    source: Object.keys(doc.sources),
    position: firstIds(doc.positions, (p) => p.id),
    event: firstIds(doc.events, (e) => e.id),
  }
  const known = {
    party: new Set(ids.party),
    issue: new Set(ids.issue),
    proposal: new Set(ids.proposal),
    source: new Set(ids.source),
    position: new Set(ids.position),
    event: new Set(ids.event),
  }
  const positions = new Map<string, Position>()
  for (const p of doc.positions) if (!positions.has(p.id)) positions.set(p.id, p)
  const refer = (what: keyof typeof COLLECTION, id: string, path: PathSegments): boolean => {
    if (known[what].has(id)) return true
    const collection = COLLECTION[what]
    const all = ids[what]
    const tail = didYouMean(id, all, collection)
    const fix = tail.startsWith('did you mean')
      ? tail
      : all.length === 0
        ? `the document has no ${collection}; add it to \`${collection}\``
        : `add it to \`${collection}\` or use one of: ${listOf(all)}`
    sink(path, 'unknown-reference', `unknown ${what} \`${id}\` (not in \`${collection}\`); ${fix}`, id)
    return false
  }
  return { doc, ids, domains, positions, sink, refer }
}

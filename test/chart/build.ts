/**
 * Small hand-made inputs for the chart tests: a negotiation assembled from parts (deeply frozen, not run through
 * the loader, so that a test can reach what the loader would refuse) and a linkage graph placed by hand, to draw
 * layouts the layered layout never produces.
 */
import { deepFreeze } from '../../src/internal/freeze'
import type { LinkBend, LinkEdge, LinkageGraph } from '../../src/chart/model'
import type { Negotiation } from '../../src/model/negotiation'

/** A negotiation document from its parts; parties, issues, positions, proposals and events default to none. */
export const document = (parts: Record<string, unknown>): Record<string, unknown> => ({
  format: 'negotiation-positions/1',
  title: 'Built',
  parties: {},
  issues: {},
  positions: [],
  proposals: {},
  events: [],
  sources: {},
  ...parts,
})

/** A negotiation from its parts (see `document`), deeply frozen. */
export const negotiation = (parts: Record<string, unknown>): Negotiation =>
  deepFreeze(document(parts)) as unknown as Negotiation

/** A yes/no issue. */
export const flag = (label: string): Record<string, unknown> => ({
  label,
  category: 'other',
  domain: { kind: 'flag' },
})

/** A condition that `first` must come before `then`. */
export const before = (first: string, then: string): Record<string, unknown> => ({
  kind: 'sequence',
  first,
  then,
})

/** An arrow of a hand-made graph: a sequence from `from` to `to`, not on a cycle unless said. */
export interface EdgeSpec {
  readonly from: string
  readonly to: string
  readonly bends?: readonly LinkBend[]
  readonly cycle?: boolean
  readonly kind?: LinkEdge['kind']
}

/** A linkage graph placed by hand: nodes as `[id, layer, order]`, labelled by their id. */
export const placed = (
  nodes: readonly (readonly [string, number, number])[],
  edges: readonly EdgeSpec[],
): LinkageGraph =>
  deepFreeze({
    _tag: 'linkage',
    title: 'By hand',
    asOf: null,
    nodes: nodes.map(([id, layer, order]) => ({ id, label: id, category: null, layer, order })),
    edges: edges.map((e) => ({
      from: e.from,
      to: e.to,
      kind: e.kind ?? 'sequence',
      holders: [],
      via: [],
      cycle: e.cycle ?? false,
      ...(e.bends === undefined ? {} : { bends: e.bends }),
    })),
  }) as unknown as LinkageGraph

/**
 * The linkage and sequencing graph: which issues conditions tie together. An arrow for every sequence condition
 * ("X before Y") and every linkage ("a stance or term on Y depends on the value of X"), from the parties' current
 * positions, the drafts tabled and the conditional responses, as of a date. Arrows on a cycle of preconditions are
 * marked: there, nobody can move first.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Condition } from '../model/condition'
import type { IsoDate } from '../model/date'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { all } from '../model/positions'
import { hasOwn } from '../internal/record'
import { badDate, badNegotiation, type ChartError, lastDateOf, unknownIds } from './errors'
import { components, edgeKey, layered } from './layout'
import type { LinkEdge, LinkNode, LinkageGraph } from './model'
import { partyKeys } from './palette'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to draw: conditions as of a date (default: the negotiation's `asOf`, else its latest dated fact), only those
 * some of the given parties hold, and a title.
 *
 * @category model
 * @since 0.1.0
 */
export interface LinkageOptions {
  readonly asOf?: IsoDate | string
  readonly parties?: readonly (PartyId | string)[]
  readonly title?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const isNegotiation = (u: unknown): u is Negotiation =>
  typeof u === 'object' && u !== null && typeof (u as { issues?: unknown }).issues === 'object'

interface Draft {
  from: IssueId
  to: IssueId
  kind: 'sequence' | 'linkage'
  holders: Set<PartyId>
  via: Set<string>
}

const build = (
  negotiation: Negotiation,
  options: LinkageOptions,
): E.Either<readonly ChartError[], LinkageGraph> => {
  const ill = badNegotiation(negotiation)
  if (ill.length > 0) return E.left(ill)
  const errors = [
    ...unknownIds('unknown-party', 'party', options.parties, negotiation.parties),
    ...badDate('asOf', options.asOf),
  ]
  if (errors.length > 0) return E.left(errors)
  const asOf = (options.asOf ?? lastDateOf(negotiation)) as IsoDate | undefined
  const wanted = options.parties === undefined ? undefined : new Set<string>(options.parties)
  const drafts = new Map<string, Draft>()
  const add = (
    kind: Draft['kind'],
    from: IssueId,
    to: IssueId,
    holders: readonly PartyId[],
    via: string,
  ): void => {
    if (from === to) return
    if (wanted !== undefined && !holders.some((h) => wanted.has(h))) return
    const key = JSON.stringify([kind, from, to])
    let d = drafts.get(key)
    if (d === undefined) drafts.set(key, (d = { from, to, kind, holders: new Set(), via: new Set() }))
    for (const h of holders) d.holders.add(h)
    d.via.add(via)
  }
  const fromCondition = (
    c: Condition,
    holders: readonly PartyId[],
    via: string,
    on: readonly IssueId[],
  ): void => {
    if (c.kind === 'sequence') add('sequence', c.first, c.then, holders, via)
    if (c.kind !== 'value') return
    if (c.when !== undefined) add('linkage', c.when.issue, c.issue, holders, via)
    for (const target of c.appliesTo ?? on) add('linkage', c.issue, target, holders, via)
  }
  // the parties' current stances
  for (const s of asOf === undefined ? all(negotiation) : all(negotiation, asOf))
    for (const c of s.conditions ?? [])
      fromCondition(c, [s.party], s.origin.conditions ?? s.records[s.records.length - 1]?.id ?? '', [s.issue])
  // drafts tabled by then
  for (const id of Object.keys(negotiation.proposals)) {
    const p = negotiation.proposals[id as keyof Negotiation['proposals']]
    if (p === undefined || (asOf !== undefined && p.date > asOf)) continue
    for (const c of [...(p.sequencing ?? []), ...(p.conditions ?? [])]) fromCondition(c, p.tabledBy, id, [])
  }
  // conditional responses by then
  for (const e of negotiation.events) {
    if (e.kind !== 'response' || (asOf !== undefined && e.date > asOf)) continue
    for (const c of e.conditions ?? []) fromCondition(c, [e.party], e.id, e.terms ?? [])
  }
  const order = new Map(partyKeys(negotiation).map((p, i) => [p.id as string, i]))
  const list = [...drafts.values()].sort(
    (a, b) => compareText(a.kind, b.kind) || compareText(a.from, b.from) || compareText(a.to, b.to),
  )
  const ids = [...new Set(list.flatMap((d) => [d.from, d.to]))].sort(compareText)
  const sequence = list.filter((d) => d.kind === 'sequence').map((d) => [d.from, d.to] as const)
  const comp = components(ids, sequence)
  const layout = layered(
    ids,
    list.map((d) => [d.from, d.to] as const),
  )
  const edges: LinkEdge[] = list.map((d) => {
    const bends = layout.bends.get(edgeKey(d.from, d.to))
    return {
      from: d.from,
      to: d.to,
      kind: d.kind,
      holders: [...d.holders].sort(
        (a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || compareText(a, b),
      ),
      via: [...d.via].filter((v) => v !== '').sort(compareText),
      cycle: d.kind === 'sequence' && comp.get(d.from) === comp.get(d.to),
      ...(bends === undefined || bends.length === 0 ? {} : { bends }),
    }
  })
  const nodes: LinkNode[] = ids
    .map((id) => {
      const issue = hasOwn(negotiation.issues, id) ? negotiation.issues[id] : undefined
      return {
        id,
        label: issue?.label ?? id,
        category: issue?.category ?? null,
        layer: layout.layer.get(id) ?? 0,
        order: layout.order.get(id) ?? 0,
      }
    })
    .sort((a, b) => a.layer - b.layer || a.order - b.order)
  return E.right(
    deepFreeze({
      _tag: 'linkage' as const,
      title: options.title ?? 'Linkage and sequencing',
      asOf: asOf ?? null,
      nodes,
      edges,
    }),
  )
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The linkage and sequencing graph of a negotiation as of a date: its issues tied by conditions, in layers, with the
 * arrows on a cycle of preconditions marked. Data-first `linkage(negotiation, options?)` or data-last
 * `linkage(options?)(negotiation)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Chart, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const flag = (label: string) => ({ label, category: 'other', domain: { kind: 'flag' } })
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { truce: flag('Truce'), withdrawal: flag('Withdrawal') },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'truce', asOf: '2025-01-01', sources: [], conditions: [{ kind: 'sequence', first: 'withdrawal', then: 'truce' }] },
 *     { id: 'b', party: 'B', issue: 'truce', asOf: '2025-01-02', sources: [], conditions: [{ kind: 'sequence', first: 'truce', then: 'withdrawal' }] },
 *   ],
 * } as unknown as Negotiation
 * const graph = E.getOrElseW(() => assert.fail())(Chart.linkage(doc))
 * assert.deepStrictEqual(graph.edges.map((e) => [e.from, e.to, e.holders, e.cycle]), [
 *   ['truce', 'withdrawal', ['B'], true],
 *   ['withdrawal', 'truce', ['A'], true],
 * ])
 */
export const linkage: {
  (options?: LinkageOptions): (negotiation: Negotiation) => E.Either<readonly ChartError[], LinkageGraph>
  (negotiation: Negotiation, options?: LinkageOptions): E.Either<readonly ChartError[], LinkageGraph>
} = function (...args: unknown[]) {
  if (isNegotiation(args[0])) return build(args[0], (args[1] as LinkageOptions | undefined) ?? {})
  return (negotiation: Negotiation) => build(negotiation, (args[0] as LinkageOptions | undefined) ?? {})
} as never

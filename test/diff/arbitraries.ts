/**
 * fast-check generators for the diff: two drafts of a random negotiation (built on the algebra's generators), with
 * terms that stay, change, appear and disappear, wording and item numbers, conditions, sequencing and `basedOn`;
 * and the transformations the laws speak of (shuffled keys, renamed parties).
 */
import { fc } from '../fast-check'
import type { Condition, Negotiation, Proposal, Term, Value } from '../../src'
import { frozen, negotiation as anyNegotiation, setWithRangesOf, valueOf } from '../algebra/arbitraries'

export interface Drafts {
  readonly negotiation: Negotiation
  readonly a: Proposal
  readonly b: Proposal
}

const termOf = (value: fc.Arbitrary<Value>): fc.Arbitrary<Term> =>
  fc
    .record(
      {
        value,
        text: fc.constantFrom('As agreed.', 'Subject to review.'),
        point: fc.constantFrom('1', '2', '10'),
      },
      { requiredKeys: ['value'] },
    )
    .map((t) => t as Term)

const conditionsOf = (n: Negotiation): fc.Arbitrary<Condition[]> => {
  const ids = Object.keys(n.issues)
  const parties = Object.keys(n.parties)
  const value = fc
    .constantFrom(...ids)
    .chain((issue) =>
      setWithRangesOf(n.issues[issue as never]!.domain).map((set) => ({ kind: 'value', issue, in: set })),
    )
  const other = fc
    .constantFrom('Subject to a referendum', 'After elections')
    .map((text) => ({ kind: 'other', text }))
  const acceptance = fc
    .record({ party: fc.constantFrom(...parties), issues: fc.subarray(ids) }, { requiredKeys: ['party'] })
    .map((c) => ({ kind: 'acceptance', ...c }))
  return fc.array(fc.oneof(value, other, acceptance), { maxLength: 3 }) as fc.Arbitrary<Condition[]>
}

const sequencingOf = (n: Negotiation): fc.Arbitrary<Condition[]> => {
  const ids = Object.keys(n.issues)
  return fc.array(
    fc
      .record({ first: fc.constantFrom(...ids), then: fc.constantFrom(...ids) })
      .map((s) => ({ kind: 'sequence', ...s })),
    { maxLength: 2 },
  ) as fc.Arbitrary<Condition[]>
}

const draftOf = (
  n: Negotiation,
  date: string,
  terms: Record<string, Term>,
  extra: Record<string, unknown>,
): Proposal =>
  ({
    title: `Draft of ${date}`,
    date,
    tabledBy: Object.keys(n.parties).slice(0, 1),
    sources: [],
    terms,
    ...extra,
  }) as unknown as Proposal

/**
 * A random negotiation with two drafts `a` (dated 2025-06-01) and `b` (2025-12-01, sometimes based on `a`): for
 * each issue, `b` keeps `a`'s term, changes it, drops it, or adds one.
 */
export const drafts: fc.Arbitrary<Drafts> = anyNegotiation.chain((n) => {
  const ids = Object.keys(n.issues).sort()
  const pairs = ids.map((id) => {
    const d = n.issues[id as never]!.domain
    const t = termOf(valueOf(d))
    return fc.oneof(
      t.map((x) => [x, x] as const),
      fc.tuple(t, t),
      t.map((x) => [x, undefined] as const),
      t.map((x) => [undefined, x] as const),
      fc.constant([undefined, undefined] as const),
    )
  })
  return fc
    .record({
      pairs: fc.tuple(...pairs),
      conditions: fc.tuple(conditionsOf(n), conditionsOf(n)),
      sequencing: fc.tuple(sequencingOf(n), sequencingOf(n)),
      basedOn: fc.boolean(),
    })
    .map(({ pairs: ps, conditions, sequencing, basedOn }) => {
      const ta: Record<string, Term> = {}
      const tb: Record<string, Term> = {}
      ps.forEach(([x, y], i) => {
        if (x !== undefined) ta[ids[i]!] = x
        if (y !== undefined) tb[ids[i]!] = y
      })
      const a = draftOf(n, '2025-06-01', ta, conditions[0].length > 0 ? { conditions: conditions[0] } : {})
      const b = draftOf(n, '2025-12-01', tb, {
        ...(conditions[1].length > 0 ? { conditions: conditions[1] } : {}),
        ...(sequencing[1].length > 0 ? { sequencing: sequencing[1] } : {}),
        ...(basedOn ? { basedOn: 'a' } : {}),
      })
      const withA = sequencing[0].length > 0 ? ({ ...a, sequencing: sequencing[0] } as Proposal) : a
      const negotiation = frozen({ ...n, proposals: { a: withA, b } }) as Negotiation
      return { negotiation, a: withA, b }
    })
})

/** The same object with its keys in another order (recursively for plain objects; arrays keep their order). */
export const reorderKeys = (u: unknown, seed: number): unknown => {
  if (Array.isArray(u)) return u.map((x) => reorderKeys(x, seed))
  if (typeof u !== 'object' || u === null) return u
  const keys = Object.keys(u)
  const shuffled = keys
    .map((k, i) => [k, (i * 7919 + seed * 104729) % 1000003] as const)
    .sort((x, y) => x[1] - y[1])
    .map(([k]) => k)
  return Object.fromEntries(shuffled.map((k) => [k, reorderKeys((u as Record<string, unknown>)[k], seed)]))
}

/** The negotiation with every party id passed through `rename` (parties, positions, drafts' tabledBy). */
export const renameParties = (n: Negotiation, rename: (id: string) => string): Negotiation => {
  const proposals = Object.fromEntries(
    Object.entries(n.proposals).map(([id, p]) => [id, { ...p, tabledBy: p.tabledBy.map(rename) }]),
  )
  return frozen({
    ...n,
    parties: Object.fromEntries(Object.entries(n.parties).map(([id, p]) => [rename(id), p])),
    positions: n.positions.map((r) => ({ ...r, party: rename(r.party) })),
    proposals,
  }) as unknown as Negotiation
}

import { fc, test } from '../fast-check'
import { either as E } from 'fp-ts'
import { describe, expect } from 'vitest'
import {
  Diff,
  type Domain,
  type IsoDate,
  type Negotiation,
  type Proposal,
  Utility,
  type Value,
  type ValueSet,
  Values,
} from '../../src'
import { encode, inSet } from '../../src/diff/impact'
import { INVALID, codeIn } from '../../src/diff/terms'
import { isValue } from '../../src/diff/value-change'
import { domain, frozen, ok, setOf, valueOf, within } from '../algebra/arbitraries'
import { type Drafts, drafts, renameParties, reorderKeys } from './arbitraries'

const diffOf = (
  n: Negotiation,
  a: Diff.ProposalInput = 'a',
  b: Diff.ProposalInput = 'b',
): Diff.ProposalDiff => ok(Diff.proposals(n, a, b))

/** What diff(b, a) must be, read off diff(a, b). */
const invertChange = (c: Diff.ValueChange | null): unknown => {
  if (c === null) return null
  switch (c.kind) {
    case 'moved':
      return {
        kind: 'moved',
        from: c.to,
        to: c.from,
        steps: -c.steps,
        toward: c.toward === 'first' ? 'last' : 'first',
      }
    case 'resized':
      return { kind: 'resized', from: c.to, to: c.from, absolute: -c.absolute, unit: c.unit }
    case 'regrouped':
      return { ...c, from: c.to, to: c.from, added: c.removed, removed: c.added }
    case 'flipped':
      return { kind: 'flipped', from: c.to, to: c.from }
    default:
      return { ...c, from: c.to, to: c.from }
  }
}

const swap = <A>(x: { readonly from: A; readonly to: A } | null) =>
  x === null ? null : { from: x.to, to: x.from }
const STATUS = { added: 'removed', removed: 'added', changed: 'changed', unchanged: 'unchanged' } as const
const EFFECT = {
  gain: 'loss',
  loss: 'gain',
  neutral: 'neutral',
  'no-stated-position': 'no-stated-position',
} as const

const termView = (t: Diff.TermChange, inverse: boolean) => {
  const change = inverse ? invertChange(t.change) : t.change
  const comparable =
    change !== null && typeof change === 'object' && 'relative' in change
      ? { ...(change as Record<string, unknown>), relative: undefined }
      : change !== null && ['flipped', 'moved'].includes((change as Diff.ValueChange).kind)
        ? { ...(change as Record<string, unknown>), label: undefined, pole: undefined }
        : change
  return {
    issue: t.issue,
    status: inverse ? STATUS[t.status] : t.status,
    from: inverse ? t.to : t.from,
    to: inverse ? t.from : t.to,
    change: comparable,
    wording: inverse ? swap(t.wording) : t.wording,
    point: inverse ? swap(t.point) : t.point,
  }
}

const partyView = (p: Diff.PartyImpact, inverse: boolean) => ({
  party: p.party,
  utility: inverse
    ? {
        from: p.utility.to,
        to: p.utility.from,
        delta: p.utility.delta === null || p.utility.delta === 0 ? p.utility.delta : -p.utility.delta,
      }
    : p.utility,
  gained: inverse ? p.lost : p.gained,
  lost: inverse ? p.gained : p.lost,
  crossed: inverse ? p.redLines.cleared : p.redLines.crossed,
  cleared: inverse ? p.redLines.crossed : p.redLines.cleared,
  issues: p.issues.map((e) => ({
    issue: e.issue,
    effect: inverse ? EFFECT[e.effect] : e.effect,
    ideal:
      inverse && e.ideal !== null
        ? ({ toward: 'away', away: 'toward', same: 'same' } as const)[e.ideal]
        : e.ideal,
    acceptable:
      inverse && e.acceptable !== null ? (e.acceptable === 'entered' ? 'left' : 'entered') : e.acceptable,
  })),
})

const conditionView = (c: Diff.ConditionChange, inverse: boolean) => ({
  subject: c.subject,
  status: inverse ? STATUS[c.status] : c.status,
  from: inverse ? c.to : c.from,
  to: inverse ? c.from : c.to,
})

const view = (d: Diff.ProposalDiff, inverse: boolean) => ({
  terms: d.terms.map((t) => termView(t, inverse)),
  unchanged: d.unchanged,
  conditions: d.conditions.map((c) => conditionView(c, inverse)),
  sequencing: d.sequencing.map((c) => conditionView(c, inverse)),
  basedOn: inverse ? swap(d.basedOn) : d.basedOn,
  parties: [...(d.parties?.principals ?? []), ...(d.parties?.others ?? [])].map((p) => partyView(p, inverse)),
})

/** A value near `v` that may fall outside its domain: a repeated element, an unknown one, a number out of range. */
const junk = (v: Value): unknown =>
  Array.isArray(v)
    ? v.length > 0
      ? [...(v as unknown[]), (v as unknown[])[0]]
      : ['no-such-element']
    : typeof v === 'number'
      ? v * 10 + 1e9
      : typeof v === 'boolean'
        ? String(v)
        : `${String(v)}-x`

/** Drafts where some terms are broken: a value outside its domain, or a term on an issue the negotiation lacks. */
const corrupted: fc.Arbitrary<Drafts> = fc
  .tuple(drafts, fc.nat(), fc.nat(), fc.boolean(), fc.boolean())
  .map(([d, i, j, unknownA, unknownB]) => {
    const breakOne = (p: Proposal, k: number): Proposal => {
      const ids = Object.keys(p.terms)
      const id = ids[k % Math.max(ids.length, 1)]
      const terms: Record<string, unknown> = { ...p.terms }
      if (id !== undefined && k % 3 !== 0) {
        const t = terms[id] as { readonly value: Value }
        terms[id] = { ...t, value: junk(t.value) }
      }
      return { ...p, terms } as unknown as Proposal
    }
    const withUnknown = (p: Proposal, on: boolean): Proposal =>
      on ? ({ ...p, terms: { ...p.terms, 'no.such.issue': { value: true } } } as unknown as Proposal) : p
    const a = withUnknown(breakOne(d.a, i), unknownA)
    const b = withUnknown(breakOne(d.b, j), unknownB)
    const negotiation = frozen({ ...d.negotiation, proposals: { a, b } }) as Negotiation
    return { negotiation, a, b }
  })

describe('proposal diff laws', () => {
  test.prop([drafts])('the diff of a draft with itself is empty', ({ negotiation }: Drafts) => {
    for (const id of ['a', 'b']) {
      const d = diffOf(negotiation, id, id)
      expect(Diff.isEmpty(d)).toBe(true)
      for (const p of [...(d.parties?.principals ?? []), ...(d.parties?.others ?? [])]) {
        expect(p.issues).toEqual([])
        expect(p.utility.delta === null || p.utility.delta === 0).toBe(true)
      }
      expect(Diff.changes(d)).toEqual([])
    }
  })

  test.prop([drafts])('applying the patch of diff(a, b) to a gives b', ({ a, b }: Drafts) => {
    expect(ok(Diff.applyPatch(a, Diff.jsonPatch(a, b)))).toEqual(b)
    expect(Diff.jsonPatch(a, a)).toEqual([])
  })

  test.prop([drafts])('diff(b, a) is the inverse of diff(a, b)', ({ negotiation }: Drafts) => {
    const forward = diffOf(negotiation, 'a', 'b')
    const backward = diffOf(negotiation, 'b', 'a')
    expect(view(backward, false)).toEqual(view(forward, true))
  })

  test.prop([drafts, fc.nat(1000)])(
    'the result does not depend on the order of keys',
    ({ negotiation }: Drafts, seed: number) => {
      const shuffled = frozen({
        ...(reorderKeys(negotiation, seed) as Negotiation),
        positions: negotiation.positions,
      }) as Negotiation
      expect(diffOf(shuffled)).toEqual(diffOf(negotiation))
    },
  )

  test.prop([drafts])('renaming the parties renames the result, nothing else', ({ negotiation }: Drafts) => {
    const plain = frozen({
      ...negotiation,
      proposals: Object.fromEntries(
        Object.entries(negotiation.proposals).map(([id, p]) => [id, { ...p, conditions: undefined }]),
      ),
    }) as unknown as Negotiation
    const rename = (id: string): string => `Z${id.split('').reverse().join('')}`
    const renamed = diffOf(renameParties(plain, rename))
    const original = diffOf(plain)
    const byParty = (d: Diff.ProposalDiff, f: (id: string) => string) =>
      Object.fromEntries(
        [...(d.parties?.principals ?? []), ...(d.parties?.others ?? [])].map((p) => [
          f(p.party),
          { ...p, party: f(p.party) },
        ]),
      )
    expect(byParty(renamed, (x) => x)).toEqual(byParty(original, rename))
    expect(renamed.terms).toEqual(original.terms)
    expect([...(renamed.parties?.gainedMost ?? [])].sort()).toEqual(
      [...(original.parties?.gainedMost ?? [])].map(rename).sort(),
    )
  })

  test.prop([drafts])(
    'each party utility delta has the sign the utility model gives',
    ({ negotiation, a, b }: Drafts) => {
      const d = diffOf(negotiation)
      for (const p of [...(d.parties?.principals ?? []), ...(d.parties?.others ?? [])]) {
        const u = (x: Proposal) =>
          ok(Utility.utility(negotiation, p.party, Utility.packageOf(x), '2025-12-01' as IsoDate)).utility
        const expected = u(b) - u(a)
        if (p.utility.delta === null) expect(expected).toBe(0)
        else {
          expect(Math.sign(p.utility.delta)).toBe(Math.abs(expected) < 1e-12 ? 0 : Math.sign(expected))
          expect(p.utility.from).toBeCloseTo(u(a), 12)
          expect(p.utility.to).toBeCloseTo(u(b), 12)
        }
      }
    },
  )
})

describe('patch robustness', () => {
  const op = fc.record(
    {
      op: fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test', 'other'),
      path: fc.constantFrom(
        '',
        '/title',
        '/terms',
        '/terms/x',
        '/tabledBy/0',
        '/tabledBy/-',
        '/nope/x',
        'bad',
        '/a~2',
      ),
      from: fc.constantFrom('/title', '/terms', '/sources', '/x'),
      value: fc.anything(),
    },
    { requiredKeys: ['op', 'path'] },
  )

  test.prop([drafts, fc.array(fc.oneof(op, fc.anything()), { maxLength: 4 })])(
    'applyPatch never throws and never touches the draft',
    ({ a }: Drafts, patch: unknown[]) => {
      const before = JSON.stringify(a)
      const r = Diff.applyPatch(a, patch as never)
      expect(E.isLeft(r) || E.isRight(r)).toBe(true)
      expect(JSON.stringify(a)).toBe(before)
    },
  )
})

describe('internal fast paths', () => {
  test.prop([within(domain, (d) => fc.tuple(setOf(d), valueOf(d)))])(
    'the diff’s set membership agrees with Values.contains on sets in normal form',
    ([d, [set, value]]: [Domain, [ValueSet, Value]]) => {
      const normal = Values.normalize(d, set as never)
      if (E.isLeft(normal)) return
      expect(inSet(normal.right, value)).toBe(ok(Values.contains(d, normal.right as never, value as never)))
    },
  )

  test.prop([
    within(domain, (d) =>
      fc.oneof(
        valueOf(d),
        fc.anything(),
        valueOf(d).map((v) => junk(v)),
      ),
    ),
  ])(
    'codeIn checks a value as isValue does and encodes it as encode does',
    ([d, value]: [Domain, unknown]) => {
      const code = codeIn(d, value)
      if (isValue(d, value)) expect(code).toBe(encode(d, value as Value))
      else expect(code).toBe(INVALID)
    },
  )

  test.prop([corrupted])(
    'with or without the parties, the alignment reads the terms alike (and finds the same problems)',
    ({ negotiation }: Drafts) => {
      const read = (d: E.Either<readonly Diff.DiffProblem[], Diff.ProposalDiff>) =>
        E.map((x: Diff.ProposalDiff) => ({ terms: x.terms, unchanged: x.unchanged, counts: x.counts }))(d)
      const structural = Diff.proposals(negotiation, 'a', 'b', { impact: false })
      expect(read(Diff.proposals(negotiation, 'a', 'b'))).toEqual(read(structural))
      expect(read(Diff.proposals(negotiation, 'b', 'a'))).toEqual(
        read(Diff.proposals(negotiation, 'b', 'a', { impact: false })),
      )
    },
  )
})

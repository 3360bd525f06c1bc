/**
 * fast-check generators for the algebra, shared by every engineer's property tests: random domains of the four
 * kinds, values in a domain, value sets in a domain (raw, not normalised: unsorted, overlapping, out of bounds,
 * unsatisfiable constraints), positions on a domain, and small negotiations.
 *
 * Quantities use a grid of half units so that values often fall exactly on interval bounds (where open and closed
 * bounds differ) and arithmetic stays exact.
 */
import { fc } from '../fast-check'
import { either as E } from 'fp-ts'
import type {
  ChoiceDomain,
  Domain,
  FlagDomain,
  Interval,
  IsoDate,
  IssueId,
  Negotiation,
  OptionId,
  PartyId,
  Position,
  PositionId,
  QuantityDomain,
  SourceId,
  SubsetConstraint,
  SubsetDomain,
  Valuation,
  Value,
  ValueSet,
} from '../../src/model'
import type { PositionLike } from '../../src/algebra/score'
import { isEmptyInterval } from '../../src/model/membership'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** The right side of an Either, or a thrown error naming the left (for tests only). */
export const ok = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}

/** Deep-freezes a test input, to prove that functions do not mutate it. */
/** Option ids written as plain strings. */
export const ids = (...xs: string[]): OptionId[] => xs as OptionId[]

/** Ukraine's NATO membership as an ordered choice, from member to neutral (the tests' example of an ordered choice). */
export const nato = (): Domain =>
  frozen({
    kind: 'choice',
    ordered: true,
    options: [
      { id: 'member', label: 'Member' },
      { id: 'path', label: 'Path to membership' },
      { id: 'deferred', label: 'Deferred' },
      { id: 'neutral', label: 'Neutral' },
    ],
  }) as unknown as Domain

export const frozen = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !Object.isFrozen(a)) {
    Object.freeze(a)
    for (const k of Object.keys(a)) frozen((a as Record<string, unknown>)[k])
  }
  return a
}

const optionIds = (prefix: string, n: number): OptionId[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i)}` as OptionId)

// -------------------------------------------------------------------------------------
// domains
// -------------------------------------------------------------------------------------

/** A choice among 1 to 6 options, ordered or not. */
export const choiceDomain: fc.Arbitrary<ChoiceDomain> = fc
  .record({ n: fc.integer({ min: 1, max: 6 }), ordered: fc.boolean() })
  .map(({ n, ordered }) =>
    frozen({
      kind: 'choice' as const,
      options: optionIds('o', n).map((id) => ({ id, label: `Option ${id}` })),
      ...(ordered ? { ordered: true } : {}),
    }),
  )

/** An ordered choice among 2 to 6 options. */
export const orderedChoiceDomain: fc.Arbitrary<ChoiceDomain> = fc.integer({ min: 2, max: 6 }).map((n) =>
  frozen({
    kind: 'choice' as const,
    ordered: true,
    options: optionIds('o', n).map((id) => ({ id, label: `Option ${id}` })),
  }),
)

/** A quantity with bounds on the half-unit grid from −10 to 10 (possibly a single point), integer or not. */
export const quantityDomain: fc.Arbitrary<QuantityDomain> = fc
  .record({
    a: fc.integer({ min: -20, max: 20 }),
    b: fc.integer({ min: -20, max: 20 }),
    integer: fc.boolean(),
  })
  .map(({ a, b, integer }) => {
    const lo = Math.min(a, b) / 2
    const hi = Math.max(a, b) / 2
    return frozen({
      kind: 'quantity' as const,
      unit: 'units',
      min: integer ? Math.floor(lo) : lo,
      max: integer ? Math.ceil(hi) : hi,
      ...(integer ? { integer: true } : {}),
    })
  })

/** A subset of a universe of 0 to 5 elements. */
export const subsetDomain: fc.Arbitrary<SubsetDomain> = fc.integer({ min: 0, max: 5 }).map((n) =>
  frozen({
    kind: 'subset' as const,
    universe: optionIds('e', n).map((id) => ({ id, label: `Element ${id}` })),
  }),
)

/** A yes/no flag. */
export const flagDomain: fc.Arbitrary<FlagDomain> = fc.constant(frozen({ kind: 'flag' as const }))

/** A domain of any of the four kinds. */
export const domain: fc.Arbitrary<Domain> = fc.oneof(choiceDomain, quantityDomain, subsetDomain, flagDomain)

/** A domain whose values can be listed (choices, flags, subsets, integer quantities). */
export const finiteDomain: fc.Arbitrary<Domain> = fc.oneof(
  choiceDomain,
  subsetDomain,
  flagDomain,
  quantityDomain.map((d) => frozen({ ...d, min: Math.floor(d.min), max: Math.ceil(d.max), integer: true })),
)

/** A domain with an order: an ordered choice or a quantity. */
export const orderedDomain: fc.Arbitrary<Domain> = fc.oneof(orderedChoiceDomain, quantityDomain)

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

/** A value of the domain (for a continuous quantity: a grid point, or any double within the bounds). */
export const valueOf = (d: Domain): fc.Arbitrary<Value> => {
  switch (d.kind) {
    case 'choice':
      return fc.constantFrom(...d.options.map((o) => o.id))
    case 'flag':
      return fc.boolean()
    case 'subset':
      return fc
        .subarray(d.universe.map((o) => o.id))
        .chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }))
    case 'quantity': {
      const steps = Math.round((d.max - d.min) * 2)
      const grid = fc.integer({ min: 0, max: steps }).map((k) => d.min + k / 2)
      if (d.integer === true) return fc.integer({ min: Math.ceil(d.min), max: Math.floor(d.max) })
      return fc.oneof(
        grid,
        fc.double({ min: d.min, max: d.max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
      )
    }
  }
}

/** A raw value set of the domain: unsorted, with repeats, out-of-bounds or empty intervals, clashing constraints. */
export const setOf = (d: Domain): fc.Arbitrary<ValueSet> => {
  switch (d.kind) {
    case 'choice':
      return fc
        .array(fc.constantFrom(...d.options.map((o) => o.id)), { maxLength: 8 })
        .map((options) => ({ kind: 'options' as const, options }))
    case 'flag':
      return fc.array(fc.boolean(), { maxLength: 3 }).map((values) => ({ kind: 'flags' as const, values }))
    case 'quantity': {
      const point = fc
        .integer({ min: Math.round(d.min * 2) - 4, max: Math.round(d.max * 2) + 4 })
        .map((k) => k / 2)
      const interval: fc.Arbitrary<Interval> = fc
        .record({ a: point, b: point, minOpen: fc.boolean(), maxOpen: fc.boolean(), swap: fc.boolean() })
        .map(({ a, b, minOpen, maxOpen, swap }) => ({
          min: swap ? Math.max(a, b) : Math.min(a, b),
          max: swap ? Math.min(a, b) : Math.max(a, b),
          ...(minOpen ? { minOpen: true } : {}),
          ...(maxOpen ? { maxOpen: true } : {}),
        }))
      return fc
        .array(interval, { maxLength: 4 })
        .map((intervals) => ({ kind: 'intervals' as const, intervals }))
    }
    case 'subset': {
      const ids = d.universe.map((o) => o.id)
      const n = ids.length
      const constraint: fc.Arbitrary<SubsetConstraint> = fc
        .record(
          {
            include: fc.subarray(ids, { maxLength: Math.min(3, n) }),
            exclude: fc.subarray(ids, { maxLength: Math.min(3, n) }),
            minSize: fc.integer({ min: 0, max: n + 1 }),
            maxSize: fc.integer({ min: 0, max: n + 1 }),
          },
          { requiredKeys: [] },
        )
        .map((c) => c)
      return fc.array(constraint, { maxLength: 3 }).map((any) => ({ kind: 'subsets' as const, any }))
    }
  }
}

/**
 * A raw value set of the domain as `setOf` draws it, but with no range that holds nothing (no empty interval, no
 * constraint whose minSize is above its maxSize), as the loader and the analyses' shape check require of a document.
 */
export const setWithRangesOf = (d: Domain): fc.Arbitrary<ValueSet> =>
  setOf(d).map((s) =>
    s.kind === 'intervals'
      ? { ...s, intervals: s.intervals.filter((i) => !isEmptyInterval(i)) }
      : s.kind === 'subsets'
        ? {
            ...s,
            any: s.any.map((c) =>
              c.minSize !== undefined && c.maxSize !== undefined && c.minSize > c.maxSize
                ? { ...c, minSize: c.maxSize, maxSize: c.minSize }
                : c,
            ),
          }
        : s,
  )

/** A domain together with something drawn from it. */
export const within = <A>(
  domains: fc.Arbitrary<Domain>,
  f: (d: Domain) => fc.Arbitrary<A>,
): fc.Arbitrary<[Domain, A]> => domains.chain((d) => f(d).map((a): [Domain, A] => [d, a]))

/** A domain with a tuple of sets and values drawn from it. */
export const domainWith = (
  domains: fc.Arbitrary<Domain>,
  sets: number,
  values: number,
): fc.Arbitrary<{ domain: Domain; sets: ValueSet[]; values: Value[] }> =>
  domains.chain((d) =>
    fc
      .record({
        sets: fc.tuple(...Array.from({ length: sets }, () => setOf(d))),
        values: fc.tuple(...Array.from({ length: values }, () => valueOf(d))),
      })
      .map(({ sets: s, values: v }) => ({ domain: d, sets: s, values: v })),
  )

// -------------------------------------------------------------------------------------
// positions
// -------------------------------------------------------------------------------------

/** An explicit valuation fitting the domain: scores for a choice or flag, a curve for a quantity, weights for a subset. */
export const valuationOf = (d: Domain): fc.Arbitrary<Valuation> => {
  const score = fc.integer({ min: 0, max: 20 }).map((k) => k / 20)
  switch (d.kind) {
    case 'choice':
      return fc
        .subarray(d.options.map((o) => o.id as string))
        .chain((keys) =>
          fc.tuple(...keys.map(() => score)).map((v) => Object.fromEntries(keys.map((k, i) => [k, v[i]!]))),
        )
        .map((scores) => ({ kind: 'scores' as const, scores }))
    case 'flag':
      return fc
        .record({ true: score, false: score }, { requiredKeys: [] })
        .map((scores) => ({ kind: 'scores' as const, scores }))
    case 'quantity': {
      const at = fc
        .integer({ min: Math.round(d.min * 2) - 2, max: Math.round(d.max * 2) + 2 })
        .map((k) => k / 2)
      return fc
        .array(fc.record({ at, score }), { minLength: 1, maxLength: 4 })
        .map((points) => ({ kind: 'linear' as const, points }))
    }
    case 'subset':
      return fc
        .subarray(d.universe.map((o) => o.id))
        .chain((keys) =>
          fc
            .tuple(...keys.map(() => fc.integer({ min: -3, max: 3 })))
            .map((w) => Object.fromEntries(keys.map((k, i) => [k, w[i]!]))),
        )
        .map((weights) => ({ kind: 'elements' as const, weights }))
  }
}

/**
 * The scoring fields of a position on the domain: any of ideal, acceptable, red lines, reservation, priority, and,
 * when `withValuation`, an explicit valuation.
 */
export const positionOf = (
  d: Domain,
  withValuation = false,
): fc.Arbitrary<PositionLike & { priority?: number }> =>
  fc.record(
    {
      ideal: valueOf(d),
      acceptable: setOf(d),
      redLines: setOf(d),
      reservation: fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
      priority: fc.integer({ min: 0, max: 4 }).map((k) => k / 4),
      ...(withValuation ? { valuation: valuationOf(d) } : {}),
    },
    { requiredKeys: [] },
  )

const dates = ['2025-03-11', '2025-04-23', '2025-06-02', '2025-08-15', '2025-12-14'] as IsoDate[]

/** A position record of `party` on `issue` (dated among five dates of 2025), with random scoring fields. */
export const positionRecord = (
  party: PartyId,
  issue: IssueId,
  d: Domain,
  id: number,
  withValuation = false,
): fc.Arbitrary<Position> =>
  fc
    .record({ asOf: fc.constantFrom(...dates), fields: positionOf(d, withValuation) })
    .map(({ asOf, fields }) => ({
      id: `pos${String(id)}` as PositionId,
      party,
      issue,
      asOf,
      sources: [`src${String(id)}` as SourceId],
      ...fields,
    }))

/** A small negotiation: 1 to 3 parties, 1 to 4 issues of random domains, up to 12 dated position records. */
export const negotiation: fc.Arbitrary<Negotiation> = fc
  .record({
    parties: fc.integer({ min: 1, max: 3 }),
    domains: fc.array(domain, { minLength: 1, maxLength: 4 }),
    reservation: fc.option(
      fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
      { nil: undefined },
    ),
  })
  .chain(({ parties, domains, reservation }) => {
    const partyIds = Array.from({ length: parties }, (_, i) => `P${String(i)}` as PartyId)
    const issueIds = domains.map((_, i) => `i${String(i)}` as IssueId)
    const record = fc
      .record({ p: fc.nat(parties - 1), i: fc.nat(domains.length - 1) })
      .chain(({ p, i }) => positionRecord(partyIds[p]!, issueIds[i]!, domains[i]!, 0, true))
    return fc.array(record, { maxLength: 12 }).map(
      (records) =>
        frozen({
          format: 'negotiation-positions/1' as const,
          title: 'Random negotiation',
          parties: Object.fromEntries(
            partyIds.map((p, k) => [
              p,
              {
                name: `Party ${p}`,
                role: 'principal' as const,
                ...(k === 0 && reservation !== undefined ? { reservation } : {}),
              },
            ]),
          ),
          issues: Object.fromEntries(
            issueIds.map((i, k) => [
              i,
              { label: `Issue ${i}`, category: 'other' as const, domain: domains[k]! },
            ]),
          ),
          positions: records.map((r, k) => ({
            ...r,
            id: `pos${String(k)}` as PositionId,
            sources: [`src${String(k)}` as SourceId],
          })),
          proposals: {},
          events: [],
          sources: {},
        }) as Negotiation,
    )
  })

/** A complete package for the negotiation: a value for every issue. */
export const packageOf = (n: Negotiation): fc.Arbitrary<Record<IssueId, Value>> => {
  const ids = Object.keys(n.issues).sort() as IssueId[]
  return fc
    .tuple(...ids.map((i) => valueOf(n.issues[i]!.domain)))
    .map((vs) => Object.fromEntries(ids.map((i, k) => [i, vs[k]!])) as Record<IssueId, Value>)
}

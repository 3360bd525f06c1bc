/**
 * Laws of the agreement zone, on random small scenarios (2 to 4 principals, choices, flags, a subset and a
 * discretised quantity, red lines, acceptable sets, reservation scores and utilities, plain and linked conditions),
 * checked against a brute-force reference that enumerates every package into objects.
 */
import { fc, test } from '../fast-check'
import { either as E, option as O } from 'fp-ts'
import { describe, expect } from 'vitest'
import { Positions, Values, type Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { frozen, ok } from '../algebra/arbitraries'
import { keyOf, reference } from './reference'
import { mixedScenario, scenario, type Scenario } from './scenarios'

const TOL = 1e-6

const paretoOf = (s: Scenario): Zone.Pareto =>
  ok(Zone.pareto(frozen(s.negotiation), { discretize: s.discretize, limit: 1_000_000 }))

const keys = (outcomes: readonly Zone.Outcome[]): Set<string> =>
  new Set(outcomes.map((o) => keyOf(o.package)))

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x))

describe('agreement with a brute-force reference', () => {
  const agrees = (s: Scenario): void => {
    const ref = reference(s.negotiation, s.discretize)
    const zone = ok(Zone.packages(frozen(s.negotiation), { discretize: s.discretize }))
    expect(zone.count).toBe(String(ref.acceptable.length))
    expect(zone.empty).toBe(ref.acceptable.length === 0)
    const p = paretoOf(s)
    expect(sameSet(keys(p.frontier), new Set(ref.frontier.map((o) => o.key)))).toBe(true)
    expect(p.frontierSize).toBe(ref.frontier.length)
    if (ref.frontier.length === 0) {
      expect(p.nash.outcomes).toEqual([])
      return
    }
    expect(p.nash.value).toBeCloseTo(ref.nash.value, 6)
    expect(sameSet(keys(p.nash.outcomes), ref.nash.keys)).toBe(true)
    expect(p.kalaiSmorodinsky.value).toBeCloseTo(ref.ks.value, 6)
    expect(sameSet(keys(p.kalaiSmorodinsky.outcomes), ref.ks.keys)).toBe(true)
    expect(p.maxWelfare.value).toBeCloseTo(ref.welfare.value, 6)
    expect(sameSet(keys(p.maxWelfare.outcomes), ref.welfare.keys)).toBe(true)
    expect(p.opposition.value).toBeCloseTo(ref.opposition, 6)
    // utilities reported match the reference's
    const byKey = new Map(ref.acceptable.map((o) => [o.key, o.u]))
    for (const o of p.frontier)
      ref.parties.forEach((party, i) =>
        expect(o.utilities[party]).toBeCloseTo(byKey.get(keyOf(o.package))![i]!, 6),
      )
  }

  test.prop([scenario], { numRuns: 200 })(
    'count, frontier and bargaining points equal the reference',
    agrees,
    600_000,
  )
  test.prop([mixedScenario], { numRuns: 60 })(
    'the same with a subset and a discretised quantity in every scenario',
    agrees,
    600_000,
  )

  test.prop([mixedScenario], { numRuns: 60 })(
    'a quantity handled exactly, as intervals, counts every integer: the same count as a grid of step 1',
    (s) => {
      const steps = Object.fromEntries(Object.keys(s.discretize).map((k) => [k, 1]))
      const ref = reference(s.negotiation, steps)
      const zone = Zone.packages(frozen(s.negotiation))
      if (E.isLeft(zone)) {
        // only when reservation utilities bind and more than one quantity varies (never here: one quantity)
        expect(zone.left[0]!._tag).toBe('needs-discretization')
        return
      }
      expect(zone.right.count).toBe(String(ref.acceptable.length))
    },
    600_000,
  )
})

describe('the frontier', () => {
  test.prop([scenario], { numRuns: 60, interruptAfterTimeLimit: 240_000 })(
    'no acceptable package dominates a frontier package',
    (s) => {
      const ref = reference(s.negotiation, s.discretize)
      const p = paretoOf(s)
      for (const f of p.frontier) {
        const u = ref.parties.map((party) => f.utilities[party]!)
        for (const o of ref.acceptable) {
          const dominates = o.u.every((x, i) => x >= u[i]! - TOL) && o.u.some((x, i) => x > u[i]! + TOL)
          expect(dominates).toBe(false)
        }
      }
    },
  )

  test.prop([scenario], { numRuns: 60 })(
    'every acceptable package off the frontier is dominated by a frontier package',
    (s) => {
      const ref = reference(s.negotiation, s.discretize)
      const p = paretoOf(s)
      const on = keys(p.frontier)
      const front = p.frontier.map((f) => ref.parties.map((party) => f.utilities[party]!))
      for (const o of ref.acceptable) {
        if (on.has(o.key)) continue
        expect(
          front.some((u) => u.every((x, i) => x >= o.u[i]! - TOL) && u.some((x, i) => x > o.u[i]! + TOL)),
        ).toBe(true)
      }
    },
  )

  test.prop([scenario], { numRuns: 60 })(
    'the Nash point maximises the product of gains over the acceptable packages',
    (s) => {
      const ref = reference(s.negotiation, s.discretize)
      const p = paretoOf(s)
      if (ref.acceptable.length === 0) return
      const d = ref.parties.map((party) => s.negotiation.parties[party]!.reservation ?? 0)
      for (const o of ref.acceptable) {
        const product = o.u.reduce((x, u, i) => x * Math.max(0, u - d[i]!), 1)
        expect(product).toBeLessThanOrEqual(p.nash.value! + TOL)
      }
    },
  )
})

// -------------------------------------------------------------------------------------
// invariance
// -------------------------------------------------------------------------------------

/** Renames parties and issues (reversing their order of keys) and reverses the list of positions. */
const renamed = (
  n: Negotiation,
): { negotiation: Negotiation; party: (p: string) => string; issue: (i: string) => string } => {
  const party = (p: string): string => `z-${p}`
  const issue = (i: string): string => `q${i.replace(/^i/, '')}x`
  const mapSet = (set: unknown): unknown => set
  const json = JSON.parse(JSON.stringify(n)) as {
    parties: Record<string, unknown>
    issues: Record<string, unknown>
    positions: {
      party: string
      issue: string
      id: string
      conditions?: { issue: string; when?: { issue: string } }[]
    }[]
  }
  const parties = Object.fromEntries(
    Object.entries(json.parties)
      .reverse()
      .map(([k, v]) => [party(k), v]),
  )
  const issues = Object.fromEntries(
    Object.entries(json.issues)
      .reverse()
      .map(([k, v]) => [issue(k), v]),
  )
  const positions = json.positions
    .map((p) => ({
      ...p,
      id: `r-${p.id}`,
      party: party(p.party),
      issue: issue(p.issue),
      ...(p.conditions === undefined
        ? {}
        : {
            conditions: p.conditions.map((c) => ({
              ...c,
              issue: issue(c.issue),
              ...(c.when === undefined
                ? {}
                : {
                    when: {
                      ...c.when,
                      issue: issue(c.when.issue),
                      in: mapSet((c.when as unknown as { in: unknown }).in),
                    },
                  }),
            })),
          }),
    }))
    .reverse()
  return { negotiation: { ...json, parties, issues, positions } as unknown as Negotiation, party, issue }
}

/**
 * Gives parties and issues new ids in a shuffled order (so the order of ids changes, not only their spelling),
 * reverses the order of keys and of positions, and renames position records; `back` maps any new id to the old.
 */
const shuffled = (
  n: Negotiation,
  partySeed: number,
  issueSeed: number,
): { negotiation: Negotiation; issue: (i: string) => string; back: (id: string) => string } => {
  const permute = (xs: readonly string[], seed: number): string[] => {
    const out = [...xs]
    for (let k = out.length - 1; k > 0; k--) {
      const j = (seed + k * 7919) % (k + 1)
      ;[out[k], out[j]] = [out[j]!, out[k]!]
    }
    return out
  }
  const parties = Object.keys(n.parties)
  const issues = Object.keys(n.issues)
  const newParties = permute(
    parties.map((_, k) => `R${String.fromCharCode(65 + k)}`),
    partySeed,
  )
  const newIssues = permute(
    issues.map((_, k) => `t.${String.fromCharCode(97 + k)}`),
    issueSeed,
  )
  const pm = new Map(parties.map((p, k) => [p, newParties[k]!]))
  const im = new Map(issues.map((i, k) => [i, newIssues[k]!]))
  const back = new Map<string, string>([
    ...[...pm].map(([a, b]) => [b, a] as const),
    ...[...im].map(([a, b]) => [b, a] as const),
  ])
  const party = (p: string): string => pm.get(p) ?? p
  const issue = (i: string): string => im.get(i) ?? i
  const json = JSON.parse(JSON.stringify(n)) as {
    parties: Record<string, unknown>
    issues: Record<string, unknown>
    positions: {
      party: string
      issue: string
      id: string
      conditions?: { issue: string; when?: { issue: string } }[]
    }[]
  }
  const positions = json.positions
    .map((p) => ({
      ...p,
      id: `r-${p.id}`,
      party: party(p.party),
      issue: issue(p.issue),
      ...(p.conditions === undefined
        ? {}
        : {
            conditions: p.conditions.map((c) => ({
              ...c,
              issue: issue(c.issue),
              ...(c.when === undefined ? {} : { when: { ...c.when, issue: issue(c.when.issue) } }),
            })),
          }),
    }))
    .reverse()
  const negotiation = {
    ...json,
    parties: Object.fromEntries(
      Object.entries(json.parties)
        .reverse()
        .map(([k, v]) => [party(k), v]),
    ),
    issues: Object.fromEntries(
      Object.entries(json.issues)
        .reverse()
        .map(([k, v]) => [issue(k), v]),
    ),
    positions,
  } as unknown as Negotiation
  return { negotiation, issue, back: (id) => back.get(id) ?? id.replace(/^r-/, '') }
}

describe('invariance', () => {
  test.prop([scenario], { numRuns: 60 })(
    'results do not change when parties and issues are renamed and keys reordered',
    (s) => {
      const r = renamed(s.negotiation)
      const discretize = Object.fromEntries(Object.entries(s.discretize).map(([k, v]) => [r.issue(k), v]))
      const a = paretoOf(s)
      const b = ok(Zone.pareto(frozen(r.negotiation), { discretize, limit: 1_000_000 }))
      const back = (o: Zone.Outcome): string =>
        keyOf(
          Object.fromEntries(Object.entries(o.package).map(([k, v]) => [k.replace(/^q(\d+)x$/, 'i$1'), v])),
        )
      expect(new Set(b.frontier.map(back))).toEqual(keys(a.frontier))
      expect(new Set(b.nash.outcomes.map(back))).toEqual(keys(a.nash.outcomes))
      expect(b.nash.value).toBe(a.nash.value)
      expect(b.kalaiSmorodinsky.value).toBe(a.kalaiSmorodinsky.value)
      expect(b.maxWelfare.value).toBe(a.maxWelfare.value)
      const za = ok(Zone.packages(s.negotiation, { discretize: s.discretize }))
      const zb = ok(Zone.packages(r.negotiation, { discretize }))
      expect(zb.count).toBe(za.count)
      const pa = ok(Zone.perIssue(s.negotiation))
      const pb = ok(Zone.perIssue(r.negotiation))
      expect(new Set(pb.empty.map((i) => i.replace(/^q(\d+)x$/, 'i$1')))).toEqual(new Set(pa.empty))
    },
  )

  // equal priorities make equally cheap sets of concessions common: their order is what this property is about
  const tied = scenario.map((s): Scenario => ({
    ...s,
    negotiation: {
      ...s.negotiation,
      positions: s.negotiation.positions.map((p) => ({ ...p, priority: 0.5 })),
    },
  }))
  test.prop([fc.oneof(scenario, tied), fc.nat(), fc.nat()], { numRuns: 120 })(
    'the nearest agreement does not change when parties and issues are renamed and keys reordered',
    (s, ps, is) => {
      const r = shuffled(s.negotiation, ps, is)
      const discretize = Object.fromEntries(Object.entries(s.discretize).map(([k, v]) => [r.issue(k), v]))
      const a = Zone.nearestAgreement(frozen(s.negotiation), { discretize: s.discretize })
      const b = Zone.nearestAgreement(frozen(r.negotiation), { discretize })
      expect(E.isRight(b)).toBe(E.isRight(a))
      if (E.isLeft(a) || E.isLeft(b)) return
      const back = (u: unknown): unknown => {
        if (typeof u === 'string') return r.back(u)
        if (Array.isArray(u)) return u.map(back)
        if (typeof u === 'object' && u !== null)
          return Object.fromEntries(Object.entries(u).map(([k, v]) => [r.back(k), back(v)]))
        return u
      }
      const sets = (o: Zone.NearestAgreement, map: (u: unknown) => unknown): Set<string> =>
        new Set(
          o.options.map((x) =>
            JSON.stringify(
              x.concessions
                .map((c) => JSON.stringify(map([c.party, c.kind, c.issue ?? null, c.cost])))
                .sort(),
            ),
          ),
        )
      const before = a.right
      const after = b.right
      expect(sets(after, back)).toEqual(sets(before, (u) => u))
      // more than a set: the same order, counts, examples and words
      expect(back(after.options)).toEqual(before.options)
      for (const k of ['alreadyOpen', 'found', 'exact', 'truncated', 'cost', 'ties', 'tiesComplete'] as const)
        expect(after[k]).toBe(before[k])
      expect(after.ways).toBe(before.ways)
      expect(after.explanation).toBe(before.explanation)
    },
    600_000,
  )

  test.prop([scenario, fc.nat(), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })], {
    numRuns: 100,
  })('adding a red line never grows the zone', (s, p, bits) => {
    // The red line goes on a stance the party already holds: a record on an issue the party had no stance on
    // would also give that issue a weight in the party's utility (the documented model), which can lift a package
    // over the party's reservation. That is a new stance, not a stricter one.
    const principals = new Set(
      Object.keys(s.negotiation.parties).filter(
        (k) => s.negotiation.parties[k as never]!.role === 'principal',
      ),
    )
    const held = s.negotiation.positions.filter((r) => principals.has(r.party))
    fc.pre(held.length > 0)
    const { party, issue } = held[p % held.length]!
    const d = s.negotiation.issues[issue as never]!.domain
    const redLines =
      d.kind === 'choice'
        ? { kind: 'options', options: d.options.map((o) => o.id).filter((_, j) => bits[j % bits.length]) }
        : d.kind === 'flag'
          ? { kind: 'flags', values: [bits[0] === true] }
          : d.kind === 'subset'
            ? {
                kind: 'subsets',
                any: [{ include: d.universe.map((o) => o.id).filter((_, j) => bits[j % bits.length]) }],
              }
            : { kind: 'intervals', intervals: [{ min: 0, max: bits.filter(Boolean).length }] }
    // a later record replaces the red lines: it carries the old ones and the new one
    const stance = Positions.at(s.negotiation, party, issue)
    const old = O.isSome(stance) ? stance.value.redLines : undefined
    const merged = old === undefined ? redLines : ok(Values.union(d, old as never, redLines as never))
    const stricter = {
      ...s.negotiation,
      positions: [
        ...s.negotiation.positions,
        { id: 'extra-red-line', party, issue, asOf: '2025-06-01', sources: [], redLines: merged },
      ],
    } as unknown as Negotiation
    const before = ok(Zone.packages(s.negotiation, { discretize: s.discretize }))
    const after = ok(Zone.packages(stricter, { discretize: s.discretize }))
    expect(BigInt(after.count) <= BigInt(before.count)).toBe(true)
    const allowed = new Set([...ok(Zone.enumerate(s.negotiation, { discretize: s.discretize }))].map(keyOf))
    for (const pkg of ok(Zone.enumerate(stricter, { discretize: s.discretize })))
      expect(allowed.has(keyOf(pkg))).toBe(true)
  })

  test.prop([scenario], { numRuns: 40 })(
    'the zone is the same data-first and data-last, and deeply frozen',
    (s) => {
      const a = Zone.packages(s.negotiation, { discretize: s.discretize })
      const b = Zone.packages({ discretize: s.discretize })(s.negotiation)
      expect(b).toEqual(a)
      expect(E.isRight(a) && Object.isFrozen(a.right.examples)).toBe(true)
    },
  )
})

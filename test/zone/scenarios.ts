/**
 * Random small negotiations for the zone's property tests: 2 to 4 principals (and sometimes a mediator, whose
 * consent does not count), 1 to 3 issues mixing choices (ordered or not), flags, a subset of up to three elements and
 * an integer quantity analysed on a grid; positions with ideals, acceptable sets, red lines, priorities, explicit
 * valuations, reservation scores and value conditions (plain or linked); some reservation utilities.
 */
import { fc } from '../fast-check'
import type { Negotiation } from '../../src'

export interface Scenario {
  readonly negotiation: Negotiation
  readonly discretize: Readonly<Record<string, number>>
}

type Kind = 'choice' | 'ordered' | 'flag' | 'subset' | 'quantity'

/** A seeded generator: the scenario is a pure function of the numbers fast-check draws. */
const build = (
  kinds: readonly Kind[],
  nParties: number,
  mediator: boolean,
  seeds: readonly number[],
): Scenario => {
  let k = 0
  const next = (): number => seeds[k++ % seeds.length]! + Math.floor(k / seeds.length)
  const pick = <A>(xs: readonly A[]): A => xs[next() % xs.length]!
  const chance = (p: number): boolean => next() % 1000 < p * 1000
  const issues: Record<string, unknown> = {}
  const values: Record<string, unknown[]> = {}
  const discretize: Record<string, number> = {}
  kinds.forEach((kind, i) => {
    const id = `i${String(i)}`
    if (kind === 'choice' || kind === 'ordered') {
      const n = 2 + (next() % 3)
      const options = Array.from({ length: n }, (_, j) => ({
        id: `o${String(j)}`,
        label: `Option ${String(j)}`,
      }))
      issues[id] = {
        label: `Issue ${String(i)}`,
        category: 'other',
        domain: { kind: 'choice', options, ...(kind === 'ordered' ? { ordered: true } : {}) },
      }
      values[id] = options.map((o) => o.id)
    } else if (kind === 'flag') {
      issues[id] = { label: `Issue ${String(i)}`, category: 'other', domain: { kind: 'flag' } }
      values[id] = [false, true]
    } else if (kind === 'subset') {
      const n = 2 + (next() % 2)
      const universe = Array.from({ length: n }, (_, j) => ({
        id: `e${String(j)}`,
        label: `Element ${String(j)}`,
      }))
      issues[id] = { label: `Issue ${String(i)}`, category: 'other', domain: { kind: 'subset', universe } }
      values[id] = Array.from({ length: 2 ** n }, (_, m) =>
        universe.filter((_, j) => ((m >> j) & 1) === 1).map((o) => o.id),
      )
    } else {
      const max = 4 + (next() % 3)
      const step = pick([1, 2])
      issues[id] = {
        label: `Issue ${String(i)}`,
        category: 'other',
        domain: { kind: 'quantity', unit: 'units', min: 0, max, integer: true },
      }
      discretize[id] = step
      values[id] = Array.from({ length: max + 1 }, (_, x) => x)
    }
  })
  const ids = Object.keys(issues)
  const domainOf = (id: string) =>
    (
      issues[id] as {
        domain: { kind: string; universe?: { id: string }[]; max?: number; options?: { id: string }[] }
      }
    ).domain
  const randomSet = (id: string): unknown => {
    const d = domainOf(id)
    if (d.kind === 'choice') return { kind: 'options', options: values[id]!.filter(() => chance(0.5)) }
    if (d.kind === 'flag') return { kind: 'flags', values: values[id]!.filter(() => chance(0.5)) }
    if (d.kind === 'subset') {
      const u = d.universe!.map((o) => o.id)
      const include = u.filter(() => chance(0.3))
      const exclude = u.filter((e) => !include.includes(e) && chance(0.3))
      return { kind: 'subsets', any: [{ include, exclude }] }
    }
    const a = next() % (d.max! + 1)
    const b = next() % (d.max! + 1)
    return { kind: 'intervals', intervals: [{ min: Math.min(a, b), max: Math.max(a, b) }] }
  }
  const parties: Record<string, unknown> = {}
  const partyIds = Array.from({ length: nParties }, (_, p) => `P${String(p)}`)
  for (const p of partyIds)
    parties[p] = {
      name: `Party ${p}`,
      role: 'principal',
      ...(chance(0.3) ? { reservation: pick([0.1337, 0.2719, 0.4142, 0.5772]) } : {}),
    }
  if (mediator) parties['M'] = { name: 'Mediator', role: 'mediator' }
  const positions: unknown[] = []
  for (const p of [...partyIds, ...(mediator ? ['M'] : [])])
    for (const id of ids) {
      if (chance(0.15)) continue
      const d = domainOf(id)
      const pos: Record<string, unknown> = {
        id: `${p}.${id}`,
        party: p,
        issue: id,
        asOf: '2025-01-01',
        sources: [],
      }
      if (chance(0.8)) pos['ideal'] = pick(values[id]!)
      if (chance(0.35)) pos['acceptable'] = randomSet(id)
      if (chance(0.35)) pos['redLines'] = randomSet(id)
      if (chance(0.8)) pos['priority'] = pick([0, 0.1, 0.25, 0.5, 0.8, 1])
      if (chance(0.3)) {
        if (d.kind === 'choice' || d.kind === 'flag')
          pos['valuation'] = {
            kind: 'scores',
            scores: Object.fromEntries(values[id]!.map((v) => [String(v), (next() % 21) / 20])),
          }
        else if (d.kind === 'quantity')
          pos['valuation'] = {
            kind: 'linear',
            points: [
              { at: 0, score: (next() % 21) / 20 },
              { at: d.max!, score: (next() % 21) / 20 },
            ],
          }
        else
          pos['valuation'] = {
            kind: 'elements',
            weights: Object.fromEntries(d.universe!.map((o) => [o.id, (next() % 5) - 2])),
          }
      }
      if (chance(0.15)) pos['reservation'] = pick([0.2, 0.45, 0.7])
      if (chance(0.2)) {
        const target = pick(ids)
        const when = chance(0.5) ? pick(ids) : undefined
        pos['conditions'] = [
          {
            kind: 'value',
            issue: target,
            in: randomSet(target),
            ...(when === undefined ? {} : { when: { issue: when, in: randomSet(when) } }),
          },
        ]
      }
      positions.push(pos)
    }
  const negotiation = {
    format: 'negotiation-positions/1',
    title: 'Random scenario',
    parties,
    issues,
    positions,
    proposals: {},
    events: [],
    sources: {},
  } as unknown as Negotiation
  return { negotiation, discretize }
}

const kind = fc.constantFrom<Kind>('choice', 'ordered', 'flag', 'subset', 'quantity')

/** A random small scenario (at most about 300 packages). */
export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    kinds: fc.array(kind, { minLength: 1, maxLength: 3 }),
    parties: fc.integer({ min: 2, max: 4 }),
    mediator: fc.boolean(),
    seeds: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 32 }),
  })
  .filter(
    ({ kinds }) =>
      kinds.filter((k) => k === 'subset').length <= 1 && kinds.filter((k) => k === 'quantity').length <= 1,
  )
  .map(({ kinds, parties, mediator, seeds }) => build(kinds, parties, mediator, seeds))

/** A scenario that always has a subset issue and a quantity issue (plus one more issue). */
export const mixedScenario: fc.Arbitrary<Scenario> = fc
  .record({
    other: kind.filter((k) => k !== 'subset' && k !== 'quantity'),
    parties: fc.integer({ min: 2, max: 4 }),
    seeds: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 32 }),
  })
  .map(({ other, parties, seeds }) => build(['subset', 'quantity', other], parties, false, seeds))

/** The first quantity issue of a negotiation, if any. */
export const quantityOf = (n: Negotiation): string | undefined =>
  Object.keys(n.issues).find((k) => n.issues[k as never]!.domain.kind === 'quantity')

/** The same scenario with its quantity continuous (no `integer`). */
export const continuous = (s: Scenario): Scenario => {
  const issues: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(s.negotiation.issues)) {
    if (v.domain.kind !== 'quantity') issues[k] = v
    else {
      const { integer: _, ...domain } = v.domain
      issues[k] = { ...v, domain }
    }
  }
  return { ...s, negotiation: { ...s.negotiation, issues } as unknown as Negotiation }
}

/** Scenarios with a quantity issue. */
export const withQuantity = scenario.filter((s) => quantityOf(s.negotiation) !== undefined)

/** Small hand-built negotiations for the zone's unit tests. */
import type { either as E } from 'fp-ts'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { frozen } from '../algebra/arbitraries'

export interface Party {
  readonly name: string
  readonly role?: 'principal' | 'mediator' | 'guarantor' | 'observer'
  readonly reservation?: number
}

const choice = (...ids: string[]) => ({
  kind: 'choice',
  options: ids.map((id) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1) })),
})

/** A document from parties, issues and positions (ids, dates and sources filled in). */
export const doc = (
  parties: Readonly<Record<string, Party>>,
  issues: Readonly<Record<string, unknown>>,
  positions: readonly Record<string, unknown>[],
  extra: Readonly<Record<string, unknown>> = {},
): Negotiation =>
  frozen({
    format: 'negotiation-positions/1',
    title: 'Test negotiation',
    parties: Object.fromEntries(Object.entries(parties).map(([k, p]) => [k, { role: 'principal', ...p }])),
    issues: Object.fromEntries(
      Object.entries(issues).map(([k, d]) => [k, { label: k.toUpperCase(), category: 'other', domain: d }]),
    ),
    positions: positions.map((p, i) => ({
      id: `pos${String(i)}`,
      asOf: '2025-01-01',
      sources: [`src${String(i)}`],
      ...p,
    })),
    proposals: {},
    events: [],
    sources: Object.fromEntries(
      positions.map((_, i) => [`src${String(i)}`, { title: `Source ${String(i)}` }]),
    ),
    ...extra,
  } as unknown as Negotiation)

export const domains = {
  choice,
  ordered: (...ids: string[]) => ({ ...choice(...ids), ordered: true }),
  flag: { kind: 'flag' },
  quantity: (min: number, max: number, integer = true) => ({
    kind: 'quantity',
    unit: 'days',
    min,
    max,
    ...(integer ? { integer: true } : {}),
  }),
  subset: (...ids: string[]) => ({ kind: 'subset', universe: ids.map((id) => ({ id, label: id })) }),
}

export const options = (...ids: string[]) => ({ kind: 'options', options: ids })
export const intervals = (...pairs: [number, number][]) => ({
  kind: 'intervals',
  intervals: pairs.map(([min, max]) => ({ min, max })),
})

/** Every analysis of the zone, with its default options, by name. */
/** A party's score on days, linear from `a` at 0 to `b` at 10. */
export const lin = (party: string, a: number, b: number, extra: Record<string, unknown> = {}) => ({
  party,
  issue: 'days',
  valuation: {
    kind: 'linear',
    points: [
      { at: 0, score: a },
      { at: 10, score: b },
    ],
  },
  ...extra,
})

export const ANALYSES: ReadonlyArray<
  readonly [string, (n: Negotiation) => E.Either<readonly Zone.ZoneError[], unknown>]
> = [
  ['perIssue', (n) => Zone.perIssue(n)],
  ['packages', (n) => Zone.packages(n)],
  ['enumerate', (n) => Zone.enumerate(n)],
  ['pareto', (n) => Zone.pareto(n)],
  ['nearestAgreement', (n) => Zone.nearestAgreement(n)],
]

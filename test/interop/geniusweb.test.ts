import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test as prop } from '../fast-check'
import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import { Negotiation, Utility, type IssueId, type PartyId } from '../../src'
import * as GeniusWeb from '../../src/interop/geniusweb'
import * as Zone from '../../src/zone'
import { frozen, ok } from '../algebra/arbitraries'

const dir = join(__dirname, '..', 'fixtures', 'geniusweb', 'job-offer')
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown
const text = (name: string): string => readFileSync(join(dir, name), 'utf8')

const domainJson = frozen(read('domain.json'))
// imported before each test, not while the tests are collected, so that mutation testing sees the import
let domain: GeniusWeb.GeniusWebDomain
let employee: GeniusWeb.GeniusWebProfile
let employer: GeniusWeb.GeniusWebProfile
beforeEach(() => {
  domain = ok(GeniusWeb.importDomain(domainJson))
  employee = ok(GeniusWeb.importProfile(frozen(read('employee.json'))))
  employer = ok(GeniusWeb.importProfile(frozen(read('employer.json'))))
})

/** Every bid of the domain. */
const bids = (): Record<string, string | number>[] => {
  let out: Record<string, string | number>[] = [{}]
  for (const [issue, v] of Object.entries(domain.issues)) {
    const values: (string | number)[] = v.kind === 'discrete' ? [...v.values] : []
    if (v.kind === 'number') for (let x = v.low; x <= v.high; x += v.step) values.push(x)
    out = out.flatMap((b) => values.map((x) => ({ ...b, [issue]: x })))
  }
  return out
}

describe('importing', () => {
  it('reads a domain with discrete values and a number range', () => {
    expect(domain.name).toBe('job-offer')
    expect(domain.issues['salary']).toEqual({ kind: 'number', low: 3000, high: 5000, step: 500 })
    expect(domain.issues['company car']).toEqual({ kind: 'discrete', values: ['none', 'small', 'estate'] })
  })

  it('reads JSON text as well as parsed JSON', () => {
    expect(GeniusWeb.importDomain(text('domain.json'))).toEqual(E.right(domain))
    expect(GeniusWeb.importProfile(text('employee.json'))).toEqual(E.right(employee))
  })

  it('reads a linear-additive profile: weights, utilities and the reservation bid', () => {
    expect(employee.name).toBe('employee')
    expect(employee.weights).toEqual({
      salary: 0.4,
      'days at home': 0.25,
      'company car': 0.1,
      contract: 0.25,
    })
    expect(employee.utilities['salary']).toEqual({
      kind: 'number',
      lowValue: 3000,
      lowUtility: 0,
      highValue: 5000,
      highUtility: 1,
    })
    expect(employee.reservationBid).toEqual({
      salary: 3500,
      'days at home': '1',
      'company car': 'none',
      contract: 'two years',
    })
    expect(GeniusWeb.bidUtility(employee, employee.reservationBid!)).toBeCloseTo(
      0.4 * 0.25 + 0.25 * 0.4 + 0.25 * 0.5,
      12,
    )
    expect(employer.reservationBid).toBeUndefined()
  })

  it('reads the older spelling (discreteutils, numberutils) the same way', () => {
    expect(GeniusWeb.importProfile(read('employer-old-spelling.json'))).toEqual(E.right(employer))
  })
})

describe('malformed input yields problems with paths, never a throw', () => {
  const problems = (r: E.Either<readonly GeniusWeb.GeniusWebProblem[], unknown>) =>
    E.isLeft(r) ? r.left : []

  it('text that is not JSON', () => {
    expect(problems(GeniusWeb.importDomain('{ "name": '))[0]).toMatchObject({ path: '$', code: 'syntax' })
  })

  it('a domain without name and with an issue without values', () => {
    const p = problems(GeniusWeb.importDomain({ issuesValues: { car: {} } }))
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['name', 'missing'],
      ['issuesValues.car', 'missing'],
    ])
  })

  it('a number range that runs backwards, a duplicate value, a key that reaches the prototype', () => {
    const p = problems(
      GeniusWeb.importDomain(
        JSON.parse(
          '{"name":"x","issuesValues":{"a":{"range":{"low":5,"high":1,"step":1}},"b":{"values":["y","y"]},"__proto__":{"values":["z"]}}}',
        ),
      ),
    )
    expect(p.map((x) => x.code).sort()).toEqual(['hostile-key'])
    const q = problems(
      GeniusWeb.importDomain({
        name: 'x',
        issuesValues: { a: { range: { low: 5, high: 1, step: 1 } }, b: { values: ['y', 'y'] } },
      }),
    )
    expect(q.map((x) => [x.path, x.code])).toEqual([
      ['issuesValues.a.range', 'bad-range'],
      ['issuesValues.b.values[1]', 'duplicate-id'],
    ])
  })

  it('a profile whose weights do not add up to 1 and whose utilities name unknown values', () => {
    const bad = JSON.parse(text('employee.json')) as {
      LinearAdditiveUtilitySpace: Record<string, Record<string, unknown>>
    }
    bad.LinearAdditiveUtilitySpace['issueWeights']!['salary'] = 0.9
    ;(
      bad.LinearAdditiveUtilitySpace['issueUtilities']!['contract'] as {
        DiscreteValueSetUtilities: { valueUtilities: Record<string, number> }
      }
    ).DiscreteValueSetUtilities.valueUtilities['forever'] = 1
    const p = problems(GeniusWeb.importProfile(bad))
    expect(p.map((x) => [x.path, x.code])).toEqual([
      ['LinearAdditiveUtilitySpace.issueUtilities.contract', 'unknown-reference'],
      ['LinearAdditiveUtilitySpace.issueWeights', 'out-of-range'],
    ])
    expect(p[1]!.message).toMatch(/add up to 1; they add up to 1\.5/)
  })

  it('a utility outside 0 to 1, a number utility whose ends are swapped, a reservation bid off the domain', () => {
    const bad = JSON.parse(text('employee.json')) as {
      LinearAdditiveUtilitySpace: Record<string, Record<string, unknown>>
    }
    const u = bad.LinearAdditiveUtilitySpace['issueUtilities']!
    ;(
      u['company car'] as { DiscreteValueSetUtilities: { valueUtilities: Record<string, number> } }
    ).DiscreteValueSetUtilities.valueUtilities['estate'] = 1.5
    u['salary'] = {
      NumberValueSetUtilities: { lowValue: 5000, lowUtility: 0, highValue: 3000, highUtility: 1 },
    }
    expect(problems(GeniusWeb.importProfile(bad)).map((x) => [x.path, x.code])).toEqual([
      ['LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities', 'bad-range'],
      [
        'LinearAdditiveUtilitySpace.issueUtilities["company car"].DiscreteValueSetUtilities.valueUtilities.estate',
        'out-of-range',
      ],
    ])
    const offDomain = JSON.parse(text('employee.json')) as {
      LinearAdditiveUtilitySpace: { reservationBid: { issuevalues: Record<string, unknown> } }
    }
    offDomain.LinearAdditiveUtilitySpace.reservationBid.issuevalues['salary'] = 9000
    offDomain.LinearAdditiveUtilitySpace.reservationBid.issuevalues['contract'] = 'forever'
    expect(problems(GeniusWeb.importProfile(offDomain)).map((x) => [x.path, x.code])).toEqual([
      ['LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary', 'out-of-domain'],
      ['LinearAdditiveUtilitySpace.reservationBid.issuevalues.contract', 'out-of-domain'],
    ])
  })

  it('a profile of another kind', () => {
    expect(problems(GeniusWeb.importProfile({ SumOfGroupsUtilitySpace: {} }))[0]).toMatchObject({
      path: '$',
      code: 'unknown-kind',
    })
  })

  prop.prop([fc.anything()])('any input gives a value, never a throw', (u) => {
    expect(() => GeniusWeb.importDomain(u)).not.toThrow()
    expect(() => GeniusWeb.importProfile(u)).not.toThrow()
    expect(() => GeniusWeb.importProfile({ LinearAdditiveUtilitySpace: u })).not.toThrow()
  })
})

describe('to a negotiation', () => {
  let doc: Negotiation
  beforeEach(() => {
    doc = ok(GeniusWeb.toNegotiation(domain, frozen([employer, employee])))
  })

  it('is a valid document: principals, issues with ids, positions with explicit valuations', () => {
    expect(Negotiation.is(doc)).toBe(true)
    expect(Object.keys(doc.parties)).toEqual(['employee', 'employer'])
    expect(doc.parties['employee' as PartyId]!.reservation).toBeCloseTo(0.325, 12)
    expect(doc.parties['employer' as PartyId]!.reservation).toBeUndefined()
    expect(Object.keys(doc.issues)).toEqual(['company-car', 'contract', 'days-at-home', 'salary'])
    expect(doc.issues['salary' as IssueId]!.domain).toEqual({
      kind: 'quantity',
      unit: 'units',
      min: 3000,
      max: 5000,
      integer: true,
    })
    expect(doc.issues['contract' as IssueId]!.domain).toMatchObject({
      kind: 'choice',
      options: [{ id: 'one-year', label: 'one year' }, { id: 'two-years' }, { id: 'permanent' }],
    })
    const p = doc.positions.find((x) => x.party === 'employee' && x.issue === 'contract')!
    expect(p).toMatchObject({
      priority: 0.25,
      ideal: 'permanent',
      valuation: { kind: 'scores', scores: { 'one-year': 0, 'two-years': 0.5, permanent: 1 } },
    })
  })

  it('gives every bid the utility GeniusWeb gives it', () => {
    const names = GeniusWeb.names(domain)
    for (const bid of bids()) {
      const pkg: Record<string, unknown> = {}
      for (const [issue, v] of Object.entries(bid))
        pkg[names.issues[issue]!] = typeof v === 'number' ? v : names.values[issue]![v]
      for (const [party, profile] of [
        ['employee', employee],
        ['employer', employer],
      ] as const) {
        const r = ok(Utility.utility(doc, party as PartyId, pkg as Utility.Package))
        expect(r.utility).toBeCloseTo(GeniusWeb.bidUtility(profile, bid), 12)
      }
    }
  })

  it('the same data-last', () => {
    expect(GeniusWeb.toNegotiation([employer, employee])(domain)).toEqual(E.right(doc))
  })

  it('takes party ids, names, a title and a date; rejects a bad date and a profile of another domain', () => {
    const d = ok(
      GeniusWeb.toNegotiation(domain, [employee], {
        title: 'Offer',
        date: '2024-05-01',
        parties: { employee: { id: 'EE', name: 'Candidate' } },
      }),
    )
    expect(d.title).toBe('Offer')
    expect(d.parties['EE' as PartyId]!.name).toBe('Candidate')
    expect(d.positions.every((p) => p.asOf === '2024-05-01')).toBe(true)
    const other = ok(GeniusWeb.importDomain({ name: 'other', issuesValues: { x: { values: ['a'] } } }))
    const bad = GeniusWeb.toNegotiation(other, [employee], { date: '2024-02-30' })
    expect(E.isLeft(bad) && bad.left.map((p) => [p.path, p.code])).toEqual([
      ['options.date', 'bad-date'],
      ['profiles[0].domain', 'out-of-domain'],
    ])
  })

  it('can be analysed: the zone and the Pareto frontier on the bids GeniusWeb allows', () => {
    const discretize = GeniusWeb.steps(domain)
    expect(discretize).toEqual({ salary: 500 })
    const zone = ok(Zone.packages(doc, { discretize }))
    // every bid at or above the employee's reservation bid's utility
    const count = bids().filter(
      (b) =>
        GeniusWeb.bidUtility(employee, b) >= GeniusWeb.bidUtility(employee, employee.reservationBid!) - 1e-12,
    ).length
    expect(zone.count).toBe(String(count))
    const pareto = ok(Zone.pareto(doc, { discretize }))
    expect(pareto.frontierSize).toBeGreaterThan(1)
    expect(pareto.nash.outcomes.length).toBeGreaterThan(0)
  })
})

describe('round trip', () => {
  it('a domain with two profiles comes back as it went in', () => {
    const doc = ok(GeniusWeb.toNegotiation(domain, [employee, employer]))
    const back = ok(
      GeniusWeb.fromNegotiation(frozen(doc), { name: 'job-offer', steps: GeniusWeb.steps(domain) }),
    )
    expect(back.domain).toEqual(domainJson)
    const e = ok(GeniusWeb.importProfile(back.profiles['employee']))
    const r = ok(GeniusWeb.importProfile(back.profiles['employer']))
    for (const [mine, original] of [
      [e, employee],
      [r, employer],
    ] as const) {
      expect(mine.name).toBe(original.name)
      expect(mine.domain).toEqual(original.domain)
      for (const issue of Object.keys(original.weights))
        expect(mine.weights[issue]).toBeCloseTo(original.weights[issue]!, 12)
      expect(mine.utilities).toEqual(original.utilities)
      for (const bid of bids())
        expect(GeniusWeb.bidUtility(mine, bid)).toBeCloseTo(GeniusWeb.bidUtility(original, bid), 12)
    }
    // the reservation bid may be another bid of the same utility
    expect(GeniusWeb.bidUtility(e, e.reservationBid!)).toBeCloseTo(
      GeniusWeb.bidUtility(employee, employee.reservationBid!),
      12,
    )
    expect(r.reservationBid).toBeUndefined()
  })

  it('the same data-last; an unknown party and a continuous quantity without step are problems', () => {
    const doc = ok(GeniusWeb.toNegotiation(domain, [employee, employer]))
    expect(GeniusWeb.fromNegotiation({ name: 'job-offer' })(doc)).toEqual(
      GeniusWeb.fromNegotiation(doc, { name: 'job-offer' }),
    )
    const bad = GeniusWeb.fromNegotiation(doc, { parties: ['nobody' as PartyId] })
    expect(E.isLeft(bad) && bad.left[0]).toMatchObject({
      path: 'options.parties[0]',
      code: 'unknown-reference',
    })
    const continuous = {
      ...doc,
      issues: {
        ...doc.issues,
        salary: {
          ...doc.issues['salary' as IssueId]!,
          domain: { kind: 'quantity', unit: 'EUR', min: 3000, max: 5000 },
        },
      },
    } as unknown as Negotiation
    const c = GeniusWeb.fromNegotiation(continuous)
    expect(E.isLeft(c) && c.left[0]).toMatchObject({ path: 'issues.salary', code: 'missing' })
  })

  it('exports a negotiation written by hand, with derived scores', () => {
    const doc = {
      format: 'negotiation-positions/1',
      title: 'Hand-written',
      parties: {
        A: { name: 'Alpha', role: 'principal', reservation: 0.5 },
        B: { name: 'Beta', role: 'principal' },
      },
      issues: {
        nato: {
          label: 'NATO',
          category: 'alliance',
          domain: {
            kind: 'choice',
            ordered: true,
            options: [
              { id: 'member', label: 'Member' },
              { id: 'deferred', label: 'Deferred' },
              { id: 'neutral', label: 'Neutral' },
            ],
          },
        },
        truce: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } },
      },
      positions: [
        {
          id: 'a1',
          party: 'A',
          issue: 'nato',
          asOf: '2025-01-01',
          sources: [],
          ideal: 'member',
          priority: 1,
        },
        {
          id: 'b1',
          party: 'B',
          issue: 'nato',
          asOf: '2025-01-01',
          sources: [],
          ideal: 'neutral',
          priority: 0.5,
        },
        {
          id: 'b2',
          party: 'B',
          issue: 'truce',
          asOf: '2025-01-01',
          sources: [],
          ideal: false,
          priority: 0.5,
        },
      ],
      proposals: {},
      events: [],
      sources: {},
    } as unknown as Negotiation
    const s = ok(GeniusWeb.fromNegotiation(doc))
    expect(s.domain).toEqual({
      name: 'Hand-written',
      issuesValues: {
        NATO: { values: ['Member', 'Deferred', 'Neutral'] },
        'Energy truce': { values: ['true', 'false'] },
      },
    })
    const a = ok(GeniusWeb.importProfile(s.profiles['A']))
    expect(a.weights).toEqual({ NATO: 1, 'Energy truce': 0 })
    expect(a.utilities['NATO']).toEqual({
      kind: 'discrete',
      utilities: { Member: 1, Deferred: 0.5, Neutral: 0 },
    })
    // the bid of smallest utility at or above the reservation utility 0.5
    expect(GeniusWeb.bidUtility(a, a.reservationBid!)).toBe(0.5)
  })
})

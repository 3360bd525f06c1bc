import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import type { IsoDate, IssueId, Negotiation, PartyId } from '../../src'
import * as Utility from '../../src/algebra/utility'
import * as GeniusWeb from '../../src/interop/geniusweb'
import { frozen, ok } from '../algebra/arbitraries'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** A negotiation written by hand (one principal `A` unless told), deep-frozen. */
const negotiation = (
  issues: Record<string, unknown>,
  positions: readonly Record<string, unknown>[],
  parties: Record<string, unknown> = { A: { name: 'Alpha', role: 'principal' } },
): Negotiation =>
  frozen({
    format: 'negotiation-positions/1',
    title: 'Talks',
    parties,
    issues,
    positions,
    proposals: {},
    events: [],
    sources: {},
  }) as unknown as Negotiation

/** A position of a party on an issue, dated 2025-01-01. */
const position = (id: string, party: string, issue: string, rest: Record<string, unknown> = {}) => ({
  id,
  party,
  issue,
  asOf: '2025-01-01',
  sources: [],
  ...rest,
})

/** A negotiation with one subset issue, Sanctions, of these elements (id, label), and A's ideal set of one. */
const sanctions = (universe: readonly (readonly [string, string])[], ideal: string): Negotiation =>
  negotiation(
    {
      sanctions: {
        label: 'Sanctions',
        category: 'economy',
        domain: { kind: 'subset', universe: universe.map(([id, label]) => ({ id, label })) },
      },
    },
    [position('p1', 'A', 'sanctions', { ideal: [ideal] })],
  )

const quantity = (label: string, min: number, max: number, integer?: boolean) => ({
  label,
  category: 'money',
  domain: { kind: 'quantity', unit: 'EUR', min, max, ...(integer === undefined ? {} : { integer }) },
})

const choice = (label: string, options: readonly (readonly [string, string])[]) => ({
  label,
  category: 'terms',
  domain: { kind: 'choice', options: options.map(([id, l]) => ({ id, label: l })) },
})

const flag = (label: string) => ({ label, category: 'terms', domain: { kind: 'flag' } })

const problems = <A>(
  r: E.Either<readonly GeniusWeb.GeniusWebProblem[], A>,
): readonly GeniusWeb.GeniusWebProblem[] => {
  if (E.isRight(r)) throw new Error(`expected problems, got ${JSON.stringify(r.right).slice(0, 300)}`)
  return r.left
}

/** The one profile of a party in an exported scenario, as written. */
const space = (s: GeniusWeb.GeniusWebScenario, party: string) =>
  (s.profiles[party] as { LinearAdditiveUtilitySpace: Record<string, unknown> }).LinearAdditiveUtilitySpace

const discrete = (valueUtilities: Record<string, number>) => ({
  DiscreteValueSetUtilities: { valueUtilities },
})

const numeric = (lowValue: number, lowUtility: number, highValue: number, highUtility: number) => ({
  NumberValueSetUtilities: { lowValue, lowUtility, highValue, highUtility },
})

// -------------------------------------------------------------------------------------
// negotiation → GeniusWeb
// -------------------------------------------------------------------------------------

describe('exporting a negotiation: the documents written', () => {
  it('writes a subset as one value per subset of its elements, named by element ids', () => {
    const doc = sanctions(
      [
        ['oil', 'Oil'],
        ['gas', 'Gas'],
      ],
      'oil',
    )
    const domain = {
      name: 'Talks',
      issuesValues: { Sanctions: { values: ['none', 'oil', 'gas', 'oil+gas'] } },
    }
    expect(ok(GeniusWeb.fromNegotiation(doc))).toStrictEqual({
      domain,
      profiles: {
        A: {
          LinearAdditiveUtilitySpace: {
            issueUtilities: { Sanctions: discrete({ none: 0.5, oil: 1, gas: 0, 'oil+gas': 0.5 }) },
            issueWeights: { Sanctions: 1 },
            domain,
            name: 'Alpha',
            reservationBid: null,
          },
        },
      },
    })
  })

  it('names the empty set `{}` when an element is called `none`, so that no two values share a name', () => {
    const doc = sanctions(
      [
        ['none', 'No sanction'],
        ['gas', 'Gas'],
      ],
      'gas',
    )
    const out = ok(GeniusWeb.fromNegotiation(doc))
    expect(out.domain).toStrictEqual({
      name: 'Talks',
      issuesValues: { Sanctions: { values: ['{}', 'none', 'gas', 'none+gas'] } },
    })
    expect(space(out, 'A')['issueUtilities']).toStrictEqual({
      Sanctions: discrete({ '{}': 0.5, none: 0, gas: 1, 'none+gas': 0.5 }),
    })
    // GeniusWeb reads the domain back, with four values
    const back = ok(GeniusWeb.importDomain(out.domain))
    expect(back.issues).toStrictEqual({
      Sanctions: { kind: 'discrete', values: ['{}', 'none', 'gas', 'none+gas'] },
    })
  })

  it('exports a subset of 10 elements as its 1,024 subsets and refuses 11 elements', () => {
    const universe = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))
    const ten = ok(
      GeniusWeb.fromNegotiation(
        negotiation(
          { s: { label: 'S', category: 'x', domain: { kind: 'subset', universe: universe(10) } } },
          [],
        ),
      ),
    )
    const values = (ten.domain as { issuesValues: { S: { values: string[] } } }).issuesValues.S.values
    expect(values.length).toBe(1024)
    expect(values.slice(0, 5)).toEqual(['none', 'e0', 'e1', 'e0+e1', 'e2'])
    expect(values[1023]).toBe('e0+e1+e2+e3+e4+e5+e6+e7+e8+e9')
    expect(new Set(values).size).toBe(1024)
    const eleven = negotiation(
      { s: { label: 'S', category: 'x', domain: { kind: 'subset', universe: universe(11) } } },
      [],
    )
    expect(problems(GeniusWeb.fromNegotiation(eleven))).toStrictEqual([
      {
        path: 'issues.s',
        code: 'too-large',
        message:
          'issue `s` is a subset of 11 elements; GeniusWeb needs each subset as a value, so at most 10 elements can be exported',
      },
    ])
  })

  it('writes issues in id order and profiles in party id order, principals only, named by labels', () => {
    const doc = negotiation(
      {
        c: flag('Ceasefire'),
        a: choice('Aid', [
          ['low', 'Low'],
          ['high', 'High'],
        ]),
        b: flag('Border'),
      },
      [
        position('z1', 'Z', 'c', { ideal: true, priority: 1 }),
        position('b1', 'B', 'a', { ideal: 'high', priority: 1 }),
        position('m1', 'M', 'b', { ideal: false, priority: 1 }),
      ],
      {
        Z: { name: 'Zeta', role: 'principal' },
        B: { name: 'Beta', role: 'principal' },
        X: { name: 'Mediator', role: 'mediator' },
        M: { name: 'Mu', role: 'principal' },
      },
    )
    const s = ok(GeniusWeb.fromNegotiation(doc))
    const issuesValues = (s.domain as { issuesValues: Record<string, unknown> }).issuesValues
    expect(Object.keys(issuesValues)).toEqual(['Aid', 'Border', 'Ceasefire'])
    expect(issuesValues).toStrictEqual({
      Aid: { values: ['Low', 'High'] },
      Border: { values: ['true', 'false'] },
      Ceasefire: { values: ['true', 'false'] },
    })
    expect(Object.keys(s.profiles)).toEqual(['B', 'M', 'Z'])
    expect(space(s, 'B')['issueUtilities']).toStrictEqual({
      Aid: discrete({ Low: 0, High: 1 }),
      Border: discrete({ true: 1, false: 1 }),
      Ceasefire: discrete({ true: 1, false: 1 }),
    })
    expect(space(s, 'M')['issueUtilities']).toStrictEqual({
      Aid: discrete({ Low: 1, High: 1 }),
      Border: discrete({ true: 0, false: 1 }),
      Ceasefire: discrete({ true: 1, false: 1 }),
    })
    expect(space(s, 'Z')['issueUtilities']).toStrictEqual({
      Aid: discrete({ Low: 1, High: 1 }),
      Border: discrete({ true: 1, false: 1 }),
      Ceasefire: discrete({ true: 1, false: 0 }),
    })
    expect(space(s, 'Z')['issueWeights']).toStrictEqual({ Aid: 0, Border: 0, Ceasefire: 1 })
    expect(space(s, 'Z')['name']).toBe('Zeta')
  })

  it('names issues and values by id when labels repeat, and takes the domain name from options', () => {
    const doc = negotiation(
      {
        x: choice('Terms', [
          ['one', 'Same'],
          ['two', 'Same'],
        ]),
        y: choice('Terms', [
          ['yes', 'Yes'],
          ['no', 'No'],
        ]),
      },
      [position('p', 'A', 'x', { ideal: 'two' })],
    )
    const s = ok(GeniusWeb.fromNegotiation(doc, { name: 'my-domain' }))
    expect(s.domain).toStrictEqual({
      name: 'my-domain',
      issuesValues: { x: { values: ['one', 'two'] }, y: { values: ['Yes', 'No'] } },
    })
    expect(space(s, 'A')['issueUtilities']).toStrictEqual({
      x: discrete({ one: 0, two: 1 }),
      y: discrete({ Yes: 1, No: 1 }),
    })
    expect(space(s, 'A')['issueWeights']).toStrictEqual({ x: 1, y: 0 })
  })
})

describe('exporting quantities', () => {
  const one = (
    issue: Record<string, unknown>,
    positions: readonly Record<string, unknown>[] = [],
    steps?: Record<string, number>,
  ) => {
    const s = ok(
      GeniusWeb.fromNegotiation(negotiation({ q: issue }, positions), steps === undefined ? {} : { steps }),
    )
    return {
      values: (s.domain as { issuesValues: Record<string, unknown> }).issuesValues['Q'],
      utilities: (space(s, 'A')['issueUtilities'] as Record<string, unknown>)['Q'],
    }
  }

  it('writes an integer quantity as a range of step 1 when the scores are linear along it', () => {
    expect(one(quantity('Q', 0, 4, true), [position('p', 'A', 'q', { ideal: 4 })])).toStrictEqual({
      values: { range: { low: 0, high: 4, step: 1 } },
      utilities: numeric(0, 0, 4, 1),
    })
  })

  it('writes two values as a range', () => {
    expect(one(quantity('Q', 0, 1, true), [position('p', 'A', 'q', { ideal: 0 })])).toStrictEqual({
      values: { range: { low: 0, high: 1, step: 1 } },
      utilities: numeric(0, 1, 1, 0),
    })
  })

  it('writes a list of values when the scores bend along the quantity', () => {
    expect(one(quantity('Q', 0, 2, true), [position('p', 'A', 'q', { ideal: 1 })])).toStrictEqual({
      values: { values: ['0', '1', '2'] },
      utilities: discrete({ '0': 0.5, '1': 1, '2': 0.5 }),
    })
  })

  it('writes a list when one party of two has bending scores', () => {
    const doc = negotiation(
      { q: quantity('Q', 0, 2, true) },
      [position('a', 'A', 'q', { ideal: 2 }), position('b', 'B', 'q', { ideal: 1 })],
      {
        A: { name: 'Alpha', role: 'principal' },
        B: { name: 'Beta', role: 'principal' },
      },
    )
    const s = ok(GeniusWeb.fromNegotiation(doc))
    expect(s.domain).toStrictEqual({ name: 'Talks', issuesValues: { Q: { values: ['0', '1', '2'] } } })
    expect(space(s, 'A')['issueUtilities']).toStrictEqual({ Q: discrete({ '0': 0, '1': 0.5, '2': 1 }) })
    expect(space(s, 'B')['issueUtilities']).toStrictEqual({ Q: discrete({ '0': 0.5, '1': 1, '2': 0.5 }) })
  })

  it('writes a list when the quantity has one value, or its step does not reach the maximum', () => {
    expect(one(quantity('Q', 5, 5, true))).toStrictEqual({
      values: { values: ['5'] },
      utilities: discrete({ '5': 1 }),
    })
    expect(one(quantity('Q', 0, 10), [], { q: 3 })).toStrictEqual({
      values: { values: ['0', '3', '6', '9'] },
      utilities: discrete({ '0': 1, '3': 1, '6': 1, '9': 1 }),
    })
    expect(one(quantity('Q', 0, 1), [], { q: 0.25 })).toStrictEqual({
      values: { range: { low: 0, high: 1, step: 0.25 } },
      utilities: numeric(0, 1, 1, 1),
    })
  })

  it('refuses a continuous quantity without a positive step', () => {
    const message =
      'issue `q` is a continuous quantity; give its step in `steps` (GeniusWeb number issues are grids)'
    const doc = negotiation({ q: quantity('Q', 0, 10) }, [])
    const tries: readonly GeniusWeb.FromNegotiationOptions[] = [
      {},
      { steps: { q: 0 } },
      { steps: { q: -1 } },
      { steps: { other: 1 } },
    ]
    for (const options of tries)
      expect(problems(GeniusWeb.fromNegotiation(doc, options))).toStrictEqual([
        { path: 'issues.q', code: 'missing', message },
      ])
    const integer = negotiation({ q: quantity('Q', 0, 10, true) }, [])
    expect(problems(GeniusWeb.fromNegotiation(integer, { steps: { q: 0 } }))).toStrictEqual([
      { path: 'issues.q', code: 'missing', message },
    ])
  })

  // each of these builds a grid of a million numbers: generous time on a busy machine
  const slow = 30_000
  const tooLarge = [
    {
      path: 'issues.q',
      code: 'too-large',
      message: 'issue `q` would have more than 1000000 values with step 1; give a larger step',
    },
  ]

  it(
    'exports a quantity of a million values',
    () => {
      expect(one(quantity('Q', 0, 999_999, true))).toStrictEqual({
        values: { range: { low: 0, high: 999_999, step: 1 } },
        utilities: numeric(0, 1, 999_999, 1),
      })
    },
    slow,
  )

  it(
    'refuses a quantity of more than a million values',
    () => {
      const doc = negotiation({ q: quantity('Q', 0, 2_000_000, true) }, [])
      expect(problems(GeniusWeb.fromNegotiation(doc))).toStrictEqual(tooLarge)
    },
    slow,
  )

  it(
    'refuses a trillion values as fast, without listing them',
    () => {
      const huge = negotiation({ q: quantity('Q', 0, 1e12, true) }, [])
      expect(problems(GeniusWeb.fromNegotiation(huge))).toStrictEqual(tooLarge)
    },
    slow,
  )
})

describe('exporting weights', () => {
  it('weighs issues equally for a party with no position', () => {
    const doc = negotiation({ a: flag('A'), b: flag('B') }, [])
    expect(space(ok(GeniusWeb.fromNegotiation(doc)), 'A')['issueWeights']).toStrictEqual({ A: 0.5, B: 0.5 })
  })

  it('rescales the weights of the exported issues to add up to 1', () => {
    const doc = negotiation({ a: flag('A'), b: flag('B'), c: flag('C') }, [
      position('1', 'A', 'a', { ideal: true, priority: 0.5 }),
      position('2', 'A', 'b', { ideal: true, priority: 0.3 }),
      position('3', 'A', 'c', { ideal: true, priority: 0.2 }),
    ])
    const s = ok(GeniusWeb.fromNegotiation(doc, { issues: ['b', 'c'] as never }))
    const w = space(s, 'A')['issueWeights'] as Record<string, number>
    expect(Object.keys(w)).toEqual(['B', 'C'])
    expect(w['B']).toBeCloseTo(0.6, 12)
    expect(w['C']).toBeCloseTo(0.4, 12)
  })
})

describe('exporting the reservation as a bid', () => {
  const withReservation = (
    reservation: number,
    issues: Record<string, unknown>,
    positions: readonly Record<string, unknown>[],
  ) =>
    space(
      ok(
        GeniusWeb.fromNegotiation(
          negotiation(issues, positions, { A: { name: 'Alpha', role: 'principal', reservation } }),
        ),
      ),
      'A',
    )['reservationBid']

  const terms = choice('Terms', [
    ['x', 'X'],
    ['y', 'Y'],
    ['z', 'Z'],
  ])
  const scored = [
    position('p', 'A', 't', { valuation: { kind: 'scores', scores: { x: 0.5, y: 0.5, z: 0.8 } } }),
  ]

  it('takes the first bid of smallest utility at or above the reservation', () => {
    expect(withReservation(0.5, { t: terms }, scored)).toStrictEqual({ issuevalues: { Terms: 'X' } })
    expect(withReservation(0.6, { t: terms }, scored)).toStrictEqual({ issuevalues: { Terms: 'Z' } })
  })

  it('finds a bid whose utility is within rounding error below the reservation', () => {
    expect(withReservation(0.5 + 1e-12, { t: terms }, scored)).toStrictEqual({ issuevalues: { Terms: 'X' } })
  })

  it('counts utilities within rounding error (1e-12) as ties, keeping the first', () => {
    const close = [
      position('p', 'A', 't', { valuation: { kind: 'scores', scores: { x: 0.6, y: 0.6 - 1e-12, z: 1 } } }),
    ]
    expect(withReservation(0.5, { t: terms }, close)).toStrictEqual({ issuevalues: { Terms: 'X' } })
  })

  it('writes null when no bid reaches the reservation', () => {
    expect(withReservation(0.9, { t: terms }, scored)).toBeNull()
  })

  it('finds the last bid of the space when only it reaches the reservation', () => {
    expect(
      withReservation(1, { f: flag('Fast'), t: terms }, [
        position('p', 'A', 'f', { ideal: false }),
        position('q', 'A', 't', { ideal: 'z' }),
      ]),
    ).toStrictEqual({ issuevalues: { Fast: 'false', Terms: 'Z' } })
  })

  it('searches a million bids, and writes null above a million', () => {
    const issues = (n: number) => ({ a: quantity('A', 0, 999, true), b: quantity('B', 0, n, true) })
    const positions = [position('p', 'A', 'a', { ideal: 999 })]
    expect(withReservation(0.5, issues(999), positions)).toStrictEqual({ issuevalues: { A: 500, B: 0 } })
    expect(withReservation(0.5, issues(1000), positions)).toBeNull()
  })
})

describe('exporting: what cannot be exported', () => {
  it('lists an unknown issue and an unknown party together', () => {
    const doc = negotiation({ a: flag('A') }, [])
    expect(
      problems(
        GeniusWeb.fromNegotiation(doc, { issues: ['a', 'nope'] as never, parties: ['A', 'nobody'] as never }),
      ),
    ).toStrictEqual([
      {
        path: 'options.issues[1]',
        code: 'unknown-reference',
        message: 'the negotiation has no issue `nope`',
      },
      {
        path: 'options.parties[1]',
        code: 'unknown-reference',
        message: 'the negotiation has no party `nobody`',
      },
    ])
  })

  it('needs a party to export', () => {
    const empty = [
      {
        path: 'options.parties',
        code: 'empty',
        message: 'the negotiation has no principal to export; name the parties',
      },
    ]
    const mediatorOnly = negotiation({ a: flag('A') }, [], { M: { name: 'Mediator', role: 'mediator' } })
    expect(problems(GeniusWeb.fromNegotiation(mediatorOnly))).toStrictEqual(empty)
    expect(
      problems(GeniusWeb.fromNegotiation(negotiation({ a: flag('A') }, []), { parties: [] })),
    ).toStrictEqual(empty)
    // a mediator can be named
    expect(
      Object.keys(ok(GeniusWeb.fromNegotiation(mediatorOnly, { parties: ['M'] as never })).profiles),
    ).toEqual(['M'])
  })
})

// -------------------------------------------------------------------------------------
// GeniusWeb → negotiation
// -------------------------------------------------------------------------------------

const domainOf = (issuesValues: Record<string, unknown>, name = 'deal') =>
  ok(GeniusWeb.importDomain(frozen({ name, issuesValues })))

const profileOf = (
  name: string,
  issuesValues: Record<string, unknown>,
  issueWeights: Record<string, number>,
  issueUtilities: Record<string, unknown>,
  reservationBid?: Record<string, unknown>,
) =>
  ok(
    GeniusWeb.importProfile(
      frozen({
        LinearAdditiveUtilitySpace: {
          name,
          domain: { name: 'deal', issuesValues },
          issueWeights,
          issueUtilities,
          ...(reservationBid === undefined ? {} : { reservationBid: { issuevalues: reservationBid } }),
        },
      }),
    ),
  )

const dealValues = {
  price: { range: { low: 10, high: 20, step: 5 } },
  'fast delivery': { values: ['yes', 'no'] },
}

describe('importing a scenario: the document written', () => {
  it('writes the whole document: issues, principals, positions, source', () => {
    const buyer = profileOf(
      'buyer',
      dealValues,
      { price: 0.75, 'fast delivery': 0.25 },
      { price: numeric(10, 1, 20, 0), 'fast delivery': discrete({ yes: 1, no: 0.5 }) },
      { price: 15, 'fast delivery': 'no' },
    )
    const seller = profileOf(
      'seller',
      dealValues,
      { price: 0.5, 'fast delivery': 0.5 },
      { price: numeric(10, 0.2, 20, 0.2), 'fast delivery': discrete({ yes: 0 }) },
    )
    const doc = ok(GeniusWeb.toNegotiation(domainOf(dealValues), frozen([seller, buyer])))
    expect(doc).toStrictEqual({
      format: 'negotiation-positions/1',
      title: 'GeniusWeb scenario: deal',
      parties: {
        buyer: { name: 'buyer', role: 'principal', reservation: 0.75 * 0.5 + 0.25 * 0.5 },
        seller: { name: 'seller', role: 'principal' },
      },
      issues: {
        'fast-delivery': {
          label: 'fast delivery',
          category: 'other',
          domain: {
            kind: 'choice',
            options: [
              { id: 'yes', label: 'yes' },
              { id: 'no', label: 'no' },
            ],
          },
        },
        price: {
          label: 'price',
          category: 'other',
          domain: { kind: 'quantity', unit: 'units', min: 10, max: 20, integer: true },
        },
      },
      positions: [
        {
          id: 'buyer.fast-delivery',
          party: 'buyer',
          issue: 'fast-delivery',
          asOf: '2000-01-01',
          sources: ['geniusweb'],
          kind: 'statement',
          ideal: 'yes',
          priority: 0.25,
          valuation: { kind: 'scores', scores: { yes: 1, no: 0.5 } },
        },
        {
          id: 'buyer.price',
          party: 'buyer',
          issue: 'price',
          asOf: '2000-01-01',
          sources: ['geniusweb'],
          kind: 'statement',
          ideal: 10,
          priority: 0.75,
          valuation: {
            kind: 'linear',
            points: [
              { at: 10, score: 1 },
              { at: 20, score: 0 },
            ],
          },
        },
        {
          id: 'seller.fast-delivery',
          party: 'seller',
          issue: 'fast-delivery',
          asOf: '2000-01-01',
          sources: ['geniusweb'],
          kind: 'statement',
          ideal: 'yes',
          priority: 0.5,
          valuation: { kind: 'scores', scores: { yes: 0, no: 0 } },
        },
        {
          id: 'seller.price',
          party: 'seller',
          issue: 'price',
          asOf: '2000-01-01',
          sources: ['geniusweb'],
          kind: 'statement',
          ideal: 10,
          priority: 0.5,
          valuation: {
            kind: 'linear',
            points: [
              { at: 10, score: 0.2 },
              { at: 20, score: 0.2 },
            ],
          },
        },
      ],
      proposals: {},
      events: [],
      sources: { geniusweb: { title: 'GeniusWeb domain "deal" and profiles "buyer", "seller"' } },
    })
  })

  it('marks a quantity integer only when its low end and step are integers', () => {
    const domain = (range: Record<string, number>) =>
      ok(
        GeniusWeb.toNegotiation(domainOf({ n: { range } }), [
          profileOf('p', { n: { range } }, { n: 1 }, { n: numeric(range['low']!, 0, range['high']!, 1) }),
        ]),
      ).issues['n' as never]!.domain
    expect(domain({ low: 0, high: 1, step: 0.5 })).toStrictEqual({
      kind: 'quantity',
      unit: 'units',
      min: 0,
      max: 1,
    })
    expect(domain({ low: 0.5, high: 2.5, step: 1 })).toStrictEqual({
      kind: 'quantity',
      unit: 'units',
      min: 0.5,
      max: 2.5,
    })
    expect(domain({ low: 1, high: 3, step: 2 })).toStrictEqual({
      kind: 'quantity',
      unit: 'units',
      min: 1,
      max: 3,
      integer: true,
    })
  })

  it('gives ids in name order, whatever order the domain lists its issues in', () => {
    const d = domainOf({ 'a-b': { values: ['x'] }, 'a b': { values: ['x'] } })
    expect(GeniusWeb.names(d)).toStrictEqual({
      issues: { 'a b': 'a-b', 'a-b': 'a-b-2' },
      values: { 'a b': { x: 'x' }, 'a-b': { x: 'x' } },
    })
  })

  it('writes issues and positions in name order', () => {
    const values = {
      '2': { values: ['x'] },
      '10': { values: ['x'] },
      '-x': { values: ['x'] },
      ' 1': { values: ['x'] },
      '1': { values: ['x'] },
    }
    const weights = { '2': 0.2, '10': 0.2, '-x': 0.2, ' 1': 0.2, '1': 0.2 }
    const utilities = Object.fromEntries(Object.keys(values).map((k) => [k, discrete({ x: 1 })]))
    const doc = ok(GeniusWeb.toNegotiation(domainOf(values), [profileOf('p', values, weights, utilities)]))
    expect(Object.keys(doc.issues)).toEqual(['1', '2', '10', 'x', '1-2'])
    expect(doc.positions.map((p) => p.issue)).toEqual(['1', 'x', '1-2', '10', '2'])
  })

  it('orders profiles by name, and profiles of the same name in the order given', () => {
    const values = { t: { values: ['a', 'b'] } }
    const p = (name: string, a: number) => profileOf(name, values, { t: 1 }, { t: discrete({ a, b: 1 - a }) })
    const doc = ok(
      GeniusWeb.toNegotiation(domainOf(values), [p('zed', 0), p('amy', 1), p('amy', 0.25), p('bob', 0.5)]),
    )
    expect(Object.keys(doc.parties)).toEqual(['amy', 'amy-2', 'bob', 'zed'])
    expect(doc.positions.map((x) => [x.party, x.valuation])).toStrictEqual([
      ['amy', { kind: 'scores', scores: { a: 1, b: 0 } }],
      ['amy-2', { kind: 'scores', scores: { a: 0.25, b: 0.75 } }],
      ['bob', { kind: 'scores', scores: { a: 0.5, b: 0.5 } }],
      ['zed', { kind: 'scores', scores: { a: 0, b: 1 } }],
    ])
    expect(doc.sources['geniusweb' as never]).toStrictEqual({
      title: 'GeniusWeb domain "deal" and profiles "amy", "amy", "bob", "zed"',
    })
  })

  it('takes party ids and names for some profiles and makes ids for the others', () => {
    const values = { t: { values: ['a'] } }
    const p = (name: string) => profileOf(name, values, { t: 1 }, { t: discrete({ a: 1 }) })
    const doc = ok(
      GeniusWeb.toNegotiation(domainOf(values), [p('alpha'), p('beta'), p('gamma')], {
        parties: { beta: { id: 'alpha' }, gamma: { name: 'Gamma Corp' } },
        title: 'Deal',
        date: '2024-02-29',
        source: { title: 'Scenario file', url: 'https://example.org/deal' },
      }),
    )
    expect(doc.parties).toStrictEqual({
      alpha: { name: 'beta', role: 'principal' },
      'alpha-2': { name: 'alpha', role: 'principal' },
      gamma: { name: 'Gamma Corp', role: 'principal' },
    })
    expect(doc.title).toBe('Deal')
    expect(doc.sources).toStrictEqual({
      geniusweb: { title: 'Scenario file', url: 'https://example.org/deal' },
    })
    expect(doc.positions.map((x) => [x.id, x.asOf])).toEqual([
      ['alpha-2.t', '2024-02-29'],
      ['alpha.t', '2024-02-29'],
      ['gamma.t', '2024-02-29'],
    ])
  })

  it('takes the low end as the ideal of a flat number utility', () => {
    const values = { n: { range: { low: 0, high: 4, step: 1 } } }
    const doc = ok(
      GeniusWeb.toNegotiation(domainOf(values), [
        profileOf('p', values, { n: 1 }, { n: numeric(0, 0.5, 4, 0.5) }),
      ]),
    )
    expect(doc.positions[0]!.ideal).toBe(0)
  })
})

describe('importing a scenario: what cannot be imported', () => {
  const values = { t: { values: ['a', 'b'] } }
  const p = (name: string) => profileOf(name, values, { t: 1 }, { t: discrete({ a: 1 }) })

  it('needs a profile', () => {
    expect(problems(GeniusWeb.toNegotiation(domainOf(values), []))).toStrictEqual([
      { path: 'profiles', code: 'empty', message: 'give at least one profile' },
    ])
  })

  it('names a date that is not a date', () => {
    expect(
      problems(GeniusWeb.toNegotiation(domainOf(values), [p('x')], { date: '1 May 2024' })),
    ).toStrictEqual([
      { path: 'options.date', code: 'bad-date', message: '"1 May 2024" is not a date written YYYY-MM-DD' },
    ])
  })

  it('refuses a party id that is not an id, and two profiles given the same id', () => {
    for (const id of ['-x', 'a b', 'x'.repeat(101), ''])
      expect(
        problems(GeniusWeb.toNegotiation(domainOf(values), [p('x'), p('y')], { parties: { y: { id } } })),
      ).toStrictEqual([
        {
          path: 'options.parties.y.id',
          code: 'bad-id',
          message: `${JSON.stringify(id)} is not a valid party id (letters, digits and . _ : -)`,
        },
      ])
    for (const id of ['abc', 'A', 'x'.repeat(100), 'a.b_c:d-e'])
      expect(
        Object.keys(
          ok(GeniusWeb.toNegotiation(domainOf(values), [p('x')], { parties: { x: { id } } })).parties,
        ),
      ).toEqual([id])
    expect(
      problems(
        GeniusWeb.toNegotiation(domainOf(values), [p('x'), p('y')], {
          parties: { x: { id: 'same' }, y: { id: 'same' } },
        }),
      ),
    ).toStrictEqual([
      { path: 'options.parties', code: 'duplicate-id', message: 'two profiles were given the same party id' },
    ])
  })

  describe('refuses a profile for another domain', () => {
    const check = (domainValues: Record<string, unknown>, profileValues: Record<string, unknown>) => {
      const weights = Object.fromEntries(Object.keys(profileValues).map((k, _, all) => [k, 1 / all.length]))
      const utilities = Object.fromEntries(
        Object.entries(profileValues).map(([k, v]) => [
          k,
          'values' in (v as object)
            ? discrete({})
            : numeric(
                (v as { range: { low: number } }).range.low,
                0,
                (v as { range: { high: number } }).range.high,
                1,
              ),
        ]),
      )
      return problems(
        GeniusWeb.toNegotiation(domainOf(domainValues), [profileOf('p', profileValues, weights, utilities)]),
      )
    }
    const another = [
      {
        path: 'profiles[0].domain',
        code: 'out-of-domain',
        message: 'profile "p" is for another domain than "deal" (its issues or values differ)',
      },
    ]
    const range = (low: number, high: number, step: number) => ({ range: { low, high, step } })

    it('values of another kind', () => {
      expect(check({ t: range(0, 2, 1) }, { t: { values: ['0', '1', '2'] } })).toStrictEqual(another)
      expect(check({ t: { values: ['0', '1', '2'] } }, { t: range(0, 2, 1) })).toStrictEqual(another)
    })

    it('fewer, more or other discrete values', () => {
      expect(check({ t: { values: ['a', 'b', 'c'] } }, { t: { values: ['a', 'b'] } })).toStrictEqual(another)
      expect(check({ t: { values: ['a', 'b'] } }, { t: { values: ['a', 'b', 'c'] } })).toStrictEqual(another)
      expect(check({ t: { values: ['a', 'b'] } }, { t: { values: ['a', 'c'] } })).toStrictEqual(another)
    })

    it('another low end, high end or step', () => {
      expect(check({ t: range(0, 10, 1) }, { t: range(1, 10, 1) })).toStrictEqual(another)
      expect(check({ t: range(0, 10, 1) }, { t: range(0, 9, 1) })).toStrictEqual(another)
      expect(check({ t: range(0, 10, 1) }, { t: range(0, 10, 2) })).toStrictEqual(another)
    })

    it('fewer or other issues, or one issue of two different', () => {
      expect(check({ t: { values: ['a'] }, u: { values: ['a'] } }, { t: { values: ['a'] } })).toStrictEqual(
        another,
      )
      expect(check({ t: { values: ['a'] } }, { u: { values: ['a'] } })).toStrictEqual(another)
      expect(
        check({ t: { values: ['a'] }, u: { values: ['a'] } }, { t: { values: ['a'] }, u: { values: ['b'] } }),
      ).toStrictEqual(another)
    })

    it('but takes discrete values listed in another order', () => {
      const d = domainOf({ t: { values: ['a', 'b'] } })
      const q = profileOf('p', { t: { values: ['b', 'a'] } }, { t: 1 }, { t: discrete({ a: 1 }) })
      expect(E.isRight(GeniusWeb.toNegotiation(d, [q]))).toBe(true)
    })
  })
})

describe('the utility of a bid', () => {
  const values = { n: { range: { low: 0, high: 30, step: 5 } }, d: { values: ['yes', 'no'] } }
  let profile: GeniusWeb.GeniusWebProfile
  beforeEach(() => {
    profile = profileOf(
      'p',
      values,
      { n: 0.5, d: 0.5 },
      { n: numeric(10, 0.2, 20, 0.8), d: discrete({ yes: 1 }) },
    )
  })

  it('interpolates between the low and high values and counts 0 outside them', () => {
    expect(GeniusWeb.bidUtility(profile, { n: 15, d: 'yes' })).toBeCloseTo(0.75, 12)
    expect(GeniusWeb.bidUtility(profile, { n: 5, d: 'yes' })).toBe(0.5)
    expect(GeniusWeb.bidUtility(profile, { n: 25, d: 'yes' })).toBe(0.5)
    expect(GeniusWeb.bidUtility(profile, { n: 10, d: 'no' })).toBeCloseTo(0.1, 12)
  })

  it('imports a line narrower than the range so that every grid value scores as GeniusWeb scores it', () => {
    const range = { low: 0, high: 30, step: 5 }
    const p = profileOf('p', { n: { range } }, { n: 1 }, { n: numeric(10, 0.5, 20, 1) })
    const doc = ok(GeniusWeb.toNegotiation(domainOf({ n: { range } }), [p]))
    expect(doc.positions[0]?.valuation).toStrictEqual({
      kind: 'linear',
      points: [
        { at: 0, score: 0 },
        { at: 5, score: 0 },
        { at: 10, score: 0.5 },
        { at: 20, score: 1 },
        { at: 25, score: 0 },
        { at: 30, score: 0 },
      ],
    })
    for (const n of [0, 5, 10, 15, 20, 25, 30]) {
      const u = Utility.utility(doc, 'p' as PartyId, { ['n' as IssueId]: n })
      expect(E.isRight(u) && u.right.utility).toBeCloseTo(GeniusWeb.bidUtility(p, { n }), 12)
    }
    // a line off the grid, ending on the range: 0 up to the last grid value below it
    const q = profileOf('q', { n: { range } }, { n: 1 }, { n: numeric(12, 0.25, 30, 1) })
    expect(
      ok(GeniusWeb.toNegotiation(domainOf({ n: { range } }), [q])).positions[0]?.valuation,
    ).toStrictEqual({
      kind: 'linear',
      points: [
        { at: 0, score: 0 },
        { at: 10, score: 0 },
        { at: 12, score: 0.25 },
        { at: 30, score: 1 },
      ],
    })
  })

  it('counts 0 for a value without a utility, even one called toString', () => {
    const values = { d: { values: ['toString', 'x'] } }
    const p = profileOf('p', values, { d: 1 }, { d: discrete({ x: 1 }) })
    expect(GeniusWeb.bidUtility(p, { d: 'toString' })).toBe(0)
    expect(GeniusWeb.bidUtility(p, { d: 'x' })).toBe(1)
    const doc = ok(GeniusWeb.toNegotiation(domainOf(values), [p]))
    expect(doc.positions[0]?.valuation).toStrictEqual({ kind: 'scores', scores: { toString: 0, x: 1 } })
  })

  it('counts 0 for issues the profile does not know', () => {
    expect(GeniusWeb.bidUtility(profile, { other: 'x', d: 'yes' })).toBe(0.5)
  })
})

// -------------------------------------------------------------------------------------
// round trips
// -------------------------------------------------------------------------------------

describe('round trips', () => {
  it('a scenario exported and imported again gives the same document', () => {
    const doc = ok(
      GeniusWeb.toNegotiation(domainOf(dealValues), [
        profileOf(
          'buyer',
          dealValues,
          { price: 0.75, 'fast delivery': 0.25 },
          { price: numeric(10, 1, 20, 0), 'fast delivery': discrete({ yes: 1, no: 0.5 }) },
          { price: 15, 'fast delivery': 'no' },
        ),
      ]),
    )
    const s = ok(GeniusWeb.fromNegotiation(frozen(doc), { name: 'deal', steps: { price: 5 } }))
    expect(s.domain).toStrictEqual({
      name: 'deal',
      issuesValues: {
        'fast delivery': { values: ['yes', 'no'] },
        price: { range: { low: 10, high: 20, step: 5 } },
      },
    })
    expect(space(s, 'buyer')).toStrictEqual({
      issueUtilities: { 'fast delivery': discrete({ yes: 1, no: 0.5 }), price: numeric(10, 1, 20, 0) },
      issueWeights: { 'fast delivery': 0.25, price: 0.75 },
      domain: s.domain,
      name: 'buyer',
      reservationBid: { issuevalues: { 'fast delivery': 'no', price: 15 } },
    })
    const d = ok(GeniusWeb.importDomain(s.domain))
    const p = ok(GeniusWeb.importProfile(s.profiles['buyer']))
    expect(ok(GeniusWeb.toNegotiation(d, [p]))).toStrictEqual(doc)
  })
})

describe('exporting: positions that cannot be scored', () => {
  const aid = choice('Aid', [
    ['low', 'Low'],
    ['high', 'High'],
  ])
  const fix = 'correct it, or check the negotiation with `Load` first'

  it('refuses an ideal that is not an option, at the position that gave it', () => {
    const doc = negotiation({ aid }, [
      position('p0', 'A', 'aid', { ideal: 'mid' }),
      position('p1', 'A', 'aid', { asOf: '2025-02-01', priority: 0.9 }),
    ])
    expect(problems(GeniusWeb.fromNegotiation(doc))).toStrictEqual([
      {
        path: 'positions[0].ideal',
        code: 'out-of-domain',
        message: `the position of \`A\` on \`aid\` cannot be scored (ideal: the choice has no option \`mid\`; options are: low, high (the issue is a choice among low, high)); ${fix}`,
      },
    ])
    // as of a date before it, the position is not there, and the export goes through
    expect(E.isRight(GeniusWeb.fromNegotiation(doc, { asOf: '2024-12-31' as IsoDate }))).toBe(true)
  })

  it('refuses a valuation that does not fit the issue, and an acceptable set, each where it is', () => {
    const doc = negotiation(
      { aid, b: flag('Border') },
      [
        position('p0', 'A', 'aid', { valuation: { kind: 'scores', scores: { mid: 1 } } }),
        position('p1', 'B', 'b', { acceptable: { kind: 'options', options: ['x'] } }),
      ],
      { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
    )
    expect(problems(GeniusWeb.fromNegotiation(doc))).toStrictEqual([
      {
        path: 'positions[0].valuation',
        code: 'out-of-domain',
        message: `the position of \`A\` on \`aid\` cannot be scored (the valuation scores \`mid\`, which is not one of low, high (the issue is a choice among low, high)); ${fix}`,
      },
      {
        path: 'positions[1].acceptable',
        code: 'out-of-domain',
        message: `the position of \`B\` on \`b\` cannot be scored (acceptable: the value set has kind "options" but the issue is a yes/no flag, which takes a set of kind "flags"); ${fix}`,
      },
    ])
  })
})

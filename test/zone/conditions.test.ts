/**
 * Conditions read as constraints on packages: a value condition restricts its holder's packages, a linkage ties two
 * issues, a settled issue takes its agreed value, and what cannot be checked on a package is reported as unapplied.
 */
import { describe, expect, it } from 'vitest'
import type { IssueId, Negotiation, PartyId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const parties = { A: { name: 'Alpha' }, B: { name: 'Beta' }, M: { name: 'Mu', role: 'mediator' as const } }
const yes = { kind: 'flags', values: [true] }

/** x: a, b, c; y: lo < mid < hi; f, g: flags. With `settle`, an agreement of Alpha and Beta fixes f = no, g = yes. */
const negotiation = (positions: readonly Record<string, unknown>[], settle = false): Negotiation =>
  doc(
    parties,
    {
      x: domains.choice('a', 'b', 'c'),
      y: domains.ordered('lo', 'mid', 'hi'),
      f: domains.flag,
      g: domains.flag,
    },
    positions,
    settle
      ? {
          proposals: {
            p: {
              title: 'Deal',
              date: '2025-01-10',
              tabledBy: ['A'],
              terms: { f: { value: false }, g: { value: true } },
              sources: [],
            },
          },
          events: [
            {
              id: 'e',
              kind: 'agreement',
              date: '2025-01-20',
              parties: ['A', 'B'],
              proposal: 'p',
              sources: [],
            },
          ],
        }
      : {},
  )

/** Alpha's position on x holding the given conditions. */
const alpha = (...conditions: Record<string, unknown>[]) => ({ party: 'A', issue: 'x', conditions })
const xy = { issues: ['x', 'y'] as IssueId[] }

describe('conditions on settled issues', () => {
  it('a condition the settled terms break leaves its holder no package, and says so', () => {
    const n = negotiation([alpha({ kind: 'value', issue: 'f', in: yes })], true)
    const z = ok(Zone.packages(n))
    expect(z.issues).toEqual(['x', 'y'])
    expect(z).toMatchObject({ count: '0', empty: true, unapplied: [] })
    expect(z.blockers).toHaveLength(1)
    expect(z.blockers[0]).toMatchObject({ _tag: 'linkage', issues: ['x'], parties: ['A'] })
    expect(z.blockers[0]!.explanation).toBe(
      "Alpha's condition that F is yes (already settled otherwise) (position pos0 of 2025-01-01; source src0); the settled terms break it, so Alpha accepts no package.",
    )
    // dropping the condition (default priority 0.5) opens all 9 packages
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBe(0.5)
    expect(near.options[0]!.concessions).toMatchObject([
      {
        party: 'A',
        kind: 'condition',
        issue: 'x', // the issue of the position that states it
        cost: 0.5,
        explanation: 'Alpha drops its condition that F is yes (already settled otherwise), priority 0.5',
      },
    ])
    expect(near.options[0]!.count).toBe('9')
  })

  it('a condition the settled terms meet constrains nothing', () => {
    const z = ok(Zone.packages(negotiation([alpha({ kind: 'value', issue: 'g', in: yes })], true)))
    expect(z).toMatchObject({ count: '9', empty: false, blockers: [], unapplied: [] })
  })

  it('a linkage from a settled issue applies exactly when the settled value triggers it', () => {
    const fromG = negotiation(
      [alpha({ kind: 'value', issue: 'x', in: options('a'), when: { issue: 'g', in: yes } })],
      true,
    )
    expect(ok(Zone.packages(fromG)).count).toBe('3') // g = yes, so x = a, with any y
    expect([...ok(Zone.enumerate(fromG))].every((p) => p['x' as IssueId] === 'a')).toBe(true)
    const fromF = negotiation(
      [alpha({ kind: 'value', issue: 'x', in: options('a'), when: { issue: 'f', in: yes } })],
      true,
    )
    expect(ok(Zone.packages(fromF))).toMatchObject({ count: '9', unapplied: [] }) // f = no: not triggered
  })

  it('a linkage into a settled issue the settlement breaks rules out its trigger', () => {
    // if x is a then f is yes; f is settled no, so Alpha cannot accept x = a
    const n = negotiation(
      [alpha({ kind: 'value', issue: 'f', in: yes, when: { issue: 'x', in: options('a') } })],
      true,
    )
    const z = ok(Zone.packages(n))
    expect(z).toMatchObject({ count: '6', unapplied: [] })
    expect([...new Set([...ok(Zone.enumerate(n))].map((p) => p['x' as IssueId]))]).toEqual(['b', 'c'])
    // g is settled yes: the same linkage into g holds, nothing is ruled out
    const met = negotiation(
      [alpha({ kind: 'value', issue: 'g', in: yes, when: { issue: 'x', in: options('a') } })],
      true,
    )
    expect(ok(Zone.packages(met)).count).toBe('9')
  })
})

describe('conditions on issues the package leaves open', () => {
  it('a condition on an open issue outside the package is reported, not applied', () => {
    const z = ok(Zone.packages(negotiation([alpha({ kind: 'value', issue: 'f', in: yes })]), xy))
    expect(z.count).toBe('9')
    expect(z.unapplied).toEqual([
      {
        party: 'A',
        issue: 'x',
        kind: 'value',
        evidence: { party: 'A', issue: 'x', positions: ['pos0'], dates: ['2025-01-01'], sources: ['src0'] },
        explanation:
          "Alpha's condition that F is yes: the package leaves F open, so the condition is not applied.",
      },
    ])
  })

  it('a linkage whose trigger is outside the package is reported, not applied', () => {
    const n = negotiation([
      alpha({ kind: 'value', issue: 'x', in: options('a'), when: { issue: 'f', in: yes } }),
    ])
    const z = ok(Zone.packages(n, xy))
    expect(z.count).toBe('9')
    expect(z.unapplied.map((u) => [u.kind, u.explanation])).toEqual([
      [
        'value',
        "Alpha's linkage: if F is yes, then X is A: the package leaves F open, so the linkage is not applied.",
      ],
    ])
  })

  it('a linkage whose consequence is outside the package is reported, not applied', () => {
    const n = negotiation([
      alpha({ kind: 'value', issue: 'f', in: yes, when: { issue: 'x', in: options('a') } }),
    ])
    const z = ok(Zone.packages(n, xy))
    expect(z.count).toBe('9')
    expect(z.unapplied.map((u) => [u.kind, u.explanation])).toEqual([
      [
        'value',
        "Alpha's linkage: if X is A, then F is yes: the package leaves F open, so the linkage is not applied.",
      ],
    ])
  })

  it('a linkage between two issues of the package is applied and named when it blocks the zone', () => {
    const n = negotiation([
      alpha({ kind: 'value', issue: 'y', in: options('hi'), when: { issue: 'x', in: options('a', 'b') } }),
      { party: 'B', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'y', redLines: options('hi') },
    ])
    const z = ok(Zone.packages(n, xy))
    expect(z).toMatchObject({ count: '0', unapplied: [] })
    expect(z.blockers.map((b) => [b._tag, b.explanation])).toEqual([
      [
        'linkage',
        "Every issue has values all principals accept, but the linkages leave no combination: Alpha's linkage: if X is A or B, then Y is Hi (position pos0 of 2025-01-01; source src0).",
      ],
    ])
  })
})

describe('conditions the zone cannot check', () => {
  it('a set that does not fit its issue is left out, with a reason', () => {
    const n = negotiation([
      alpha(
        { kind: 'value', issue: 'y', in: yes },
        { kind: 'value', issue: 'y', in: options('lo'), when: { issue: 'x', in: options('zz') } },
        { kind: 'value', issue: 'nope', in: options('lo') },
        { kind: 'value', issue: 'y', in: options('lo'), when: { issue: 'nope', in: options('a') } },
      ),
    ])
    const z = ok(Zone.packages(n, xy))
    expect(z.count).toBe('9')
    expect(z.unapplied.map((u) => [u.kind, u.explanation])).toEqual([
      ['value', "Alpha's condition on Y names a set that does not fit its issue; it is left out."],
      ['value', "Alpha's condition on Y names a set that does not fit its issue; it is left out."],
      ['value', "Alpha's condition on nope names a set that does not fit its issue; it is left out."],
      ['value', "Alpha's condition on Y names a set that does not fit its issue; it is left out."],
    ])
  })

  it('an order of steps and a condition in words are reported in words', () => {
    const n = negotiation([
      alpha({ kind: 'sequence', first: 'f', then: 'y' }, { kind: 'other', text: 'subject to a referendum' }),
    ])
    expect(ok(Zone.packages(n, xy)).unapplied.map((u) => [u.kind, u.explanation])).toEqual([
      [
        'sequence',
        "Alpha's condition that F come before Y is about the order of steps, which a package does not fix.",
      ],
      [
        'other',
        'Alpha\'s condition "subject to a referendum" is in words and cannot be checked on a package.',
      ],
    ])
  })

  it('another party’s acceptance is reported only when that party’s consent is not counted', () => {
    const n = negotiation([
      alpha(
        { kind: 'acceptance', party: 'B' },
        { kind: 'acceptance', party: 'M' },
        { kind: 'acceptance', party: 'Q' },
      ),
    ])
    expect(ok(Zone.packages(n, xy)).unapplied.map((u) => u.explanation)).toEqual([
      "Alpha also requires Mu's acceptance, whose consent the zone does not count.",
      "Alpha also requires Q's acceptance, whose consent the zone does not count.",
    ])
    const alone = ok(Zone.packages(n, { ...xy, parties: ['A'] as PartyId[] }))
    expect(alone.unapplied.map((u) => u.explanation)).toEqual([
      "Alpha also requires Beta's acceptance, whose consent the zone does not count.",
      "Alpha also requires Mu's acceptance, whose consent the zone does not count.",
      "Alpha also requires Q's acceptance, whose consent the zone does not count.",
    ])
  })
})

describe('a condition stated on several issues', () => {
  const twice = (priorities: [number | undefined, number | undefined]) =>
    negotiation([
      {
        party: 'A',
        issue: 'x',
        ...(priorities[0] === undefined ? {} : { priority: priorities[0] }),
        conditions: [
          { kind: 'value', issue: 'f', in: yes },
          { kind: 'sequence', first: 'x', then: 'y' },
        ],
      },
      {
        party: 'A',
        issue: 'y',
        asOf: '2024-12-01',
        ...(priorities[1] === undefined ? {} : { priority: priorities[1] }),
        conditions: [
          { kind: 'sequence', first: 'x', then: 'y' },
          { kind: 'value', issue: 'f', in: yes },
        ],
      },
      { party: 'B', issue: 'f', priority: 1, redLines: yes },
    ])

  it('is one condition, citing every position that states it', () => {
    const z = ok(Zone.packages(twice([0.25, 0.5])))
    expect(z.unapplied).toEqual([
      {
        party: 'A',
        issue: 'x',
        kind: 'sequence',
        evidence: {
          party: 'A',
          issue: 'x',
          positions: ['pos0', 'pos1'],
          dates: ['2024-12-01', '2025-01-01'],
          sources: ['src0', 'src1'],
        },
        explanation:
          "Alpha's condition that X come before Y is about the order of steps, which a package does not fix.",
      },
    ])
  })

  it('costs the sum of the priorities of the issues it is stated on (0.5 each by default)', () => {
    const near = ok(Zone.nearestAgreement(twice([0.25, 0.5])))
    expect(near.cost).toBe(0.75)
    expect(near.options).toHaveLength(1)
    expect(near.options[0]!.concessions).toMatchObject([
      { party: 'A', kind: 'condition', issue: 'f', cost: 0.75, evidence: { positions: ['pos0', 'pos1'] } },
    ])
    expect(near.options[0]!.count).toBe('18') // f = no (Beta's red line), any x, y and g: 3 × 3 × 2
    expect(ok(Zone.nearestAgreement(twice([undefined, 0.25]))).cost).toBe(0.75)
    // at 0.5 + 0.5 = 1 it ties with Beta's red line of priority 1
    expect(ok(Zone.nearestAgreement(twice([undefined, undefined]))).ties).toBe(2)
  })

  it('stated twice on one position, it is still one condition at that position’s priority', () => {
    const condition = { kind: 'value', issue: 'f', in: yes }
    const sequence = { kind: 'sequence', first: 'x', then: 'y' }
    const n = negotiation([
      { party: 'A', issue: 'x', priority: 0.3, conditions: [condition, sequence, condition, sequence] },
      { party: 'B', issue: 'f', priority: 1, redLines: yes },
    ])
    expect(ok(Zone.packages(n)).unapplied.map((u) => [u.kind, u.evidence.positions])).toEqual([
      ['sequence', ['pos0']],
    ])
    const near = ok(Zone.nearestAgreement(n))
    expect(near.cost).toBe(0.3)
    expect(near.options[0]!.concessions).toMatchObject([{ party: 'A', kind: 'condition', cost: 0.3 }])
  })

  it('differs from a condition on the same set that holds only when another issue takes some value', () => {
    // "f is yes" on x and "if y is hi, f is yes" on y: two conditions, each at its own position's priority
    const n = negotiation([
      { party: 'A', issue: 'x', priority: 0.3, conditions: [{ kind: 'value', issue: 'f', in: yes }] },
      {
        party: 'A',
        issue: 'y',
        priority: 0.2,
        conditions: [{ kind: 'value', issue: 'f', in: yes, when: { issue: 'y', in: options('hi') } }],
      },
      { party: 'B', issue: 'f', priority: 1, redLines: yes },
    ])
    const near = ok(Zone.nearestAgreement(n))
    // dropping the plain condition is enough (y then avoids hi); it costs x's priority alone
    expect(near.cost).toBe(0.3)
    expect(near.options[0]!.concessions).toMatchObject([
      { party: 'A', kind: 'condition', issue: 'f', cost: 0.3 },
    ])
    expect(near.options[0]!.count).toBe('12') // f = no, y = lo or mid, any x and g: 3 × 2 × 2
  })
})

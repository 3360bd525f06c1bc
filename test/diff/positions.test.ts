import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { Diff, type Negotiation } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'

const nato = ['member', 'path', 'deferred', 'renounced', 'barred'].map((id) => ({ id, label: id }))
const interval = (min: number, max: number) => ({ kind: 'intervals', intervals: [{ min, max }] })

const negotiation = frozen({
  format: 'negotiation-positions/1',
  title: 'Moves',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
  },
  issues: {
    army: {
      label: 'Army cap',
      category: 'military',
      domain: { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000 },
    },
    nato: { label: 'NATO', category: 'alliance', domain: { kind: 'choice', ordered: true, options: nato } },
  },
  positions: [
    { id: 'ru1', party: 'RU', issue: 'nato', asOf: '2025-01-01', sources: ['r'], ideal: 'barred' },
    { id: 'ru2', party: 'RU', issue: 'army', asOf: '2025-06-02', sources: ['r'], ideal: 0 },
    {
      id: 'ru3',
      party: 'RU',
      issue: 'army',
      asOf: '2025-11-30',
      sources: ['r2'],
      redLines: interval(700_000, 1_000_000),
    },
    {
      id: 'ua1',
      party: 'UA',
      issue: 'army',
      asOf: '2025-03-01',
      sources: ['u1'],
      acceptable: interval(900_000, 1_000_000),
      redLines: interval(0, 500_000),
      priority: 1,
    },
    {
      id: 'ua2',
      party: 'UA',
      issue: 'nato',
      asOf: '2025-03-01',
      sources: ['u1'],
      ideal: 'member',
      priority: 0.25,
    },
    {
      id: 'ua3',
      party: 'UA',
      issue: 'army',
      asOf: '2025-11-23',
      sources: ['u2'],
      acceptable: interval(800_000, 1_000_000),
      redLines: interval(0, 300_000),
    },
    { id: 'ua4', party: 'UA', issue: 'nato', asOf: '2025-12-14', sources: ['u3', 'u2'], ideal: 'deferred' },
  ],
  proposals: {},
  events: [],
  sources: {},
}) as unknown as Negotiation

const issue = (d: Diff.PositionDiff, id: string): Diff.IssueMovement => {
  const m = d.issues.find((x) => x.issue === id)
  if (m === undefined) throw new Error(id)
  return m
}

describe('Diff.positions', () => {
  // built before each test, not while the tests are collected (see test/diff/render.test.ts)
  let ua: Diff.PositionDiff
  beforeEach(() => {
    ua = ok(Diff.positions(negotiation, 'UA', '2025-06-01', '2025-12-31'))
  })

  it('a wider acceptable set and a narrower red line are a concession, sized as shares of the domain', () => {
    const army = issue(ua, 'army')
    expect(army.shift.acceptable).toEqual({ from: 0.1, to: 0.2, change: 'grew', contribution: 0.1 })
    expect(army.shift.redLines).toEqual({ from: 0.5, to: 0.3, change: 'shrank', contribution: 0.2 })
    expect(army).toMatchObject({ kind: 'concession', stated: false, positions: ['ua3'], sources: ['u2'] })
    expect(army.magnitude).toBeCloseTo(0.15)
  })

  it('an ideal moved toward the other principal is a concession', () => {
    const n = issue(ua, 'nato')
    expect(n.shift.ideal).toEqual({
      from: 'member',
      to: 'deferred',
      distance: { from: 1, to: 0.5 },
      toward: 'toward',
      contribution: 0.5,
    })
    expect(n).toMatchObject({ kind: 'concession', magnitude: 0.5, sources: ['u2', 'u3'] })
  })

  it('weighs the issues by priority for the overall move', () => {
    expect(ua.overall.kind).toBe('concession')
    expect(ua.overall.net).toBeCloseTo((1 * 0.15 + 0.25 * 0.5) / 1.25)
    expect(ua.overall.magnitude).toBeGreaterThan(0)
    expect(ua.overall.magnitude).toBeLessThanOrEqual(1)
  })

  it('a red line stated later is a hardening', () => {
    const ru = ok(Diff.positions(negotiation, 'RU', '2025-07-01', '2025-12-01', 'army'))
    expect(ru.issues.map((m) => [m.issue, m.kind, m.magnitude])).toEqual([['army', 'hardening', 0.3]])
    expect(ru.overall).toEqual({ kind: 'hardening', net: -0.3, magnitude: 0.3 })
  })

  it('a first statement is marked and counts as no move; no change is unchanged', () => {
    const early = ok(Diff.positions(negotiation, 'UA', '2025-01-01', '2025-03-01'))
    expect(early.issues.map((m) => [m.issue, m.stated, m.kind])).toEqual([
      ['army', true, 'unchanged'],
      ['nato', true, 'unchanged'],
    ])
    expect(ok(Diff.positions(negotiation, 'RU', '2025-02-01', '2025-03-01')).overall.kind).toBe('unchanged')
  })

  it('works data-last and reports bad input', () => {
    expect(pipe(negotiation, Diff.positions('UA', '2025-06-01', '2025-12-31'))).toEqual(E.right(ua))
    const bad = Diff.positions(negotiation, 'XX', '2025-13-01', '2025-12-31', 'nope')
    expect(E.isLeft(bad) && bad.left.map((p) => p.kind)).toEqual([
      'unknown-party',
      'invalid-date',
      'unknown-issue',
    ])
  })
})

describe('Diff.concessions', () => {
  it('lists each dated step of a party on each issue, with its sources', () => {
    const steps = ok(Diff.concessions(negotiation, 'UA'))
    expect(steps.map((s) => [s.date, s.issue, s.kind, s.sources])).toEqual([
      ['2025-03-01', 'army', 'unchanged', ['u1']],
      ['2025-03-01', 'nato', 'unchanged', ['u1']],
      ['2025-11-23', 'army', 'concession', ['u2']],
      ['2025-12-14', 'nato', 'concession', ['u2', 'u3']],
    ])
    expect(steps.filter((s) => s.stated).map((s) => s.date)).toEqual(['2025-03-01', '2025-03-01'])
  })

  it('works data-last, is empty for a party without positions, and rejects an unknown party', () => {
    expect(pipe(negotiation, Diff.concessions('RU'))).toEqual(Diff.concessions(negotiation, 'RU'))
    expect(Diff.concessions(negotiation, 'US')).toEqual(E.right([]))
    expect(E.isLeft(Diff.concessions(negotiation, 'XX'))).toBe(true)
  })
})

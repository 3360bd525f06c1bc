import { beforeEach, describe, expect, it } from 'vitest'
import { Diff, type Proposal } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import { negotiation } from './fixture'

const draft = (p: Omit<Proposal, 'title' | 'date' | 'tabledBy' | 'sources'>): Proposal =>
  frozen({ title: 'Draft', date: '2025-11-25', tabledBy: [], sources: [], ...p }) as unknown as Proposal

describe('Diff.changes: rows of a structural diff', () => {
  // e3 → a draft based on e3 that drops the texts, renumbers, drops a term and a guarantor
  const later = draft({
    basedOn: 'e3',
    terms: {
      'army.size': { value: 800_000, point: '5' },
      'alliance.nato': { value: 'deferred' },
      'guarantees.guarantors': { value: ['us'], point: '4' },
    },
  } as unknown as Proposal)
  // built before each test, not while the tests are collected (see test/diff/render.test.ts)
  let rows: ReturnType<typeof Diff.changes>
  beforeEach(() => {
    rows = Diff.changes(ok(Diff.proposals(negotiation, 'e3', later, { impact: false })))
  })

  it('writes one row per term, wording, item number, condition, step and basedOn, in that order', () => {
    expect(rows).toEqual([
      {
        kind: 'wording',
        subject: 'alliance.nato',
        status: 'removed',
        party: null,
        from: 'Membership depends on the consensus of members.',
        to: null,
        summary: 'NATO membership: wording removed',
      },
      {
        kind: 'point',
        subject: 'alliance.nato',
        status: 'removed',
        party: null,
        from: '7',
        to: null,
        summary: 'NATO membership: item 7 → —',
      },
      {
        kind: 'wording',
        subject: 'army.size',
        status: 'removed',
        party: null,
        from: 'Peacetime armed forces are capped at 800,000.',
        to: null,
        summary: 'Army size: wording removed',
      },
      {
        kind: 'point',
        subject: 'army.size',
        status: 'changed',
        party: null,
        from: '6',
        to: '5',
        summary: 'Army size: item 6 → 5',
      },
      {
        kind: 'term',
        subject: 'guarantees.guarantors',
        status: 'changed',
        party: null,
        from: '{United States, European states}',
        to: '{United States}',
        summary: 'Guarantors: removed European states',
      },
      {
        kind: 'term',
        subject: 'negotiation.format',
        status: 'removed',
        party: null,
        from: 'Mediated',
        to: null,
        summary: 'Talks format: dropped (was Mediated)',
      },
      {
        kind: 'condition',
        subject: 'other:Subject to a referendum',
        status: 'removed',
        party: null,
        from: 'Subject to a referendum',
        to: null,
        summary: 'dropped: Subject to a referendum',
      },
      {
        kind: 'condition',
        subject: 'value:alliance.nato',
        status: 'removed',
        party: null,
        from: 'NATO membership in {Deferred, Renounced, Barred}',
        to: null,
        summary: 'dropped: NATO membership in {Deferred, Renounced, Barred}',
      },
      {
        kind: 'sequencing',
        subject: 'sequence:army.size|energy.moratorium',
        status: 'removed',
        party: null,
        from: 'Energy moratorium before Army size',
        to: null,
        summary: 'dropped: Energy moratorium before Army size',
      },
      {
        kind: 'based-on',
        subject: 'basedOn',
        status: 'changed',
        party: null,
        from: 'p28',
        to: 'e3',
        summary: 'based on: p28 → e3',
      },
    ])
    expect(Object.isFrozen(rows)).toBe(true)
  })

  it('writes an added item number and wording from a dash, and a basedOn dropped to nothing', () => {
    const a = draft({
      basedOn: 'p28',
      terms: { 'army.size': { value: 800_000 } },
    } as unknown as Proposal)
    const b = draft({
      terms: { 'army.size': { value: 800_000, point: '3', text: 'A cap.' } },
    } as unknown as Proposal)
    expect(Diff.changes(ok(Diff.proposals(negotiation, a, b, { impact: false })))).toEqual([
      {
        kind: 'wording',
        subject: 'army.size',
        status: 'added',
        party: null,
        from: null,
        to: 'A cap.',
        summary: 'Army size: wording added',
      },
      {
        kind: 'point',
        subject: 'army.size',
        status: 'added',
        party: null,
        from: null,
        to: '3',
        summary: 'Army size: item — → 3',
      },
      {
        kind: 'based-on',
        subject: 'basedOn',
        status: 'removed',
        party: null,
        from: 'p28',
        to: null,
        summary: 'based on: p28 → nothing',
      },
    ])
  })

  it('writes no party row when the diff has no party impacts', () => {
    expect(rows.filter((r) => r.kind === 'party')).toEqual([])
  })
})

describe('Diff.changes: party rows', () => {
  it('adds the basedOn row and a row per party and issue, with scores to two decimals', () => {
    const rows = Diff.changes(ok(Diff.proposals(negotiation, 'p28', 'e3', { parties: ['UA'] })))
    expect(rows.filter((r) => r.kind === 'based-on' || r.kind === 'party')).toEqual([
      {
        kind: 'based-on',
        subject: 'basedOn',
        status: 'added',
        party: null,
        from: null,
        to: 'p28',
        summary: 'based on: nothing → p28',
      },
      {
        kind: 'party',
        subject: 'alliance.nato',
        status: 'gain',
        party: 'UA',
        from: '0.00',
        to: '0.50',
        summary:
          'Ukraine: NATO membership — gain (toward its ideal; entered its acceptable set; no longer crosses a red line)',
      },
      {
        kind: 'party',
        subject: 'army.size',
        status: 'gain',
        party: 'UA',
        from: '0.60',
        to: '0.80',
        summary: 'Ukraine: Army size — gain (toward its ideal; entered its acceptable set)',
      },
      {
        kind: 'party',
        subject: 'energy.moratorium',
        status: 'loss',
        party: 'UA',
        from: '1.00',
        to: null,
        summary: 'Ukraine: Energy moratorium — loss',
      },
      {
        kind: 'party',
        subject: 'guarantees.guarantors',
        status: 'no-stated-position',
        party: 'UA',
        from: null,
        to: null,
        summary: 'Ukraine: Guarantors — no stated position',
      },
      {
        kind: 'party',
        subject: 'negotiation.format',
        status: 'no-stated-position',
        party: 'UA',
        from: null,
        to: null,
        summary: 'Ukraine: Talks format — no stated position',
      },
    ])
  })
})

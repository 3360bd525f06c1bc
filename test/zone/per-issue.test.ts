import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import type { IsoDate } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'

const parties = {
  RU: { name: 'Russia' },
  UA: { name: 'Ukraine' },
  US: { name: 'United States', role: 'mediator' as const },
}

describe('Zone.perIssue', () => {
  const n = doc(
    parties,
    {
      nato: domains.choice('member', 'path', 'deferred', 'neutral'),
      days: domains.quantity(0, 90),
      truce: domains.flag,
    },
    [
      { party: 'RU', issue: 'nato', acceptable: options('deferred', 'neutral') },
      { party: 'UA', issue: 'nato', redLines: options('neutral') },
      { party: 'US', issue: 'nato', acceptable: options('member') },
      { party: 'RU', issue: 'days', acceptable: intervals([0, 30]) },
      { party: 'UA', issue: 'days', acceptable: intervals([30, 90]) },
      { party: 'RU', issue: 'truce', ideal: true },
    ],
  )
  let zone: Zone.PerIssueZone
  beforeEach(() => {
    zone = ok(Zone.perIssue(n))
  })
  const on = (issue: string) => zone.issues.find((z) => z.issue === issue)!

  it('intersects the principals’ acceptable sets less their red lines; a mediator does not count', () => {
    expect(zone.parties).toEqual(['RU', 'UA'])
    expect(on('nato').zone).toEqual(options('deferred'))
    expect(on('nato').empty).toBe(false)
    expect(on('nato').explanation).toBe('On NATO, every principal could accept Deferred.')
    expect(on('days').zone).toEqual(intervals([30, 30]))
  })

  it('says that a principal without a position, or without limits, constrains nothing', () => {
    expect(on('truce').unconstrained).toEqual(['RU', 'UA'])
    expect(on('truce').zone).toEqual({ kind: 'flags', values: [false, true] })
    expect(on('truce').explanation).toMatch(
      /Russia stated no limit on it.*Ukraine stated no position on it.*constrain nothing here/,
    )
  })

  it('names the pairs that exclude each other, with the records, dates and sources', () => {
    const later = doc(parties, { nato: domains.choice('member', 'neutral') }, [
      { party: 'RU', issue: 'nato', acceptable: options('neutral') },
      { party: 'UA', issue: 'nato', acceptable: options('member'), asOf: '2025-03-01' },
      { party: 'UA', issue: 'nato', redLines: options('neutral'), asOf: '2025-05-01' },
    ])
    const z = ok(Zone.perIssue(later)).issues[0]!
    expect(z.empty).toBe(true)
    expect(z.conflicts).toHaveLength(1)
    expect(z.conflicts[0]!.parties).toEqual(['RU', 'UA'])
    expect(z.conflicts[0]!.evidence[1]).toEqual({
      party: 'UA',
      issue: 'nato',
      positions: ['pos1', 'pos2'],
      dates: ['2025-03-01', '2025-05-01'],
      sources: ['src1', 'src2'],
    })
    expect(z.conflicts[0]!.explanation).toBe(
      'Russia could accept only Neutral (position pos0 of 2025-01-01; source src0), and Ukraine only Member (positions pos1, pos2 of 2025-03-01, 2025-05-01; sources src1, src2): nothing in common.',
    )
    // as of an earlier date, Ukraine had not drawn its red line yet, and the acceptable set alone still excludes neutral
    const before = ok(Zone.perIssue(later, '2025-02-01' as IsoDate)).issues[0]!
    expect(before.empty).toBe(false)
    expect(before.zone).toEqual(options('neutral'))
  })

  it('explains an empty zone that no pair explains: three principals, pairwise overlapping', () => {
    const three = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
      { x: domains.choice('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', acceptable: options('a', 'b') },
        { party: 'B', issue: 'x', acceptable: options('b', 'c') },
        { party: 'C', issue: 'x', acceptable: options('a', 'c') },
      ],
    )
    const z = ok(Zone.perIssue(three)).issues[0]!
    expect(z.empty).toBe(true)
    expect(z.conflicts).toEqual([])
    expect(z.explanation).toMatch(/no two of Alpha, Beta and Gamma exclude each other/)
  })

  it('leaves settled issues out and lists them', () => {
    const settled = doc(
      parties,
      { a: domains.flag, b: domains.flag },
      [{ party: 'RU', issue: 'a', redLines: { kind: 'flags', values: [true] } }],
      {
        proposals: {
          p1: {
            title: 'Deal',
            date: '2025-02-01',
            tabledBy: ['US'],
            terms: { a: { value: false } },
            sources: [],
          },
        },
        events: [
          {
            id: 'e1',
            kind: 'agreement',
            date: '2025-02-10',
            parties: ['RU', 'UA'],
            proposal: 'p1',
            sources: [],
          },
        ],
      },
    )
    const z = ok(Zone.perIssue(settled))
    expect(z.settled).toEqual(['a'])
    expect(z.issues.map((i) => i.issue)).toEqual(['b'])
    expect(ok(Zone.perIssue(settled, '2025-02-05' as IsoDate)).settled).toEqual([])
  })

  it('works data-last and reports positions that do not fit their issue', () => {
    expect(Zone.perIssue()(n)).toEqual(Zone.perIssue(n))
    const bad = doc(parties, { x: domains.flag }, [{ party: 'RU', issue: 'x', redLines: options('a') }])
    const r = Zone.perIssue(bad)
    expect(E.isLeft(r) && r.left[0]).toMatchObject({ _tag: 'algebra', issue: 'x', party: 'RU' })
  })
})

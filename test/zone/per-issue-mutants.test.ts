/**
 * Zone.perIssue, edge cases: the exact explanations (who is silent, which pairs conflict, the date, the settled
 * issues), sets clipped to the domain, and the errors for bad domains, bad value sets and a missing principal.
 */
import { either as E } from 'fp-ts'
import { beforeEach, describe, expect, it } from 'vitest'
import type { IsoDate } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, intervals, options } from './docs'

const three = { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } }

const n = doc(three, { x: domains.choice('a', 'b', 'c'), y: domains.flag, z: domains.quantity(0, 10) }, [
  { party: 'A', issue: 'x', acceptable: options('a') },
  { party: 'B', issue: 'x', acceptable: options('b') },
  { party: 'C', issue: 'x', ideal: 'a' },
  { party: 'A', issue: 'z', acceptable: intervals([0, 5]) },
])

describe('Zone.perIssue, explanations', () => {
  let zone: Zone.PerIssueZone
  beforeEach(() => {
    zone = ok(Zone.perIssue(n))
  })
  const on = (issue: string) => zone.issues.find((z) => z.issue === issue)!

  it('names the conflicting pair and the one principal that stated no limit', () => {
    expect(on('x').empty).toBe(true)
    expect(on('x').unconstrained).toEqual(['C'])
    expect(on('x').explanation).toBe(
      'On X, no value is acceptable to every principal. Alpha could accept only A (position pos0 of 2025-01-01; source src0), and Beta only B (position pos1 of 2025-01-01; source src1): nothing in common. Gamma stated no limit on it, so it constrains nothing here.',
    )
  })

  it('says when no principal limits an issue and all of them stated no position', () => {
    expect(on('y').limits).toEqual([])
    expect(on('y').unconstrained).toEqual(['A', 'B', 'C'])
    expect(on('y').explanation).toBe(
      'On Y, every principal could accept no or yes (no principal limits it). Alpha, Beta and Gamma stated no position on it, so they constrain nothing here.',
    )
  })

  it('says nothing about silence when every principal limits an issue', () => {
    const all = doc(three, { z: domains.quantity(0, 10) }, [
      { party: 'A', issue: 'z', acceptable: intervals([0, 5]) },
      { party: 'B', issue: 'z', acceptable: intervals([3, 10]) },
      { party: 'C', issue: 'z', redLines: intervals([0, 3]) },
    ])
    const z = ok(Zone.perIssue(all))
    expect(z.issues[0]!.unconstrained).toEqual([])
    expect(z.issues[0]!.explanation).toBe('On Z, every principal could accept from 4 to 5 days.')
    expect(z.explanation).toBe(
      'On the latest positions, 1 of 1 open issues have a value every principal (Alpha, Beta and Gamma) could accept.',
    )
    expect(z.empty).toEqual([])
  })

  it('counts the issues with a zone and names those without, on the latest positions', () => {
    expect(on('z').explanation).toBe(
      'On Z, every principal could accept from 0 to 5 days. Beta and Gamma stated no position on it, so they constrain nothing here.',
    )
    expect(zone.empty).toEqual(['x'])
    expect(zone).not.toHaveProperty('asOf')
    expect(zone.explanation).toBe(
      'On the latest positions, 2 of 3 open issues have a value every principal (Alpha, Beta and Gamma) could accept; none on X.',
    )
  })

  it('gives the date it was asked about', () => {
    const dated = ok(Zone.perIssue(n, '2025-06-01' as IsoDate))
    expect(dated.asOf).toBe('2025-06-01')
    expect(dated.explanation).toBe(
      'As of 2025-06-01, 2 of 3 open issues have a value every principal (Alpha, Beta and Gamma) could accept; none on X.',
    )
    expect(ok(Zone.perIssue('2025-06-01' as IsoDate)(n)).asOf).toBe('2025-06-01')
  })

  it('names the settled issues in the explanation', () => {
    const settled = doc(three, { a: domains.flag, b: domains.flag }, [], {
      proposals: {
        p1: {
          title: 'Deal',
          date: '2025-02-01',
          tabledBy: ['A'],
          terms: { a: { value: false } },
          sources: [],
        },
      },
      events: [
        {
          id: 'e1',
          kind: 'agreement',
          date: '2025-02-10',
          parties: ['A', 'B', 'C'],
          proposal: 'p1',
          sources: [],
        },
      ],
    })
    expect(ok(Zone.perIssue(settled)).explanation).toBe(
      'On the latest positions, 1 of 1 open issues have a value every principal (Alpha, Beta and Gamma) could accept. Already settled: A.',
    )
  })
})

describe('Zone.perIssue, limits', () => {
  it('lists every conflicting pair, one sentence after another', () => {
    const apart = doc(three, { x: domains.choice('a', 'b', 'c') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'C', issue: 'x', acceptable: options('c') },
    ])
    const z = ok(Zone.perIssue(apart)).issues[0]!
    expect(z.conflicts.map((c) => c.parties)).toEqual([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ])
    expect(z.explanation).toBe(
      `On X, no value is acceptable to every principal. ${z.conflicts.map((c) => c.explanation).join(' ')}`,
    )
    expect(z.explanation).toContain('nothing in common. Alpha could accept only A')
  })

  it('clips an acceptable set that overreaches the domain to the domain', () => {
    const over = doc(three, { z: domains.quantity(0, 10) }, [
      { party: 'A', issue: 'z', acceptable: intervals([5, 20]) },
    ])
    const z = ok(Zone.perIssue(over)).issues[0]!
    expect(z.limits.map((l) => l.set)).toEqual([intervals([5, 10])])
    expect(z.limits[0]!.explanation).toBe(
      'Alpha could accept from 5 to 10 days (position pos0 of 2025-01-01; source src0).',
    )
  })

  it('treats a position with neither an acceptable set nor red lines as no limit', () => {
    const idle = doc(three, { y: domains.flag }, [
      { party: 'A', issue: 'y', ideal: true },
      { party: 'B', issue: 'y', ideal: false },
      { party: 'C', issue: 'y', redLines: { kind: 'flags', values: [true] } },
    ])
    const z = ok(Zone.perIssue(idle)).issues[0]!
    expect(z.limits.map((l) => l.party)).toEqual(['C'])
    expect(z.unconstrained).toEqual(['A', 'B'])
    expect(z.explanation).toBe(
      'On Y, every principal could accept no. Alpha and Beta stated no limit on it, so they constrain nothing here.',
    )
  })
})

describe('Zone.perIssue, errors', () => {
  it('reports an issue whose domain is not a domain, naming no party', () => {
    const bad = doc(three, { x: { kind: 'bogus' } }, [])
    const r = Zone.perIssue(bad)
    expect(E.isLeft(r) && r.left).toStrictEqual([
      {
        _tag: 'bad-document',
        message:
          "issue `x` (issues.x.domain.kind): the domain's kind is `bogus`; a domain is a `flag`, `choice`, `quantity` or `subset`",
      },
    ])
  })

  it('reports an acceptable set of the wrong kind, naming the party', () => {
    const bad = doc(three, { x: domains.flag }, [{ party: 'A', issue: 'x', acceptable: options('a') }])
    const r = Zone.perIssue(bad)
    expect(E.isLeft(r) && r.left).toEqual([
      {
        _tag: 'algebra',
        issue: 'x',
        party: 'A',
        message:
          'issue `x`, party `A`: the value set has kind "options" but the issue is a yes/no flag, which takes a set of kind "flags"',
      },
    ])
  })

  it('reports a negotiation with no principal', () => {
    const r = Zone.perIssue(doc({}, { x: domains.flag }, []))
    expect(E.isLeft(r) && r.left[0]!._tag).toBe('bad-option')
  })
})

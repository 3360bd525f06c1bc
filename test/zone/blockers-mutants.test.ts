/**
 * The reasons an empty zone gives, blocker by blocker: which parties and evidence each names and how its sentence
 * reads, for an issue no value of which every principal accepts, a reservation utility out of reach, linkages that
 * leave no combination, and floors and linkages that together leave none.
 */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import * as Zone from '../../src/zone'
import { blockersOf } from '../../src/zone/blockers'
import { count, keep } from '../../src/zone/search'
import { spaceOf } from '../../src/zone/space'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const ABC = { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } }
const blockers = (n: Negotiation) => ok(Zone.packages(n)).blockers
const cite = (party: string, issue: string, i: number) => ({
  party,
  issue,
  positions: [`pos${String(i)}`],
  dates: ['2025-01-01'],
  sources: [`src${String(i)}`],
})

describe('an issue no value of which every principal accepts', () => {
  it('names only the pairs that exclude each other, joined by semicolons, and cites every limit on that issue', () => {
    const n = doc(ABC, { x: domains.choice('a', 'b', 'c'), y: domains.flag }, [
      { party: 'A', issue: 'x', acceptable: options('a', 'b') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'C', issue: 'x', acceptable: options('a') },
      // a limit on another issue is not a reason here
      { party: 'C', issue: 'y', redLines: { kind: 'flags', values: [true] } },
    ])
    expect(blockers(n)).toEqual([
      {
        _tag: 'issue',
        issues: ['x'],
        parties: ['A', 'B', 'C'],
        evidence: [cite('A', 'x', 0), cite('B', 'x', 1), cite('C', 'x', 2)],
        explanation: 'No value of X is acceptable to every principal: Beta accepts only B and Gamma only A.',
      },
    ])
    const excluding = doc(ABC, { x: domains.choice('a', 'b', 'c') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'C', issue: 'x', acceptable: options('c') },
    ])
    expect(blockers(excluding)[0]!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha accepts only A and Beta only B; Alpha accepts only A and Gamma only C; Beta accepts only B and Gamma only C.',
    )
  })

  it('does not count a limit on another issue towards this one', () => {
    // Alpha's red line on y (everything but b) would, wrongly merged into x, leave Alpha and Beta no common value
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' }, C: { name: 'Gamma' } },
      {
        x: domains.choice('a', 'b', 'c'),
        y: domains.choice('a', 'b', 'c'),
      },
      [
        { party: 'A', issue: 'x', acceptable: options('a', 'b') },
        { party: 'A', issue: 'y', acceptable: options('c') },
        { party: 'B', issue: 'x', acceptable: options('b', 'c') },
        { party: 'C', issue: 'x', acceptable: options('a', 'c') },
      ],
    )
    expect(blockers(n).map((b) => b.explanation)).toEqual([
      'No value of X is acceptable to every principal: the limits of Alpha, Beta and Gamma together leave nothing, though no two exclude each other.',
    ])
  })

  it('lists the parties in their order, whatever the order their limits come in', () => {
    // Beta's limit is an acceptable set; Alpha's a condition, compiled after every acceptable set
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.choice('a', 'b'), y: domains.flag },
      [
        { party: 'B', issue: 'x', acceptable: options('b') },
        { party: 'A', issue: 'y', conditions: [{ kind: 'value', issue: 'x', in: options('a') }] },
      ],
    )
    const [b] = blockers(n)
    expect(b!.parties).toEqual(['A', 'B'])
    expect(b!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha accepts only A and Beta only B.',
    )
  })

  it('says who accepts no value at all, in the singular for one party and the plural for more', () => {
    const one = doc(ABC, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options() },
      { party: 'B', issue: 'x', acceptable: options('a') },
    ])
    expect(blockers(one)[0]!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha accepts no value of it at all.',
    )
    const two = doc(ABC, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options() },
      { party: 'B', issue: 'x', acceptable: options('a') },
      { party: 'C', issue: 'x', redLines: options('a', 'b') },
    ])
    expect(blockers(two)[0]!.explanation).toBe(
      'No value of X is acceptable to every principal: Alpha and Gamma accept no value of it at all.',
    )
  })

  it('leaves out the constraints that were relaxed', () => {
    const n = doc(
      ABC,
      { x: domains.choice('a', 'b'), f: domains.flag },
      [
        { party: 'A', issue: 'x', acceptable: options('a') },
        { party: 'B', issue: 'x', acceptable: options('b') },
        { party: 'C', issue: 'x', acceptable: options('a') },
        // broken by the settled terms: without relaxing it, Gamma accepts nothing
        {
          party: 'C',
          issue: 'f',
          conditions: [{ kind: 'value', issue: 'f', in: { kind: 'flags', values: [true] } }],
        },
      ],
      {
        proposals: {
          p: {
            title: 'Deal',
            date: '2025-01-10',
            tabledBy: ['A'],
            terms: { f: { value: false } },
            sources: [],
          },
        },
        events: [
          {
            id: 'e',
            kind: 'agreement',
            date: '2025-01-20',
            parties: ['A', 'B', 'C'],
            proposal: 'p',
            sources: [],
          },
        ],
      },
    )
    const space = ok(spaceOf(n, {}))
    const relaxed = new Uint8Array(space.rules.length + space.links.length + space.floors.length)
    space.rules.forEach((r, i) => {
      if (space.parties[r.party] === 'C') relaxed[i] = 1
    })
    const kept = keep(space, relaxed)
    const c = count(space, kept)!
    expect(blockersOf(space, kept, relaxed, c)).toEqual([
      {
        _tag: 'issue',
        issues: ['x'],
        parties: ['A', 'B'],
        evidence: [cite('A', 'x', 0), cite('B', 'x', 1)],
        explanation: 'No value of X is acceptable to every principal: Alpha accepts only A and Beta only B.',
      },
    ])
  })
})

describe('a condition the settled terms break', () => {
  it('cites the position that states it', () => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.flag, f: domains.flag },
      [
        {
          party: 'A',
          issue: 'x',
          conditions: [{ kind: 'value', issue: 'f', in: { kind: 'flags', values: [true] } }],
        },
      ],
      {
        proposals: {
          p: {
            title: 'Deal',
            date: '2025-01-10',
            tabledBy: ['A'],
            terms: { f: { value: false } },
            sources: [],
          },
        },
        events: [
          { id: 'e', kind: 'agreement', date: '2025-01-20', parties: ['A', 'B'], proposal: 'p', sources: [] },
        ],
      },
    )
    expect(blockers(n)).toMatchObject([{ _tag: 'linkage', parties: ['A'], evidence: [cite('A', 'x', 0)] }])
  })
})

describe('a reservation utility out of reach', () => {
  it('names the party, every issue and no evidence', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.9 }, B: { name: 'Beta' } },
      {
        x: domains.ordered('a', 'b', 'c'),
        y: domains.flag,
      },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'B', issue: 'x', redLines: options('a') },
      ],
    )
    expect(blockers(n)).toEqual([
      {
        _tag: 'reservation',
        issues: ['x', 'y'],
        parties: ['A'],
        evidence: [],
        explanation:
          "Even the best package for Alpha within everyone's limits falls short of Alpha's reservation utility of 0.9 (what it gets with no deal).",
      },
    ])
  })
})

describe('linkages that leave no combination', () => {
  it('names the linked issues, the parties that hold them and their positions, one sentence each', () => {
    const n = doc(ABC, { x: domains.flag, y: domains.flag, z: domains.flag }, [
      { party: 'A', issue: 'x', acceptable: { kind: 'flags', values: [true] } },
      {
        party: 'B',
        issue: 'y',
        conditions: [
          {
            kind: 'value',
            issue: 'y',
            in: { kind: 'flags', values: [true] },
            when: { issue: 'x', in: { kind: 'flags', values: [true] } },
          },
        ],
      },
      {
        party: 'C',
        issue: 'y',
        conditions: [
          {
            kind: 'value',
            issue: 'y',
            in: { kind: 'flags', values: [false] },
            when: { issue: 'x', in: { kind: 'flags', values: [true] } },
          },
        ],
      },
    ])
    const z = ok(Zone.packages(n))
    expect(z.decidedBy).toBe('components')
    expect(z.blockers).toEqual([
      {
        _tag: 'linkage',
        issues: ['x', 'y'],
        parties: ['B', 'C'],
        evidence: [cite('B', 'y', 1), cite('C', 'y', 2)],
        explanation:
          "Every issue has values all principals accept, but the linkages leave no combination: Beta's linkage: if X is yes, then Y is yes (position pos1 of 2025-01-01; source src1); Gamma's linkage: if X is yes, then Y is no (position pos2 of 2025-01-01; source src2).",
      },
    ])
  })
})

describe('reservation utilities and linkages that together leave nothing', () => {
  it('names every issue, the parties whose utilities or linkages bind, and the linkages’ positions', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta', reservation: 0.5 }, C: { name: 'Gamma' } },
      { x: domains.ordered('a', 'b'), y: domains.choice('c', 'd') },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'B', issue: 'x', ideal: 'b' },
        {
          party: 'C',
          issue: 'y',
          conditions: [
            { kind: 'value', issue: 'y', in: options('c'), when: { issue: 'x', in: options('a') } },
          ],
        },
      ],
    )
    const z = ok(Zone.packages(n))
    expect(z.decidedBy).toBe('search')
    expect(z.blockers).toEqual([
      {
        _tag: 'combination',
        issues: ['x', 'y'],
        parties: ['A', 'B', 'C'],
        evidence: [cite('C', 'y', 2)],
        explanation:
          "Every issue has values all principals accept, but no combination of them satisfies together Alpha's reservation utility of 0.5 (what it gets with no deal), Beta's reservation utility of 0.5 (what it gets with no deal) and Gamma's linkage: if X is A, then Y is C.",
      },
    ])
  })
})

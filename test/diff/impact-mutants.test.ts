/**
 * Who gains, read through `Diff.proposals`: the cases the other tests of the diff's impact leave open — sources in
 * order, a change that leaves a party's utility where it was up to rounding, renumbered and replaced terms read by
 * a party with a position on only one side of a mapping, and a move toward an ideal judged by distance when the
 * party's own valuation disagrees. Every reading is made inside its test.
 */
import { describe, expect, it } from 'vitest'
import { effect, impacts, party, world } from './impact-fixture'

describe('who gains: what the whole reading reports', () => {
  it('lists every source the reading cites once, in order, not in the order the parties cite them', () => {
    const r = impacts(
      world(
        [
          { party: 'A', issue: 'c', ideal: 'x', sources: ['sz-a'] },
          { party: 'A', issue: 'q', ideal: 100, sources: ['sa-b'] },
          { party: 'B', issue: 'q', ideal: 0 },
        ],
        { c: 'y', q: 40 },
        { c: 'x', q: 60 },
      ),
    )
    expect(r.sources).toEqual(['s1', 'sa-b', 'sz-a'])
  })

  it('a change that leaves a party’s utility where it was, up to rounding, leaves it unchanged', () => {
    // the two quantities swap values: the same scores, added up in another order
    const r = impacts(
      world(
        [
          {
            party: 'A',
            issue: 'o',
            ideal: 'high',
            valuation: { kind: 'scores', scores: { low: 0.7, mid: 0.1, high: 1 } },
          },
          { party: 'A', issue: 'q', ideal: 100 },
          { party: 'A', issue: 'q2', ideal: 100 },
        ],
        { o: 'low', q: 1, q2: 9 },
        { o: 'low', q: 9, q2: 1 },
      ),
    )
    const a = party(r, 'A')
    expect(a).toMatchObject({ verdict: 'unchanged', utility: { delta: 0 }, gained: ['q'], lost: ['q2'] })
    expect(a.utility.to).toBeCloseTo(a.utility.from as number, 12)
    expect(r.gainedMost).toEqual([])
  })
})

describe('who gains across a renumbering (the same domain under another issue id)', () => {
  // q is renumbered q2: A has a position on q only, B on q2 only
  const renumbered = () =>
    impacts(
      world(
        [
          { party: 'A', issue: 'q', ideal: 100 },
          { party: 'B', issue: 'q2', ideal: 100 },
        ],
        { q: 40 },
        { q2: 60 },
      ),
      { mapping: { q: 'q2' } },
    )

  it('a party with a position on the earlier issue only has a utility under the earlier draft', () => {
    const a = party(renumbered(), 'A')
    expect(a).toMatchObject({ verdict: 'gains', noPosition: ['q2'], gained: [], lost: [] })
    expect(a.utility.from).toBeCloseTo(0.4, 12)
    expect(a.utility.to).toBe(1)
    expect(effect(renumbered(), 'A', 'q2')).toMatchObject({ effect: 'no-stated-position', score: null })
  })

  it('a party with a position on the later issue only reads both sides by it', () => {
    const r = renumbered()
    expect(effect(r, 'B', 'q2')).toMatchObject({
      effect: 'gain',
      score: { from: 0.4, to: 0.6 },
      ideal: 'toward',
      standing: { from: 'acceptable', to: 'acceptable' },
      positions: ['p1'],
    })
    // the earlier draft decides nothing B has a position on: it was indifferent (1) there
    const b = party(r, 'B')
    expect(b).toMatchObject({ verdict: 'loses', gained: ['q2'], noPosition: [] })
    expect(b.utility.from).toBe(1)
    expect(b.utility.to).toBeCloseTo(0.6, 12)
  })
  it('each draft is read on its own issues: a term renumbered with its value still moves a one-sided utility', () => {
    // nothing changed, but B has a position on q2 only: the earlier draft, under q, decides nothing B weighs
    const r = impacts(
      world(
        [
          { party: 'A', issue: 'q', ideal: 100 },
          { party: 'B', issue: 'q2', ideal: 100 },
        ],
        { q: 40 },
        { q2: 40 },
      ),
      { mapping: { q: 'q2' } },
    )
    expect(party(r, 'B')).toMatchObject({ verdict: 'loses', issues: [], utility: { from: 1 } })
    expect(party(r, 'B').utility.to).toBeCloseTo(0.4, 12)
    expect(party(r, 'A')).toMatchObject({ verdict: 'gains', issues: [], utility: { to: 1 } })
    expect(r.gainedMost).toEqual(['A'])
  })
})

describe('who gains across a replacement (a mapping onto an issue of another domain)', () => {
  // the choice c is mapped onto the flag n: A has a position on c only, B on both, M on n only
  const replaced = () =>
    impacts(
      world(
        [
          { party: 'A', issue: 'c', ideal: 'x' },
          { party: 'B', issue: 'c', ideal: 'y' },
          { party: 'B', issue: 'n', ideal: true },
          { party: 'M', issue: 'n', ideal: false },
        ],
        { c: 'y' },
        { n: true },
      ),
      { mapping: { c: 'n' } },
    )

  it('a party with a position on the earlier issue only reads the earlier term, and its dropping', () => {
    expect(effect(replaced(), 'A', 'n')).toEqual({
      issue: 'n',
      label: 'Neutrality',
      status: 'changed',
      effect: 'gain',
      score: { from: 0, to: null },
      weight: 1,
      ideal: null,
      standing: { from: 'acceptable', to: 'no-term' },
      acceptable: null,
      redLine: null,
      positions: ['p0'],
      sources: ['s1'],
    })
    expect(party(replaced(), 'A')).toMatchObject({ gained: ['n'], noPosition: [], verdict: 'gains' })
  })

  it('a party with a position on both issues reads each side by its own issue, with no move toward an ideal', () => {
    expect(effect(replaced(), 'B', 'n')).toMatchObject({
      effect: 'neutral',
      score: { from: 1, to: 1 },
      ideal: null,
      standing: { from: 'acceptable', to: 'acceptable' },
      positions: ['p2'],
    })
  })

  it('a party with a position on the later issue only reads the later term, and its adding', () => {
    expect(effect(replaced(), 'M', 'n')).toMatchObject({
      effect: 'loss',
      score: { from: null, to: 0 },
      ideal: null,
      standing: { from: 'no-term', to: 'acceptable' },
      positions: ['p3'],
    })
  })

  it('when no party has a position on the later issue, the earlier one is still read', () => {
    // A's utility under the later draft is its score of the unchanged q (0.4), under the dropped term's 1
    const r = impacts(
      world(
        [
          { party: 'A', issue: 'c', ideal: 'y' },
          { party: 'A', issue: 'q', ideal: 100 },
        ],
        { c: 'y', q: 40 },
        { n: true, q: 40 },
      ),
      { mapping: { c: 'n' } },
    )
    expect(effect(r, 'A', 'n')).toMatchObject({
      effect: 'loss',
      score: { from: 1, to: null },
      standing: { from: 'acceptable', to: 'no-term' },
    })
    expect(party(r, 'A')).toMatchObject({ verdict: 'loses', lost: ['n'] })
  })
})

describe('a move toward an ideal, under a valuation of the party’s own', () => {
  // A values mid most, but its ideal is high: nearer is told by distance along the order, not by the scores
  const valued = (from: string, to: string) =>
    effect(
      impacts(
        world(
          [
            {
              party: 'A',
              issue: 'o',
              ideal: 'high',
              valuation: { kind: 'scores', scores: { low: 0.5, mid: 0.9, high: 0.2 } },
            },
          ],
          { o: from },
          { o: to },
        ),
      ),
      'A',
      'o',
    )

  it('a move toward the ideal can lower the score, and a move away raise it', () => {
    expect(valued('mid', 'high')).toMatchObject({ ideal: 'toward', effect: 'loss' })
    expect(valued('high', 'mid')).toMatchObject({ ideal: 'away', effect: 'gain' })
    expect(valued('low', 'mid')).toMatchObject({ ideal: 'toward', effect: 'gain' })
  })
})

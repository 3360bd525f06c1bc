/**
 * The evidence of a condition: the positions that state it, and those only. When a party states the same condition
 * on two issues, both positions are cited for it; a condition stated on one of them alone cites that one (it used to
 * cite both, through an evidence object its stance's conditions shared).
 */
import { describe, expect, it } from 'vitest'
import type { IssueId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains } from './docs'

const n = doc({ A: { name: 'Alpha' }, B: { name: 'Beta' } }, { x: domains.flag, y: domains.flag }, [
  {
    party: 'A',
    issue: 'x',
    conditions: [
      { kind: 'other', text: 'subject to a referendum' }, // stated on pos0 only
      { kind: 'sequence', first: 'x', then: 'y' }, // stated on pos0 and pos1
    ],
  },
  { party: 'A', issue: 'y', asOf: '2024-06-01', conditions: [{ kind: 'sequence', first: 'x', then: 'y' }] },
])

describe('evidence of a condition stated on one position only', () => {
  it('cites only that position, even when another condition of the same position is also stated elsewhere', () => {
    const z = ok(Zone.packages(n, { issues: ['x', 'y'] as IssueId[] }))
    const referendum = z.unapplied.find((u) => u.kind === 'other')!
    const sequence = z.unapplied.find((u) => u.kind === 'sequence')!
    // the shared condition rightly cites both positions
    expect(sequence.evidence.positions).toEqual(['pos0', 'pos1'])
    // the referendum condition is stated in pos0 alone (of 2025-01-01, source src0)
    expect(referendum.evidence).toEqual({
      party: 'A',
      issue: 'x',
      positions: ['pos0'],
      dates: ['2025-01-01'],
      sources: ['src0'],
    })
  })

  it('and a blocker built on it cites only that position in its sentence', () => {
    const settled = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { x: domains.flag, y: domains.flag, f: domains.flag },
      [
        {
          party: 'A',
          issue: 'x',
          conditions: [
            { kind: 'value', issue: 'f', in: { kind: 'flags', values: [true] } }, // pos0 only; f is settled no
            { kind: 'sequence', first: 'x', then: 'y' },
          ],
        },
        {
          party: 'A',
          issue: 'y',
          asOf: '2024-06-01',
          conditions: [{ kind: 'sequence', first: 'x', then: 'y' }],
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
    const z = ok(Zone.packages(settled))
    expect(z.blockers.map((b) => b.explanation)).toEqual([
      "Alpha's condition that F is yes (already settled otherwise) (position pos0 of 2025-01-01; source src0); the settled terms break it, so Alpha accepts no package.",
    ])
  })
})

/**
 * A condition stated on several positions is read from the first by issue label (ids only between equal labels):
 * renaming the issues, labels kept, changes no more than the ids in its evidence. It used to be the first by issue
 * id, which the zone's renaming property found on some seeds.
 */
describe('evidence of a condition stated on several positions', () => {
  const linkage = {
    kind: 'value',
    issue: 'f',
    in: { kind: 'flags', values: [true] },
    when: { issue: 'g', in: { kind: 'flags', values: [true] } },
  }
  /** Alpha states the same linkage on its positions `px` (on issue `first`, labelled X) and `py` (`second`, Y). */
  const named = (first: string, second: string) => {
    const n = doc(
      { A: { name: 'Alpha' }, B: { name: 'Beta' } },
      { [first]: domains.flag, [second]: domains.flag, f: domains.flag, g: domains.flag },
      [
        { id: 'px', party: 'A', issue: first, priority: 0.25, conditions: [linkage] },
        { id: 'py', party: 'A', issue: second, priority: 0.5, conditions: [linkage] },
        { party: 'B', issue: 'f', priority: 1, redLines: { kind: 'flags', values: [true] } },
        { party: 'B', issue: 'g', priority: 1, acceptable: { kind: 'flags', values: [true] } },
      ],
    )
    const issues = n.issues as Record<string, { readonly label: string }>
    return {
      ...n,
      issues: {
        ...issues,
        [first]: { ...issues[first], label: 'X' },
        [second]: { ...issues[second], label: 'Y' },
      },
    } as unknown as typeof n
  }
  const evidence = (first: string, second: string) =>
    ok(Zone.nearestAgreement(named(first, second))).options[0]!.concessions[0]!.evidence

  it('names the issue first by label, with the positions in that order', () => {
    expect(evidence('x', 'y')).toMatchObject({ party: 'A', issue: 'x', positions: ['px', 'py'] })
    // the same when the ids sort the other way
    expect(evidence('x', 'a')).toMatchObject({ party: 'A', issue: 'x', positions: ['px', 'py'] })
    expect(evidence('z', 'a')).toMatchObject({ party: 'A', issue: 'z', positions: ['px', 'py'] })
  })

  it('does not change when the issues it is stated on are renamed, labels kept', () => {
    const before = evidence('x', 'y')!
    const after = evidence('x', 'a')!
    expect({ ...after, issue: after.issue === 'a' ? 'y' : after.issue }).toEqual(before)
  })
})

import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { doc, found, options, pos } from './fixture'
import { MORE_ISSUES, seq } from './exact'

const ids = (n: ReturnType<typeof doc>, o: Deadlock.DeadlockOptions = {}): readonly string[] =>
  found(Deadlock.cycles(n, o)).map((c) => c.id)

const onlyFirst = options('ceasefire-first')
const onlyDeal = options('settlement-first')

describe('Deadlock.cycles, exactly', () => {
  it('reads limits only on a choice offering both ceasefire-first and settlement-first', () => {
    const early = doc({
      issues: MORE_ISSUES,
      positions: [
        pos('A', 'early', '2025-01-01', { acceptable: onlyFirst, conditions: [seq('border', 'aid')] }),
        pos('B', 'sequencing', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    expect(ids(early)).toEqual([])
    const late = doc({
      issues: MORE_ISSUES,
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: onlyFirst }),
        pos('B', 'late', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    expect(ids(late)).toEqual([])
    const both = doc({
      issues: MORE_ISSUES,
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: onlyFirst }),
        pos('B', 'sequencing', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    expect(ids(both)).toEqual(['sequencing-cycle:ceasefire>settlement'])
  })

  it('takes no order from limits that leave nothing, or leave ceasefire-first among other options', () => {
    const nothing = doc({
      positions: [
        pos('A', 'sequencing', '2025-01-01', {
          redLines: options('ceasefire-first', 'simultaneous', 'framework-first', 'settlement-first'),
        }),
        pos('B', 'sequencing', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    expect(ids(nothing)).toEqual([])
    const mixed = doc({
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: options('ceasefire-first', 'simultaneous') }),
        pos('B', 'sequencing', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    expect(ids(mixed)).toEqual([])
  })

  it('ignores an order between two parts of the ceasefire', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', { conditions: [seq('truce', 'sequencing')] }),
        pos('B', 'truce', '2025-01-02', { conditions: [seq('truce', 'sequencing')] }),
      ],
    })
    expect(ids(n)).toEqual([])
  })

  it('gathers every holder and every distinct reason for one step, in issue order', () => {
    const n = doc({
      positions: [
        pos('A', 'aid', '2025-01-01', {
          conditions: [
            { kind: 'other', text: 'Talks go on.' },
            seq('truce', 'border', { text: 'Guns fall silent first.' }),
          ],
        }),
        pos('A', 'army', '2025-01-02', { conditions: [seq('truce', 'border')] }),
        pos('A', 'border', '2025-01-03', { conditions: [seq('truce', 'border')] }),
        pos('B', 'border', '2025-01-04', { conditions: [seq('truce', 'border')] }),
        pos('B', 'truce', '2025-01-05', { conditions: [seq('border', 'truce')] }),
      ],
    })
    const [c, ...rest] = found(Deadlock.cycles(n))
    expect(rest).toEqual([])
    expect(c).toMatchObject({
      id: 'sequencing-cycle:border>ceasefire',
      parties: ['A', 'B'],
      issues: ['aid', 'army', 'border', 'truce'],
      since: '2025-01-05',
    })
    expect(c!.steps).toEqual([
      {
        from: 'border',
        to: 'ceasefire',
        basis: 'condition',
        holders: ['B'],
        text: 'Beta requires Border before the ceasefire',
      },
      {
        from: 'ceasefire',
        to: 'border',
        basis: 'condition',
        holders: ['A', 'B'],
        text: 'Alpha requires the ceasefire before Border: "Guns fall silent first."; Alpha requires the ceasefire before Border; Beta requires the ceasefire before Border',
      },
    ])
    expect(c!.explanation).toBe(
      'Nobody can move first: Border → the ceasefire → Border. Beta requires Border before the ceasefire; Alpha requires the ceasefire before Border: "Guns fall silent first."; Alpha requires the ceasefire before Border; Beta requires the ceasefire before Border. This has held since 2025-01-05.',
    )
    expect(c!.suggestion).toBe(
      'Break the cycle with steps both sides take together (a simultaneous or phased sequence), or by one side dropping its precondition (Beta: Border before the ceasefire; or Alpha and Beta: the ceasefire before Border).',
    )
    expect(c!.evidence.map((e) => e.positionId)).toEqual([
      'A-aid-2025-01-01',
      'A-army-2025-01-02',
      'A-border-2025-01-03',
      'B-border-2025-01-04',
      'B-truce-2025-01-05',
    ])
  })

  it('shows the step through the settlement as held by no one, without evidence', () => {
    const n = doc({
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: onlyFirst }),
        pos('B', 'border', '2025-01-03', { conditions: [seq('border', 'truce', { by: 'A' })] }),
      ],
    })
    const [c, ...rest] = found(Deadlock.cycles(n))
    expect(rest).toEqual([])
    expect(c!.id).toBe('sequencing-cycle:border>ceasefire>settlement')
    expect(c!.issues).toEqual(['border', 'sequencing'])
    expect(c!.steps).toEqual([
      {
        from: 'border',
        to: 'ceasefire',
        basis: 'condition',
        holders: ['B'],
        text: 'Beta requires Border before the ceasefire (Alpha to move first)',
      },
      {
        from: 'ceasefire',
        to: 'settlement',
        basis: 'sequencing-stance',
        holders: ['A'],
        text: 'Alpha accepts only Ceasefire first on Sequencing: the ceasefire before the settlement',
      },
      {
        from: 'settlement',
        to: 'border',
        basis: 'part-of',
        holders: [],
        text: 'Border is part of the settlement',
      },
    ])
    expect(c!.evidence.map((e) => [e.positionId, e.party, e.date])).toEqual([
      ['A-sequencing-2025-01-01', 'A', '2025-01-01'],
      ['B-border-2025-01-03', 'B', '2025-01-03'],
    ])
  })

  it('passes from an issue into the settlement and out to the ceasefire', () => {
    const n = doc({
      positions: [
        pos('A', 'aid', '2025-01-01', { conditions: [seq('truce', 'aid')] }),
        pos('B', 'sequencing', '2025-01-02', { acceptable: onlyDeal }),
      ],
    })
    const [c, ...rest] = found(Deadlock.cycles(n))
    expect(rest).toEqual([])
    expect(c!.id).toBe('sequencing-cycle:aid>settlement>ceasefire')
    expect(c!.steps.map((s) => [s.from, s.to, s.basis])).toEqual([
      ['aid', 'settlement', 'part-of'],
      ['settlement', 'ceasefire', 'sequencing-stance'],
      ['ceasefire', 'aid', 'condition'],
    ])
  })

  it('never passes from one issue to another through the settlement', () => {
    const second = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { conditions: [seq('border', 'truce')] }),
        pos('B', 'aid', '2025-01-02', { conditions: [seq('truce', 'aid')] }),
      ],
    })
    expect(ids(second)).toEqual([])
    const fromSettlement = doc({
      issues: MORE_ISSUES,
      positions: [
        pos('A', 'tax', '2025-01-01', { conditions: [seq('tax', 'zone')] }),
        pos('B', 'tax', '2025-01-02', { conditions: [seq('tax', 'zone')] }),
      ],
    })
    expect(ids(fromSettlement)).toEqual([])
  })

  it('answers each choice of parties afresh for the same negotiation', () => {
    const n = doc({
      positions: [
        pos('A', 'aid', '2025-01-01', { conditions: [seq('truce', 'border')] }),
        pos('M', 'border', '2025-01-02', { conditions: [seq('border', 'truce')] }),
      ],
    })
    expect(ids(n)).toEqual([])
    expect(ids(n, { parties: ['A', 'M'] as never })).toEqual(['sequencing-cycle:border>ceasefire'])
    expect(ids(n, { parties: ['A', 'B'] as never })).toEqual([])
  })
})

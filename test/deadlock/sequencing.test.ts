import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { d, doc, found, healthy, options, pos } from './fixture'

const seq = (first: string, then: string, extra: Record<string, unknown> = {}) => ({
  kind: 'sequence',
  first,
  then,
  ...extra,
})

describe('Deadlock.cycles', () => {
  it('finds ceasefire-first against settlement-first on a sequencing issue', () => {
    const n = doc({
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: options('ceasefire-first') }),
        pos('B', 'sequencing', '2025-02-01', {
          redLines: options('ceasefire-first', 'simultaneous', 'framework-first'),
        }),
      ],
    })
    const [c, ...rest] = found(Deadlock.cycles(n))
    expect(rest).toEqual([])
    expect(c).toMatchObject({
      id: 'sequencing-cycle:ceasefire>settlement',
      parties: ['A', 'B'],
      issues: ['sequencing'],
      since: '2025-02-01',
      active: true,
    })
    expect(c!.steps.map((s) => [s.from, s.to, s.basis, s.holders])).toEqual([
      ['ceasefire', 'settlement', 'sequencing-stance', ['A']],
      ['settlement', 'ceasefire', 'sequencing-stance', ['B']],
    ])
    expect(c!.evidence.map((e) => e.positionId)).toEqual([
      'A-sequencing-2025-01-01',
      'B-sequencing-2025-02-01',
    ])
    expect(c!.explanation).toContain('Nobody can move first: the ceasefire → the settlement → the ceasefire')
  })

  it('names every issue the cycle passes through, not only those whose positions state the preconditions', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', { conditions: [seq('border', 'truce')] }),
        pos('B', 'truce', '2025-01-02', { conditions: [seq('truce', 'border')] }),
      ],
    })
    const [c, ...rest] = found(Deadlock.cycles(n))
    expect(rest).toEqual([])
    expect(c).toMatchObject({
      id: 'sequencing-cycle:border>ceasefire',
      parties: ['A', 'B'],
      issues: ['border', 'truce'],
    })
  })

  it('finds "withdraw first" against "ceasefire first" through the settlement, and direct two-step cycles', () => {
    const n = doc({
      positions: [
        pos('A', 'sequencing', '2025-01-01', { acceptable: options('ceasefire-first') }),
        pos('B', 'border', '2025-01-03', {
          conditions: [seq('border', 'truce', { by: 'A', text: 'Withdraw before any truce.' })],
        }),
        pos('A', 'border', '2025-01-05', { conditions: [seq('truce', 'border')] }),
      ],
    })
    const cycles = found(Deadlock.cycles(n))
    expect(cycles.map((c) => [c.id, c.since])).toEqual([
      ['sequencing-cycle:border>ceasefire>settlement', '2025-01-03'],
      ['sequencing-cycle:border>ceasefire', '2025-01-05'],
    ])
    const through = cycles[0]!
    expect(through.steps.map((s) => s.basis)).toEqual(['condition', 'sequencing-stance', 'part-of'])
    expect(through.explanation).toContain(
      'Beta requires Border before the ceasefire (Alpha to move first): "Withdraw before any truce."',
    )
  })

  it('does not report a chain without a loop, one party alone, or passing from issue to issue through the settlement', () => {
    const chain = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { conditions: [seq('truce', 'border')] }),
        pos('B', 'aid', '2025-01-01', { conditions: [seq('border', 'aid')] }),
      ],
    })
    expect(found(Deadlock.cycles(chain))).toEqual([])
    const alone = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { conditions: [seq('truce', 'border')] }),
        pos('A', 'aid', '2025-01-01', { conditions: [seq('border', 'truce')] }),
      ],
    })
    expect(found(Deadlock.cycles(alone))).toEqual([])
    const viaSettlement = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { conditions: [seq('truce', 'border')] }),
        pos('B', 'aid', '2025-01-01', { conditions: [seq('aid', 'truce')] }),
      ],
    })
    expect(found(Deadlock.cycles(viaSettlement))).toEqual([])
    expect(found(Deadlock.cycles(healthy()))).toEqual([])
  })

  it('ends when a party drops its precondition', () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { conditions: [seq('truce', 'border')] }),
        pos('B', 'border', '2025-01-02', { conditions: [seq('border', 'truce')] }),
        pos('B', 'border', '2025-03-01', { conditions: [{ kind: 'other', text: 'Talks continue.' }] }),
      ],
    })
    expect(found(Deadlock.cycles(n, { asOf: d('2025-02-01') })).length).toBe(1)
    expect(found(Deadlock.cycles(n, { asOf: d('2025-03-01') }))).toEqual([])
  })

  it('works data-first and data-last', () => {
    const n = healthy()
    expect(Deadlock.cycles({ asOf: d('2025-03-01') })(n)).toEqual(
      Deadlock.cycles(n, { asOf: d('2025-03-01') }),
    )
  })
})

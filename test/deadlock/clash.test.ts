import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import * as Zone from '../../src/zone'
import { d, doc, flags, found, healthy, options, pos } from './fixture'

const clash = doc({
  positions: [
    pos('A', 'border', '2025-01-01', { ideal: 'old', acceptable: options('old', 'contact'), priority: 0.9 }),
    pos('B', 'border', '2025-02-01', { ideal: 'new', redLines: options('old', 'contact'), priority: 0.4 }),
    pos('A', 'truce', '2025-01-01', { acceptable: flags(true) }),
    pos('B', 'truce', '2025-01-01', { acceptable: flags(true) }),
  ],
  asOf: '2025-03-01',
})

describe('Deadlock.clashes', () => {
  it('reports an issue whose acceptable sets, less red lines, do not meet, with the pair, values and evidence', () => {
    const [c, ...rest] = found(Deadlock.clashes(clash))
    expect(rest).toEqual([])
    expect(c).toMatchObject({
      kind: 'red-line-clash',
      id: 'red-line-clash:border',
      basis: 'no-overlap',
      parties: ['A', 'B'],
      issues: ['border'],
      pairs: [['A', 'B']],
      since: '2025-02-01',
      active: true,
    })
    expect(c!.limits.map((l) => [l.party, l.allowed])).toEqual([
      ['A', { kind: 'options', options: ['old', 'contact'] }],
      ['B', { kind: 'options', options: ['new'] }],
    ])
    expect(c!.evidence.map((e) => [e.positionId, e.party, e.date, e.sources])).toEqual([
      ['A-border-2025-01-01', 'A', '2025-01-01', ['src-A-2025-01-01']],
      ['B-border-2025-02-01', 'B', '2025-02-01', ['src-B-2025-02-01']],
    ])
    expect(c!.explanation).toContain(
      'Alpha could accept only Old line or Contact line and Beta only New line',
    )
  })

  it('suggests the nearest agreement of the zone analysis, with its sentence', () => {
    const [c] = found(Deadlock.clashes(clash))
    const near = Zone.nearestAgreement(clash, { asOf: d('2025-03-01'), issues: ['border' as never] })
    expect(E.isRight(near) && near.right.found).toBe(true)
    if (E.isLeft(near)) return
    expect(c!.suggestion).toBe(`Nearest agreement: ${near.right.options[0]!.explanation}`)
    expect(c!.concessions?.map((x) => [x.party, x.kind])).toEqual([['B', 'red-line']])
  })

  it('names every equally cheap way out, whatever the party ids', () => {
    const tied = (a: string, b: string) =>
      doc({
        positions: [
          pos(a, 'border', '2025-01-01', {
            ideal: 'old',
            acceptable: options('old', 'contact'),
            priority: 0.5,
          }),
          pos(b, 'border', '2025-02-01', {
            ideal: 'new',
            redLines: options('old', 'contact'),
            priority: 0.5,
          }),
          pos(a, 'truce', '2025-01-01', { acceptable: flags(true) }),
          pos(b, 'truce', '2025-01-01', { acceptable: flags(true) }),
        ],
        asOf: '2025-03-01',
      })
    const [c] = found(Deadlock.clashes(tied('A', 'B')))
    expect(c!.suggestion).toMatch(
      /^Nearest agreement: 2 equally cheap sets of concessions \(total cost 0\.5 each\) would open a zone, none preferred over another: either .*; or /,
    )
    expect(c!.suggestion).toContain('Alpha accepts more on Border')
    expect(c!.suggestion).toContain('Beta drops its red line on Border')
    // the same positions held the other way round: the suggestion names the same ways, in the same words
    const [d] = found(Deadlock.clashes(tied('B', 'A')))
    expect(d!.suggestion!.replace(/Alpha|Beta/g, '?')).toBe(c!.suggestion!.replace(/Alpha|Beta/g, '?'))
  })

  it('dates the clash from the day it began and ends it when a party moves', () => {
    expect(found(Deadlock.clashes(clash, { asOf: d('2025-01-15') }))).toEqual([])
    const moved = doc({
      positions: [...(clash.positions as never[]), pos('B', 'border', '2025-02-20', { redLines: options() })],
    })
    expect(found(Deadlock.clashes(moved, { asOf: d('2025-02-10') })).map((c) => c.id)).toEqual([
      'red-line-clash:border',
    ])
    expect(found(Deadlock.clashes(moved, { asOf: d('2025-02-20') }))).toEqual([])
  })

  it("reports one party's ideal inside another's red lines, unless ideals are turned off", () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { ideal: 'new', acceptable: options('contact', 'new') }),
        pos('B', 'border', '2025-01-05', { ideal: 'old', redLines: options('new') }),
      ],
    })
    const [c] = found(Deadlock.clashes(n))
    expect(c).toMatchObject({ basis: 'ideal-in-red-lines', pairs: [['A', 'B']], since: '2025-01-05' })
    expect(c!.explanation).toContain('Alpha wants New line, which Beta rules out as a red line')
    expect(c!.suggestion).toContain('Contact line')
    expect(found(Deadlock.clashes(n, { ideals: false }))).toEqual([])
  })

  it('names a group that excludes everything only together', () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { acceptable: options('old', 'contact') }),
        pos('B', 'border', '2025-01-01', { acceptable: options('contact', 'new') }),
        pos('M', 'border', '2025-01-01', { acceptable: options('old', 'new') }),
      ],
    })
    const [c] = found(Deadlock.clashes(n, { parties: ['A', 'B', 'M'] as never }))
    expect(c).toMatchObject({ basis: 'no-overlap', pairs: [], parties: ['A', 'B', 'M'] })
    expect(c!.explanation).toContain('although each two of them share some')
  })

  it('ignores settled issues and non-principals', () => {
    const settled = doc({
      positions: clash.positions as never,
      proposals: {
        p: {
          title: 'Deal',
          date: '2025-02-10',
          tabledBy: ['M'],
          terms: { border: { value: 'contact' } },
          sources: ['s'],
        },
      },
      events: [
        {
          id: 'agreed',
          kind: 'agreement',
          date: '2025-02-15',
          parties: ['A', 'B'],
          proposal: 'p',
          sources: ['s'],
        },
      ],
    })
    expect(found(Deadlock.clashes(settled, { asOf: d('2025-02-10') })).length).toBe(1)
    expect(found(Deadlock.clashes(settled, { asOf: d('2025-02-16') }))).toEqual([])
    const mediator = doc({
      positions: [
        pos('A', 'border', '2025-01-01', { acceptable: options('old') }),
        pos('M', 'border', '2025-01-01', { acceptable: options('new') }),
      ],
    })
    expect(found(Deadlock.clashes(mediator))).toEqual([])
  })

  it('finds nothing on a negotiation with a zone on every issue', () => {
    expect(found(Deadlock.clashes(healthy()))).toEqual([])
  })

  it('agrees with the zone analysis on which issues have no value all accept', () => {
    const zone = Zone.perIssue(clash)
    expect(E.isRight(zone) && zone.right.empty).toEqual(['border'])
  })

  it('works data-first and data-last', () => {
    expect(Deadlock.clashes({ asOf: d('2025-03-01') })(clash)).toEqual(
      Deadlock.clashes(clash, { asOf: d('2025-03-01') }),
    )
  })
})

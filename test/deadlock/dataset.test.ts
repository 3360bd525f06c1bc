/**
 * The deadlocks of the embedded 2025–26 Russia–Ukraine dataset as of its last date, as the research notes list
 * them (docs: shared/data/ru-ua-2025/NOTES.md §6c, and §6b for the energy moratorium): each found, with dated and
 * sourced evidence.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import { ruUa2025 } from '../../src/datasets'
import * as Deadlock from '../../src/deadlock'
import type { Negotiation } from '../../src'
import { found } from './fixture'

let n: Negotiation
let findings: readonly Deadlock.Finding[] = []
beforeEach(() => {
  n = ruUa2025()
  findings = found(Deadlock.detect(n, { suggest: false }))
})

const byId = (id: string): Deadlock.Finding => {
  const f = findings.find((x) => x.id === id)
  if (f === undefined) expect.fail(`no finding ${id}; found: ${findings.map((x) => x.id).join(', ')}`)
  return f
}

const wellEvidenced = (f: Deadlock.Finding): void => {
  expect(f.active).toBe(true)
  expect(f.evidence.length).toBeGreaterThan(1)
  for (const e of f.evidence) {
    expect(e.positionId ?? e.eventId).toBeDefined()
    expect(e.date).toMatch(/^20\d\d-\d\d-\d\d$/)
    expect(e.sources.length).toBeGreaterThan(0)
    for (const s of e.sources) expect(n.sources[s]).toBeDefined()
  }
}

describe('the embedded dataset as of its last date', () => {
  it('is read as of the document date', () => {
    expect(n.asOf).toBe('2026-02-26')
  })

  it("finds the clash over Ukraine's withdrawal from Donetsk", () => {
    const f = byId('red-line-clash:territory.donetsk.control')
    wellEvidenced(f)
    expect(f).toMatchObject({ basis: 'no-overlap', parties: ['RU', 'UA'], pairs: [['RU', 'UA']] })
    if (f.kind !== 'red-line-clash') return
    expect(f.limits.map((l) => [l.party, l.allowed])).toEqual([
      ['RU', { kind: 'options', options: ['withdrawal'] }],
      ['UA', { kind: 'options', options: ['restored', 'contact-line'] }],
    ])
    expect(f.evidence.map((e) => e.positionId)).toContain('pos-RU-territory_donetsk-2026-02-18-9')
  })

  it('finds the clash over foreign troops in Ukraine after a ceasefire', () => {
    const f = byId('red-line-clash:guarantees.foreign-troops')
    wellEvidenced(f)
    expect(f).toMatchObject({ basis: 'no-overlap', parties: ['RU', 'UA'] })
    expect(f.evidence.map((e) => e.positionId)).toEqual(
      expect.arrayContaining(['pos-RU-foreign_troops-2026-01-08-4', 'pos-UA-foreign_troops-2026-01-06-2']),
    )
  })

  it('finds ceasefire-first against settlement-first as a sequencing cycle', () => {
    const f = byId('sequencing-cycle:ceasefire>settlement')
    wellEvidenced(f)
    expect(f.parties).toEqual(['RU', 'UA'])
    if (f.kind !== 'sequencing-cycle') return
    expect(f.steps.map((s) => [s.from, s.to, s.holders])).toEqual([
      ['ceasefire', 'settlement', ['UA']],
      ['settlement', 'ceasefire', ['RU']],
    ])
    expect(findings.filter((x) => x.kind === 'sequencing-cycle').map((x) => x.id)).toContain(
      'sequencing-cycle:ceasefire>territory.donetsk.control>settlement',
    )
  })

  it("finds Russia's demand of recognition of Crimea against Ukraine's red line", () => {
    const f = byId('red-line-clash:territory.crimea.recognition')
    wellEvidenced(f)
    // Russia also accepts de facto recognition (2025-11-21), so values remain; the clash is its ideal, de jure
    // recognition (2025-11-27), inside Ukraine's red line (2025-12-24)
    expect(f).toMatchObject({ basis: 'ideal-in-red-lines' })
    if (f.kind !== 'red-line-clash') return
    expect(f.pairs).toContainEqual(['RU', 'UA'])
    expect(f.explanation).toContain('Russia wants De jure recognition, which Ukraine rules out as a red line')
  })

  it('finds the clash over the Zaporizhzhia nuclear plant', () => {
    const f = byId('red-line-clash:nuclear-plant')
    wellEvidenced(f)
    expect(f).toMatchObject({ basis: 'no-overlap', parties: ['RU', 'UA'], since: '2025-03-25' })
  })

  it('finds the broken energy moratorium', () => {
    const f = byId('broken-commitment:energy-moratorium-2025-03-18')
    wellEvidenced(f)
    if (f.kind !== 'broken-commitment') return
    expect(f.parties).toEqual(['RU', 'UA'])
    expect(new Set(f.breaches.map((b) => b.kind))).toEqual(new Set(['violated', 'lapsed']))
    expect(f.since).toBe('2025-03-21')
    expect(f.evidence.map((e) => e.eventId)).toContain('2025-03-21-sudzha-accusations')
  })

  it('suggests the nearest agreement from the zone analysis for the Donetsk clash', () => {
    const r = Deadlock.clashes(n)
    if (E.isLeft(r)) return expect.fail('clashes failed')
    const f = r.right.find((x) => x.id === 'red-line-clash:territory.donetsk.control')!
    expect(f.suggestion).toMatch(/^Nearest agreement: If Ukraine /)
    expect(f.concessions?.every((c) => c.party === 'UA' && c.issue === 'territory.donetsk.control')).toBe(
      true,
    )
  })

  it('follows them over time', () => {
    const t = Deadlock.timeline(n, { kinds: ['red-line-clash', 'sequencing-cycle', 'broken-commitment'] })
    if (E.isLeft(t)) return expect.fail('timeline failed')
    const periods = (id: string) => t.right.entries.find((e) => e.id === id)?.periods
    expect(periods('red-line-clash:territory.donetsk.control')).toEqual([{ from: '2025-08-18' }])
    expect(periods('sequencing-cycle:ceasefire>settlement')).toEqual([{ from: '2025-08-15' }])
    expect(periods('broken-commitment:energy-moratorium-2025-03-18')?.[0]).toEqual({
      from: '2025-03-21',
      to: '2025-03-25',
    })
  })
})

import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Report from '../../src/report'
import { emptyDoc, right, talks, variant } from './fixture'

const build = (options?: Report.ReportOptions) => right(Report.build(talks(), options))

describe('Report.build', () => {
  it('is as of the document’s date by default and lists the parties principals first', () => {
    const r = build()
    expect(r.format).toBe(Report.REPORT_FORMAT)
    expect(r.asOf).toBe('2025-06-30')
    expect(r.sections).toEqual(Report.SECTIONS)
    expect(r.parties.map((p) => [p.id, p.role])).toEqual([
      ['N', 'principal'],
      ['S', 'principal'],
      ['M', 'mediator'],
    ])
    expect(r.counts).toEqual({ parties: 3, issues: 3, positions: 8, proposals: 2, events: 4, sources: 5 })
  })

  it('gives each party’s merged stance per issue in words, and who moved, newest first', () => {
    const r = build()
    const harbour = r.positions.rows.find((x) => x.party === 'N' && x.issue === 'harbour')
    expect(harbour).toMatchObject({
      ideal: 'Shared control',
      redLines: 'Southern control',
      priority: 0.9,
      since: '2025-04-01',
    })
    expect(r.positions.rows.find((x) => x.party === 'N' && x.issue === 'truce')?.conditions).toEqual([
      'Harbour before Truce',
    ])
    expect(r.positions.rows.find((x) => x.party === 'N' && x.issue === 'troops')?.acceptable).toBe(
      'from 0 to 5,000 troops',
    )
    expect(r.positions.moves.map((m) => [m.date, m.party, m.issue, m.from, m.to])).toEqual([
      ['2025-05-02', 'S', 'troops', '500 troops', '1500 troops'],
      ['2025-04-01', 'N', 'harbour', 'Northern control', 'Shared control'],
    ])
  })

  it('compares the latest revision with the draft it revises, and says who gained', () => {
    const d = build().drafts
    expect(d.total).toBe(2)
    expect(d.latest.map((x) => x.id)).toEqual(['m-plan-2', 'm-plan'])
    expect(d.compared).toMatchObject({ from: 'm-plan', to: 'm-plan-2', carryOver: false })
    expect(d.compared?.diff.counts.changed).toBe(1)
    expect(d.compared?.diff.parties?.gainedMost).toEqual(['S'])
  })

  it('compares the drafts asked for', () => {
    const d = build({ drafts: { from: 'm-plan-2', to: 'm-plan' } }).drafts
    expect(d.compared).toMatchObject({ from: 'm-plan-2', to: 'm-plan', reason: 'the drafts asked for' })
  })

  it('says what was agreed, what each party accepted, and what was broken, with the evidence', () => {
    const l = build().ledger
    expect(l.agreed.map((a) => [a.proposal, a.term, a.violationAlleged])).toEqual([
      ['m-plan-2', 'truce', true],
    ])
    expect(l.accepted.map((a) => [a.party, a.proposal, a.terms.map((t) => t.term), a.of])).toEqual([
      ['N', 'm-plan', ['truce', 'harbour', 'troops'], 3],
      ['N', 'm-plan-2', ['truce'], 3],
    ])
    expect(l.broken).toEqual([
      {
        party: 'S',
        proposal: 'm-plan-2',
        title: "Mediator's revised plan <v2>",
        terms: ['truce'],
        committed: { status: 'accepted', since: '2025-05-20' },
        breaches: [{ kind: 'violated', since: '2025-06-10', by: ['N'], sources: ['s5'] }],
      },
    ])
  })

  it('lists the deadlocks with their evidence and the zone with its bargaining point', () => {
    const r = build()
    expect(r.deadlocks.counts).toMatchObject({
      'red-line-clash': 1,
      'sequencing-cycle': 1,
      'broken-commitment': 1,
    })
    expect(r.deadlocks.active).toBe(3)
    expect(r.deadlocks.findings.every((f) => f.evidence.length > 0)).toBe(true)
    expect(r.zone.issues.map((z) => [z.issue, z.zone])).toEqual([
      ['harbour', 'Shared control'],
      ['troops', 'from 0 to 5,000 troops'],
    ])
    expect(r.zone.settled).toEqual(['truce'])
    expect(r.zone.packages?.empty).toBe(false)
    expect(r.zone.nearest).toBeNull()
    expect(r.zone.bargaining?.nash).toEqual(['Harbour = Shared control; Troops at the border = 1500 troops'])
  })

  it('when no package pleases every principal, gives the cheapest concessions that would open one', () => {
    const n = variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as object[]),
        {
          id: 's9',
          party: 'S',
          issue: 'harbour',
          asOf: '2025-06-01',
          sources: ['s4'],
          redLines: { kind: 'options', options: ['north', 'shared'] },
        },
      ],
    }))
    const z = right(Report.build(n, { timeline: false })).zone
    expect(z.issues.find((i) => i.issue === 'harbour')).toMatchObject({ empty: true, zone: 'nothing' })
    expect(z.packages?.empty).toBe(true)
    expect(z.bargaining).toBeNull()
    expect(z.nearest?.found).toBe(true)
    expect(z.nearest?.options[0]?.concessions.map((c) => [c.party, c.issue])).toEqual([['S', 'harbour']])
    expect(Report.toText(right(Report.build(n, { timeline: false })))).toContain('Nearest agreement')
  })

  it('numbers the sources in order of first citation', () => {
    expect(build().sources.map((s) => [s.n, s.id])).toEqual([
      [1, 's1'],
      [2, 's3'],
      [3, 's2'],
      [4, 's4'],
      [5, 's5'],
    ])
  })

  it('reads everything as of an earlier date', () => {
    const r = build({ asOf: '2025-03-01' })
    expect(r.positions.rows.find((x) => x.party === 'N' && x.issue === 'harbour')?.ideal).toBe(
      'Northern control',
    )
    expect(r.positions.moves).toEqual([])
    expect(r.drafts.total).toBe(1)
    expect(r.drafts.compared).toBeNull()
    expect(r.drafts.notes).toEqual(['Only one draft was tabled: there is nothing to compare it with.'])
    expect(r.ledger.agreed).toEqual([])
    expect(r.ledger.broken).toEqual([])
    expect(r.deadlocks.counts['broken-commitment']).toBe(0)
  })

  it('builds only the sections asked for', () => {
    const r = build({ sections: ['ledger'] })
    expect(r.sections).toEqual(['ledger'])
    expect(r.positions.rows).toEqual([])
    expect(r.deadlocks.findings).toEqual([])
    expect(r.charts).toEqual({ positions: null, acceptance: null, deadlocks: null, linkage: null })
    expect(r.ledger.broken).toHaveLength(1)
  })

  it('leaves out the deadlock timeline when asked', () => {
    expect(build({ timeline: false }).charts.deadlocks).toBeNull()
    expect(build().charts.deadlocks?.bars.length).toBe(3)
  })

  it('reports every bad option at once and builds nothing', () => {
    const r = Report.build(talks(), {
      asOf: '2025-02-30',
      drafts: { from: 'm-plan', to: 'plan-3' },
      sections: ['everything' as never],
    })
    expect(E.isLeft(r) && r.left.map((e) => e._tag)).toEqual(['bad-date', 'unknown-proposal', 'bad-option'])
    expect(E.isLeft(r) && r.left[1]?.message).toBe('there is no draft `plan-3`; drafts are: m-plan, m-plan-2')
    expect(() => Report.buildOrThrow(talks(), { asOf: 'soon' })).toThrow(/YYYY-MM-DD/)
  })

  it('is the same data-first and data-last, and its result is deeply frozen', () => {
    const r = build({ asOf: '2025-05-01' })
    expect(Report.build({ asOf: '2025-05-01' })(talks())).toEqual(E.right(r))
    expect(Object.isFrozen(r.positions.rows[0])).toBe(true)
    expect(Object.isFrozen(r.drafts.compared?.diff.terms)).toBe(true)
    expect(Report.isReport(r)).toBe(true)
  })

  it('says "no drafts", "no positions" and why an analysis could not run, instead of failing', () => {
    const r = right(Report.build(emptyDoc()))
    expect(r.asOf).toBeNull()
    expect(r.positions.notes).toEqual(['No positions are recorded.'])
    expect(r.drafts.notes).toEqual(['No drafts were tabled.'])
    expect(r.ledger.notes).toEqual(['No drafts were tabled, so nothing could be accepted.'])
    // with no principal, the deadlock and zone analyses have nothing to work on: each section says so in a note
    expect(r.deadlocks.findings).toEqual([])
    expect(r.deadlocks.notes.length).toBeGreaterThan(0)
    expect(r.zone.issues).toEqual([])
    expect(r.zone.notes.length).toBeGreaterThan(0)
    const text = Report.toText(r)
    for (const note of [...r.deadlocks.notes, ...r.zone.notes]) expect(text).toContain(note.slice(0, 40))
    for (const render of [Report.toText, Report.toMarkdown, Report.toHtml, Report.toJson])
      expect(render(r).length).toBeGreaterThan(100)
  })

  it('copes with positions but no drafts or events', () => {
    const n = variant((d) => ({ ...d, proposals: {}, events: [] }))
    const r = right(Report.build(n))
    expect(r.drafts.notes).toEqual(['No drafts were tabled.'])
    expect(r.ledger.agreed).toEqual([])
    expect(r.summary).toContain('No drafts were tabled.')
    expect(r.charts.acceptance?.lanes).toEqual([])
    expect(Report.toHtml(r)).toContain('No party has a recorded status on any term.')
  })
})

/**
 * The report's summary, sentence by sentence, in the cases the golden report does not reach: no deadlock, one or
 * several, with and without a report date; no zone, no nearest agreement, no Nash package; two drafts compared
 * with only added, only dropped, only reworded, several or no terms changed, and nobody, one or two principals
 * gaining most; no draft at all; no, one or many broken commitments; the latest move; and each section left out.
 * Each test checks the exact words a reader gets.
 */
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src/model/negotiation'
import * as Report from '../../src/report'
import { citesOf, heading, notes, textOf } from '../../src/report/block'
import { summaryOf } from '../../src/report/summary'
import { emptyDoc, right, talks, variant } from './fixture'
import { acceptances, breaches, closedZone, draft, tooLarge, withDrafts } from './sections-fixture'

const build = (n: Negotiation, options: Report.ReportOptions = {}): Report.Report =>
  right(Report.build(n, deepFreeze({ timeline: false, ...options })))

const summary = (n: Negotiation, options: Report.ReportOptions = {}): readonly string[] =>
  build(n, options).summary

/** The summary of a built report with some of its fields replaced (for states a document cannot produce). */
const summaryWith = (n: Negotiation, r: Report.Report, change: Partial<Report.Report>): readonly string[] =>
  summaryOf(deepFreeze({ ...r, ...change }), n)

/** The fixture with neither conditions nor events: a red-line clash on the harbour is its only deadlock. */
const oneDeadlock = () =>
  variant((d) => ({
    ...d,
    events: [],
    positions: (d.positions as Record<string, unknown>[]).map(({ conditions: _, ...p }) => p),
  }))

/** Two drafts of the mediator, B (2025-04-01) revising A (2025-03-01), with the given terms (issue → term). */
const twoDrafts = (
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  more: Record<string, unknown> = {},
): Negotiation =>
  withDrafts(
    {
      a: { title: 'Draft A', date: '2025-03-01', tabledBy: ['M'], sources: ['s3'], terms: a },
      b: { title: 'Draft B', date: '2025-04-01', tabledBy: ['M'], basedOn: 'a', sources: ['s3'], terms: b },
    },
    more,
  )

const v = (value: unknown) => ({ value })
const worded = (value: unknown, text: string) => ({ value, text })

/** What the summary says of drafts A and B compared (B read as a whole draft, not as amending A). */
const compared = (n: Negotiation): readonly string[] =>
  summary(n, { sections: ['drafts'], drafts: { from: 'a', to: 'b', carryOver: false } })

const AB = 'Latest drafts compared: “Draft B” (2025-04-01) against “Draft A” (2025-03-01): '

// -------------------------------------------------------------------------------------
// deadlocks
// -------------------------------------------------------------------------------------

describe('the summary of the deadlocks', () => {
  it('says one deadlock holds, in the singular', () => {
    expect(summary(oneDeadlock(), { sections: ['deadlocks'] })).toEqual([
      '1 deadlock holds as of 2025-06-30 (1 × red-line clash).',
    ])
  })

  it('says how many deadlocks hold and of which kinds, in the order of the kinds', () => {
    expect(summary(talks(), { sections: ['deadlocks'] })).toEqual([
      '3 deadlocks hold as of 2025-06-30 (1 × red-line clash, 1 × sequencing cycle and 1 × broken commitment).',
    ])
    expect(summary(breaches(), { sections: ['deadlocks'] })).toEqual([
      '4 deadlocks hold as of 2025-12-31 (1 × red-line clash, 1 × sequencing cycle and 2 × broken commitment).',
    ])
  })

  it('says nothing of deadlocks when they could not be detected', () => {
    const r = build(tooLarge(), { sections: ['deadlocks'] })
    expect(r.deadlocks.notes).toEqual([
      "Deadlocks could not be detected: package feasibility with the reservations of Northland needs the zone's package space: issue `members` is a subset of 17 elements (131072 subsets); the zone enumerates subsets of at most 16 elements; turn off this kind (`kinds`), or leave out that party (`parties`)",
    ])
    expect(r.summary).toEqual([])
  })

  it('says no deadlock was found when the section has neither a finding nor a note', () => {
    const n = talks()
    const r = build(n, { asOf: '2025-01-11', sections: ['deadlocks'] })
    expect(summaryWith(n, r, { deadlocks: { ...r.deadlocks, notes: [] } })).toEqual([
      'No deadlock was found.',
    ])
  })

  it('counts in brackets only the deadlocks that hold, and names apart those that no longer hold', () => {
    // Southland accepts the revised plan's truce again on 2025-06-20: the broken commitment is mended
    const mended = (events: (d: Record<string, unknown>) => object[]) =>
      variant((d) => ({ ...d, events: events(d) }))
    const again = {
      id: 'e5',
      kind: 'response',
      date: '2025-06-20',
      party: 'S',
      proposal: 'm-plan-2',
      stance: 'accepted',
      terms: ['truce'],
      sources: ['s4'],
    }
    const r = build(
      mended((d) => [...(d.events as object[]), again]),
      { sections: ['deadlocks'] },
    )
    expect(r.deadlocks.findings.map((f) => [f.kind, f.active])).toEqual([
      ['red-line-clash', true],
      ['sequencing-cycle', true],
      ['broken-commitment', false],
    ])
    expect(r.summary).toEqual([
      '2 deadlocks hold as of 2025-06-30 (1 × red-line clash and 1 × sequencing cycle); 1 more no longer holds (1 × broken commitment).',
    ])
    // the mended commitment alone: nothing holds any more
    const alone = build(
      variant((d) => ({
        ...d,
        positions: (d.positions as Record<string, unknown>[])
          .filter((p) => p['issue'] !== 'harbour')
          .map(({ conditions: _, ...p }) => p),
        events: [...(d.events as object[]), again],
      })),
      { sections: ['deadlocks'] },
    )
    expect(alone.deadlocks.findings.map((f) => [f.kind, f.active])).toEqual([['broken-commitment', false]])
    expect(alone.summary).toEqual([
      'No deadlock holds as of 2025-06-30; 1 found no longer holds (1 × broken commitment).',
    ])
  })

  it('says no deadlock was found when detection ran and found none', () => {
    const r = build(talks(), { asOf: '2025-01-11', sections: ['deadlocks'] })
    expect(r.deadlocks.findings).toEqual([])
    expect(r.deadlocks.notes).toEqual(['No deadlock was found.'])
    expect(r.summary).toEqual(['No deadlock was found.'])
  })

  it('leaves out the date when the report has none', () => {
    const n = talks()
    const r = build(n, { sections: ['deadlocks'] })
    expect(summaryWith(n, r, { asOf: null })).toEqual([
      '3 deadlocks hold (1 × red-line clash, 1 × sequencing cycle and 1 × broken commitment).',
    ])
  })

  it('says nothing of deadlocks when the section is left out, even with no finding', () => {
    const r = build(talks(), { sections: ['ledger'] })
    expect(r.deadlocks.findings).toEqual([])
    expect(r.deadlocks.notes).toEqual([])
    expect(r.summary).toEqual(['1 term accepted by every principal; 1 broken commitment on 1 draft.'])
  })
})

// -------------------------------------------------------------------------------------
// zone
// -------------------------------------------------------------------------------------

describe('the summary of the zone', () => {
  it('gives the first sentence of the whole packages and the Nash bargaining package', () => {
    expect(summary(talks(), { sections: ['zone'] })).toEqual([
      'Infinitely many packages are acceptable to every principal (Northland and Southland) on 2 issues, for example: Harbour = Shared control; Troops at the border = 0 troops.',
      'Nash bargaining package: Harbour = Shared control; Troops at the border = 1500 troops.',
    ])
  })

  it('gives the first sentence of the packages and of the nearest agreement when no package pleases everyone', () => {
    const r = build(closedZone(), { sections: ['zone'] })
    expect(r.summary).toEqual([
      'No package of the 2 open issues is acceptable to every principal (Northland and Southland).',
      'The cheapest concessions that open a zone cost 0.8.',
    ])
    // the section says more: the summary keeps the first sentence of each
    expect(r.zone.packages?.explanation).toBe(
      'No package of the 2 open issues is acceptable to every principal (Northland and Southland). No value of Harbour is acceptable to every principal: Northland accepts only Northern control or Shared control and Southland only Southern control.',
    )
    expect(
      r.zone.nearest?.explanation.startsWith('The cheapest concessions that open a zone cost 0.8. If '),
    ).toBe(true)
  })

  it('keeps a sentence whole when a name or a label has full stops in it', () => {
    const n = variant((d) => ({
      ...d,
      parties: {
        ...(d.parties as object),
        N: { ...(d.parties as Record<string, object>)['N'], name: 'U.S. Government' },
      },
      issues: {
        ...(d.issues as object),
        harbour: { ...(d.issues as Record<string, object>)['harbour'], label: 'Art. 5 harbour' },
      },
    }))
    expect(summary(n, { sections: ['zone'] })).toEqual([
      'Infinitely many packages are acceptable to every principal (U.S. Government and Southland) on 2 issues, for example: Art. 5 harbour = Shared control; Troops at the border = 0 troops.',
      'Nash bargaining package: Art. 5 harbour = Shared control; Troops at the border = 1500 troops.',
    ])
    const z = closedZone()
    const closed = {
      ...z,
      parties: { ...z.parties, N: { name: 'U.S. Government', role: 'principal' } },
    } as unknown as Negotiation
    expect(summary(closed, { sections: ['zone'] })[0]).toBe(
      'No package of the 2 open issues is acceptable to every principal (U.S. Government and Southland).',
    )
  })

  it('keeps a sentence whole when a label breaks its line before the sentence ends', () => {
    const n = variant((d) => ({
      ...d,
      issues: {
        ...(d.issues as object),
        harbour: { ...(d.issues as Record<string, object>)['harbour'], label: 'Port\narea' },
      },
    }))
    expect(summary(n, { sections: ['zone'] })).toEqual([
      'Infinitely many packages are acceptable to every principal (Northland and Southland) on 2 issues, for example: Port\narea = Shared control; Troops at the border = 0 troops.',
      'Nash bargaining package: Port\narea = Shared control; Troops at the border = 1500 troops.',
    ])
  })

  it('names no Nash package when the bargaining found none', () => {
    const n = talks()
    const r = build(n, { sections: ['zone'] })
    const bargaining = { explanation: 'No bargaining point.', nash: [] }
    expect(summaryWith(n, r, { zone: { ...r.zone, bargaining } })).toEqual([
      'Infinitely many packages are acceptable to every principal (Northland and Southland) on 2 issues, for example: Harbour = Shared control; Troops at the border = 0 troops.',
    ])
  })

  it('says nothing of the zone when the section is left out', () => {
    expect(summary(closedZone(), { sections: ['positions'] })).toEqual([
      'Latest move: Southland on Troops at the border, 2025-05-02: 500 troops → 1500 troops.',
    ])
  })
})

// -------------------------------------------------------------------------------------
// drafts
// -------------------------------------------------------------------------------------

describe('the summary of the drafts compared', () => {
  it('counts one term added, in the singular, and names the principal who gains most', () => {
    expect(summary(acceptances(), { sections: ['drafts'] })).toEqual([
      'Latest drafts compared: “Deal B” (2025-03-01) against “Deal A” (2025-03-01): 1 added term; Southland gains most.',
    ])
  })

  it('counts several terms added and says when no principal gains', () => {
    expect(
      compared(twoDrafts({ truce: v(true) }, { truce: v(true), harbour: v('north'), troops: v(100) })),
    ).toEqual([`${AB}2 added terms; no principal gains.`])
  })

  it('counts terms dropped, one and several', () => {
    expect(compared(twoDrafts({ truce: v(true), harbour: v('north') }, { truce: v(true) }))).toEqual([
      `${AB}1 dropped term; Southland gains most.`,
    ])
    expect(
      compared(twoDrafts({ truce: v(true), harbour: v('north'), troops: v(100) }, { truce: v(true) })),
    ).toEqual([`${AB}2 dropped terms; Southland gains most.`])
  })

  it('counts terms reworded, one and several', () => {
    expect(
      compared(
        twoDrafts(
          { truce: worded(true, 'A truce.'), harbour: v('north') },
          { truce: worded(true, 'A lasting truce.'), harbour: v('north') },
        ),
      ),
    ).toEqual([`${AB}1 reworded term; no principal gains.`])
    expect(
      compared(
        twoDrafts(
          { truce: worded(true, 'A truce.'), harbour: worded('north', 'The north.') },
          { truce: worded(true, 'A lasting truce.'), harbour: worded('north', 'The northern side.') },
        ),
      ),
    ).toEqual([`${AB}2 reworded terms; no principal gains.`])
  })

  it('counts a term whose value and wording both changed once, as changed', () => {
    expect(
      compared(twoDrafts({ truce: worded(true, 'A truce.') }, { truce: worded(false, 'No truce.') })),
    ).toEqual([`${AB}1 changed term; no principal gains.`])
    expect(
      compared(
        twoDrafts(
          { truce: worded(true, 'A truce.'), harbour: worded('north', 'The north.') },
          { truce: worded(false, 'No truce.'), harbour: worded('north', 'The northern side.') },
        ),
      ),
    ).toEqual([`${AB}1 changed and 1 reworded terms; no principal gains.`])
  })

  it('counts several terms changed', () => {
    expect(
      compared(
        twoDrafts(
          { truce: v(true), harbour: v('north'), troops: v(100) },
          { truce: v(false), harbour: v('south'), troops: v(100) },
        ),
      ),
    ).toEqual([`${AB}2 changed terms; Southland gains most.`])
  })

  it('lists changes of several kinds, changed, added and dropped in that order', () => {
    expect(
      compared(twoDrafts({ truce: v(true), harbour: v('north') }, { truce: v(false), troops: v(100) })),
    ).toEqual([`${AB}1 changed, 1 added and 1 dropped terms; Southland gains most.`])
  })

  it('says no term changed when the drafts say the same thing', () => {
    expect(compared(twoDrafts({ truce: v(true) }, { truce: v(true) }))).toEqual([
      `${AB}no term changed; no principal gains.`,
    ])
  })

  it('names two principals who gain as much as each other, in the plural', () => {
    // both principals want the truce and state nothing else: the truce gains each of them the same
    const n = twoDrafts(
      { truce: v(false) },
      { truce: v(true) },
      {
        positions: [
          { id: 'p1', party: 'N', issue: 'truce', asOf: '2025-01-10', sources: ['s1'], ideal: true },
          { id: 'p2', party: 'S', issue: 'truce', asOf: '2025-01-10', sources: ['s2'], ideal: true },
        ],
      },
    )
    expect(compared(n)).toEqual([`${AB}1 changed term; Northland and Southland gain most.`])
  })

  it('says no principal gains when the diff could not weigh the parties', () => {
    const n = twoDrafts({ truce: v(false) }, { truce: v(true) })
    const r = build(n, { sections: ['drafts'] })
    const c = r.drafts.compared
    if (c === null) throw new Error('expected the drafts compared')
    expect(
      summaryWith(n, r, { drafts: { ...r.drafts, compared: { ...c, diff: { ...c.diff, parties: null } } } }),
    ).toEqual([`${AB}1 changed term; no principal gains.`])
  })

  it('says nothing of the drafts when only one was tabled', () => {
    const r = build(withDrafts({ a: draft('Draft A', '2025-03-01', { truce: true }) }), {
      sections: ['drafts'],
    })
    expect(r.drafts.notes).toEqual(['Only one draft was tabled: there is nothing to compare it with.'])
    expect(r.summary).toEqual([])
  })

  it('says no drafts were tabled when there are none', () => {
    expect(summary(withDrafts({}), { sections: ['drafts'] })).toEqual(['No drafts were tabled.'])
    expect(summary(talks(), { asOf: '2025-01-31', sections: ['drafts'] })).toEqual(['No drafts were tabled.'])
  })

  it('says nothing of the drafts when the section is left out', () => {
    expect(summary(emptyDoc(), { sections: ['ledger'] })).toEqual([
      'No term accepted by every principal; no broken commitment.',
    ])
  })
})

// -------------------------------------------------------------------------------------
// ledger and moves
// -------------------------------------------------------------------------------------

describe('the summary of the ledger', () => {
  it('counts no term accepted by everyone and no broken commitment', () => {
    expect(summary(withDrafts({}), { sections: ['ledger'] })).toEqual([
      'No term accepted by every principal; no broken commitment.',
    ])
  })

  it('counts one term agreed and one commitment broken, in the singular', () => {
    expect(summary(talks(), { sections: ['ledger'] })).toEqual([
      '1 term accepted by every principal; 1 broken commitment on 1 draft.',
    ])
  })

  it('counts the terms of every broken commitment and each draft once', () => {
    const r = build(breaches(), { sections: ['ledger'] })
    // Northland on two drafts (2 and 3 terms), Southland on two (1 and 2 terms): three drafts in all
    expect(r.ledger.broken.map((b) => [b.party, b.proposal, b.terms.length])).toEqual([
      ['N', 'c-early', 2],
      ['N', 'b-deal', 3],
      ['S', 'c-early', 1],
      ['S', 'a-deal', 2],
    ])
    expect(r.summary).toEqual(['No term accepted by every principal; 8 broken commitments on 3 drafts.'])
    expect(summary(acceptances(), { sections: ['ledger'] })).toEqual([
      '6 terms accepted by every principal; no broken commitment.',
    ])
  })

  it('says nothing of the ledger when the section is left out', () => {
    expect(summary(emptyDoc(), { sections: ['drafts'] })).toEqual(['No drafts were tabled.'])
  })
})

describe('the summary of the moves', () => {
  it('gives the latest move', () => {
    expect(summary(talks(), { sections: ['positions'] })).toEqual([
      'Latest move: Southland on Troops at the border, 2025-05-02: 500 troops → 1500 troops.',
    ])
  })

  it('says nothing of moves when nobody has moved yet', () => {
    const r = build(talks(), { asOf: '2025-01-31', sections: ['positions'] })
    expect(r.positions.rows).not.toEqual([])
    expect(r.summary).toEqual([])
  })
})

// -------------------------------------------------------------------------------------
// the whole summary
// -------------------------------------------------------------------------------------

describe('the whole summary', () => {
  it('gives its sentences in order: deadlocks, zone, drafts, ledger, latest move', () => {
    expect(summary(breaches())).toEqual([
      '4 deadlocks hold as of 2025-12-31 (1 × red-line clash, 1 × sequencing cycle and 2 × broken commitment).',
      'Infinitely many packages are acceptable to every principal (Northland and Southland) on 3 issues, for example: Harbour = Shared control; Troops at the border = 0 troops; Truce = no truce.',
      'Nash bargaining package: Truce = truce in force; Harbour = Shared control; Troops at the border = 1500 troops.',
      'Latest drafts compared: “Deal B” (2025-03-01) against “Deal A” (2025-03-01): 1 added term; Southland gains most.',
      'No term accepted by every principal; 8 broken commitments on 3 drafts.',
      'Latest move: Southland on Troops at the border, 2025-05-02: 500 troops → 1500 troops.',
    ])
  })

  it('is empty when only the charts are asked for, and the rendered report has no summary then', () => {
    const r = build(talks(), { sections: ['charts'] })
    expect(r.summary).toEqual([])
    expect(Report.toText(r)).not.toContain('SUMMARY')
    expect(Report.toMarkdown(r)).not.toContain('## Summary')
  })

  it('is rendered as a bulleted list under its heading', () => {
    const r = build(oneDeadlock(), { sections: ['deadlocks', 'ledger'] })
    const text = Report.toText(r)
    expect(text.slice(text.indexOf('SUMMARY'), text.indexOf('ACCEPTANCES'))).toBe(
      [
        'SUMMARY',
        '-------',
        '  - 1 deadlock holds as of 2025-06-30 (1 × red-line clash).',
        '  - No term accepted by every principal; no broken commitment.',
        '',
        '',
      ].join('\n'),
    )
    expect(Report.toMarkdown(r)).toContain(
      [
        '## Summary',
        '',
        '- 1 deadlock holds as of 2025-06-30 (1 × red-line clash).',
        '- No term accepted by every principal; no broken commitment.',
        '',
      ].join('\n'),
    )
  })
})

// -------------------------------------------------------------------------------------
// building blocks
// -------------------------------------------------------------------------------------

describe('the building blocks of a rendered report', () => {
  it('makes a heading with or without an anchor', () => {
    expect(heading(2, 'Summary', 'summary')).toEqual({
      kind: 'heading',
      level: 2,
      text: 'Summary',
      id: 'summary',
    })
    const plain = heading(3, 'Notes')
    expect(plain).toEqual({ kind: 'heading', level: 3, text: 'Notes' })
    expect(Object.keys(plain)).toEqual(['kind', 'level', 'text'])
  })

  it('makes each note a paragraph marked as a note', () => {
    expect(notes(deepFreeze(['One.', 'Two.']))).toEqual([
      { kind: 'paragraph', text: 'One.', note: true },
      { kind: 'paragraph', text: 'Two.', note: true },
    ])
    expect(notes([])).toEqual([])
  })

  it('reads the text of a cell and the sources it cites, each once in order', () => {
    expect(textOf('plain')).toBe('plain')
    expect(textOf(deepFreeze({ text: 'cited', cite: ['s1'] }))).toBe('cited')
    expect(citesOf('plain')).toEqual([])
    expect(citesOf(deepFreeze({ text: 'uncited' }))).toEqual([])
    expect(citesOf(deepFreeze({ text: 'cited', cite: ['s2', 's1', 's2'] }))).toEqual(['s2', 's1'])
  })
})

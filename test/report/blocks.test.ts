/**
 * The report's sections as a reader sees them, word for word: the Markdown of each section (tables, notes, lists) on
 * negotiations that reach the cases the golden files do not — empty sections, singular and plural, every way a
 * commitment can be broken, acceptances on conditions, drafts that change wording and item numbers, parties who
 * gain nothing, nearest agreements with equally cheap sets — and what `build` does with its options.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { positions as positionsChart } from '../../src/chart/positions'
import { linkage } from '../../src/chart/linkage'
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src/model/negotiation'
import * as Report from '../../src/report'
import { deadlockBlocks, ledgerBlocks, zoneBlocks } from '../../src/report/blocks-findings'
import { draftBlocks, positionBlocks } from '../../src/report/blocks-positions'
import { emptyDoc, right, talks, variant } from './fixture'
import {
  acceptances,
  breaches,
  closedZone,
  draft,
  harbourFirst,
  ledgerDoc,
  response,
  unchecked,
  withDrafts,
} from './sections-fixture'

const build = (n: Negotiation, options: Report.ReportOptions = {}): Report.Report =>
  right(Report.build(n, { timeline: false, ...options }))

/** The Markdown of the report from the heading `## <title>` to the next section's heading. */
const section = (r: Report.Report, title: string): string => {
  const md = Report.toMarkdown(r)
  const start = md.indexOf(`\n## ${title}`)
  if (start === -1) throw new Error(`no section ${title}`)
  const end = md.indexOf('\n## ', start + 1)
  return md.slice(start + 1, end === -1 ? undefined : end).trimEnd()
}

const lines = (...xs: string[]): string => xs.join('\n')

// -------------------------------------------------------------------------------------
// empty sections
// -------------------------------------------------------------------------------------

describe('the sections of a document with nothing in it', () => {
  const r = () => build(emptyDoc())
  const note = (text: string) => ({ kind: 'paragraph', text, note: true })

  it('say so in one note each, and nothing else', () => {
    expect(positionBlocks(r())).toEqual([note('No positions are recorded.')])
    expect(draftBlocks(r())).toEqual([note('No drafts were tabled.')])
    expect(deadlockBlocks(r())).toEqual([note('No deadlock was found.')])
    expect(zoneBlocks(r())).toEqual([
      note(
        'The agreement zone could not be computed: the negotiation has no principal; name the parties whose consent counts with `parties`',
      ),
    ])
  })

  it('say in the ledger section that nothing was agreed, accepted or broken', () => {
    expect(ledgerBlocks(r())).toEqual([
      note('No drafts were tabled, so nothing could be accepted.'),
      { kind: 'heading', level: 3, text: 'Agreed by every principal', id: 'agreed' },
      note('No term had been accepted by every principal.'),
      { kind: 'heading', level: 3, text: 'Accepted, party by party', id: 'accepted' },
      note('No party had accepted any term.'),
      { kind: 'heading', level: 3, text: 'Broken commitments', id: 'broken' },
      note('No commitment had been broken.'),
    ])
    expect(section(r(), 'Acceptances')).toBe(
      lines(
        '## Acceptances and broken commitments',
        '',
        '_No drafts were tabled, so nothing could be accepted._',
        '',
        '### Agreed by every principal',
        '',
        '_No term had been accepted by every principal._',
        '',
        '### Accepted, party by party',
        '',
        '_No party had accepted any term._',
        '',
        '### Broken commitments',
        '',
        '_No commitment had been broken._',
      ),
    )
  })
})

// -------------------------------------------------------------------------------------
// positions
// -------------------------------------------------------------------------------------

describe('the positions section', () => {
  /** The mediator states a red line only; Northland's truce comes with two conditions. */
  const doc = () =>
    variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as { id: string }[]).map((p) =>
          p.id === 'n3'
            ? {
                ...p,
                conditions: [
                  { kind: 'sequence', first: 'harbour', then: 'truce' },
                  { kind: 'acceptance', party: 'S' },
                ],
              }
            : p,
        ),
        {
          id: 'm1',
          party: 'M',
          issue: 'harbour',
          asOf: '2025-01-15',
          sources: ['s3'],
          redLines: { kind: 'options', options: ['north'] },
        },
      ],
    }))

  it('gives a Conditions column only to a party that states some, with "—" where a stance has none', () => {
    expect(section(build(doc(), { asOf: '2025-03-01', sections: ['positions'] }), 'Positions')).toBe(
      lines(
        '## Positions (as of 2025-03-01)',
        '',
        '### Northland (N), principal',
        '',
        '| Issue | Ideal | Could accept | Red lines | Priority | Conditions | Since |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Truce | truce in force | — | — | — | Harbour before Truce; only if Southland accepts | 2025-01-10 \\[1\\] |',
        '| Harbour | Northern control | — | Southern control | 0.9 | — | 2025-01-10 \\[1\\] |',
        '| Troops at the border | 2000 troops | from 0 to 5,000 troops | — | — | — | 2025-01-10 \\[1\\] |',
        '',
        '### Southland (S), principal',
        '',
        '| Issue | Ideal | Could accept | Red lines | Priority | Conditions | Since |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Truce | truce in force | — | — | — | Truce before Harbour | 2025-01-12 \\[2\\] |',
        '| Harbour | Southern control | — | Northern control | 0.8 | — | 2025-01-12 \\[2\\] |',
        '| Troops at the border | 500 troops | — | — | — | — | 2025-01-12 \\[2\\] |',
        '',
        '### Mediator (M), mediator',
        '',
        '| Issue | Ideal | Could accept | Red lines | Priority | Since |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Harbour | — | — | Northern control | — | 2025-01-15 \\[3\\] |',
        '',
        '_No party has changed its ideal on any issue._',
      ),
    )
  })

  it('says only that no position was stated yet when every one came later', () => {
    expect(section(build(talks(), { asOf: '2025-01-01', sections: ['positions'] }), 'Positions')).toBe(
      lines('## Positions (as of 2025-01-01)', '', '_No position was stated by 2025-01-01._'),
    )
  })
})

// -------------------------------------------------------------------------------------
// drafts
// -------------------------------------------------------------------------------------

describe('the drafts section', () => {
  it('speaks of one draft in the singular', () => {
    const n = withDrafts({ a: draft('Only', '2025-03-01', { truce: true }) })
    expect(section(build(n, { sections: ['drafts'] }), 'Drafts')).toBe(
      lines(
        '## Drafts',
        '',
        '1 draft was tabled by 2025-12-31; the latest is:',
        '',
        '| Date | Draft | Tabled by | Terms | Revises | Text |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 2025-03-01 | Only (a) \\[1\\] | Mediator | 1 | — | — |',
        '',
        '_Only one draft was tabled: there is nothing to compare it with._',
      ),
    )
  })

  /** `b` revises `a`: it drops the harbour, adds the troops, rewords the truce and renumbers it, adds conditions. */
  const revised = () =>
    withDrafts({
      a: {
        ...draft('First', '2025-03-01', {}),
        tabledBy: ['N', 'S'],
        terms: { truce: { value: true, text: 'A truce.', point: '1' }, harbour: { value: 'north' } },
      },
      b: {
        ...draft('Second', '2025-04-01', {}),
        basedOn: 'a',
        tabledBy: [],
        textStatus: 'leaked',
        sources: ['s4'],
        terms: {
          truce: { value: true, text: 'A lasting truce.', point: '2', sources: ['s1'] },
          troops: { value: 1000, sources: ['s5'] },
        },
        conditions: [{ kind: 'sequence', first: 'harbour', then: 'truce' }],
        sequencing: [{ kind: 'sequence', first: 'truce', then: 'harbour' }],
      },
    })

  it('lists who tabled each draft, "—" when nobody is named, and every kind of change, citing only changed terms', () => {
    const r = build(revised(), { sections: ['drafts'], drafts: { from: 'a', to: 'b', carryOver: false } })
    expect(section(r, 'Drafts').split('\n### Who gains')[0]).toBe(
      lines(
        '## Drafts',
        '',
        '2 drafts were tabled by 2025-12-31; the latest 2 are:',
        '',
        '| Date | Draft | Tabled by | Terms | Revises | Text |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 2025-04-01 | Second (b) \\[1\\] | — | 2 | a | leaked |',
        '| 2025-03-01 | First (a) \\[2\\] | Northland, Southland | 2 | — | — |',
        '',
        '### What changed: “Second” against “First”',
        '',
        'Compared: the drafts asked for. a (2025-03-01) → b (2025-04-01).',
        '',
        'Terms: 0 changed, 1 added, 1 dropped, 1 unchanged, 1 reworded.',
        '',
        '| Issue | Before | After | Change |',
        '| --- | --- | --- | --- |',
        '| Harbour | Northern control | — | Harbour: dropped (was Northern control) |',
        '| Troops at the border | — | 1000 troops | Troops at the border: added: 1000 troops \\[3\\] |',
        '| Truce | A truce. | A lasting truce. | Truce: wording changed |',
        '| Truce | 1 | 2 | Truce: item 1 → 2 |',
        '',
        '- added: Harbour before Truce',
        '- added: Truce before Harbour',
        '- based on: nothing → a',
        '',
      ),
    )
  })

  it('leaves out the table of terms and the list of other changes when the drafts differ in nothing', () => {
    const n = withDrafts({
      a: draft('First', '2025-03-01', { truce: true }),
      b: draft('Second', '2025-04-01', { truce: true }),
    })
    const text = section(build(n, { sections: ['drafts'] }), 'Drafts')
    expect(text).toContain(
      lines(
        'Terms: 0 changed, 0 added, 0 dropped, 1 unchanged.',
        '',
        '### Who gains (positions as of 2025-04-01)',
      ),
    )
  })

  /**
   * Five parties: Eastland, a principal with no stated position; the mediator, with one; an observer, with none.
   * Northland and Southland both want the south of the harbour; Southland rules out the north and more than 2,500
   * troops.
   */
  const gains = () =>
    withDrafts(
      {
        a: draft('First', '2025-03-01', { truce: true, harbour: 'shared', troops: 1000 }),
        b: draft('Second', '2025-04-01', { truce: true, harbour: 'north', troops: 3000 }),
      },
      {
        parties: {
          N: { name: 'Northland', role: 'principal' },
          S: { name: 'Southland', role: 'principal' },
          E: { name: 'Eastland', role: 'principal' },
          M: { name: 'Mediator', role: 'mediator' },
          O: { name: 'Observer', role: 'observer' },
        },
        positions: [
          { id: 'm1', party: 'M', issue: 'harbour', asOf: '2025-01-15', sources: ['s3'], ideal: 'shared' },
          {
            id: 's9',
            party: 'S',
            issue: 'troops',
            asOf: '2025-01-15',
            sources: ['s2'],
            redLines: { kind: 'intervals', intervals: [{ min: 2500, max: 10000 }] },
          },
          { id: 'n1', party: 'N', issue: 'harbour', asOf: '2025-01-15', sources: ['s2'], ideal: 'south' },
          {
            id: 's1',
            party: 'S',
            issue: 'harbour',
            asOf: '2025-01-15',
            sources: ['s2'],
            ideal: 'south',
            redLines: { kind: 'options', options: ['north'] },
          },
        ],
      },
    )

  const whoGains = (r: Report.Report): string =>
    `### Who gains${section(r, 'Drafts').split('### Who gains')[1] ?? ''}`

  it('says who gains and who loses, what red lines a draft crosses, and when no principal gains', () => {
    expect(whoGains(build(gains(), { sections: ['drafts'], drafts: { from: 'a', to: 'b' } }))).toBe(
      lines(
        '### Who gains (positions as of 2025-04-01)',
        '',
        '| Party | Role | Utility | Verdict | Gained on | Lost on | Red lines |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Eastland (E) | principal | — | no stated position | — | — | — |',
        '| Northland (N) | principal | 0.50 → 0.00 | loses | — | Harbour | — |',
        '| Southland (S) | principal | 0.75 → 0.50 | loses | — | Harbour, Troops at the border | crosses Harbour; crosses Troops at the border |',
        '| Mediator (M) | mediator | 1.00 → 0.50 | loses | — | Harbour | — |',
        '',
        'No principal gains from the change.',
      ),
    )
  })

  it('says which red lines a draft clears and which principal gains most', () => {
    expect(whoGains(build(gains(), { sections: ['drafts'], drafts: { from: 'b', to: 'a' } }))).toBe(
      lines(
        '### Who gains (positions as of 2025-04-01)',
        '',
        '| Party | Role | Utility | Verdict | Gained on | Lost on | Red lines |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Eastland (E) | principal | — | no stated position | — | — | — |',
        '| Northland (N) | principal | 0.00 → 0.50 | gains | Harbour | — | — |',
        '| Southland (S) | principal | 0.50 → 0.75 | gains | Harbour, Troops at the border | — | clears Harbour; clears Troops at the border |',
        '| Mediator (M) | mediator | 0.50 → 1.00 | gains | Harbour | — | — |',
        '',
        'Gains most: Northland (N).',
      ),
    )
  })

  it('reads a report made elsewhere: no date, drafts without ids, no reading of who gains', () => {
    const r = build(revised(), { sections: ['drafts'], drafts: { from: 'a', to: 'b', carryOver: false } })
    const compared = r.drafts.compared
    if (compared === null) throw new Error('expected a comparison')
    const d = compared.diff
    const edited = deepFreeze({
      ...r,
      asOf: null,
      drafts: {
        ...r.drafts,
        compared: {
          ...compared,
          diff: { ...d, from: { ...d.from, id: null }, to: { ...d.to, id: null }, parties: null },
        },
      },
    }) as unknown as Report.Report
    const text = section(edited, 'Drafts')
    expect(text).toContain('\n2 drafts were tabled; the latest 2 are:\n')
    expect(text).toContain('\nCompared: the drafts asked for. from (2025-03-01) → to (2025-04-01).\n')
    expect(text.endsWith('- based on: nothing → a')).toBe(true)
  })

  it('names every principal tied for the largest gain', () => {
    const r = build(gains(), { sections: ['drafts'], drafts: { from: 'b', to: 'a' } })
    const compared = r.drafts.compared
    const parties = compared?.diff.parties
    if (compared === null || compared === undefined || parties === null || parties === undefined)
      throw new Error('expected a comparison')
    const tied = deepFreeze({
      ...r,
      drafts: {
        ...r.drafts,
        compared: {
          ...compared,
          diff: { ...compared.diff, parties: { ...parties, gainedMost: ['N', 'S'] } },
        },
      },
    }) as unknown as Report.Report
    expect(whoGains(tied).split('\n').slice(-1)).toEqual(['Gains most: Northland (N) and Southland (S).'])
  })
})

// -------------------------------------------------------------------------------------
// ledger
// -------------------------------------------------------------------------------------

describe('the ledger section', () => {
  it('says which agreed terms came on conditions, and how much of a draft each party accepted', () => {
    expect(section(build(acceptances(), { sections: ['ledger'] }), 'Acceptances')).toBe(
      lines(
        '## Acceptances and broken commitments (as of 2025-12-31)',
        '',
        '### Agreed by every principal',
        '',
        '| Draft | Term | On conditions | Violation alleged |',
        '| --- | --- | --- | --- |',
        '| Early deal | Truce | no | no |',
        '| Early deal | Harbour | no | no |',
        '| Deal A | Truce | yes | no |',
        '| Deal B | Truce | no | no |',
        '| Deal B | Harbour | no | no |',
        '| Deal B | Troops at the border | no | no |',
        '',
        '### Accepted, party by party',
        '',
        '| Party | Draft | Terms accepted | Since |',
        '| --- | --- | --- | --- |',
        '| Northland | Early deal | all 2 | 2025-02-03 |',
        '| Northland | Deal A | 1 of 2: Truce (on conditions) | 2025-03-03 |',
        '| Northland | Deal B | all 3 | 2025-03-05 |',
        '| Southland | Early deal | all 2 | 2025-02-04 |',
        '| Southland | Deal A | all 2 | 2025-03-04 |',
        '| Southland | Deal B | all 3 | 2025-03-06 |',
        '| Mediator | Early deal | all 2 | 2025-02-05 |',
        '',
        '### Broken commitments',
        '',
        '_No commitment had been broken._',
      ),
    )
  })

  it('says how many terms came on conditions and gives the span of dates when a party accepted on several days', () => {
    const n = ledgerDoc([
      // deal B's terms are truce, harbour, troops: the harbour accepted first, the truce later on conditions
      response('k1', '2025-03-04', 'S', 'b-deal', 'accepted', { terms: ['harbour'] }),
      response('k2', '2025-03-08', 'S', 'b-deal', 'conditionally-accepted', {
        terms: ['truce'],
        conditions: harbourFirst,
      }),
      response('k3', '2025-03-02', 'N', 'a-deal', 'conditionally-accepted', {
        terms: ['harbour'],
        conditions: harbourFirst,
      }),
      response('k4', '2025-03-09', 'N', 'a-deal', 'conditionally-accepted', {
        terms: ['truce'],
        conditions: harbourFirst,
      }),
    ])
    expect(section(build(n, { sections: ['ledger'] }), 'Acceptances')).toContain(
      lines(
        '| Party | Draft | Terms accepted | Since |',
        '| --- | --- | --- | --- |',
        '| Northland | Deal A | all 2 (on conditions) | 2025-03-02 – 2025-03-09 |',
        '| Southland | Deal B | 2 of 3: Truce, Harbour (1 on conditions) | 2025-03-04 – 2025-03-08 |',
        '',
      ),
    )
  })

  it('says in words how each commitment was broken, by whom, citing each source once', () => {
    expect(section(build(breaches(), { sections: ['ledger'] }), 'Acceptances')).toContain(
      lines(
        '### Broken commitments',
        '',
        '| Party | Draft | Terms | Committed | Then |',
        '| --- | --- | --- | --- | --- |',
        '| Northland | Early deal | Truce, Harbour | accepted on conditions, 2025-02-05 | withdrawn 2025-03-10 \\[1\\] |',
        '| Northland | Deal B | Truce, Harbour, Troops at the border | accepted, 2025-03-02 | violation alleged 2025-04-10 (by Southland, Mediator); lapsed 2025-04-15 \\[2, 3\\] |',
        '| Southland | Early deal | Truce | accepted, 2025-02-03 | withdrawn 2025-02-08; withdrawn 2025-02-20 \\[1\\] |',
        '| Southland | Deal A | Truce, Harbour | accepted, 2025-03-05 | rejected after accepting 2025-03-20 \\[1\\] |',
      ),
    )
  })

  it('names the other ways a commitment is broken: conditions added, reports that disagree, a counter, silence, opposition, a violated draft of one’s own', () => {
    const n = ledgerDoc([
      response('k1', '2025-02-03', 'N', 'c-early', 'accepted'),
      response('k2', '2025-02-05', 'N', 'c-early', 'conditionally-accepted', { conditions: harbourFirst }),
      response('k3', '2025-02-06', 'N', 'c-early', 'accepted'),
      response('k4', '2025-02-06', 'N', 'c-early', 'rejected'),
      response('k5', '2025-02-10', 'N', 'c-early', 'countered'),
      response('k6', '2025-03-04', 'S', 'a-deal', 'accepted'),
      response('k7', '2025-03-10', 'S', 'a-deal', 'noncommittal'),
      response('k8', '2025-02-04', 'M', 'c-early', 'accepted'),
      response('k9', '2025-02-09', 'M', 'c-early', 'opposed'),
      {
        id: 'k10',
        kind: 'violation-alleged',
        date: '2025-04-10',
        by: 'N',
        against: 'M',
        proposal: 'b-deal',
        terms: ['truce'],
        claim: 'no truce',
        sources: ['s5'],
      },
    ])
    expect(section(build(n, { sections: ['ledger'] }), 'Acceptances')).toContain(
      lines(
        '| Party | Draft | Terms | Committed | Then |',
        '| --- | --- | --- | --- | --- |',
        '| Northland | Early deal | Truce, Harbour | accepted, 2025-02-03 | conditions added 2025-02-05; reports disagree 2025-02-06; countered after accepting 2025-02-10 \\[1\\] |',
        '| Southland | Deal A | Truce, Harbour | accepted, 2025-03-04 | turned noncommittal 2025-03-10 \\[1\\] |',
        '| Mediator | Early deal | Truce, Harbour | accepted, 2025-02-04 | opposed after supporting 2025-02-09 \\[1\\] |',
        '| Mediator | Deal B | Truce | tabled it, 2025-03-01 | violation alleged 2025-04-10 (by Northland) \\[2\\] |',
      ),
    )
  })
})

// -------------------------------------------------------------------------------------
// deadlocks
// -------------------------------------------------------------------------------------

describe('the deadlocks section', () => {
  it('names a finding by its parties when it concerns no issue, and leaves out what a finding lacks', () => {
    const r = build(talks(), { sections: ['deadlocks'] })
    const [clash, cycle, broken] = r.deadlocks.findings
    if (clash === undefined || cycle === undefined || broken === undefined)
      throw new Error('expected 3 findings')
    const edited = deepFreeze({
      ...r,
      deadlocks: {
        ...r.deadlocks,
        findings: [
          { ...cycle, issues: [], active: false, evidence: [] },
          { ...broken, issues: [], parties: [], suggestion: undefined },
          {
            ...clash,
            evidence: [
              { date: '2025-01-10', what: 'An event', eventId: 'e9', sources: [] },
              { date: '2025-01-11', what: 'A fact without id', sources: [] },
            ],
          },
        ],
      },
    }) as unknown as Report.Report
    expect(section(edited, 'Deadlocks')).toBe(
      lines(
        '## Deadlocks (as of 2025-06-30)',
        '',
        '3 findings, 3 still holding: 1 × red-line clash, 1 × sequencing cycle and 1 × broken commitment.',
        '',
        '### 1\\. Sequencing cycle: Northland, Southland',
        '',
        'Nobody can move first: the ceasefire → Harbour → the ceasefire. Southland requires the ceasefire before Harbour; Northland requires Harbour before the ceasefire. This has held since 2025-01-12.',
        '',
        'Since 2025-01-12; no longer holds. Parties: Northland (N), Southland (S).',
        '',
        'Way out: Break the cycle with steps both sides take together (a simultaneous or phased sequence), or by one side dropping its precondition (Southland: the ceasefire before Harbour; or Northland: Harbour before the ceasefire).',
        '',
        '### 2\\. Broken commitment: ',
        '',
        "Mediator's revised plan \\<v2\\> (m-plan-2): Southland committed on 2025-05-20 and was accused of violating it (2025-06-10). A trust deficit that weighs on the talks.",
        '',
        'Since 2025-06-10; still holds. Parties: —.',
        '',
        '- 2025-05-20: Southland accepted it (e3) \\[3\\]',
        '- 2025-06-10: Northland alleged that Southland broke it: shelling near the harbour (e4) \\[4\\]',
        '',
        '### 3\\. Red-line clash: Harbour',
        '',
        'On Harbour, Southland wants Southern control, which Northland rules out as a red line; what every principal could accept is only Shared control. This has held since 2025-01-12.',
        '',
        'Since 2025-01-12; still holds. Parties: Northland (N), Southland (S).',
        '',
        'Way out: Settle within what every principal accepts on Harbour: Shared control.',
        '',
        '- 2025-01-10: An event (e9)',
        '- 2025-01-11: A fact without id',
      ),
    )
  })

  it('gives no count when nothing was found', () => {
    expect(section(build(emptyDoc(), { sections: ['deadlocks'] }), 'Deadlocks')).toBe(
      lines('## Deadlocks', '', '_No deadlock was found._'),
    )
  })
})

// -------------------------------------------------------------------------------------
// zone
// -------------------------------------------------------------------------------------

describe('the zone section', () => {
  it('shows "nothing" for an issue with no common value, and the cheapest concession that would open a zone', () => {
    const r = build(closedZone(), { sections: ['zone'] })
    expect(Report.toHtml(r)).toContain('<h3 id="nearest">Nearest agreement</h3>')
    expect(section(r, 'Agreement zone')).toBe(
      lines(
        '## Agreement zone (as of 2025-06-30)',
        '',
        'As of 2025-06-30, 1 of 2 open issues have a value every principal (Northland and Southland) could accept; none on Harbour. Already settled: Truce.',
        '',
        '| Open issue | What every principal could accept |',
        '| --- | --- |',
        '| Harbour | nothing |',
        '| Troops at the border | from 0 to 5,000 troops |',
        '',
        '### Whole packages',
        '',
        'No package of the 2 open issues is acceptable to every principal (Northland and Southland). No value of Harbour is acceptable to every principal: Northland accepts only Northern control or Shared control and Southland only Southern control.',
        '',
        '### Nearest agreement',
        '',
        'The cheapest concessions that open a zone cost 0.8. If Southland drops its red line on Harbour (Northern control or Shared control), priority 0.8, the zone would contain infinitely many packages, e.g. with Harbour = Northern control (total cost 0.8).',
        '',
        'The cheapest set: 1 concession, total cost 0.8; the zone would hold infinite packages, e.g. Harbour = Northern control; Troops at the border = 0 troops.',
        '',
        '- Southland: Southland drops its red line on Harbour (Northern control or Shared control), priority 0.8 (cost 0.8) \\[1\\]',
      ),
    )
  })

  it('numbers equally cheap sets, adds up their costs, and speaks of one package in the singular', () => {
    const r = build(closedZone(), { sections: ['zone'] })
    const nearest = r.zone.nearest
    const [option] = nearest?.options ?? []
    const [concession] = option?.concessions ?? []
    if (nearest === null || option === undefined || concession === undefined)
      throw new Error('expected a set')
    const edited = deepFreeze({
      ...r,
      zone: {
        explanation: null,
        issues: [],
        settled: [],
        packages: { ...r.zone.packages, examples: [] },
        bargaining: null,
        notes: [],
        nearest: {
          ...nearest,
          explanation: 'Two ways.',
          options: [
            {
              concessions: [
                { ...concession, cost: 0.25 },
                { ...concession, party: 'N', explanation: 'Northland gives way', cost: 0.5 },
              ],
              count: '1',
              example: null,
            },
            { ...option, count: '2' },
          ],
        },
      },
    }) as unknown as Report.Report
    expect(section(edited, 'Agreement zone')).toBe(
      lines(
        '## Agreement zone (as of 2025-06-30)',
        '',
        '### Whole packages',
        '',
        'No package of the 2 open issues is acceptable to every principal (Northland and Southland). No value of Harbour is acceptable to every principal: Northland accepts only Northern control or Shared control and Southland only Southern control.',
        '',
        '### Nearest agreement',
        '',
        'Two ways.',
        '',
        'Equally cheap set 1 of 2 (not a ranking): 2 concessions, total cost 0.75; the zone would hold 1 package.',
        '',
        '- Southland: Southland drops its red line on Harbour (Northern control or Shared control), priority 0.8 (cost 0.25) \\[1\\]',
        '- Northland: Northland gives way (cost 0.5) \\[1\\]',
        '',
        'Equally cheap set 2 of 2 (not a ranking): 1 concession, total cost 0.8; the zone would hold 2 packages, e.g. Harbour = Northern control; Troops at the border = 0 troops.',
        '',
        '- Southland: Southland drops its red line on Harbour (Northern control or Shared control), priority 0.8 (cost 0.8) \\[1\\]',
      ),
    )
  })

  it('shows no list of bargaining points when there is none', () => {
    // the positions cite sources: the source list follows the zone
    const r = build(talks(), { sections: ['positions', 'zone'] })
    const bargaining = r.zone.bargaining
    if (bargaining === null) throw new Error('expected bargaining')
    const edited = deepFreeze({
      ...r,
      zone: { ...r.zone, packages: null, nearest: null, bargaining: { ...bargaining, nash: [] } },
    }) as unknown as Report.Report
    const md = Report.toMarkdown(edited)
    const after = md.slice(md.indexOf('### Bargaining')).split('\n')
    expect([after[0], after[1], after[3], after[4]]).toEqual(['### Bargaining', '', '', '## Sources'])
  })
})

// -------------------------------------------------------------------------------------
// build
// -------------------------------------------------------------------------------------

describe('Report.build', () => {
  it('makes a report of its own format, data-first and data-last, with no option', () => {
    const r = right(Report.build(talks()))
    expect(r.format).toBe('negotiation-positions/report/1')
    expect(Report.isReport(r)).toBe(true)
    expect(Report.isReport({ ...r, format: 'negotiation-positions/1' })).toBe(false)
    expect(right(Report.build()(talks()))).toEqual(r)
    expect(right(Report.build({ asOf: '2025-03-01' })(talks())).asOf).toBe('2025-03-01')
  })

  it('takes the title given, and refuses an empty one or one that is not text', () => {
    expect(build(talks(), { title: 'Harbour talks, spring', sections: ['positions'] }).title).toBe(
      'Harbour talks, spring',
    )
    const bad = { _tag: 'bad-option', message: 'the title must be a non-empty string' }
    expect(Report.build(talks(), { title: '' })).toEqual(E.left([bad]))
    expect(Report.build(talks(), { title: '  ' })).toEqual(E.left([bad]))
    expect(Report.build(talks(), { title: 7 as unknown as string })).toEqual(E.left([bad]))
  })

  it('names the sections there are when asked for one that is not', () => {
    expect(Report.build(talks(), { sections: ['charts', 'votes' as Report.SectionName] })).toEqual(
      E.left([
        {
          _tag: 'bad-option',
          message:
            'there is no report section "votes"; sections are: positions, drafts, ledger, deadlocks, zone, charts',
        },
      ]),
    )
  })

  it('names at most twelve drafts when asked for one that is not, and says when there is none', () => {
    const many = withDrafts(
      Object.fromEntries(
        Array.from({ length: 13 }, (_, i) => [
          `d${String(i + 10)}`,
          draft(`D${String(i)}`, '2025-03-01', {}),
        ]),
      ),
    )
    expect(Report.build(many, { drafts: { from: 'd10', to: 'x' } })).toEqual(
      E.left([
        {
          _tag: 'unknown-proposal',
          message:
            'there is no draft `x`; drafts are: d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21',
        },
      ]),
    )
    expect(Report.build(withDrafts({}), { drafts: { from: 'a', to: 'b' } })).toEqual(
      E.left([
        { _tag: 'unknown-proposal', message: 'there is no draft `a`; drafts are: none' },
        { _tag: 'unknown-proposal', message: 'there is no draft `b`; drafts are: none' },
      ]),
    )
  })

  it('lists every problem in the error buildOrThrow throws, one a line, and returns the report otherwise', () => {
    expect(() =>
      Report.buildOrThrow(talks(), { asOf: 'soon', sections: ['votes' as Report.SectionName] }),
    ).toThrow(
      'cannot build the report:\n  - the report date must be written YYYY-MM-DD, not "soon"\n  - there is no report section "votes"',
    )
    expect(Report.buildOrThrow(talks(), { sections: ['positions'], timeline: false })).toEqual(
      build(talks(), { sections: ['positions'] }),
    )
  })

  it('leaves every section not asked for empty', () => {
    const r = build(talks(), { sections: ['charts'] })
    expect(r.sections).toEqual(['charts'])
    expect(r.positions).toEqual({ rows: [], moves: [], notes: [] })
    expect(r.drafts).toEqual({ total: 0, latest: [], compared: null, notes: [] })
    expect(r.ledger).toEqual({ agreed: [], accepted: [], broken: [], notes: [] })
    expect(r.deadlocks.findings).toEqual([])
    expect(r.deadlocks.notes).toEqual([])
    expect(r.zone.notes).toEqual([])
    expect(r.charts.positions).not.toBeNull()
    expect(r.charts.acceptance).not.toBeNull()
    expect(r.charts.linkage).not.toBeNull()
  })

  it('draws the charts as of the report’s date', () => {
    const n = talks()
    const charts = build(n, { asOf: '2025-03-01', sections: ['charts'] }).charts
    expect(charts.positions).toEqual(right(positionsChart(n, { asOf: '2025-03-01' })))
    expect(charts.linkage).toEqual(right(linkage(n, { asOf: '2025-03-01' })))
    expect(charts.acceptance?.lanes.map((l) => l.title)).toEqual(["Mediator's plan", "Mediator's plan"])
  })

  it('draws acceptance for every party when none is a principal', () => {
    const n = variant((d) => ({
      ...d,
      parties: {
        N: { name: 'Northland', role: 'observer' },
        S: { name: 'Southland', role: 'observer' },
        M: { name: 'Mediator', role: 'mediator' },
      },
    }))
    const chart = build(n, { sections: ['charts'] }).charts.acceptance
    expect(chart?.title).toBe('Acceptance over time')
    expect(chart?.lanes.map((l) => `${l.proposal} ${l.party}`)).toEqual([
      'm-plan M',
      'm-plan N',
      'm-plan S',
      'm-plan-2 M',
      'm-plan-2 N',
      'm-plan-2 S',
    ])
    expect(build(talks(), { sections: ['charts'] }).charts.acceptance?.title).toBe(
      'Acceptance over time (principals)',
    )
  })

  it('draws the acceptance chart of a document with no dated fact', () => {
    const r = build(emptyDoc(), { sections: ['charts', 'deadlocks'] })
    expect(r.asOf).toBeNull()
    expect(r.charts.acceptance).not.toBeNull()
    expect(r.deadlocks.notes).toEqual(['No deadlock was found.'])
  })

  /** A response by a party the document does not have: the acceptance ledger cannot be built. */
  const badLedger = () =>
    unchecked((d) => ({
      ...d,
      events: [
        {
          id: 'e1',
          kind: 'response',
          date: '2025-02-03',
          party: 'X',
          proposal: 'm-plan',
          stance: 'accepted',
          sources: [],
        },
      ],
    }))

  it('says why the acceptance ledger could not be built, and still draws the other charts', () => {
    const r = build(badLedger(), { sections: ['ledger', 'charts', 'deadlocks'] })
    expect(r.ledger.agreed).toEqual([])
    expect(r.ledger.notes).toHaveLength(1)
    expect(r.ledger.notes[0]).toMatch(
      /^The acceptance ledger could not be built: event `e1` \(response\): `X` is not a party of the negotiation\. Add it to the parties/,
    )
    expect(r.charts.acceptance).toBeNull()
    expect(r.charts.positions).not.toBeNull()
    expect(r.deadlocks.notes.filter((x) => x.includes('could not be computed'))).toEqual([])
  })

  it('says nothing of the acceptance ledger when neither it nor the charts are asked for', () => {
    expect(build(badLedger(), { sections: ['positions'] }).ledger).toEqual({
      agreed: [],
      accepted: [],
      broken: [],
      notes: [],
    })
  })
})

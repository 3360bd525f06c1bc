/**
 * The report's sections on richer negotiations than the golden fixture: many drafts, revisions and chosen drafts;
 * acceptances on several drafts by parties listed out of order; commitments broken in several ways; analyses that
 * cannot run; empty sections; the report's date falling on a fact's date. Each test checks what a reader of the
 * report sees: which rows, in which order, with which words.
 */
import { describe, expect, it } from 'vitest'
import { guarded } from '../../src/report/context'
import * as Report from '../../src/report'
import { emptyDoc, right, talks, variant } from './fixture'
import { acceptances, breaches, closedZone, draft, tooLarge, unchecked, withDrafts } from './sections-fixture'

const build = (n: Parameters<typeof Report.build>[0], options: Report.ReportOptions = {}) =>
  right(Report.build(n, { timeline: false, ...options }))

/** The lines of the plain-text report from the line that starts with `from` to the line before `to`. */
const textBetween = (r: Report.Report, from: string, to: string): string => {
  const text = Report.toText(r)
  const start = text.indexOf(from)
  const end = text.indexOf(to, start + 1)
  return text.slice(start, end === -1 ? undefined : end).trimEnd()
}

// -------------------------------------------------------------------------------------
// positions
// -------------------------------------------------------------------------------------

describe('the positions section', () => {
  it('says no position was stated by the report’s date when every one came later', () => {
    const p = build(talks(), { asOf: '2025-01-01' }).positions
    expect(p.rows).toEqual([])
    expect(p.moves).toEqual([])
    expect(p.notes).toEqual(['No position was stated by 2025-01-01.'])
  })

  it('has no rows and says so when no position is recorded', () => {
    const p = build(emptyDoc()).positions
    expect(p.rows).toEqual([])
    expect(p.notes).toEqual(['No positions are recorded.'])
  })

  /**
   * The mediator first states only a red line on the harbour, then an ideal; Southland restates its harbour stance
   * with a new priority only; on 2025-05-02 Northland moves on the harbour and the troops, and the mediator on the
   * harbour, the day Southland moves on the troops.
   */
  const moved = () =>
    variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as object[]),
        {
          id: 'm1',
          party: 'M',
          issue: 'harbour',
          asOf: '2025-01-15',
          sources: ['s3'],
          redLines: { kind: 'options', options: ['north'] },
        },
        { id: 'm2', party: 'M', issue: 'harbour', asOf: '2025-03-01', sources: ['s3'], ideal: 'shared' },
        { id: 's5', party: 'S', issue: 'harbour', asOf: '2025-02-01', sources: ['s2'], priority: 0.7 },
        { id: 'n5', party: 'N', issue: 'harbour', asOf: '2025-05-02', sources: ['s4'], ideal: 'north' },
        { id: 'n6', party: 'N', issue: 'troops', asOf: '2025-05-02', sources: ['s4'], ideal: 2500 },
        { id: 'm3', party: 'M', issue: 'harbour', asOf: '2025-05-02', sources: ['s4'], ideal: 'south' },
      ],
    }))

  it('lists the moves made on the report’s date, by party (principals first) and issue; a first ideal or a restated one is no move', () => {
    const p = build(moved(), { asOf: '2025-05-02', sections: ['positions'] }).positions
    expect(p.moves.map((m) => [m.date, m.party, m.issue, m.from, m.to, m.position])).toEqual([
      ['2025-05-02', 'N', 'harbour', 'Shared control', 'Northern control', 'n5'],
      ['2025-05-02', 'N', 'troops', '2000 troops', '2500 troops', 'n6'],
      ['2025-05-02', 'S', 'troops', '500 troops', '1500 troops', 's4'],
      ['2025-05-02', 'M', 'harbour', 'Shared control', 'Southern control', 'm3'],
      ['2025-04-01', 'N', 'harbour', 'Northern control', 'Shared control', 'n2'],
    ])
  })

  it('shows no ideal for a party that stated only a red line', () => {
    const rows = build(moved(), { asOf: '2025-02-15', sections: ['positions'] }).positions.rows
    expect(rows.find((x) => x.party === 'M')).toMatchObject({
      issue: 'harbour',
      ideal: null,
      redLines: 'Northern control',
      since: '2025-01-15',
    })
  })
})

// -------------------------------------------------------------------------------------
// drafts
// -------------------------------------------------------------------------------------

describe('the drafts section', () => {
  /** Seven drafts, none revising another, listed neither by date nor by id; `d-b` and `d-c` share a date. */
  const seven = () =>
    withDrafts({
      'd-e': draft('E', '2025-04-01', { troops: 500 }),
      'd-b': draft('B', '2025-03-01', { troops: 200 }),
      'd-g': draft('G', '2025-01-05', { troops: 700 }),
      'd-c': draft('C', '2025-03-01', { troops: 300 }),
      'd-a': draft('A', '2025-01-20', { troops: 100 }),
      'd-d': draft('D', '2025-05-01', { troops: 400 }),
      'd-f': draft('F', '2025-02-01', { troops: 600 }),
    })

  it('lists the six latest drafts newest first (same day: by id), and compares the two latest when none revises another', () => {
    const d = build(seven()).drafts
    expect(d.total).toBe(7)
    expect(d.latest.map((x) => x.id)).toEqual(['d-d', 'd-e', 'd-c', 'd-b', 'd-f', 'd-a'])
    expect(d.compared).toMatchObject({
      from: 'd-e',
      to: 'd-d',
      carryOver: false,
      reason: 'the two latest drafts (none revises an earlier one)',
    })
    expect(d.notes).toEqual([])
    expect(textBetween(build(seven()), 'DRAFTS', 'What changed')).toContain(
      '7 drafts were tabled by 2025-12-31; the latest 6 are:',
    )
  })

  it('counts a draft tabled on the report’s date as tabled by then', () => {
    const d = build(seven(), { asOf: '2025-04-01' }).drafts
    expect(d.total).toBe(6)
    expect(d.latest.map((x) => x.id)).toEqual(['d-e', 'd-c', 'd-b', 'd-f', 'd-a', 'd-g'])
    expect(d.compared).toMatchObject({ from: 'd-c', to: 'd-e' })
  })

  it('compares the latest revision with the draft it revises, even when a later draft revises nothing', () => {
    const n = withDrafts({
      base: draft('Base', '2025-02-01', { truce: true, harbour: 'north', troops: 3000 }),
      r1: draft(
        'First revision',
        '2025-03-01',
        { truce: true, harbour: 'north', troops: 2000 },
        { basedOn: 'base' },
      ),
      r2: draft(
        'Second revision',
        '2025-04-01',
        { truce: true, harbour: 'shared', troops: 3000 },
        { basedOn: 'base' },
      ),
      other: draft('Unrelated', '2025-05-01', { truce: false, harbour: 'south', troops: 0 }),
    })
    const d = build(n).drafts
    expect(d.compared).toMatchObject({
      from: 'base',
      to: 'r2',
      carryOver: false,
      reason:
        'the latest draft that revises an earlier one and changes something, against the draft it revises',
    })
    expect(d.compared?.diff.terms.map((t) => [t.issue, t.status])).toEqual([['harbour', 'changed']])
  })

  it('reads a revision that states fewer terms as amending the draft it revises, and says so', () => {
    const n = withDrafts({
      base: draft('Base', '2025-02-01', { truce: true, harbour: 'north', troops: 3000 }),
      amend: draft('Amendment', '2025-03-01', { troops: 1000 }, { basedOn: 'base' }),
    })
    const r = build(n)
    expect(r.drafts.compared).toMatchObject({
      from: 'base',
      to: 'amend',
      carryOver: true,
      reason:
        'the latest draft that revises an earlier one and changes something, against the draft it revises; it states fewer terms, so it is read as amending the earlier draft (terms it does not restate carry over)',
    })
    expect(r.drafts.compared?.diff.counts).toMatchObject({ changed: 1, added: 0, removed: 0, unchanged: 2 })
    expect(Report.toText(r)).toContain('Terms: 1 changed, 0 added, 0 dropped, 2 unchanged.')
  })

  describe('with the drafts asked for', () => {
    const n = () =>
      withDrafts({
        long: draft('Long', '2025-02-01', { truce: true, harbour: 'north', troops: 3000 }),
        short: draft('Short', '2025-03-01', { troops: 1000 }),
        other: draft('Other', '2025-04-01', { truce: false, harbour: 'south', troops: 0 }),
      })
    const carryOver = (from: string, to: string, carry?: boolean): boolean | undefined =>
      build(n(), { drafts: carry === undefined ? { from, to } : { from, to, carryOver: carry } }).drafts
        .compared?.carryOver

    it('reads the later as amending the earlier only when it states fewer terms, unless told', () => {
      expect(carryOver('long', 'short')).toBe(true)
      expect(carryOver('short', 'long')).toBe(false)
      expect(carryOver('long', 'other')).toBe(false)
      expect(carryOver('short', 'long', true)).toBe(true)
      expect(carryOver('long', 'short', false)).toBe(false)
    })

    it('shows the terms a shorter draft does not restate as carried over, not dropped', () => {
      const amended = build(n(), { drafts: { from: 'long', to: 'short' } }).drafts.compared?.diff.counts
      expect(amended).toMatchObject({ changed: 1, removed: 0, unchanged: 2 })
      const replaced = build(n(), { drafts: { from: 'long', to: 'short', carryOver: false } }).drafts.compared
        ?.diff.counts
      expect(replaced).toMatchObject({ changed: 1, removed: 2 })
    })

    it('cites the drafts compared even when they are older than the latest six', () => {
      const drafts: Record<string, Record<string, unknown>> = {
        old1: draft('Oldest', '2025-01-01', { troops: 100 }, { sources: ['s5'] }),
        old2: draft('Second oldest', '2025-01-02', { troops: 200 }, { sources: ['s5'] }),
      }
      for (let i = 1; i <= 6; i++)
        drafts[`new${String(i)}`] = draft(`New ${String(i)}`, `2025-02-0${String(i)}`, {})
      const r = build(withDrafts(drafts), { sections: ['drafts'], drafts: { from: 'old1', to: 'old2' } })
      expect(r.drafts.latest.map((x) => x.id)).not.toContain('old1')
      expect(r.sources.map((s) => s.id)).toContain('s5')
    })
  })

  it('says when the two drafts compared say the same thing', () => {
    const n = withDrafts({
      first: draft('First', '2025-02-01', { truce: true, troops: 1000 }),
      again: draft('Again', '2025-03-01', { truce: true, troops: 1000 }),
    })
    const d = build(n).drafts
    expect(d.compared).toMatchObject({ from: 'first', to: 'again' })
    expect(d.notes).toEqual(['The two drafts say the same thing.'])
  })

  it('cites the positions that say who gains, even when the positions section is left out', () => {
    expect(build(talks(), { sections: ['drafts'] }).sources.map((s) => s.id)).toEqual(['s4', 's3', 's1'])
  })
})

// -------------------------------------------------------------------------------------
// ledger
// -------------------------------------------------------------------------------------

describe('the ledger section', () => {
  it('lists the terms every principal agreed draft by draft (by date, then id), terms in the draft’s order', () => {
    const l = build(acceptances(), { sections: ['ledger'] }).ledger
    expect(l.agreed.map((a) => [a.proposal, a.term, a.conditional])).toEqual([
      ['c-early', 'truce', false],
      ['c-early', 'harbour', false],
      ['a-deal', 'truce', true],
      ['b-deal', 'truce', false],
      ['b-deal', 'harbour', false],
      ['b-deal', 'troops', false],
    ])
  })

  it('lists what each party accepted, principals first, each party’s drafts by date then id', () => {
    const r = build(acceptances(), { sections: ['ledger'] })
    expect(r.ledger.accepted.map((a) => [a.party, a.proposal, a.of, a.terms.map((t) => t.term)])).toEqual([
      ['N', 'c-early', 2, ['truce', 'harbour']],
      ['N', 'a-deal', 2, ['truce']],
      ['N', 'b-deal', 3, ['truce', 'harbour', 'troops']],
      ['S', 'c-early', 2, ['truce', 'harbour']],
      ['S', 'a-deal', 2, ['truce', 'harbour']],
      ['S', 'b-deal', 3, ['truce', 'harbour', 'troops']],
      ['M', 'c-early', 2, ['truce', 'harbour']],
    ])
    expect(r.ledger.accepted[1]?.terms).toEqual([
      { term: 'truce', label: 'Truce', conditional: true, since: '2025-03-03' },
    ])
    expect(textBetween(r, 'Accepted, party by party', 'Broken commitments')).toBe(
      [
        'Accepted, party by party',
        '  Party      Draft       Terms accepted                 Since',
        '  ---------  ----------  -----------------------------  ----------',
        '  Northland  Early deal  all 2                          2025-02-03',
        '  Northland  Deal A      1 of 2: Truce (on conditions)  2025-03-03',
        '  Northland  Deal B      all 3                          2025-03-05',
        '  Southland  Early deal  all 2                          2025-02-04',
        '  Southland  Deal A      all 2                          2025-03-04',
        '  Southland  Deal B      all 3                          2025-03-06',
        '  Mediator   Early deal  all 2                          2025-02-05',
      ].join('\n'),
    )
  })

  it('groups broken commitments by party and draft, with the earliest commitment and every breach in date order', () => {
    const l = build(breaches(), { sections: ['ledger'] }).ledger
    expect(l.broken).toEqual([
      {
        party: 'N',
        proposal: 'c-early',
        title: 'Early deal',
        terms: ['truce', 'harbour'],
        committed: { status: 'conditionally-accepted', since: '2025-02-05' },
        breaches: [{ kind: 'withdrawn', since: '2025-03-10', by: [], sources: ['s4'] }],
      },
      {
        party: 'N',
        proposal: 'b-deal',
        title: 'Deal B',
        terms: ['truce', 'harbour', 'troops'],
        committed: { status: 'accepted', since: '2025-03-02' },
        breaches: [
          { kind: 'violated', since: '2025-04-10', by: ['S', 'M'], sources: ['s5', 's2'] },
          { kind: 'lapsed', since: '2025-04-15', by: [], sources: ['s5'] },
        ],
      },
      {
        party: 'S',
        proposal: 'c-early',
        title: 'Early deal',
        terms: ['truce'],
        committed: { status: 'accepted', since: '2025-02-03' },
        breaches: [
          { kind: 'withdrawn', since: '2025-02-08', by: [], sources: ['s4'] },
          { kind: 'withdrawn', since: '2025-02-20', by: [], sources: ['s4'] },
        ],
      },
      {
        party: 'S',
        proposal: 'a-deal',
        title: 'Deal A',
        terms: ['truce', 'harbour'],
        committed: { status: 'accepted', since: '2025-03-05' },
        breaches: [{ kind: 'rejected', since: '2025-03-20', by: [], sources: ['s4'] }],
      },
    ])
    expect(l.agreed).toEqual([])
    expect(l.accepted).toEqual([])
  })

  it('says in words how each commitment was broken', () => {
    const text = textBetween(build(breaches(), { sections: ['ledger'] }), 'Broken commitments', 'SOURCES')
    expect(text).toContain('Draft: Early deal; Terms: Truce, Harbour; Committed: accepted on conditions,')
    expect(text).toContain('violation alleged 2025-04-10 (by Southland, Mediator); lapsed 2025-04-15')
    expect(text).toContain('withdrawn\n      2025-02-08; withdrawn 2025-02-20')
    expect(text).toContain('rejected after accepting 2025-03-20')
  })

  it('cites each source of a broken commitment once, however many of its breaches cite it', () => {
    const markdown = Report.toMarkdown(build(breaches(), { sections: ['ledger'] }))
    expect(markdown).toContain(
      '| Southland | Early deal | Truce | accepted, 2025-02-03 | withdrawn 2025-02-08; withdrawn 2025-02-20 \\[1\\] |',
    )
    const text = textBetween(build(breaches(), { sections: ['ledger'] }), 'Broken commitments', 'SOURCES')
    expect(text.replace(/\s+/g, ' ')).toContain('lapsed 2025-04-15 [2, 3]')
  })
})

// -------------------------------------------------------------------------------------
// deadlocks and zone
// -------------------------------------------------------------------------------------

const NO_COUNTS = {
  'red-line-clash': 0,
  'package-infeasibility': 0,
  'sequencing-cycle': 0,
  stalemate: 0,
  oscillation: 0,
  'broken-commitment': 0,
}

const TOO_LARGE =
  'issue `members` is a subset of 17 elements (131072 subsets); the zone enumerates subsets of at most 16 elements: leave the issue out with `issues`'

describe('the deadlocks section', () => {
  it('says why deadlocks could not be detected, and counts none', () => {
    const s = build(tooLarge()).deadlocks
    expect(s.notes).toEqual([
      `Deadlocks could not be detected: package feasibility with the reservations of Northland needs the zone's package space: ${TOO_LARGE.replace(': leave the issue out with `issues`', '')}; turn off this kind (\`kinds\`), or leave out that party (\`parties\`)`,
    ])
    expect(s.findings).toEqual([])
    expect(s.counts).toEqual(NO_COUNTS)
    expect(s.active).toBe(0)
  })

  it('counts a finding that no longer holds, but not as still holding', () => {
    // Northland's ideal on the troops went 2000 → 4000 → 2000 by 2025-02-20, four months before the report's date
    const n = variant((d) => ({
      ...d,
      positions: [
        ...(d.positions as object[]),
        { id: 'n5', party: 'N', issue: 'troops', asOf: '2025-02-01', sources: ['s1'], ideal: 4000 },
        { id: 'n6', party: 'N', issue: 'troops', asOf: '2025-02-20', sources: ['s1'], ideal: 2000 },
      ],
    }))
    const s = build(n).deadlocks
    expect(s.counts.oscillation).toBe(1)
    expect(s.findings).toHaveLength(4)
    expect(s.active).toBe(3)
    expect(Report.toText(build(n))).toContain('4 findings, 3 still holding:')
  })

  it('is empty, with every count at zero, when left out of the report', () => {
    const r = build(talks(), { sections: ['ledger'] })
    expect(r.deadlocks).toEqual({ findings: [], counts: NO_COUNTS, active: 0, notes: [] })
    expect(r.zone).toEqual({
      explanation: null,
      issues: [],
      settled: [],
      packages: null,
      nearest: null,
      bargaining: null,
      notes: [],
    })
  })
})

describe('the zone section', () => {
  it('says why the zone could not be computed when no party’s consent counts', () => {
    expect(build(emptyDoc()).zone.notes).toEqual([
      'The agreement zone could not be computed: the negotiation has no principal; name the parties whose consent counts with `parties`',
    ])
  })

  it('says why whole packages could not be checked, and still shows the zone issue by issue', () => {
    const z = build(tooLarge()).zone
    expect(z.notes).toEqual([`Whole packages could not be checked: ${TOO_LARGE}`])
    expect(z.packages).toBeNull()
    expect(z.issues.map((i) => [i.issue, i.zone])).toEqual([
      ['harbour', 'Shared control'],
      ['members', 'any set'],
      ['troops', 'from 0 to 5,000 troops'],
    ])
  })

  it('says when every issue is settled, with no bargaining to do', () => {
    const n = variant((d) => ({
      ...d,
      issues: { truce: (d.issues as Record<string, unknown>)['truce'] },
      positions: (d.positions as { issue: string; conditions?: unknown }[])
        .filter((p) => p.issue === 'truce')
        .map(({ conditions: _, ...p }) => p),
      // both drafts keep only their truce, which both principals agreed on 2025-05-20
      proposals: Object.fromEntries(
        Object.entries(d.proposals as Record<string, { terms: Record<string, unknown> }>).map(([k, p]) => [
          k,
          { ...p, terms: { truce: p.terms['truce'] } },
        ]),
      ),
    }))
    const z = build(n).zone
    expect(z.issues).toEqual([])
    expect(z.settled).toEqual(['truce'])
    expect(z.notes).toEqual(['There is no open issue on which to look for an agreement.'])
    expect(z.packages).toMatchObject({ empty: false, count: '1', examples: ['the empty package'] })
    expect(z.bargaining).toBeNull()
  })

  it('reads packages and the bargaining point as of the report’s date, with three examples', () => {
    const z = build(talks(), { asOf: '2025-03-01' }).zone
    expect(z.packages?.examples).toEqual([
      'Truce = no truce; Harbour = Shared control; Troops at the border = 0 troops',
      'Truce = truce in force; Harbour = Shared control; Troops at the border = 0 troops',
      'Truce = no truce; Harbour = Shared control; Troops at the border = 250 troops',
    ])
    expect(z.bargaining?.nash).toEqual([
      'Truce = truce in force; Harbour = Shared control; Troops at the border = 750 troops',
    ])
  })

  it('says why the bargaining points could not be computed when too many packages are acceptable', () => {
    // two issues of 11 elements each, every set a trade-off between the principals: 4,194,304 efficient candidates
    const universe = Array.from({ length: 11 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))
    const all = universe.map((e) => e.id)
    const n = variant((d) => ({
      ...d,
      issues: {
        ...(d.issues as object),
        a: { label: 'A', category: 'political', domain: { kind: 'subset', universe } },
        b: { label: 'B', category: 'political', domain: { kind: 'subset', universe } },
      },
      positions: [
        ...(d.positions as object[]),
        { id: 'x1', party: 'N', issue: 'a', asOf: '2025-01-10', sources: ['s1'], ideal: all },
        { id: 'x2', party: 'S', issue: 'a', asOf: '2025-01-10', sources: ['s1'], ideal: [] },
        { id: 'x3', party: 'N', issue: 'b', asOf: '2025-01-10', sources: ['s1'], ideal: [] },
        { id: 'x4', party: 'S', issue: 'b', asOf: '2025-01-10', sources: ['s1'], ideal: all },
      ],
    }))
    const z = build(n, { sections: ['zone'] }).zone
    expect(z.packages?.empty).toBe(false)
    expect(z.bargaining).toBeNull()
    expect(z.notes).toEqual([
      'The bargaining points could not be computed: more than 2000000 packages are acceptable; narrow the issues with `issues`, discretise quantities more coarsely, or raise `maxPackages`',
    ])
  })

  it('says why the nearest agreement could not be found', () => {
    // thirteen principals, each ruling out one harbour option: no option is left, and too many limits to search
    const options = ['north', 'shared', 'south']
    const n = variant((d) => ({
      ...d,
      parties: Object.fromEntries(
        Array.from({ length: 13 }, (_, i) => [
          `P${String(i)}`,
          { name: `Party ${String(i)}`, role: 'principal' },
        ]),
      ),
      positions: Array.from({ length: 13 }, (_, i) => ({
        id: `q${String(i)}`,
        party: `P${String(i)}`,
        issue: 'harbour',
        asOf: '2025-01-10',
        sources: ['s1'],
        redLines: { kind: 'options', options: [options[i % 3]] },
      })),
      proposals: {},
      events: [],
    }))
    const z = build(n, { sections: ['zone'] }).zone
    expect(z.packages?.empty).toBe(true)
    expect(z.nearest).toBeNull()
    expect(z.notes).toEqual([
      'The nearest agreement could not be found: issue `harbour` carries more than 12 constraints that exclude values; leave it out with `issues` to search for concessions',
    ])
  })

  it('gives the concession that would open the zone, its evidence and an example package', () => {
    const option = build(closedZone(), { sections: ['zone'] }).zone.nearest?.options[0]
    expect(option?.concessions.map((c) => [c.party, c.kind, c.issue, c.sources])).toEqual([
      ['S', 'red-line', 'harbour', ['s5']],
    ])
    expect(option?.example).toBe('Harbour = Northern control; Troops at the border = 0 troops')
  })

  it('cites nothing for giving up a reservation utility', () => {
    const n = variant((d) => ({
      ...d,
      parties: {
        ...(d.parties as object),
        N: { name: 'Northland', role: 'principal', reservation: 0.99 },
        S: { name: 'Southland', role: 'principal', reservation: 0.99 },
      },
    }))
    const r = build(n, { sections: ['zone'] })
    expect(
      r.zone.nearest?.options.map((o) => o.concessions.map((c) => [c.party, c.kind, c.sources])),
    ).toEqual([[['S', 'reservation', []]]])
    expect(r.sources).toEqual([])
  })
})

// -------------------------------------------------------------------------------------
// sources and failures
// -------------------------------------------------------------------------------------

describe('the sources', () => {
  it('gives each source cited its title, address, publisher and date', () => {
    expect(build(talks()).sources.slice(0, 3)).toEqual([
      {
        id: 's1',
        n: 1,
        title: 'Northland statement',
        url: 'https://example.org/north',
        publisher: null,
        published: '2025-01-10',
      },
      { id: 's3', n: 2, title: "Mediator's briefing", url: null, publisher: null, published: '2025-02-01' },
      {
        id: 's2',
        n: 3,
        title: 'Southland statement',
        url: null,
        publisher: 'Southland News',
        published: '2025-01-12',
      },
    ])
  })

  it('lists a source cited twice by one fact once', () => {
    // the loader would merge the repeat; the report does not rely on it
    const n = unchecked((d) => ({
      ...d,
      proposals: {
        'm-plan': { ...(d.proposals as Record<string, object>)['m-plan'], sources: ['s3', 's3'] },
      },
      events: [],
    }))
    expect(build(n, { sections: ['drafts'] }).drafts.latest.map((x) => [x.id, x.sources])).toEqual([
      ['m-plan', ['s3']],
    ])
  })

  it('names a source missing from the document by its id', () => {
    const n = unchecked((d) => ({
      ...d,
      positions: (d.positions as { id: string }[]).map((p) =>
        p.id === 'n4' ? { ...p, sources: ['memo'] } : p,
      ),
    }))
    expect(build(n, { sections: ['positions'] }).sources.find((s) => s.id === 'memo')).toEqual({
      id: 'memo',
      n: 3,
      title: 'memo',
      url: null,
      publisher: null,
      published: null,
    })
  })
})

describe('a section whose analysis fails', () => {
  const empty = { rows: [] as string[], notes: ['before'] }

  it('keeps the first line of the error, at most 200 characters, in a note that asks for a bug report', () => {
    const s = guarded(
      'widget',
      () => {
        throw new Error(`${'x'.repeat(250)}\nsecond line`)
      },
      empty,
    )
    expect(s.rows).toEqual([])
    expect(s.notes).toEqual([
      'before',
      `The widget could not be computed (${'x'.repeat(200)}); this is a bug in negotiation-positions — please report it with the document.`,
    ])
  })

  it('says "unknown error" when what was thrown is not an error', () => {
    const s = guarded(
      'widget',
      () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw 'oops'
      },
      empty,
    )
    expect(s.notes[1]).toBe(
      'The widget could not be computed (unknown error); this is a bug in negotiation-positions — please report it with the document.',
    )
  })
})

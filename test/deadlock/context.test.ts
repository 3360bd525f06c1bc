import { beforeEach, describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import {
  allowedOf,
  changeDates,
  contextOf,
  type Context,
  historyOf,
  isOpen,
  labelOf,
  lastOnOrBefore,
  nameOf,
  openAt,
  settingsOf,
  settledAt,
  stanceAt,
  versionAt,
} from '../../src/deadlock/context'
import { KINDS, type DeadlockOptions } from '../../src/deadlock/model'
import { deepFreeze } from '../../src/internal/freeze'
import type { Domain } from '../../src/model/domain'
import type { Stance } from '../../src/model/positions'
import { Deadlock, type IsoDate, type IssueId, type Negotiation, type PartyId } from '../../src'
import { d, DEAL, doc, flags, interval, ISSUES, options, pos, SETTLING_EVENTS } from './fixture'

const party = (...ids: string[]): PartyId[] => ids as PartyId[]
const issue = (id: string): IssueId => id as IssueId
const dates = (...xs: string[]): IsoDate[] => xs as IsoDate[]

const deal = DEAL

/** Alpha accepts `deal` on 20 January. */
const accepted = {
  id: 'e4',
  kind: 'response',
  date: '2025-01-20',
  party: 'A',
  proposal: 'deal',
  stance: 'accepted',
  sources: ['s5'],
}

describe('contextOf', () => {
  /** Events listed out of date order, of every kind that matters for the dates. */
  const n = () =>
    doc({
      positions: [
        pos('A', 'border', '2025-01-10', { ideal: 'old' }),
        pos('B', 'truce', '2025-01-05', { ideal: true }),
      ],
      proposals: { deal },
      events: [...SETTLING_EVENTS, accepted],
    })

  it('collects the dates of positions, proposals, events and agreement expiries, in order', () => {
    expect(contextOf(n()).dates).toEqual(
      dates(
        '2025-01-05',
        '2025-01-10',
        '2025-01-15',
        '2025-01-20',
        '2025-01-25',
        '2025-02-01',
        '2025-03-01',
        '2025-05-01',
        '2025-06-01',
      ),
    )
  })

  it('collects the dates the settled issues can change: agreements, their expiries and expired terms', () => {
    expect(contextOf(n()).settlementDates).toEqual(
      dates('2025-02-01', '2025-03-01', '2025-05-01', '2025-06-01'),
    )
  })

  it('has no settlement dates without agreements or expired terms', () => {
    const quiet = doc({
      positions: [pos('A', 'border', '2025-01-10', { ideal: 'old' })],
      proposals: { deal },
      events: [accepted],
    })
    expect(contextOf(quiet).settlementDates).toEqual([])
    expect(contextOf(quiet).dates).toEqual(dates('2025-01-10', '2025-01-15', '2025-01-20'))
  })

  it('merges the records of a party on an issue into one stance per date, oldest first', () => {
    const m = doc({
      positions: [
        pos('A', 'border', '2025-03-01', { ideal: 'contact' }),
        { ...pos('A', 'border', '2025-01-10', { ideal: 'old' }), id: 'first' },
        { ...pos('A', 'border', '2025-01-10', { acceptable: options('old', 'contact') }), id: 'second' },
        pos('B', 'border', '2025-01-01', { ideal: 'new' }),
      ],
    })
    const ctx = contextOf(m)
    const h = historyOf(ctx, party('A')[0]!, issue('border'))
    expect(h.map((s) => [s.ideal, s.acceptable, s.origin])).toEqual([
      ['old', options('old', 'contact'), { ideal: 'first', acceptable: 'second' }],
      ['contact', options('old', 'contact'), { ideal: 'A-border-2025-03-01', acceptable: 'second' }],
    ])
    expect(historyOf(ctx, party('B')[0]!, issue('border')).map((s) => s.ideal)).toEqual(['new'])
    expect(historyOf(ctx, party('B')[0]!, issue('truce'))).toEqual([])
    expect(historyOf(ctx, party('M')[0]!, issue('border'))).toEqual([])
  })
})

describe('versionAt and stanceAt', () => {
  const n = () =>
    doc({
      positions: [
        pos('A', 'truce', '2025-02-01', { ideal: false }),
        pos('A', 'truce', '2025-01-01', { ideal: true }),
        pos('A', 'truce', '2025-03-01', { ideal: true, priority: 0.9 }),
      ],
    })
  let ctx: Context
  beforeEach(() => {
    ctx = contextOf(n())
  })
  const [A] = party('A')
  const cases: [string, number, boolean | undefined][] = [
    ['2024-12-31', 0, undefined],
    ['2025-01-01', 1, true],
    ['2025-01-31', 1, true],
    ['2025-02-01', 2, false],
    ['2025-02-28', 2, false],
    ['2025-03-01', 3, true],
    ['2026-01-01', 3, true],
  ]
  it.each(cases)('as of %s: %i stance dates, ideal %s', (date, version, ideal) => {
    expect(versionAt(ctx, A!, issue('truce'), d(date))).toBe(version)
    expect(stanceAt(ctx, A!, issue('truce'), d(date))?.ideal).toBe(ideal)
  })

  it('has no stance for an issue the party never spoke on', () => {
    expect(versionAt(ctx, A!, issue('aid'), d('2026-01-01'))).toBe(0)
    expect(stanceAt(ctx, A!, issue('aid'), d('2026-01-01'))).toBeUndefined()
  })
})

describe('settingsOf', () => {
  const n = () =>
    doc({
      positions: [
        pos('B', 'truce', '2025-01-05', { ideal: true }),
        pos('M', 'truce', '2025-02-05', { ideal: true }),
      ],
      asOf: '2025-04-01',
    })
  const settings = (m: Negotiation, o: DeadlockOptions) => settingsOf(contextOf(m), deepFreeze(o))
  const errors = (m: Negotiation, o: DeadlockOptions): string[] => {
    const r = settings(m, o)
    return E.isLeft(r) ? r.left.map((e) => `${e._tag}: ${e.message}`) : []
  }

  it('fills in the defaults', () => {
    expect(settings(n(), {})).toEqual(
      E.right({
        asOf: '2025-04-01',
        parties: ['A', 'B'],
        oscillating: ['B', 'M'],
        kinds: new Set(KINDS),
        window: 90,
        threshold: 0.02,
        oscillationWindow: 90,
        ideals: true,
        suggest: true,
        maxConflicts: 5,
        breaches: ['withdrawn', 'violated', 'lapsed'],
      }),
    )
  })

  it('takes the given parties in id order, once each, and watches them for oscillation', () => {
    const r = settings(n(), { parties: party('B', 'A', 'B') })
    expect(E.isRight(r) && [r.right.parties, r.right.oscillating]).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ])
  })

  it('lists the principals in id order whatever the order of the parties in the document', () => {
    const shuffled = deepFreeze({
      ...n(),
      parties: {
        M: { name: 'Mediator', role: 'mediator' },
        B: { name: 'Beta', role: 'principal' },
        A: { name: 'Alpha', role: 'principal' },
      },
    }) as Negotiation
    const r = settings(shuffled, {})
    expect(E.isRight(r) && [r.right.parties, r.right.oscillating]).toEqual([
      ['A', 'B'],
      ['B', 'M'],
    ])
    expect(errors(shuffled, { parties: party('Z') })).toEqual([
      'bad-option: `parties` names `Z`, which is not a party of the negotiation; parties are: A, B, M',
    ])
  })

  it('accepts a threshold of 0 and no conflict sets at all', () => {
    const r = settings(n(), { threshold: 0, maxConflicts: 0, window: 0.5, oscillationWindow: 7 })
    expect(
      E.isRight(r) && [r.right.threshold, r.right.maxConflicts, r.right.window, r.right.oscillationWindow],
    ).toEqual([0, 0, 0.5, 7])
  })

  it('reports every bad option, in order, with what is wrong', () => {
    expect(
      errors(n(), {
        parties: party('Z'),
        kinds: ['stuck' as never],
        window: 0,
        oscillationWindow: -3,
        threshold: 1,
        maxConflicts: -1,
      }),
    ).toEqual([
      'bad-option: `parties` names `Z`, which is not a party of the negotiation; parties are: A, B, M',
      `bad-option: \`kinds\` names \`stuck\`; the kinds are: ${KINDS.join(', ')}`,
      'bad-option: `window` must be a positive number of days, got 0',
      'bad-option: `oscillationWindow` must be a positive number of days, got -3',
      "bad-option: `threshold` is a share of an issue's distance scale, from 0 to less than 1; got 1",
      'bad-option: `maxConflicts` must be a whole number, 0 or more; got -1',
    ])
  })

  it('refuses a negative threshold and a fractional number of conflict sets', () => {
    expect(errors(n(), { threshold: -0.01, maxConflicts: 1.5, window: Infinity })).toEqual([
      'bad-option: `window` must be a positive number of days, got Infinity',
      "bad-option: `threshold` is a share of an issue's distance scale, from 0 to less than 1; got -0.01",
      'bad-option: `maxConflicts` must be a whole number, 0 or more; got 1.5',
    ])
  })

  it("refuses a negotiation built by hand with an ill-formed issue, naming each in the loader's words", () => {
    const bent = doc({
      issues: {
        ...(ISSUES as Record<string, unknown>),
        army: {
          label: 'Army cap',
          category: 'military',
          domain: { kind: 'quantity', unit: 'troops', min: 9, max: 1 },
        },
        zone: { label: 'Zone', category: 'territory', domain: { kind: 'choice', options: [] } },
      },
      positions: [pos('A', 'army', '2025-01-05', { acceptable: interval(2, 4) })],
    })
    const expected = [
      'bad-domain: issue `army` has min 9 above max 1; swap them',
      'bad-domain: issue `zone` is a choice with no options; list its options',
    ]
    expect(errors(bent, {})).toEqual(expected)
    const r = Deadlock.detect(bent)
    expect(E.isLeft(r) ? r.left.map((e) => `${e._tag}: ${e.message}`) : r.right).toEqual(expected)
  })

  it('takes the query date from the options, else the document, else its last date', () => {
    const undated = doc({ positions: [pos('B', 'truce', '2025-01-05', { ideal: true })] })
    const asOf = (m: Negotiation, o: DeadlockOptions) => {
      const r = settings(m, o)
      return E.isRight(r) ? r.right.asOf : undefined
    }
    expect(asOf(n(), { asOf: d('2025-02-01') })).toBe('2025-02-01')
    expect(asOf(undated, {})).toBe('2025-01-05')
    expect(asOf(doc(), {})).toBe('1970-01-01')
  })
})

describe('settled and open issues', () => {
  /** Parties whose ids run together (`A` and `B`, `AB`) and issues whose ids run together (`x` and `y`, `xy`). */
  const n = (): Negotiation => {
    const base = doc({
      issues: {
        x: { label: 'Ex', category: 'c', domain: { kind: 'flag' } },
        y: { label: 'Why', category: 'c', domain: { kind: 'flag' } },
        xy: { label: 'Ex-why', category: 'c', domain: { kind: 'flag' } },
      },
      positions: [
        pos('A', 'x', '2025-01-02', { ideal: true }),
        pos('B', 'y', '2025-01-03', { ideal: true }),
        pos('AB', 'xy', '2025-01-04', { ideal: true }),
      ],
      proposals: {
        deal: {
          title: 'Deal',
          date: '2025-01-10',
          tabledBy: ['M'],
          terms: { x: { value: true } },
          sources: ['s1'],
        },
      },
      events: [
        {
          id: 'e1',
          kind: 'agreement',
          date: '2025-02-01',
          parties: ['A', 'B'],
          proposal: 'deal',
          sources: ['s2'],
        },
      ],
    })
    return deepFreeze({
      ...base,
      parties: { ...base.parties, AB: { name: 'Alpha-Beta', role: 'principal' } },
    })
  }

  it('settles an issue only for the parties that agreed to it', () => {
    const ctx = contextOf(n())
    expect([...settledAt(ctx, party('A', 'B'), d('2025-03-01')).keys()]).toEqual(['x'])
    expect([...settledAt(ctx, party('AB'), d('2025-03-01')).keys()]).toEqual([])
  })

  it('lists the open issues for each set of parties', () => {
    const ctx = contextOf(n())
    expect(openAt(ctx, party('A', 'B'), d('2025-03-01'))).toEqual(['xy', 'y'])
    expect(openAt(ctx, party('AB'), d('2025-03-01'))).toEqual(['x', 'xy', 'y'])
  })

  it('tells whether an issue is open, for each set of parties and each date', () => {
    const ctx = contextOf(n())
    expect(isOpen(ctx, party('A', 'B'), issue('x'), d('2025-01-31'))).toBe(true)
    expect(isOpen(ctx, party('A', 'B'), issue('x'), d('2025-02-01'))).toBe(false)
    expect(isOpen(ctx, party('AB'), issue('x'), d('2025-02-01'))).toBe(true)
  })

  it('lists the dates the stances of some parties on some issues can change, with the settlement dates', () => {
    const ctx = contextOf(n())
    expect(changeDates(ctx, party('A', 'B'), [issue('x'), issue('y')])).toEqual(
      dates('2025-01-02', '2025-01-03', '2025-02-01'),
    )
    expect(changeDates(ctx, party('AB'), [issue('x'), issue('y')])).toEqual(dates('2025-02-01'))
    expect(changeDates(ctx, party('AB'), [issue('xy')])).toEqual(dates('2025-01-04', '2025-02-01'))
  })
})

describe('allowedOf', () => {
  const army = deepFreeze<Domain>({ kind: 'quantity', unit: 'troops', min: 0, max: 1000, integer: true })
  const stance = (fields: Record<string, unknown>): Stance => deepFreeze(fields) as unknown as Stance

  it('limits nothing when a stance states neither an acceptable set nor red lines', () => {
    expect(allowedOf(army, stance({ ideal: 400 }))).toBeUndefined()
    expect(allowedOf(army, undefined)).toBeUndefined()
  })

  it('is the acceptable set less the red lines, or the whole domain less the red lines', () => {
    expect(allowedOf(army, stance({ acceptable: interval(200, 800) }))).toEqual(interval(200, 800))
    expect(allowedOf(army, stance({ acceptable: interval(200, 800), redLines: interval(0, 500) }))).toEqual(
      interval(501, 800),
    )
    expect(allowedOf(army, stance({ redLines: interval(0, 500) }))).toEqual(interval(501, 1000))
    expect(allowedOf({ kind: 'flag' }, stance({ redLines: flags(false) }))).toEqual(flags(true))
  })
})

describe('lastOnOrBefore', () => {
  const xs = dates('2025-01-01', '2025-02-01', '2025-03-01')
  it.each([
    ['2024-12-31', undefined],
    ['2025-01-01', '2025-01-01'],
    ['2025-01-31', '2025-01-01'],
    ['2025-02-01', '2025-02-01'],
    ['2025-02-15', '2025-02-01'],
    ['2025-03-01', '2025-03-01'],
    ['2025-12-31', '2025-03-01'],
  ])('as of %s: %s', (date, last) => {
    expect(lastOnOrBefore(xs, d(date))).toBe(last)
  })
  it('finds nothing among no dates', () => {
    expect(lastOnOrBefore([], d('2025-01-01'))).toBeUndefined()
  })
})

describe('nameOf and labelOf', () => {
  let ctx: Context
  beforeEach(() => {
    ctx = contextOf(doc())
  })
  it('name a party and an issue, or fall back to the id', () => {
    expect(nameOf(ctx, party('A')[0]!)).toBe('Alpha')
    expect(nameOf(ctx, party('Z')[0]!)).toBe('Z')
    expect(labelOf(ctx, issue('army'))).toBe('Army cap')
    expect(labelOf(ctx, issue('peace'))).toBe('peace')
  })
})

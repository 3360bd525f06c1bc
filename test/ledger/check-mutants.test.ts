/**
 * What the ledger says about a refused event: the exact error values (tag, event, field, message, fix) that
 * `Ledger.append` and `Ledger.appendAll` give for each kind of problem an event can have.
 */
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src'
import { Ledger } from '../../src'
import { left, ledgerOf, response } from './fixture'

/** An event of the fixture's negotiation with `fields` changed (id `e1`, dated 2025-03-25, one source). */
const ev = (kind: string, fields: Record<string, unknown> = {}): Event =>
  ({ id: 'e1', date: '2025-03-25', sources: ['s1'], kind, ...fields }) as unknown as Event

/** The errors of appending `e` to the fixture's empty ledger. */
const refused = (e: unknown): ReadonlyArray<Ledger.LedgerError> => left(Ledger.append(ledgerOf(), e as Event))

/** An error about event `e1`. */
const err = (_tag: string, field: string, message: string, fix: string) => ({
  _tag,
  event: 'e1',
  field,
  message,
  fix,
})

const PARTY_FIX = 'Add it to the parties or correct the id; parties are: RU, UA, US.'
const BEFORE_FIX = "Check the event's date, or the proposal's `date` (the day it was first tabled)."
const ORPHAN = [
  'it names terms but no proposal.',
  'Add the `proposal` whose terms these are, or leave `terms` out.',
] as const

describe('an event that is not an object', () => {
  it('is refused as not an event, with no event id', () => {
    for (const [e, shown] of [
      [null, 'null'],
      [42, '42'],
      ['e1', '"e1"'],
    ] as const)
      expect(refused(e)).toStrictEqual([
        {
          _tag: 'unknown-kind',
          field: '(event)',
          message: `${shown} is not an event.`,
          fix: 'Give an event object.',
        },
      ])
  })
})

describe('an event with a bad id, kind or date', () => {
  const ID_FIX = 'Use letters, digits and . _ : - (starting with a letter or digit), at most 100 characters.'

  it('names an event with an invalid id as `an event`, and gives no event id', () => {
    const e = ev('response', { id: 'bad id', party: 'RU', proposal: 'energy', stance: 'accepted' })
    expect(refused(e)).toStrictEqual([
      {
        _tag: 'bad-id',
        field: 'id',
        message: 'an event: the id "bad id" is not a valid event id.',
        fix: ID_FIX,
      },
    ])
  })

  it('refuses an id that is not a string, even one that reads as a good id', () => {
    const e = ev('response', { id: ['e1'], party: 'RU', proposal: 'energy', stance: 'accepted' })
    expect(refused(e)).toStrictEqual([
      {
        _tag: 'bad-id',
        field: 'id',
        message: 'an event: the id ["e1"] is not a valid event id.',
        fix: ID_FIX,
      },
    ])
  })

  it('says the ledger already holds an event with the id', () => {
    const l = ledgerOf([response('r1', '2025-03-20', 'RU', 'energy', 'accepted')])
    expect(left(Ledger.append(l, response('r1', '2025-03-21', 'UA', 'energy', 'accepted')))).toStrictEqual([
      {
        _tag: 'duplicate-event',
        event: 'r1',
        field: 'id',
        message: 'event `r1` (response): the ledger already holds an event with this id.',
        fix: 'Give each event its own id, or leave out the copy.',
      },
    ])
  })

  it('refuses an unknown kind with the list of kinds, and checks nothing else', () => {
    expect(refused(ev('offer', { date: 'soon', party: 'ZZ' }))).toStrictEqual([
      err(
        'unknown-kind',
        'kind',
        'event `e1` (offer): unknown kind "offer".',
        'Use one of: position-stated, proposal-tabled, response, agreement, violation-alleged, term-expired, meeting, statement.',
      ),
    ])
  })

  it('refuses a date that is not a real calendar date, or not a string, and checks nothing else', () => {
    for (const [date, shown] of [
      ['2025-02-30', '"2025-02-30"'],
      [['2025-03-25'], '["2025-03-25"]'],
    ] as const)
      expect(refused(ev('statement', { date, party: 'ZZ' }))).toStrictEqual([
        err(
          'bad-date',
          'date',
          `event \`e1\` (statement): the date ${shown} is not a real calendar date.`,
          'Write the date as YYYY-MM-DD.',
        ),
      ])
  })
})

describe('an event naming parties the negotiation does not have', () => {
  it('names the party field of a statement and of a stated position, with a suggestion', () => {
    for (const kind of ['statement', 'position-stated'])
      expect(refused(ev(kind, { party: 'RX' }))).toStrictEqual([
        err(
          'unknown-party',
          'party',
          `event \`e1\` (${kind}): \`RX\` is not a party of the negotiation.`,
          'Add it to the parties or correct the id; did you mean `RU`? parties are: RU, UA, US.',
        ),
      ])
  })

  it('refuses a party that is not a string, even one that reads as a party id', () => {
    expect(refused(ev('statement', { party: ['RU'] }))).toStrictEqual([
      err(
        'unknown-party',
        'party',
        'event `e1` (statement): ["RU"] is not a party id.',
        "Give one party's id, as text; parties are: RU, UA, US.",
      ),
    ])
    expect(refused(ev('response', { party: 'RU', proposal: 7, stance: 'accepted' }))).toStrictEqual([
      err(
        'unknown-proposal',
        'proposal',
        'event `e1` (response): 7 is not a proposal id.',
        "Give the proposal's id, as text; proposals are: energy, sea, truce30.",
      ),
    ])
  })

  it('names the place in the list of a meeting’s parties', () => {
    expect(refused(ev('meeting', { parties: ['RU', 'ZZ'] }))).toStrictEqual([
      err(
        'unknown-party',
        'parties[1]',
        'event `e1` (meeting): `ZZ` is not a party of the negotiation.',
        PARTY_FIX,
      ),
    ])
  })

  it('asks for a list when a meeting’s parties are not one', () => {
    expect(refused(ev('meeting', { parties: 'RU' }))).toStrictEqual([
      err(
        'unknown-party',
        'parties',
        'event `e1` (meeting): expected a list of party ids.',
        'Give the parties as a list of ids.',
      ),
    ])
  })

  it('names `by` and `against` of an alleged violation', () => {
    expect(refused(ev('violation-alleged', { by: 'ZZ', against: 'YY', claim: 'shelling' }))).toStrictEqual([
      err(
        'unknown-party',
        'by',
        'event `e1` (violation-alleged): `ZZ` is not a party of the negotiation.',
        PARTY_FIX,
      ),
      err(
        'unknown-party',
        'against',
        'event `e1` (violation-alleged): `YY` is not a party of the negotiation.',
        PARTY_FIX,
      ),
    ])
  })
})

describe('an event naming a proposal wrongly', () => {
  const UNKNOWN_SEAS = [
    '`seas` is not a proposal of the negotiation.',
    'Add the proposal or correct the id; did you mean `sea`? proposals are: energy, sea, truce30.',
  ] as const

  it('refuses an unknown proposal being tabled, with a suggestion', () => {
    expect(refused(ev('proposal-tabled', { by: ['US'], proposal: 'seas' }))).toStrictEqual([
      err(
        'unknown-proposal',
        'proposal',
        `event \`e1\` (proposal-tabled): ${UNKNOWN_SEAS[0]}`,
        UNKNOWN_SEAS[1],
      ),
    ])
  })

  it('refuses a proposal that is not a string, even one that reads as a proposal id', () => {
    expect(refused(ev('term-expired', { proposal: ['sea'] }))).toMatchObject([
      { _tag: 'unknown-proposal', event: 'e1', field: 'proposal' },
    ])
  })

  it('refuses a tabling, an agreement, an allegation and an expiry dated before the proposal was tabled', () => {
    const before = (kind: string) =>
      err(
        'before-tabling',
        'date',
        `event \`e1\` (${kind}): it is dated 2025-03-20, before proposal \`sea\` was tabled on 2025-03-23.`,
        BEFORE_FIX,
      )
    const at = { date: '2025-03-20', proposal: 'sea' }
    expect(refused(ev('proposal-tabled', { ...at, by: ['US'] }))).toStrictEqual([before('proposal-tabled')])
    expect(refused(ev('agreement', { ...at, parties: ['RU', 'UA'] }))).toStrictEqual([before('agreement')])
    expect(refused(ev('violation-alleged', { ...at, by: 'RU', against: 'UA', claim: 'x' }))).toStrictEqual([
      before('violation-alleged'),
    ])
    expect(refused(ev('term-expired', at))).toStrictEqual([before('term-expired')])
  })

  it('does not hold a counter-proposal tabled after the response against it', () => {
    const e = ev('response', {
      date: '2025-03-15',
      party: 'RU',
      proposal: 'truce30',
      stance: 'maybe',
      counter: 'sea',
    })
    expect(refused(e).map((x) => x.field)).toEqual(['stance'])
  })

  it('names an unknown counter-proposal as `counter`', () => {
    const e = ev('response', { party: 'RU', proposal: 'energy', stance: 'countered', counter: 'seas' })
    expect(refused(e)).toStrictEqual([
      err('unknown-proposal', 'counter', `event \`e1\` (response): ${UNKNOWN_SEAS[0]}`, UNKNOWN_SEAS[1]),
    ])
  })

  for (const [kind, fields] of [
    ['agreement', { parties: ['RU', 'UA'] }],
    ['violation-alleged', { by: 'RU', against: 'UA', claim: 'x' }],
  ] as const) {
    it(`an ${kind} with an unknown proposal names it, and does not look for its terms`, () => {
      expect(refused(ev(kind, { ...fields, proposal: 'seas', terms: ['x'] }))).toStrictEqual([
        err('unknown-proposal', 'proposal', `event \`e1\` (${kind}): ${UNKNOWN_SEAS[0]}`, UNKNOWN_SEAS[1]),
      ])
    })

    it(`an ${kind} with terms the proposal does not have names the term`, () => {
      expect(refused(ev(kind, { ...fields, proposal: 'energy', terms: ['enrgy'] }))).toStrictEqual([
        err(
          'unknown-term',
          'terms[0]',
          `event \`e1\` (${kind}): proposal \`energy\` has no term on issue \`enrgy\`.`,
          'Name one of its terms, or leave `terms` out for all of them; did you mean `energy`? its terms are: energy.',
        ),
      ])
    })

    it(`an ${kind} with terms but no proposal is missing its proposal`, () => {
      expect(refused(ev(kind, { ...fields, terms: ['energy'] }))).toStrictEqual([
        err('missing-proposal', 'terms', `event \`e1\` (${kind}): ${ORPHAN[0]}`, ORPHAN[1]),
      ])
    })
  }

  it('finds nothing wrong with the proposal of an agreement or allegation that names none', () => {
    expect(refused(ev('agreement', { parties: ['ZZ'] })).map((x) => x.field)).toEqual(['parties[0]'])
    expect(
      refused(ev('violation-alleged', { by: 'ZZ', against: 'UA', claim: 'x' })).map((x) => x.field),
    ).toEqual(['by'])
  })
})

describe('a response with a bad stance or terms', () => {
  const yes = { party: 'RU', proposal: 'energy', stance: 'accepted' }

  it('refuses an unknown stance with the list of stances', () => {
    expect(refused(ev('response', { ...yes, stance: 'maybe' }))).toStrictEqual([
      err(
        'unknown-kind',
        'stance',
        'event `e1` (response): unknown stance "maybe".',
        'Use one of: accepted, conditionally-accepted, rejected, countered, noncommittal, withdrawn, supported, opposed.',
      ),
    ])
  })

  it('asks for a list when the terms are not one', () => {
    expect(refused(ev('response', { ...yes, terms: 'energy' }))).toStrictEqual([
      err(
        'unknown-term',
        'terms',
        'event `e1` (response): expected a list of issue ids.',
        'Give the terms as a list of issue ids, or leave `terms` out for all of them.',
      ),
    ])
  })

  it('names the place of an unknown term in the list', () => {
    expect(refused(ev('response', { ...yes, proposal: 'sea', terms: ['sea.ports', 'ports'] }))).toStrictEqual(
      [
        err(
          'unknown-term',
          'terms[1]',
          'event `e1` (response): proposal `sea` has no term on issue `ports`.',
          'Name one of its terms, or leave `terms` out for all of them; its terms are: sea.navigation, sea.ports.',
        ),
      ],
    )
  })

  it('refuses a term that is not a string, even one that reads as a term', () => {
    expect(refused(ev('response', { ...yes, terms: [['energy']] }))).toMatchObject([
      { _tag: 'unknown-term', event: 'e1', field: 'terms[0]' },
    ])
  })
})

describe('an agreement’s expiry', () => {
  const agreed = { parties: ['RU', 'UA'], proposal: 'energy' }
  const expiry = (shown: string) =>
    err(
      'bad-date',
      'expires',
      `event \`e1\` (agreement): the expiry ${shown} is not a date on or after the agreement's date 2025-03-25.`,
      'Write the expiry as YYYY-MM-DD, no earlier than the agreement.',
    )

  it('is refused before the agreement, or when it is not a real date', () => {
    expect(refused(ev('agreement', { ...agreed, expires: '2025-03-24' }))).toStrictEqual([
      expiry('"2025-03-24"'),
    ])
    expect(refused(ev('agreement', { ...agreed, expires: '2025-13-01' }))).toStrictEqual([
      expiry('"2025-13-01"'),
    ])
  })

  it('may fall on the agreement’s own day or later', () => {
    for (const expires of ['2025-03-25', '2025-04-01'])
      expect(
        refused(ev('agreement', { ...agreed, parties: ['RU', 'ZZ'], expires })).map((x) => x.field),
      ).toEqual(['parties[1]'])
  })
})

describe('an event’s sources and an allegation’s claim', () => {
  const yes = { party: 'RU', proposal: 'energy', stance: 'accepted' }
  const sources = err(
    'bad-id',
    'sources',
    'event `e1` (response): expected a list of source ids.',
    'Give the sources as a list of source ids.',
  )

  it('refuses sources that are not a list of strings', () => {
    for (const s of ['s1', [1], ['s1', 2]])
      expect(refused(ev('response', { ...yes, sources: s }))).toStrictEqual([sources])
  })

  it('lets an event leave its sources out', () => {
    const e = { id: 'e1', kind: 'response', date: '2025-03-25', ...yes, party: 'ZZ' }
    expect(refused(e).map((x) => x.field)).toEqual(['party'])
  })

  it('asks an alleged violation for its claim in words', () => {
    expect(refused(ev('violation-alleged', { by: 'RU', against: 'UA', claim: 5 }))).toStrictEqual([
      err(
        'unknown-kind',
        'claim',
        'event `e1` (violation-alleged): an alleged violation needs its `claim` in words.',
        'Add the claim as text.',
      ),
    ])
  })
})

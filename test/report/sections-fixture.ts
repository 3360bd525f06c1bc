/**
 * Richer variants of the report fixture (test/cli/fixtures/talks.yaml) for the section tests: many drafts, parties
 * listed out of their report order, acceptances on several drafts, and commitments broken in several ways. Each is
 * checked by the loader and deeply frozen.
 */
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src/model/negotiation'
import { talks, variant } from './fixture'

type Doc = Record<string, unknown>

/** A draft of the fixture's mediator, citing `s3`, with the given terms (issue → value). */
export const draft = (
  title: string,
  date: string,
  terms: Readonly<Record<string, unknown>>,
  extra: Doc = {},
): Doc => ({
  title,
  date,
  tabledBy: ['M'],
  sources: ['s3'],
  terms: Object.fromEntries(Object.entries(terms).map(([k, v]) => [k, { value: v }])),
  ...extra,
})

/** The fixture with these drafts instead of its own, and no events (nothing refers to the old drafts). */
export const withDrafts = (proposals: Readonly<Record<string, Doc>>, more: Doc = {}): Negotiation =>
  variant((d) => ({ ...d, asOf: '2025-12-31', proposals, events: [], ...more }))

/** A response of a party to a draft. */
export const response = (
  id: string,
  date: string,
  party: string,
  proposal: string,
  stance: string,
  extra: Doc = {},
): Doc => ({ id, kind: 'response', date, party, proposal, stance, sources: ['s4'], ...extra })

/** The condition that comes with a conditional acceptance in these variants. */
export const harbourFirst = [{ kind: 'sequence', first: 'harbour', then: 'truce' }]

/**
 * The fixture with its parties listed Southland, Mediator, Northland (a report lists principals first, then by id:
 * Northland, Southland, Mediator), three drafts listed neither by date nor by id (`b-deal` and
 * `a-deal` tabled the same day, `c-early` before both), and the given events.
 */
export const ledgerDoc = (events: readonly Doc[]): Negotiation =>
  variant((d) => ({
    ...d,
    asOf: '2025-12-31',
    parties: {
      S: { name: 'Southland', role: 'principal' },
      M: { name: 'Mediator', role: 'mediator' },
      N: { name: 'Northland', role: 'principal' },
    },
    proposals: {
      'b-deal': draft('Deal B', '2025-03-01', { truce: true, harbour: 'shared', troops: 1000 }),
      'a-deal': draft('Deal A', '2025-03-01', { truce: true, harbour: 'shared' }),
      'c-early': draft('Early deal', '2025-02-01', { truce: true, harbour: 'north' }),
    },
    events,
  }))

/** Every principal accepts terms of all three drafts; the mediator accepts the early one; one acceptance is conditional. */
export const acceptances = (): Negotiation =>
  ledgerDoc([
    response('e1', '2025-02-03', 'N', 'c-early', 'accepted'),
    response('e2', '2025-02-04', 'S', 'c-early', 'accepted'),
    response('e3', '2025-02-05', 'M', 'c-early', 'accepted'),
    response('e4', '2025-03-03', 'N', 'a-deal', 'conditionally-accepted', {
      terms: ['truce'],
      conditions: harbourFirst,
    }),
    response('e5', '2025-03-04', 'S', 'a-deal', 'accepted'),
    response('e6', '2025-03-05', 'N', 'b-deal', 'accepted'),
    response('e7', '2025-03-06', 'S', 'b-deal', 'accepted'),
  ])

/**
 * Commitments broken in several ways:
 * - Northland accepted the early deal's truce (02-10) after accepting its harbour on conditions (02-05), then
 *   withdrew (03-10);
 * - Northland accepted deal B (03-02); its truce lapsed (04-15), and it was accused of violating the harbour term by
 *   the mediator and the troops term by Southland on one day (04-10);
 * - Southland accepted deal A's truce and, on conditions, its harbour on one day (03-05), then rejected it (03-20);
 * - Southland accepted the early deal's truce twice and withdrew twice.
 */
export const breaches = (): Negotiation =>
  ledgerDoc([
    response('b1', '2025-02-10', 'N', 'c-early', 'accepted', { terms: ['truce'] }),
    response('b2', '2025-02-05', 'N', 'c-early', 'conditionally-accepted', {
      terms: ['harbour'],
      conditions: harbourFirst,
    }),
    response('b3', '2025-03-10', 'N', 'c-early', 'withdrawn'),
    response('b4', '2025-03-02', 'N', 'b-deal', 'accepted'),
    {
      id: 'b5',
      kind: 'term-expired',
      date: '2025-04-15',
      proposal: 'b-deal',
      terms: ['truce'],
      sources: ['s5'],
    },
    {
      id: 'b6',
      kind: 'violation-alleged',
      date: '2025-04-10',
      by: 'M',
      against: 'N',
      proposal: 'b-deal',
      terms: ['harbour'],
      claim: 'troops in the harbour',
      sources: ['s5'],
    },
    {
      id: 'b7',
      kind: 'violation-alleged',
      date: '2025-04-10',
      by: 'S',
      against: 'N',
      proposal: 'b-deal',
      terms: ['troops'],
      claim: 'too many troops',
      sources: ['s2'],
    },
    response('b8', '2025-03-05', 'S', 'a-deal', 'accepted', { terms: ['truce'] }),
    response('b9', '2025-03-05', 'S', 'a-deal', 'conditionally-accepted', {
      terms: ['harbour'],
      conditions: harbourFirst,
    }),
    response('b10', '2025-03-20', 'S', 'a-deal', 'rejected'),
    response('b11', '2025-02-03', 'S', 'c-early', 'accepted', { terms: ['truce'] }),
    response('b12', '2025-02-08', 'S', 'c-early', 'withdrawn', { terms: ['truce'] }),
    response('b13', '2025-02-12', 'S', 'c-early', 'accepted', { terms: ['truce'] }),
    response('b14', '2025-02-20', 'S', 'c-early', 'withdrawn', { terms: ['truce'] }),
  ])

/** A document the loader would refuse, passed to the report as is (the report takes any object shaped like one). */
export const unchecked = (change: (doc: Doc) => Doc): Negotiation =>
  deepFreeze(change(JSON.parse(JSON.stringify(talks())) as Doc)) as unknown as Negotiation

/** Southland rules out the north and the shared harbour from 2025-06-01 (source `s5`): no package pleases every principal. */
export const closedZone = (): Negotiation =>
  variant((d) => ({
    ...d,
    positions: [
      ...(d.positions as object[]),
      {
        id: 's9',
        party: 'S',
        issue: 'harbour',
        asOf: '2025-06-01',
        sources: ['s5'],
        redLines: { kind: 'options', options: ['north', 'shared'] },
      },
    ],
  }))

/**
 * The talks fixture with an issue too large to enumerate (a subset of 17 elements) and a reservation utility for
 * Northland: deadlocks cannot be detected.
 */
export const tooLarge = (): Negotiation =>
  variant((d) => ({
    ...d,
    parties: { ...(d.parties as object), N: { name: 'Northland', role: 'principal', reservation: 0.3 } },
    issues: {
      ...(d.issues as object),
      members: {
        label: 'Members',
        category: 'political',
        domain: {
          kind: 'subset',
          universe: Array.from({ length: 17 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` })),
        },
      },
    },
    positions: [
      ...(d.positions as object[]),
      { id: 'x1', party: 'N', issue: 'members', asOf: '2025-01-10', sources: ['s1'], ideal: ['e1'] },
    ],
  }))

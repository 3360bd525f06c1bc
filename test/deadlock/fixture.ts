/**
 * Small hand-built negotiations for the deadlock tests: two principals (A "Alpha", B "Beta") and a mediator (M),
 * a few issues of each kind, and builders for positions, proposals and events. Everything returned is deep-frozen,
 * so a test that passes it to a detector also proves the detector does not mutate its input.
 */
import { either as E } from 'fp-ts'
import { expect } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import type { IsoDate, Negotiation } from '../../src'

export const d = (s: string): IsoDate => s as IsoDate

type Record_ = Record<string, unknown>

export const options = (...ids: string[]): Record_ => ({ kind: 'options', options: ids })
export const flags = (...values: boolean[]): Record_ => ({ kind: 'flags', values })
export const interval = (min: number, max: number): Record_ => ({
  kind: 'intervals',
  intervals: [{ min, max }],
})
/** A value condition: `then` must be in `thenIn` when `when` is in `whenIn`. */
export const linkage = (when: string, whenIn: unknown, then: string, thenIn: unknown): Record_ => ({
  kind: 'value',
  issue: then,
  in: thenIn,
  when: { issue: when, in: whenIn },
})

/** A position record; `id` defaults to `<party>-<issue>-<date>`. */
export const pos = (party: string, issue: string, asOf: string, fields: Record_ = {}): Record_ => ({
  id: `${party}-${issue}-${asOf}`,
  party,
  issue,
  asOf,
  sources: [`src-${party}-${asOf}`],
  ...fields,
})

export const ISSUES: Record_ = {
  border: {
    label: 'Border',
    category: 'territory',
    domain: {
      kind: 'choice',
      ordered: true,
      options: [
        { id: 'old', label: 'Old line' },
        { id: 'contact', label: 'Contact line' },
        { id: 'new', label: 'New line' },
      ],
    },
  },
  truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } },
  aid: { label: 'Aid', category: 'military', domain: { kind: 'flag' } },
  army: {
    label: 'Army cap',
    category: 'military',
    domain: { kind: 'quantity', unit: 'troops', min: 0, max: 1000, integer: true },
  },
  sequencing: {
    label: 'Sequencing',
    category: 'ceasefire',
    domain: {
      kind: 'choice',
      ordered: true,
      options: [
        { id: 'ceasefire-first', label: 'Ceasefire first' },
        { id: 'simultaneous', label: 'Simultaneous' },
        { id: 'framework-first', label: 'Framework first' },
        { id: 'settlement-first', label: 'Settlement first' },
      ],
    },
  },
}

/** A proposal the mediator tabled on 15 January 2025: the border moves to the new line. */
export const DEAL: Record_ = {
  title: 'Deal',
  date: '2025-01-15',
  tabledBy: ['M'],
  terms: { border: { value: 'new' } },
  sources: ['s1'],
}

/**
 * Events out of date order that can change what is settled, and one that cannot: a term of `deal` expired on 1 May,
 * the agreement on it of 1 February (expiring 1 June), an agreement on nothing of 1 March, and a meeting.
 */
export const SETTLING_EVENTS: Record_[] = [
  { id: 'e3', kind: 'term-expired', date: '2025-05-01', proposal: 'deal', sources: ['s3'] },
  {
    id: 'e1',
    kind: 'agreement',
    date: '2025-02-01',
    parties: ['A', 'B'],
    proposal: 'deal',
    expires: '2025-06-01',
    sources: ['s2'],
  },
  { id: 'e2', kind: 'agreement', date: '2025-03-01', parties: ['A', 'B'], sources: ['s4'] },
  { id: 'e5', kind: 'meeting', date: '2025-01-25', parties: ['A', 'B'], sources: ['s6'] },
]

/** A negotiation with the standard parties and issues, and the given positions, proposals and events. */
export const doc = (
  parts: {
    positions?: Record_[]
    proposals?: Record_
    events?: Record_[]
    issues?: Record_
    asOf?: string
  } = {},
): Negotiation =>
  deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Test negotiation',
    ...(parts.asOf === undefined ? {} : { asOf: parts.asOf }),
    parties: {
      A: { name: 'Alpha', role: 'principal' },
      B: { name: 'Beta', role: 'principal' },
      M: { name: 'Mediator', role: 'mediator' },
    },
    issues: parts.issues ?? ISSUES,
    positions: parts.positions ?? [],
    proposals: parts.proposals ?? {},
    events: parts.events ?? [],
    sources: {},
  }) as unknown as Negotiation

/** The findings, or a failed test naming the errors. */
export const found = <F>(r: E.Either<readonly Deadlock.DeadlockError[], readonly F[]>): readonly F[] => {
  if (E.isLeft(r)) expect.fail(r.left.map((e) => e.message).join('\n'))
  return r.right
}

/**
 * A negotiation with a zone on every issue and steady movement: both principals narrow toward the contact line in
 * monthly steps, accept a truce, agree on the sequencing, and keep to their word.
 */
export const healthy = (): Negotiation =>
  doc({
    positions: [
      pos('A', 'border', '2025-01-01', { ideal: 'old', acceptable: options('old', 'contact') }),
      pos('B', 'border', '2025-01-01', { ideal: 'new', acceptable: options('contact', 'new') }),
      pos('A', 'border', '2025-02-01', { ideal: 'contact' }),
      pos('B', 'border', '2025-03-01', { ideal: 'contact' }),
      pos('A', 'truce', '2025-01-15', { ideal: true, acceptable: flags(true) }),
      pos('B', 'truce', '2025-02-15', { ideal: true }),
      pos('A', 'sequencing', '2025-01-10', { acceptable: options('ceasefire-first', 'simultaneous') }),
      pos('B', 'sequencing', '2025-01-20', { acceptable: options('simultaneous', 'framework-first') }),
      pos('A', 'army', '2025-01-01', { ideal: 800, acceptable: interval(600, 1000) }),
      pos('B', 'army', '2025-01-01', { ideal: 400, acceptable: interval(0, 700) }),
      pos('B', 'army', '2025-03-15', { ideal: 650 }),
    ],
    proposals: {
      truce: {
        title: 'Truce',
        date: '2025-03-01',
        tabledBy: ['M'],
        terms: { truce: { value: true } },
        sources: ['s1'],
      },
    },
    events: [
      {
        id: 'e1',
        kind: 'response',
        date: '2025-03-02',
        party: 'A',
        proposal: 'truce',
        stance: 'accepted',
        sources: ['s2'],
      },
      {
        id: 'e2',
        kind: 'response',
        date: '2025-03-03',
        party: 'B',
        proposal: 'truce',
        stance: 'accepted',
        sources: ['s3'],
      },
    ],
    asOf: '2025-04-01',
  })

/**
 * The negotiation without one constraint of a conflict set: the red lines, acceptable set, reservation score or
 * conditions of the records that state it, or the party's reservation utility. (Test negotiations give each
 * record at most one condition, so dropping a record's conditions drops exactly that one.)
 */
export const without = (n: Negotiation, c: Deadlock.Constraint): Negotiation => {
  const field = {
    'red-line': 'redLines',
    acceptable: 'acceptable',
    'issue-reservation': 'reservation',
    condition: 'conditions',
    linkage: 'conditions',
  } as const
  if (c.kind === 'reservation') {
    const { reservation: _, ...rest } = n.parties[c.party]!
    return deepFreeze({ ...n, parties: { ...n.parties, [c.party]: rest } })
  }
  const f = field[c.kind]
  return deepFreeze({
    ...n,
    positions: n.positions.map((p) => {
      if (!c.positions.includes(p.id)) return p
      const copy: Record<string, unknown> = { ...p }
      delete copy[f]
      return copy as never
    }),
  })
}

/** A truce drafted by the mediator on 2025-03-18: a truce, and no aid. */
export const TRUCE: Record_ = {
  title: 'Energy truce',
  date: '2025-03-18',
  tabledBy: ['M'],
  terms: { truce: { value: true }, aid: { value: false } },
  sources: ['s0'],
}

/** A response to the truce, citing `src-<id>`. */
export const respond = (
  id: string,
  date: string,
  party: string,
  stance: string,
  extra: Record_ = {},
): Record_ => ({
  id,
  kind: 'response',
  date,
  party,
  proposal: 'truce',
  stance,
  sources: [`src-${id}`],
  ...extra,
})

/** Both principals accept the truce, Beta alleges a strike by Alpha on 2025-03-21, and the truce lapses on 2025-04-17. */
export const BROKEN_TRUCE: readonly Record_[] = [
  respond('a-yes', '2025-03-18', 'A', 'accepted'),
  respond('b-yes', '2025-03-19', 'B', 'accepted'),
  {
    id: 'strike',
    kind: 'violation-alleged',
    date: '2025-03-21',
    by: 'B',
    against: 'A',
    proposal: 'truce',
    terms: ['truce'],
    claim: 'struck a substation',
    sources: ['src-strike'],
  },
  { id: 'lapse', kind: 'term-expired', date: '2025-04-17', proposal: 'truce', sources: ['src-lapse'] },
]

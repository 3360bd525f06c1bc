/**
 * Small hand-built negotiations for the ledger tests: two principals (RU, UA), a mediator (US), an energy-strike
 * moratorium and a Black Sea proposal, and builders for each kind of event. Everything returned is deep-frozen.
 */
import { either as E } from 'fp-ts'
import { expect } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'
import type {
  Condition,
  Event,
  IsoDate,
  IssueId,
  Negotiation,
  PartyId,
  ProposalId,
  SourceId,
  Stance,
} from '../../src'
import { Ledger } from '../../src'

export const d = (s: string): IsoDate => s as IsoDate
export const party = (s: string): PartyId => s as PartyId
export const prop = (s: string): ProposalId => s as ProposalId
export const issue = (s: string): IssueId => s as IssueId

type Extra = Record<string, unknown>

const base = (id: string, date: string, sources: ReadonlyArray<string> = [`src-${id}`]) => ({
  id,
  date,
  sources: sources as SourceId[],
})

export const response = (
  id: string,
  date: string,
  p: string,
  proposal: string,
  stance: Stance,
  extra: Extra = {},
): Event =>
  deepFreeze({
    ...base(id, date),
    kind: 'response',
    party: p,
    proposal,
    stance,
    ...extra,
  } as unknown as Event)

export const agreement = (
  id: string,
  date: string,
  parties: string[],
  proposal?: string,
  extra: Extra = {},
): Event =>
  deepFreeze({
    ...base(id, date),
    kind: 'agreement',
    parties,
    ...(proposal ? { proposal } : {}),
    ...extra,
  } as unknown as Event)

export const violation = (
  id: string,
  date: string,
  by: string,
  against: string,
  proposal?: string,
  extra: Extra = {},
): Event =>
  deepFreeze({
    ...base(id, date),
    kind: 'violation-alleged',
    by,
    against,
    claim: `${by} says ${against} broke it`,
    ...(proposal ? { proposal } : {}),
    ...extra,
  } as unknown as Event)

export const expiry = (id: string, date: string, proposal: string, extra: Extra = {}): Event =>
  deepFreeze({ ...base(id, date), kind: 'term-expired', proposal, ...extra } as unknown as Event)

export const tabled = (id: string, date: string, by: string[], proposal: string): Event =>
  deepFreeze({ ...base(id, date), kind: 'proposal-tabled', by, proposal } as unknown as Event)

export const meeting = (id: string, date: string, parties: string[]): Event =>
  deepFreeze({ ...base(id, date), kind: 'meeting', parties } as unknown as Event)

export const sanctionsRelief: Condition = { kind: 'other', text: 'sanctions on Rosselkhozbank lifted first' }
export const monitors: Condition = { kind: 'other', text: 'international monitors in place' }

/** RU and UA (principals), US (mediator); `energy` (one term) tabled by US on 2025-03-18; `sea` (two terms) by US on 2025-03-23. */
export const negotiation = (events: ReadonlyArray<Event> = []): Negotiation =>
  deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Test negotiation',
    parties: {
      RU: { name: 'Russia', role: 'principal' },
      UA: { name: 'Ukraine', role: 'principal' },
      US: { name: 'United States', role: 'mediator' },
    },
    issues: {
      energy: { label: 'Energy strikes paused', category: 'energy', domain: { kind: 'flag' } },
      'sea.navigation': { label: 'Safe navigation', category: 'ceasefire', domain: { kind: 'flag' } },
      'sea.ports': {
        label: 'Ports',
        category: 'economic',
        domain: {
          kind: 'subset',
          universe: [
            { id: 'odesa', label: 'Odesa' },
            { id: 'mykolaiv', label: 'Mykolaiv' },
          ],
        },
      },
      days: {
        label: 'Ceasefire length',
        category: 'ceasefire',
        domain: { kind: 'quantity', unit: 'days', min: 0, max: 365 },
      },
    },
    positions: [],
    proposals: {
      energy: {
        title: 'Energy moratorium',
        date: '2025-03-18',
        tabledBy: ['US'],
        terms: { energy: { value: true } },
        sources: ['wh-0318'],
      },
      sea: {
        title: 'Black Sea',
        date: '2025-03-23',
        tabledBy: ['US'],
        terms: { 'sea.navigation': { value: true }, 'sea.ports': { value: ['odesa', 'mykolaiv'] } },
        sources: ['riyadh'],
      },
      truce30: {
        title: '30-day ceasefire',
        date: '2025-03-11',
        tabledBy: ['US', 'UA'],
        terms: { days: { value: 30 } },
        sources: ['jeddah'],
      },
    },
    events,
    sources: {},
  } as unknown as Negotiation)

/** The ledger of `negotiation(events)`, failing the test on errors. */
export const ledgerOf = (events: ReadonlyArray<Event> = []): Ledger.Ledger => {
  const r = Ledger.fromNegotiation(negotiation(events))
  if (E.isLeft(r)) expect.fail(r.left.map((e) => e.message).join('\n'))
  return r.right
}

/** The right side of an Either, failing the test on a left. */
export const right = <A>(r: E.Either<ReadonlyArray<{ readonly message: string }>, A>): A => {
  if (E.isLeft(r)) return expect.fail(r.left.map((e) => e.message).join('\n'))
  return r.right
}

/** The left side of an Either, failing the test on a right. */
export const left = <L>(r: E.Either<L, unknown>): L => {
  if (E.isRight(r)) return expect.fail('expected errors, got a result')
  return r.left
}

/** One status, failing on errors. */
export const statusOf = (
  ledger: Ledger.Ledger,
  p: string,
  proposal: string,
  term: string,
  date: string,
): Ledger.Status => right(Ledger.statusAt(ledger, party(p), prop(proposal), issue(term), d(date)))

/** One timeline of the index. */
export const timeline = (
  ledger: Ledger.Ledger,
  p: string,
  proposal: string,
  term: string,
): Ledger.Timeline | undefined => ledger.timelines[party(p)]?.[prop(proposal)]?.[issue(term)]

/** The dates of a timeline's marks, read from its codes as `Timeline` documents them (day × 32 + …). */
export const datesOf = (t: Ledger.Timeline | undefined): string[] =>
  (t?.codes ?? []).map((c) => new Date(Math.floor(c / 32) * 86_400_000).toISOString().slice(0, 10))

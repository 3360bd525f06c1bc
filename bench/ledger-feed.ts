/**
 * A synthetic acceptance feed for the ledger benchmarks: 12 parties (4 principals), 2,000 proposals of 4 terms each
 * tabled over six years, and a seeded stream of events: about 85% responses (half on one term, a third on two, the
 * rest on all terms), 5% agreements (a fifth with an expiry), 6% alleged violations, 2% expiries and 2% re-tablings,
 * each dated up to 400 days after its proposal, with one or two of 5,000 sources. Events come out as from a parsed
 * JSON feed (`parsed`): every string fresh and flat.
 */
import type { Event, IsoDate, IssueId, Negotiation, PartyId, ProposalId } from '../src/model'

export const PARTIES = 12
export const PROPOSALS = 2_000
export const ISSUES = 40
export const TERMS = 4
const DAYS = 2_200

/** A seeded generator (mulberry32), so every run measures the same data. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** The context of the feed, with each proposal's tabling day and terms (for generating events and queries). */
export interface Feed {
  readonly negotiation: Negotiation
  readonly days: ReadonlyArray<number>
  readonly terms: ReadonlyArray<ReadonlyArray<IssueId>>
}

const EPOCH = Date.UTC(2020, 0, 1)
/** A fresh date string each call, as a parsed JSON feed would have. */
export const dateOf = (day: number): IsoDate =>
  new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10) as IsoDate

export const party = (i: number) => `P${String(i).padStart(2, '0')}` as PartyId
export const issue = (i: number) => `I${String(i).padStart(2, '0')}` as IssueId
export const proposalId = (i: number) => `Q${String(i).padStart(4, '0')}` as ProposalId

export const context = (): Feed => {
  const rnd = random(1)
  const parties = Object.fromEntries(
    Array.from({ length: PARTIES }, (_, i) => [
      party(i),
      { name: `Party ${String(i)}`, role: i < 4 ? 'principal' : 'observer' },
    ]),
  )
  const days: number[] = []
  const terms: IssueId[][] = []
  const proposals: Record<string, unknown> = {}
  for (let q = 0; q < PROPOSALS; q++) {
    const day = Math.floor(rnd() * (DAYS - 400))
    const ts = new Set<IssueId>()
    while (ts.size < TERMS) ts.add(issue(Math.floor(rnd() * ISSUES)))
    days.push(day)
    terms.push([...ts])
    proposals[proposalId(q)] = {
      title: `Proposal ${String(q)}`,
      date: dateOf(day),
      tabledBy: [party(Math.floor(rnd() * PARTIES))],
      terms: Object.fromEntries([...ts].map((t) => [t, { value: true }])),
      sources: [`doc-${String(q)}`],
    }
  }
  const issues = Object.fromEntries(
    Array.from({ length: ISSUES }, (_, i) => [
      issue(i),
      { label: `Issue ${String(i)}`, category: 'other', domain: { kind: 'flag' } },
    ]),
  )
  const negotiation = {
    format: 'negotiation-positions/1',
    title: 'Synthetic',
    parties,
    issues,
    positions: [],
    proposals,
    events: [],
    sources: {},
  }
  return { negotiation: negotiation as unknown as Negotiation, days, terms }
}

const STANCES = [
  'accepted',
  'accepted',
  'accepted',
  'conditionally-accepted',
  'rejected',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
] as const
const CONDITIONS = [
  [{ kind: 'other', text: 'sanctions relief first' }],
  [{ kind: 'other', text: 'international monitors in place' }],
  [{ kind: 'acceptance', party: 'P01' }],
]

/** The synthetic feed: about 85% responses, 5% agreements, 6% alleged violations, 2% expiries, 2% re-tablings. */
export function* feed(ctx: Feed, n: number, seed: number): Generator<Event> {
  const rnd = random(seed)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(rnd() * xs.length)] as A
  for (let i = 0; i < n; i++) {
    const q = Math.floor(rnd() * PROPOSALS)
    const proposal = proposalId(q)
    const terms = ctx.terms[q] as IssueId[]
    const date = dateOf((ctx.days[q] as number) + Math.floor(rnd() * 400))
    const sources =
      rnd() < 0.7
        ? [`src-${String(Math.floor(rnd() * 5000))}`]
        : [`src-${String(Math.floor(rnd() * 5000))}`, `src-${String(Math.floor(rnd() * 5000))}`]
    const id = `ev-${String(i).padStart(7, '0')}`
    const k = rnd()
    const p = party(Math.floor(rnd() * PARTIES))
    if (k < 0.85) {
      const stance = pick(STANCES)
      const r = rnd()
      const some = r < 0.5 ? { terms: [pick(terms)] } : r < 0.8 ? { terms: [terms[0], terms[1]] } : {}
      yield {
        id,
        date,
        sources,
        kind: 'response',
        party: p,
        proposal,
        stance,
        ...some,
        ...(stance === 'conditionally-accepted' ? { conditions: pick(CONDITIONS) } : {}),
      } as unknown as Event
    } else if (k < 0.9) {
      const other = party(Math.floor(rnd() * PARTIES))
      yield {
        id,
        date,
        sources,
        kind: 'agreement',
        parties: [p, other],
        proposal,
        ...(rnd() < 0.2 ? { expires: dateOf((ctx.days[q] as number) + 400 + Math.floor(rnd() * 200)) } : {}),
      } as unknown as Event
    } else if (k < 0.96) {
      yield {
        id,
        date,
        sources,
        kind: 'violation-alleged',
        by: party(Math.floor(rnd() * PARTIES)),
        against: p,
        proposal,
        terms: [pick(terms)],
        claim: 'strike on a protected site',
      } as unknown as Event
    } else if (k < 0.98)
      yield { id, date, sources, kind: 'term-expired', proposal, terms: [pick(terms)] } as unknown as Event
    else yield { id, date, sources, kind: 'proposal-tabled', by: [p], proposal } as unknown as Event
  }
}

/** The feed as a parsed JSON feed would give it: batches of 10,000 events through `JSON.stringify`/`JSON.parse`. */
export function* parsed(ctx: Feed, n: number, seed: number): Generator<Event> {
  let batch: Event[] = []
  const flush = (): Event[] => JSON.parse(JSON.stringify(batch)) as Event[]
  for (const e of feed(ctx, n, seed)) {
    batch.push(e)
    if (batch.length === 10_000) {
      yield* flush()
      batch = []
    }
  }
  yield* flush()
}

/**
 * A naive replay of the ledger's rules, written independently of the index: to answer "what was this party's status
 * on this term on date D", take every event, keep the marks on or before D, sort them and fold them from the start.
 * The property tests compare the ledger with it; the benchmark times it.
 */
import type { Condition, Event, IsoDate, IssueId, PartyId, Proposal, ProposalId, SourceId } from '../../src'
import type { Ledger } from '../../src'

type Status = Ledger.Status
type Evidence = Ledger.Evidence

interface NaiveMark {
  readonly date: string
  readonly rank: number
  readonly id: string | null
  readonly mark: string
  readonly event: Event | null
}

export interface NaiveContext {
  readonly parties: Readonly<Record<string, unknown>>
  readonly proposals: Readonly<Record<string, Proposal>>
}

const rank = (mark: string): number =>
  mark === 'proposed' ? 0 : mark === 'agreed' ? 1 : mark === 'violated' ? 3 : mark === 'expired' ? 4 : 2

const sortedJson = (u: unknown): string =>
  JSON.stringify(u, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )

/** The marks one event puts on one (party, proposal, term). */
export const naiveMarks = (
  ctx: NaiveContext,
  e: Event,
  party: string,
  proposal: string,
  term: string,
): NaiveMark[] => {
  const all = Object.keys(ctx.proposals[proposal]?.terms ?? {})
  const covers = (terms: ReadonlyArray<string> | undefined): boolean =>
    (terms ?? all).includes(term) && all.includes(term)
  const m = (date: string, mark: string): NaiveMark => ({ date, rank: rank(mark), id: e.id, mark, event: e })
  const out: NaiveMark[] = []
  if (
    e.kind === 'proposal-tabled' &&
    e.proposal === proposal &&
    e.by.includes(party as PartyId) &&
    all.includes(term)
  )
    out.push(m(e.date, 'proposed'))
  if (e.kind === 'response' && e.proposal === proposal && e.party === party && covers(e.terms))
    out.push(m(e.date, e.stance))
  if (e.kind === 'agreement' && e.proposal === proposal && covers(e.terms)) {
    if (e.parties.includes(party as PartyId)) out.push(m(e.date, 'agreed'))
    if (e.expires !== undefined) out.push(m(e.expires, 'expired'))
  }
  if (e.kind === 'violation-alleged' && e.proposal === proposal && e.against === party && covers(e.terms))
    out.push(m(e.date, 'violated'))
  if (e.kind === 'term-expired' && e.proposal === proposal && covers(e.terms)) out.push(m(e.date, 'expired'))
  return out
}

const shallow = (s: Status): Status => {
  const copy: Record<string, unknown> = { ...s }
  delete copy.previous
  delete copy.commitment
  return copy as unknown as Status
}

const sourcesOf = (evidence: ReadonlyArray<Evidence>): SourceId[] => {
  const out: SourceId[] = []
  for (const e of evidence) for (const s of e.sources) if (!out.includes(s)) out.push(s)
  return out
}

const sig = (m: NaiveMark): string => {
  if (m.mark === 'agreed') return 'accepted'
  if (m.event?.kind !== 'response') return m.mark
  if (m.mark === 'conditionally-accepted') return `${m.mark}|${sortedJson(m.event.conditions ?? [])}`
  if (m.mark === 'countered') return `${m.mark}|${m.event.counter ?? ''}`
  return m.mark
}

const STANCES = [
  'accepted',
  'conditionally-accepted',
  'rejected',
  'countered',
  'noncommittal',
  'withdrawn',
  'supported',
  'opposed',
]

/** The status of (party, proposal, term) on `date`, by replaying every event from the start. */
export const naiveStatus = (
  ctx: NaiveContext,
  events: ReadonlyArray<Event>,
  party: string,
  proposal: string,
  term: string,
  date: string,
): Status => {
  const cell = { party: party as PartyId, proposal: proposal as ProposalId, term: term as IssueId }
  const p = ctx.proposals[proposal] as Proposal
  const marks: NaiveMark[] = []
  if (p.tabledBy.includes(party as PartyId) && term in p.terms && p.date <= date)
    marks.push({ date: p.date, rank: 0, id: null, mark: 'proposed', event: null })
  for (const e of events)
    for (const m of naiveMarks(ctx, e, party, proposal, term)) if (m.date <= date) marks.push(m)
  marks.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.rank !== b.rank
        ? a.rank - b.rank
        : (a.id ?? '') < (b.id ?? '')
          ? -1
          : 1,
  )
  let cur: Status = { ...cell, status: 'unknown' }
  let curSig = ''
  const evidenceOf = (m: NaiveMark): Evidence => ({
    event: m.id as Evidence['event'],
    date: m.date as IsoDate,
    sources: m.event?.sources ?? p.sources,
  })
  const extend = (s: Status, more: NaiveMark[]): Status => {
    if (s.status === 'unknown') return s
    const evidence = [...s.evidence, ...more.map(evidenceOf)]
    return { ...s, evidence, sources: sourcesOf(evidence) }
  }
  for (let i = 0; i < marks.length;) {
    const first = marks[i] as NaiveMark
    const step: NaiveMark[] = []
    while (i < marks.length && marks[i]?.date === first.date && marks[i]?.rank === first.rank)
      step.push(marks[i++] as NaiveMark)
    const evidence = step.map(evidenceOf)
    const fresh = { ...cell, since: first.date as IsoDate, evidence, sources: sourcesOf(evidence) }
    if (first.rank === 0) {
      if (cur.status === 'proposed') cur = extend(cur, step)
      else [cur, curSig] = [{ ...fresh, status: 'proposed' }, 'proposed']
    } else if (first.rank === 1) {
      if (STANCES.includes(cur.status) && curSig === 'accepted') cur = extend(cur, step)
      else [cur, curSig] = [{ ...fresh, status: 'accepted' }, 'accepted']
    } else if (first.rank === 2) {
      const sigs = [...new Set(step.map(sig))]
      if (sigs.length > 1) {
        const claims = sigs.map((s) => {
          const ms = step.filter((m) => sig(m) === s)
          const m0 = ms[0] as NaiveMark
          const ev = ms.map(evidenceOf)
          const extra: { conditions?: ReadonlyArray<Condition>; counter?: ProposalId } = {}
          if (m0.event?.kind === 'response' && m0.mark === 'conditionally-accepted')
            extra.conditions = m0.event.conditions ?? []
          if (m0.event?.kind === 'response' && m0.mark === 'countered' && m0.event.counter !== undefined)
            extra.counter = m0.event.counter
          return { status: m0.mark, ...extra, evidence: ev, sources: sourcesOf(ev) }
        })
        ;[cur, curSig] = [{ ...fresh, status: 'disputed', claims } as Status, '']
      } else if (STANCES.includes(cur.status) && curSig === sigs[0]) cur = extend(cur, step)
      else {
        const e = first.event
        const stance = first.mark
        let next: Record<string, unknown> = { ...fresh, status: stance }
        if (stance === 'conditionally-accepted')
          next = { ...next, conditions: e?.kind === 'response' ? (e.conditions ?? []) : [] }
        if (stance === 'countered' && e?.kind === 'response' && e.counter !== undefined)
          next = { ...next, counter: e.counter }
        if (stance === 'withdrawn' && cur.status !== 'unknown') next = { ...next, previous: shallow(cur) }
        ;[cur, curSig] = [next as unknown as Status, sigs[0] as string]
      }
    } else if (first.rank === 3) {
      const allegations = (ms: NaiveMark[]) =>
        ms.map((m) => ({
          ...evidenceOf(m),
          by: m.event?.kind === 'violation-alleged' ? m.event.by : '',
          claim: m.event?.kind === 'violation-alleged' ? m.event.claim : '',
        }))
      if (cur.status === 'violated') {
        const all = [...cur.allegations, ...allegations(step)]
        cur = {
          ...(extend(cur, step) as Ledger.Violated),
          allegations: all,
          allegedBy: [...new Set(all.map((a) => a.by))].sort(),
        } as Status
      } else if (['accepted', 'conditionally-accepted', 'proposed'].includes(cur.status)) {
        const all = allegations(step)
        ;[cur, curSig] = [
          {
            ...fresh,
            status: 'violated',
            allegations: all,
            allegedBy: [...new Set(all.map((a) => a.by))].sort(),
            commitment: shallow(cur),
          } as Status,
          'violated',
        ]
      }
    } else if (cur.status === 'expired') cur = extend(cur, step)
    else if (cur.status !== 'unknown')
      [cur, curSig] = [{ ...fresh, status: 'expired', previous: shallow(cur) }, 'expired']
  }
  return cur
}

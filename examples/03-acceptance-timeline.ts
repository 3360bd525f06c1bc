/**
 * Who had accepted what, when, and who walked back or broke what — the acceptance ledger on the embedded 2025–26
 * Russia–Ukraine dataset:
 *
 *   (i)   what each party had accepted on 19 March 2025, 2 June 2025 and 31 December 2025, and what both
 *         principals had accepted together;
 *   (ii)  the broken commitments, each breach dated and sourced (the energy moratorium: accepted 18 March,
 *         violations alleged from 21 March, lapsed in April; the Black Sea arrangement: agreed, then conditioned on
 *         sanctions relief);
 *   (iii) the acceptance matrix over time as a Vega-Lite spec, written to out/acceptance.vl.json, and a Mermaid
 *         timeline of agreements and breaches.
 *
 * Run from a fresh clone: npx ts-node examples/03-acceptance-timeline.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { either as E } from 'fp-ts'
import {
  Datasets,
  Ledger,
  type IsoDate,
  type Negotiation,
  type PartyId,
  type ProposalId,
  type SourceId,
} from '../src'

const negotiation: Negotiation = Datasets.ruUa2025()
const built = Ledger.fromNegotiation(negotiation)
if (E.isLeft(built)) {
  for (const e of built.left) console.error(`${e.event ?? '(context)'} ${e.field}: ${e.message} ${e.fix}`)
  process.exit(1)
}
const ledger = built.right

const name = (party: string): string =>
  negotiation.parties[party as keyof Negotiation['parties']]?.name ?? party
const title = (proposal: string): string =>
  negotiation.proposals[proposal as keyof Negotiation['proposals']]?.title ?? proposal
const day = (d: string): string =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** A source as a reader wants it: its title and the site it is on (and its date, when the dataset has one). */
const source = (id: SourceId): string => {
  const s = negotiation.sources[id]
  if (s === undefined) return id
  const site = s.url === undefined ? s.publisher : new URL(s.url).hostname.replace(/^www\./, '')
  return `“${s.title}”${site === undefined ? '' : ` (${site}${s.published === undefined ? '' : `, ${s.published}`})`}`
}
const sources = (ids: ReadonlyArray<SourceId>, max = 2): string =>
  ids.slice(0, max).map(source).join('; ') +
  (ids.length > max ? `; and ${String(ids.length - max)} more` : '')

/** Terms of one proposal grouped under one line. */
const group = <A>(items: ReadonlyArray<A>, key: (a: A) => string): Map<string, A[]> => {
  const out = new Map<string, A[]>()
  for (const a of items) out.set(key(a), [...(out.get(key(a)) ?? []), a])
  return out
}

// -------------------------------------------------------------------------------------
// (i) what each party had accepted on three dates
// -------------------------------------------------------------------------------------

const ACCEPTING = new Set(['accepted', 'conditionally-accepted', 'violated'])

for (const date of ['2025-03-19', '2025-06-02', '2025-12-31'] as IsoDate[]) {
  console.log(`\n${'='.repeat(100)}\nWhat each party had accepted on ${day(date)}\n${'='.repeat(100)}`)
  const state = Ledger.stateAt(ledger, date)
  for (const party of Object.keys(state)) {
    const held = Object.entries(state[party] ?? {}).flatMap(([proposal, terms]) =>
      Object.entries(terms)
        .filter(([, s]) => ACCEPTING.has(s.status))
        .map(([term, s]) => ({ proposal, term, s })),
    )
    if (held.length === 0) continue
    console.log(`\n${name(party)}`)
    for (const [, items] of group(
      held,
      (x) => `${x.proposal} ${x.s.status} ${'since' in x.s ? x.s.since : ''}`,
    )) {
      const { proposal, s } = items[0] as (typeof items)[number]
      if (s.status === 'unknown') continue
      const how =
        s.status === 'violated'
          ? `${s.commitment.status} (violation alleged by ${s.allegedBy.map(name).join(', ')} since ${s.since})`
          : s.status === 'conditionally-accepted'
            ? `on conditions: ${s.conditions.map((c) => ('text' in c && c.text !== undefined ? c.text : c.kind)).join('; ')}`
            : 'accepted'
      console.log(`  - ${title(proposal)} [${items.map((x) => x.term).join(', ')}]: ${how}, since ${s.since}`)
      console.log(`      sources: ${sources(s.sources, 1)}`)
    }
  }
  const agreed = Ledger.agreedAt(ledger, date)
  console.log(`\nAccepted by every principal (${String(agreed.length)} terms):`)
  for (const [proposal, items] of group(agreed, (a) => a.proposal))
    console.log(
      `  - ${title(proposal)} [${items.map((a) => `${a.term}${a.conditional ? ' (conditional)' : ''}${a.violationAlleged ? ' (violation alleged)' : ''}`).join(', ')}]`,
    )
}

// -------------------------------------------------------------------------------------
// (ii) broken commitments
// -------------------------------------------------------------------------------------

console.log(
  `\n${'='.repeat(100)}\nBroken commitments: accepted (or tabled), then withdrawn, violated, lapsed or walked back\n${'='.repeat(100)}`,
)
const broken = Ledger.brokenCommitments(ledger)
const key = (b: Ledger.BrokenCommitment): string =>
  [
    b.party,
    b.proposal,
    'since' in b.commitment ? b.commitment.since : '',
    b.breaches.map((x) => `${x.kind}@${x.since}`).join(' '),
  ].join('|')
for (const [, items] of group(broken, key)) {
  const b = items[0] as Ledger.BrokenCommitment
  const c = b.commitment
  if (c.status === 'unknown') continue
  console.log(`\n${name(b.party)} — ${title(b.proposal)} [${items.map((x) => x.term).join(', ')}]`)
  console.log(
    `  ${c.since}  ${c.status}${c.status === 'conditionally-accepted' ? ` (${c.conditions.length} conditions)` : ''}: ${sources(c.sources)}`,
  )
  for (const x of b.breaches) {
    const s = x.status
    if (s.status === 'violated')
      for (const a of s.allegations)
        console.log(
          `  ${a.date}  violation alleged by ${name(a.by)}: ${a.claim}\n              ${sources(a.sources)}`,
        )
    else if (s.status === 'conditionally-accepted')
      console.log(
        `  ${x.since}  conditioned: ${s.conditions.map((k) => ('text' in k && k.text !== undefined ? k.text : k.kind)).join('; ')}\n              ${sources(s.sources)}`,
      )
    else if (s.status !== 'unknown') console.log(`  ${x.since}  ${x.kind}: ${sources(s.sources)}`)
  }
}

// -------------------------------------------------------------------------------------
// (iii) charts
// -------------------------------------------------------------------------------------

const principals = Object.keys(negotiation.parties).filter(
  (p) => negotiation.parties[p as keyof Negotiation['parties']]?.role === 'principal',
)
// the drafts something was agreed on or broken, so the chart stays readable
const drafts = new Set<string>(broken.map((b) => b.proposal))
for (const e of Ledger.events(ledger))
  if (e.kind === 'agreement' && e.proposal !== undefined) drafts.add(e.proposal)
const spec = Ledger.vegaLite(ledger, {
  title: 'Russia–Ukraine 2025–26: who had accepted what, and when',
  parties: [...principals, 'US'] as PartyId[],
  proposals: Object.keys(negotiation.proposals).filter((p) => drafts.has(p)) as ProposalId[],
  from: '2025-03-01' as IsoDate,
})
const out = join(__dirname, '..', 'out')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'acceptance.vl.json'), `${JSON.stringify(spec, null, 2)}\n`)
console.log(
  `\nWrote the acceptance matrix (Vega-Lite v5, ${String((spec.data as { values: unknown[] }).values.length)} bars) to out/acceptance.vl.json`,
)
console.log(`\n${Ledger.mermaid(ledger, { title: 'Russia–Ukraine 2025–26: agreements and breaches' })}`)

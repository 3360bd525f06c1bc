/**
 * What changed between two drafts, in whose favour, across whose red lines — on the embedded 2025–26
 * Russia–Ukraine dataset:
 *
 *   (i)   the US Jeddah proposal (11 March 2025) against what Russia accepted on 18 March (the energy-only moratorium);
 *   (ii)  the Russian against the Ukrainian memorandum of 2 June 2025;
 *   (iii) the US 28-point plan, the E3 counter-text and the 20-point framework, aligned by issue (text and Markdown).
 *
 * Run from a fresh clone: npx ts-node examples/02-diff-proposals.ts
 */
import { either as E } from 'fp-ts'
import { Datasets, Diff, Values, type Negotiation, type Proposal } from '../src'

const negotiation: Negotiation = Datasets.ruUa2025()

/** The diff, or the problems, printed; the diff is returned for the headlines. */
const run = (
  title: string,
  d: E.Either<readonly Diff.DiffProblem[], Diff.ProposalDiff>,
): Diff.ProposalDiff | undefined => {
  console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}\n`)
  if (E.isLeft(d)) {
    for (const p of d.left) console.error(`${p.at}: ${p.message}`)
    process.exitCode = 1
    return undefined
  }
  console.log(Diff.toText(d.right))
  return d.right
}

/** One change in a sentence: the value, the new wording, who gains and who loses, and the sources. */
const headline = (d: Diff.ProposalDiff | undefined, issue: string): void => {
  const t = d?.terms.find((x) => x.issue === issue)
  if (d === undefined || t === undefined) return
  const principals = d.parties?.principals ?? []
  const side = (effect: Diff.Effect) =>
    principals
      .flatMap((p) => p.issues.filter((e) => e.issue === issue && e.effect === effect).map((e) => ({ p, e })))
      .map(({ p, e }) => {
        const why = [
          e.ideal === 'toward' ? 'toward its ideal' : e.ideal === 'away' ? 'away from its ideal' : null,
          e.redLine === 'crossed'
            ? 'crosses its red line'
            : e.redLine === 'cleared'
              ? 'no longer crosses its red line'
              : null,
          e.acceptable === 'entered'
            ? 'now acceptable to it'
            : e.acceptable === 'left'
              ? 'no longer acceptable to it'
              : null,
        ].filter((x) => x !== null)
        return `${p.name}${why.length === 0 ? '' : ` (${why.join(', ')})`}`
      })
  const sources = [...d.to.sources, ...t.sources].map((id) => d.sources[id]?.title ?? id)
  console.log(`* ${t.label}: ${t.fromLabel ?? '—'} → ${t.toLabel ?? '—'}`)
  if (t.wording?.to != null) console.log(`    now reads: "${t.wording.to}"`)
  const gains = side('gain')
  const losses = side('loss')
  if (gains.length > 0) console.log(`    in favour of: ${gains.join('; ')}`)
  if (losses.length > 0) console.log(`    against: ${losses.join('; ')}`)
  for (const s of [...new Set(sources)]) console.log(`    source: ${s}`)
}

// (i) Jeddah against the energy moratorium Russia accepted on 18 March 2025.
const accepted = negotiation.events.filter(
  (e) =>
    e.kind === 'response' &&
    e.party === 'RU' &&
    e.stance === 'accepted' &&
    e.proposal === 'energy-moratorium-2025-03-18',
)
const i = run(
  '(i) The US Jeddah proposal against what Russia accepted on 18 March 2025',
  Diff.proposals(negotiation, 'us-jeddah-2025-03-11', 'energy-moratorium-2025-03-18'),
)
for (const e of accepted)
  if (e.kind === 'response')
    console.log(`Russia accepted \`${e.proposal}\` on ${e.date} (${e.sources.length} sources).`)
headline(i, 'ceasefire.scope')

// (ii) The two memoranda of 2 June 2025: Russia's against Ukraine's.
run(
  '(ii) The Russian against the Ukrainian memorandum of 2 June 2025',
  Diff.proposals(negotiation, 'ru-memorandum-2025-06-02', 'ua-memorandum-2025-06-02'),
)

// (iii) The 28 points, the E3 counter-text and the 20-point framework, aligned by issue. The E3 text is recorded
// as the clauses it rewrote, so it is read as amending the 28 points (`carryOver`): what it does not restate stands.
const e3 = run(
  '(iii-a) The US 28-point plan against the E3 counter-text (read as amendments)',
  Diff.proposals(negotiation, 'us-28-point-2025-11-20', 'e3-counter-2025-11-23', { carryOver: true }),
)
const p20 = run(
  '(iii-b) The US 28-point plan against the 20-point framework',
  Diff.proposals(negotiation, 'us-28-point-2025-11-20', 'us-20-point-2025-12-24'),
)

console.log('\nWhat the press named, read off the diffs:\n')
headline(e3, 'army.size')
headline(e3, 'alliance.nato')
headline(p20, 'army.size')
headline(p20, 'alliance.nato')

// The three drafts side by side, one row per issue (the E3 column with the 28 points' unrestated terms).
const drafts = negotiation.proposals as unknown as Record<string, Proposal>
const p28 = drafts['us-28-point-2025-11-20']!
const columns: readonly [string, Proposal['terms']][] = [
  ['28 points', p28.terms],
  ['E3', { ...p28.terms, ...drafts['e3-counter-2025-11-23']!.terms }],
  ['20 points', drafts['us-20-point-2025-12-24']!.terms],
]
const ids = [...new Set(columns.flatMap(([, terms]) => Object.keys(terms)))].sort()
const cell = (id: string, terms: Proposal['terms']): string => {
  const t = (terms as Readonly<Record<string, { readonly value: unknown }>>)[id]
  const domain = negotiation.issues[id as never]!.domain
  if (t === undefined) return '—'
  if (domain.kind === 'flag') return t.value === true ? 'yes' : 'no'
  if (domain.kind === 'quantity') return `${(t.value as number).toLocaleString('en-US')} ${domain.unit}`
  return Values.describe(domain, t.value as never)
}
console.log(`\n${'='.repeat(100)}\n(iii) Markdown\n${'='.repeat(100)}\n`)
console.log(`| Issue | ${columns.map(([name]) => name).join(' | ')} |`)
console.log(`|---|${columns.map(() => '---').join('|')}|`)
for (const id of ids) {
  const cells = columns.map(([, terms]) => cell(id, terms))
  const marked = cells.map((c, k) => (k > 0 && c !== cells[k - 1] ? `**${c}**` : c))
  console.log(`| ${negotiation.issues[id as never]!.label} | ${marked.join(' | ')} |`)
}
console.log('')
if (e3 !== undefined) console.log(Diff.toMarkdown(e3))
if (p20 !== undefined) console.log(Diff.toMarkdown(p20))

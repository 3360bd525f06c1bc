/**
 * Plain-text and Markdown renderings of a proposal diff, for a terminal, a notebook or a README: the changed terms
 * with their sources, conditions and sequencing, and who gains — principals first, the other parties reported
 * separately.
 *
 * @since 0.1.0
 */
import { escapeMarkdown, sourceMarkdown } from '../internal/markdown'
import type { ConditionChange } from './conditions'
import {
  describeCounts,
  describeDelta,
  describeEffect,
  describeRef,
  describeTermChange,
  describeTermDetail,
  describeVerdict,
  footnotes,
  renumbered,
  reworded,
} from './describe'
import type { PartyImpact } from './impact'
import type { ProposalDiff } from './proposals'
import type { TermChange } from './terms'

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The diff as plain text: one line per changed term (`~` changed, `+` added, `-` dropped, `=` same value but
 * reworded or renumbered) with its sources as footnote numbers, then conditions, sequencing, `basedOn`, each
 * party's gains, losses and red lines, and the numbered sources.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', positions: [], events: [], parties: {},
 *   sources: { s1: { title: 'Reuters, 24 November 2025' } },
 *   issues: { 'army.size': Issues.quantity('Army size', 'military', { unit: 'troops', min: 0, max: 1000000 }) },
 *   proposals: {
 *     a: { title: '28 points', date: '2025-11-20', tabledBy: [], sources: [], terms: { 'army.size': { value: 600000 } } },
 *     b: { title: 'E3 text', date: '2025-11-23', tabledBy: [], sources: [], terms: { 'army.size': { value: 800000, sources: ['s1'] } } },
 *   },
 * } as unknown as Negotiation
 * const text = E.map(Diff.toText)(Diff.proposals(negotiation, 'a', 'b'))
 * assert.ok(E.isRight(text) && text.right.includes('~ Army size: 600,000 → 800,000 troops (+200,000, +33.3%) [1]'))
 */
export const toText = (diff: ProposalDiff): string => {
  const notes = footnotes(diff)
  const cite = (ids: readonly string[]): string =>
    ids.length === 0 ? '' : ` [${ids.map((id) => String(notes.get(id) ?? '?')).join(', ')}]`
  const out: string[] = [
    `${describeRef(diff.from)}${cite(diff.from.sources)}`,
    `→ ${describeRef(diff.to)}${cite(diff.to.sources)}`,
    `Terms: ${describeCounts(diff.counts)}`,
  ]
  if (diff.terms.length > 0) out.push('')
  for (const t of diff.terms) {
    out.push(`${MARK[t.status]} ${describeTermChange(t)}${cite(t.sources)}`)
    if (t.wording !== null && t.wording.to !== null && t.status !== 'removed')
      out.push(
        t.wording.from === null
          ? `    text: "${t.wording.to}"`
          : `    text: "${t.wording.from}" → "${t.wording.to}"`,
      )
  }
  conditionLines(out, 'Conditions', diff.conditions)
  conditionLines(out, 'Sequencing', diff.sequencing)
  if (diff.basedOn !== null)
    out.push('', `Based on: ${diff.basedOn.from ?? 'nothing'} → ${diff.basedOn.to ?? 'nothing'}`)
  const parties = diff.parties
  if (parties !== null) {
    out.push('', `Who gains (positions as of ${parties.asOf})`)
    if (parties.principals.length > 0) out.push('  Principals:')
    for (const p of parties.principals) partyLines(out, p, cite)
    const [silent, others] = partition(parties.others, (p) => p.verdict === 'no-stated-position')
    if (parties.others.length > 0) out.push('  Other parties (reported separately):')
    for (const p of others) partyLines(out, p, cite)
    if (silent.length > 0)
      out.push(
        `    No stated position on the changed issues: ${silent.map((p) => `${p.name} (${p.party})`).join(', ')}`,
      )
    out.push(
      `  Gained most: ${parties.gainedMost.length === 0 ? 'no principal gained' : names(diff, parties.gainedMost)}`,
    )
  }
  const sources = Object.entries(diff.sources)
  if (sources.length > 0) out.push('', 'Sources:')
  for (const [id, s] of sources) {
    const meta = [s.publisher, s.published, s.url].filter((x): x is string => x !== null)
    out.push(`  [${String(notes.get(id))}] ${s.title}${meta.length === 0 ? '' : ` — ${meta.join(', ')}`}`)
  }
  return `${out.join('\n')}\n`
}

/**
 * The diff as Markdown that reads as it stands in a README: a heading, a table of changed terms, conditions and
 * sequencing as lists, then a table of who gains (principals, then the other parties in a table of their own:
 * utility change, what they gained, what they lost, which red lines the later draft crosses; parties with no stated
 * position on the changed issues in one line), and the sources. Text from the document is escaped, and a source is
 * a link only when its address is a web address.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [], parties: {},
 *   issues: { amnesty: Issues.flag('Amnesty', 'legal') },
 *   proposals: {
 *     a: { title: 'A', date: '2025-11-20', tabledBy: [], sources: [], terms: { amnesty: { value: true } } },
 *     b: { title: 'B', date: '2025-11-23', tabledBy: [], sources: [], terms: { amnesty: { value: false } } },
 *   },
 * } as unknown as Negotiation
 * const md = E.map(Diff.toMarkdown)(Diff.proposals(negotiation, 'a', 'b'))
 * assert.ok(E.isRight(md) && md.right.includes('| ~ | Amnesty | yes → no |'))
 */
export const toMarkdown = (diff: ProposalDiff): string => {
  const notes = footnotes(diff)
  const cite = (ids: readonly string[]): string =>
    ids.map((id) => `[${String(notes.get(id) ?? '?')}]`).join(' ')
  const citeMd = (ids: readonly string[]): string => (ids.length === 0 ? '' : ` ${cite(ids)}`)
  const out: string[] = [
    `### ${cell(diff.from.title)} → ${cell(diff.to.title)}`,
    '',
    `${refMd(diff.from)}${citeMd(diff.from.sources)} → ${refMd(diff.to)}${citeMd(diff.to.sources)}: ${describeCounts(diff.counts)}.`,
  ]
  if (diff.terms.length > 0) {
    const withSources = diff.terms.some((t) => t.sources.length > 0)
    out.push(
      '',
      withSources ? '| | Issue | Change | Sources |' : '| | Issue | Change |',
      withSources ? '|---|---|---|---|' : '|---|---|---|',
    )
    for (const t of diff.terms) {
      const row = `| ${MARK[t.status]} | ${cell(t.label)} | ${cell(termCell(t))} |`
      out.push(withSources ? `${row} ${cite(t.sources)} |` : row)
    }
  }
  for (const [title, list] of [
    ['Conditions', diff.conditions],
    ['Sequencing', diff.sequencing],
  ] as const) {
    if (list.length === 0) continue
    out.push('', `**${title}**`, '')
    for (const c of list) out.push(`- ${cell(c.summary)}`)
  }
  if (diff.basedOn !== null)
    out.push('', `**Based on**: ${diff.basedOn.from ?? 'nothing'} → ${diff.basedOn.to ?? 'nothing'}`)
  const parties = diff.parties
  if (parties !== null && parties.principals.length + parties.others.length > 0) {
    out.push('', `#### Who gains (positions as of ${parties.asOf})`)
    const [silent, others] = partition(parties.others, (p) => p.verdict === 'no-stated-position')
    partyTable(out, 'Principal', parties.principals)
    partyTable(out, 'Other party', others)
    if (silent.length > 0)
      out.push('', `No stated position on the changed issues: ${cell(silent.map((p) => p.name).join(', '))}.`)
    const cleared = [...parties.principals, ...parties.others].filter((p) => p.redLines.cleared.length > 0)
    if (cleared.length > 0) out.push('')
    for (const p of cleared)
      out.push(`- ${cell(p.name)}: no longer crossed — ${cell(labels(p, p.redLines.cleared).join(', '))}`)
    out.push(
      '',
      `Gained most: ${parties.gainedMost.length === 0 ? 'no principal gained' : cell(names(diff, parties.gainedMost))}.`,
    )
  }
  const sources = Object.entries(diff.sources)
  if (sources.length > 0) out.push('', '**Sources**', '')
  for (const [id, s] of sources) {
    const title = sourceMarkdown(s.title, s.url)
    const meta = [s.publisher, s.published].filter((x): x is string => x !== null).map(escapeMarkdown)
    out.push(`${String(notes.get(id))}. ${title}${meta.length === 0 ? '' : ` — ${meta.join(', ')}`}`)
  }
  return `${out.join('\n')}\n`
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const MARK: Readonly<Record<TermChange['status'], string>> = {
  changed: '~',
  added: '+',
  removed: '-',
  unchanged: '=',
}

const conditionLines = (out: string[], title: string, list: readonly ConditionChange[]): void => {
  if (list.length === 0) return
  out.push('', `${title}:`)
  for (const c of list)
    out.push(`  ${c.status === 'added' ? '+' : c.status === 'removed' ? '-' : '~'} ${c.summary}`)
}

const labels = (p: PartyImpact, ids: readonly string[]): string[] =>
  ids.map((id) => p.issues.find((e) => e.issue === id)?.label ?? id)

const partyLines = (out: string[], p: PartyImpact, cite: (ids: readonly string[]) => string): void => {
  const u = p.utility
  const utility =
    u.delta === null
      ? ''
      : `, utility ${u.from?.toFixed(3) ?? 'n/a'} → ${u.to?.toFixed(3) ?? 'n/a'} (${describeDelta(u.delta)})`
  out.push(`    ${p.name} (${p.party}, ${p.role}): ${describeVerdict(p)}${utility}`)
  const effects = (ids: readonly string[]): string =>
    ids
      .map((id) => p.issues.find((e) => e.issue === id))
      .map((e) => (e === undefined ? '' : `${describeEffect(e)}${cite(e.sources)}`))
      .join('; ')
  if (p.gained.length > 0) out.push(`      gained: ${effects(p.gained)}`)
  if (p.lost.length > 0) out.push(`      lost: ${effects(p.lost)}`)
  if (p.redLines.crossed.length > 0)
    out.push(`      red lines newly crossed: ${labels(p, p.redLines.crossed).join(', ')}`)
  if (p.redLines.still.length > 0)
    out.push(`      red lines still crossed: ${labels(p, p.redLines.still).join(', ')}`)
  if (p.redLines.cleared.length > 0)
    out.push(`      red lines no longer crossed: ${labels(p, p.redLines.cleared).join(', ')}`)
  if (p.noPosition.length > 0 && p.verdict !== 'no-stated-position')
    out.push(
      `      no stated position: ${p.noPosition.length <= 5 ? labels(p, p.noPosition).join(', ') : `${String(p.noPosition.length)} of the changed issues`}`,
    )
}

const partition = <A>(xs: readonly A[], f: (x: A) => boolean): [A[], A[]] => [
  xs.filter(f),
  xs.filter((x) => !f(x)),
]

const names = (diff: ProposalDiff, ids: readonly string[]): string => {
  const all = [...(diff.parties?.principals ?? []), ...(diff.parties?.others ?? [])]
  return ids.map((id) => `${all.find((p) => p.party === id)?.name ?? id} (${id})`).join(', ')
}

const refMd = (r: ProposalDiff['from']): string =>
  `${r.id === null ? cell(r.title) : `\`${r.id}\``} (${[...r.tabledBy, r.date].join(', ')})`

const termCell = (t: TermChange): string => {
  const d = describeTermDetail(t)
  const extra = [
    reworded(t) ? 'reworded' : null,
    renumbered(t) ? `item ${t.point?.from ?? ''} → ${t.point?.to ?? ''}` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(', ')
  if (t.status === 'unchanged') return extra
  return extra.length === 0 ? d : `${d}; ${extra}`
}

// A short list for a table cell: at most four items, then "+n more".
const short = (items: readonly string[]): string =>
  items.length === 0
    ? '—'
    : items.length <= 4
      ? items.join(', ')
      : `${items.slice(0, 4).join(', ')}, +${String(items.length - 4)} more`

const partyTable = (out: string[], head: string, list: readonly PartyImpact[]): void => {
  if (list.length === 0) return
  const other = head !== 'Principal'
  out.push(
    '',
    `| ${head} |${other ? ' Role |' : ''} Utility | Gained | Lost | Red lines crossed |`,
    `|---|${other ? '---|' : ''}---|---|---|---|`,
  )
  for (const p of list) {
    const utility = p.verdict === 'no-stated-position' ? 'no stated position' : describeDelta(p.utility.delta)
    const crossed = [
      ...labels(p, p.redLines.crossed).map((l) => `${l} (new)`),
      ...labels(p, p.redLines.still),
    ]
    const row = [
      p.name,
      ...(other ? [p.role] : []),
      utility,
      short(labels(p, p.gained)),
      short(labels(p, p.lost)),
      short(crossed),
    ]
    out.push(`| ${row.map(cell).join(' | ')} |`)
  }
}

// Text from the document, safe in Markdown prose and inside a table cell.
const cell = escapeMarkdown

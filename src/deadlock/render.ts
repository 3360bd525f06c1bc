/**
 * Deadlock findings and timelines as plain text and Markdown: short, readable, and the same text for the same
 * findings every time.
 *
 * @since 0.1.0
 */
import { escapeMarkdown } from '../internal/markdown'
import { count } from '../internal/text'
import type { Evidence, Finding, FindingKind, Timeline } from './model'
import { KINDS } from './model'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** Evidence lines shown per finding; the rest are counted. */
const EVIDENCE_SHOWN = 6

const TITLES: Readonly<Record<FindingKind, string>> = {
  'red-line-clash': 'Red-line clash',
  'package-infeasibility': 'Package infeasibility',
  'sequencing-cycle': 'Sequencing cycle',
  stalemate: 'Stalemate',
  oscillation: 'Oscillation',
  'broken-commitment': 'Broken commitment',
}

const PLURALS: Readonly<Record<FindingKind, string>> = {
  'red-line-clash': 'red-line clashes',
  'package-infeasibility': 'package infeasibilities',
  'sequencing-cycle': 'sequencing cycles',
  stalemate: 'stalemates',
  oscillation: 'oscillations',
  'broken-commitment': 'broken commitments',
}

const counts = (findings: readonly Finding[]): string =>
  KINDS.flatMap((k) => {
    const n = findings.filter((f) => f.kind === k).length
    return n === 0 ? [] : [`${String(n)} ${n === 1 ? TITLES[k].toLowerCase() : PLURALS[k]}`]
  }).join(', ')

const headline = (findings: readonly Finding[]): string => {
  const active = findings.filter((f) => f.active).length
  return findings.length === 0
    ? 'No deadlock found.'
    : `${String(findings.length)} finding${findings.length === 1 ? '' : 's'} (${String(active)} active): ${counts(findings)}.`
}

const source = (e: Evidence): string => {
  const id = e.positionId ?? e.eventId
  return id === undefined ? '' : ` ${id}`
}

const status = (f: Finding): string => `since ${f.since}, ${f.active ? 'active' : 'no longer active'}`

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The findings as plain text: a headline, then per finding its kind, issues, parties and dates, the explanation,
 * the way out, and the first evidence lines (record or event, date, what, sources). Findings are numbered, the
 * numbers right-aligned so that every finding's lines start in one column.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Deadlock, Datasets } from 'negotiation-positions'
 * const text = Deadlock.toText(Deadlock.detectOrThrow(Datasets.ruUa2025(), { kinds: ['sequencing-cycle'] }))
 * assert.ok(text.includes('Sequencing cycle'))
 * assert.strictEqual(Deadlock.toText([]), 'No deadlock found.\n')
 */
export const toText = (findings: readonly Finding[]): string => {
  const lines = [headline(findings)]
  // numbers right-aligned, and the lines under each finding indented past the widest number
  const width = String(findings.length).length
  const indent = ' '.repeat(width + 2)
  findings.forEach((f, k) => {
    lines.push('')
    lines.push(
      `${String(k + 1).padStart(width)}. ${TITLES[f.kind]} — ${f.issues.length > 0 ? f.issues.join(', ') : 'whole package'} — ${f.parties.join(', ')} — ${status(f)}`,
    )
    lines.push(`${indent}${f.explanation}`)
    if (f.suggestion !== undefined) lines.push(`${indent}Way out: ${f.suggestion}`)
    for (const e of f.evidence.slice(0, EVIDENCE_SHOWN))
      lines.push(
        `${indent}- ${e.date}${source(e)}: ${e.what}${e.sources.length > 0 ? ` [${e.sources.join(', ')}]` : ''}`,
      )
    if (f.evidence.length > EVIDENCE_SHOWN)
      lines.push(`${indent}- … and ${String(f.evidence.length - EVIDENCE_SHOWN)} more`)
  })
  return `${lines.join('\n')}\n`
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The findings as Markdown: a summary table, then a short section per finding with its explanation, the way out
 * and its evidence. Names and labels from the document are escaped.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Deadlock, Datasets } from 'negotiation-positions'
 * const md = Deadlock.toMarkdown(Deadlock.detectOrThrow(Datasets.ruUa2025(), { kinds: ['sequencing-cycle'] }))
 * assert.ok(md.startsWith('## Deadlocks'))
 * assert.ok(md.includes('| Sequencing cycle |'))
 */
export const toMarkdown = (findings: readonly Finding[]): string => {
  const out = ['## Deadlocks', '', headline(findings)]
  if (findings.length === 0) return `${out.join('\n')}\n`
  out.push('', '| # | kind | issues | parties | since | active |', '|---|---|---|---|---|---|')
  findings.forEach((f, k) =>
    out.push(
      `| ${String(k + 1)} | ${TITLES[f.kind]} | ${cell(f.issues.map((i) => `\`${i}\``).join(', '))} | ${cell(f.parties.join(', '))} | ${f.since} | ${f.active ? 'yes' : 'no'} |`,
    ),
  )
  findings.forEach((f, k) => {
    out.push(
      '',
      `### ${String(k + 1)}. ${TITLES[f.kind]}: ${f.issues.length > 0 ? f.issues.map((i) => `\`${i}\``).join(', ') : 'whole package'}`,
      '',
    )
    out.push(escapeMarkdown(f.explanation))
    if (f.suggestion !== undefined) out.push('', `**Way out.** ${escapeMarkdown(f.suggestion)}`)
    if (f.evidence.length > 0) {
      out.push('')
      for (const e of f.evidence.slice(0, EVIDENCE_SHOWN))
        out.push(
          `- ${e.date}${source(e) === '' ? '' : ` \`${source(e).trim()}\``}: ${escapeMarkdown(e.what)}${e.sources.length > 0 ? ` (${e.sources.map((s) => `\`${s}\``).join(', ')})` : ''}`,
        )
      if (f.evidence.length > EVIDENCE_SHOWN)
        out.push(`- … and ${String(f.evidence.length - EVIDENCE_SHOWN)} more`)
    }
  })
  return `${out.join('\n')}\n`
}

/**
 * The deadlock timeline as plain text: one line per finding with the periods it held.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Deadlock, Datasets } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const t = Deadlock.timeline(Datasets.ruUa2025(), { kinds: ['sequencing-cycle'] })
 * assert.ok(E.isRight(t) && Deadlock.timelineToText(t.right).includes('sequencing-cycle:ceasefire>settlement'))
 */
export const timelineToText = (timeline: Timeline): string => {
  const lines = [
    `Deadlock timeline ${timeline.from} to ${timeline.to} (${count(timeline.dates.length, 'date')} evaluated, ${count(timeline.entries.length, 'finding')}):`,
  ]
  for (const e of timeline.entries)
    lines.push(
      `- ${e.periods.map((p) => `${p.from} → ${p.to ?? 'now'}`).join(', ')}  ${e.id} (${e.parties.join(', ')})`,
    )
  return `${lines.join('\n')}\n`
}

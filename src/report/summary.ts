/**
 * The report's summary: a handful of sentences a reader can take away — the deadlocks, the zone, the latest
 * revision and who gained, the acceptances and broken commitments, the latest move. Internal.
 *
 * @internal
 */
import { KINDS, type Finding } from '../deadlock'
import { reworded } from '../diff/describe'
import { KIND_LABELS } from '../chart/palette'
import type { Negotiation } from '../model/negotiation'
import { NO_DEADLOCK } from './findings'
import type { Report } from './model'
import { count, list, partyName } from './words'

/** Words after which a full stop does not end a sentence ("Art. 5", "No. 2", "Gen. Smith"). */
const ABBREVIATIONS = new Set([
  'art',
  'arts',
  'no',
  'nos',
  'vs',
  'cf',
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sen',
  'rep',
  'gov',
  'prof',
  'para',
  'sec',
])

/** True when the text ends with an abbreviation: a single letter ("U."), a word with a full stop inside ("U.S"), or a known one. */
const endsWithAbbreviation = (before: string): boolean => {
  const word = /[^\s(“"'[]*$/.exec(before)?.[0] ?? ''
  return /^[A-Za-z]$/.test(word) || /[A-Za-z]\.[A-Za-z]/.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * The first sentence of a text: up to the first `.`, `!` or `?` that ends the text, or is followed by a space and a
 * capital letter, outside brackets and quotation marks (where names and labels are given) and not after an
 * abbreviation such as "U.S." or "Art.". The whole text when no sentence ends before its end.
 */
const firstSentence = (s: string): string => {
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (c === '(' || c === '[' || c === '“') depth++
    else if ((c === ')' || c === ']' || c === '”') && depth > 0) depth--
    else if (depth === 0 && (c === '.' || c === '!' || c === '?')) {
      const head = s.slice(0, i + 1)
      if (i === s.length - 1) return head
      if (/^\s+[A-Z“"'(]/.test(s.slice(i + 1)) && !endsWithAbbreviation(s.slice(0, i))) return head
    }
  }
  return s
}

/** The kinds of some findings, counted: "1 × red-line clash and 2 × sequencing cycle". */
const kindsOf = (findings: readonly Finding[]): string =>
  list(
    KINDS.map((k) => [k, findings.filter((f) => f.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${String(n)} × ${KIND_LABELS[k].toLowerCase()}`),
    'and',
  )

/** @internal */
export const summaryOf = (r: Report, n: Negotiation): string[] => {
  const out: string[] = []
  const has = (x: Report['sections'][number]): boolean => r.sections.includes(x)
  const d = r.deadlocks
  if (!has('deadlocks')) {
    // not asked for
  } else if (d.findings.length > 0) {
    // the kinds in brackets are those of the deadlocks the number counts; the ones that no longer hold come after
    const holding = d.findings.filter((f) => f.active)
    const past = d.findings.filter((f) => !f.active)
    const date = r.asOf === null ? '' : ` as of ${r.asOf}`
    const now =
      holding.length === 0
        ? `No deadlock holds${date}`
        : `${count(holding.length, 'deadlock')} ${holding.length === 1 ? 'holds' : 'hold'}${date} (${kindsOf(holding)})`
    const before =
      past.length === 0
        ? ''
        : `; ${String(past.length)} ${holding.length === 0 ? 'found' : 'more'} no longer ${past.length === 1 ? 'holds' : 'hold'} (${kindsOf(past)})`
    out.push(`${now}${before}.`)
  } else if (d.notes.every((x) => x === NO_DEADLOCK)) out.push(NO_DEADLOCK)
  const z = r.zone
  if (has('zone') && z.packages !== null) out.push(firstSentence(z.packages.explanation))
  if (has('zone') && z.nearest !== null) out.push(firstSentence(z.nearest.explanation))
  if (has('zone') && z.bargaining !== null && z.bargaining.nash.length > 0)
    out.push(`Nash bargaining package: ${z.bargaining.nash[0] ?? ''}.`)
  const c = r.drafts.compared
  if (c !== null) {
    const k = c.diff.counts
    // a term is counted once: as changed, added or dropped, or as reworded when only its wording changed
    const rewordedOnly = c.diff.terms.filter((t) => t.status === 'unchanged' && reworded(t)).length
    const what = [
      k.changed > 0 ? `${String(k.changed)} changed` : null,
      k.added > 0 ? `${String(k.added)} added` : null,
      k.removed > 0 ? `${String(k.removed)} dropped` : null,
      rewordedOnly > 0 ? `${String(rewordedOnly)} reworded` : null,
    ].filter((x): x is string => x !== null)
    const gained = c.diff.parties?.gainedMost ?? []
    out.push(
      `Latest drafts compared: “${c.diff.to.title}” (${c.diff.to.date}) against “${c.diff.from.title}” (${c.diff.from.date}): ` +
        `${what.length === 0 ? 'no term changed' : `${list(what, 'and')} ${k.changed + k.added + k.removed + rewordedOnly === 1 ? 'term' : 'terms'}`}` +
        `${
          gained.length === 0
            ? '; no principal gains.'
            : `; ${list(
                gained.map((p) => partyName(n, p)),
                'and',
              )} ${gained.length === 1 ? 'gains' : 'gain'} most.`
        }`,
    )
  } else if (has('drafts') && r.drafts.total === 0) out.push('No drafts were tabled.')
  const l = r.ledger
  if (has('ledger')) {
    const broken = l.broken.reduce((s, b) => s + b.terms.length, 0)
    const drafts = new Set(l.broken.map((b) => b.proposal)).size
    out.push(
      `${l.agreed.length === 0 ? 'No term' : count(l.agreed.length, 'term')} accepted by every principal; ${
        broken === 0
          ? 'no broken commitment'
          : `${count(broken, 'broken commitment')} on ${count(drafts, 'draft')}`
      }.`,
    )
  }
  const m = r.positions.moves[0]
  if (has('positions') && m !== undefined)
    out.push(`Latest move: ${partyName(n, m.party)} on ${m.label}, ${m.date}: ${m.from} → ${m.to}.`)
  return out
}

/**
 * The report as a sequence of blocks — headings, paragraphs, lists, tables, figures — that the text, Markdown and
 * HTML renderers each draw in their own way, so the three say the same thing in the same order. Citations are
 * source ids; each renderer numbers them from the report's source list. Internal.
 *
 * @internal
 */
import { type Block, heading } from './block'
import { draftBlocks, positionBlocks } from './blocks-positions'
import { deadlockBlocks, ledgerBlocks, zoneBlocks } from './blocks-findings'
import type { Report } from './model'

const asOfWords = (r: Report): string => (r.asOf === null ? '' : ` (as of ${r.asOf})`)

/**
 * Every block of the report, in reading order. `figures` says whether the charts section is wanted (HTML and
 * Markdown draw it; plain text leaves it out).
 *
 * @internal
 */
export const blocksOf = (r: Report, figures: boolean): Block[] => {
  const c = r.counts
  const facts = [
    r.asOf === null ? 'No dated fact' : `As of ${r.asOf}`,
    `${String(c.parties)} parties`,
    `${String(c.issues)} issues`,
    `${String(c.positions)} position records`,
    `${String(c.proposals)} drafts`,
    `${String(c.events)} events`,
    `${String(c.sources)} sources`,
  ].join(' · ')
  const out: Block[] = [heading(1, r.title, 'top'), { kind: 'paragraph', text: facts }]
  if (r.description !== null) out.push({ kind: 'paragraph', text: r.description })
  if (r.summary.length > 0) out.push(heading(2, 'Summary', 'summary'), { kind: 'list', items: r.summary })
  const has = (x: Report['sections'][number]): boolean => r.sections.includes(x)
  if (figures && has('charts')) {
    out.push(heading(2, 'Charts', 'charts'))
    out.push({
      kind: 'figure',
      chart: 'deadlocks',
      caption:
        'Deadlocks over time: each finding from the day it appeared to the day it went away; an arrow means it still holds.',
    })
    out.push({
      kind: 'figure',
      chart: 'linkage',
      caption:
        'Linkage and sequencing: which issue must come first, and which stance depends on which; red arrows form a cycle in which nobody can move first.',
    })
    out.push({
      kind: 'figure',
      chart: 'acceptance',
      caption:
        'Acceptance over time: for each draft (by date), one lane per principal and one thin row per term, coloured by status.',
    })
    out.push({
      kind: 'figure',
      chart: 'positions',
      caption: 'Positions over time: each party’s ideal on each ordered issue; a filled dot marks a move.',
    })
  }
  if (has('positions'))
    out.push(
      heading(2, 'Parties', 'parties'),
      r.parties.length === 0
        ? { kind: 'paragraph', text: 'No parties are recorded.', note: true }
        : {
            kind: 'table',
            headers: ['Id', 'Name', 'Role'],
            rows: r.parties.map((p) => [p.id, p.name, p.role]),
          },
    )
  if (has('positions')) out.push(heading(2, `Positions${asOfWords(r)}`, 'positions'), ...positionBlocks(r))
  if (has('drafts')) out.push(heading(2, 'Drafts', 'drafts'), ...draftBlocks(r))
  if (has('ledger'))
    out.push(heading(2, `Acceptances and broken commitments${asOfWords(r)}`, 'ledger'), ...ledgerBlocks(r))
  if (has('deadlocks')) out.push(heading(2, `Deadlocks${asOfWords(r)}`, 'deadlocks'), ...deadlockBlocks(r))
  if (has('zone')) out.push(heading(2, `Agreement zone${asOfWords(r)}`, 'zone'), ...zoneBlocks(r))
  if (r.sources.length > 0) out.push(heading(2, 'Sources', 'sources'), { kind: 'sources' })
  return out
}

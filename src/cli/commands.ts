/**
 * What each command does once its input is read: the analysis, the rendering in the format asked for, the exit
 * code (0 done, 1 invalid input or findings where asked). Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { acceptance } from '../chart/acceptance'
import { addDays } from '../chart/svg'
import { toVegaLite } from '../chart/render'
import {
  toMarkdown as diffMarkdown,
  toText as diffText,
  type DiffProblem,
  type ProposalDiff,
  proposals,
} from '../diff'
import { fromNegotiation, mermaid } from '../ledger'
import { count } from '../internal/text'
import type { IsoDate } from '../model/date'
import type { Negotiation } from '../model/negotiation'
import { build, type ReportOptions } from '../report/build'
import { toHtml } from '../report/html'
import { stableStringify, toJson } from '../report/json'
import { toMarkdown } from '../report/markdown'
import type { Report, SectionName } from '../report/model'
import { toText } from '../report/text'
import type { Io } from './io'

/** @internal */
export type Format = 'text' | 'md' | 'html' | 'json' | 'vl' | 'mermaid'

const renderReport = (r: Report, format: Format): string => {
  switch (format) {
    case 'md':
      return toMarkdown(r)
    case 'html':
      return toHtml(r)
    case 'json':
      return toJson(r)
    default:
      return toText(r)
  }
}

const buildOr = (io: Io, n: Negotiation, options: ReportOptions): Report | undefined => {
  const r = build(n, options)
  if (E.isRight(r)) return r.right
  for (const e of r.left) io.stderr(`error: ${e.message}\n`)
  return undefined
}

const dated = (asOf: IsoDate | undefined): { asOf?: IsoDate } => (asOf === undefined ? {} : { asOf })

/** `validate`: the document is valid (it was read), say what is in it. @internal */
export const validate = (io: Io, n: Negotiation, name: string, format: Format): number => {
  const counts = {
    parties: Object.keys(n.parties).length,
    issues: Object.keys(n.issues).length,
    positions: n.positions.length,
    proposals: Object.keys(n.proposals).length,
    events: n.events.length,
    sources: Object.keys(n.sources).length,
  }
  if (format === 'json')
    io.stdout(stableStringify({ valid: true, file: name, title: n.title, counts, problems: [] }))
  else
    io.stdout(
      `✓ ${name} is a valid negotiation document: “${n.title}” — ${count(counts.parties, 'party', 'parties')}, ${count(counts.issues, 'issue')}, ` +
        `${count(counts.positions, 'position')}, ${count(counts.proposals, 'draft')}, ${count(counts.events, 'event')}, ${count(counts.sources, 'source')}.\n`,
    )
  return 0
}

/** `diff`: two drafts compared, or by default the latest revision against the draft it revises. @internal */
export const diff = (
  io: Io,
  n: Negotiation,
  drafts: readonly [string, string] | undefined,
  options: { readonly asOf?: IsoDate; readonly carryOver?: boolean; readonly format: Format },
): number => {
  let d: E.Either<readonly DiffProblem[], ProposalDiff>
  if (drafts === undefined) {
    const r = buildOr(io, n, { sections: ['drafts'], ...dated(options.asOf) })
    if (r === undefined) return 1
    if (r.drafts.compared === null) {
      io.stderr(`${r.drafts.notes.join(' ') || 'There are no drafts to compare.'}\n`)
      return 1
    }
    const c = r.drafts.compared
    d =
      options.carryOver === undefined
        ? E.right(c.diff)
        : proposals(n, c.from, c.to, { carryOver: options.carryOver })
  } else {
    d = proposals(n, drafts[0], drafts[1], {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.carryOver === undefined ? {} : { carryOver: options.carryOver }),
    })
  }
  if (E.isLeft(d)) {
    for (const p of d.left) io.stderr(`error: ${p.at}: ${p.message}\n`)
    return 1
  }
  io.stdout(
    options.format === 'json'
      ? stableStringify(d.right)
      : options.format === 'md'
        ? diffMarkdown(d.right)
        : diffText(d.right),
  )
  return 0
}

/** `ledger`: who had accepted what on a date, and what was broken. @internal */
export const ledger = (
  io: Io,
  n: Negotiation,
  options: { readonly asOf?: IsoDate; readonly format: Format },
): number => {
  if (options.format === 'vl' || options.format === 'mermaid') {
    const l = fromNegotiation(n)
    if (E.isLeft(l)) {
      for (const e of l.left) io.stderr(`error: ${e.message} ${e.fix}\n`)
      return 1
    }
    if (options.format === 'mermaid') {
      io.stdout(mermaid(l.right))
      return 0
    }
    // the chart ends on the as-of date (its window ends the day after); the last date there is has no day after,
    // and a window left open holds every date anyway
    const c = acceptance(
      l.right,
      options.asOf === undefined || options.asOf >= LAST_DATE ? {} : { to: addDays(options.asOf, 1) },
    )
    if (E.isLeft(c)) {
      for (const e of c.left) io.stderr(`error: ${e.message}\n`)
      return 1
    }
    io.stdout(stableStringify(toVegaLite(c.right)))
    return 0
  }
  return section(io, n, 'ledger', options)
}

/** `zone`, `deadlocks`: one section of the report. @internal */
export const section = (
  io: Io,
  n: Negotiation,
  name: SectionName,
  options: { readonly asOf?: IsoDate; readonly format: Format; readonly failOnFindings?: boolean },
): number => {
  const r = buildOr(io, n, { sections: [name], ...dated(options.asOf) })
  if (r === undefined) return 1
  io.stdout(renderReport(r, options.format))
  return options.failOnFindings === true && r.deadlocks.active > 0 ? 1 : 0
}

/** The last date a document can give (`YYYY-MM-DD` has four digits for the year). */
const LAST_DATE = '9999-12-31'

/** `report`: the whole report, printed or written to a file. @internal */
export const report = async (
  io: Io,
  n: Negotiation,
  options: {
    readonly asOf?: IsoDate
    readonly format: Format
    readonly out?: string
    readonly timeline: boolean
  },
): Promise<number> => {
  const r = buildOr(io, n, { ...dated(options.asOf), timeline: options.timeline })
  if (r === undefined) return 1
  const text = renderReport(r, options.format)
  if (options.out === undefined || options.out === '-') {
    io.stdout(text)
    return 0
  }
  try {
    await io.writeFile(options.out, text)
  } catch (e) {
    io.stderr(`error: cannot write ${options.out}: ${(e as Error).message}\n`)
    return 1
  }
  io.stderr(`wrote ${options.out}\n`)
  return 0
}

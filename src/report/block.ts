/**
 * The building blocks of a rendered report: headings, paragraphs, lists, tables, figures and the source list, with
 * inline citations by source id. Internal.
 *
 * @internal
 */

/** Which chart a figure shows. @internal */
export type ChartKey = 'positions' | 'acceptance' | 'deadlocks' | 'linkage'

/** Text with the sources it cites. @internal */
export interface Inline {
  readonly text: string
  readonly cite?: readonly string[]
}

/** @internal */
export type Cell = string | Inline

/** @internal */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: Cell; readonly note?: boolean }
  | { readonly kind: 'list'; readonly items: readonly Cell[]; readonly ordered?: boolean }
  | {
      readonly kind: 'table'
      readonly headers: readonly string[]
      readonly rows: readonly (readonly Cell[])[]
    }
  | { readonly kind: 'figure'; readonly chart: ChartKey; readonly caption: string }
  | { readonly kind: 'sources' }

/** The plain text of a cell. @internal */
export const textOf = (c: Cell): string => (typeof c === 'string' ? c : c.text)

/** The sources a cell cites, each once, in the order first cited. @internal */
export const citesOf = (c: Cell): readonly string[] => (typeof c === 'string' ? [] : [...new Set(c.cite)])

/** A section's notes as paragraphs. @internal */
export const notes = (xs: readonly string[]): Block[] =>
  xs.map((text) => ({ kind: 'paragraph', text, note: true }))

/** @internal */
export const heading = (level: 1 | 2 | 3, text: string, id?: string): Block =>
  id === undefined ? { kind: 'heading', level, text } : { kind: 'heading', level, text, id }

/** Names for ids: parties by name, issues by label (the id itself when unknown). @internal */
export const namesOf = (r: {
  readonly parties: readonly { readonly id: string; readonly name: string }[]
  readonly issues: readonly { readonly id: string; readonly label: string }[]
}): { readonly party: (id: string) => string; readonly issue: (id: string) => string } => {
  const parties = new Map(r.parties.map((p) => [p.id, p.name]))
  const issues = new Map(r.issues.map((i) => [i.id, i.label]))
  return { party: (id) => parties.get(id) ?? id, issue: (id) => issues.get(id) ?? id }
}

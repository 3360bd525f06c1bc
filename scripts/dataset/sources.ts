/**
 * The dataset's sources: every source of the notes, keyed by `src-` + the first 10 hex characters of sha1(url),
 * titles exactly as in the notes. Also resolves the `{src:fragment}` citations written in the tables' notes.
 */
import { sourceId } from './issues'
import type { NoteSource } from './notes'

/** The sources and the helpers that refer to them. */
export interface Sources {
  /** The model's sources, keyed by id. */
  readonly records: Readonly<Record<string, { title: string; url: string; note?: string }>>
  /** The id of the source with this url. */
  readonly idOf: (url: string) => string
  /** Replaces every `{src:fragment}` in `text` with `[src-…]`, the id of the source whose url contains the fragment. */
  readonly cite: (text: string, problems: string[]) => string
}

const DESCRIPTIVE =
  'The title in square brackets is descriptive: the notes wrote it because no clean headline was visible in the excerpt.'

/** The dataset's sources, from every source of the notes. */
export const makeSources = (all: ReadonlyArray<NoteSource>): Sources => {
  const records: Record<string, { title: string; url: string; note?: string }> = {}
  const byUrl = new Map<string, string>()
  for (const s of all) {
    const id = sourceId(s)
    byUrl.set(s.url, id)
    records[id] = {
      title: s.title,
      url: s.url,
      ...(s.title.startsWith('[') ? { note: DESCRIPTIVE } : {}),
    }
  }
  const idOf = (url: string): string => {
    const id = byUrl.get(url)
    if (id === undefined) throw new Error(`no source with url ${url}`)
    return id
  }
  const cite = (text: string, problems: string[]): string =>
    text.replace(/\{src:([^}]+)\}/g, (_, fragment: string) => {
      const hit = all.find((s) => s.url.includes(fragment))
      if (hit === undefined) {
        problems.push(`no source url contains \`${fragment}\` (cited in: ${text.slice(0, 80)}…)`)
        return fragment
      }
      return `[${idOf(hit.url)}]`
    })
  return { records, idOf, cite }
}

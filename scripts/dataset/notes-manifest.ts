/**
 * Writes test/fixtures/ru-ua-2025-notes.json, a compact manifest of the shared research notes (timeline.json,
 * positions.json), so that the dataset tests can compare the embedded dataset with the notes on a clone that does not
 * have the notes beside it. Run with `node --import tsx scripts/dataset/notes-manifest.ts` after changing the notes.
 *
 * The manifest holds, for each timeline event, its id, confidence and source urls (in the notes' order); for each
 * position record, its id `pos-<group>-<issue key>-<date>-<n>` (n: the record's index in its list) and source urls;
 * and every distinct source url with its title. Events, records and sources are sorted by id or url, so the output
 * is deterministic (same notes, same bytes), and it is laid out by the repository's Prettier settings. With `--check`
 * it writes nothing and fails, saying what differs, when the committed manifest is not what the notes give.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as prettier from 'prettier'
import { notesDir, readPositions, readTimeline, repoRoot } from './notes'
import type { NoteEvent, NotePositions } from './notes'

/** A timeline event as the manifest keeps it. */
interface ManifestEvent {
  readonly id: string
  readonly confidence: string
  readonly sources: ReadonlyArray<string>
}

/** A position record as the manifest keeps it. */
interface ManifestPosition {
  readonly id: string
  readonly sources: ReadonlyArray<string>
}

/** A source as the manifest keeps it. */
interface ManifestSource {
  readonly url: string
  readonly title: string
}

/** The manifest of the notes. */
interface Manifest {
  readonly note: string
  readonly events: ReadonlyArray<ManifestEvent>
  readonly positions: ReadonlyArray<ManifestPosition>
  readonly sources: ReadonlyArray<ManifestSource>
}

const OUT = join(repoRoot, 'test/fixtures/ru-ua-2025-notes.json')
const RUN = 'node --import tsx scripts/dataset/notes-manifest.ts'
const NOTE = `Derived from the research notes (timeline.json, positions.json) by \`${RUN}\`; regenerate it, do not edit it.`

const fail = (problems: ReadonlyArray<string>): never => {
  const what = process.argv.includes('--check')
    ? 'The manifest is not up to date'
    : 'The manifest was not written'
  console.error(`${what}: ${String(problems.length)} problem(s).`)
  problems.forEach((p) => console.error(`- ${p}`))
  process.exit(1)
}

const byKey =
  <A>(key: (a: A) => string) =>
  (a: A, b: A): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

/** The manifest of the notes, with the problems that make it unreliable (a repeated id, a url with two titles). */
const derive = (
  timeline: ReadonlyArray<NoteEvent>,
  notePositions: NotePositions,
): { readonly manifest: Manifest; readonly problems: ReadonlyArray<string> } => {
  const problems: string[] = []
  const titles = new Map<string, string>()
  const keep = (where: string) => (s: { readonly url: string; readonly title: string }) => {
    const known = titles.get(s.url)
    if (known === undefined) titles.set(s.url, s.title)
    else if (known !== s.title)
      problems.push(
        `${where}: source ${s.url} has the title "${s.title}", elsewhere "${known}"; use one title`,
      )
    return s.url
  }
  const events = timeline.map((e) => ({
    id: e.id,
    confidence: e.confidence,
    sources: e.sources.map(keep(`timeline event ${e.id}`)),
  }))
  const positions = Object.entries(notePositions).flatMap(([group, byIssue]) =>
    Object.entries(byIssue).flatMap(([key, records]) =>
      records.map((r, n) => {
        const id = `pos-${group}-${key}-${r.date}-${String(n)}`
        return { id, sources: r.sources.map(keep(`position record ${id}`)) }
      }),
    ),
  )
  const repeated = (ids: ReadonlyArray<string>): ReadonlyArray<string> =>
    [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].sort()
  for (const id of repeated(events.map((e) => e.id)))
    problems.push(`the timeline has two events with id ${id}`)
  for (const id of repeated(positions.map((p) => p.id)))
    problems.push(`two position records give the id ${id}`)
  const manifest: Manifest = {
    note: NOTE,
    events: [...events].sort(byKey((e) => e.id)),
    positions: [...positions].sort(byKey((p) => p.id)),
    sources: [...titles].map(([url, title]) => ({ url, title })).sort(byKey((s) => s.url)),
  }
  return { manifest, problems }
}

/** What differs between the committed manifest and the one derived from the notes, section by section. */
const differences = (committedText: string, derived: Manifest): ReadonlyArray<string> => {
  let committed: Record<string, unknown>
  try {
    committed = JSON.parse(committedText) as Record<string, unknown>
  } catch {
    return ['it is not valid JSON']
  }
  const sections: ReadonlyArray<readonly [string, ReadonlyArray<object>, string]> = [
    ['events', derived.events, 'id'],
    ['positions', derived.positions, 'id'],
    ['sources', derived.sources, 'url'],
  ]
  const out: string[] = []
  const list = (what: string, keys: ReadonlyArray<string>): void => {
    if (keys.length === 0) return
    const shown = keys.slice(0, 10).join(', ')
    out.push(`${what}: ${shown}${keys.length > 10 ? ` and ${String(keys.length - 10)} more` : ''}`)
  }
  for (const [section, want, key] of sections) {
    const before = out.length
    const have = committed[section]
    if (!Array.isArray(have)) {
      out.push(`it has no \`${section}\` list`)
      continue
    }
    const index = (rows: ReadonlyArray<unknown>): Map<string, string> =>
      new Map(rows.map((r) => [String((r as Record<string, unknown>)[key]), JSON.stringify(r)] as const))
    const old = index(have as unknown[])
    const now = index(want)
    list(
      `${section} the notes have and the manifest lacks`,
      [...now.keys()].filter((k) => !old.has(k)),
    )
    list(
      `${section} the manifest has and the notes lack`,
      [...old.keys()].filter((k) => !now.has(k)),
    )
    list(
      `${section} that changed`,
      [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)),
    )
    if (out.length === before && JSON.stringify(have) !== JSON.stringify(want))
      out.push(`the ${section} are not in order (sorted by ${key})`)
  }
  if (out.length === 0 && committed['note'] !== derived.note) out.push('its `note` differs')
  if (out.length === 0) out.push('the content agrees, but the layout is not the one Prettier gives')
  return out
}

const main = async (): Promise<void> => {
  const dir = notesDir()
  if (dir === undefined)
    fail(['the shared notes were not found: set RU_UA_NOTES to the folder holding timeline.json'])
  const { manifest, problems } = derive(readTimeline(dir as string), readPositions(dir as string))
  if (problems.length > 0) fail(problems)

  const options = (await prettier.resolveConfig(OUT)) ?? {}
  const text = await prettier.format(JSON.stringify(manifest), { ...options, parser: 'json' })
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : undefined
    if (current === undefined) fail([`${OUT} is missing: run \`${RUN}\` and commit the result`])
    if (current !== text)
      fail([
        `${OUT} is out of date: run \`${RUN}\` and commit the result`,
        ...differences(current as string, manifest),
      ])
    console.log(`${OUT} is up to date.`)
    return
  }
  writeFileSync(OUT, text)
  console.log(
    `Wrote ${OUT}: ${String(manifest.events.length)} events, ${String(manifest.positions.length)} position records, ` +
      `${String(manifest.sources.length)} sources.`,
  )
}

void main()

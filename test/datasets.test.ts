/**
 * The embedded dataset: it loads through the public loader with zero problems, keeps every event, source and
 * position record of the research notes, and states the facts a reader can check in the notes.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import * as Datasets from '../src/datasets'
import type { Event, Negotiation, Position, Proposal, Response } from '../src/model'
import * as Load from '../src/model/load'
import data from '../src/datasets/ru-ua-2025.json'

const root = resolve(__dirname, '..')
const file = join(root, 'src/datasets/ru-ua-2025.json')

// The shared research notes: ../shared/data/ru-ua-2025 next to the repository (or $RU_UA_NOTES).
const notesDir = [process.env['RU_UA_NOTES'], resolve(root, '../shared/data/ru-ua-2025')].find(
  (d): d is string => d !== undefined && existsSync(join(d, 'timeline.json')),
)
const NO_NOTES =
  'the research notes (../shared/data/ru-ua-2025) are not here, so the comparison with them is skipped'
/** The test's name, saying why it is skipped when the notes are absent. */
const withNotes = (name: string): string => (notesDir === undefined ? `${name} [skipped: ${NO_NOTES}]` : name)

// Without the notes, the comparisons run against the committed manifest of the notes (their event ids, confidence
// marks, position record ids and sources), which scripts/dataset/notes-manifest.ts derives from them.
const MANIFEST = 'test/fixtures/ru-ua-2025-notes.json'
/** The test's name, saying what it compares with when the notes are absent. */
const withReference = (name: string): string =>
  notesDir === undefined ? `${name} [against ${MANIFEST}: the research notes are not here]` : name

interface NoteSource {
  readonly url: string
  readonly title: string
}
interface NoteEvent {
  readonly id: string
  readonly confidence: string
  readonly sources: ReadonlyArray<NoteSource>
}
type NotePositions = Record<
  string,
  Record<string, ReadonlyArray<{ date: string; sources: ReadonlyArray<NoteSource> }>>
>
/** A position record of the notes, with the id `pos-<group>-<issue key>-<date>-<n>` its positions derive from. */
interface NoteRecord {
  readonly id: string
  readonly sources: ReadonlyArray<NoteSource>
}
interface NotesManifest {
  readonly events: ReadonlyArray<{
    readonly id: string
    readonly confidence: string
    readonly sources: ReadonlyArray<string>
  }>
  readonly positions: ReadonlyArray<{ readonly id: string; readonly sources: ReadonlyArray<string> }>
  readonly sources: ReadonlyArray<NoteSource>
}

const fromNotes = (
  dir: string,
): { timeline: ReadonlyArray<NoteEvent>; noteRecords: ReadonlyArray<NoteRecord> } => {
  const notePositions = JSON.parse(readFileSync(join(dir, 'positions.json'), 'utf8')) as NotePositions
  return {
    timeline: JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')) as NoteEvent[],
    noteRecords: Object.entries(notePositions).flatMap(([group, byIssue]) =>
      Object.entries(byIssue).flatMap(([key, list]) =>
        list.map((r, n) => ({ id: `pos-${group}-${key}-${r.date}-${String(n)}`, sources: r.sources })),
      ),
    ),
  }
}

const fromManifest = (): { timeline: ReadonlyArray<NoteEvent>; noteRecords: ReadonlyArray<NoteRecord> } => {
  const m = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as NotesManifest
  const titles = new Map(m.sources.map((s) => [s.url, s.title] as const))
  const source = (url: string): NoteSource => ({
    url,
    title: titles.get(url) ?? `(no title for this url in ${MANIFEST})`,
  })
  return {
    timeline: m.events.map((e) => ({ ...e, sources: e.sources.map(source) })),
    noteRecords: m.positions.map((r) => ({ id: r.id, sources: r.sources.map(source) })),
  }
}

const { timeline, noteRecords } = notesDir === undefined ? fromManifest() : fromNotes(notesDir)

const doc: Negotiation = Datasets.ruUa2025()
const events: ReadonlyArray<Event> = doc.events
const proposal = (id: string): Proposal | undefined =>
  (doc.proposals as Readonly<Record<string, Proposal>>)[id]
const responses = (f: (r: Response) => boolean): Response[] =>
  events.filter((e): e is Response => e.kind === 'response').filter(f)
const srcId = (url: string): string => `src-${createHash('sha1').update(url).digest('hex').slice(0, 10)}`
const valueOf = (p: string, issue: string): unknown =>
  (proposal(p)?.terms as Readonly<Record<string, { value: unknown }>> | undefined)?.[issue]?.value

describe('loading', () => {
  it('decodes through the public loader with zero problems', () => {
    const r = Load.decode(data)
    if (r._tag === 'Left') expect.fail(Load.format(r.left))
    expect(r.right.id).toBe('ru-ua-2025')
  })

  it('is served by name, cached and deeply frozen', () => {
    const r = Datasets.load('ru-ua-2025')
    expect(r._tag).toBe('Right')
    expect(r._tag === 'Right' && r.right).toBe(doc)
    expect(Datasets.ruUa2025()).toBe(doc)
    expect(Object.isFrozen(doc)).toBe(true)
    expect(Object.isFrozen(doc.events[0])).toBe(true)
    expect(Object.isFrozen(doc.positions)).toBe(true)
    expect(Datasets.names).toEqual(['ru-ua-2025'])
  })

  it('answers an unknown name with a problem naming the datasets', () => {
    const r = Datasets.load('ru-ua-2024')
    expect(r._tag).toBe('Left')
    if (r._tag === 'Right') return
    expect(r.left).toHaveLength(1)
    expect(r.left[0]?.code).toBe('unknown-reference')
    expect(r.left[0]?.message).toContain('ru-ua-2025')
    expect(Datasets.isName('ru-ua-2024')).toBe(false)
  })

  it('is pretty-printed with two spaces, as Prettier lays it out', async () => {
    const text = readFileSync(file, 'utf8')
    const options = (await prettier.resolveConfig(file)) ?? {}
    expect(await prettier.format(text, { ...options, parser: 'json' })).toBe(text)
    expect(text.split('\n')[1]).toMatch(/^ {2}"format"/)
  }, 60_000)

  it.skipIf(notesDir === undefined)(
    withNotes('is what the build script makes of the notes (deterministic, up to date)'),
    () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/dataset/build.ts', '--check'], {
        cwd: root,
        env: { ...process.env, RU_UA_NOTES: notesDir },
        encoding: 'utf8',
      })
      expect(out).toContain('up to date')
    },
    120_000,
  )
})

describe('coverage of the notes', () => {
  it('has at least 80 events, in date order', () => {
    expect(events.length).toBeGreaterThanOrEqual(80)
    const dates = events.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
  })

  it.skipIf(notesDir === undefined)(
    withNotes(
      `has a manifest (${MANIFEST}) that is what scripts/dataset/notes-manifest.ts derives from the notes`,
    ),
    () => {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/dataset/notes-manifest.ts', '--check'],
        { cwd: root, env: { ...process.env, RU_UA_NOTES: notesDir }, encoding: 'utf8' },
      )
      expect(out).toContain('up to date')
    },
    60_000,
  )

  it(withReference('gives every timeline event an event with its id and confidence'), () => {
    expect(timeline).toHaveLength(80)
    const byId = new Map(events.map((e) => [e.id as string, e] as const))
    for (const t of timeline) {
      const e = byId.get(t.id)
      expect(e, t.id).toBeDefined()
      expect(e?.confidence, t.id).toBe(t.confidence)
      expect(e?.sources, t.id).toEqual(t.sources.map((s) => srcId(s.url)))
    }
  })

  it(withReference('keeps every source url and title of the timeline and the positions'), () => {
    const sources = doc.sources as Readonly<Record<string, { url?: string; title: string }>>
    const all = [...timeline.flatMap((e) => e.sources), ...noteRecords.flatMap((r) => r.sources)]
    expect(new Set(all.map((s) => s.url)).size).toBeGreaterThanOrEqual(220)
    for (const s of all) {
      const kept = sources[srcId(s.url)]
      expect(kept?.url, s.url).toBe(s.url)
      expect(kept?.title, s.url).toBe(s.title)
    }
  })

  it('names every source src- + the first 10 hex characters of sha1(url)', () => {
    for (const [id, s] of Object.entries(doc.sources as Readonly<Record<string, { url?: string }>>))
      if (s.url !== undefined) expect(id).toBe(srcId(s.url))
  })

  it(withReference('represents each of the 301 position records by at least one position'), () => {
    // ids are pos-<group>-<issue key>-<date>-<n> (n: the record's index in its list), plus -b, -c… for the extra ones
    const records = new Set(doc.positions.map((p: Position) => (p.id as string).replace(/-[b-z]$/, '')))
    expect(noteRecords).toHaveLength(301)
    const missing = noteRecords.map((r) => r.id).filter((id) => !records.has(id))
    expect(missing).toEqual([])
    expect(records.size).toBe(301)
  })
})

describe('facts a reader can check in the notes', () => {
  it('energy moratorium: accepted by Russia on 18 March and Ukraine on 19 March 2025, lapsed in April', () => {
    const p = 'energy-moratorium-2025-03-18'
    expect(valueOf(p, 'energy.moratorium')).toBe(true)
    expect(proposal(p)?.basedOn).toBe('us-jeddah-2025-03-11')
    const accepted = (party: string, date: string) =>
      responses((r) => r.proposal === p && r.party === party && r.stance === 'accepted' && r.date === date)
    expect(accepted('RU', '2025-03-18')).not.toHaveLength(0)
    expect(accepted('UA', '2025-03-19')).not.toHaveLength(0)
    const lapsed = events.filter((e) => e.kind === 'term-expired' && e.proposal === p)
    expect(lapsed).toHaveLength(1)
    const lapse: string = lapsed[0]?.date ?? ''
    expect(lapse >= '2025-04-16' && lapse <= '2025-04-18').toBe(true)
  })

  it('Black Sea arrangement of 25 March 2025: accepted by Russia only on condition of agricultural-finance relief', () => {
    const p = 'black-sea-2025-03-25'
    expect(valueOf(p, 'black-sea.navigation')).toBe(true)
    expect(proposal(p)?.basedOn).toBe('us-jeddah-2025-03-11')
    const russia = responses(
      (r) => r.proposal === p && r.party === 'RU' && r.stance === 'conditionally-accepted',
    )
    expect(russia).toHaveLength(1)
    expect(russia[0]?.date).toBe('2025-03-25')
    const relief = russia[0]?.conditions?.find(
      (c) => c.kind === 'value' && c.issue === 'sanctions.agri-finance',
    )
    expect(relief?.kind === 'value' && relief.in.kind === 'options' && [...relief.in.options].sort()).toEqual(
      ['eased', 'lifted'],
    )
  })

  it('army cap: 600,000 in the 28-point plan, 800,000 in the E3 counter and the 20-point plan', () => {
    expect(valueOf('us-28-point-2025-11-20', 'army.size')).toBe(600_000)
    expect(valueOf('e3-counter-2025-11-23', 'army.size')).toBe(800_000)
    expect(valueOf('us-20-point-2025-12-24', 'army.size')).toBe(800_000)
  })

  it('the drafts revise one another: April paper → 28 points → E3 counter and Geneva → 20 points', () => {
    expect(proposal('us-28-point-2025-11-20')?.basedOn).toBe('us-paper-2025-04-17')
    expect(proposal('e3-counter-2025-11-23')?.basedOn).toBe('us-28-point-2025-11-20')
    expect(proposal('geneva-19-point-2025-11-23')?.basedOn).toBe('us-28-point-2025-11-20')
    expect(proposal('us-20-point-2025-12-24')?.basedOn).toBe('geneva-19-point-2025-11-23')
    expect(proposal('ua-eu-counter-2025-04-23')?.basedOn).toBe('us-paper-2025-04-17')
  })

  it('Russia demands full withdrawal from Donetsk (June 2024 terms, June 2025 memorandum, Anchorage offer)', () => {
    for (const p of ['ru-terms-2024-06-14', 'ru-memorandum-2025-06-02', 'ru-anchorage-offer-2025-08-15']) {
      expect(proposal(p)?.tabledBy).toEqual(['RU'])
      expect(valueOf(p, 'territory.donetsk.control'), p).toBe('withdrawal')
    }
  })

  it("Ukraine's constitutional bar on recognising Crimea as Russian is a red line with its source", () => {
    const source = srcId('https://www.pravda.com.ua/eng/news/2025/04/23/7508868/')
    const bar = doc.positions.filter(
      (p: Position) =>
        p.party === 'UA' &&
        p.kind === 'red-line' &&
        p.issue === 'territory.crimea.recognition' &&
        p.redLines?.kind === 'options' &&
        p.redLines.options.includes('de-jure' as never) &&
        p.sources.includes(source as never),
    )
    expect(bar).not.toHaveLength(0)
    const rejected = responses(
      (r) => r.party === 'UA' && r.stance === 'rejected' && r.proposal === 'us-paper-2025-04-17',
    )
    expect(
      rejected.some(
        (r) => r.date === '2025-04-22' && r.terms?.includes('territory.crimea.recognition' as never),
      ),
    ).toBe(true)
  })

  it('the 30 vs 90 days dispute over the Ukrainian June ceasefire is recorded with both sources, 30 chosen', () => {
    const term = (
      proposal('ua-memorandum-2025-06-02')?.terms as Record<string, { value: unknown; note?: string }>
    )['ceasefire.duration']
    expect(term?.value).toBe(30)
    expect(term?.note).toMatch(/90 days/)
    expect(term?.note).toContain(
      srcId(
        'https://bcfausa.org/institute-for-the-study-of-war-russia-ukraine-agree-to-pow-exchange-but-no-cease-fire-in-istanbul-talks',
      ),
    )
  })
})

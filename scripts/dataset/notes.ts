/**
 * Reading the shared research notes (timeline.json, positions.json) that the dataset is built from. The notes live
 * outside the repository: `$RU_UA_NOTES`, or `../shared/data/ru-ua-2025` next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** One party's stance on one term, as the notes record it. */
export interface NoteStance {
  readonly stance:
    | 'proposed'
    | 'accepted'
    | 'conditionally_accepted'
    | 'rejected'
    | 'counter_proposed'
    | 'noncommittal'
    | 'supported'
    | 'opposed'
    | 'withdrawn'
    | 'violated_alleged'
    | 'expired'
    | 'unknown'
  readonly conditions?: ReadonlyArray<string>
  readonly note?: string
  readonly confidence?: 'high' | 'medium' | 'low'
}

/** One term of a timeline event. */
export interface NoteTerm {
  readonly issue: string
  readonly term: string
  readonly proposed_by: string
  readonly stances: Readonly<Record<string, NoteStance>>
  readonly confidence?: 'high' | 'medium' | 'low'
}

/** One accusation of a timeline event. */
export interface NoteAccusation {
  readonly by: string
  readonly against: string
  readonly claim: string
  readonly response?: string
  readonly confidence?: 'high' | 'medium' | 'low'
}

/** A source as the notes give it. */
export interface NoteSource {
  readonly url: string
  readonly title: string
}

/** One timeline event. */
export interface NoteEvent {
  readonly id: string
  readonly date: string
  readonly date_end?: string
  readonly title: string
  readonly kind: 'proposal' | 'response' | 'statement' | 'agreement' | 'violation' | 'meeting'
  readonly parties: ReadonlyArray<string>
  readonly location?: string
  readonly summary: string
  readonly terms: ReadonlyArray<NoteTerm>
  readonly violations_or_accusations?: ReadonlyArray<NoteAccusation>
  readonly related_events?: ReadonlyArray<string>
  readonly note?: string
  readonly confidence: 'high' | 'medium' | 'low'
  readonly sources: ReadonlyArray<NoteSource>
}

/** One record of positions.json. */
export interface NotePosition {
  readonly date: string
  readonly type: string
  readonly position: string
  readonly event_id?: string
  readonly confidence: 'high' | 'medium' | 'low'
  readonly sources: ReadonlyArray<NoteSource>
}

/** positions.json: party → issue key → records. */
export type NotePositions = Readonly<Record<string, Readonly<Record<string, ReadonlyArray<NotePosition>>>>>

/** The repository's root. */
export const repoRoot = resolve(__dirname, '../..')

/** The folder of the shared notes, or undefined when it cannot be found. */
export const notesDir = (): string | undefined => {
  const candidates = [
    process.env['RU_UA_NOTES'],
    resolve(repoRoot, '../shared/data/ru-ua-2025'),
    '/work/shared/data/ru-ua-2025',
  ]
  return candidates.find((d): d is string => d !== undefined && existsSync(join(d, 'timeline.json')))
}

const read = <A>(file: string): A => JSON.parse(readFileSync(file, 'utf8')) as A

/** The timeline, in the notes' order (sorted by date). */
export const readTimeline = (dir: string): ReadonlyArray<NoteEvent> => read(join(dir, 'timeline.json'))

/** The position records, or an empty record when the file is absent. */
export const readPositions = (dir: string): NotePositions =>
  existsSync(join(dir, 'positions.json')) ? read(join(dir, 'positions.json')) : {}

/** Every source of the notes (timeline and positions), in order of first appearance. */
export const allSources = (
  timeline: ReadonlyArray<NoteEvent>,
  positions: NotePositions,
): ReadonlyArray<NoteSource> => {
  const seen = new Map<string, NoteSource>()
  const add = (s: NoteSource): void => {
    if (!seen.has(s.url)) seen.set(s.url, s)
  }
  for (const e of timeline) e.sources.forEach(add)
  for (const byIssue of Object.values(positions))
    for (const records of Object.values(byIssue)) for (const r of records) r.sources.forEach(add)
  return [...seen.values()]
}

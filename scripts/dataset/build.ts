/**
 * Builds the embedded dataset src/datasets/ru-ua-2025.json from the shared research notes (timeline.json,
 * positions.json) and the hand-written mapping tables of this folder, merging the positions converted by
 * scripts/dataset/positions/ when they are present. Run with `npx tsx scripts/dataset/build.ts`.
 *
 * The output is deterministic (same notes and tables, same bytes), pretty-printed with two spaces by the repository's
 * Prettier settings, and is checked with the library's codecs before
 * it is written; any problem stops the build with a list of what to fix. With `--check` it writes nothing and fails
 * when the committed file differs from what the notes and tables produce.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as prettier from 'prettier'
import { Negotiation } from '../../src/model'
import { convertEvent } from './events'
import { issues, parties } from './issues'
import { allSources, notesDir, readPositions, readTimeline, repoRoot } from './notes'
import { buildProposals } from './proposals'
import { makeSources } from './sources'
import { checkDocument } from './check'

type Json = Record<string, unknown>

const OUT = join(repoRoot, 'src/datasets/ru-ua-2025.json')
const POSITIONS = join(repoRoot, 'scripts/dataset/positions/positions.json')
const POSITION_SOURCES = join(repoRoot, 'scripts/dataset/positions/sources.json')

const fail = (problems: ReadonlyArray<string>): never => {
  console.error(`The dataset was not written: ${String(problems.length)} problem(s).`)
  problems.forEach((p) => console.error(`- ${p}`))
  process.exit(1)
}

const main = async (): Promise<void> => {
  const dir = notesDir()
  if (dir === undefined)
    fail(['the shared notes were not found: set RU_UA_NOTES to the folder holding timeline.json'])
  const timeline = readTimeline(dir as string)
  const notePositions = readPositions(dir as string)
  const sources = makeSources(allSources(timeline, notePositions))
  const byEvent = new Map(timeline.map((e) => [e.id, e] as const))
  const problems: string[] = []

  const { proposals, problems: pp } = buildProposals(byEvent, sources)
  problems.push(...pp)

  const ctx = { byEvent, sources, problems }
  const events = timeline
    .flatMap((ev, index) => convertEvent(ctx, ev).map((e, k) => ({ e, index, k })))
    .sort((a, b) => {
      const da = a.e['date'] as string
      const db = b.e['date'] as string
      return da < db ? -1 : da > db ? 1 : a.index - b.index || a.k - b.k
    })
    .map(({ e }) => e)

  // positions converted by the other half of the build, when present
  const positions: unknown[] = existsSync(POSITIONS)
    ? (JSON.parse(readFileSync(POSITIONS, 'utf8')) as unknown[])
    : []
  const records: Record<string, unknown> = { ...sources.records }
  if (existsSync(POSITION_SOURCES)) {
    const extra = JSON.parse(readFileSync(POSITION_SOURCES, 'utf8')) as Record<string, Json>
    for (const [id, s] of Object.entries(extra)) {
      const mine = records[id] as Json | undefined
      if (mine === undefined) records[id] = s
      else if (mine['url'] !== s['url'] || mine['title'] !== s['title'])
        problems.push(
          `source \`${id}\` differs between the timeline and scripts/dataset/positions/sources.json`,
        )
    }
  }

  const document = {
    format: 'negotiation-positions/1',
    id: 'ru-ua-2025',
    title: 'Russia–Ukraine ceasefire and peace negotiations, 2025–26',
    description:
      'The 2025–26 Russia–Ukraine negotiations from the US 30-day ceasefire proposal at Jeddah (11 March 2025) to the trilateral rounds of February 2026, with four older background items (Putin’s terms of June 2024 among them). Converted from public research notes: every event, proposal and position carries its sources and a confidence mark (high: published texts and on-record statements; medium: well-sourced reporting; low: single-outlet or anonymous-source claims). "Accepted" records what a party said, not proof of implementation.',
    asOf: '2026-02-26',
    license:
      'Facts and short paraphrases with links to their sources; no article text is copied. Cite the original reporting (the wire agency where a source is a syndicated copy).',
    citation:
      'Russia–Ukraine negotiations 2025–26 dataset (ru-ua-2025), negotiation-positions 0.1.0, built from research notes of public reporting up to 26 February 2026.',
    parties,
    issues,
    positions,
    proposals,
    events,
    sources: Object.fromEntries(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : 1))),
  }

  const decoded = Negotiation.decode(document)
  if (decoded._tag === 'Left')
    problems.push(
      ...decoded.left.slice(0, 50).map(
        (e) =>
          `${e.context
            .map((c) => c.key)
            .filter((k) => k !== '')
            .join('.')}: ${e.message ?? 'invalid'}`,
      ),
    )
  problems.push(...checkDocument(document))
  if (problems.length > 0) fail(problems)

  // pretty-printed with two spaces, laid out by the repository's Prettier settings (so `format:check` agrees)
  const options = (await prettier.resolveConfig(OUT)) ?? {}
  const text = await prettier.format(JSON.stringify(document, null, 2), { ...options, parser: 'json' })
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : ''
    if (current !== text)
      fail([`${OUT} is out of date: run \`npx tsx scripts/dataset/build.ts\` and commit the result`])
    console.log(`${OUT} is up to date.`)
    return
  }
  writeFileSync(OUT, text)
  const kinds: Record<string, number> = {}
  for (const e of events) kinds[e['kind'] as string] = (kinds[e['kind'] as string] ?? 0) + 1
  console.log(
    `Wrote ${OUT}: ${String(events.length)} events (${Object.entries(kinds)
      .map(([k, n]) => `${k} ${String(n)}`)
      .join(', ')}), ` +
      `${String(Object.keys(proposals).length)} proposals, ${String(Object.values(proposals).reduce((n, p) => n + Object.keys(p['terms'] as object).length, 0))} terms, ` +
      `${String(Object.keys(records).length)} sources, ${String(positions.length)} positions.`,
  )
}

void main()

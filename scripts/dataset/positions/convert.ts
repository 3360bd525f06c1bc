/**
 * Converts the dated stance records of positions.json into `Position` objects, using the hand-made mapping of
 * mapping.ts, checks them, and writes:
 *
 * - scripts/dataset/positions/positions.json: the positions, ordered by party, issue, date, then file order;
 * - scripts/dataset/positions/sources.json: source id → { title, url } for every source they cite.
 *
 * Run: `npx tsx scripts/dataset/positions/convert.ts [path/to/positions.json]` (default: the shared notes). Writes
 * nothing and exits with status 1 when a check fails: a mapping entry out of step with the file, a value outside
 * its issue's domain, an unknown party or issue, a position the `Position` codec rejects, or an incoherent merged
 * stance.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import * as prettier from 'prettier'
import { Position } from '../../../src/model/position'
import { issues, sourceId, type DatasetParty } from '../issues'
import { conditionProblems, mergeStance, setProblems, valueProblems, type Stance } from './checks'
import { CATALOGUE_ISSUES, domainOf, type Entry, type Target } from './dsl'
import { groupParty, mapping, priorityOf } from './mapping'

// -------------------------------------------------------------------------------------
// input
// -------------------------------------------------------------------------------------

interface RawSource {
  readonly url: string
  readonly title: string
}

interface RawRecord {
  readonly date: string
  readonly type: string
  readonly position: string
  readonly event_id?: string
  readonly confidence: string
  readonly sources: ReadonlyArray<RawSource>
}

type RawFile = Readonly<Record<string, Readonly<Record<string, ReadonlyArray<RawRecord>>>>>

const HERE = __dirname
const INPUT = process.argv[2] ?? path.resolve(HERE, '../../../../shared/data/ru-ua-2025/positions.json')
const PARTIES: ReadonlySet<string> = new Set<DatasetParty>([
  'RU',
  'UA',
  'US',
  'EUR',
  'SA',
  'TR',
  'AE',
  'CH',
  'KP',
  'VA',
  'CN',
])

const KIND: Readonly<Record<string, string>> = {
  ideal_demand: 'ideal-demand',
  acceptable: 'acceptable',
  red_line: 'red-line',
  offer: 'offer',
  rejection: 'rejection',
  shift: 'shift',
  statement: 'statement',
}

// -------------------------------------------------------------------------------------
// conversion
// -------------------------------------------------------------------------------------

interface Built {
  readonly position: Record<string, unknown>
  readonly order: number
  readonly target: Target
}

const errors: string[] = []
const fail = (where: string, what: string): void => {
  errors.push(`${where}: ${what}`)
}

const suffix = (j: number): string => (j === 0 ? '' : `-${String.fromCharCode(97 + j)}`)

const hasStance = (t: Target): boolean =>
  t.ideal !== undefined ||
  t.acceptable !== undefined ||
  t.redLines !== undefined ||
  (t.conditions?.length ?? 0) > 0

{
  const mine = new Set<string>(CATALOGUE_ISSUES)
  const theirs = new Set(Object.keys(issues))
  for (const i of mine)
    if (!theirs.has(i)) fail('catalogue', `issue \`${i}\` is missing from scripts/dataset/issues.ts`)
  for (const i of theirs)
    if (!mine.has(i))
      fail(
        'catalogue',
        `issue \`${i}\` of scripts/dataset/issues.ts is missing from CATALOGUE_ISSUES (dsl.ts)`,
      )
}

const file = JSON.parse(readFileSync(INPUT, 'utf8')) as RawFile
const built: Built[] = []
const sources = new Map<string, RawSource>()
const pendings: string[] = []
const recordClass = { values: 0, conditionsOnly: 0, statementOnly: 0, pending: 0 }
let records = 0

for (const [group, byKey] of Object.entries(file)) {
  const table = mapping[group]
  if (table === undefined) {
    fail(group, 'no mapping table for this group')
    continue
  }
  for (const key of Object.keys(table))
    if (!(key in byKey)) fail(`${group}.${key}`, 'the mapping has an issue key the file does not have')
  for (const [key, list] of Object.entries(byKey)) {
    const entries: ReadonlyArray<Entry> = table[key] ?? []
    if (entries.length !== list.length)
      fail(`${group}.${key}`, `the file has ${list.length} records, the mapping ${entries.length} entries`)
    list.forEach((r, n) => {
      records += 1
      const where = `${group}.${key}[${n}] (${r.date})`
      const e = entries[n]
      if (e === undefined) return
      if (e.date !== r.date)
        fail(where, `the mapping entry is dated ${e.date}: entries are out of step with the file`)
      if (e.pending !== undefined) {
        recordClass.pending += 1
        pendings.push(`${where}: ${e.pending} — "${r.position}"`)
        return
      }
      if (e.targets.length === 0) fail(where, 'no target issue')
      const kind = KIND[r.type]
      if (kind === undefined) fail(where, `unknown record type ${JSON.stringify(r.type)}`)
      const ids = r.sources.map((s) => {
        const id = sourceId(s)
        const seen = sources.get(id)
        if (seen !== undefined && (seen.url !== s.url || seen.title !== s.title))
          fail(where, `source id ${id} already names ${JSON.stringify(seen)}`)
        sources.set(id, { title: s.title, url: s.url })
        return id
      })
      const anyValues = e.targets.some(
        (t) => t.ideal !== undefined || t.acceptable !== undefined || t.redLines !== undefined,
      )
      if (anyValues) recordClass.values += 1
      else if (e.targets.some(hasStance)) recordClass.conditionsOnly += 1
      else recordClass.statementOnly += 1
      e.targets.forEach((t, j) => {
        const party = t.party ?? e.party ?? groupParty[group]
        const id = `pos-${group}-${key}-${r.date}-${n}${suffix(j)}`
        if (party === undefined || !PARTIES.has(party)) {
          fail(id, `no catalogue party (${String(party)}): name one in the mapping`)
          return
        }
        const problems = [
          ...(domainOf(t.issue) === undefined ? [`issue \`${t.issue}\` is not in the catalogue`] : []),
          ...(t.ideal === undefined ? [] : valueProblems(t.issue, t.ideal)),
          ...(t.acceptable === undefined ? [] : setProblems(t.issue, t.acceptable)),
          ...(t.redLines === undefined ? [] : setProblems(t.issue, t.redLines)),
          ...(t.conditions ?? []).flatMap(conditionProblems),
        ]
        problems.forEach((p) => fail(id, p))
        const priority = hasStance(t) ? priorityOf(party, t.issue) : undefined
        const position: Record<string, unknown> = {
          id,
          party,
          issue: t.issue,
          asOf: r.date,
          kind,
          statement: r.position,
          ...(t.ideal === undefined ? {} : { ideal: t.ideal }),
          ...(t.acceptable === undefined ? {} : { acceptable: t.acceptable }),
          ...(t.redLines === undefined ? {} : { redLines: t.redLines }),
          ...(priority === undefined ? {} : { priority }),
          ...(t.conditions === undefined || t.conditions.length === 0 ? {} : { conditions: t.conditions }),
          confidence: r.confidence,
          ...(r.event_id === undefined ? {} : { event: r.event_id }),
          sources: ids,
          ...(t.note === undefined ? {} : { note: t.note }),
        }
        const decoded = Position.decode(position)
        if (decoded._tag === 'Left')
          for (const err of decoded.left)
            fail(
              id,
              `${
                err.context
                  .map((c) => c.key)
                  .filter((k) => k !== '')
                  .join('.') || '(root)'
              }: ${err.message ?? 'rejected by the Position codec'}`,
            )
        built.push({ position, order: built.length, target: t })
      })
    })
  }
}

// -------------------------------------------------------------------------------------
// order and merged stances
// -------------------------------------------------------------------------------------

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const str = (b: Built, k: string): string => b.position[k] as string
built.sort(
  (a, b) =>
    cmp(str(a, 'party'), str(b, 'party')) ||
    cmp(str(a, 'issue'), str(b, 'issue')) ||
    cmp(str(a, 'asOf'), str(b, 'asOf')) ||
    a.order - b.order,
)

const stances = new Map<string, Stance>()
for (const b of built) {
  const k = `${str(b, 'party')} ${str(b, 'issue')}`
  const { stance, problems } = mergeStance(str(b, 'issue'), stances.get(k) ?? {}, b.target)
  problems.forEach((p) => fail(str(b, 'id'), p))
  stances.set(k, stance)
}

const ids = new Set<string>()
for (const b of built) {
  if (ids.has(str(b, 'id'))) fail(str(b, 'id'), 'duplicate position id')
  ids.add(str(b, 'id'))
}

// -------------------------------------------------------------------------------------
// report and output
// -------------------------------------------------------------------------------------

const counts = new Map<string, Map<string, number>>()
for (const b of built) {
  const byKind = counts.get(str(b, 'party')) ?? new Map<string, number>()
  byKind.set(str(b, 'kind'), (byKind.get(str(b, 'kind')) ?? 0) + 1)
  counts.set(str(b, 'party'), byKind)
}
const valued = built.filter((b) => hasStance(b.target)).length

console.log(
  `records: ${records}; positions: ${built.length} (${valued} with values or conditions, ${built.length - valued} statement only)`,
)
console.log(
  `records with values: ${recordClass.values}; conditions only: ${recordClass.conditionsOnly}; statement only: ${recordClass.statementOnly}; pending: ${recordClass.pending}`,
)
for (const [party, byKind] of [...counts].sort(([a], [b]) => cmp(a, b)))
  console.log(
    `  ${party}: ${[...byKind]
      .sort(([a], [b]) => cmp(a, b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  )
console.log(`sources: ${sources.size}`)
for (const p of pendings) console.log(`PENDING ${p}`)

if (errors.length > 0) {
  for (const e of errors) console.error(`ERROR ${e}`)
  console.error(`${errors.length} problem(s); nothing written.`)
  process.exit(1)
}

/** Writes `data` as JSON, formatted with the repository's Prettier settings (so `npm run format:check` passes). */
const out = async (name: string, data: unknown): Promise<void> => {
  const file = path.join(HERE, name)
  const options = (await prettier.resolveConfig(file)) ?? {}
  writeFileSync(file, await prettier.format(JSON.stringify(data), { ...options, parser: 'json' }))
}

void (async () => {
  await out(
    'positions.json',
    built.map((b) => b.position),
  )
  await out('sources.json', Object.fromEntries([...sources].sort(([a], [b]) => cmp(a, b))))
  console.log(`wrote positions.json (${built.length}) and sources.json (${sources.size}).`)
})()

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   the edits below reach into untyped JSON on purpose */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import * as model from '../src'
import { Load } from '../src'

const ajv = new Ajv2020({ strict: true, allErrors: true })
addFormats(ajv)
const schemaAccepts = ajv.compile(Load.jsonSchema())

/** The codes of the meaning pass: a document that only has these passed the structural codecs. */
const SEMANTIC = new Set([
  'unknown-reference',
  'out-of-domain',
  'duplicate-id',
  'bad-domain',
  'bad-range',
  'unsorted',
  'date-order',
  'wrong-party',
  'contradiction',
  'semantic',
  'cycle',
])

/** True when the loader's JSON-data and structure passes accept `u` (its meaning may still be wrong). */
const codecsAccept = (u: unknown): boolean => {
  const r = Load.decode(u)
  return r._tag === 'Right' || r.left.every((i) => SEMANTIC.has(i.code))
}

const fixtures = join(__dirname, 'fixtures')
const read = (file: string): unknown => {
  const text = readFileSync(file, 'utf8')
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
}

const base = (): Record<string, unknown> =>
  read(join(fixtures, 'valid', 'all-kinds.json')) as Record<string, unknown>

/** Structural edge cases, each a change to the all-kinds sample. */
const edits: ReadonlyArray<readonly [string, (d: any) => void]> = [
  ['title of blanks', (d) => void (d.title = '   ')],
  ['title of a no-break space', (d) => void (d.title = '\u00a0')],
  ['title at the length limit', (d) => void (d.title = 'x'.repeat(500))],
  ['title past the length limit', (d) => void (d.title = 'x'.repeat(501))],
  ['id of 100 characters', (d) => void (d.parties['P'.repeat(100)] = d.parties.N)],
  ['id of 101 characters', (d) => void (d.parties['P'.repeat(101)] = d.parties.N)],
  ['id starting with a dash', (d) => void (d.parties['-N'] = d.parties.N)],
  ['id `constructor`', (d) => void (d.parties.constructor = d.parties.N)],
  [
    'score key __proto__',
    (d) =>
      void Object.defineProperty(d.positions[3].valuation.scores, '__proto__', {
        value: 1,
        enumerable: true,
      }),
  ],
  ['a leap day', (d) => void (d.asOf = '2024-02-29')],
  ['a leap day in a common year', (d) => void (d.asOf = '2025-02-29')],
  ['31 April', (d) => void (d.sources.s1.published = '2024-04-31')],
  ['a date with a time', (d) => void (d.asOf = '2024-06-30T12:00:00Z')],
  [
    'priority 0 and reservation 1',
    (d) => void Object.assign(d.positions[0], { priority: 0, reservation: 1 }),
  ],
  ['priority below 0', (d) => void (d.positions[0].priority = -0.1)],
  ['party reservation above 1', (d) => void (d.parties.N.reservation = 1.01)],
  ['negative subset size', (d) => void (d.positions[2].acceptable.any[0].minSize = -1)],
  ['empty subset constraint', (d) => void (d.positions[2].acceptable.any = [{}])],
  ['value that is not an id', (d) => void (d.proposals['draft-1'].terms.harbour.value = 'two words')],
  ['value list with a number', (d) => void (d.proposals['draft-1'].terms.fishing.value = ['inner', 3])],
  ['value null', (d) => void (d.proposals['draft-1'].terms.harbour.value = null)],
  ['empty tabledBy', (d) => void (d.proposals['draft-1'].tabledBy = [])],
  ['unknown field in When', (d) => void (d.positions[0].conditions[0].when.extra = true)],
  ['condition without kind', (d) => void delete d.positions[0].conditions[3].kind],
  [
    'sequencing with a value condition',
    (d) => void (d.proposals['draft-2'].sequencing = [d.proposals['draft-2'].conditions[1]]),
  ],
  ['event with an unknown kind', (d) => void (d.events[0].kind = 'press-conference')],
  ['stance not allowed', (d) => void (d.events[2].stance = 'maybe')],
  ['flag set with text', (d) => void (d.positions[3].acceptable.values = ['true'])],
  ['interval bound as text', (d) => void (d.positions[1].acceptable.intervals[0].min = '0')],
  ['wrong format', (d) => void (d.format = 'negotiation-positions/2')],
  ['missing issues', (d) => void delete d.issues],
  [
    'no positions, proposals, events or sources',
    (d) => {
      for (const k of ['positions', 'proposals', 'events', 'sources']) delete d[k]
    },
  ],
  ['unknown top-level field', (d) => void (d.version = 1)],
  ['members with an empty name', (d) => void (d.parties.S.members = [''])],
  ['ordered as text', (d) => void (d.issues.harbour.domain.ordered = 'true')],
  ['point longer than 50', (d) => void (d.proposals['draft-1'].terms.harbour.point = '1'.repeat(51))],
  ['weights with a bad element id', (d) => void (d.positions[2].valuation.weights['bad id'] = 1)],
]

describe('the JSON Schema and the codecs agree', () => {
  const valid = readdirSync(join(fixtures, 'valid'))
  it.each(valid)('both accept the valid sample %s', (file) => {
    const doc = read(join(fixtures, 'valid', file))
    expect(schemaAccepts(doc)).toBe(true)
    expect(codecsAccept(doc)).toBe(true)
  })

  const manifest = JSON.parse(readFileSync(join(fixtures, 'malformed', 'manifest.json'), 'utf8')) as Record<
    string,
    ReadonlyArray<{ readonly code: string }>
  >
  const jsonData = Object.entries(manifest).flatMap(([file, expected]) => {
    // text-level mistakes (syntax, keys written twice) are gone once the text is parsed
    if (!file.endsWith('.json') || expected.some((x) => x.code === 'syntax' || x.code === 'duplicate-key'))
      return []
    return [
      [
        file,
        JSON.parse(readFileSync(join(fixtures, 'malformed', file), 'utf8')) as unknown,
        expected,
      ] as const,
    ]
  })
  it('has structurally invalid and semantically invalid samples in the corpus', () => {
    const structural = jsonData.filter(([, , e]) => !e.every((x) => SEMANTIC.has(x.code)))
    expect(structural.length).toBeGreaterThanOrEqual(25)
    expect(jsonData.length - structural.length).toBeGreaterThanOrEqual(25)
  })
  it.each(jsonData)('agree on %s', (_, doc, expected) => {
    const structurallyValid = expected.every((x) => SEMANTIC.has(x.code))
    expect(codecsAccept(doc)).toBe(structurallyValid)
    expect(schemaAccepts(doc)).toBe(structurallyValid)
  })

  it.each(edits)('agree on an edit: %s', (_, edit) => {
    const doc = base()
    edit(doc)
    expect(schemaAccepts(doc)).toBe(codecsAccept(doc))
  })

  it('agree on a document that is a list', () => {
    expect(schemaAccepts([base()])).toBe(false)
    expect(codecsAccept([base()])).toBe(false)
  })

  it('list the same words as the codecs for every closed vocabulary', () => {
    const defs = Load.jsonSchema().$defs as Record<string, { enum?: string[] }>
    const vocabularies = [
      'PartyRole',
      'Confidence',
      'IssueCategory',
      'PositionKind',
      'TextStatus',
      'Stance',
    ] as const
    for (const name of vocabularies) {
      const codec = (
        model as unknown as Record<
          string,
          { decode: (u: unknown) => { _tag: string; left?: Array<{ message?: string }> } }
        >
      )[name]
      const r = codec?.decode('\u0000')
      const allowed = [...(r?.left?.[0]?.message ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1])
      expect(defs[name]?.enum, name).toEqual(allowed)
    }
  })

  it('name the same required fields as the codecs', () => {
    const defs = Load.jsonSchema().$defs as Record<string, { required?: string[] }>
    const structs = [
      'Party',
      'Source',
      'Option',
      'Issue',
      'Position',
      'Term',
      'Proposal',
      'Interval',
    ] as const
    for (const name of structs) {
      const codec = (
        model as unknown as Record<
          string,
          { decode: (u: unknown) => { _tag: string; left?: Array<{ message?: string }> } }
        >
      )[name]
      const r = codec?.decode({})
      const missing = (r?.left ?? []).flatMap(
        (e) => /^missing required field `([^`]+)`/.exec(e.message ?? '')?.[1] ?? [],
      )
      expect([...(defs[name]?.required ?? [])].sort(), name).toEqual(missing.sort())
    }
  })
})

describe('docs/negotiation.schema.json', () => {
  it('is the schema Load.jsonSchema() returns', () => {
    const file = readFileSync(join(__dirname, '..', 'docs', 'negotiation.schema.json'), 'utf8')
    // Regenerate with (then run prettier on it):
    // npx tsx -e "import { jsonSchema } from './src/model/schema'; import { writeFileSync } from 'node:fs'; writeFileSync('docs/negotiation.schema.json', JSON.stringify(jsonSchema(), null, 2) + '\n')"
    expect(JSON.parse(file)).toEqual(Load.jsonSchema())
  })
})

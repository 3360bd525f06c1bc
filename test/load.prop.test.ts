/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   the edits below reach into untyped JSON on purpose */
import { fc, test } from './fast-check'
import { describe, expect } from 'vitest'
import { stringify as toYaml } from 'yaml'
import { Load } from '../src'
import { deepFreeze } from '../src/internal/freeze'
import { scanJson } from '../src/model/load-json'

// -------------------------------------------------------------------------------------
// arbitraries
// -------------------------------------------------------------------------------------

const hostile = new Set(['__proto__', 'constructor', 'prototype'])
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,8}$/).filter((s) => !hostile.has(s))
const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0)
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** A valid document: parties, choice issues, positions on them, a proposal and responses to it. */
const validDocument = fc
  .record({
    parties: fc.uniqueArray(id, { minLength: 2, maxLength: 4 }),
    issues: fc.uniqueArray(
      fc.record({ id, options: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), label: words }),
      {
        minLength: 1,
        maxLength: 3,
        selector: (i) => i.id,
      },
    ),
    title: words,
    date,
    picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ parties, issues, title, date, picks }) => {
    const pick = <A>(xs: ReadonlyArray<A>, k: number): A => xs[(picks[k] ?? 0) % xs.length] as A
    return {
      format: 'negotiation-positions/1',
      title,
      parties: Object.fromEntries(parties.map((p) => [p, { name: `Party ${p}`, role: 'principal' }])),
      issues: Object.fromEntries(
        issues.map((i) => [
          i.id,
          {
            label: i.label,
            category: 'other',
            domain: { kind: 'choice', options: i.options.map((o) => ({ id: o, label: o })) },
          },
        ]),
      ),
      positions: parties.map((p, k) => {
        const issue = pick(issues, k)
        return {
          id: `pos-${String(k)}`,
          party: p,
          issue: issue.id,
          asOf: date,
          sources: [],
          ideal: pick(issue.options, k + 4),
        }
      }),
      proposals: {
        draft: {
          title: 'Draft',
          date,
          tabledBy: [parties[0]],
          terms: Object.fromEntries(issues.map((i, k) => [i.id, { value: pick(i.options, k + 8) }])),
          sources: [],
        },
      },
      events: parties.map((p, k) => ({
        id: `ev-${String(k)}`,
        kind: 'response',
        date,
        party: p,
        proposal: 'draft',
        stance: 'rejected',
        sources: [],
      })),
    }
  })

type Mistake = (d: any) => void
/** Independent mistakes, each at its own place in the document. */
const mistakes: ReadonlyArray<Mistake> = [
  (d) => void (d.positions[0].party = 'nobody-here'),
  (d) => void (d.positions[1].ideal = 'not-an-option-at-all'),
  (d) => void (d.events[0].date = '1999-01-01'),
  (d) => void (d.proposals.draft.tabledBy = ['nobody-here']),
  (d) => void (d.proposals.draft.basedOn = 'draft'),
  (d) => void (d.events[1].proposal = 'no-such-draft'),
]

/** The same document with the keys of every object in another order. */
const reorder = (u: unknown, seed: number): unknown => {
  if (Array.isArray(u)) return u.map((x) => reorder(x, seed))
  if (typeof u !== 'object' || u === null) return u
  const entries = Object.entries(u)
  const rotated = [
    ...entries.slice(seed % (entries.length || 1)),
    ...entries.slice(0, seed % (entries.length || 1)),
  ]
  return Object.fromEntries(rotated.reverse().map(([k, v]) => [k, reorder(v, seed + 1)]))
}

const problems = (r: ReturnType<typeof Load.decode>): string[] =>
  r._tag === 'Left' ? r.left.map((i) => `${i.path} ${i.code}`) : []

// -------------------------------------------------------------------------------------
// properties
// -------------------------------------------------------------------------------------

describe('Load never throws', () => {
  test.prop([
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
  ])('decode returns problems or a document for any value', (u) => {
    const r = Load.decode(u)
    expect(['Left', 'Right']).toContain(r._tag)
    if (r._tag === 'Left') expect(r.left.length).toBeGreaterThan(0)
  })

  test.prop([fc.string(), fc.constantFrom('json', 'yaml', 'auto' as const)])(
    'parse returns problems or a document for any text',
    (text, format) => {
      const r = Load.parse(text, format)
      expect(['Left', 'Right']).toContain(r._tag)
    },
  )

  test.prop([fc.json(), fc.constantFrom('json', 'yaml', 'auto' as const)])(
    'parse reads any JSON text',
    (text, format) => {
      const r = Load.parse(text, format)
      if (r._tag === 'Left')
        expect(r.left.every((i) => i.code !== 'syntax' && i.code !== 'internal')).toBe(true)
    },
  )
})

describe('the JSON scanner that locates values and syntax errors', () => {
  const accepts = (text: string): boolean => {
    try {
      JSON.parse(text)
      return true
    } catch {
      return false
    }
  }
  const damaged = fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x', '0', '-', '.'))
    .map(([text, at, insert]) => {
      const k = at % (text.length + 1)
      return text.slice(0, k) + insert + text.slice(k + 1)
    })
  test.prop([fc.oneof(fc.json(), damaged, fc.string())])(
    'accepts exactly the texts JSON.parse accepts',
    (text) => {
      expect(scanJson(text).error === undefined).toBe(accepts(text))
    },
  )
})

describe('Load on valid documents', () => {
  test.prop([validDocument])('decodes them, without touching the frozen input', (doc) => {
    const r = Load.decode(deepFreeze(doc))
    if (r._tag === 'Left') throw new Error(Load.format(r.left))
    expect(r.right).toEqual({ ...doc, sources: {} })
  })

  test.prop([validDocument], { numRuns: 40 })(
    'reads the same document from JSON and from YAML text',
    (doc) => {
      const direct = Load.decode(doc)
      expect(Load.parse(JSON.stringify(doc, null, 1))).toEqual(direct)
      expect(Load.parse(toYaml(doc), 'yaml')).toEqual(direct)
    },
  )
})

describe('Load on documents with mistakes', () => {
  test.prop([validDocument, fc.subarray([...mistakes.keys()], { minLength: 1 }), fc.nat(50)])(
    'reports one problem per mistake, at distinct paths, whatever the key order',
    (doc, chosen, seed) => {
      const d = structuredClone(doc)
      for (const k of chosen) (mistakes[k] as Mistake)(d)
      const found = problems(Load.decode(deepFreeze(d)))
      expect(found).toHaveLength(chosen.length)
      expect(new Set(found.map((p) => p.split(' ')[0])).size).toBe(found.length)
      expect(new Set(problems(Load.decode(reorder(d, seed))))).toEqual(new Set(found))
    },
  )
})

/**
 * Fuzzing the loader: fast-check takes the valid seed documents (test/quality/seeds.ts) and breaks them — type swaps,
 * dropped and duplicated ids, out-of-domain values, dangling references, hostile keys (`__proto__`, `constructor`,
 * `prototype` as own keys), extreme numbers, deep nesting, very long strings, unknown fields — one to three times
 * each. Every broken document must come back from `Load.decode` as a list of problems, each with a path that points
 * into the document, a known code and a message; never an exception, never an `internal` problem, never a change to
 * the (deep-frozen) input.
 *
 * Each mutation below is chosen so that it always makes a document invalid (a different JSON type where one is
 * expected, an id that cannot exist, a date that is not a date, ...). A second property applies arbitrary, possibly
 * harmless changes and checks only that the loader stays well-behaved.
 *
 * Replay a failure with the seed and path fast-check prints: `test.prop([...], { seed, path })`.
 */
import { fc, test } from '../fast-check'
import { describe, expect, it } from 'vitest'
import type { DecodeIssue } from '../../src/model/errors'
import * as Load from '../../src/model/load'
import { deepFreeze, fingerprint, fromJson, unfrozenPath } from './helpers'
import { seeds } from './seeds'

// -------------------------------------------------------------------------------------
// documents as mutable trees
// -------------------------------------------------------------------------------------

type Segment = string | number
type Path = ReadonlyArray<Segment>
type Container = Record<string, unknown> | unknown[]

const isContainer = (u: unknown): u is Container => typeof u === 'object' && u !== null
const isRecord = (u: unknown): u is Record<string, unknown> => isContainer(u) && !Array.isArray(u)

/** The document sits in a box so that the root itself can be replaced. */
interface Box {
  doc: unknown
}

interface Node {
  readonly path: Path
  readonly value: unknown
  readonly parent: Container
  readonly key: Segment
}

/** Every value of the document with its path, depth first, in key order (deterministic). */
const nodesOf = (box: Box): ReadonlyArray<Node> => {
  const out: Node[] = []
  const walk = (parent: Container, key: Segment, path: Path): void => {
    const value = (parent as Record<Segment, unknown>)[key]
    out.push({ path, value, parent, key })
    if (Array.isArray(value)) value.forEach((_, i) => walk(value, i, [...path, i]))
    else if (isRecord(value)) for (const k of Object.keys(value)) walk(value, k, [...path, k])
  }
  walk(box as unknown as Container, 'doc', [])
  return out
}

/** Sets an own property, even one called `__proto__`. */
const setOwn = (parent: Container, key: Segment, value: unknown): void => {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The key a value sits under, looking through arrays (`sources[2]` sits under `sources`). */
const fieldOf = (n: Node): Segment | undefined => {
  for (let i = n.path.length - 1; i >= 0; i--) if (typeof n.path[i] === 'string') return n.path[i]
  return undefined
}

const jsonType = (u: unknown): string => (u === null ? 'null' : Array.isArray(u) ? 'array' : typeof u)

// -------------------------------------------------------------------------------------
// mutations that always make a document invalid
// -------------------------------------------------------------------------------------

/** What a mutation is told: which node (an index, reduced modulo the candidates) and which variant. */
interface Pick {
  readonly at: number
  readonly variant: number
  readonly size: number
}

/**
 * A mutation changes the document in place, at one of `nodes` (the values it may touch), and returns the paths it
 * touched, or `undefined` when no node suits it.
 */
type Mutation = (nodes: ReadonlyArray<Node>, pick: Pick) => ReadonlyArray<Path> | undefined

const choose = <A>(xs: ReadonlyArray<A>, i: number): A | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length]

const replaceAt = (n: Node, value: unknown): ReadonlyArray<Path> => {
  setOwn(n.parent, n.key, value)
  return [n.path]
}

const SWAPS: ReadonlyArray<unknown> = [null, true, 0, 'x', [], {}]

/** A value of another JSON type where one was. */
const typeSwap: Mutation = (nodes, p) => {
  const n = choose(nodes, p.at)
  if (n === undefined) return undefined
  const options = SWAPS.filter((s) => jsonType(s) !== jsonType(n.value))
  return replaceAt(n, structuredClone(choose(options, p.variant)))
}

/** An item of a list loses its `id` (positions, events, options, universe elements). */
const dropId: Mutation = (nodes, p) => {
  const n = choose(
    nodes.filter((x) => isRecord(x.value) && Object.prototype.hasOwnProperty.call(x.value, 'id')),
    p.at,
  )
  if (n === undefined) return undefined
  delete (n.value as Record<string, unknown>)['id']
  return [[...n.path, 'id']]
}

/** Two items of one list get the same id. */
const duplicateId: Mutation = (nodes, p) => {
  const lists = nodes.filter(
    (x) =>
      Array.isArray(x.value) &&
      new Set(x.value.map((e) => (isRecord(e) && typeof e['id'] === 'string' ? e['id'] : undefined))).size ===
        x.value.length &&
      x.value.length >= 2 &&
      x.value.every((e) => isRecord(e) && typeof e['id'] === 'string'),
  )
  const n = choose(lists, p.at)
  if (n === undefined) return undefined
  const items = n.value as Array<Record<string, unknown>>
  const i = p.variant % items.length
  const j = (i + 1 + (Math.floor(p.variant / items.length) % (items.length - 1))) % items.length
  ;(items[j] as Record<string, unknown>)['id'] = (items[i] as Record<string, unknown>)['id']
  return [
    [...n.path, i, 'id'],
    [...n.path, j, 'id'],
  ]
}

const ENUM_FIELDS = new Set(['kind', 'role', 'category', 'stance', 'confidence', 'textStatus', 'format'])
const DATE_FIELDS = new Set(['date', 'asOf', 'published', 'endDate', 'expires'])
const UNIT_FIELDS = new Set(['priority', 'score', 'reservation'])
const SIZE_FIELDS = new Set(['minSize', 'maxSize'])
const VALUE_FIELDS = new Set(['ideal', 'value', 'include', 'exclude', 'options'])
const REFERENCE_FIELDS = new Set([
  'party',
  'issue',
  'proposal',
  'basedOn',
  'counter',
  'against',
  'event',
  'first',
  'then',
  'by',
  'sources',
  'tabledBy',
  'parties',
  'positions',
  'terms',
  'issues',
  'appliesTo',
])
const BAD_DATES = ['2025-02-30', '2025-13-01', '25-03-11', '2025-3-1', '2025-03-11T10:00:00Z', 'yesterday']
const BAD_IDS = ['bad id!', '', '-starts-with-a-dash', '__proto__', 'ü', 'x'.repeat(101)]
const OUT_OF_UNIT = [1.5, -0.25, 1e308, -1e308, 1 + Number.EPSILON]
const BAD_SIZES = [-1, 2 ** 60, -Number.MAX_VALUE]

/** A value outside what its field allows: an unknown word, a non-date, a bad id, a number out of range. */
const outOfDomain: Mutation = (nodes, p) => {
  const candidates = nodes.flatMap((n): ReadonlyArray<readonly [Node, unknown]> => {
    const field = fieldOf(n)
    const own = n.key
    if (typeof n.value === 'string' && typeof own === 'string' && ENUM_FIELDS.has(own)) return [[n, 'banana']]
    if (typeof n.value === 'string' && typeof own === 'string' && DATE_FIELDS.has(own))
      return [[n, choose(BAD_DATES, p.variant)]]
    if (typeof n.value === 'string' && own === 'id') return [[n, choose(BAD_IDS, p.variant)]]
    if (typeof n.value === 'number' && typeof own === 'string' && UNIT_FIELDS.has(own))
      return [[n, choose(OUT_OF_UNIT, p.variant)]]
    if (typeof n.value === 'number' && typeof own === 'string' && SIZE_FIELDS.has(own))
      return [[n, choose(BAD_SIZES, p.variant)]]
    if (typeof n.value === 'string' && field !== undefined && VALUE_FIELDS.has(String(field)))
      return [[n, 'memebr']]
    if (typeof n.value === 'number' && (own === 'ideal' || own === 'value')) return [[n, Number.MAX_VALUE]]
    if (
      typeof n.value === 'number' &&
      own === 'min' &&
      typeof (n.parent as Record<string, unknown>)['max'] === 'number'
    )
      return [[n, ((n.parent as Record<string, unknown>)['max'] as number) + 1]]
    return []
  })
  const c = choose(candidates, p.at)
  return c === undefined ? undefined : replaceAt(c[0], c[1])
}

/** A reference to a party, issue, proposal, source, position or event that does not exist. */
const danglingReference: Mutation = (nodes, p) => {
  const n = choose(
    nodes.filter((x) => {
      const field = fieldOf(x)
      // (`poles.first` and `poles.last` are labels, not references)
      return (
        typeof x.value === 'string' &&
        field !== undefined &&
        REFERENCE_FIELDS.has(String(field)) &&
        !x.path.includes('poles')
      )
    }),
    p.at,
  )
  return n === undefined ? undefined : replaceAt(n, 'ghost')
}

const HOSTILE = ['__proto__', 'constructor', 'prototype'] as const

/** An own `__proto__`, `constructor` or `prototype` key on some object, made with JSON.parse or defineProperty. */
const hostileKey: Mutation = (nodes, p) => {
  const n = choose(
    nodes.filter((x) => isRecord(x.value)),
    p.at,
  )
  if (n === undefined) return undefined
  const key = HOSTILE[p.variant % HOSTILE.length] as string
  const value = choose<unknown>(
    [{}, 'x', 1, null, { polluted: true }],
    Math.floor(p.variant / HOSTILE.length),
  )
  if (p.variant % 2 === 0) setOwn(n.value as Container, key, structuredClone(value))
  else {
    // Rebuild the object from JSON text, the way a parsed file carries such a key.
    const body = JSON.stringify(n.value)
    const text = `{${JSON.stringify(key)}:${JSON.stringify(value)}${body === '{}' ? '' : `,${body.slice(1, -1)}`}}`
    setOwn(n.parent, n.key, fromJson(text))
  }
  return [[...n.path, key]]
}

/** NaN or an infinity anywhere; other extreme numbers (1e308, -0, 5e-324, 2^53 + 1) where no number belongs. */
const extremeNumber: Mutation = (nodes, p) => {
  const n = choose(nodes, p.at)
  if (n === undefined) return undefined
  const always = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
  const elsewhere = [1e308, -1e308, -0, 5e-324, 2 ** 53 + 1, Number.MAX_VALUE]
  return replaceAt(n, choose(typeof n.value === 'number' ? always : [...always, ...elsewhere], p.variant))
}

/** A structure nested deeper than any document may be (arrays, objects or both). */
const deepNesting: Mutation = (nodes, p) => {
  const n = choose(nodes, p.at)
  if (n === undefined) return undefined
  const depth = 65 + (p.size % 400)
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) {
    const shape = p.variant % 3 === 2 ? i % 2 : p.variant % 3
    v = shape === 0 ? [v] : { a: v }
  }
  return replaceAt(n, v)
}

/** A string longer than any field allows (ids: 100 characters, texts: 10 000). */
const longString: Mutation = (nodes, p) => {
  const n = choose(nodes, p.at)
  if (n === undefined) return undefined
  const unit = choose(['x', 'ж', '🕊', ' ', '\u0000'], p.variant) as string
  return replaceAt(n, `a${unit.repeat(10_001 + (p.size % 90_000))}`)
}

/** A field no codec knows (in a struct) or an entry of the wrong shape (in a record keyed by id). */
const unknownField: Mutation = (nodes, p) => {
  const n = choose(
    nodes.filter((x) => isRecord(x.value)),
    p.at,
  )
  if (n === undefined) return undefined
  const key = choose(['colour', 'Title', 'k'.repeat(200), 'über', '0'], p.variant) as string
  setOwn(n.value as Container, key, 'red')
  return [[...n.path, key]]
}

const mutations = {
  typeSwap,
  dropId,
  duplicateId,
  outOfDomain,
  danglingReference,
  hostileKey,
  extremeNumber,
  deepNesting,
  longString,
  unknownField,
} satisfies Record<string, Mutation>

type MutationName = keyof typeof mutations

interface Step extends Pick {
  readonly name: MutationName
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  name: fc.constantFrom(...(Object.keys(mutations) as MutationName[])),
  at: fc.nat(),
  variant: fc.nat(),
  size: fc.nat(),
})

const seedNames = Object.keys(seeds)

const related = (a: Path, b: Path): boolean => {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (String(a[i]) !== String(b[i])) return false
  return true
}

/**
 * Applies the steps to a fresh copy of a seed; a step with no target becomes a type swap at the same pick. Each step
 * only touches values away from (neither inside nor around) what earlier steps touched, so that no step can undo
 * another: every step leaves a problem of its own.
 */
const breakSeed = (
  seed: string,
  steps: ReadonlyArray<Step>,
): { doc: unknown; touched: ReadonlyArray<Path> } => {
  const box: Box = { doc: JSON.parse(JSON.stringify(seeds[seed])) as unknown }
  const touched: Path[] = []
  for (const s of steps) {
    const nodes = nodesOf(box).filter((n) => !touched.some((t) => related(t, n.path)))
    touched.push(...(mutations[s.name](nodes, s) ?? typeSwap(nodes, s) ?? []))
  }
  return { doc: box.doc, touched }
}

// -------------------------------------------------------------------------------------
// what a good answer looks like
// -------------------------------------------------------------------------------------

/** Follows `path` through own data properties; `undefined` when some step is missing. */
const resolve = (root: unknown, path: Path): { readonly found: boolean } => {
  let cur = root
  for (const k of path) {
    if (!isContainer(cur)) return { found: false }
    const d = Object.getOwnPropertyDescriptor(cur, k)
    if (d === undefined || !('value' in d)) return { found: false }
    cur = d.value
  }
  return { found: true }
}

/** Checks one problem: a path that is written as its segments say and whose parent exists, a known code, a message. */
const expectWellFormed = (issue: DecodeIssue, input: unknown): void => {
  expect(typeof issue.path).toBe('string')
  expect(Array.isArray(issue.pathSegments)).toBe(true)
  expect(issue.path).toBe(Load.formatPath(issue.pathSegments))
  expect(Object.keys(Load.issueCodes)).toContain(issue.code)
  expect(issue.code, issue.message).not.toBe('internal')
  expect(issue.message.trim().length).toBeGreaterThan(10)
  expect(resolve(input, issue.pathSegments.slice(0, -1)).found, `the parent of ${issue.path} exists`).toBe(
    true,
  )
}

// -------------------------------------------------------------------------------------
// properties
// -------------------------------------------------------------------------------------

/**
 * Documents broken per run: 500 in `npm test`; 50 under mutation testing, where the property runs again for every
 * mutant of the loader it reaches (Stryker's test processes carry STRYKER_MUTATOR_WORKER), and no more than the cap
 * on every property's cases that mutation runs set (FC_MAX_RUNS: see test/fast-check.ts).
 */
const MUTATING = process.env['STRYKER_MUTATOR_WORKER'] !== undefined
const CAP = process.env['FC_MAX_RUNS']
const RUNS = Math.min(MUTATING ? 50 : 500, CAP === undefined ? Infinity : Number(CAP))
/** 500 decodes take a few seconds; on a busy machine, several times that. */
const TIMEOUT = 120_000
let broken = 0

describe('Load.decode on broken documents', () => {
  it('accepts every seed as it is', () => {
    for (const name of seedNames) {
      const r = Load.decode(deepFreeze(JSON.parse(JSON.stringify(seeds[name])) as unknown))
      expect(r._tag === 'Left' ? r.left.map((i) => `${i.path}: ${i.message}`) : [], name).toEqual([])
    }
  })

  test.prop([fc.constantFrom(...seedNames), fc.array(stepArb, { minLength: 1, maxLength: 3 })], {
    numRuns: RUNS,
  })(
    'reports problems with paths, never throws, never changes its input',
    (seed, steps) => {
      broken += 1
      const { doc, touched } = breakSeed(seed, steps)
      const input = deepFreeze(doc)
      const before = fingerprint(input)
      const result = Load.decode(input)
      expect(fingerprint(input)).toBe(before)
      const what = steps.map((s) => s.name).join(', ')
      expect(result._tag, `a broken document (${what}) was accepted`).toBe('Left')
      if (result._tag === 'Right') return
      expect(result.left.length).toBeGreaterThan(0)
      for (const issue of result.left) expectWellFormed(issue, input)
      const where = touched.map((t) => Load.formatPath(t)).join(', ')
      const got = result.left.map((i) => i.path).join(', ')
      expect(
        result.left.some((i) => touched.some((t) => related(i.pathSegments, t))),
        `some problem points at a broken place (${what} at ${where}); got ${got}`,
      ).toBe(true)
      expect(unfrozenPath(result.left)).toBeUndefined()
    },
    TIMEOUT,
  )

  it('has a target for every kind of mutation in the seeds', () => {
    for (const [name, mutate] of Object.entries(mutations)) {
      const hits = seedNames.filter((seed) => {
        const box: Box = { doc: JSON.parse(JSON.stringify(seeds[seed])) as unknown }
        return mutate(nodesOf(box), { at: 0, variant: 0, size: 0 }) !== undefined
      })
      expect(hits.length, name).toBeGreaterThan(0)
    }
  })

  it(`broke at least ${String(RUNS)} documents`, () => {
    expect(broken).toBeGreaterThanOrEqual(RUNS)
  })
})

/** Any JSON-ish value, including the numbers JSON cannot write. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, -0, 1e308, Number.POSITIVE_INFINITY, ''),
  fc.string({ maxLength: 20 }),
)

describe('Load.decode on arbitrary edits', () => {
  test.prop(
    [
      fc.constantFrom(...seedNames),
      fc.array(fc.record({ at: fc.nat(), value: anyValue, remove: fc.boolean() }), {
        minLength: 1,
        maxLength: 4,
      }),
    ],
    { numRuns: RUNS / 2 },
  )(
    'answers well-formed problems or a frozen document, the same way twice',
    (seed, edits) => {
      const box: Box = { doc: JSON.parse(JSON.stringify(seeds[seed])) as unknown }
      for (const e of edits) {
        const n = choose(nodesOf(box), e.at) as Node
        if (e.remove && n.path.length > 0 && isRecord(n.parent)) delete n.parent[n.key as string]
        else setOwn(n.parent, n.key, structuredClone(e.value))
      }
      const input = deepFreeze(box.doc)
      const before = fingerprint(input)
      const first = Load.decode(input)
      expect(fingerprint(input)).toBe(before)
      expect(JSON.stringify(Load.decode(input))).toBe(JSON.stringify(first))
      if (first._tag === 'Left') for (const issue of first.left) expectWellFormed(issue, input)
      else expect(unfrozenPath(first.right)).toBeUndefined()
    },
    TIMEOUT,
  )
})

/**
 * Loading negotiation documents with every problem reported at once. Three passes, each only on what the one before
 * accepted:
 *
 * 1. **JSON data**: no `__proto__` / `constructor` / `prototype` keys at any depth, no nesting past 64 levels, no
 *    functions, symbols, bigints, `Date` objects, class instances, getters or cycles (for text: JSON or YAML syntax,
 *    duplicate keys, YAML tags and aliases);
 * 2. **structure**: the io-ts codecs (`Negotiation`), one problem per bad value;
 * 3. **meaning**: every id refers to something, every value lies in its issue's domain, ids are unique, dates run
 *    forward, `basedOn` has no loops.
 *
 * Nothing here throws on bad input (an unexpected failure becomes a problem with code `internal`) and nothing mutates
 * its input. Decoded documents are deeply frozen copies.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import { checkDocument } from './check'
import { type DecodeIssue, format as render, makeIssue, sortIssues } from './errors'
import { readJson } from './load-json'
import { report } from './load-report'
import { scan } from './load-scan'
import { locateIssue } from './load-text'
import { readYaml } from './load-yaml'
import { Negotiation } from './negotiation'

export { issueCodes, format, formatPath } from './errors'
export type { DecodeIssue, IssueCode, PathSegments } from './errors'
export { jsonSchema } from './schema'
export type { JsonSchema } from './schema'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The text formats `parse` reads: `json`, `yaml`, or `auto` (JSON when the text starts with `{` or `[`, YAML
 * otherwise).
 *
 * @category loading
 * @since 0.1.0
 */
export type TextFormat = 'json' | 'yaml' | 'auto'

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const guard = <A>(
  body: () => E.Either<ReadonlyArray<DecodeIssue>, A>,
): E.Either<ReadonlyArray<DecodeIssue>, A> => {
  try {
    return body()
  } catch (e) {
    let what = 'an unknown error'
    try {
      if (e instanceof Error) what = `${e.name}: ${e.message}`.slice(0, 200)
    } catch {
      // an error that cannot even be described
    }
    return E.left(
      deepFreeze([
        makeIssue(
          [],
          'internal',
          `the loader failed unexpectedly (${what}); this is a bug in negotiation-positions — please report it with the document`,
        ),
      ]),
    )
  }
}

const plainCopy = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(plainCopy)
  if (typeof u === 'object' && u !== null) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(u)) out[k] = plainCopy((u as Record<string, unknown>)[k])
    return out
  }
  return u
}

const finish = (
  issues: ReadonlyArray<DecodeIssue>,
  root: unknown,
): E.Either<ReadonlyArray<DecodeIssue>, never> => E.left(deepFreeze(sortIssues(issues, root)))

const decodeUnguarded = (u: unknown): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> => {
  const unsafe = scan(u)
  if (unsafe.length > 0) return finish(unsafe, u)
  const structural = Negotiation.decode(u)
  if (structural._tag === 'Left') return finish(report(structural.left), u)
  const semantic = checkDocument(structural.right)
  if (semantic.length > 0) return finish(semantic, u)
  return E.right(deepFreeze(plainCopy(structural.right) as Negotiation))
}

/**
 * Decodes a negotiation document from JSON data (a parsed JSON value or a JavaScript object): checks that it is
 * plain JSON data, then its structure, then its meaning, and returns either every problem found (sorted in document
 * order) or the document as a deeply frozen copy.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * const doc = {
 *   format: 'negotiation-positions/1',
 *   title: 'Example',
 *   parties: { RU: { name: 'Russia', role: 'principal' }, UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: {
 *     nato: {
 *       label: 'NATO membership',
 *       category: 'alliance',
 *       domain: { kind: 'choice', options: [{ id: 'member', label: 'Member' }, { id: 'neutral', label: 'Neutral' }] },
 *     },
 *   },
 *   positions: [{ id: 'p1', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: [], ideal: 'memebr' }],
 * }
 * const r = Load.decode(doc)
 * assert.ok(r._tag === 'Left')
 * assert.deepStrictEqual(r.left.map((i) => [i.path, i.code]), [['positions[0].ideal', 'out-of-domain']])
 * assert.strictEqual(
 *   r.left[0]?.message,
 *   'issue `nato` has no option `memebr`; did you mean `member`? options are: member, neutral',
 * )
 */
export const decode = (u: unknown): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> =>
  guard(() => decodeUnguarded(u))

/**
 * Runs the semantic checks alone on a document that is already typed (built in code, say with `Issues` builders):
 * unknown ids, values outside their domain, duplicate ids, dates out of order, `basedOn` loops.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { Load, type Negotiation } from 'negotiation-positions'
 * const doc = {
 *   format: 'negotiation-positions/1',
 *   title: 'Example',
 *   parties: {},
 *   issues: {},
 *   positions: [],
 *   proposals: {},
 *   events: [],
 *   sources: {},
 * } as unknown as Negotiation
 * assert.ok(Load.check(doc)._tag === 'Right')
 */
export const check = (doc: Negotiation): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> =>
  guard(() => {
    const issues = checkDocument(doc)
    return issues.length > 0 ? finish(issues, doc) : E.right(doc)
  })

/**
 * Parses a negotiation document from JSON or YAML text and decodes it. Syntax errors, duplicate keys and YAML
 * features that are not JSON data (custom tags, non-text keys, alias bombs) are reported with their line and
 * column; so is every later problem whose place in the text is known.
 *
 * @param text the document
 * @param format `json`, `yaml`, or `auto` (the default: JSON when the text starts with `{` or `[`)
 * @category loading
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * const r = Load.parse('format: negotiation-positions/1\ntitle: Example\nparties: {}\nissues: {}\n', 'yaml')
 * assert.ok(r._tag === 'Right')
 * const bad = Load.parse('{ "format": "negotiation-positions/1", }')
 * assert.ok(bad._tag === 'Left')
 * assert.deepStrictEqual([bad.left[0]?.code, bad.left[0]?.line, bad.left[0]?.column], ['syntax', 1, 38])
 */
export const parse = (
  text: string,
  format: TextFormat = 'auto',
): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> =>
  guard(() => {
    if (typeof text !== 'string')
      return E.left([makeIssue([], 'type', 'expected the document as text (a string)', { actual: text })])
    if (format !== 'json' && format !== 'yaml' && format !== 'auto')
      return E.left([
        makeIssue([], 'type', 'the text format must be "json", "yaml" or "auto"', { actual: format }),
      ])
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text
    const json = format === 'json' || (format === 'auto' && /^\s*[{[]/.test(body))
    const read = json ? readJson(body) : readYaml(body)
    if (read.issues.length > 0)
      return finish(
        read.issues.map((i) => locateIssue(i, read.locate)),
        read.value,
      )
    const decoded = decodeUnguarded(read.value)
    return decoded._tag === 'Right'
      ? decoded
      : E.left(deepFreeze(decoded.left.map((i) => locateIssue(i, read.locate))))
  })

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Like `decode`, but returns the document or throws an `Error` whose message is the rendered list of problems. For
 * notebooks and scripts only; library code should use `decode`.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * assert.throws(() => Load.decodeOrThrow({}), /problems in the negotiation document/)
 */
export const decodeOrThrow = (u: unknown): Negotiation => {
  const r = decode(u)
  if (r._tag === 'Left') throw new Error(render(r.left))
  return r.right
}

/**
 * Like `parse`, but returns the document or throws an `Error` whose message is the rendered list of problems. For
 * notebooks and scripts only; library code should use `parse`.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * const doc = Load.parseOrThrow('{"format":"negotiation-positions/1","title":"x","parties":{},"issues":{}}')
 * assert.strictEqual(doc.title, 'x')
 */
export const parseOrThrow = (text: string, format: TextFormat = 'auto'): Negotiation => {
  const r = parse(text, format)
  if (r._tag === 'Left') throw new Error(render(r.left))
  return r.right
}

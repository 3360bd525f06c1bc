/**
 * Problems found while loading a negotiation document: what is wrong, where (a path into the document), a stable
 * machine code and a sentence a person can act on; plus the text rendering of a list of problems.
 *
 * @since 0.1.0
 */
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The stable machine codes of loading problems, each with what it means. Codes never change meaning; new codes may
 * be added.
 *
 * @category problems
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * assert.ok(Load.issueCodes['unknown-reference'].startsWith('an id'))
 */
export const issueCodes = {
  syntax: 'the text is not valid JSON or YAML',
  'duplicate-key': 'the same key appears twice in one object of the text',
  'not-json': 'a value that is not JSON data (function, Date, class instance, YAML tag, non-string key, ...)',
  cycle: 'a value contains itself, or proposals are based on each other in a loop',
  'too-deep': 'the document is nested more than 64 levels deep',
  'too-large': 'the document is too large to check (too many values or YAML alias expansions)',
  'hostile-key': 'a key `__proto__`, `constructor` or `prototype`, which is never accepted',
  type: 'a value of the wrong type (a number where a string is expected, ...)',
  missing: 'a required field is missing',
  'unknown-field': 'a field the format does not know (often a typo)',
  'unknown-kind': 'a `kind` that is not one of the allowed kinds',
  'unknown-value': 'a word that is not one of the allowed words (role, stance, category, confidence, ...)',
  'unsupported-format': 'the `format` field names a format version this library does not read',
  'bad-id': 'an id that is not a valid id (letters, digits and . _ : -, starting with a letter or digit)',
  'bad-date': 'a date that is not a real calendar date written YYYY-MM-DD',
  'non-finite': 'NaN or an infinite number',
  'out-of-range': 'a number outside its allowed range (priority, score, utility, size)',
  empty: 'an empty text or list where something is needed',
  'too-long': 'a text longer than allowed',
  'unknown-reference':
    'an id that names a party, issue, option, proposal, source, position or event that does not exist',
  'out-of-domain': "a value, value set or valuation that does not fit its issue's domain",
  'duplicate-id': 'the same id is used twice where ids must be unique',
  'bad-domain':
    'an issue domain that is itself malformed (a choice with no options, a quantity with min > max, ...)',
  'bad-range': 'an interval or size range whose minimum is above its maximum (an empty range)',
  unsorted: 'points that must be listed in increasing order are not',
  'date-order':
    'dates in the wrong order (an end before its start, a response before the proposal was tabled, ...)',
  'wrong-party': "an event lists another party's positions",
  contradiction:
    'a record contradicts itself (an ideal inside its own red lines, an element both included and excluded)',
  semantic:
    'any other inconsistency (a conditional acceptance with no conditions, an agreement of one party, ...)',
  internal: 'the loader failed unexpectedly: a bug to report',
} as const

/**
 * A stable machine code for a kind of loading problem (see `issueCodes` for the list and meanings).
 *
 * @category problems
 * @since 0.1.0
 */
export type IssueCode = keyof typeof issueCodes

/**
 * A path into a document: object keys and array indices from the root.
 *
 * @category problems
 * @since 0.1.0
 */
export type PathSegments = ReadonlyArray<string | number>

/**
 * One problem in a negotiation document.
 *
 * - `path`: where, written `issues.nato.domain.options[2].id` (`$` is the whole document);
 * - `pathSegments`: the same path as keys and indices;
 * - `code`: a stable machine code (see `issueCodes`);
 * - `expected` / `actual`: what was expected and what was found (JSON, truncated), when that helps;
 * - `message`: a sentence that names the fix;
 * - `line` / `column`: where in the text (1-based), when the document was parsed from text.
 *
 * @category problems
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: string
  readonly pathSegments: PathSegments
  readonly code: IssueCode
  readonly expected?: string
  readonly actual?: string
  readonly message: string
  readonly line?: number
  readonly column?: number
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Writes a path the way people read it: `issues.nato.domain.options[2].id`, with `["..."]` for keys that are not
 * plain words (`issues["territory.donetsk"]`) and `$` for the whole document.
 *
 * @category problems
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * assert.strictEqual(Load.formatPath(['issues', 'territory.donetsk', 'domain']), 'issues["territory.donetsk"].domain')
 * assert.strictEqual(Load.formatPath([]), '$')
 */
export const formatPath = (segments: PathSegments): string => {
  if (segments.length === 0) return '$'
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${String(s)}]`
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out
}

/** How many characters of a value `actual` shows. */
const PREVIEW = 60

/**
 * A short JSON-like rendering of any value, at most about 60 characters, that never throws (NaN, functions, cycles
 * and bigints are written out rather than failing).
 *
 * @internal
 */
export const preview = (u: unknown, max: number = PREVIEW): string => {
  let out = ''
  const seen = new Set<unknown>()
  const write = (v: unknown): void => {
    if (out.length > max) return
    if (typeof v === 'string') out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v)
    else if (typeof v === 'number') out += Number.isFinite(v) ? String(v) : String(v)
    else if (typeof v === 'bigint') out += `${String(v)}n`
    else if (typeof v === 'boolean' || v === null) out += String(v)
    else if (v === undefined) out += 'undefined'
    else if (typeof v === 'function') out += '[function]'
    else if (typeof v === 'symbol') out += '[symbol]'
    else if (seen.has(v)) out += '[cycle]'
    else if (v instanceof Date) out += `[Date ${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}]`
    else if (Array.isArray(v)) {
      seen.add(v)
      out += '['
      for (let i = 0; i < v.length && out.length <= max; i++) {
        if (i > 0) out += ','
        write(v[i])
      }
      out += ']'
      seen.delete(v)
    } else {
      seen.add(v)
      out += '{'
      const keys = Object.keys(v)
      for (let i = 0; i < keys.length && out.length <= max; i++) {
        const k = keys[i] as string
        if (i > 0) out += ','
        out += `${JSON.stringify(k)}:`
        const d = Object.getOwnPropertyDescriptor(v, k)
        if (d !== undefined && 'value' in d) write(d.value)
        else out += '[getter]'
      }
      out += '}'
      seen.delete(v)
    }
  }
  try {
    write(u)
  } catch {
    out = '[unreadable]'
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out
}

/**
 * Builds a problem record.
 *
 * @internal
 */
export const makeIssue = (
  pathSegments: PathSegments,
  code: IssueCode,
  message: string,
  extra: {
    readonly expected?: string | undefined
    readonly actual?: unknown
    readonly hasActual?: boolean
  } = {},
): DecodeIssue => {
  const issue: { -readonly [K in keyof DecodeIssue]: DecodeIssue[K] } = {
    path: formatPath(pathSegments),
    pathSegments: [...pathSegments],
    code,
    message,
  }
  if (extra.expected !== undefined) issue.expected = extra.expected
  if (extra.hasActual === true || extra.actual !== undefined) issue.actual = preview(extra.actual)
  return issue
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/** Reads an own data property without running getters; undefined for anything else. */
const childOf = (node: unknown, key: string | number): unknown => {
  if (typeof node !== 'object' || node === null) return undefined
  try {
    const d = Object.getOwnPropertyDescriptor(node, key)
    return d !== undefined && 'value' in d ? d.value : undefined
  } catch {
    return undefined
  }
}

/**
 * Compares two paths by where they are in `root`: at the first segment where they part, the key written first (or
 * the lower index) comes first; a key that is not in the document (a missing field) comes after the keys that are;
 * a path comes before the paths inside it.
 *
 * @internal
 */
export const compareInDocument = (root: unknown): ((a: PathSegments, b: PathSegments) => number) => {
  const keyOrder = new WeakMap<object, ReadonlyMap<string, number>>()
  const rankIn = (node: unknown, key: string | number): number => {
    if (typeof node !== 'object' || node === null) return Number.MAX_SAFE_INTEGER
    if (Array.isArray(node)) return typeof key === 'number' ? key : Number.MAX_SAFE_INTEGER
    let order = keyOrder.get(node)
    if (order === undefined) {
      try {
        order = new Map(Object.keys(node).map((k, i) => [k, i]))
      } catch {
        order = new Map()
      }
      keyOrder.set(node, order)
    }
    return order.get(String(key)) ?? Number.MAX_SAFE_INTEGER
  }
  return (a, b) => {
    let node = root
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) {
      const x = a[i] as string | number
      const y = b[i] as string | number
      if (x !== y) return rankIn(node, x) - rankIn(node, y) || compareText(String(x), String(y))
      node = childOf(node, x)
    }
    return a.length - b.length
  }
}

/**
 * Sorts problems into document order (by where they are in `root`, the value that was checked), then by code and
 * message, so the same document always gives the same list; keeps one problem per path.
 *
 * @internal
 */
export const sortIssues = (issues: ReadonlyArray<DecodeIssue>, root: unknown): ReadonlyArray<DecodeIssue> => {
  const byPlace = compareInDocument(root)
  const sorted = [...issues].sort(
    (a, b) =>
      byPlace(a.pathSegments, b.pathSegments) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  )
  // one problem per place: what else is wrong there shows once the first is fixed
  return sorted.filter((issue, i) => i === 0 || (sorted[i - 1] as DecodeIssue).path !== issue.path)
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Renders problems as text for a person: a header line ("2 problems in the negotiation document"), then for each
 * problem `✖ message` and `  → at path` (with the line and column when known).
 *
 * @category problems
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * const r = Load.decode({ format: 'negotiation-positions/1', title: 'x', parties: {}, issues: {}, extra: 1 })
 * assert.ok(r._tag === 'Left')
 * assert.strictEqual(
 *   Load.format(r.left),
 *   '1 problem in the negotiation document\n✖ unknown field `extra` in Negotiation; remove it\n  → at extra',
 * )
 */
export const format = (issues: ReadonlyArray<DecodeIssue>): string => {
  const header = `${String(issues.length)} ${issues.length === 1 ? 'problem' : 'problems'} in the negotiation document`
  const lines = [header]
  for (const i of issues) {
    const where =
      i.line === undefined ? i.path : `${i.path} (line ${String(i.line)}, column ${String(i.column ?? 1)})`
    lines.push(`✖ ${i.message}`, `  → at ${where}`)
  }
  return lines.join('\n')
}

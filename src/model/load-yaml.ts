/**
 * Reading YAML text with the `yaml` package (YAML 1.2, core schema). Syntax errors and duplicate keys become problems
 * with a line and column. Before any value is built, the syntax tree is checked for what is not JSON data: tags other
 * than the core ones (`!foo`, `!!binary`, `!!set`), keys that are not text, and the keys `__proto__`, `constructor`
 * and `prototype`. Alias expansion is capped (`maxAliasCount`), so a "billion laughs" text cannot blow up.
 *
 * @internal
 * @since 0.1.0
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { HOSTILE_KEYS } from '../internal/codec'
import { type DecodeIssue, type PathSegments, makeIssue } from './errors'
import { MAX_DEPTH, MAX_ISSUES } from './load-scan'
import { type Locate, type TextRead, locatorOf, pathKey } from './load-text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** How many alias uses a YAML text may expand. */
export const MAX_ALIAS_COUNT = 100

const CORE = 'tag:yaml.org,2002:'
const ALLOWED_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => CORE + t),
)

const shownTag = (tag: string): string => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag)

interface YamlNode {
  readonly range?: readonly [number, number, number] | null
  readonly tag?: string
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/** Where each path of a YAML syntax tree starts in the text. */
const offsetsOf = (root: unknown): ReadonlyMap<string, number> => {
  const offsets = new Map<string, number>()
  const walk = (node: unknown, path: PathSegments): void => {
    if (node === null || node === undefined || path.length > MAX_DEPTH + 1) return
    const offset = (node as YamlNode).range?.[0]
    const key = pathKey(path)
    if (offset !== undefined && !offsets.has(key)) offsets.set(key, offset)
    if (isSeq(node)) node.items.forEach((item, j) => walk(item, [...path, j]))
    else if (isMap(node))
      for (const pair of node.items)
        if (isScalar(pair.key) && typeof pair.key.value === 'string')
          walk(pair.value, [...path, pair.key.value])
  }
  walk(root, [])
  return offsets
}

/**
 * How deep the flow collections (`[` and `{`) of a YAML text nest at the deepest, read roughly: brackets in quoted text
 * and comments are skipped, a quote counts as one only where a quoted scalar can start. Enough to turn away, before
 * parsing, a text the parser would take a great deal of memory over (a million `[` took it near a gigabyte) or
 * overflow its stack on (a few thousand levels).
 */
const flowNesting = (text: string): number => {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const before = i === 0 ? 10 : text.charCodeAt(i - 1)
    // space, tab, line breaks, [ { , :
    const opens =
      before === 32 || before === 9 || before === 10 || before === 13 || before === 91 || before === 123
    if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth)
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1)
    else if (c === 35 && (opens || before === 44)) {
      // a comment, to the end of the line
      while (i < text.length && text.charCodeAt(i) !== 10) i++
    } else if ((c === 34 || c === 39) && (opens || before === 44 || before === 58)) {
      // a quoted scalar, to its closing quote ("" escapes with a backslash, '' by doubling)
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (c === 34 && d === 92) i++
        else if (d === c && !(c === 39 && text.charCodeAt(i + 1) === 39)) break
        else if (d === c) i++
      }
    }
  }
  return deepest
}

/**
 * The keys written again in a mapping of a YAML syntax tree (each after the first with its value), with where each is
 * written, in the order of the text (`MAX_DEPTH + 1` levels deep at most). The keys are as the parser read them:
 * unquoted, unescaped, whole.
 */
const repeatedKeys = (root: unknown): Array<{ readonly key: string; readonly offset: number }> => {
  const out: { key: string; offset: number }[] = []
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH + 1) return
    if (isSeq(node)) for (const item of node.items) walk(item, depth + 1)
    else if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        const key: unknown = pair.key
        const offset = (key as YamlNode | null)?.range?.[0]
        if (isScalar(key) && offset !== undefined) {
          if (seen.has(key.value)) out.push({ key: String(key.value), offset })
          seen.add(key.value)
        }
        walk(pair.value, depth + 1)
      }
    }
  }
  walk(root, 0)
  return out.sort((a, b) => a.offset - b.offset)
}

/** What a text the parser runs out of stack on is told. */
const TOO_DEEP_TO_READ =
  'the YAML text is nested too deeply to read; a negotiation document needs far fewer levels'

/** Deeper flow nesting than this is refused before parsing (the document itself may nest `MAX_DEPTH` levels). */
const MAX_FLOW_DEPTH = 2 * MAX_DEPTH

/**
 * Reads YAML text into a value, with syntax errors and non-JSON features as problems.
 *
 * @category loading
 * @since 0.1.0
 */
export const readYaml = (text: string): TextRead => {
  const lines = new LineCounter()
  const lineColumn = (offset: number): { line: number; column: number } => {
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const fail = (issues: ReadonlyArray<DecodeIssue>, locate: Locate = () => undefined): TextRead => ({
    value: undefined,
    issues,
    locate,
  })

  if (flowNesting(text) > MAX_FLOW_DEPTH)
    return fail([
      makeIssue(
        [],
        'too-deep',
        `the YAML text nests brackets more than ${String(MAX_FLOW_DEPTH)} levels deep; a negotiation document needs far fewer levels`,
      ),
    ])
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      logLevel: 'error',
      // the library's pretty errors copy the line of each error into its message: on a long line with many errors
      // (a million `[`), that ran out of memory; the line and column are worked out here instead
      prettyErrors: false,
      schema: 'core',
      version: '1.2',
      uniqueKeys: true,
      merge: false,
    })
  } catch (e) {
    if (e instanceof RangeError) return fail([makeIssue([], 'too-deep', TOO_DEEP_TO_READ)])
    throw e
  }

  if (doc.errors.length > 0) {
    // a key written twice is named and placed from the syntax tree: the parser's own place for the error is not
    // always the key's (after `a:` with no value, it is the end of the first one)
    const repeated = doc.errors.some((e) => e.code === 'DUPLICATE_KEY') ? repeatedKeys(doc.contents) : []
    return fail(
      doc.errors.slice(0, MAX_ISSUES).map((e) => {
        if (e.code === 'DUPLICATE_KEY') {
          const at = repeated.findIndex((r) => r.offset >= e.pos[0])
          const found = at < 0 ? undefined : repeated.splice(at, 1)[0]
          const issue = makeIssue(
            [],
            'duplicate-key',
            `${found === undefined ? 'a key' : `the key \`${found.key}\``} appears twice in one mapping; merge the two or rename one`,
          )
          const offset = found?.offset ?? e.pos[0]
          return offset < 0 ? issue : { ...issue, ...lineColumn(offset) }
        }
        const issue =
          e.code === 'RESOURCE_EXHAUSTION'
            ? // the parser ran out of stack (block lists nested a thousand deep: `- - - … x`)
              makeIssue([], 'too-deep', TOO_DEEP_TO_READ)
            : makeIssue(
                [],
                'syntax',
                e.code === 'MULTIPLE_DOCS'
                  ? 'the text holds more than one YAML document (a second `---`); keep one negotiation per file'
                  : `YAML syntax: ${e.message.trim()}`,
              )
        const offset = e.pos[0]
        return offset < 0 ? issue : { ...issue, ...lineColumn(offset) }
      }),
    )
  }

  const issues: DecodeIssue[] = []
  const report = (
    path: PathSegments,
    node: YamlNode | null | undefined,
    code: DecodeIssue['code'],
    message: string,
  ): void => {
    const issue = makeIssue(path, code, message)
    const offset = node?.range?.[0]
    issues.push(offset === undefined ? issue : { ...issue, ...lineColumn(offset) })
  }

  const walk = (node: unknown, path: PathSegments): void => {
    if (node === null || node === undefined || issues.length >= MAX_ISSUES) return
    const n = node as YamlNode
    if (path.length > MAX_DEPTH) {
      report(
        path,
        n,
        'too-deep',
        `the document is nested more than ${String(MAX_DEPTH)} levels deep here; check for a runaway structure`,
      )
      return
    }
    if (n.tag !== undefined && !ALLOWED_TAGS.has(n.tag)) {
      report(
        path,
        n,
        'not-json',
        `the YAML tag \`${shownTag(n.tag)}\` is not JSON data; remove it and write plain text, numbers, true/false, lists or mappings`,
      )
      return
    }
    if (isAlias(node)) return
    if (isSeq(node)) {
      node.items.forEach((item, j) => walk(item, [...path, j]))
      return
    }
    if (!isMap(node)) return
    for (const pair of node.items) {
      const key: unknown = pair.key
      if (!isScalar(key) || typeof key.value !== 'string') {
        const shown = isScalar(key) ? String(key.value) : undefined
        report(
          path,
          (key as YamlNode | null) ?? n,
          'not-json',
          isScalar(key)
            ? key.value === null
              ? 'a mapping key is missing (or null); keys must be text'
              : `the key ${String(shown)} is a ${typeof key.value}, but keys must be text; quote it: '${String(shown)}'`
            : isAlias(key)
              ? 'an alias cannot be a key; keys must be text'
              : 'a list or mapping cannot be a key; keys must be text',
        )
        continue
      }
      if (HOSTILE_KEYS.has(key.value)) {
        report(
          [...path, key.value],
          key,
          'hostile-key',
          `the key \`${key.value}\` is not allowed anywhere in a document (it could reach the object prototype); rename or remove it`,
        )
        continue
      }
      walk(pair.value, [...path, key.value])
    }
  }
  walk(doc.contents, [])
  if (issues.length > 0) return fail(issues)

  // where values start is only needed when there are problems: found on first use
  const contents = doc.contents
  let locator: Locate | undefined
  const locate: Locate = (segments) => {
    locator ??= locatorOf(offsetsOf(contents), lineColumn)
    return locator(segments)
  }

  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), issues: [], locate }
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      return fail(
        [
          makeIssue(
            [],
            'too-large',
            `the YAML text expands too many aliases (more than ${String(MAX_ALIAS_COUNT)} alias uses, as in a "billion laughs" attack); write the values out`,
          ),
        ],
        locate,
      )
    if (e instanceof RangeError)
      return fail(
        [
          makeIssue(
            [],
            'too-deep',
            'the YAML text is nested too deeply (or refers to itself through aliases); a negotiation document needs far fewer levels',
          ),
        ],
        locate,
      )
    throw e
  }
}

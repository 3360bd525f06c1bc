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
import { MAX_DEPTH } from './load-scan'
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

/** The key written at `offset` (up to its colon, without quotes). */
const keyAt = (text: string, offset: number): string => {
  const line = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset))
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^:]*?))\s*:/.exec(line)
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? line).trim()
}

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

  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      logLevel: 'error',
      prettyErrors: true,
      schema: 'core',
      version: '1.2',
      uniqueKeys: true,
      merge: false,
    })
  } catch (e) {
    if (e instanceof RangeError)
      return fail([
        makeIssue(
          [],
          'too-deep',
          'the YAML text is nested too deeply to read; a negotiation document needs far fewer levels',
        ),
      ])
    throw e
  }

  if (doc.errors.length > 0)
    return fail(
      doc.errors.map((e) => {
        const first = e.message.split(/ at line \d+, column \d+/)[0] ?? e.message
        const issue = makeIssue(
          [],
          e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
          e.code === 'DUPLICATE_KEY'
            ? `the key \`${keyAt(text, e.pos[0])}\` appears twice in one mapping; merge the two or rename one`
            : e.code === 'MULTIPLE_DOCS'
              ? 'the text holds more than one YAML document (a second `---`); keep one negotiation per file'
              : `YAML syntax: ${first.trim()}`,
        )
        const at = e.linePos?.[0]
        return at === undefined ? issue : { ...issue, line: at.line, column: at.col }
      }),
    )

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
    if (node === null || node === undefined || issues.length >= 100) return
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

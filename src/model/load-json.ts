/**
 * Reading JSON text: the value comes from `JSON.parse`; a small scanner over the same text finds where each value
 * starts (so every later problem gets a line and column), where a syntax error is, and keys written twice in one
 * object (which `JSON.parse` silently resolves by keeping the last).
 *
 * @internal
 * @since 0.1.0
 */
import { type DecodeIssue, type PathSegments, makeIssue } from './errors'
import { MAX_DEPTH } from './load-scan'
import { type Locate, type TextRead, lineColumnOf, locatorOf, pathKey } from './load-text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

interface Frame {
  readonly kind: 'object' | 'array'
  readonly path: PathSegments
  readonly keys: Set<string>
  index: number
}

interface Scanned {
  readonly error?: { readonly offset: number; readonly message: string }
  readonly offsets: ReadonlyMap<string, number>
  readonly duplicates: ReadonlyArray<{ readonly path: PathSegments; readonly offset: number }>
}

/** Paths are tracked this deep; deeper values share their ancestor's location. */
const TRACKED = MAX_DEPTH + 2

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const HEX4 = /^[0-9a-fA-F]{4}$/

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const shown = (c: string | undefined): string => (c === undefined ? 'the end of the text' : `\`${c}\``)

const child = (path: PathSegments, segment: string | number): PathSegments =>
  path.length >= TRACKED ? path : [...path, segment]

/** The end of the string starting at `start` (a `"`), or a problem. */
const stringEnd = (text: string, start: number): number | string => {
  let i = start + 1
  for (;;) {
    const c = text.charCodeAt(i)
    if (Number.isNaN(c)) return 'the text ends inside a string; close it with `"`'
    if (c === 0x22) return i + 1
    if (c < 0x20) return 'a line break or control character inside a string; write it as an escape (\\n, \\t)'
    if (c === 0x5c) {
      const e = text[i + 1]
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return 'a `\\u` escape needs four hex digits'
        i += 6
        continue
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) return `\`\\${e ?? ''}\` is not a JSON escape`
      i += 2
      continue
    }
    i += 1
  }
}

/**
 * Scans JSON text for a syntax error, duplicate keys and, when `record` is true, where each value starts.
 *
 * @category loading
 * @since 0.1.0
 */
export const scanJson = (text: string, record = true): Scanned => {
  const offsets = new Map<string, number>()
  const duplicates: Array<{ readonly path: PathSegments; readonly offset: number }> = []
  const stack: Frame[] = []
  let i = 0
  let mode: 'value' | 'key' | 'after' = 'value'
  // the place of the current value: its key (or index) in the innermost open object (or list)
  let place: string | number | undefined
  const pathHere = (): PathSegments => {
    const top = stack[stack.length - 1]
    return top === undefined || place === undefined ? [] : child(top.path, place)
  }
  const skip = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break
      i += 1
    }
  }
  const fail = (message: string, offset = i): Scanned => ({ error: { offset, message }, offsets, duplicates })
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i
    return re.exec(text)?.[0]
  }
  for (;;) {
    skip()
    const c = text[i]
    if (mode === 'value') {
      if (c === undefined)
        return fail(stack.length === 0 ? 'the document is empty' : 'the text ends where a value should be')
      if (record && stack.length < TRACKED) {
        const key = pathKey(pathHere())
        if (!offsets.has(key)) offsets.set(key, i)
      }
      if (c === '{' || c === '[') {
        i += 1
        skip()
        if (text[i] === (c === '{' ? '}' : ']')) {
          i += 1
          mode = 'after'
        } else if (c === '{') {
          stack.push({ kind: 'object', path: pathHere(), keys: new Set(), index: 0 })
          mode = 'key'
        } else {
          stack.push({ kind: 'array', path: pathHere(), keys: new Set(), index: 0 })
          place = 0
        }
        continue
      }
      if (c === '"') {
        const end = stringEnd(text, i)
        if (typeof end === 'string') return fail(end)
        i = end
        mode = 'after'
        continue
      }
      const m = match(NUMBER) ?? match(LITERAL)
      if (m === undefined)
        return fail(
          `expected a value (text in double quotes, a number, true, false, null, an object or a list), found ${shown(c)}`,
        )
      i += m.length
      mode = 'after'
      continue
    }
    const top = stack[stack.length - 1]
    if (mode === 'key') {
      if (top === undefined) return fail('internal: a key outside an object')
      if (c !== '"')
        return fail(
          c === undefined
            ? 'the text ends inside an object; close it with `}`'
            : `expected a key in double quotes, found ${shown(c)}`,
        )
      const end = stringEnd(text, i)
      if (typeof end === 'string') return fail(end)
      const raw = text.slice(i + 1, end - 1)
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
      if (top.keys.has(key) && top.path.length < TRACKED)
        duplicates.push({ path: [...top.path, key], offset: i })
      top.keys.add(key)
      i = end
      skip()
      if (text[i] !== ':') return fail(`expected \`:\` after the key "${key}", found ${shown(text[i])}`)
      i += 1
      place = key
      mode = 'value'
      continue
    }
    // after a value
    if (top === undefined) {
      if (c !== undefined) return fail(`unexpected ${shown(c)} after the end of the document`)
      return { offsets, duplicates }
    }
    const close = top.kind === 'object' ? '}' : ']'
    if (c === ',') {
      const comma = i
      i += 1
      skip()
      if (text[i] === close)
        return fail(`a comma before \`${close}\`: JSON allows no trailing comma; remove it`, comma)
      if (top.kind === 'object') mode = 'key'
      else {
        top.index += 1
        place = top.index
        mode = 'value'
      }
      continue
    }
    if (c === close) {
      i += 1
      stack.pop()
      continue
    }
    return fail(
      c === undefined
        ? `the text ends inside ${top.kind === 'object' ? 'an object' : 'a list'}; close it with \`${close}\``
        : `expected \`,\` or \`${close}\` after a value in ${top.kind === 'object' ? 'an object' : 'a list'}, found ${shown(c)}`,
    )
  }
}

/**
 * Reads JSON text into a value, with its syntax errors and duplicate keys as problems.
 *
 * @category loading
 * @since 0.1.0
 */
export const readJson = (text: string): TextRead => {
  const lineColumn = lineColumnOf(text)
  const scan = (record: boolean): Scanned => {
    try {
      return scanJson(text, record)
    } catch {
      return { offsets: new Map(), duplicates: [] }
    }
  }
  const scanned = scan(false)
  const located = (issue: DecodeIssue, offset: number): DecodeIssue => ({ ...issue, ...lineColumn(offset) })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const issue =
      scanned.error !== undefined
        ? located(makeIssue([], 'syntax', `JSON syntax: ${scanned.error.message}`), scanned.error.offset)
        : makeIssue([], 'syntax', `JSON syntax: ${e instanceof Error ? e.message : String(e)}`)
    return { value: undefined, issues: [issue], locate: () => undefined }
  }
  // where values start is only needed when there are problems: found on first use
  let locator: Locate | undefined
  const locate: Locate = (segments) => {
    if (locator === undefined) {
      const again = scanned.error === undefined ? scan(true) : undefined
      locator = locatorOf(again?.error === undefined ? (again?.offsets ?? new Map()) : new Map(), lineColumn)
    }
    return locator(segments)
  }
  const issues = scanned.duplicates.map((d) =>
    located(
      makeIssue(
        d.path,
        'duplicate-key',
        `the key \`${String(d.path[d.path.length - 1])}\` appears twice in this object; JSON keeps only the last — merge the two or rename one`,
      ),
      d.offset,
    ),
  )
  return { value, issues, locate }
}

/**
 * The first loading pass: checks that the raw input is JSON data before any codec reads it. It reports keys that
 * would reach an object's prototype (`__proto__`, `constructor`, `prototype`, at any depth), nesting deeper than 64
 * levels, values that are not JSON (functions, symbols, bigints, `Date` objects, class instances, getters, sparse
 * arrays) and cycles. It reads property descriptors, never getters, so it runs no code of the input.
 *
 * @internal
 * @since 0.1.0
 */
import { HOSTILE_KEYS } from '../internal/codec'
import { type DecodeIssue, type PathSegments, formatPath, makeIssue, preview } from './errors'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The deepest nesting a document may have (the root object is level 0). */
export const MAX_DEPTH = 64

/** How many values the scan visits before it gives up on a document as too large. */
export const MAX_VALUES = 1_000_000

/** How many problems the scan (and a text reader) lists before it stops looking. */
export const MAX_ISSUES = 100

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const describeObject = (u: object): string | undefined => {
  const proto: unknown = Object.getPrototypeOf(u)
  if (proto === null || proto === Object.prototype) return undefined
  if (u instanceof Date) {
    const t = u.getTime()
    return Number.isNaN(t)
      ? 'an invalid Date object is not JSON data; write dates as text "YYYY-MM-DD"'
      : `a Date object is not JSON data; write the date as text: "${u.toISOString().slice(0, 10)}"`
  }
  if (u instanceof Map) return 'a Map is not JSON data; use a plain object keyed by id'
  if (u instanceof Set) return 'a Set is not JSON data; use a list'
  let name = 'an object with a custom prototype'
  try {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor')
    const ctor: unknown = d !== undefined && 'value' in d ? d.value : undefined
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '')
      name = `an instance of \`${ctor.name}\``
  } catch {
    // a hostile prototype: keep the generic name
  }
  return `${name} is not JSON data; use plain objects, lists, text, numbers, true/false and null`
}

/**
 * Checks that `root` is plain JSON data; returns the problems found (at most 100), in the order met.
 *
 * @category loading
 * @since 0.1.0
 */
export const scan = (root: unknown): ReadonlyArray<DecodeIssue> => {
  const issues: DecodeIssue[] = []
  const ancestors = new Map<object, PathSegments>()
  let visited = 0
  let stopped = false
  const report = (issue: DecodeIssue): void => {
    issues.push(issue)
    if (issues.length >= MAX_ISSUES) stopped = true
  }

  const walk = (u: unknown, path: PathSegments, inArray: boolean): void => {
    if (stopped) return
    visited += 1
    if (visited > MAX_VALUES) {
      report(
        makeIssue(
          path,
          'too-large',
          `the document has more than ${String(MAX_VALUES)} values (or shares values in a way that multiplies them); split it into smaller documents`,
        ),
      )
      stopped = true
      return
    }
    switch (typeof u) {
      case 'string':
      case 'number':
      case 'boolean':
        return
      case 'undefined':
        if (inArray)
          report(makeIssue(path, 'not-json', '`undefined` in a list is not JSON data; remove it or use null'))
        return
      case 'function':
        report(
          makeIssue(path, 'not-json', 'a function is not JSON data; give the value itself', { actual: u }),
        )
        return
      case 'symbol':
        report(makeIssue(path, 'not-json', 'a symbol is not JSON data; use text'))
        return
      case 'bigint':
        report(
          makeIssue(path, 'not-json', `a bigint (${String(u)}n) is not JSON data; write it as a number`, {
            actual: u,
          }),
        )
        return
      case 'object':
        break
    }
    if (u === null) return
    const o = u
    const depth = path.length
    if (depth > MAX_DEPTH) {
      report(
        makeIssue(
          path,
          'too-deep',
          `the document is nested more than ${String(MAX_DEPTH)} levels deep here; a negotiation document needs far fewer — check for a runaway structure`,
        ),
      )
      return
    }
    const cycleTo = ancestors.get(o)
    if (cycleTo !== undefined) {
      report(
        makeIssue(
          path,
          'cycle',
          `this value contains itself (it is the same object as at \`${formatPath(cycleTo)}\`); JSON data cannot be circular`,
        ),
      )
      return
    }
    const isArray = Array.isArray(o)
    const custom = isArray
      ? Object.getPrototypeOf(o) === Array.prototype
        ? undefined
        : 'a subclass of Array is not JSON data; use a plain list'
      : describeObject(o)
    if (custom !== undefined) {
      report(makeIssue(path, 'not-json', custom, { actual: preview(o) }))
      return
    }
    if (Object.getOwnPropertySymbols(o).length > 0) {
      report(makeIssue(path, 'not-json', 'an object with symbol keys is not JSON data; use text keys'))
      return
    }
    ancestors.set(o, path)
    if (isArray) {
      const a = o as readonly unknown[]
      for (let i = 0; i < a.length && !stopped; i++) {
        const d = Object.getOwnPropertyDescriptor(a, i)
        if (d === undefined) {
          report(
            makeIssue(
              [...path, i],
              'not-json',
              'an empty slot in a list is not JSON data; remove it or use null',
            ),
          )
          break
        }
        if (!('value' in d)) {
          report(makeIssue([...path, i], 'not-json', 'a getter is not JSON data; give the value itself'))
          continue
        }
        walk(d.value, [...path, i], true)
      }
    } else {
      for (const k of Object.keys(o)) {
        if (stopped) break
        if (HOSTILE_KEYS.has(k)) {
          report(
            makeIssue(
              [...path, k],
              'hostile-key',
              `the key \`${k}\` is not allowed anywhere in a document (it could reach the object prototype); rename or remove it`,
            ),
          )
          continue
        }
        const d = Object.getOwnPropertyDescriptor(o, k)
        if (d === undefined) continue
        if (!('value' in d)) {
          report(makeIssue([...path, k], 'not-json', 'a getter is not JSON data; give the value itself'))
          continue
        }
        walk(d.value, [...path, k], false)
      }
    }
    ancestors.delete(o)
  }

  walk(root, [], false)
  return issues
}

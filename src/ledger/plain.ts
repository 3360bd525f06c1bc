/**
 * Plain values as the ledger's intake reads them: the stance a response names, a quick check of an id, a test for
 * JSON data, and deep-frozen copies of plain data (conditions), made without `structuredClone` when they are
 * JSON-like. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { HOSTILE_KEYS, isIdString } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import type { Stance } from '../model/event'

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/** The stance a response names (the library's own string), or `undefined`. */
export const stanceOf = (u: unknown): Stance | undefined => {
  switch (u) {
    case 'accepted':
      return 'accepted'
    case 'conditionally-accepted':
      return 'conditionally-accepted'
    case 'rejected':
      return 'rejected'
    case 'countered':
      return 'countered'
    case 'noncommittal':
      return 'noncommittal'
    case 'withdrawn':
      return 'withdrawn'
    case 'supported':
      return 'supported'
    case 'opposed':
      return 'opposed'
    default:
      return undefined
  }
}

/** Nothing plain: `copyPlain` gives up and leaves the copy to `structuredClone`. */
const NOT_PLAIN: unique symbol = Symbol('not plain')

/**
 * A deep-frozen copy of JSON-like data (plain objects, arrays without holes or extra properties, primitives other
 * than symbols), or `NOT_PLAIN` for anything else (and for nesting deeper than 64), where `structuredClone` decides.
 * The same copy `structuredClone` makes, without its cost.
 */
const copyPlain = (u: unknown, depth: number): unknown => {
  if (typeof u !== 'object' || u === null)
    return typeof u === 'function' || typeof u === 'symbol' ? NOT_PLAIN : u
  if (depth > 64) return NOT_PLAIN
  if (Array.isArray(u)) {
    if (Object.getPrototypeOf(u) !== Array.prototype || Object.keys(u).length !== u.length) return NOT_PLAIN
    const out = new Array<unknown>(u.length)
    for (let i = 0; i < u.length; i++) {
      if (!(i in u)) return NOT_PLAIN
      const v = copyPlain(u[i], depth + 1)
      if (v === NOT_PLAIN) return NOT_PLAIN
      out[i] = v
    }
    return Object.freeze(out)
  }
  if (Object.getPrototypeOf(u) !== Object.prototype) return NOT_PLAIN
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(u)) {
    if (k === '__proto__') return NOT_PLAIN
    const v = copyPlain((u as Record<string, unknown>)[k], depth + 1)
    if (v === NOT_PLAIN) return NOT_PLAIN
    out[k] = v
  }
  return Object.freeze(out)
}

/** A deep-frozen copy of plain data (conditions), or `undefined` if it cannot be copied (a function inside). */
export const copy = <A>(a: A): A | undefined => {
  const fast = copyPlain(a, 0)
  if (fast !== NOT_PLAIN) return fast as A
  try {
    return deepFreeze(structuredClone(a))
  } catch {
    return undefined
  }
}

/** The lengths of the prototype keys, the only ids that need a look in `HOSTILE_KEYS`. */
const HOSTILE_LENGTHS: ReadonlySet<number> = new Set([...HOSTILE_KEYS].map((k) => k.length))

/** A letter or a digit (the first character of an id). */
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * `isIdString` (a letter or digit, then letters, digits and `. _ : -`, at most 100 characters; not a prototype
 * key), by character codes: the same answer without running the regular expression for each event.
 */
export const isId = (s: string): boolean => {
  const n = s.length
  if (n === 0 || n > 100 || !isAlnum(s.charCodeAt(0))) return false
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i)
    // . (46), : (58), _ (95), - (45)
    if (!isAlnum(c) && c !== 46 && c !== 58 && c !== 95 && c !== 45) return false
  }
  return !HOSTILE_LENGTHS.has(n) || isIdString(s)
}

/**
 * True for JSON data (plain objects, arrays without holes or extra properties, strings, finite numbers other than
 * -0, booleans, null), nested at most 64 deep: data whose `JSON.stringify` tells equal values from different ones.
 */
export const isJson = (u: unknown, depth: number): boolean => {
  switch (typeof u) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(u) && !Object.is(u, -0)
    case 'object': {
      if (u === null) return true
      if (depth > 64) return false
      if (Array.isArray(u)) {
        if (Object.getPrototypeOf(u) !== Array.prototype || Object.keys(u).length !== u.length) return false
        for (let i = 0; i < u.length; i++) if (!isJson(u[i], depth + 1)) return false
        return true
      }
      if (Object.getPrototypeOf(u) !== Object.prototype) return false
      for (const k of Object.keys(u))
        if (k === '__proto__' || !isJson((u as Record<string, unknown>)[k], depth + 1)) return false
      return true
    }
    default:
      return false
  }
}

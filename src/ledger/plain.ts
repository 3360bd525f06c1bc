/**
 * Plain values as the ledger's intake reads them: the stance a response names, a quick check of an id, a hash
 * and an equality for JSON data (to share equal conditions), and deep-frozen copies of plain data (conditions),
 * made without `structuredClone` when they are JSON-like. Internal to the ledger.
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

/** Mixes a hash with another (FNV-1a steps over its bytes), kept to 30 bits, so that it stays a small integer. */
const mix = (h: number, x: number): number => {
  let m = h
  for (let k = 0; k < 32; k += 8) m = Math.imul(m ^ ((x >>> k) & 255), 0x01000193)
  return m & 0x3fffffff
}

/** A hash of a string's characters (FNV-1a), kept to 30 bits. */
const hashText = (s: string): number => {
  let h = 0x811c9dc5 ^ s.length
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h & 0x3fffffff
}

/**
 * A hash of JSON data (plain objects, arrays without holes or extra properties, strings, finite numbers other than
 * -0, booleans, null; nested at most 64 deep), or -1 for anything else: data whose `JSON.stringify` tells equal
 * values from different ones. Equal data (as `sameJson` says) has equal hashes.
 */
export const jsonHash = (u: unknown, depth: number): number => {
  switch (typeof u) {
    case 'string':
      return mix(1, hashText(u))
    case 'boolean':
      return u ? 2 : 3
    case 'number':
      return Number.isFinite(u) && !Object.is(u, -0) ? mix(4, hashText(String(u))) : -1
    case 'object': {
      if (u === null) return 5
      if (depth > 64) return -1
      if (Array.isArray(u)) {
        if (Object.getPrototypeOf(u) !== Array.prototype || Object.keys(u).length !== u.length) return -1
        let h = mix(6, u.length)
        for (let i = 0; i < u.length; i++) {
          const x = jsonHash(u[i], depth + 1)
          if (x < 0) return -1
          h = mix(h, x)
        }
        return h
      }
      if (Object.getPrototypeOf(u) !== Object.prototype) return -1
      let h = 7
      for (const k of Object.keys(u)) {
        const x = k === '__proto__' ? -1 : jsonHash((u as Record<string, unknown>)[k], depth + 1)
        if (x < 0) return -1
        h = mix(mix(h, hashText(k)), x)
      }
      return h
    }
    default:
      return -1
  }
}

/**
 * True when two values of JSON data (see `jsonHash`) are the same data, keys in the same order: exactly when
 * `JSON.stringify` writes them the same.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i] as string
    if (k !== kb[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false
  }
  return true
}

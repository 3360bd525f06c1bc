/**
 * Helpers for the quality tests: freezing inputs, checking that results are frozen, and an exact fingerprint of a
 * value (to prove an input was not changed). They are written independently of `src` on purpose: a test that used
 * the library's own `deepFreeze` would not notice if that function broke.
 */

const isObject = (u: unknown): u is object => (typeof u === 'object' && u !== null) || typeof u === 'function'

/**
 * Freezes `value` and every object reachable from it through its own properties (string and symbol keys,
 * enumerable or not, including an own `__proto__` key), in place, and returns it. Use it on every input a test
 * passes to the library: a function that tries to change a frozen input throws in strict mode.
 */
export const deepFreeze = <A>(value: A): A => {
  const seen = new Set<object>()
  const go = (u: unknown): void => {
    if (!isObject(u) || seen.has(u)) return
    seen.add(u)
    for (const k of Reflect.ownKeys(u)) {
      const d = Object.getOwnPropertyDescriptor(u, k)
      if (d !== undefined && 'value' in d) go(d.value)
    }
    Object.freeze(u)
  }
  go(value)
  return value
}

/**
 * The path (`$.issues.nato.domain`) of the first object reachable from `value` that is not frozen, or `undefined`
 * when everything is frozen.
 */
export const unfrozenPath = (value: unknown): string | undefined => {
  const seen = new Set<object>()
  const go = (u: unknown, path: string): string | undefined => {
    if (!isObject(u) || seen.has(u)) return undefined
    seen.add(u)
    if (!Object.isFrozen(u)) return path
    for (const k of Reflect.ownKeys(u)) {
      const d = Object.getOwnPropertyDescriptor(u, k)
      if (d === undefined || !('value' in d)) continue
      const found = go(d.value, Array.isArray(u) ? `${path}[${String(k)}]` : `${path}.${String(k)}`)
      if (found !== undefined) return found
    }
    return undefined
  }
  return go(value, '$')
}

/**
 * An exact text fingerprint of a value: unlike `JSON.stringify` it tells `NaN`, `Infinity`, `-0`, `undefined`,
 * sparse slots, own `__proto__` keys, symbols, non-enumerable properties and prototypes apart. Two values with the same fingerprint are
 * indistinguishable to code that reads data.
 */
export const fingerprint = (value: unknown): string => {
  const seen = new Map<object, number>()
  const go = (u: unknown): string => {
    switch (typeof u) {
      case 'number':
        return Object.is(u, -0) ? '-0' : String(u)
      case 'string':
        return JSON.stringify(u)
      case 'bigint':
        return `${String(u)}n`
      case 'symbol':
        return `Symbol(${String(u.description)})`
      case 'undefined':
        return 'undefined'
      case 'boolean':
        return String(u)
      case 'function':
        return `[function ${u.name}]`
    }
    if (u === null) return 'null'
    const o = u as object
    const id = seen.get(o)
    if (id !== undefined) return `[ref ${String(id)}]`
    seen.set(o, seen.size)
    const proto: unknown = Object.getPrototypeOf(o)
    const tag = proto === Object.prototype ? '' : proto === Array.prototype ? 'A' : proto === null ? 'N' : '?'
    const parts = Reflect.ownKeys(o).map((k) => {
      const d = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor
      const key = typeof k === 'symbol' ? `[${String(k.description)}]` : JSON.stringify(k)
      const flags = d.enumerable === true ? '' : '~'
      return 'value' in d ? `${flags}${key}:${go(d.value)}` : `${flags}${key}:[accessor]`
    })
    return `${tag}{${parts.join(',')}}`
  }
  return go(value)
}

/** `JSON.parse` of a text, typed as unknown (builds own `__proto__` keys, which object literals cannot). */
export const fromJson = (text: string): unknown => JSON.parse(text) as unknown

/**
 * Codec building blocks shared by the model: strict structs that reject unknown fields, branded string ids, ISO
 * dates and finite numbers. Internal: the public surface is the codecs in `src/model`.
 *
 * @internal
 */
import * as t from 'io-ts'
import { hasOwn } from './record'

// -------------------------------------------------------------------------------------
// keys
// -------------------------------------------------------------------------------------

/** Keys that would reach an object's prototype if copied naively; never accepted as a field or an id. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** True when `u` is a plain object (not an array, not null). */
export const isPlainObject = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

// -------------------------------------------------------------------------------------
// struct
// -------------------------------------------------------------------------------------

/** The static type of a struct: required props, then optional props (absent or present). */
export type StructOf<R extends t.Props, O extends t.Props> = {
  readonly [K in keyof R]: t.TypeOf<R[K]>
} & { readonly [K in keyof O]?: t.TypeOf<O[K]> }

/** The message io-ts carries for a field that the struct does not know. */
export const UNKNOWN_FIELD = 'unknown field'

/**
 * An object codec with required and optional fields that fails on any field it does not know (a typo in an optional
 * field is a mistake the author wants to hear about, not a key to drop silently).
 */
export const struct = <R extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  required: R,
  optional?: O,
): t.Type<StructOf<R, O>, StructOf<R, O>, unknown> => {
  const opt = (optional ?? {}) as O
  const known = new Set([...Object.keys(required), ...Object.keys(opt)])
  return new t.Type<StructOf<R, O>, StructOf<R, O>, unknown>(
    name,
    // as decoding: only known fields, every required one present, and each field of its type
    (u): u is StructOf<R, O> =>
      isPlainObject(u) &&
      Object.keys(u).every((k) => known.has(k)) &&
      Object.entries(required).every(([k, codec]) => hasOwn(u, k) && codec.is(u[k])) &&
      Object.entries(opt).every(([k, codec]) => !hasOwn(u, k) || u[k] === undefined || codec.is(u[k])),
    (u, c) => {
      if (!isPlainObject(u)) return t.failure(u, c, `expected an object (${name})`)
      const errors: t.ValidationError[] = []
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(u)) {
        if (!known.has(k)) {
          errors.push({
            value: u[k],
            context: [...c, { key: k, type: t.never, actual: u[k] }],
            message: `${UNKNOWN_FIELD} \`${k}\` in ${name}`,
          })
        }
      }
      for (const [k, codec] of Object.entries(required)) {
        const present = hasOwn(u, k)
        const v = present ? u[k] : undefined
        if (!present) {
          errors.push({
            value: undefined,
            context: [...c, { key: k, type: codec, actual: undefined }],
            message: `missing required field \`${k}\` (${codec.name}) in ${name}`,
          })
          continue
        }
        const r = codec.validate(v, [...c, { key: k, type: codec, actual: v }])
        if (r._tag === 'Left') errors.push(...r.left)
        else out[k] = r.right
      }
      for (const [k, codec] of Object.entries(opt)) {
        if (!hasOwn(u, k) || u[k] === undefined) continue
        const v = u[k]
        const r = codec.validate(v, [...c, { key: k, type: codec, actual: v }])
        if (r._tag === 'Left') errors.push(...r.left)
        else out[k] = r.right
      }
      return errors.length > 0 ? t.failures(errors) : t.success(Object.freeze(out) as StructOf<R, O>)
    },
    t.identity,
  )
}

// -------------------------------------------------------------------------------------
// ids
// -------------------------------------------------------------------------------------

/** What an id may look like: a letter or digit, then letters, digits and `. _ : -`, at most 100 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

/** True when `s` is a well-formed id that is not a prototype key. */
export const isIdString = (s: string): boolean => ID_PATTERN.test(s) && !HOSTILE_KEYS.has(s)

/**
 * A branded id codec. Ids are short strings chosen by the author (`RU`, `territory.donetsk`); the brand keeps a party
 * id from being passed where an issue id is expected.
 */
export const brandedId = <B extends { readonly [K in N]: symbol }, N extends string>(
  name: N,
): t.BrandC<t.StringC, B> => t.brand(t.string, (s): s is t.Branded<string, B> => isIdString(s), name)

// -------------------------------------------------------------------------------------
// scalars
// -------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDateString = (s: string): boolean => {
  const m = ISO_DATE.exec(s)
  if (m === null) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1) return false
  const last = new Date(0)
  last.setUTCFullYear(y, mo, 0) // day 0 of the next month: the last day of this one (years 0–99 stay as written)
  return d <= last.getUTCDate()
}

/** A finite number (JSON has no NaN or Infinity, but JavaScript callers and YAML `.nan` do). */
export const finite = new t.Type<number, number, unknown>(
  'finite number',
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
  (u, c) =>
    typeof u === 'number' && Number.isFinite(u)
      ? t.success(u)
      : t.failure(
          u,
          c,
          typeof u === 'number' ? `expected a finite number, got ${String(u)}` : 'expected a number',
        ),
  t.identity,
)

/** A finite number within `[min, max]`. */
export const boundedNumber = (name: string, min: number, max: number): t.Type<number, number, unknown> =>
  new t.Type<number, number, unknown>(
    name,
    (u): u is number => typeof u === 'number' && u >= min && u <= max,
    (u, c) =>
      typeof u === 'number' && Number.isFinite(u) && u >= min && u <= max
        ? t.success(u)
        : t.failure(u, c, `expected a number from ${String(min)} to ${String(max)}`),
    t.identity,
  )

/** A non-empty string of at most `max` characters. */
export const text = (max = 10_000): t.Type<string, string, unknown> =>
  new t.Type<string, string, unknown>(
    'text',
    (u): u is string => typeof u === 'string' && u.trim().length > 0 && u.length <= max,
    (u, c) =>
      typeof u !== 'string'
        ? t.failure(u, c, 'expected a string')
        : u.trim().length === 0
          ? t.failure(u, c, 'expected a non-empty string')
          : u.length > max
            ? t.failure(u, c, `expected at most ${String(max)} characters, got ${String(u.length)}`)
            : t.success(u),
    t.identity,
  )

/** A string literal union with a message that lists the allowed values. */
export const oneOf = <const L extends readonly [string, ...string[]]>(
  name: string,
  values: L,
): t.Type<L[number], L[number], unknown> => {
  const set = new Set<string>(values)
  return new t.Type<L[number], L[number], unknown>(
    name,
    (u): u is L[number] => typeof u === 'string' && set.has(u),
    (u, c) =>
      typeof u === 'string' && set.has(u)
        ? t.success(u)
        : t.failure(u, c, `expected one of ${values.map((v) => `"${v}"`).join(', ')}`),
    t.identity,
  )
}

/**
 * A union discriminated by a string field (`kind`): picks the branch by the tag and reports only that branch's
 * errors, or one error naming the valid tags.
 */
export const tagged = <K extends string, const M extends Readonly<Record<string, t.Mixed>>>(
  name: string,
  tag: K,
  members: M,
): t.Type<t.TypeOf<M[keyof M]>, t.TypeOf<M[keyof M]>, unknown> => {
  const tags = Object.keys(members)
  return new t.Type<t.TypeOf<M[keyof M]>, t.TypeOf<M[keyof M]>, unknown>(
    name,
    (u): u is t.TypeOf<M[keyof M]> =>
      isPlainObject(u) &&
      typeof u[tag] === 'string' &&
      hasOwn(members, u[tag]) &&
      (members[u[tag]] as t.Mixed).is(u),
    (u, c) => {
      if (!isPlainObject(u)) return t.failure(u, c, `expected an object (${name})`)
      const k = u[tag]
      if (typeof k !== 'string' || !hasOwn(members, k)) {
        return t.failures([
          {
            value: k,
            context: [...c, { key: tag, type: t.string, actual: k }],
            message:
              k === undefined
                ? `missing \`${tag}\` of ${name}; expected one of ${tags.map((x) => `"${x}"`).join(', ')}`
                : `unknown ${name} ${tag} ${JSON.stringify(k)}; expected one of ${tags.map((x) => `"${x}"`).join(', ')}`,
          },
        ])
      }
      return (members[k] as t.Mixed).validate(u, c) as t.Validation<t.TypeOf<M[keyof M]>>
    },
    t.identity,
  )
}

/**
 * A readonly array codec whose decoded arrays are frozen. The array is always a fresh one: io-ts hands back the
 * input array when no element changed, and freezing that would change the caller's data.
 */
export const list = <C extends t.Mixed>(item: C, name?: string): t.ReadonlyArrayC<C> => {
  const base = t.readonlyArray(item, name ?? `Array<${item.name}>`)
  return new t.ReadonlyArrayType(
    base.name,
    base.is,
    (u, c) => {
      const r = base.validate(u, c)
      return r._tag === 'Left' ? r : t.success(Object.freeze(r.right === u ? r.right.slice() : r.right))
    },
    base.encode,
    item,
  )
}

/**
 * A record keyed by branded ids (`{ "RU": {...}, "UA": {...} }`). Keys are checked before anything is copied, so a
 * `__proto__` key is reported and never assigned.
 */
export const keyed = <K extends t.Mixed, V extends t.Mixed>(
  name: string,
  key: K,
  value: V,
): t.Type<Readonly<Record<t.TypeOf<K>, t.TypeOf<V>>>, Readonly<Record<t.TypeOf<K>, t.TypeOf<V>>>, unknown> =>
  new t.Type<Readonly<Record<t.TypeOf<K>, t.TypeOf<V>>>, Readonly<Record<t.TypeOf<K>, t.TypeOf<V>>>, unknown>(
    name,
    (u): u is Readonly<Record<t.TypeOf<K>, t.TypeOf<V>>> =>
      isPlainObject(u) && Object.keys(u).every((k) => key.is(k) && value.is(u[k])),
    (u, c) => {
      if (!isPlainObject(u)) return t.failure(u, c, `expected an object keyed by ${key.name} (${name})`)
      const errors: t.ValidationError[] = []
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(u)) {
        const v = u[k]
        const kc = [...c, { key: k, type: key, actual: k }]
        const validKey: boolean = key.is(k)
        if (!validKey) {
          errors.push({
            value: k,
            context: kc,
            message: HOSTILE_KEYS.has(k)
              ? `the key \`${k}\` is not allowed (it would reach the object prototype)`
              : `\`${k}\` is not a valid ${key.name}: use letters, digits and . _ : - (starting with a letter or digit)`,
          })
          continue
        }
        const r = value.validate(v, [...c, { key: k, type: value, actual: v }])
        if (r._tag === 'Left') errors.push(...r.left)
        else out[k] = r.right
      }
      return errors.length > 0 ? t.failures(errors) : t.success(Object.freeze(out))
    },
    t.identity,
  )

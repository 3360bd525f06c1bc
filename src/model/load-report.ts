/**
 * The second loading pass, structure: turns io-ts validation errors into problems a person can act on — one per bad
 * value, with a path, a stable code, what was expected and what was found. Messages the codecs carry are kept and
 * sharpened; failures that carry none (brands such as dates and ids, literals, booleans, lists) get one here.
 *
 * @internal
 * @since 0.1.0
 */
import type * as t from 'io-ts'
import { HOSTILE_KEYS, UNKNOWN_FIELD } from '../internal/codec'
import { type DecodeIssue, type IssueCode, type PathSegments, makeIssue, preview } from './errors'
import { fieldsOf } from './schema'
import { didYouMean, nearest } from './suggest'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const ID_NAMES: Readonly<Record<string, string>> = {
  PartyId: 'party id',
  IssueId: 'issue id',
  OptionId: 'option id',
  ProposalId: 'proposal id',
  EventId: 'event id',
  SourceId: 'source id',
  PositionId: 'position id',
}

const ID_RULE = 'use letters, digits and . _ : - (starting with a letter or digit, at most 100 characters)'

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

const words = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

const article = (phrase: string): string => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`

/** A codec message in the words of the format: ids by their kind, strings as text. */
const humane = (message: string): string =>
  message
    .replace(
      /\b(PartyId|IssueId|OptionId|ProposalId|EventId|SourceId|PositionId)\b/g,
      (n: string) => ID_NAMES[n] ?? n,
    )
    .replace(/^expected a string\b/, 'expected text')

/** What a codec expects, in words. */
const expectedOf = (
  type: t.Decoder<unknown, unknown> & { readonly name: string; readonly _tag?: string },
): string => {
  const name = type.name
  if (name === 'IsoDate') return 'a date written YYYY-MM-DD'
  if (hasOwn(ID_NAMES, name)) return `a ${ID_NAMES[name] as string}`
  if (name === 'text') return 'a non-empty text'
  if (name === 'boolean') return 'true or false'
  if (name === 'finite number') return 'a finite number'
  if (name === 'string') return 'text'
  if (type._tag === 'ReadonlyArrayType') return 'a list'
  if (name.startsWith('"')) return name
  return words(name)
}

/** The quoted words after "expected one of" in a codec message. */
const allowedIn = (message: string): ReadonlyArray<string> => {
  const tail = message.slice(message.indexOf('expected one of'))
  return [...tail.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string)
}

const dateProblem = (s: string): string => {
  const m = DATE_SHAPE.exec(s)
  if (m === null) {
    if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return `\`${s}\` has a time; write the day only: ${s.slice(0, 10)}`
    return `\`${s}\` is not a date written YYYY-MM-DD (for example 2025-03-11)`
  }
  const month = Number(m[2])
  if (month < 1 || month > 12) return `not a real date: ${s} (there is no month ${m[2] as string})`
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()
  return `not a real date: ${s} (${m[1] as string}-${m[2] as string} has ${String(days)} days)`
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const pathOf = (context: t.Context): PathSegments =>
  context.slice(1).map((entry, i) => (Array.isArray(context[i]?.actual) ? Number(entry.key) : entry.key))

const structNameIn = (message: string): string => / in ([A-Za-z]+)$/.exec(message)?.[1] ?? 'this object'

interface Classified {
  readonly code: IssueCode
  readonly message: string
  readonly expected?: string | undefined
  readonly showActual: boolean
}

const classify = (e: t.ValidationError, path: PathSegments): Classified => {
  const last = e.context[e.context.length - 1]
  const type = (last?.type ?? { name: 'value' }) as t.Decoder<unknown, unknown> & {
    readonly name: string
    readonly _tag?: string
  }
  const v = e.value
  const got = `got ${preview(v)}`
  const msg = e.message
  const key = path[path.length - 1]
  const expected = expectedOf(type)

  if (typeof v === 'number' && !Number.isFinite(v) && /^expected a (finite )?number/.test(msg ?? ''))
    return {
      code: 'non-finite',
      message: `expected a finite number, ${got}; JSON has no NaN or Infinity (YAML .nan, .inf) — write a number`,
      expected: 'a finite number',
      showActual: true,
    }
  if (msg !== undefined) {
    if (msg.startsWith(UNKNOWN_FIELD)) {
      const struct = structNameIn(msg)
      const near = nearest(String(key), fieldsOf(struct) ?? [])
      return {
        code: 'unknown-field',
        message: `unknown field \`${String(key)}\` in ${struct}; ${near === undefined ? 'remove it' : `did you mean \`${near}\`?`}`,
        showActual: true,
      }
    }
    if (msg.startsWith('missing required field'))
      return {
        code: 'missing',
        message: `missing required field \`${String(key)}\` (${expected}) in ${structNameIn(msg)}; add it`,
        expected,
        showActual: false,
      }
    if (msg.startsWith('missing `')) {
      const what = / of (\w+);/.exec(msg)?.[1] ?? 'object'
      const allowed = allowedIn(msg)
      return {
        code: 'missing',
        message: `missing \`${String(key)}\` of ${words(what)}; add one of: ${allowed.join(', ')}`,
        expected: `one of ${allowed.join(', ')}`,
        showActual: false,
      }
    }
    if (msg.startsWith('unknown ') && msg.includes('expected one of')) {
      const what = /^unknown (\w+) /.exec(msg)?.[1] ?? 'object'
      const allowed = allowedIn(msg)
      return {
        code: 'unknown-kind',
        message:
          typeof v === 'string'
            ? `unknown ${words(what)} kind \`${v}\`; ${didYouMean(v, allowed, 'kinds')}`
            : `the kind of ${words(what)} must be text, ${got}; kinds are: ${allowed.join(', ')}`,
        expected: `one of ${allowed.join(', ')}`,
        showActual: true,
      }
    }
    if (msg.startsWith('expected one of')) {
      const allowed = allowedIn(msg)
      return typeof v === 'string'
        ? {
            code: 'unknown-value',
            message: `\`${v}\` is not ${article(words(type.name))}; ${didYouMean(v, allowed, 'allowed values')}`,
            expected: `one of ${allowed.join(', ')}`,
            showActual: true,
          }
        : {
            code: 'type',
            message: `expected ${article(words(type.name))} (one of ${allowed.join(', ')}), ${got}`,
            expected: `one of ${allowed.join(', ')}`,
            showActual: true,
          }
    }
    if (msg.startsWith('expected a number from'))
      return {
        code: typeof v === 'number' ? 'out-of-range' : 'type',
        message: `${msg}, ${got}`,
        expected: msg.slice('expected '.length),
        showActual: true,
      }
    if (msg.startsWith('expected a non-empty string'))
      return {
        code: 'empty',
        message: 'expected a non-empty text; write something here',
        expected,
        showActual: true,
      }
    if (msg.startsWith('expected at most'))
      return { code: 'too-long', message: `text too long: ${msg}; shorten it`, expected, showActual: true }
    if (msg.startsWith('the key `')) return { code: 'hostile-key', message: msg, showActual: false }
    if (msg.includes('is not a valid option id') || msg.includes(' is not a valid '))
      return {
        code: 'bad-id',
        message: msg.replace(
          /is not a valid (\w+)/,
          (_, n: string) => `is not a valid ${ID_NAMES[n] ?? words(n)}`,
        ),
        expected,
        showActual: true,
      }
    if (msg === 'expected an element id')
      return typeof v === 'string'
        ? {
            code: 'bad-id',
            message: `\`${v}\` is not a valid element id: ${ID_RULE}`,
            expected,
            showActual: true,
          }
        : { code: 'type', message: `expected an element id (text), ${got}`, expected, showActual: true }
    if (msg.startsWith('expected'))
      return { code: 'type', message: `${humane(msg)}, ${got}`, expected, showActual: true }
    return { code: 'type', message: msg, expected, showActual: true }
  }

  // failures without a message: brands, literals, booleans, lists, plain strings
  if (type.name === 'IsoDate')
    return typeof v === 'string'
      ? { code: 'bad-date', message: dateProblem(v), expected, showActual: true }
      : { code: 'type', message: `expected a date written YYYY-MM-DD, ${got}`, expected, showActual: true }
  if (hasOwn(ID_NAMES, type.name)) {
    const what = ID_NAMES[type.name] as string
    if (typeof v !== 'string')
      return { code: 'type', message: `expected a ${what} (text), ${got}`, expected, showActual: true }
    if (HOSTILE_KEYS.has(v))
      return {
        code: 'hostile-key',
        message: `\`${v}\` is never accepted as an id (it could reach the object prototype); choose another ${what}`,
        showActual: true,
      }
    return {
      code: 'bad-id',
      message: `\`${v}\` is not a valid ${what}: ${ID_RULE}`,
      expected,
      showActual: true,
    }
  }
  if (type.name.startsWith('"')) {
    if (key === 'format' && path.length === 1)
      return {
        code: 'unsupported-format',
        message: `this library reads documents with \`format: ${type.name}\`, ${got}; set \`format\` to ${type.name}`,
        expected: type.name,
        showActual: true,
      }
    return { code: 'type', message: `expected ${type.name}, ${got}`, expected: type.name, showActual: true }
  }
  return { code: 'type', message: `expected ${expected}, ${got}`, expected, showActual: true }
}

/**
 * Turns io-ts validation errors into problems: one per bad value. A mistyped field that is also a missing required
 * field (`tabledby` for `tabledBy`) gives one problem, and what remains at the same path collapses to the first.
 *
 * @category loading
 * @since 0.1.0
 */
export const report = (errors: ReadonlyArray<t.ValidationError>): ReadonlyArray<DecodeIssue> => {
  const raw = errors.map((e) => {
    const path = pathOf(e.context)
    const c = classify(e, path)
    return makeIssue(path, c.code, c.message, {
      expected: c.expected,
      actual: e.value,
      hasActual: c.showActual && e.value !== undefined,
    })
  })
  const parentOf = (i: DecodeIssue): string => JSON.stringify(i.pathSegments.slice(0, -1))
  const lastOf = (i: DecodeIssue): string => String(i.pathSegments[i.pathSegments.length - 1])

  // a typo of a required field: one problem at the typo, none for the "missing" field
  const missing = new Map<string, DecodeIssue[]>()
  for (const i of raw)
    if (i.code === 'missing') missing.set(parentOf(i), [...(missing.get(parentOf(i)) ?? []), i])
  const absorbed = new Set<DecodeIssue>()
  const merged = raw.map((i) => {
    if (i.code !== 'unknown-field') return i
    const candidates = (missing.get(parentOf(i)) ?? []).filter((m) => !absorbed.has(m))
    const near = nearest(lastOf(i), candidates.map(lastOf))
    if (near === undefined) return i
    absorbed.add(candidates.find((m) => lastOf(m) === near) as DecodeIssue)
    const struct = / in ([A-Za-z]+);/.exec(i.message)?.[1] ?? 'this object'
    return {
      ...i,
      message: `unknown field \`${lastOf(i)}\` in ${struct}; did you mean \`${near}\` (a required field)?`,
    }
  })

  // one problem per path
  const seen = new Set<string>()
  const out: DecodeIssue[] = []
  for (const i of merged) {
    if (absorbed.has(i) || seen.has(i.path)) continue
    seen.add(i.path)
    out.push(i)
  }
  return out
}

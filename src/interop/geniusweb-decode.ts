/**
 * Reading GeniusWeb JSON: a domain (`{ name, issuesValues }`) and a linear-additive profile
 * (`{ LinearAdditiveUtilitySpace: { issueUtilities, issueWeights, domain, name, reservationBid } }`) into typed
 * values, collecting every problem with its path instead of throwing. Internal: use `GeniusWeb`.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { hasOwn, own } from '../internal/record'
import { formatPath, type IssueCode, type PathSegments } from '../model/errors'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A problem in GeniusWeb input: where (`LinearAdditiveUtilitySpace.issueWeights.salary`), a stable code (the
 * loader's codes) and a sentence that names the fix.
 *
 * @category model
 * @since 0.1.0
 */
export interface GeniusWebProblem {
  readonly path: string
  readonly code: IssueCode
  readonly message: string
}

/**
 * The values of a GeniusWeb issue: a list of discrete values (strings), or a number range from `low` to `high` in
 * steps of `step`.
 *
 * @category model
 * @since 0.1.0
 */
export type GeniusWebValues =
  | { readonly kind: 'discrete'; readonly values: readonly string[] }
  | { readonly kind: 'number'; readonly low: number; readonly high: number; readonly step: number }

/**
 * A GeniusWeb domain: its name and the values of each issue, keyed by issue name.
 *
 * @category model
 * @since 0.1.0
 */
export interface GeniusWebDomain {
  readonly name: string
  readonly issues: Readonly<Record<string, GeniusWebValues>>
}

/**
 * How a GeniusWeb profile values one issue: a utility (0 to 1) per discrete value, or a line from
 * (`lowValue`, `lowUtility`) to (`highValue`, `highUtility`) over a number range.
 *
 * @category model
 * @since 0.1.0
 */
export type GeniusWebUtilities =
  | { readonly kind: 'discrete'; readonly utilities: Readonly<Record<string, number>> }
  | {
      readonly kind: 'number'
      readonly lowValue: number
      readonly lowUtility: number
      readonly highValue: number
      readonly highUtility: number
    }

/**
 * A GeniusWeb bid: a value (a string, or a number for a number issue) for some issues, keyed by issue name.
 *
 * @category model
 * @since 0.1.0
 */
export type GeniusWebBid = Readonly<Record<string, string | number>>

/**
 * A linear-additive GeniusWeb profile: the utility of a bid is the sum over issues of the issue's weight times the
 * utility of the bid's value on it.
 *
 * @category model
 * @since 0.1.0
 */
export interface GeniusWebProfile {
  readonly name: string
  readonly domain: GeniusWebDomain
  readonly weights: Readonly<Record<string, number>>
  readonly utilities: Readonly<Record<string, GeniusWebUtilities>>
  readonly reservationBid?: GeniusWebBid
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const HOSTILE = new Set(['__proto__', 'constructor', 'prototype'])

/** What `field` returns for a missing field (already reported). */
const MISSING: unique symbol = Symbol('missing')

/** True when `n` is one of a number range's values: its low end plus a whole number of steps (to rounding). */
const onGrid = (n: number, range: { readonly low: number; readonly step: number }): boolean => {
  const k = (n - range.low) / range.step
  return Math.abs(k - Math.round(k)) <= 1e-9 * Math.max(1, Math.abs(k))
}

/** A decimal number as JSON writes one (`-12`, `0.5`, `1E+3`). */
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/

/** Collects problems while reading. */
class Reader {
  readonly problems: GeniusWebProblem[] = []

  fail(path: PathSegments, code: IssueCode, message: string): undefined {
    this.problems.push({ path: formatPath(path), code, message })
    return undefined
  }

  object(u: unknown, path: PathSegments, what: string): Readonly<Record<string, unknown>> | undefined {
    if (u === MISSING) return undefined
    if (typeof u !== 'object' || u === null || Array.isArray(u))
      return this.fail(path, 'type', `expected ${what} (a JSON object), got ${describe(u)}`)
    const bad = Object.keys(u).find((k) => HOSTILE.has(k))
    if (bad !== undefined)
      return this.fail([...path, bad], 'hostile-key', `the key \`${bad}\` is never accepted; rename it`)
    return u as Readonly<Record<string, unknown>>
  }

  field(o: Readonly<Record<string, unknown>>, key: string, path: PathSegments, what: string): unknown {
    if (!hasOwn(o, key))
      return (this.fail([...path, key], 'missing', `missing \`${key}\` (${what})`), MISSING)
    return o[key]
  }

  string(u: unknown, path: PathSegments, what: string): string | undefined {
    if (u === MISSING) return undefined
    if (typeof u !== 'string')
      return this.fail(path, 'type', `expected ${what} (a string), got ${describe(u)}`)
    if (u.trim().length === 0) return this.fail(path, 'empty', `${what} is empty; give it a name`)
    return u
  }

  number(u: unknown, path: PathSegments, what: string): number | undefined {
    if (u === MISSING) return undefined
    // a number written as text (as a decimal number is written in JSON: no hex, no `Infinity`) is read as the number
    if (typeof u === 'string' && DECIMAL.test(u.trim()) && Number.isFinite(Number(u))) return Number(u)
    if (typeof u !== 'number')
      return this.fail(path, 'type', `expected ${what} (a number), got ${describe(u)}`)
    if (!Number.isFinite(u)) return this.fail(path, 'non-finite', `${what} must be a finite number`)
    return u
  }

  unit(u: unknown, path: PathSegments, what: string): number | undefined {
    const x = this.number(u, path, what)
    if (x === undefined) return undefined
    if (x < 0 || x > 1)
      return this.fail(path, 'out-of-range', `${what} must lie between 0 and 1, got ${String(x)}`)
    return x
  }
}

const describe = (u: unknown): string => {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'a list'
  if (typeof u === 'object') return 'an object'
  if (typeof u === 'string') return `the string ${JSON.stringify(u.length > 40 ? `${u.slice(0, 37)}...` : u)}`
  if (typeof u === 'number' || typeof u === 'boolean' || typeof u === 'bigint')
    return `${typeof u} ${String(u)}`
  return typeof u
}

const parseText = (r: Reader, json: unknown): unknown => {
  if (typeof json !== 'string') return json
  try {
    return JSON.parse(json) as unknown
  } catch (e) {
    return r.fail([], 'syntax', `the text is not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

const readValues = (r: Reader, u: unknown, path: PathSegments): GeniusWebValues | undefined => {
  const o = r.object(u, path, 'the values of an issue')
  if (o === undefined) return undefined
  if (hasOwn(o, 'values') && hasOwn(o, 'range'))
    return r.fail(
      path,
      'contradiction',
      'the issue has both `values` and `range`; give one: a list of values or a number range',
    )
  if (hasOwn(o, 'values')) {
    const vs = o['values']
    if (!Array.isArray(vs))
      return r.fail([...path, 'values'], 'type', `expected a list of values, got ${describe(vs)}`)
    const out: string[] = []
    vs.forEach((v, i) => {
      const s = r.string(v, [...path, 'values', i], 'a discrete value')
      if (s === undefined) return
      if (out.includes(s))
        r.fail([...path, 'values', i], 'duplicate-id', `the value ${JSON.stringify(s)} is listed twice`)
      else out.push(s)
    })
    if (vs.length === 0) return r.fail([...path, 'values'], 'empty', 'an issue needs at least one value')
    return { kind: 'discrete', values: out }
  }
  if (hasOwn(o, 'range')) {
    const range = r.object(o['range'], [...path, 'range'], 'a number range `{ low, high, step }`')
    if (range === undefined) return undefined
    const at = [...path, 'range']
    const low = r.number(r.field(range, 'low', at, 'the lowest number'), [...at, 'low'], 'low')
    const high = r.number(r.field(range, 'high', at, 'the highest number'), [...at, 'high'], 'high')
    const step = r.number(r.field(range, 'step', at, 'the step between numbers'), [...at, 'step'], 'step')
    if (low === undefined || high === undefined || step === undefined) return undefined
    if (low > high)
      return r.fail(at, 'bad-range', `the range runs from ${String(low)} down to ${String(high)}; swap them`)
    if (step <= 0)
      return r.fail([...at, 'step'], 'out-of-range', `the step must be positive, got ${String(step)}`)
    return { kind: 'number', low, high, step }
  }
  return r.fail(path, 'missing', 'an issue needs `values` (a list) or `range` (`{ low, high, step }`)')
}

const readDomain = (r: Reader, u: unknown, path: PathSegments): GeniusWebDomain | undefined => {
  const o = r.object(u, path, 'a GeniusWeb domain `{ name, issuesValues }`')
  if (o === undefined) return undefined
  const name = r.string(r.field(o, 'name', path, 'the domain name'), [...path, 'name'], 'the domain name')
  const iv = r.object(
    r.field(o, 'issuesValues', path, 'the issues and their values'),
    [...path, 'issuesValues'],
    'the issues and their values',
  )
  if (iv === undefined) return undefined
  const issues: Record<string, GeniusWebValues> = {}
  for (const [issue, values] of Object.entries(iv)) {
    const v = readValues(r, values, [...path, 'issuesValues', issue])
    if (v !== undefined) issues[issue] = v
  }
  if (Object.keys(iv).length === 0) r.fail([...path, 'issuesValues'], 'empty', 'the domain has no issues')
  return name === undefined ? undefined : { name, issues }
}

const readUtilities = (r: Reader, u: unknown, path: PathSegments): GeniusWebUtilities | undefined => {
  const o = r.object(u, path, 'the utilities of an issue')
  if (o === undefined) return undefined
  const discrete = o['DiscreteValueSetUtilities'] ?? o['discreteutils']
  const numeric = o['NumberValueSetUtilities'] ?? o['numberutils']
  const forms = [
    'DiscreteValueSetUtilities',
    'discreteutils',
    'NumberValueSetUtilities',
    'numberutils',
  ].filter((k) => o[k] !== undefined)
  if (forms.length > 1)
    return r.fail(
      path,
      'contradiction',
      `the utilities are given ${forms.length === 2 ? 'twice' : `${String(forms.length)} times`} (${forms.map((k) => `\`${k}\``).join(', ')}); give one`,
    )
  if (discrete !== undefined) {
    const key = o['DiscreteValueSetUtilities'] !== undefined ? 'DiscreteValueSetUtilities' : 'discreteutils'
    const d = r.object(discrete, [...path, key], 'discrete utilities `{ valueUtilities }`')
    if (d === undefined) return undefined
    const at = [...path, key, 'valueUtilities']
    const vu = r.object(
      r.field(d, 'valueUtilities', [...path, key], 'a utility per value'),
      at,
      'a utility per value',
    )
    if (vu === undefined) return undefined
    const utilities: Record<string, number> = {}
    for (const [value, x] of Object.entries(vu)) {
      const n = r.unit(x, [...at, value], `the utility of ${JSON.stringify(value)}`)
      if (n !== undefined) utilities[value] = n
    }
    return { kind: 'discrete', utilities }
  }
  if (numeric !== undefined) {
    const key = o['NumberValueSetUtilities'] !== undefined ? 'NumberValueSetUtilities' : 'numberutils'
    const at = [...path, key]
    const d = r.object(numeric, at, 'number utilities `{ lowValue, lowUtility, highValue, highUtility }`')
    if (d === undefined) return undefined
    const lowValue = r.number(r.field(d, 'lowValue', at, 'the low end'), [...at, 'lowValue'], 'lowValue')
    const highValue = r.number(r.field(d, 'highValue', at, 'the high end'), [...at, 'highValue'], 'highValue')
    const lowUtility = r.unit(
      r.field(d, 'lowUtility', at, 'the utility at the low end'),
      [...at, 'lowUtility'],
      'lowUtility',
    )
    const highUtility = r.unit(
      r.field(d, 'highUtility', at, 'the utility at the high end'),
      [...at, 'highUtility'],
      'highUtility',
    )
    if (
      lowValue === undefined ||
      highValue === undefined ||
      lowUtility === undefined ||
      highUtility === undefined
    )
      return undefined
    if (highValue <= lowValue)
      return r.fail(
        at,
        'bad-range',
        `highValue (${String(highValue)}) must be above lowValue (${String(lowValue)})`,
      )
    return { kind: 'number', lowValue, lowUtility, highValue, highUtility }
  }
  return r.fail(
    path,
    'unknown-kind',
    'expected `DiscreteValueSetUtilities` (or `discreteutils`) or `NumberValueSetUtilities` (or `numberutils`)',
  )
}

const readBid = (
  r: Reader,
  u: unknown,
  path: PathSegments,
  domain: GeniusWebDomain,
): GeniusWebBid | undefined => {
  if (u === null || u === undefined) return undefined
  const o = r.object(u, path, 'a bid `{ issuevalues }`')
  if (o === undefined) return undefined
  const iv = r.object(
    r.field(o, 'issuevalues', path, 'the values of the bid'),
    [...path, 'issuevalues'],
    'the values of the bid',
  )
  if (iv === undefined) return undefined
  const bid: Record<string, string | number> = {}
  for (const [issue, v] of Object.entries(iv)) {
    const at = [...path, 'issuevalues', issue]
    const values = own(domain.issues, issue)
    if (values === undefined) {
      r.fail(at, 'unknown-reference', `the domain has no issue ${JSON.stringify(issue)}`)
      continue
    }
    if (values.kind === 'discrete') {
      if (typeof v !== 'string' || !values.values.includes(v))
        r.fail(
          at,
          'out-of-domain',
          `${describe(v)} is not a value of ${JSON.stringify(issue)}; values are: ${values.values.map((x) => JSON.stringify(x)).join(', ')}`,
        )
      else bid[issue] = v
    } else {
      const n = r.number(v, at, `the value of ${JSON.stringify(issue)}`)
      if (n === undefined) continue
      if (n < values.low || n > values.high)
        r.fail(
          at,
          'out-of-domain',
          `${String(n)} lies outside ${JSON.stringify(issue)}'s range ${String(values.low)} to ${String(values.high)}`,
        )
      else if (!onGrid(n, values))
        r.fail(
          at,
          'out-of-domain',
          `${String(n)} is not a value of ${JSON.stringify(issue)}: its values go from ${String(values.low)} in steps of ${String(values.step)}`,
        )
      else bid[issue] = n
    }
  }
  return bid
}

const checkProfile = (r: Reader, p: GeniusWebProfile, path: PathSegments): void => {
  const issues = Object.keys(p.domain.issues)
  for (const issue of issues) {
    if (own(p.weights, issue) === undefined)
      r.fail([...path, 'issueWeights', issue], 'missing', `no weight for issue ${JSON.stringify(issue)}`)
    const u = own(p.utilities, issue)
    const values = p.domain.issues[issue]!
    if (u === undefined) {
      r.fail([...path, 'issueUtilities', issue], 'missing', `no utilities for issue ${JSON.stringify(issue)}`)
      continue
    }
    if (u.kind !== values.kind) {
      r.fail(
        [...path, 'issueUtilities', issue],
        'out-of-domain',
        `issue ${JSON.stringify(issue)} has ${values.kind} values but ${u.kind} utilities`,
      )
      continue
    }
    if (u.kind === 'discrete' && values.kind === 'discrete') {
      for (const v of Object.keys(u.utilities))
        if (!values.values.includes(v))
          r.fail(
            [...path, 'issueUtilities', issue],
            'unknown-reference',
            `issue ${JSON.stringify(issue)} has no value ${JSON.stringify(v)}; values are: ${values.values.map((x) => JSON.stringify(x)).join(', ')}`,
          )
    }
  }
  for (const issue of Object.keys(p.weights))
    if (!issues.includes(issue))
      r.fail(
        [...path, 'issueWeights', issue],
        'unknown-reference',
        `the domain has no issue ${JSON.stringify(issue)}`,
      )
  for (const issue of Object.keys(p.utilities))
    if (!issues.includes(issue))
      r.fail(
        [...path, 'issueUtilities', issue],
        'unknown-reference',
        `the domain has no issue ${JSON.stringify(issue)}`,
      )
  const total = Object.values(p.weights).reduce((a, b) => a + b, 0)
  if (issues.length > 0 && Math.abs(total - 1) > 1e-6)
    r.fail(
      [...path, 'issueWeights'],
      'out-of-range',
      `the issue weights must add up to 1; they add up to ${String(total)}`,
    )
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Reads a GeniusWeb domain from JSON text or parsed JSON.
 *
 * @internal
 */
export const decodeDomain = (json: unknown): E.Either<readonly GeniusWebProblem[], GeniusWebDomain> => {
  const r = new Reader()
  const u = parseText(r, json)
  const d = r.problems.length === 0 ? readDomain(r, u, []) : undefined
  return r.problems.length > 0 || d === undefined ? E.left(r.problems) : E.right(d)
}

/**
 * Reads a GeniusWeb linear-additive profile from JSON text or parsed JSON.
 *
 * @internal
 */
export const decodeProfile = (json: unknown): E.Either<readonly GeniusWebProblem[], GeniusWebProfile> => {
  const r = new Reader()
  const u = parseText(r, json)
  if (r.problems.length > 0) return E.left(r.problems)
  const outer = r.object(u, [], 'a GeniusWeb profile `{ "LinearAdditiveUtilitySpace": { ... } }`')
  if (outer === undefined) return E.left(r.problems)
  const kind = Object.keys(outer)
  if (kind.length !== 1 || kind[0] !== 'LinearAdditiveUtilitySpace') {
    r.fail(
      [],
      'unknown-kind',
      `expected one key \`LinearAdditiveUtilitySpace\`, got ${kind.length === 0 ? 'none' : kind.map((k) => `\`${k}\``).join(', ')}; only linear-additive profiles can be read`,
    )
    return E.left(r.problems)
  }
  const path = ['LinearAdditiveUtilitySpace']
  const o = r.object(outer['LinearAdditiveUtilitySpace'], path, 'the utility space')
  if (o === undefined) return E.left(r.problems)
  const name = r.string(r.field(o, 'name', path, 'the profile name'), [...path, 'name'], 'the profile name')
  const domain = readDomain(r, r.field(o, 'domain', path, 'the domain'), [...path, 'domain'])
  const w = r.object(
    r.field(o, 'issueWeights', path, 'a weight per issue'),
    [...path, 'issueWeights'],
    'a weight per issue',
  )
  const weights: Record<string, number> = {}
  if (w !== undefined)
    for (const [issue, x] of Object.entries(w)) {
      const n = r.unit(x, [...path, 'issueWeights', issue], `the weight of ${JSON.stringify(issue)}`)
      if (n !== undefined) weights[issue] = n
    }
  const iu = r.object(
    r.field(o, 'issueUtilities', path, 'the utilities of each issue'),
    [...path, 'issueUtilities'],
    'the utilities of each issue',
  )
  const utilities: Record<string, GeniusWebUtilities> = {}
  if (iu !== undefined)
    for (const [issue, x] of Object.entries(iu)) {
      const v = readUtilities(r, x, [...path, 'issueUtilities', issue])
      if (v !== undefined) utilities[issue] = v
    }
  if (domain === undefined) return E.left(r.problems)
  // the bid is read against the domain alone, so its problems are reported with the others
  const reservationBid = readBid(r, o['reservationBid'], [...path, 'reservationBid'], domain)
  // the weights and utilities are checked against the domain once each of them could be read
  if (name === undefined || r.problems.length > 0) return E.left(r.problems)
  const profile: GeniusWebProfile = {
    name,
    domain,
    weights,
    utilities,
    ...(reservationBid === undefined ? {} : { reservationBid }),
  }
  checkProfile(r, profile, path)
  return r.problems.length > 0 ? E.left(r.problems) : E.right(profile)
}

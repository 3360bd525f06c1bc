/**
 * Semantic checks of values against their issue's domain: domains that are themselves malformed, values of the wrong
 * form or outside the domain, value sets of the wrong kind or naming unknown options, empty intervals, and
 * valuations that do not fit the domain. Each problem names the fix.
 *
 * @internal
 * @since 0.1.0
 */
import { isPlainObject } from '../internal/codec'
import type { Domain, Value, ValueSet } from './domain'
import type { IssueCode, PathSegments } from './errors'
import { VALUATION_KIND, VALUE_SET_KIND, elementIds, isEmptyInterval } from './membership'
import type { Valuation } from './position'
import { didYouMean, listOf } from './suggest'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where checks put what they find.
 *
 * @category checks
 * @since 0.1.0
 */
export type Sink = (path: PathSegments, code: IssueCode, message: string, actual?: unknown) => void

const SET_FORM: Readonly<Record<ValueSet['kind'], string>> = {
  options: '{ kind: options, options: [...] }',
  intervals: '{ kind: intervals, intervals: [{ min, max }] }',
  subsets: '{ kind: subsets, any: [{ include, exclude, minSize, maxSize }] }',
  flags: '{ kind: flags, values: [true] }',
}

const VALUATION_FORM: Readonly<Record<Valuation['kind'], string>> = {
  scores: '{ kind: scores, scores: { <option>: 0..1 } }',
  linear: '{ kind: linear, points: [{ at, score }] }',
  elements: '{ kind: elements, weights: { <element>: number } }',
}

const n = (x: number): string => String(x)

/**
 * The domain in words: "a choice among member, path, neutral", "a quantity in days from 0 to 365".
 *
 * @category checks
 * @since 0.1.0
 */
export const describeDomain = (d: Domain): string => {
  switch (d.kind) {
    case 'choice':
      return `a choice among ${listOf(elementIds(d))}`
    case 'quantity':
      return `a quantity in ${d.unit} from ${n(d.min)} to ${n(d.max)}${d.integer === true ? ' (whole numbers)' : ''}`
    case 'subset':
      return `a subset of ${listOf(elementIds(d))}`
    case 'flag':
      return 'a yes/no flag'
  }
}

const describeValue = (v: unknown): string =>
  typeof v === 'string'
    ? `the text \`${v}\``
    : typeof v === 'number'
      ? `the number ${n(v)}`
      : typeof v === 'boolean'
        ? `\`${String(v)}\``
        : 'a list'

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

const duplicates = (ids: ReadonlyArray<string>): ReadonlyArray<readonly [number, number]> => {
  const first = new Map<string, number>()
  const out: Array<readonly [number, number]> = []
  ids.forEach((x, j) => {
    const f = first.get(x)
    if (f === undefined) first.set(x, j)
    else out.push([j, f])
  })
  return out
}

const DOMAIN_KINDS = 'choice, quantity, subset or flag'

// A domain built by hand need not have the shape the loader checks: no domain at all, not an object, an unknown
// kind, or a choice or subset without its list of options (or with an option that has no id). The message of the
// first such flaw, or undefined when the domain has its kind's shape (checked in constant time, plus one pass over
// the options).
const domainShapeProblem = (
  issue: string,
  d: unknown,
): { readonly at: PathSegments; readonly message: string } | undefined => {
  if (d === undefined || d === null)
    return {
      at: [],
      message: `issue \`${issue}\` has no domain; give it a \`domain\` of kind ${DOMAIN_KINDS}`,
    }
  if (!isPlainObject(d))
    return {
      at: [],
      message: `issue \`${issue}\` has a domain that is not an object (${typeof d === 'object' || typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean' ? describeValue(d) : `a ${typeof d}`}); write it as \`{ kind: ... }\`, of kind ${DOMAIN_KINDS}`,
    }
  const kind = d['kind']
  if (kind !== 'choice' && kind !== 'quantity' && kind !== 'subset' && kind !== 'flag')
    return {
      at: ['kind'],
      message:
        typeof kind === 'string'
          ? `issue \`${issue}\` has a domain of kind \`${kind}\`; a domain's kind is ${DOMAIN_KINDS}`
          : `issue \`${issue}\` has a domain with no \`kind\`; give it a kind: ${DOMAIN_KINDS}`,
    }
  if (kind !== 'choice' && kind !== 'subset') return undefined
  const field = kind === 'choice' ? 'options' : 'universe'
  const what = kind === 'choice' ? 'a choice' : 'a subset'
  const list = d[field]
  if (!Array.isArray(list))
    return {
      at: [field],
      message: `issue \`${issue}\` is ${what} ${list === undefined ? `without \`${field}\`` : `whose \`${field}\` is not a list`}; list its ${kind === 'choice' ? 'options' : 'elements'} as \`${field}: [{ id, label }]\``,
    }
  const j = (list as readonly unknown[]).findIndex((o) => !isPlainObject(o) || typeof o['id'] !== 'string')
  return j < 0
    ? undefined
    : {
        at: [field, j],
        message: `issue \`${issue}\`: ${field}[${n(j)}] has no id; write each ${kind === 'choice' ? 'option' : 'element'} as \`{ id, label }\` with its id as text`,
      }
}

/**
 * Checks that a domain is well formed: an object of a known kind; a choice or subset with its list of options, at
 * least one, each with an id and no id repeated; a quantity with finite bounds and `min <= max`. Returns false when
 * values cannot be checked against it. It takes any input (a domain built by hand may be missing or lack its list)
 * and reports what is wrong rather than throwing.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkDomain = (issue: string, d: Domain, path: PathSegments, sink: Sink): boolean => {
  const shape = domainShapeProblem(issue, d)
  if (shape !== undefined) {
    sink([...path, ...shape.at], 'bad-domain', shape.message)
    return false
  }
  switch (d.kind) {
    case 'flag':
      return true
    case 'quantity': {
      const notNumber = (['min', 'max'] as const).filter((k) => typeof d[k] !== 'number')
      if (notNumber.length > 0) {
        sink(
          [...path, notNumber[0]!],
          'bad-domain',
          `issue \`${issue}\` is a quantity whose ${notNumber.map((k) => `\`${k}\``).join(' and ')} ${notNumber.length === 1 ? 'is' : 'are'} not ${notNumber.length === 1 ? 'a number' : 'numbers'}; give its bounds as numbers, min at most max`,
        )
        return false
      }
      if (!Number.isFinite(d.min) || !Number.isFinite(d.max)) {
        sink(
          path,
          'bad-domain',
          `issue \`${issue}\` has a range from ${String(d.min)} to ${String(d.max)}; min and max must be finite numbers`,
        )
        return false
      }
      if (d.min > d.max) {
        sink(path, 'bad-domain', `issue \`${issue}\` has min ${n(d.min)} above max ${n(d.max)}; swap them`)
        return false
      }
      return true
    }
    case 'choice':
    case 'subset': {
      const field = d.kind === 'choice' ? 'options' : 'universe'
      const ids = elementIds(d)
      if (ids.length === 0) {
        sink(
          [...path, field],
          'bad-domain',
          d.kind === 'choice'
            ? `issue \`${issue}\` is a choice with no options; list its options`
            : `issue \`${issue}\` is a subset of an empty universe; list its elements in \`universe\``,
        )
        return false
      }
      const dups = duplicates(ids)
      for (const [j, f] of dups)
        sink(
          [...path, field, j, 'id'],
          'duplicate-id',
          `${d.kind === 'choice' ? 'option' : 'element'} id \`${ids[j] as string}\` is used twice in issue \`${issue}\` (first at ${field}[${n(f)}]); give each its own id`,
        )
      return dups.length === 0
    }
  }
}

/**
 * The problems of the domains of these issues of a negotiation (each issue known to it), in `checkDomain`'s words:
 * for the analyses, which can be given a negotiation built by hand rather than loaded, and refuse an ill-formed
 * issue rather than reason over it.
 *
 * @internal
 */
export const domainProblems = (
  issues: Readonly<Record<string, { readonly domain: Domain }>>,
  ids: Iterable<string>,
): ReadonlyArray<{ readonly issue: string; readonly message: string }> => {
  const out: { issue: string; message: string }[] = []
  for (const issue of ids) {
    const entry: unknown = issues[issue]
    checkDomain(
      issue,
      (isPlainObject(entry) ? entry['domain'] : undefined) as Domain,
      [],
      (_, __, message) => {
        out.push({ issue, message })
      },
    )
  }
  return out
}

/**
 * Checks that `v` is a value of the issue's domain; returns true when it is.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkValue = (issue: string, d: Domain, v: Value, path: PathSegments, sink: Sink): boolean => {
  const bad = (message: string, at: PathSegments = path, actual: unknown = v): false => {
    sink(at, 'out-of-domain', message, actual)
    return false
  }
  switch (d.kind) {
    case 'choice': {
      const ids = elementIds(d)
      if (typeof v === 'string')
        return (
          ids.includes(v) ||
          bad(`issue \`${issue}\` has no option \`${v}\`; ${didYouMean(v, ids, 'options')}`)
        )
      if (typeof v === 'number' && ids.includes(String(v)))
        return bad(
          `issue \`${issue}\` is a choice: write the option id as text, "${n(v)}" (in YAML, quote it)`,
        )
      return bad(
        `issue \`${issue}\` is a choice: its value is one option id (${listOf(ids)}), not ${describeValue(v)}`,
      )
    }
    case 'quantity':
      if (typeof v !== 'number')
        return bad(
          `issue \`${issue}\` is a quantity in ${d.unit}: its value is a number from ${n(d.min)} to ${n(d.max)}, not ${describeValue(v)}`,
        )
      if (v < d.min || v > d.max)
        return bad(
          `${n(v)} is outside the range of issue \`${issue}\` (${n(d.min)} to ${n(d.max)} ${d.unit}); use a number in that range or widen the issue's domain`,
        )
      if (d.integer === true && !Number.isInteger(v))
        return bad(`issue \`${issue}\` counts whole ${d.unit}; ${n(v)} is not a whole number`)
      return true
    case 'subset': {
      const ids = elementIds(d)
      if (!Array.isArray(v))
        return bad(
          `issue \`${issue}\` is a subset: its value is a list of element ids (from ${listOf(ids)}), not ${describeValue(v)}`,
        )
      const items = v as ReadonlyArray<string>
      let ok = true
      const seen = new Set<string>()
      items.forEach((x, j) => {
        if (!ids.includes(x))
          ok = bad(
            `issue \`${issue}\` has no element \`${x}\`; ${didYouMean(x, ids, 'elements')}`,
            [...path, j],
            x,
          )
        else if (seen.has(x))
          ok = bad(`element \`${x}\` is listed twice; list each element once`, [...path, j], x)
        seen.add(x)
      })
      return ok
    }
    case 'flag':
      return (
        typeof v === 'boolean' ||
        bad(`issue \`${issue}\` is a yes/no flag: its value is true or false, not ${describeValue(v)}`)
      )
  }
}

const checkOption = (
  issue: string,
  ids: ReadonlyArray<string>,
  x: string,
  path: PathSegments,
  sink: Sink,
  what: string,
): boolean => {
  if (ids.includes(x)) return true
  sink(
    path,
    'out-of-domain',
    `issue \`${issue}\` has no ${what} \`${x}\`; ${didYouMean(x, ids, `${what}s`)}`,
    x,
  )
  return false
}

/**
 * Checks that `s` is a value set of the issue's domain: the right kind, known options and elements, non-empty
 * intervals within the bounds, consistent subset constraints. Returns true when it is.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkValueSet = (
  issue: string,
  d: Domain,
  s: ValueSet,
  path: PathSegments,
  sink: Sink,
): boolean => {
  const want = VALUE_SET_KIND[d.kind]
  if (s.kind !== want) {
    sink(
      [...path, 'kind'],
      'out-of-domain',
      `issue \`${issue}\` is ${describeDomain(d)}: its value sets are written ${SET_FORM[want]}, not kind \`${s.kind}\``,
      s.kind,
    )
    return false
  }
  const ids = elementIds(d)
  let ok = true
  switch (s.kind) {
    case 'options':
      s.options.forEach((x, j) => {
        ok = checkOption(issue, ids, x, [...path, 'options', j], sink, 'option') && ok
      })
      return ok
    case 'intervals':
      if (d.kind !== 'quantity') return false
      s.intervals.forEach((i, j) => {
        const at: PathSegments = [...path, 'intervals', j]
        if (isEmptyInterval(i)) {
          ok = false
          sink(
            at,
            'bad-range',
            i.min > i.max
              ? `the interval from ${n(i.min)} to ${n(i.max)} is empty: min is above max; swap them`
              : `the interval at ${n(i.min)} with an open bound holds no number; close the bound or widen it`,
          )
        }
        if (i.min < d.min) {
          ok = false
          sink(
            [...at, 'min'],
            'out-of-domain',
            `${n(i.min)} is below the lower bound ${n(d.min)} of issue \`${issue}\`; use ${n(d.min)} or more`,
            i.min,
          )
        }
        if (i.max > d.max) {
          ok = false
          sink(
            [...at, 'max'],
            'out-of-domain',
            `${n(i.max)} is above the upper bound ${n(d.max)} of issue \`${issue}\`; use ${n(d.max)} or less`,
            i.max,
          )
        }
      })
      return ok
    case 'subsets':
      s.any.forEach((c, j) => {
        const at: PathSegments = [...path, 'any', j]
        const include = c.include ?? []
        ;(c.include ?? []).forEach((x, k) => {
          ok = checkOption(issue, ids, x, [...at, 'include', k], sink, 'element') && ok
        })
        ;(c.exclude ?? []).forEach((x, k) => {
          const known = checkOption(issue, ids, x, [...at, 'exclude', k], sink, 'element')
          ok = known && ok
          if (known && include.includes(x)) {
            ok = false
            sink(
              [...at, 'exclude', k],
              'contradiction',
              `element \`${x}\` is both included and excluded; keep it in one list`,
              x,
            )
          }
        })
        if (c.minSize !== undefined && c.maxSize !== undefined && c.minSize > c.maxSize) {
          ok = false
          sink(
            at,
            'bad-range',
            `minSize ${n(c.minSize)} is above maxSize ${n(c.maxSize)}; no subset fits — swap them`,
          )
        } else if (c.minSize !== undefined && c.minSize > ids.length) {
          ok = false
          sink(
            [...at, 'minSize'],
            'out-of-domain',
            `minSize ${n(c.minSize)} is more than the ${n(ids.length)} elements of issue \`${issue}\`; no subset fits`,
            c.minSize,
          )
        }
      })
      return ok
    case 'flags':
      return true
  }
}

/**
 * Checks that a valuation fits the issue's domain: the right kind, scores keyed by known options (or `true` and
 * `false` for a flag), linear points sorted by `at`, weights keyed by known elements.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkValuation = (
  issue: string,
  d: Domain,
  v: Valuation,
  path: PathSegments,
  sink: Sink,
): void => {
  const want = VALUATION_KIND[d.kind]
  if (v.kind !== want) {
    sink(
      [...path, 'kind'],
      'out-of-domain',
      `issue \`${issue}\` is ${describeDomain(d)}: value it with ${VALUATION_FORM[want]}, not kind \`${v.kind}\``,
      v.kind,
    )
    return
  }
  switch (v.kind) {
    case 'scores': {
      const keys = d.kind === 'flag' ? ['true', 'false'] : elementIds(d)
      for (const k of Object.keys(v.scores))
        checkOption(issue, keys, k, [...path, 'scores', k], sink, d.kind === 'flag' ? 'value' : 'option')
      return
    }
    case 'linear':
      if (v.points.length === 0) {
        sink(
          [...path, 'points'],
          'empty',
          'a linear valuation needs at least one point; add `{ at, score }` points',
        )
        return
      }
      v.points.forEach((p, j) => {
        const prev = v.points[j - 1]
        if (prev !== undefined && p.at <= prev.at)
          sink(
            [...path, 'points', j, 'at'],
            'unsorted',
            `points must be sorted by \`at\`, each above the last: ${n(p.at)} comes after ${n(prev.at)}`,
            p.at,
          )
      })
      return
    case 'elements': {
      const ids = elementIds(d)
      for (const k of Object.keys(v.weights))
        checkOption(issue, ids, k, [...path, 'weights', k], sink, 'element')
      return
    }
  }
}

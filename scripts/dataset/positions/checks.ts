/**
 * Checks for the converted positions, against the issue catalogue: every value and value set lies in its issue's
 * domain, and the stance of a party on an issue stays coherent as its positions are merged in date order (a later
 * position replaces each field it sets): its ideal and its acceptable values never fall in its red lines, its ideal
 * is acceptable, and no record narrows a set it inherits without a note saying so.
 */
import type { Domain } from '../../../src/model/domain'
import { domainOf, type RawCondition, type RawValue, type RawValueSet } from './dsl'

// -------------------------------------------------------------------------------------
// membership
// -------------------------------------------------------------------------------------

/** True when `set` contains `v` (an option id, a number, a list of element ids or a flag). */
export const contains = (set: RawValueSet, v: RawValue): boolean => {
  switch (set.kind) {
    case 'options':
      return typeof v === 'string' && set.options.includes(v)
    case 'flags':
      return typeof v === 'boolean' && set.values.includes(v)
    case 'intervals':
      return (
        typeof v === 'number' &&
        set.intervals.some(
          (i) =>
            (i.minOpen === true ? v > i.min : v >= i.min) && (i.maxOpen === true ? v < i.max : v <= i.max),
        )
      )
    case 'subsets': {
      if (!Array.isArray(v)) return false
      const s = v as ReadonlyArray<string>
      return set.any.some(
        (c) =>
          (c.include ?? []).every((x) => s.includes(x)) &&
          !(c.exclude ?? []).some((x) => s.includes(x)) &&
          s.length >= (c.minSize ?? 0) &&
          s.length <= (c.maxSize ?? Number.MAX_SAFE_INTEGER),
      )
    }
  }
}

const powerSet = (xs: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<string>> =>
  xs.reduce<ReadonlyArray<ReadonlyArray<string>>>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])

/**
 * The values worth testing when comparing the given sets of one issue: every value of a finite domain; for a
 * quantity, the domain's bounds and each interval end and its neighbours (enough to decide overlap and
 * containment of unions of intervals over the integers).
 */
export const witnesses = (
  domain: Domain,
  ...sets: ReadonlyArray<RawValueSet | undefined>
): ReadonlyArray<RawValue> => {
  switch (domain.kind) {
    case 'choice':
      return domain.options.map((o) => o.id)
    case 'flag':
      return [true, false]
    case 'subset':
      return powerSet(domain.universe.map((o) => o.id))
    case 'quantity': {
      const pts = new Set<number>([domain.min, domain.max])
      for (const s of sets)
        if (s?.kind === 'intervals')
          for (const i of s.intervals) for (const d of [-1, 0, 1]) pts.add(i.min + d).add(i.max + d)
      return [...pts].filter((x) => x >= domain.min && x <= domain.max).sort((a, b) => a - b)
    }
  }
}

// -------------------------------------------------------------------------------------
// domain checks
// -------------------------------------------------------------------------------------

/** Problems with a value of `issue`, as sentences (empty when the value lies in the domain). */
export const valueProblems = (issue: string, v: RawValue): ReadonlyArray<string> => {
  const d = domainOf(issue)
  if (d === undefined) return [`issue \`${issue}\` is not in the catalogue`]
  switch (d.kind) {
    case 'choice': {
      const ids = d.options.map((o) => o.id as string)
      return typeof v === 'string' && ids.includes(v)
        ? []
        : [`issue \`${issue}\` has no option ${JSON.stringify(v)}; options are: ${ids.join(', ')}`]
    }
    case 'flag':
      return typeof v === 'boolean' ? [] : [`issue \`${issue}\` is a flag: expected true or false`]
    case 'quantity':
      return typeof v === 'number' && v >= d.min && v <= d.max && (d.integer !== true || Number.isInteger(v))
        ? []
        : [
            `issue \`${issue}\` takes ${d.integer === true ? 'an integer' : 'a number'} from ${d.min} to ${d.max} (${d.unit})`,
          ]
    case 'subset': {
      const ids = d.universe.map((o) => o.id as string)
      return Array.isArray(v) && v.every((x) => ids.includes(x as string)) && new Set(v).size === v.length
        ? []
        : [`issue \`${issue}\` takes a list of distinct elements of: ${ids.join(', ')}`]
    }
  }
}

/** Problems with a value set of `issue`, as sentences (empty when it lies in the domain). */
export const setProblems = (issue: string, set: RawValueSet): ReadonlyArray<string> => {
  const d = domainOf(issue)
  if (d === undefined) return [`issue \`${issue}\` is not in the catalogue`]
  const want = { choice: 'options', flag: 'flags', quantity: 'intervals', subset: 'subsets' }[d.kind]
  if (set.kind !== want)
    return [`issue \`${issue}\` is a ${d.kind} issue: its value sets are \`${want}\`, not \`${set.kind}\``]
  switch (set.kind) {
    case 'options':
      return set.options.flatMap((o) => valueProblems(issue, o))
    case 'flags':
      return []
    case 'intervals':
      return set.intervals.flatMap((i) =>
        d.kind === 'quantity' && i.min <= i.max && i.min >= d.min && i.max <= d.max
          ? []
          : [
              `interval [${i.min}, ${i.max}] of \`${issue}\` is empty or outside ${d.kind === 'quantity' ? `${d.min}…${d.max}` : 'the domain'}`,
            ],
      )
    case 'subsets':
      return set.any.flatMap((c) =>
        [...(c.include ?? []), ...(c.exclude ?? [])].flatMap((x) => valueProblems(issue, [x])),
      )
  }
}

/** Problems with a condition: unknown issues, or a value set outside its issue's domain. */
export const conditionProblems = (c: RawCondition): ReadonlyArray<string> => {
  switch (c.kind) {
    case 'value':
      return [
        ...setProblems(c.issue, c.in),
        ...(c.when === undefined ? [] : setProblems(c.when.issue, c.when.in)),
      ]
    case 'sequence':
      return [c.first, c.then].flatMap((i) =>
        domainOf(i) === undefined ? [`issue \`${i}\` is not in the catalogue`] : [],
      )
    case 'acceptance':
    case 'other':
      return []
  }
}

// -------------------------------------------------------------------------------------
// merged stances
// -------------------------------------------------------------------------------------

/** The fields of a stance that merge. */
export interface Stance {
  readonly ideal?: RawValue
  readonly acceptable?: RawValueSet
  readonly redLines?: RawValueSet
}

const show = (v: RawValue): string => JSON.stringify(v)

/**
 * Merges `next` into `before` (fields of `next` replace), and returns the merged stance with the problems found:
 * a narrowing of `acceptable` or `redLines` without a note, and an incoherent merged stance.
 */
export const mergeStance = (
  issue: string,
  before: Stance,
  next: Stance & { readonly note?: string },
): { readonly stance: Stance; readonly problems: ReadonlyArray<string> } => {
  const d = domainOf(issue)
  if (d === undefined) return { stance: before, problems: [] }
  const problems: string[] = []
  for (const field of ['acceptable', 'redLines'] as const) {
    const old = before[field]
    const now = next[field]
    if (old === undefined || now === undefined) continue
    const dropped = witnesses(d, old, now).filter((v) => contains(old, v) && !contains(now, v))
    if (dropped.length > 0 && next.note === undefined)
      problems.push(
        `narrows \`${field}\` (drops ${dropped.slice(0, 3).map(show).join(', ')}) without a note saying why`,
      )
  }
  const ideal = next.ideal ?? before.ideal
  const acceptable = next.acceptable ?? before.acceptable
  const redLines = next.redLines ?? before.redLines
  const stance: Stance = {
    ...(ideal === undefined ? {} : { ideal }),
    ...(acceptable === undefined ? {} : { acceptable }),
    ...(redLines === undefined ? {} : { redLines }),
  }
  if (ideal !== undefined && redLines !== undefined && contains(redLines, ideal))
    problems.push(`the ideal ${show(ideal)} falls in the red lines in force`)
  if (ideal !== undefined && acceptable !== undefined && !contains(acceptable, ideal))
    problems.push(`the ideal ${show(ideal)} is not among the acceptable values in force`)
  if (acceptable !== undefined && redLines !== undefined) {
    const both = witnesses(d, acceptable, redLines).filter(
      (v) => contains(acceptable, v) && contains(redLines, v),
    )
    if (both.length > 0)
      problems.push(
        `acceptable values in force fall in the red lines: ${both.slice(0, 3).map(show).join(', ')}`,
      )
  }
  return { stance, problems }
}

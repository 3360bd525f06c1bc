/**
 * Checks and conversions for the values, value sets and conditions written in the mapping tables: every value must
 * lie in its issue's domain, so a typo in a table fails the build with a message naming the table entry.
 */
import { type DatasetIssue, issues, parties } from './issues'
import type { RawCondition, RawValue, RawValueSet } from './spec'

type Json = Record<string, unknown>

const issueOf = (id: string) => (issues as Readonly<Record<string, (typeof issues)[DatasetIssue]>>)[id]

/** The ids of a choice issue's options or a subset issue's universe. */
const optionIds = (id: string): ReadonlyArray<string> => {
  const d = issueOf(id)?.domain
  if (d === undefined) return []
  if (d.kind === 'choice') return d.options.map((o) => o.id)
  if (d.kind === 'subset') return d.universe.map((o) => o.id)
  return []
}

/** What is wrong with `value` as a value of `issue`, or undefined when it is fine. */
export const valueProblem = (issue: string, value: RawValue): string | undefined => {
  const d = issueOf(issue)?.domain
  if (d === undefined) return `unknown issue \`${issue}\``
  switch (d.kind) {
    case 'choice':
      return typeof value === 'string' && optionIds(issue).includes(value)
        ? undefined
        : `\`${String(value)}\` is not an option of \`${issue}\` (${optionIds(issue).join(', ')})`
    case 'quantity':
      return typeof value === 'number' &&
        value >= d.min &&
        value <= d.max &&
        (!d.integer || Number.isInteger(value))
        ? undefined
        : `\`${String(value)}\` is not a quantity of \`${issue}\` (${String(d.min)}..${String(d.max)})`
    case 'subset':
      return Array.isArray(value) &&
        value.every((v) => optionIds(issue).includes(v as string)) &&
        new Set(value).size === value.length
        ? undefined
        : `\`${JSON.stringify(value)}\` is not a subset of \`${issue}\``
    case 'flag':
      return typeof value === 'boolean'
        ? undefined
        : `\`${String(value)}\` is not a flag value of \`${issue}\``
  }
}

/** What is wrong with `set` as a value set of `issue`, or undefined when it is fine. */
export const valueSetProblem = (issue: string, set: RawValueSet): string | undefined => {
  const d = issueOf(issue)?.domain
  if (d === undefined) return `unknown issue \`${issue}\``
  const expected = { choice: 'options', quantity: 'intervals', subset: 'subsets', flag: 'flags' }[d.kind]
  if (set.kind !== expected)
    return `a \`${set.kind}\` set does not fit \`${issue}\` (expected \`${expected}\`)`
  if (set.kind === 'options')
    return set.options.map((o) => valueProblem(issue, o)).find((p) => p !== undefined)
  if (set.kind === 'subsets')
    return set.any
      .flatMap((c) => [...(c.include ?? []), ...(c.exclude ?? [])])
      .map((o) => (optionIds(issue).includes(o) ? undefined : `\`${o}\` is not an element of \`${issue}\``))
      .find((p) => p !== undefined)
  return undefined
}

/** A condition of the tables in the model's shape, with its problems (unknown issues, parties, values). */
export const condition = (
  c: RawCondition,
  proposals: ReadonlySet<string>,
): { json: Json; problems: string[] } => {
  const problems: string[] = []
  const issue = (i: string): void => {
    if (issueOf(i) === undefined) problems.push(`unknown issue \`${i}\` in a condition`)
  }
  const party = (p: string): void => {
    if (!(p in parties)) problems.push(`unknown party \`${p}\` in a condition`)
  }
  const text = c.text === undefined ? {} : { text: c.text }
  switch (c.kind) {
    case 'value': {
      issue(c.issue)
      const p = valueSetProblem(c.issue, c.in)
      if (p !== undefined) problems.push(p)
      return { json: { kind: 'value', issue: c.issue, in: c.in, ...text }, problems }
    }
    case 'acceptance':
      party(c.party)
      if (c.proposal !== undefined && !proposals.has(c.proposal))
        problems.push(`unknown proposal \`${c.proposal}\``)
      c.issues?.forEach(issue)
      return {
        json: {
          kind: 'acceptance',
          party: c.party,
          ...(c.proposal === undefined ? {} : { proposal: c.proposal }),
          ...(c.issues === undefined ? {} : { issues: c.issues }),
          ...text,
        },
        problems,
      }
    case 'sequence':
      issue(c.first)
      issue(c.then)
      if (c.by !== undefined) party(c.by)
      return {
        json: {
          kind: 'sequence',
          first: c.first,
          then: c.then,
          ...(c.by === undefined ? {} : { by: c.by }),
          ...text,
        },
        problems,
      }
    case 'other':
      return { json: { kind: 'other', text: c.text }, problems }
  }
}

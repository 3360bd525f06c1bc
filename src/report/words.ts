/**
 * The report's words for values, value sets, conditions and packages, from the issues' own labels. Internal.
 *
 * @internal
 */
import { describe } from '../algebra/value-set'
import type { Condition } from '../model/condition'
import type { Domain, Issue, Value, ValueSet } from '../model/domain'
import type { IssueId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { hasOwn } from '../internal/record'

/** "a", "a or b", "a, b or c". @internal */
export const list = (xs: readonly string[], last = 'or'): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${last} ${xs[xs.length - 1] as string}`

/** A value in words (an option's label, a number with its unit, yes/no). @internal */
export const valueWords = (domain: Domain, value: Value): string =>
  describe(domain, value as never).replace(/\.$/, '')

const elementLabel = (domain: Domain, id: string): string => {
  const options = domain.kind === 'subset' ? domain.universe : domain.kind === 'choice' ? domain.options : []
  return options.find((o) => o.id === id)?.label ?? id
}

const grouped = (x: number): string => {
  const [int = '', frac] = String(Math.abs(x)).split('.')
  return `${x < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`
}

/** A value set in words. @internal */
export const setWords = (domain: Domain, set: ValueSet): string => {
  switch (set.kind) {
    case 'options':
      return set.options.length === 0 ? 'nothing' : list(set.options.map((o) => elementLabel(domain, o)))
    case 'flags':
      return set.values.length === 0 ? 'nothing' : list(set.values.map((v) => valueWords(domain, v)))
    case 'intervals': {
      if (set.intervals.length === 0) return 'nothing'
      const unit = domain.kind === 'quantity' ? ` ${domain.unit}` : ''
      return list(
        set.intervals.map((i) =>
          i.min === i.max
            ? `${grouped(i.min)}${unit}`
            : `${i.minOpen === true ? 'over' : 'from'} ${grouped(i.min)} ${i.maxOpen === true ? 'to under' : 'to'} ${grouped(i.max)}${unit}`,
        ),
      )
    }
    case 'subsets':
      if (set.any.length === 0) return 'nothing'
      return list(
        set.any.map((c) => {
          const parts: string[] = []
          if (c.include !== undefined && c.include.length > 0)
            parts.push(
              `with ${list(
                c.include.map((e) => elementLabel(domain, e)),
                'and',
              )}`,
            )
          if (c.exclude !== undefined && c.exclude.length > 0)
            parts.push(`without ${list(c.exclude.map((e) => elementLabel(domain, e)))}`)
          if (c.minSize !== undefined) parts.push(`at least ${String(c.minSize)}`)
          if (c.maxSize !== undefined) parts.push(`at most ${String(c.maxSize)}`)
          return parts.length === 0 ? 'any set' : `a set ${parts.join(', ')}`
        }),
      )
  }
}

const issueOf = (n: Pick<Negotiation, 'issues'>, id: string): Issue | undefined =>
  hasOwn(n.issues, id) ? n.issues[id as IssueId] : undefined

/** An issue's label, or its id when the negotiation does not know it. @internal */
export const issueLabel = (n: Pick<Negotiation, 'issues'>, id: string): string => issueOf(n, id)?.label ?? id

/** A party's name, or its id. @internal */
export const partyName = (n: Pick<Negotiation, 'parties'>, id: string): string =>
  hasOwn(n.parties, id) ? (n.parties[id as keyof Negotiation['parties']]?.name ?? id) : id

/** A condition in words: its own text when it has one. @internal */
export const conditionWords = (n: Pick<Negotiation, 'issues' | 'parties'>, c: Condition): string => {
  if (c.text !== undefined) return c.text
  switch (c.kind) {
    case 'sequence':
      return `${issueLabel(n, c.first)} before ${issueLabel(n, c.then)}${c.by === undefined ? '' : ` (first step: ${partyName(n, c.by)})`}`
    case 'acceptance':
      return `only if ${partyName(n, c.party)} accepts${c.proposal === undefined ? '' : ` ${c.proposal}`}`
    case 'value': {
      const issue = issueOf(n, c.issue)
      const set = issue === undefined ? c.issue : setWords(issue.domain, c.in)
      const when =
        c.when === undefined
          ? ''
          : ` when ${issueLabel(n, c.when.issue)} is ${(() => {
              const w = issueOf(n, c.when.issue)
              return w === undefined ? '…' : setWords(w.domain, c.when.in)
            })()}`
      return `${issueLabel(n, c.issue)}: ${set}${when}`
    }
    case 'other':
      return c.text
  }
}

/** A package in words: "Label = value; Label = value", issues in document order. @internal */
export const packageWords = (
  n: Pick<Negotiation, 'issues'>,
  pkg: Readonly<Partial<Record<string, Value>>>,
): string => {
  const keys = Object.keys(n.issues).filter((k) => hasOwn(pkg, k) && pkg[k] !== undefined)
  if (keys.length === 0) return 'the empty package'
  return keys
    .map((k) => {
      const issue = issueOf(n, k) as Issue
      return `${issue.label} = ${valueWords(issue.domain, pkg[k] as Value)}`
    })
    .join('; ')
}

/** A number for a sentence: at most three decimals. @internal */
export const fmt = (x: number): string => String(Math.round(x * 1000) / 1000)

/** A count with its noun, singular or plural ("1 draft", "3 drafts"). @internal */
export { count } from '../internal/text'

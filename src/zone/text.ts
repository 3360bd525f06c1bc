/**
 * Wording shared by the zone's explanations: numbers, lists, values, value sets, packages and evidence. Internal.
 *
 * @internal
 */
import { describe } from '../algebra/value-set'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { IsoDate } from '../model/date'
import type { IssueId, PositionId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Stance, StanceField } from '../model/positions'
import type { Piece } from './axes'
import type { Evidence, Package } from './model'

/**
 * A number for a sentence: at most three decimals.
 *
 * @internal
 */
export const fmt = (x: number): string => String(Math.round(x * 1000) / 1000)

/**
 * "a", "a and b", "a, b and c".
 *
 * @internal
 */
export const list = (xs: readonly string[], and = 'and'): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]!}`

/**
 * A value in words.
 *
 * @internal
 */
export const valueWords = (domain: Domain, value: Value): string =>
  describe(domain, value as never).replace(/\.$/, '')

/**
 * The pieces a mask keeps, in words (at most six named).
 *
 * @internal
 */
export const valueText = (domain: Domain, pieces: readonly Piece[], mask: Uint8Array): string => {
  const kept = pieces.filter((_, j) => mask[j] === 1)
  if (kept.length === 0) return 'nothing'
  if (kept.length === pieces.length) return 'anything'
  if (domain.kind === 'quantity') {
    const runs: string[] = []
    let j = 0
    while (j < pieces.length) {
      if (mask[j] !== 1) {
        j++
        continue
      }
      let k = j
      while (k + 1 < pieces.length && mask[k + 1] === 1) k++
      const first = pieces[j]!
      const last = pieces[k]!
      const lo = first.point ? (first.value as number) : first.lo
      const hi = last.point ? (last.value as number) : last.hi
      runs.push(
        j === k && first.point
          ? valueWords(domain, lo)
          : `${first.point ? 'from' : 'more than'} ${String(lo)} ${last.point ? 'to' : 'to less than'} ${valueWords(domain, hi)}`,
      )
      j = k + 1
    }
    return list(runs, 'or')
  }
  const words = kept.slice(0, 6).map((p) => valueWords(domain, p.value))
  return kept.length > 6 ? `${words.join(', ')} … (${String(kept.length)} in all)` : list(words, 'or')
}

/**
 * A value set in words.
 *
 * @internal
 */
export const setText = (domain: Domain, set: ValueSet): string => {
  switch (set.kind) {
    case 'options':
      return set.options.length === 0
        ? 'nothing'
        : list(
            set.options.map((o) => valueWords(domain, o)),
            'or',
          )
    case 'flags':
      return set.values.length === 0
        ? 'nothing'
        : list(
            set.values.map((v) => valueWords(domain, v)),
            'or',
          )
    case 'intervals': {
      const unit = domain.kind === 'quantity' ? ` ${domain.unit}` : ''
      if (set.intervals.length === 0) return 'nothing'
      return list(
        set.intervals.map((i) =>
          i.min === i.max
            ? `${String(i.min)}${unit}`
            : `${i.minOpen === true ? 'more than' : 'from'} ${String(i.min)} ${i.maxOpen === true ? 'to less than' : 'to'} ${String(i.max)}${unit}`,
        ),
        'or',
      )
    }
    case 'subsets': {
      if (set.any.length === 0) return 'nothing'
      const name = (id: string): string =>
        domain.kind === 'subset' ? (domain.universe.find((o) => o.id === id)?.label ?? id) : id
      return list(
        set.any.map((c) => {
          const parts: string[] = []
          if (c.include !== undefined && c.include.length > 0) parts.push(`with ${list(c.include.map(name))}`)
          if (c.exclude !== undefined && c.exclude.length > 0)
            parts.push(`without ${list(c.exclude.map(name))}`)
          if (c.minSize !== undefined) parts.push(`at least ${String(c.minSize)}`)
          if (c.maxSize !== undefined) parts.push(`at most ${String(c.maxSize)}`)
          return parts.length === 0 ? 'any set' : `a set ${parts.join(', ')}`
        }),
        'or',
      )
    }
  }
}

/**
 * A package in words: "Donetsk control = Ukraine; NATO = neutral".
 *
 * @internal
 */
export const packageText = (negotiation: Negotiation, pkg: Package): string => {
  const keys = Object.keys(pkg).sort() as IssueId[]
  if (keys.length === 0) return 'the empty package'
  return keys
    .map((k) => {
      const issue = negotiation.issues[k]
      return issue === undefined
        ? `${k} = ${String(pkg[k])}`
        : `${issue.label} = ${valueWords(issue.domain, pkg[k]!)}`
    })
    .join('; ')
}

/**
 * The evidence for some fields of a stance: the records that supplied them, their dates and sources.
 *
 * @internal
 */
export const evidenceOf = (stance: Stance, fields: readonly StanceField[]): Evidence => {
  const ids = [
    ...new Set(fields.map((f) => stance.origin[f]).filter((x): x is PositionId => x !== undefined)),
  ]
  const records = stance.records.filter((r) => ids.includes(r.id))
  return {
    party: stance.party,
    issue: stance.issue,
    positions: records.map((r) => r.id),
    dates: [...new Set(records.map((r) => r.asOf))] as IsoDate[],
    sources: [...new Set(records.flatMap((r) => r.sources))] as SourceId[],
  }
}

/**
 * "(positions p1, p2 of 2025-03-11; sources s1)" for a sentence.
 *
 * @internal
 */
export const citation = (e: Evidence): string =>
  e.positions.length === 0
    ? ''
    : ` (position${e.positions.length > 1 ? 's' : ''} ${e.positions.join(', ')} of ${e.dates.join(', ')}${e.sources.length > 0 ? `; source${e.sources.length > 1 ? 's' : ''} ${e.sources.join(', ')}` : ''})`

/**
 * Shared helpers for the exact deadlock tests: a sequence condition, and the standard issues with a few more.
 */
import { ISSUES } from './fixture'

type Record_ = Record<string, unknown>

/** A `sequence` condition: `first` before `then`. */
export const seq = (first: string, then: string, extra: Record_ = {}): Record_ => ({
  kind: 'sequence',
  first,
  then,
  ...extra,
})

const choice = (category: string, ...ids: string[]): Record_ => ({
  label: ids.join(' or '),
  category,
  domain: { kind: 'choice', options: ids.map((id) => ({ id, label: id })) },
})

/**
 * The standard issues, plus `early` (only ceasefire-first and simultaneous), `late` (only framework-first and
 * settlement-first), and two economic issues whose ids sort after `settlement`: `tax` and `zone`.
 */
export const MORE_ISSUES: Record_ = {
  ...ISSUES,
  early: choice('other', 'ceasefire-first', 'simultaneous'),
  late: choice('other', 'framework-first', 'settlement-first'),
  tax: { label: 'Tax', category: 'economy', domain: { kind: 'flag' } },
  zone: { label: 'Zone', category: 'economy', domain: { kind: 'flag' } },
}

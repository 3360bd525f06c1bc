/**
 * Equally cheap sets of concessions: an order for them that follows what they are — how many concessions, how many
 * packages they open, of which kinds, at which costs, and only then their words (party names, issue labels) — and
 * never ids, so renaming parties or issues does not reorder them; and the sentence that names them all without
 * preferring one. Internal.
 *
 * @internal
 */
import type { IssueId, PartyId } from '../model/ids'
import type { Concession } from './model'
import { fmt, list } from './text'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One set of concessions of least cost: the constraint ids dropped (ascending), the number of packages the zone
 * then holds (decimal digits, `infinite` or `unknown`), and its concessions in the order of `byConcession`.
 *
 * @internal
 */
export interface Tie {
  readonly ids: readonly number[]
  readonly count: string
  readonly concessions: readonly Concession[]
}

/**
 * Names for a sentence: a party's name and an issue's label.
 *
 * @internal
 */
export interface Names {
  readonly party: (p: PartyId) => string
  readonly issue: (i: IssueId) => string
}

/**
 * What a set of concessions touches, for grouping alternatives: one issue (its label), or the constraints that span
 * several issues.
 *
 * @internal
 */
export interface Block {
  readonly key: string
  readonly label: string
}

/** Sentences spell out at most this many alternatives; the rest are counted. */
const SENTENCE_LIMIT = 5

const KINDS: readonly Concession['kind'][] = [
  'red-line',
  'acceptable',
  'issue-reservation',
  'condition',
  'reservation',
]

const byNumbers = (a: readonly number[], b: readonly number[]): number => {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!
  return a.length - b.length
}

// -------------------------------------------------------------------------------------
// order
// -------------------------------------------------------------------------------------

/**
 * Concessions within a set: by party name, kind, issue label and sentence; ids only when all of these are equal.
 *
 * @internal
 */
export const byConcession =
  (names: Names) =>
  (a: Concession, b: Concession): number =>
    compareText(names.party(a.party), names.party(b.party)) ||
    compareText(a.kind, b.kind) ||
    compareText(
      a.issue === undefined ? '' : names.issue(a.issue),
      b.issue === undefined ? '' : names.issue(b.issue),
    ) ||
    compareText(a.explanation, b.explanation) ||
    compareText(a.party, b.party) ||
    compareText(a.issue ?? '', b.issue ?? '')

/** Larger zones first: infinitely many, then by number, then unknown. */
const byCount = (a: string, b: string): number => {
  const rank = (c: string): number => (c === 'infinite' ? 2 : c === 'unknown' ? 0 : 1)
  const r = rank(b) - rank(a)
  if (r !== 0 || rank(a) !== 1) return r
  const x = BigInt(a)
  const y = BigInt(b)
  return x > y ? -1 : x < y ? 1 : 0
}

/**
 * Equally cheap sets: fewer concessions first, then the larger zone opened, then by kinds (red lines, acceptable
 * sets, reservation scores, conditions, reservation utilities), then the costs of the single concessions (largest
 * first), then the sentences of the concessions (names and labels); ids only when all of these are equal, that is
 * when the sets read the same.
 *
 * @internal
 */
export const byTie = (a: Tie, b: Tie): number => {
  const kinds = (t: Tie): number[] => t.concessions.map((c) => KINDS.indexOf(c.kind)).sort((x, y) => x - y)
  const costs = (t: Tie): number[] => t.concessions.map((c) => -c.cost).sort((x, y) => x - y)
  const text = (t: Tie): string => t.concessions.map((c) => c.explanation).join('\n')
  const ids = (t: Tie): string =>
    t.concessions.map((c) => `${c.party}\u0000${c.kind}\u0000${c.issue ?? ''}`).join('\n')
  return (
    a.concessions.length - b.concessions.length ||
    byCount(a.count, b.count) ||
    byNumbers(kinds(a), kinds(b)) ||
    byNumbers(costs(a), costs(b)) ||
    compareText(text(a), text(b)) ||
    compareText(ids(a), ids(b))
  )
}

// -------------------------------------------------------------------------------------
// words
// -------------------------------------------------------------------------------------

/** The alternatives of each block when the ties are every combination of them, one per block; else undefined. */
const factors = (
  rest: readonly (readonly Concession[])[],
  blockOf: (c: Concession) => Block,
  keyOf: (cs: readonly Concession[]) => string,
): { label: string; alternatives: (readonly Concession[])[] }[] | undefined => {
  const blocks = new Map<string, { label: string; alternatives: Map<string, readonly Concession[]> }>()
  for (const r of rest)
    for (const c of r) {
      const b = blockOf(c)
      if (!blocks.has(b.key)) blocks.set(b.key, { label: b.label, alternatives: new Map() })
    }
  if (blocks.size < 2) return undefined
  for (const r of rest)
    for (const [key, b] of blocks) {
      const part = r.filter((c) => blockOf(c).key === key)
      b.alternatives.set(keyOf(part), part)
    }
  let product = 1
  for (const b of blocks.values()) {
    product *= b.alternatives.size
    if (product > rest.length) return undefined
  }
  if (product !== rest.length) return undefined
  const alt = (x: readonly Concession[], y: readonly Concession[]): number =>
    byTie({ ids: [], count: '0', concessions: x }, { ids: [], count: '0', concessions: y }) ||
    compareText(keyOf(x), keyOf(y))
  return [...blocks.entries()]
    .sort(([k1, a], [k2, b]) => compareText(a.label, b.label) || compareText(k1, k2))
    .map(([, b]) => ({ label: b.label, alternatives: [...b.alternatives.values()].sort(alt) }))
}

/**
 * The sentence for several equally cheap sets of concessions (`ties`, all of them when `complete`, in the order of
 * `byTie`, each concession one object per constraint): what they all include and the alternatives — per issue when the sets are every combination of
 * alternatives on separate issues, else as a list (at most five spelled out, with what each opens from `outcome`).
 *
 * @internal
 */
export const tiesText = (input: {
  readonly ties: readonly Tie[]
  readonly complete: boolean
  readonly cost: number
  readonly blockOf: (c: Concession) => Block
  readonly outcome: (k: number) => string
}): string => {
  const { ties, complete } = input
  // one concession object per constraint: identity tells them apart
  const ids = new Map<Concession, number>()
  for (const t of ties) for (const c of t.concessions) if (!ids.has(c)) ids.set(c, ids.size)
  const keyOf = (cs: readonly Concession[]): string => cs.map((c) => String(ids.get(c))).join(',')
  const shared = complete
    ? ties[0]!.concessions.filter((c) => ties.every((t) => t.concessions.includes(c)))
    : []
  const rest = ties.map((t) => t.concessions.filter((c) => !shared.includes(c)))
  const head = `${complete ? String(ties.length) : `At least ${String(ties.length)}`} equally cheap sets of concessions (total cost ${fmt(input.cost)} each) would open a zone, none preferred over another`
  const each = shared.length === 0 ? '' : `Each includes: ${shared.map((c) => c.explanation).join('; ')}.`
  const blocks = complete ? factors(rest, input.blockOf, keyOf) : undefined
  if (blocks !== undefined)
    return [
      `${head}.`,
      each,
      `${shared.length === 0 ? 'Any' : 'Besides, any'} combination of the following costs the same.`,
      ...blocks.map(
        (b) =>
          `On ${b.label}: either ${b.alternatives.map((a) => list(a.map((c) => c.explanation))).join('; or ')}.`,
      ),
    ]
      .filter((s) => s !== '')
      .join(' ')
  const shown = rest
    .slice(0, SENTENCE_LIMIT)
    .map((r, k) => `${list(r.map((c) => c.explanation))} (${input.outcome(k)})`)
  const more = ties.length - shown.length
  const others =
    more === 0
      ? ''
      : `; or one of ${complete ? '' : 'at least '}${String(more)} other set${more === 1 ? '' : 's'} of the same cost`
  const either = `${shown.length > 1 ? 'either ' : ''}${shown.join('; or ')}${others}.`
  return shared.length === 0 ? `${head}: ${either}` : `${head}. ${each} Besides, ${either}`
}

/**
 * Putting built issues together: spreading two records with the same key silently keeps the last, so `merge` joins
 * them and reports every id built twice.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Issue } from './domain'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An issue id that two of the merged records both define.
 *
 * @category merging
 * @since 0.1.0
 */
export interface DuplicateIssueId {
  readonly _tag: 'DuplicateIssueId'
  readonly id: string
  /** The positions (0-based) of the records that define it, in order. */
  readonly records: ReadonlyArray<number>
  readonly message: string
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never

/**
 * The record `merge` returns: every key of every input, with its issue type.
 *
 * @category merging
 * @since 0.1.0
 */
export type Merged<S extends ReadonlyArray<Readonly<Record<string, Issue>>>> = {
  readonly [K in keyof UnionToIntersection<S[number]>]: UnionToIntersection<S[number]>[K]
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Joins the records of issues made by the builders into one, keys in order, or reports every id that more than one
 * record defines (give one of the builders another `prefix`).
 *
 * @category merging
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const ok = Issues.merge(Issues.ceasefire(), Issues.ceasefire({ prefix: 'energy-truce', aspects: ['scope'] }))
 * assert.ok(E.isRight(ok))
 * const clash = Issues.merge(Issues.ceasefire(), Issues.ceasefire({ maxDays: 30 }))
 * assert.ok(E.isLeft(clash))
 * assert.deepStrictEqual(clash.left.map((d) => d.id), ['ceasefire.scope', 'ceasefire.duration', 'ceasefire.sequencing'])
 */
export const merge = <const S extends ReadonlyArray<Readonly<Record<string, Issue>>>>(
  ...records: S
): E.Either<ReadonlyArray<DuplicateIssueId>, Merged<S>> => {
  const out: Record<string, Issue> = {}
  const seen = new Map<string, Array<number>>()
  records.forEach((record, index) => {
    for (const id of Object.keys(record)) {
      const at = seen.get(id)
      if (at === undefined) {
        seen.set(id, [index])
        Object.defineProperty(out, id, {
          value: record[id],
          enumerable: true,
          writable: true,
          configurable: true,
        })
      } else at.push(index)
    }
  })
  const duplicates: Array<DuplicateIssueId> = []
  for (const [id, at] of seen)
    if (at.length > 1)
      duplicates.push({
        _tag: 'DuplicateIssueId',
        id,
        records: at,
        message: `issue \`${id}\` is built by records ${at.join(', ')} (counting from 0); give one of the builders another \`prefix\` so the ids differ`,
      })
  return duplicates.length > 0 ? E.left(deepFreeze(duplicates)) : E.right(deepFreeze(out) as Merged<S>)
}

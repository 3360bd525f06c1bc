/**
 * What every section builder shares: the negotiation, the report's date, the citation register (sources numbered in
 * order of first citation) and a guard that turns an analysis that throws into a note instead of a failed report.
 * Internal.
 *
 * @internal
 */
import type { IsoDate } from '../model/date'
import type { SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { SourceRow } from './model'
import { hasOwn } from '../internal/record'

/** @internal */
export interface Context {
  readonly negotiation: Negotiation
  readonly asOf: IsoDate | undefined
  /** Registers sources in order of first citation; returns them (without repeats, in the order given). */
  readonly cite: (ids: readonly string[]) => readonly SourceId[]
}

/** @internal */
export const contextOf = (
  negotiation: Negotiation,
  asOf: IsoDate | undefined,
): { ctx: Context; sources: () => SourceRow[] } => {
  const order: SourceId[] = []
  const seen = new Set<string>()
  const cite = (ids: readonly string[]): readonly SourceId[] => {
    const out: SourceId[] = []
    for (const id of ids) {
      if (!seen.has(id)) {
        seen.add(id)
        order.push(id as SourceId)
      }
      if (!out.includes(id as SourceId)) out.push(id as SourceId)
    }
    return out
  }
  const sources = (): SourceRow[] =>
    order.map((id, i) => {
      const s = hasOwn(negotiation.sources, id) ? negotiation.sources[id] : undefined
      return {
        id,
        n: i + 1,
        title: s?.title ?? id,
        url: s?.url ?? null,
        publisher: s?.publisher ?? null,
        published: s?.published ?? null,
      }
    })
  return { ctx: { negotiation, asOf, cite }, sources }
}

/**
 * Runs a section's analysis; if it throws (a bug, never bad input), the section gets `fallback` with a note that
 * says what failed, and the rest of the report is still built.
 *
 * @internal
 */
export const guarded = <A extends { readonly notes: readonly string[] }>(
  what: string,
  f: () => A,
  fallback: A,
): A => {
  try {
    return f()
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]?.slice(0, 200) : 'unknown error'
    return {
      ...fallback,
      notes: [
        ...fallback.notes,
        `The ${what} could not be computed (${message ?? ''}); this is a bug in negotiation-positions — please report it with the document.`,
      ],
    }
  }
}

/** @internal */

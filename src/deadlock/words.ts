/**
 * Wording and evidence shared by the detectors: lists in words, value sets in words, evidence items from the
 * records behind a stance, stable hashes for ids, and the fixed order of findings. Internal.
 *
 * @internal
 */
import type { IsoDate } from '../model/date'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { PartyId, PositionId } from '../model/ids'
import type { Stance, StanceField } from '../model/positions'
import { setText, valueWords } from '../zone/text'
import type { Context } from './context'
import { nameOf } from './context'
import { KINDS, type Evidence, type Finding } from './model'
import { compareText } from '../internal/text'

/**
 * "a", "a and b", "a, b and c".
 *
 * @internal
 */
export const list = (xs: readonly string[], and = 'and'): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]!}`

/**
 * A number for a sentence: at most three decimals.
 *
 * @internal
 */
export const fmt = (x: number): string => String(Math.round(x * 1000) / 1000)

/**
 * A value set in words ("Restored or Contact line").
 *
 * @internal
 */
export const setWords = (domain: Domain, set: ValueSet): string => setText(domain, set)

/**
 * A value in words.
 *
 * @internal
 */
export const valueIn = (domain: Domain, value: Value): string => valueWords(domain, value)

/**
 * Names of parties, in the order given.
 *
 * @internal
 */
export const names = (ctx: Context, parties: readonly PartyId[]): string =>
  list(parties.map((p) => nameOf(ctx, p)))

/**
 * Evidence items for some fields of a stance: one per record that supplies them, with the record's date and
 * sources, and `what` built from the fields it supplies.
 *
 * @internal
 */
export const stanceEvidence = (
  ctx: Context,
  stance: Stance,
  fields: readonly StanceField[],
  what: (fields: readonly StanceField[]) => string,
): Evidence[] => {
  const byRecord = new Map<PositionId, StanceField[]>()
  for (const f of fields) {
    const id = stance.origin[f]
    if (id === undefined) continue
    const fs = byRecord.get(id)
    if (fs === undefined) byRecord.set(id, [f])
    else fs.push(f)
  }
  return [...byRecord].map(([id, fs]) => {
    const r = ctx.records.get(id)
    return {
      positionId: id,
      party: stance.party,
      date: r?.asOf ?? stance.asOf,
      what: what(fs),
      sources: [...(r?.sources ?? [])],
    }
  })
}

/**
 * A stance's limits in words, for evidence: "acceptable: …; red lines: …; ideal: …".
 *
 * @internal
 */
export const stanceWords = (
  ctx: Context,
  domain: Domain,
  stance: Stance,
  fields: readonly StanceField[],
): string => {
  const parts: string[] = []
  if (fields.includes('acceptable') && stance.acceptable !== undefined)
    parts.push(`acceptable: ${setWords(domain, stance.acceptable)}`)
  if (fields.includes('redLines') && stance.redLines !== undefined)
    parts.push(`red lines: ${setWords(domain, stance.redLines)}`)
  if (fields.includes('ideal') && stance.ideal !== undefined)
    parts.push(`ideal: ${valueIn(domain, stance.ideal)}`)
  return `${nameOf(ctx, stance.party)} — ${parts.join('; ')}`
}

/**
 * Evidence without repeats (same record or event and party), ordered by date, then record or event id, then party.
 *
 * @internal
 */
export const tidy = (items: readonly Evidence[]): Evidence[] => {
  const seen = new Map<string, Evidence>()
  for (const e of items) {
    const key = `${e.positionId ?? ''}|${e.eventId ?? ''}|${e.party}|${e.what}`
    if (!seen.has(key)) seen.set(key, e)
  }
  return [...seen.values()].sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.positionId ?? a.eventId ?? '', b.positionId ?? b.eventId ?? '') ||
      compareText(a.what, b.what) ||
      compareText(a.party, b.party),
  )
}

/**
 * A short, stable hash of a string (FNV-1a, 32 bits, 8 hex digits).
 *
 * @internal
 */
export const hash = (s: string): string => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * The latest of some dates.
 *
 * @internal
 */
export const latest = (dates: readonly IsoDate[]): IsoDate | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a))

/**
 * The fixed order of findings: by kind (in `KINDS` order), then active before inactive, then by the date they
 * began, then by id.
 *
 * @internal
 */
export const compareFindings = (a: Finding, b: Finding): number =>
  KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
  Number(b.active) - Number(a.active) ||
  compareText(a.since, b.since) ||
  compareText(a.id, b.id)

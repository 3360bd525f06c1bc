/**
 * The wording and layout of the generated events: stance names and verbs, party and issue names, sentences, and
 * the fixed field order of an event in the JSON.
 */
import { issues, parties } from './issues'
import type { NoteStance } from './notes'

type Json = Record<string, unknown>

/** The notes' stance words → the model's stances. */
export const STANCES: Readonly<Record<string, string>> = {
  accepted: 'accepted',
  conditionally_accepted: 'conditionally-accepted',
  rejected: 'rejected',
  counter_proposed: 'countered',
  noncommittal: 'noncommittal',
  supported: 'supported',
  opposed: 'opposed',
  withdrawn: 'withdrawn',
}
/** The verb of each stance, for titles and summaries. */
export const VERBS: Readonly<Record<string, string>> = {
  accepted: 'accepts',
  'conditionally-accepted': 'accepts with conditions',
  rejected: 'rejects',
  countered: 'counters',
  noncommittal: 'is noncommittal on',
  supported: 'supports',
  opposed: 'opposes',
  withdrawn: 'withdraws',
}

/** A party's name. */
export const name = (p: string): string =>
  (parties as Readonly<Record<string, { name: string }>>)[p]?.name ?? p
/** An issue's label. */
export const label = (i: string): string =>
  (issues as Readonly<Record<string, { label: string }>>)[i]?.label ?? i
/** A note as a sentence: capitalised, ending in a full stop. */
export const sentence = (s: string): string => {
  const t = s.trim()
  const u = t.charAt(0).toUpperCase() + t.slice(1)
  return /[.!?]$/.test(u) ? u : `${u}.`
}
/** A text cut to `n` characters. */
export const clip = (s: string, n = 500): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`)
/** "Russia rejected (note)": a party's stance in words. */
export const stanceWords = (p: string, s: NoteStance): string =>
  `${name(p)} ${s.stance.replace('_', ' ')}${s.note === undefined ? '' : ` (${s.note})`}`

const ORDER = [
  'id',
  'kind',
  'date',
  'endDate',
  'title',
  'summary',
  'party',
  'parties',
  'by',
  'against',
  'claim',
  'reply',
  'proposal',
  'stance',
  'terms',
  'issues',
  'positions',
  'conditions',
  'counter',
  'expires',
  'location',
  'confidence',
  'note',
  'sources',
]

/** The event with its fields in a fixed order (so the JSON reads the same way everywhere). */
export const ordered = (e: Json): Json => {
  const unknown = Object.keys(e).filter((k) => !ORDER.includes(k))
  if (unknown.length > 0)
    throw new Error(`unexpected fields ${unknown.join(', ')} in event ${String(e['id'])}`)
  return Object.fromEntries(ORDER.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]))
}

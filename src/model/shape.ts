/**
 * The shape of a negotiation built in code, for the analyses. A document that went through the loader is whole; one
 * built in code (`as unknown as Negotiation`) may lack a collection, hold a `null` where a record belongs, give a
 * party a role that is not one, or a date that is not a date. The analyses ask this module once, at their entry,
 * and refuse such a document with the problems it names, rather than crash on it or read it wrongly. It checks what
 * the analyses read, not what only the loader cares about (sources that are cited but not listed, dates out of
 * order, values outside their domain).
 *
 * @internal
 * @since 0.1.0
 */
import { isIsoDateString } from '../internal/codec'
import type { Negotiation } from './negotiation'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** One problem of shape: where (the loader's path notation) and what, in a sentence that also says where. */
export interface ShapeProblem {
  readonly path: string
  readonly message: string
}

const ROLES: ReadonlySet<unknown> = new Set(['principal', 'mediator', 'guarantor', 'observer'])

type Fields = Readonly<Record<string, unknown>>

const isRecord = (u: unknown): u is Fields => typeof u === 'object' && u !== null && !Array.isArray(u)

const hasOwn = (o: object, k: unknown): boolean =>
  typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k)

/** A value as a message shows it: text in backticks, anything else as itself or as what it is. */
export const shown = (u: unknown): string => {
  if (typeof u === 'string') return `\`${u}\``
  if (u === undefined) return 'missing'
  if (u === null) return '`null`'
  if (Array.isArray(u)) return 'a list'
  if (typeof u === 'number' || typeof u === 'boolean' || typeof u === 'bigint') return String(u)
  return typeof u === 'object' ? 'an object' : `a ${typeof u}`
}

/** True when `u` is a real calendar date written `YYYY-MM-DD`. */
export const isDate = (u: unknown): boolean => typeof u === 'string' && isIsoDateString(u)

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The problems of shape of a negotiation, in document order: its collections (`parties`, `issues`, `proposals` and
 * `sources` records, `positions` and `events` lists), its own `asOf`, each party's role, each position's party, issue, date, sources
 * and conditions, each proposal's date, parties, terms, sources and conditions, each event's kind, date and sources.
 * Empty when the analyses can read it.
 *
 * @internal
 */
export const shapeProblems = (negotiation: Negotiation): ReadonlyArray<ShapeProblem> => {
  const out: ShapeProblem[] = []
  const bad = (path: string, message: string): void => {
    out.push({ path, message })
  }
  if (!isRecord(negotiation)) {
    bad('', `the negotiation is ${shown(negotiation)}, not an object`)
    return out
  }
  const n = negotiation as unknown as Fields
  const records = ['parties', 'issues', 'proposals', 'sources'] as const
  const lists = ['positions', 'events'] as const
  for (const f of records)
    if (!isRecord(n[f])) bad(f, `\`${f}\` is ${shown(n[f])}; give a record (\`{}\` for none)`)
  for (const f of lists)
    if (!Array.isArray(n[f])) bad(f, `\`${f}\` is ${shown(n[f])}; give a list (\`[]\` for none)`)
  if (out.length > 0) return out
  if (n['asOf'] !== undefined && !isDate(n['asOf']))
    bad('asOf', `the negotiation's \`asOf\` is ${shown(n['asOf'])}, not a date; write it YYYY-MM-DD`)
  const parties = n['parties'] as Fields
  const issues = n['issues'] as Fields

  const date = (path: string, where: string, field: string, u: unknown): void => {
    if (!isDate(u))
      bad(`${path}.${field}`, `${where}: \`${field}\` is ${shown(u)}, not a date; write it YYYY-MM-DD`)
  }
  const list = (path: string, where: string, field: string, u: unknown, optional: boolean): void => {
    if (!(Array.isArray(u) || (optional && u === undefined)))
      bad(`${path}.${field}`, `${where}: \`${field}\` is ${shown(u)}, not a list`)
  }
  const conditions = (path: string, where: string, u: unknown): void => {
    list(path, where, 'conditions', u, true)
    if (Array.isArray(u))
      u.forEach((c: unknown, i) => {
        if (!isRecord(c) || typeof c['kind'] !== 'string')
          bad(
            `${path}.conditions[${String(i)}]`,
            `${where}: condition ${String(i + 1)} is ${shown(c)}, not a condition`,
          )
      })
  }

  for (const [id, p] of Object.entries(parties)) {
    const path = `parties.${id}`
    if (!isRecord(p)) bad(path, `party \`${id}\` is ${shown(p)}, not a party`)
    else {
      if (typeof p['name'] !== 'string') bad(`${path}.name`, `party \`${id}\` has no name`)
      if (!ROLES.has(p['role']))
        bad(
          `${path}.role`,
          `party \`${id}\` has the role ${shown(p['role'])}; a role is principal, mediator, guarantor or observer`,
        )
    }
  }
  for (const [id, i] of Object.entries(issues)) {
    if (!isRecord(i)) bad(`issues.${id}`, `issue \`${id}\` is ${shown(i)}, not an issue`)
    else if (typeof i['label'] !== 'string') bad(`issues.${id}.label`, `issue \`${id}\` has no label`)
  }
  ;(n['positions'] as readonly unknown[]).forEach((p, k) => {
    const path = `positions[${String(k)}]`
    if (!isRecord(p)) {
      bad(path, `${path} is ${shown(p)}, not a position`)
      return
    }
    const where = typeof p['id'] === 'string' ? `position \`${p['id']}\` (${path})` : path
    if (!hasOwn(parties, p['party']))
      bad(
        `${path}.party`,
        `${where} is of the party ${shown(p['party'])}, which the negotiation does not have`,
      )
    if (!hasOwn(issues, p['issue']))
      bad(
        `${path}.issue`,
        `${where} is on the issue ${shown(p['issue'])}, which the negotiation does not have`,
      )
    date(path, where, 'asOf', p['asOf'])
    list(path, where, 'sources', p['sources'], false)
    conditions(path, where, p['conditions'])
  })
  for (const [id, p] of Object.entries(n['proposals'] as Fields)) {
    const path = `proposals.${id}`
    const where = `proposal \`${id}\``
    if (!isRecord(p)) {
      bad(path, `${where} is ${shown(p)}, not a proposal`)
      continue
    }
    if (typeof p['title'] !== 'string') bad(`${path}.title`, `${where} has no title`)
    date(path, where, 'date', p['date'])
    list(path, where, 'tabledBy', p['tabledBy'], false)
    list(path, where, 'sources', p['sources'], false)
    conditions(path, where, p['conditions'])
    const terms = p['terms']
    if (!isRecord(terms))
      bad(`${path}.terms`, `${where}: \`terms\` is ${shown(terms)}, not a record of terms`)
    else
      for (const [issue, t] of Object.entries(terms))
        if (!isRecord(t) || !('value' in t))
          bad(
            `${path}.terms.${issue}`,
            `${where}: the term on \`${issue}\` is ${shown(t)}, not \`{ value }\``,
          )
  }
  ;(n['events'] as readonly unknown[]).forEach((e, k) => {
    const path = `events[${String(k)}]`
    if (!isRecord(e)) {
      bad(path, `${path} is ${shown(e)}, not an event`)
      return
    }
    const where = typeof e['id'] === 'string' ? `event \`${e['id']}\` (${path})` : path
    if (typeof e['kind'] !== 'string') bad(`${path}.kind`, `${where} has no kind`)
    date(path, where, 'date', e['date'])
    if (e['expires'] !== undefined) date(path, where, 'expires', e['expires'])
    list(path, where, 'sources', e['sources'], false)
  })
  return out
}

/**
 * Referential checks of the built document: every id it refers to exists, every value lies in its issue's domain,
 * no response or agreement predates its proposal. Once the library's loader (`Load.decode`) is available its
 * checks run too. Returns the problems found, each naming where.
 */
import * as Load from '../../src/model/load'
import type { RawValue, RawValueSet } from './spec'
import { valueProblem, valueSetProblem } from './values'

type Json = Record<string, unknown>

export const checkDocument = (doc: {
  parties: object
  issues: object
  positions: ReadonlyArray<unknown>
  proposals: Readonly<Record<string, Json>>
  events: ReadonlyArray<Json>
  sources: object
}): string[] => {
  const problems: string[] = []
  const party = (p: unknown, where: string): void => {
    if (typeof p !== 'string' || !(p in doc.parties))
      problems.push(`${where}: unknown party \`${String(p)}\``)
  }
  const issue = (i: unknown, where: string): void => {
    if (typeof i !== 'string' || !(i in doc.issues)) problems.push(`${where}: unknown issue \`${String(i)}\``)
  }
  const source = (s: unknown, where: string): void => {
    if (typeof s !== 'string' || !(s in doc.sources))
      problems.push(`${where}: unknown source \`${String(s)}\``)
  }
  const proposal = (p: unknown, where: string): Json | undefined => {
    const found = typeof p === 'string' ? doc.proposals[p] : undefined
    if (found === undefined) problems.push(`${where}: unknown proposal \`${String(p)}\``)
    return found
  }

  for (const [id, p] of Object.entries(doc.proposals)) {
    const where = `proposal \`${id}\``
    ;(p['tabledBy'] as string[]).forEach((x) => party(x, where))
    ;(p['sources'] as string[]).forEach((s) => source(s, where))
    if (p['basedOn'] !== undefined) {
      const b = proposal(p['basedOn'], where)
      if (b !== undefined && (b['date'] as string) > (p['date'] as string))
        problems.push(`${where}: based on a later draft`)
    }
    for (const [i, t] of Object.entries(p['terms'] as Record<string, Json>)) {
      issue(i, where)
      const v = valueProblem(i, t['value'] as RawValue)
      if (v !== undefined) problems.push(`${where}: ${v}`)
    }
  }

  const ids = new Set<string>()
  for (const e of doc.events) {
    const id = e['id'] as string
    const where = `event \`${id}\``
    if (ids.has(id)) problems.push(`${where} is duplicated`)
    ids.add(id)
    if (id.length > 100) problems.push(`${where}: id longer than 100 characters`)
    ;(e['sources'] as string[]).forEach((s) => source(s, where))
    for (const k of ['party', 'by', 'against']) if (typeof e[k] === 'string') party(e[k], where)
    for (const k of ['parties', 'by'])
      if (Array.isArray(e[k])) (e[k] as string[]).forEach((x) => party(x, where))
    if (e['endDate'] !== undefined && (e['endDate'] as string) < (e['date'] as string))
      problems.push(`${where}: ends before it starts`)
    if (e['expires'] !== undefined && (e['expires'] as string) < (e['date'] as string))
      problems.push(`${where}: expires before it is agreed`)
    ;((e['issues'] as string[] | undefined) ?? []).forEach((i) => issue(i, where))
    if (e['counter'] !== undefined) proposal(e['counter'], where)
    if (e['proposal'] !== undefined) {
      const p = proposal(e['proposal'], where)
      if (p === undefined) continue
      if ((e['date'] as string) < (p['date'] as string))
        problems.push(`${where}: dated before its proposal \`${e['proposal'] as string}\``)
      for (const t of (e['terms'] as string[] | undefined) ?? [])
        if (!(t in (p['terms'] as object)))
          problems.push(`${where}: \`${e['proposal'] as string}\` has no term \`${t}\``)
    }
  }

  doc.positions.forEach((raw, n) => {
    const p = raw as Json
    const where = `position ${String(n)} (\`${String(p['id'])}\`)`
    party(p['party'], where)
    issue(p['issue'], where)
    ;((p['sources'] as string[] | undefined) ?? []).forEach((s) => source(s, where))
    if (p['event'] !== undefined && !ids.has(p['event'] as string))
      problems.push(`${where}: unknown event \`${p['event'] as string}\``)
    const i = p['issue'] as string
    if (p['ideal'] !== undefined) {
      const v = valueProblem(i, p['ideal'] as RawValue)
      if (v !== undefined) problems.push(`${where}: ${v}`)
    }
    for (const k of ['acceptable', 'redLines']) {
      if (p[k] === undefined) continue
      const v = valueSetProblem(i, p[k] as RawValueSet)
      if (v !== undefined) problems.push(`${where}, ${k}: ${v}`)
    }
  })

  // the library's loader, once it exists
  const decode = (Load as Record<string, unknown>)['decode']
  if (typeof decode === 'function') {
    const r = (decode as (u: unknown) => { _tag: string; left?: ReadonlyArray<unknown> })(doc)
    if (r._tag === 'Left')
      (r.left ?? []).slice(0, 50).forEach((x) => problems.push(`Load.decode: ${JSON.stringify(x)}`))
  }
  return problems
}

/**
 * Turning the proposal tables into the model's `Proposal`s: wording from the notes' terms, sources and confidence
 * from the event the proposal comes from, values checked against the catalogue.
 */
import type { DatasetIssue } from './issues'
import type { NoteEvent } from './notes'
import { type Sources } from './sources'
import type { ProposalSpec, TermSpec } from './spec'
import { condition, valueProblem } from './values'
import { late } from './proposals-2026'
import { autumn } from './proposals-autumn'
import { memoranda } from './proposals-memoranda'
import { spring } from './proposals-spring'
import { summer } from './proposals-summer'
import { winter } from './proposals-winter'

type Json = Record<string, unknown>

/** Every proposal of the dataset, in date order. */
export const proposalSpecs: ReadonlyArray<ProposalSpec> = [
  ...spring,
  ...summer,
  ...memoranda,
  ...autumn,
  ...winter,
  ...late,
]
  .map((p, i) => [p, i] as const)
  .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
  .map(([p]) => p)

/** The indices of the timeline terms a term comes from. */
export const froms = (t: TermSpec): ReadonlyArray<number> =>
  t.from === undefined ? [] : typeof t.from === 'number' ? [t.from] : t.from

/** The terms of a proposal spec, as pairs. */
export const termEntries = (p: ProposalSpec): ReadonlyArray<readonly [DatasetIssue, TermSpec]> =>
  Object.entries(p.terms) as ReadonlyArray<readonly [DatasetIssue, TermSpec]>

/** The model's proposals, keyed by id, with the problems found. */
export const buildProposals = (
  byEvent: ReadonlyMap<string, NoteEvent>,
  sources: Sources,
): { proposals: Record<string, Json>; problems: string[] } => {
  const problems: string[] = []
  const ids = new Set(proposalSpecs.map((p) => p.id))
  const proposals: Record<string, Json> = {}
  for (const spec of proposalSpecs) {
    const where = `proposal \`${spec.id}\``
    if (proposals[spec.id] !== undefined) problems.push(`${where} is defined twice`)
    const ev = byEvent.get(spec.event)
    if (ev === undefined) {
      problems.push(`${where}: unknown timeline event \`${spec.event}\``)
      continue
    }
    if (spec.basedOn !== undefined && !ids.has(spec.basedOn))
      problems.push(`${where}: unknown basedOn \`${spec.basedOn}\``)
    const picked = ev.sources.filter(
      (s) => spec.sources === undefined || spec.sources.some((f) => s.url.includes(f)),
    )
    spec.sources?.forEach((f) => {
      if (!ev.sources.some((s) => s.url.includes(f)))
        problems.push(`${where}: no source of \`${spec.event}\` matches \`${f}\``)
    })
    const terms: Record<string, Json> = {}
    for (const [issue, t] of termEntries(spec)) {
      const p = valueProblem(issue, t.value)
      if (p !== undefined) problems.push(`${where}, term \`${issue}\`: ${p}`)
      const first = froms(t)[0]
      const nt = first === undefined ? undefined : ev.terms[first]
      if (first !== undefined && nt === undefined)
        problems.push(`${where}, term \`${issue}\`: no term ${String(first)} in \`${spec.event}\``)
      const text = t.text ?? nt?.term
      if (text === undefined)
        problems.push(`${where}, term \`${issue}\`: no wording (give \`text\` or \`from\`)`)
      const confidence = t.confidence ?? nt?.confidence
      terms[issue] = {
        value: t.value,
        ...(text === undefined ? {} : { text: sources.cite(text, problems) }),
        ...(t.point === undefined ? {} : { point: t.point }),
        ...(t.note === undefined ? {} : { note: sources.cite(t.note, problems) }),
        ...(confidence === undefined ? {} : { confidence }),
      }
    }
    const conds = (spec.conditions ?? []).map((c) => condition(c, ids))
    const seqs = (spec.sequencing ?? []).map((c) => condition(c, ids))
    ;[...conds, ...seqs].forEach((c) => problems.push(...c.problems.map((m) => `${where}: ${m}`)))
    proposals[spec.id] = {
      title: spec.title,
      date: spec.date,
      tabledBy: spec.tabledBy,
      ...(spec.basedOn === undefined ? {} : { basedOn: spec.basedOn }),
      textStatus: spec.textStatus,
      confidence: spec.confidence ?? ev.confidence,
      summary: sources.cite(spec.summary, problems),
      ...(spec.note === undefined ? {} : { note: sources.cite(spec.note, problems) }),
      terms,
      ...(conds.length === 0 ? {} : { conditions: conds.map((c) => c.json) }),
      ...(seqs.length === 0 ? {} : { sequencing: seqs.map((c) => c.json) }),
      sources: picked.map((s) => sources.idOf(s.url)),
    }
  }
  return { proposals, problems }
}

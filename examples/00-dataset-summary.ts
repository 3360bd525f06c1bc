/**
 * 00 — The embedded dataset at a glance.
 *
 * The 2025–26 Russia–Ukraine negotiations, as shipped with the library: what is in it, and each principal's current
 * position on each issue (merged from its dated position records), with the date and confidence of the latest record.
 *
 * Run: npx ts-node examples/00-dataset-summary.ts   (or: npx tsx examples/00-dataset-summary.ts)
 */
import { option as O } from 'fp-ts'
import { Datasets, Positions, Values, type Issue, type IssueId, type PartyId, type Value, type ValueSet } from '../src'

const negotiation = Datasets.ruUa2025()
const issues = Object.keys(negotiation.issues).sort() as IssueId[]
const parties = Object.keys(negotiation.parties).sort() as PartyId[]
const principals = parties.filter((p) => negotiation.parties[p]?.role === 'principal')
const dates = [...negotiation.events.map((e) => e.date), ...negotiation.positions.map((p) => p.asOf)].sort()

console.log(`${negotiation.title}`)
console.log(
  `${String(parties.length)} parties, ${String(issues.length)} issues, ${String(negotiation.positions.length)} ` +
    `position records, ${String(Object.keys(negotiation.proposals).length)} proposals, ` +
    `${String(negotiation.events.length)} events, ${String(Object.keys(negotiation.sources).length)} sources, ` +
    `${dates[0] ?? '?'} to ${dates[dates.length - 1] ?? '?'}.\n`,
)
for (const p of parties) {
  const party = negotiation.parties[p]
  if (party !== undefined) console.log(`  ${p.padEnd(4)} ${party.name} (${party.role})`)
}
console.log()

const value = (issue: Issue, v: Value | undefined): string => (v === undefined ? '' : Values.describe(issue.domain, v))
const set = (issue: Issue, s: ValueSet | undefined): string => {
  if (s === undefined) return ''
  switch (s.kind) {
    case 'options':
      return s.options.map((o) => value(issue, o)).join(', ')
    case 'flags':
      return s.values.map((b) => value(issue, b)).join(', ')
    case 'intervals':
      return s.intervals.map((i) => `${String(i.min)}–${String(i.max)}`).join(', ')
    case 'subsets':
      return `${String(s.any.length)} constraint(s)`
  }
}

for (const p of principals) {
  console.log(`${negotiation.parties[p]?.name ?? p}: current positions`)
  for (const id of issues) {
    const issue = negotiation.issues[id]
    const stance = Positions.at(negotiation, p, id)
    if (issue === undefined || O.isNone(stance)) continue
    const s = stance.value
    const parts = [
      s.ideal === undefined ? undefined : `wants ${value(issue, s.ideal)}`,
      s.acceptable === undefined ? undefined : `could accept ${set(issue, s.acceptable)}`,
      s.redLines === undefined ? undefined : `never ${set(issue, s.redLines)}`,
    ].filter((x): x is string => x !== undefined && !x.endsWith(' '))
    const last = s.records[s.records.length - 1]
    const tail = last === undefined ? '' : ` [${last.asOf}${last.confidence === undefined ? '' : `, ${last.confidence}`}]`
    console.log(`  ${issue.label}: ${parts.length > 0 ? parts.join('; ') : 'stated, no values'}${tail}`)
  }
  console.log()
}

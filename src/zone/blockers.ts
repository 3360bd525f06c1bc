/**
 * Packages and outcomes from search positions, and the reasons a zone is empty, in words. Internal.
 *
 * @internal
 */
import type { Value } from '../model/domain'
import type { PartyId } from '../model/ids'
import type { Blocker, Outcome, Package } from './model'
import type { Count, Kept } from './search'
import { UNITS } from './skyline'
import type { Space } from './space'
import { citation, fmt, list, valueText } from './text'

/**
 * The package at the given piece per axis.
 *
 * @internal
 */
export const packageAt = (space: Space, digits: ArrayLike<number>): Package => {
  const out: Record<string, Value> = {}
  space.axes.forEach((a, i) => {
    const v = a.pieces[digits[i]!]!.value
    out[a.issue] = (Array.isArray(v) ? [...(v as readonly string[])] : v) as Value
  })
  return out
}

/**
 * Utilities in units → a record by party, rounded to nine decimals.
 *
 * @internal
 */
export const utilitiesOf = (
  space: Space,
  units: (p: number) => number,
): Readonly<Record<PartyId, number>> => {
  const out: Record<string, number> = {}
  space.parties.forEach((party, p) => {
    out[party] = Math.round((units(p) / UNITS) * 1e9) / 1e9
  })
  return out
}

/**
 * An outcome: the package and each party's utility.
 *
 * @internal
 */
export const outcomeAt = (
  space: Space,
  digits: ArrayLike<number>,
  units: (p: number) => number,
): Outcome => ({
  package: packageAt(space, digits),
  utilities: utilitiesOf(space, units),
})

/**
 * Why the kept constraints leave no package, from the count's findings.
 *
 * @internal
 */
export const blockersOf = (space: Space, kept: Kept, relaxed: Uint8Array, c: Count): Blocker[] => {
  const out: Blocker[] = []
  const name = (p: number): string => space.names[p]!
  space.rules.forEach((r, i) => {
    if (r.axis < 0 && relaxed[i] !== 1)
      out.push({
        _tag: 'linkage',
        issues: [r.evidence.issue],
        parties: [space.parties[r.party]!],
        evidence: [r.evidence],
        explanation: `${r.text}${citation(r.evidence)}; the settled terms break it, so ${name(r.party)} accepts no package.`,
      })
  })
  for (const a of c.emptyAxes) {
    const axis = space.axes[a]!
    const rules = space.rules.filter((r, i) => r.axis === a && relaxed[i] !== 1)
    const byParty = new Map<number, Uint8Array>()
    for (const r of rules) {
      const m = byParty.get(r.party) ?? new Uint8Array(axis.pieces.length).fill(1)
      for (let j = 0; j < m.length; j++) if (r.allows[j] === 0) m[j] = 0
      byParty.set(r.party, m)
    }
    const parties = [...byParty.keys()].sort((x, y) => x - y)
    const pairs: string[] = []
    parties.forEach((p, i) =>
      parties.slice(i + 1).forEach((q) => {
        const mp = byParty.get(p)!
        const mq = byParty.get(q)!
        if (!mp.some((x, j) => x === 1 && mq[j] === 1))
          pairs.push(
            `${name(p)} accepts only ${valueText(axis.domain, axis.pieces, mp)} and ${name(q)} only ${valueText(axis.domain, axis.pieces, mq)}`,
          )
      }),
    )
    const alone = parties.filter((p) => !byParty.get(p)!.includes(1))
    const why =
      alone.length > 0
        ? `${list(alone.map(name))} accept${alone.length === 1 ? 's' : ''} no value of it at all`
        : pairs.length > 0
          ? pairs.join('; ')
          : `the limits of ${list(parties.map(name))} together leave nothing, though no two exclude each other`
    out.push({
      _tag: 'issue',
      issues: [axis.issue],
      parties: parties.map((p) => space.parties[p]!),
      evidence: rules.map((r) => r.evidence),
      explanation: `No value of ${axis.label} is acceptable to every principal: ${why}.`,
    })
  }
  for (const k of c.shortFloors) {
    const f = kept.floors[k]!
    out.push({
      _tag: 'reservation',
      issues: space.axes.map((a) => a.issue),
      parties: [space.parties[f.party]!],
      evidence: [],
      explanation: `Even the best package for ${name(f.party)} within everyone's limits falls short of ${f.text}.`,
    })
  }
  if (out.length === 0 && c.decidedBy === 'components') {
    const links = kept.links.map((i) => space.links[i]!)
    out.push({
      _tag: 'linkage',
      issues: [...new Set(links.flatMap((l) => [space.axes[l.a]!.issue, space.axes[l.b]!.issue]))],
      parties: [...new Set(links.map((l) => space.parties[l.party]!))],
      evidence: links.map((l) => l.evidence),
      explanation: `Every issue has values all principals accept, but the linkages leave no combination: ${links.map((l) => `${l.text}${citation(l.evidence)}`).join('; ')}.`,
    })
  }
  if (out.length === 0) {
    const parts = [...kept.floors.map((f) => f.text), ...kept.links.map((i) => space.links[i]!.text)]
    out.push({
      _tag: 'combination',
      issues: space.axes.map((a) => a.issue),
      parties: [
        ...new Set([
          ...kept.floors.map((f) => space.parties[f.party]!),
          ...kept.links.map((i) => space.parties[space.links[i]!.party]!),
        ]),
      ],
      evidence: kept.links.map((i) => space.links[i]!.evidence),
      explanation: `Every issue has values all principals accept, but no combination of them satisfies together ${list(parts)}.`,
    })
  }
  return out
}

/**
 * A utility for a sentence.
 *
 * @internal
 */
export const utilityText = (x: number): string => fmt(x)

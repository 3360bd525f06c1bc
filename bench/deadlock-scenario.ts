/**
 * A synthetic negotiation for the deadlock benchmark: `issues` ordered choices of 8 options, `parties` principals
 * with a position on every issue (an acceptable window of options around a common middle, so every issue keeps a
 * value all accept; a red line at the far end), and `linkages` value conditions "if issue a is in its upper half,
 * then issue b is in its lower half", spread over the parties. A few chains of linkages close on themselves, so the
 * whole package is infeasible although each issue is fine on its own. Deterministic for a given seed.
 */
import type { Negotiation } from '../src/model/negotiation'

/** A deterministic pseudo-random generator (mulberry32). */
export const random = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const OPTIONS = 8

export const scenario = (issues: number, parties: number, linkages: number, seed = 1): Negotiation => {
  const rnd = random(seed)
  const pick = (n: number): number => Math.floor(rnd() * n)
  const options = Array.from({ length: OPTIONS }, (_, j) => ({
    id: `o${String(j)}`,
    label: `Option ${String(j)}`,
  }))
  const ids = Array.from({ length: issues }, (_, i) => `issue${String(i).padStart(3, '0')}`)
  const partyIds = Array.from({ length: parties }, (_, p) => `P${String(p)}`)
  const opt = (j: number): string => `o${String(j)}`
  const upper = { kind: 'options', options: [4, 5, 6, 7].map(opt) }
  const lower = { kind: 'options', options: [0, 1, 2, 3].map(opt) }
  // linkages: most are "if a is upper then b is lower"; every tenth closes a pair of issues pinned to the upper half
  const conditions = new Map<string, unknown[]>()
  const add = (party: string, issue: string, c: unknown): void => {
    const key = `${party}|${issue}`
    conditions.set(key, [...(conditions.get(key) ?? []), c])
  }
  for (let k = 0; k < linkages; k++) {
    const party = partyIds[k % parties]!
    const a = ids[pick(issues)]!
    let b = ids[pick(issues)]!
    if (b === a) b = ids[(ids.indexOf(a) + 1) % issues]!
    add(party, a, {
      kind: 'value',
      issue: b,
      in: lower,
      when: { issue: a, in: upper },
      text: `If ${a} is high, ${b} is low.`,
    })
  }
  const pinned = new Set<string>()
  for (let k = 0; k < Math.max(1, Math.floor(linkages / 50)); k++) {
    // two issues every party must keep high, and a linkage saying one of them must then be low
    const a = ids[(k * 7) % issues]!
    const b = ids[(k * 7 + 3) % issues]!
    pinned.add(a)
    pinned.add(b)
    add(partyIds[k % parties]!, a, {
      kind: 'value',
      issue: b,
      in: lower,
      when: { issue: a, in: upper },
      text: `If ${a} is high, ${b} is low.`,
    })
  }
  const positions = partyIds.flatMap((p, pi) =>
    ids.map((i) => {
      const lo = pinned.has(i) ? 4 : Math.max(0, 3 - pick(3))
      const hi = pinned.has(i) ? 7 : Math.min(7, 4 + pick(3))
      const acceptable = {
        kind: 'options',
        options: Array.from({ length: hi - lo + 1 }, (_, j) => opt(lo + j)),
      }
      const red = pi % 2 === 0 ? (lo > 0 ? [opt(0)] : []) : hi < 7 ? [opt(7)] : []
      const cs = conditions.get(`${p}|${i}`)
      return {
        id: `pos-${p}-${i}`,
        party: p,
        issue: i,
        asOf: '2025-01-01',
        sources: [],
        ideal: opt(pi % 2 === 0 ? hi : lo),
        acceptable,
        ...(red.length > 0 ? { redLines: { kind: 'options', options: red } } : {}),
        priority: Math.round((0.2 + rnd() * 0.8) * 100) / 100,
        ...(cs === undefined ? {} : { conditions: cs }),
      }
    }),
  )
  return {
    format: 'negotiation-positions/1',
    title: `Synthetic: ${String(issues)} issues, ${String(parties)} parties, ${String(linkages)} linkages`,
    parties: Object.fromEntries(partyIds.map((p) => [p, { name: `Party ${p}`, role: 'principal' }])),
    issues: Object.fromEntries(
      ids.map((i) => [
        i,
        { label: `Issue ${i}`, category: 'other', domain: { kind: 'choice', ordered: true, options } },
      ]),
    ),
    positions,
    proposals: {},
    events: [],
    sources: {},
  } as unknown as Negotiation
}

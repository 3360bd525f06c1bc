/**
 * Laws of deadlock detection on random small negotiations: a zone means no clash and no infeasibility; every
 * reported minimal conflict set is infeasible on its own and feasible without any one of its constraints (checked
 * with the zone analysis); infeasibility is reported exactly when the zone analysis finds no package and no issue
 * clashes on its own; and findings do not depend on party ids.
 */
import { fc, test } from '../fast-check'
import { either as E } from 'fp-ts'
import { describe, expect } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import * as Zone from '../../src/zone'
import type { Negotiation } from '../../src'
import { withConditions, withZone } from './arbitraries'
import { found } from './fixture'

const zoneEmpty = (n: Negotiation): boolean => {
  const z = Zone.packages(n)
  if (E.isLeft(z)) throw new Error(z.left.map((e) => e.message).join('\n'))
  return z.right.empty
}

/** The negotiation with only the given constraints: every other limit and condition dropped. */
const only = (n: Negotiation, keep: readonly Deadlock.Constraint[]): Negotiation => {
  const has = (id: string, field: string): boolean =>
    keep.some(
      (c) =>
        c.positions.includes(id as never) &&
        (
          {
            'red-line': 'redLines',
            acceptable: 'acceptable',
            condition: 'conditions',
            linkage: 'conditions',
          } as Record<string, string>
        )[c.kind] === field,
    )
  return deepFreeze({
    ...n,
    positions: n.positions.map((p) => {
      const copy: Record<string, unknown> = { ...p }
      for (const f of ['redLines', 'acceptable', 'conditions', 'reservation'])
        if (!has(p.id, f)) delete copy[f]
      return copy as never
    }),
  })
}

describe('zones and conflicts', () => {
  test.prop([withZone], { numRuns: 150 })(
    'a negotiation built with a non-empty zone has no clash and no infeasibility',
    (g) => {
      expect(zoneEmpty(g.negotiation)).toBe(false)
      expect(
        found(
          Deadlock.detect(g.negotiation, {
            kinds: ['red-line-clash', 'package-infeasibility'],
            suggest: false,
          }),
        ),
      ).toEqual([])
    },
    120_000,
  )

  test.prop([withConditions], { numRuns: 200 })(
    'every minimal conflict set is infeasible, and feasible without any one of its constraints (zone analysis)',
    (g) => {
      for (const f of found(Deadlock.infeasibilities(g.negotiation, { suggest: false }))) {
        expect(zoneEmpty(only(g.negotiation, f.conflict))).toBe(true)
        for (const c of f.conflict)
          expect(
            zoneEmpty(
              only(
                g.negotiation,
                f.conflict.filter((x) => x !== c),
              ),
            ),
          ).toBe(false)
      }
    },
    120_000,
  )

  test.prop([withConditions], { numRuns: 200 })(
    'an infeasibility is reported exactly when no package exists and no issue clashes',
    (g) => {
      const findings = found(
        Deadlock.detect(g.negotiation, {
          kinds: ['red-line-clash', 'package-infeasibility'],
          ideals: false,
          suggest: false,
        }),
      )
      const clash = findings.some((f) => f.kind === 'red-line-clash')
      const infeasible = findings.some((f) => f.kind === 'package-infeasibility')
      if (!clash) expect(infeasible).toBe(zoneEmpty(g.negotiation))
      else expect(zoneEmpty(g.negotiation)).toBe(true)
    },
    120_000,
  )
})

/** Renames the parties' ids (not their names) everywhere in a negotiation. */
const rename = (n: Negotiation, map: ReadonlyMap<string, string>): Negotiation => {
  const r = (p: string): string => map.get(p) ?? p
  return deepFreeze({
    ...n,
    parties: Object.fromEntries(Object.entries(n.parties).map(([k, v]) => [r(k), v])),
    positions: n.positions.map((p) => ({ ...p, party: r(p.party) })),
  }) as unknown as Negotiation
}

/** A sentence as a sorted list of words, punctuation aside: lists of parties may come in another order. */
const words = (s: string): string =>
  s
    .replace(/[,;.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .sort()
    .join(' ')

/** Maps party ids back in a finding (as whole strings, and as tokens of ids), and puts lists in a fixed order. */
const canonical = (findings: readonly Deadlock.Finding[], back: ReadonlyMap<string, string>): unknown[] => {
  const walk = (u: unknown): unknown => {
    if (typeof u === 'string') return back.get(u) ?? u
    if (Array.isArray(u)) return u.map(walk)
    if (typeof u === 'object' && u !== null)
      return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, walk(v)]))
    return u
  }
  const sortJson = (xs: readonly unknown[]): unknown[] =>
    [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  return sortJson(
    findings.map((f) => {
      const g = walk(f) as Record<string, unknown>
      g['id'] = f.id
        .split(':')
        .map((t) => back.get(t) ?? t)
        .join(':')
      g['parties'] = [...(g['parties'] as string[])].sort()
      g['evidence'] = sortJson(g['evidence'] as unknown[])
      g['explanation'] = words(f.explanation)
      if ('limits' in g) g['limits'] = sortJson(g['limits'] as unknown[])
      if ('pairs' in g)
        g['pairs'] = sortJson(
          (g['pairs'] as string[][]).map((p) =>
            f.kind === 'red-line-clash' && f.basis === 'no-overlap' ? [...p].sort() : p,
          ),
        )
      if ('movement' in g) g['movement'] = sortJson(g['movement'] as unknown[])
      if ('steps' in g)
        g['steps'] = (g['steps'] as { holders: string[] }[]).map((s) => ({
          ...s,
          holders: [...s.holders].sort(),
          text: undefined,
        }))
      if ('suggestion' in g) g['suggestion'] = words(String(g['suggestion']))
      if ('conflict' in g)
        g['conflict'] = (g['conflict'] as { text: string }[]).map((c) => ({ ...c, text: words(c.text) }))
      return g
    }),
  )
}

describe('party names', () => {
  test.prop([fc.oneof(withZone, withConditions), fc.nat()], { numRuns: 80 })(
    'findings, with their suggested ways out, do not change when parties are renamed',
    (g, seed) => {
      const ids = [...g.parties, 'M']
      const fresh = ids.map((_, k) => `Q${String((k * 7 + seed) % 97)}x${String(k)}`)
      const shuffled = [...fresh].sort(
        (a, b) =>
          ((a.charCodeAt(1) * 31 + seed) % 13) - ((b.charCodeAt(1) * 31 + seed) % 13) || (a < b ? -1 : 1),
      )
      const map = new Map(ids.map((p, k) => [p, shuffled[k]!]))
      const back = new Map([...map].map(([a, b]) => [b, a]))
      const options = { asOf: '2025-12-31' as never }
      const before = found(Deadlock.detect(g.negotiation, options))
      const after = found(Deadlock.detect(rename(g.negotiation, map), options))
      expect(canonical(after, back)).toEqual(canonical(before, new Map()))
    },
    120_000,
  )
})

describe('the timeline', () => {
  test.prop([fc.oneof(withZone, withConditions)], { numRuns: 40 })(
    'holds, on every date it evaluates, exactly the findings detect calls active',
    (g) => {
      const t = Deadlock.timeline(g.negotiation, { asOf: '2025-12-31' as never })
      if (E.isLeft(t)) return expect.fail(t.left.map((e) => e.message).join('\n'))
      for (const date of t.right.dates) {
        const active = found(Deadlock.detect(g.negotiation, { asOf: date, suggest: false }))
          .filter((f) => f.active)
          .map((f) => f.id)
          .sort()
        const held = t.right.entries
          .filter((e) => e.periods.some((p) => p.from <= date && (p.to === undefined || date < p.to)))
          .map((e) => e.id)
          .sort()
        expect(held).toEqual(active)
      }
    },
    120_000,
  )
})

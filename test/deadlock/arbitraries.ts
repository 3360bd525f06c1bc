/**
 * Random small negotiations for the deadlock properties: 2 or 3 principals (and a mediator), 1 to 4 issues mixing
 * choices, flags, small subsets and small integer quantities, one position record per party and issue (acceptable
 * set, red lines, ideal, priority), and value conditions — plain or linked — each record holding at most one. Built
 * around a common package `z`: with `zone: true` every limit and condition is met by `z`, so the zone is not
 * empty; otherwise limits still hold `z` issue by issue, but conditions are random, so the whole package may be
 * infeasible.
 */
import { fc } from '../fast-check'
import { deepFreeze } from '../../src/internal/freeze'
import type { Negotiation } from '../../src'

type Kind = 'choice' | 'flag' | 'subset' | 'quantity'

interface Issue {
  readonly id: string
  readonly kind: Kind
  readonly values: readonly unknown[]
  readonly domain: Record<string, unknown>
}

const issueOf = (i: number, kind: Kind, size: number): Issue => {
  const id = `i${String(i)}`
  if (kind === 'choice') {
    const options = Array.from({ length: size }, (_, j) => ({
      id: `o${String(j)}`,
      label: `Option ${String(j)}`,
    }))
    return { id, kind, values: options.map((o) => o.id), domain: { kind: 'choice', ordered: true, options } }
  }
  if (kind === 'flag') return { id, kind, values: [false, true], domain: { kind: 'flag' } }
  if (kind === 'subset') {
    const universe = Array.from({ length: 2 }, (_, j) => ({
      id: `e${String(j)}`,
      label: `Element ${String(j)}`,
    }))
    const values = [[], ['e0'], ['e1'], ['e0', 'e1']]
    return { id, kind, values, domain: { kind: 'subset', universe } }
  }
  return {
    id,
    kind,
    values: Array.from({ length: size + 1 }, (_, x) => x),
    domain: { kind: 'quantity', unit: 'units', min: 0, max: size, integer: true },
  }
}

/** A value set of an issue holding exactly the values at the given indexes. */
const setOf = (issue: Issue, picked: readonly number[]): Record<string, unknown> => {
  const vs = picked.map((k) => issue.values[k]!)
  if (issue.kind === 'choice') return { kind: 'options', options: vs }
  if (issue.kind === 'flag') return { kind: 'flags', values: vs }
  if (issue.kind === 'subset')
    return {
      kind: 'subsets',
      any: vs.map((v) => {
        const inc = v as string[]
        return { include: inc, exclude: ['e0', 'e1'].filter((e) => !inc.includes(e)) }
      }),
    }
  return { kind: 'intervals', intervals: vs.map((v) => ({ min: v as number, max: v as number })) }
}

export interface Generated {
  readonly negotiation: Negotiation
  readonly parties: readonly string[]
}

/** Deterministic choices from a list of seeds. */
const chooser = (seeds: readonly number[]) => {
  let k = 0
  const next = (): number => seeds[k++ % seeds.length]! + Math.floor(k / seeds.length) * 7
  return {
    next,
    pick: <A>(xs: readonly A[]): A => xs[next() % xs.length]!,
    chance: (p: number): boolean => next() % 1000 < p * 1000,
  }
}

const build = (
  kinds: readonly Kind[],
  nParties: number,
  seeds: readonly number[],
  zone: boolean,
  reservation: boolean,
): Generated => {
  const c = chooser(seeds)
  const issues = kinds.map((k, i) => issueOf(i, k, 2 + (c.next() % 3)))
  const z = issues.map((is) => c.next() % is.values.length)
  const parties = Array.from({ length: nParties }, (_, p) => `P${String(p)}`)
  const others = (is: Issue, keep: number): number[] => is.values.map((_, k) => k).filter((k) => k !== keep)
  const positions: Record<string, unknown>[] = []
  parties.forEach((party) => {
    issues.forEach((is, i) => {
      if (!c.chance(0.85)) return
      const acceptable = [z[i]!, ...others(is, z[i]!).filter(() => c.chance(0.5))].sort((a, b) => a - b)
      const red = others(is, z[i]!).filter((k) => !acceptable.includes(k) && c.chance(0.5))
      const record: Record<string, unknown> = {
        id: `pos-${party}-${is.id}`,
        party,
        issue: is.id,
        asOf: `2025-0${String(1 + (c.next() % 3))}-1${String(c.next() % 9)}`,
        sources: [`src-${party}-${is.id}`],
        priority: [0.2, 0.5, 0.9][c.next() % 3],
      }
      if (c.chance(0.8)) record['acceptable'] = setOf(is, acceptable)
      if (red.length > 0 && c.chance(0.6)) record['redLines'] = setOf(is, red)
      if (c.chance(0.5)) record['ideal'] = zone ? is.values[z[i]!] : is.values[c.pick(acceptable)]
      if (issues.length > 1 && c.chance(0.45)) {
        const then = c.pick(issues.filter((x) => x.id !== is.id))
        const t = issues.indexOf(then)
        // a set of the `then` issue: with `zone`, one that holds z
        const thenSet = zone
          ? [z[t]!, ...others(then, z[t]!).filter(() => c.chance(0.3))]
          : then.values.map((_, k) => k).filter(() => c.chance(0.4))
        if (thenSet.length === 0) thenSet.push(c.next() % then.values.length)
        if (c.chance(0.5))
          record['conditions'] = [
            {
              kind: 'value',
              issue: then.id,
              in: setOf(
                then,
                thenSet.sort((a, b) => a - b),
              ),
            },
          ]
        else {
          // linkage "if this issue is in W then `then` is in T": with `zone`, z avoids W or meets T
          const w = is.values.map((_, k) => k).filter(() => c.chance(0.5))
          const when = w.length === 0 ? [c.next() % is.values.length] : w
          const ok = !when.includes(z[i]!) || thenSet.includes(z[t]!)
          if (!zone || ok)
            record['conditions'] = [
              {
                kind: 'value',
                issue: then.id,
                in: setOf(
                  then,
                  thenSet.sort((a, b) => a - b),
                ),
                when: {
                  issue: is.id,
                  in: setOf(
                    is,
                    when.sort((a, b) => a - b),
                  ),
                },
              },
            ]
        }
      }
      positions.push(record)
    })
  })
  const negotiation = deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Random',
    parties: {
      ...Object.fromEntries(
        parties.map((p, k) => [
          p,
          {
            name: `Party ${String.fromCharCode(65 + k)}`,
            role: 'principal',
            ...(reservation && k === 0 ? { reservation: 0.3 } : {}),
          },
        ]),
      ),
      M: { name: 'Mediator', role: 'mediator' },
    },
    issues: Object.fromEntries(
      issues.map((is) => [is.id, { label: `Issue ${is.id}`, category: 'other', domain: is.domain }]),
    ),
    positions,
    proposals: {},
    events: [],
    sources: {},
  }) as unknown as Negotiation
  return { negotiation, parties }
}

const kinds = fc.array(fc.constantFrom<Kind>('choice', 'choice', 'flag', 'subset', 'quantity'), {
  minLength: 1,
  maxLength: 4,
})
const seeds = fc.array(fc.nat({ max: 10_000 }), { minLength: 8, maxLength: 40 })

/** A negotiation whose zone is not empty: the package z meets every limit and condition. */
export const withZone = fc
  .tuple(kinds, fc.integer({ min: 2, max: 3 }), seeds)
  .map(([k, n, s]) => build(k, n, s, true, false))

/** A negotiation whose issues each hold z issue by issue, with random conditions. */
export const withConditions = fc
  .tuple(kinds, fc.integer({ min: 2, max: 3 }), seeds)
  .map(([k, n, s]) => build(k, n, s, false, false))

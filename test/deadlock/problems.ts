/**
 * Hand-made constraint problems for the tests of the package-feasibility search (feasible.ts) and of its minimal
 * conflict sets (conflict.ts).
 */
import { expect } from 'vitest'
import type { Problem, ProblemFloor, ProblemLink, ProblemRule } from '../../src/deadlock/problem'
import type { IssueId, PartyId, PositionId } from '../../src/model/ids'

// -------------------------------------------------------------------------------------
// hand-made constraint problems: issues as axes of pieces, constraints as the pieces they allow (objects and arrays
// frozen; typed arrays cannot be frozen, so `unchanged` compares a snapshot taken before a call with the problem after)
// -------------------------------------------------------------------------------------

/** Freezes objects and arrays, leaving typed arrays (which cannot be frozen) as they are. */
export const freeze = <A>(value: A): A => {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value))
    return value
  Object.freeze(value)
  for (const k of Object.keys(value)) freeze((value as Record<string, unknown>)[k])
  return value
}

export const bits = (...xs: number[]): Uint8Array => Uint8Array.from(xs)

export const evidence = (issue: string, positions: readonly string[]) => ({
  party: 'A' as PartyId,
  issue: issue as IssueId,
  positions: positions as PositionId[],
  dates: [],
  sources: [],
})

/** A constraint on one issue (axis -1: a condition a settlement already breaks). */
export const rule = (
  axis: number,
  allows: readonly number[],
  more: {
    kind?: ProblemRule['kind']
    party?: number
    issue?: string
    positions?: readonly string[]
  } = {},
): ProblemRule => ({
  party: more.party ?? 0,
  axis,
  kind: more.kind ?? 'acceptable',
  allows: bits(...allows),
  weight: 0.5,
  evidence: evidence(more.issue ?? `issue${String(axis)}`, more.positions ?? []),
  text: `rule on ${String(axis)}`,
})

/** "If issue a is in inA, then issue b is in inB." */
export const link = (
  a: number,
  inA: readonly number[],
  b: number,
  inB: readonly number[],
  more: { party?: number; positions?: readonly string[] } = {},
): ProblemLink => ({
  party: more.party ?? 0,
  a,
  inA: bits(...inA),
  b,
  inB: bits(...inB),
  weight: 0.5,
  evidence: evidence('linked', more.positions ?? []),
  text: `link ${String(a)}>${String(b)}`,
})

/** A reservation utility of a party, in utility units. */
export const floor = (party: number, units: number, text = `floor of ${String(party)}`): ProblemFloor => ({
  party,
  units,
  weight: 0.5,
  text,
})

/**
 * A problem: one axis per issue (given as its name and piece count, or its pieces' `point` flags), and the
 * constraints. `gains[p][a][j]` is party p's utility gain for piece j of axis a (on an open piece, `hi` gives the
 * gain near its better end).
 */
export const problem = (parts: {
  axes: readonly (readonly [string, number | readonly boolean[]])[]
  rules?: readonly ProblemRule[]
  links?: readonly ProblemLink[]
  floors?: readonly ProblemFloor[]
  names?: readonly string[]
  gains?: readonly (readonly (readonly number[])[])[]
  hi?: readonly (readonly (readonly number[])[])[]
}): Problem => {
  const names = parts.names ?? ['Alpha', 'Beta']
  const gains = parts.gains
  return freeze({
    parties: names.map((n) => n.charAt(0) as PartyId),
    names,
    axes: parts.axes.map(([issue, pieces]) => ({
      issue: issue as IssueId,
      pieces: (typeof pieces === 'number' ? Array.from({ length: pieces }, () => true) : pieces).map(
        (point) => ({ point }),
      ),
    })),
    rules: parts.rules ?? [],
    links: parts.links ?? [],
    floors: parts.floors ?? [],
    ...(gains === undefined
      ? {}
      : {
          base: new Float64Array(names.length),
          gain: gains.map((g) => g.map((x) => Float64Array.from(x))),
          gainLo: gains.map((g) => g.map((x) => Float64Array.from(x))),
          gainHi: (parts.hi ?? gains).map((g) => g.map((x) => Float64Array.from(x))),
        }),
  })
}

export const snapshot = (x: unknown): string =>
  JSON.stringify(x, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v))

/** Runs `f` on the problem and fails the test if the problem changed. */
export const unchanged = <A>(space: Problem, f: (space: Problem) => A): A => {
  const before = snapshot(space)
  const out = f(space)
  expect(snapshot(space)).toBe(before)
  return out
}

/**
 * A problem whose exact search takes more than the step limit: `free` two-valued issues, each with a linkage
 * "if it is 0, a fourth issue (the sink) is 1" that any choice can meet, then three two-valued issues that must all differ from each other (impossible, but
 * seen only once the three are decided). The free linkages come first, so the search tries every combination
 * of them before it meets the impossible part. Constraint ids: the free linkages, then the six of the cycle.
 */
export const hardCycle = (free: number, tail: readonly ProblemLink[] = []): Problem => {
  const c = free
  const ne = (x: number, y: number): ProblemLink[] => [link(x, [1, 0], y, [0, 1]), link(x, [0, 1], y, [1, 0])]
  return problem({
    axes: [
      ...Array.from({ length: free }, (_, i) => [`f${String(i).padStart(2, '0')}`, 2] as const),
      ['k0', 2],
      ['k1', 2],
      ['k2', 2],
      ['sink', 2],
      ['x', 2],
      ['y', 2],
      ['z', 2],
    ],
    links: [
      ...Array.from({ length: free }, (_, i) => link(i, [1, 0], c + 3, [0, 1])),
      ...ne(c, c + 1),
      ...ne(c + 1, c + 2),
      ...ne(c + 2, c),
      ...tail,
    ],
  })
}

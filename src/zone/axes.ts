/**
 * The values a package can give each issue, as *pieces*: the options of a choice, both answers of a flag, every
 * subset of a small universe, and for a quantity either the grid the user asked for or, exactly, its critical
 * values (bounds, ends of every party's ranges, ideals, score breakpoints, condition bounds, and the midpoint
 * between each two) and the open ranges between them. On each open range every party's score is linear and every
 * constraint has one answer, so a range counts as many packages as it holds values (infinitely many for a
 * continuous quantity) while the analysis reads its ends. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import type { Compiled, IssueTable } from '../algebra/utility'
import type { Domain, Value, ValueSet } from '../model/domain'
import type { IssueId, OptionId } from '../model/ids'
import type { ZoneError } from './model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One piece of an issue: a value (`point`), or an open range of values (`lo`, `hi`) represented by a value inside
 * it. `count` is how many values it holds (null: infinitely many).
 *
 * @internal
 */
export interface Piece {
  readonly value: Value
  readonly point: boolean
  readonly count: bigint | null
  readonly lo: number
  readonly hi: number
}

/**
 * The pieces of one issue, and how each party scores them (0 to 1): `score[p][j]`; for ranges also the limits of
 * the score at the ends, `scoreLo[p][j]` and `scoreHi[p][j]`.
 *
 * @internal
 */
export interface Axis {
  readonly issue: IssueId
  readonly label: string
  readonly domain: Domain
  readonly pieces: readonly Piece[]
  readonly step?: number
  readonly score: readonly Float64Array[]
  readonly scoreLo: readonly Float64Array[]
  readonly scoreHi: readonly Float64Array[]
}

/** Subset issues are enumerated up to this many elements (65,536 subsets). */
export const SUBSET_LIMIT = 16

/** A grid holds at most this many values. */
export const GRID_LIMIT = 1_000_000

const subsetOf = (universe: readonly { readonly id: OptionId }[], mask: number): OptionId[] =>
  universe.filter((_, j) => ((mask >>> j) & 1) === 1).map((o) => o.id)

const point = (v: Value): Piece => ({ value: v, point: true, count: 1n, lo: NaN, hi: NaN })

const intervalEnds = (set: ValueSet | undefined): number[] =>
  set !== undefined && set.kind === 'intervals' ? set.intervals.flatMap((i) => [i.min, i.max]) : []

const quantityPieces = (
  domain: Domain & { kind: 'quantity' },
  tables: readonly IssueTable[],
  extra: readonly number[],
): Piece[] => {
  const integer = domain.integer === true
  const raw = [domain.min, domain.max, ...extra]
  for (const t of tables) if (t.kind === 'quantity') raw.push(...t.breakpoints)
  const cuts = new Set<number>()
  for (const x of raw) {
    if (!(x >= domain.min && x <= domain.max)) continue
    if (!integer || Number.isInteger(x)) cuts.add(x)
    else {
      cuts.add(Math.floor(x))
      cuts.add(Math.ceil(x))
    }
  }
  const sorted = [...cuts].filter((x) => x >= domain.min && x <= domain.max).sort((a, b) => a - b)
  const out: Piece[] = []
  const span = (lo: number, hi: number): void => {
    if (integer) {
      if (hi - lo >= 2) out.push({ value: lo + 1, point: false, count: BigInt(hi - lo - 1), lo, hi })
    } else if (hi > lo) out.push({ value: (lo + hi) / 2, point: false, count: null, lo, hi })
  }
  sorted.forEach((c, k) => {
    out.push(point(c))
    const next = sorted[k + 1]
    if (next === undefined) return
    const mid = integer ? Math.floor((c + next) / 2) : (c + next) / 2
    if (mid > c && mid < next) {
      span(c, mid)
      out.push(point(mid))
      span(mid, next)
    } else span(c, next)
  })
  return out
}

const grid = (domain: Domain & { kind: 'quantity' }, step: number): E.Either<string, Piece[]> => {
  const n = Math.floor((domain.max - domain.min) / step + 1e-9)
  if (n + 1 > GRID_LIMIT)
    return E.left(`a step of ${String(step)} gives more than ${String(GRID_LIMIT)} values`)
  const out: Piece[] = []
  for (let k = 0; k <= n; k++) {
    const x = Number((domain.min + k * step).toPrecision(15))
    if (domain.integer !== true || Number.isInteger(x)) out.push(point(Math.min(x, domain.max)))
  }
  return E.right(out)
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The pieces of an issue and every party's scores on them, from the parties' compiled utilities; `extra` are
 * further critical values of a quantity (the bounds of conditions on it).
 *
 * @internal
 */
export const axisOf = (
  issue: IssueId,
  label: string,
  domain: Domain,
  compiled: readonly Compiled[],
  step: number | undefined,
  extra: readonly number[],
): E.Either<ZoneError, Axis> => {
  const tables = compiled.map((c) => c.tables[c.issues.indexOf(issue)]!)
  let pieces: Piece[]
  switch (domain.kind) {
    case 'choice':
      pieces = domain.options.map((o) => point(o.id))
      break
    case 'flag':
      pieces = [point(false), point(true)]
      break
    case 'subset': {
      const n = domain.universe.length
      if (n > SUBSET_LIMIT)
        return E.left({
          _tag: 'too-large',
          issue,
          message: `issue \`${issue}\` is a subset of ${String(n)} elements (${String(2 ** n)} subsets); the zone enumerates subsets of at most ${String(SUBSET_LIMIT)} elements: leave the issue out with \`issues\``,
        })
      pieces = Array.from({ length: 2 ** n }, (_, m) => point(subsetOf(domain.universe, m)))
      break
    }
    case 'quantity': {
      if (step !== undefined) {
        const g = grid(domain, step)
        if (E.isLeft(g)) return E.left({ _tag: 'too-large', issue, message: `issue \`${issue}\`: ${g.left}` })
        pieces = g.right
      } else pieces = quantityPieces(domain, tables, extra)
      break
    }
  }
  const scoreAt = (t: IssueTable, j: number, x: Value): number => {
    if (t.kind === 'finite') return t.scores[j]!
    if (t.kind === 'mask') return t.score(j)
    return t.score(x as number)
  }
  const score = tables.map((t) => Float64Array.from(pieces, (p, j) => scoreAt(t, j, p.value)))
  const limit = (t: IssueTable, from: number, toward: number): number => {
    if (t.kind !== 'quantity') return NaN
    const mid = (from + toward) / 2
    const q = (from + mid) / 2
    return Math.min(1, Math.max(0, 2 * t.score(q) - t.score(mid)))
  }
  const scoreLo = tables.map((t) => Float64Array.from(pieces, (p) => (p.point ? NaN : limit(t, p.lo, p.hi))))
  const scoreHi = tables.map((t) => Float64Array.from(pieces, (p) => (p.point ? NaN : limit(t, p.hi, p.lo))))
  return E.right({
    issue,
    label,
    domain,
    pieces,
    ...(step === undefined ? {} : { step }),
    score,
    scoreLo,
    scoreHi,
  })
}

/**
 * The critical values a set of intervals adds to a quantity (its ends).
 *
 * @internal
 */
export const endsOf = intervalEnds

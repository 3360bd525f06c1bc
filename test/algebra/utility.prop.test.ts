import { fc, test } from '../fast-check'
import { either as E, option as O } from 'fp-ts'
import { describe, expect } from 'vitest'
import * as Utility from '../../src/algebra/utility'
import * as Values from '../../src/algebra/value-set'
import * as Positions from '../../src/model/positions'
import type { Domain, IssueId, PartyId, Value } from '../../src/model'
import { domain, negotiation, ok, orderedDomain, packageOf, positionOf, valueOf } from './arbitraries'

/** One step from `v` toward `ideal` on an ordered domain (an option, or half a unit / one unit of a quantity). */
const stepToward = (d: Domain, v: Value, ideal: Value): Value => {
  if (d.kind === 'choice') {
    const i = d.options.findIndex((o) => o.id === v)
    const j = d.options.findIndex((o) => o.id === ideal)
    return d.options[i + Math.sign(j - i)]!.id
  }
  const x = v as number
  const t = ideal as number
  const step = d.kind === 'quantity' && d.integer === true ? 1 : 0.5
  return x + Math.sign(t - x) * Math.min(step, Math.abs(t - x))
}

const scored = domain.chain((d) => fc.tuple(fc.constant(d), positionOf(d, true), valueOf(d)))

describe('Utility: per-issue scores', () => {
  test.prop([scored])('every score lies in [0, 1]', ([d, position, v]) => {
    const s = ok(Utility.score(d, position, v))
    expect(s).toBeGreaterThanOrEqual(0)
    expect(s).toBeLessThanOrEqual(1)
  })

  test.prop([
    orderedDomain.chain((d) =>
      fc.tuple(
        fc.constant(d),
        positionOf(d).filter((p) => p.ideal !== undefined),
        valueOf(d),
      ),
    ),
  ])('moving one step toward the ideal never lowers the score', ([d, position, v]) => {
    const closer = stepToward(d, v, position.ideal!)
    expect(ok(Utility.score(d, position, closer))).toBeGreaterThanOrEqual(ok(Utility.score(d, position, v)))
    expect(ok(Utility.score(d, position, position.ideal!))).toBe(1)
  })

  test.prop([scored])('a value on the red lines is never acceptable', ([d, position, v]) => {
    const redLines = ok(Values.union(d, position.redLines ?? ok(Values.none(d)), ok(Values.of(d, [v]))))
    const verdict = ok(Utility.acceptability(d, { ...position, redLines }, v))
    expect(verdict._tag).toBe('red-line')
  })

  test.prop([scored])(
    'acceptability agrees with membership and the reservation score',
    ([d, position, v]) => {
      const verdict = ok(Utility.acceptability(d, position, v))
      const inRed = position.redLines !== undefined && ok(Values.contains(d, position.redLines, v))
      const outside = position.acceptable !== undefined && !ok(Values.contains(d, position.acceptable, v))
      const low =
        position.reservation !== undefined && ok(Utility.score(d, position, v)) < position.reservation
      expect(verdict._tag === 'acceptable').toBe(!inRed && !outside && !low)
    },
  )
})

describe('Utility: packages', () => {
  const withPackage = negotiation.chain((n) => fc.tuple(fc.constant(n), packageOf(n), fc.nat(2)))

  test.prop([withPackage])(
    'utility and coverage lie in [0, 1]; red-line values make a package unacceptable',
    ([n, pkg, k]) => {
      const party = Object.keys(n.parties).sort()[k % Object.keys(n.parties).length] as PartyId
      const report = ok(Utility.utility(n, party, pkg))
      expect(report.utility).toBeGreaterThanOrEqual(0)
      expect(report.utility).toBeLessThanOrEqual(1)
      expect(report.coverage).toBeGreaterThanOrEqual(0)
      expect(report.coverage).toBeLessThanOrEqual(1 + 1e-12)
      for (const issue of Object.keys(pkg) as IssueId[]) {
        const stance = Positions.at(n, party, issue)
        if (O.isNone(stance) || stance.value.redLines === undefined) continue
        if (ok(Values.contains(n.issues[issue]!.domain, stance.value.redLines, pkg[issue]!)))
          expect(report.acceptable).toBe(false)
      }
      const weights = report.issues.reduce((s, i) => s + i.weight, 0)
      if (report.issues.length > 0) expect(weights).toBeCloseTo(1, 9)
    },
  )

  test.prop([withPackage])('the compiled utility agrees with Utility.utility', ([n, pkg, k]) => {
    const party = Object.keys(n.parties).sort()[k % Object.keys(n.parties).length] as PartyId
    const report = ok(Utility.utility(n, party, pkg))
    const compiled = Utility.compile(n, party)
    expect(E.isRight(compiled)).toBe(true)
    if (E.isLeft(compiled)) return
    const point = ok(Utility.encode(compiled.right, pkg))
    expect(compiled.right.utility(point)).toBeCloseTo(report.utility, 9)
    const e = compiled.right.evaluate(point)
    if (report.acceptable) expect(e).toBeCloseTo(report.utility, 9)
    else expect(e).toBe(-1)
    expect(ok(Utility.encode(compiled.right, Utility.decode(compiled.right, point)))).toEqual(point)
  })
})

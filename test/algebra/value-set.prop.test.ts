import { fc, test } from '../fast-check'
import { either as E, option as O } from 'fp-ts'
import { describe, expect } from 'vitest'
import * as Values from '../../src/algebra/value-set'
import type { Domain, Value, ValueSet } from '../../src/model'
import { domain, domainWith, finiteDomain, frozen, ok, orderedDomain, valueOf, within } from './arbitraries'

const has = (d: Domain, s: ValueSet, v: Value): boolean => ok(Values.contains(d, s, v))
const same = (d: Domain, a: ValueSet, b: ValueSet): boolean => ok(Values.equals(d, a, b))

describe('value sets: laws over random domains of all four kinds', () => {
  test.prop([domainWith(domain, 2, 0)])(
    'intersection and union are commutative',
    ({ domain: d, sets: [a, b] }) => {
      frozen([a, b])
      expect(same(d, ok(Values.intersect(d, a!, b!)), ok(Values.intersect(d, b!, a!)))).toBe(true)
      expect(same(d, ok(Values.union(d, a!, b!)), ok(Values.union(d, b!, a!)))).toBe(true)
    },
  )

  test.prop([domainWith(domain, 3, 0)])(
    'intersection and union are associative',
    ({ domain: d, sets: [a, b, c] }) => {
      const i1 = ok(Values.intersect(d, ok(Values.intersect(d, a!, b!)), c!))
      const i2 = ok(Values.intersect(d, a!, ok(Values.intersect(d, b!, c!))))
      expect(same(d, i1, i2)).toBe(true)
      const u1 = ok(Values.union(d, ok(Values.union(d, a!, b!)), c!))
      const u2 = ok(Values.union(d, a!, ok(Values.union(d, b!, c!))))
      expect(same(d, u1, u2)).toBe(true)
    },
  )

  test.prop([domainWith(domain, 2, 1)])(
    'membership agrees with intersection and union',
    ({ domain: d, sets: [a, b], values: [v] }) => {
      expect(has(d, ok(Values.intersect(d, a!, b!)), v!)).toBe(has(d, a!, v!) && has(d, b!, v!))
      expect(has(d, ok(Values.union(d, a!, b!)), v!)).toBe(has(d, a!, v!) || has(d, b!, v!))
    },
  )

  test.prop([domainWith(domain, 1, 1)])(
    'complement: v ∈ ¬a ⇔ v ∉ a',
    ({ domain: d, sets: [a], values: [v] }) => {
      expect(has(d, ok(Values.complement(d, a!)), v!)).toBe(!has(d, a!, v!))
    },
  )

  test.prop([domainWith(domain, 1, 0)])(
    'a ∩ ¬a is empty, a ∪ ¬a is everything, ¬¬a = a',
    ({ domain: d, sets: [a] }) => {
      const not = ok(Values.complement(d, a!))
      expect(ok(Values.isEmpty(d, ok(Values.intersect(d, a!, not))))).toBe(true)
      expect(same(d, ok(Values.union(d, a!, not)), ok(Values.all(d)))).toBe(true)
      expect(same(d, ok(Values.complement(d, not)), a!)).toBe(true)
    },
  )

  test.prop([domainWith(domain, 2, 0)])('De Morgan', ({ domain: d, sets: [a, b] }) => {
    const not = (s: ValueSet) => ok(Values.complement(d, s))
    expect(same(d, not(ok(Values.intersect(d, a!, b!))), ok(Values.union(d, not(a!), not(b!))))).toBe(true)
    expect(same(d, not(ok(Values.union(d, a!, b!))), ok(Values.intersect(d, not(a!), not(b!))))).toBe(true)
  })

  test.prop([domainWith(domain, 1, 1)])(
    'normalising keeps the members',
    ({ domain: d, sets: [a], values: [v] }) => {
      const n = ok(Values.normalize(d, a!))
      expect(has(d, n, v!)).toBe(has(d, a!, v!))
      expect(ok(Values.normalize(d, n))).toEqual(n)
    },
  )

  test.prop([domainWith(domain, 2, 0)])(
    'equality is semantic: same members, same answer',
    ({ domain: d, sets: [a, b] }) => {
      // a ∪ (a ∩ b) = a (absorption), whatever the form
      expect(same(d, ok(Values.union(d, a!, ok(Values.intersect(d, a!, b!)))), a!)).toBe(true)
      expect(ok(Values.isSubsetOf(d, ok(Values.intersect(d, a!, b!)), a!))).toBe(true)
    },
  )

  test.prop([domainWith(finiteDomain, 2, 0)])(
    'on finite domains, isEmpty, size, sample and equals agree with enumerate',
    ({ domain: d, sets: [a, b] }) => {
      const xs = ok(Values.enumerate(d, a!))
      expect(ok(Values.isEmpty(d, a!))).toBe(xs.length === 0)
      expect(ok(Values.size(d, a!))).toBe(xs.length)
      const first = ok(Values.sample(d, a!))
      expect(O.isSome(first) ? [first.value] : []).toEqual(xs.slice(0, 1))
      for (const x of xs) expect(has(d, a!, x)).toBe(true)
      const all = ok(Values.enumerate(d, ok(Values.all(d))))
      expect(all.filter((x) => has(d, a!, x))).toEqual(xs)
      const ys = ok(Values.enumerate(d, b!))
      expect(same(d, a!, b!)).toBe(JSON.stringify(xs) === JSON.stringify(ys))
      expect(ok(Values.equals(d, ok(Values.of(d, xs as never)), a!))).toBe(true)
    },
  )

  test.prop([domainWith(domain, 1, 0)])('a sample is a member', ({ domain: d, sets: [a] }) => {
    const s = ok(Values.sample(d, a!))
    expect(O.isSome(s)).toBe(!ok(Values.isEmpty(d, a!)))
    if (O.isSome(s)) expect(has(d, a!, s.value)).toBe(true)
  })
})

describe('values: distance', () => {
  test.prop([domainWith(domain, 0, 2)])(
    'symmetric, within [0, 1], zero exactly on equal values',
    ({ domain: d, values: [a, b] }) => {
      const ab = ok(Values.distance(d, a!, b!))
      expect(ab).toBe(ok(Values.distance(d, b!, a!)))
      expect(ab).toBeGreaterThanOrEqual(0)
      expect(ab).toBeLessThanOrEqual(1)
      expect(ok(Values.distance(d, a!, a!))).toBe(0)
      const degenerate = d.kind === 'quantity' && d.max === d.min
      if (!degenerate) expect(ab === 0).toBe(Values.valueEquals(d, a!, b!))
    },
  )

  test.prop([domainWith(orderedDomain, 0, 3)])(
    'triangle inequality on ordered choices and quantities',
    ({ domain: d, values: [a, b, c] }) => {
      const dist = (x: Value, y: Value) => ok(Values.distance(d, x, y))
      expect(dist(a!, c!)).toBeLessThanOrEqual(dist(a!, b!) + dist(b!, c!) + 1e-12)
    },
  )

  test.prop([domainWith(orderedDomain, 0, 2)])(
    'direction is antisymmetric and matches steps',
    ({ domain: d, values: [a, b] }) => {
      const ab = ok(Values.direction(d, a!, b!))
      expect(ok(Values.direction(d, b!, a!))).toBe(-ab || 0)
      if (d.kind === 'choice') expect(Math.sign(ok(Values.steps(d as Domain, a!, b!)))).toBe(ab)
    },
  )

  test.prop([within(domain, (d) => valueOf(d))])(
    'every generated value is a value of its domain',
    ([d, v]) => {
      expect(Values.isValueOf(d, v)).toBe(true)
      expect(E.isRight(Values.contains(d, ok(Values.all(d)), v))).toBe(true)
    },
  )
})

describe('value sets: random inputs never throw', () => {
  test.prop([domain, fc.anything()])('contains and normalize return a value for anything', (d, junk) => {
    expect(() => Values.normalize(d, junk as ValueSet)).not.toThrow()
    expect(() => Values.contains(d, ok(Values.all(d)), junk as Value)).not.toThrow()
    expect(E.isLeft(Values.contains(d, ok(Values.all(d)), junk as Value))).toBe(!Values.isValueOf(d, junk))
  })
})

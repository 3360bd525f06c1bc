/**
 * The GeniusWeb export given a negotiation built in code that the loader would have refused: an issue without its
 * domain's list, of no known kind, or with bounds that are not numbers or the wrong way round, a draft or position
 * that is not whole. It is refused with problems that say where, rather than crashing or exporting a domain that
 * GeniusWeb cannot read; the input is left as it was.
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   each test changes the negotiation as plain data, to make it ill-formed */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { GeniusWeb, type Negotiation } from '../../src'
import { base, deepFreeze, withChange } from '../hand-built'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const refused = (change: (n: any) => void): string[] => {
  const n = withChange(change)
  const before = JSON.stringify(n)
  const r = GeniusWeb.fromNegotiation(n)
  expect(JSON.stringify(n)).toBe(before)
  return E.isLeft(r) ? r.left.map((p) => `${p.code} at ${p.path}: ${p.message}`) : ['(exported)']
}

describe('GeniusWeb.fromNegotiation of a negotiation built in code', () => {
  it('exports the whole one', () => {
    expect(E.isRight(GeniusWeb.fromNegotiation(deepFreeze(base()) as Negotiation))).toBe(true)
  })

  it('refuses a domain without its list, of no known kind, or with bounds that are not numbers', () => {
    expect(
      refused((n) => {
        delete n.issues.border.domain.options
        n.issues.truce.domain = { kind: 'weird' }
        n.issues.army.domain.max = '100'
      }),
    ).toEqual([
      "type at issues.truce.domain.kind: issue `truce` (issues.truce.domain.kind): the domain's kind is `weird`; a domain is a `flag`, `choice`, `quantity` or `subset`",
      'type at issues.border.domain.options: issue `border` (issues.border.domain.options): `options` is `undefined`, not a list; list the options, each with an id and a label',
      "type at issues.army.domain.max: issue `army` (issues.army.domain.max): `max` is `100`, not a number; give the range's max",
    ])
  })

  it("refuses a quantity whose bounds are the wrong way round, in the loader's words", () => {
    expect(refused((n) => void (n.issues.army.domain.min = 500))).toEqual([
      'bad-domain at issues.army.domain: issue `army` has min 500 above max 100; swap them',
    ])
  })

  it('refuses a position that is not whole', () => {
    expect(refused((n) => void (n.positions[4].sources = undefined))).toEqual([
      'type at positions[4].sources: position `p5` (positions[4].sources): `sources` is `undefined`, not a list of ids; list its sources (`[]` when there are none)',
    ])
  })
})

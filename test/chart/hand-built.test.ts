/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-explicit-any -- the fixture's negotiation is untyped, to be broken one field at a time */
/**
 * How the charts take a negotiation built in code that is ill-formed: `Chart.positions` and `Chart.linkage` refuse it
 * with a `bad-input` error naming the draft, position, event, party or issue and the place, instead of throwing.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Chart, type Negotiation } from '../../src'
import { withChange as untyped } from '../hand-built'

type Change = (n: any) => void

// the fixture's negotiation, typed
const withChange = (change: Change): Negotiation => untyped(change)

const refused = (change: Change, message: string): void => {
  const n = withChange(change)
  const errors = E.left([{ _tag: 'bad-input', message }])
  expect(Chart.positions(n)).toStrictEqual(errors)
  expect(Chart.linkage(n)).toStrictEqual(errors)
  expect(n).toStrictEqual(withChange(change))
}

describe('a negotiation with an ill-formed condition', () => {
  it('is refused when a draft holds a null condition', () => {
    refused((n) => {
      n.proposals.d2.conditions = [null]
    }, 'proposal `d2` (proposals.d2.conditions[0]): the condition is `null`, not a condition; write the condition or leave it out')
  })
  it("is refused when a response's conditions hold null", () => {
    refused((n) => {
      n.events[2].conditions = [null]
    }, 'event `e3` (events[2].conditions[0]): the condition is `null`, not a condition; write the condition or leave it out')
  })
  it("is refused when a position's conditions are an object, not a list", () => {
    refused((n) => {
      n.positions[8].conditions = { kind: 'other', text: 'x' }
    }, 'position `p9` (positions[8].conditions): `conditions` is an object, not a list; write the conditions as a list, or leave `conditions` out')
  })
})

describe('a negotiation with an ill-formed issue', () => {
  it('is refused when a domain is of an unknown kind', () => {
    refused((n) => {
      n.issues.truce.domain = { kind: 'weird' }
    }, "issue `truce` (issues.truce.domain.kind): the domain's kind is `weird`; a domain is a `flag`, `choice`, `quantity` or `subset`")
  })
  it('is refused when an issue or an option has no label', () => {
    refused((n) => {
      n.issues.truce.label = undefined
    }, 'issue `truce` (issues.truce.label): `label` is `undefined`, not text; give the issue a label')
    refused((n) => {
      n.issues.border.domain.options[0].label = undefined
    }, 'issue `border` (issues.border.domain.options[0].label): `label` is `undefined`, not text; give the option a label')
  })
})

describe('a negotiation with a collection left out or a null entry', () => {
  for (const [field, empty] of [
    ['positions', '[]'],
    ['events', '[]'],
    ['proposals', '{}'],
  ] as const)
    it(`is refused when it has no \`${field}\``, () => {
      refused((n) => {
        delete n[field]
      }, `the negotiation has no \`${field}\`; write \`${field}: ${empty}\` when it has none (the loader fills this in; a negotiation built in code must give it)`)
    })
  it('is refused when an event is null', () => {
    refused((n) => {
      n.events.push(null)
    }, 'the event (events[3]): it is `null`, not an event; write the event or leave it out')
  })
})

describe('a valid negotiation built in code', () => {
  it('is drawn', () => {
    const n = withChange(() => undefined)
    expect(E.isRight(Chart.positions(n))).toBe(true)
    expect(E.isRight(Chart.linkage(n))).toBe(true)
  })
})

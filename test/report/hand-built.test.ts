/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-explicit-any -- the fixture's negotiation is untyped, to be broken one field at a time */
/**
 * How the report takes a negotiation built in code that is ill-formed: `Report.build` refuses it with a `bad-input`
 * error naming the place, so that the renderers only ever see a report they can print.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Report, type Negotiation } from '../../src'
import { withChange as untyped } from '../hand-built'

type Change = (n: any) => void

// the fixture's negotiation, typed
const withChange = (change: Change): Negotiation => untyped(change)

const refused = (change: Change, message: string): void => {
  const n = withChange(change)
  expect(Report.build(n)).toStrictEqual(E.left([{ _tag: 'bad-input', message }]))
  expect(n).toStrictEqual(withChange(change))
}

describe('Report.build on an ill-formed negotiation built in code', () => {
  it('refuses an issue whose domain is of an unknown kind', () => {
    refused((n) => {
      n.issues.truce.domain = { kind: 'weird' }
    }, "issue `truce` (issues.truce.domain.kind): the domain's kind is `weird`; a domain is a `flag`, `choice`, `quantity` or `subset`")
  })
  it('refuses an issue or an option without a label', () => {
    refused((n) => {
      n.issues.truce.label = undefined
    }, 'issue `truce` (issues.truce.label): `label` is `undefined`, not text; give the issue a label')
    refused((n) => {
      n.issues.border.domain.options[0].label = undefined
    }, 'issue `border` (issues.border.domain.options[0].label): `label` is `undefined`, not text; give the option a label')
  })
  it('refuses a party whose role or name is left undefined', () => {
    refused((n) => {
      n.parties.B.role = undefined
    }, 'party `B` (parties.B.role): its role is `undefined`; a role is principal, mediator, guarantor or observer')
    refused((n) => {
      n.parties.B.name = undefined
    }, 'party `B` (parties.B.name): `name` is `undefined`, not text; give the party a name')
  })
  for (const [field, empty] of [
    ['sources', '{}'],
    ['positions', '[]'],
    ['events', '[]'],
    ['proposals', '{}'],
  ] as const)
    it(`refuses a negotiation with no \`${field}\``, () => {
      refused((n) => {
        delete n[field]
      }, `the negotiation has no \`${field}\`; write \`${field}: ${empty}\` when it has none (the loader fills this in; a negotiation built in code must give it)`)
    })
  it('refuses a null event', () => {
    refused((n) => {
      n.events.push(null)
    }, 'the event (events[3]): it is `null`, not an event; write the event or leave it out')
  })
  it('refuses a draft whose `tabledBy` is left undefined', () => {
    refused((n) => {
      n.proposals.d2.tabledBy = undefined
    }, 'proposal `d2` (proposals.d2.tabledBy): `tabledBy` is `undefined`, not a list of ids; list the parties that tabled it (`[]` when that is not known)')
  })
  it('builds a report on a valid negotiation that every renderer prints', () => {
    const r = Report.build(withChange(() => undefined))
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r))
      for (const f of [Report.toText, Report.toMarkdown, Report.toHtml]) expect(f(r.right)).not.toBe('')
  })
})

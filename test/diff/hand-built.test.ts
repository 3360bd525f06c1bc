/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any -- the fixture's negotiation is untyped, to be broken one field at a time */
/**
 * How the diff takes a negotiation built in code that is ill-formed: it refuses it at its entry with problems naming
 * the draft, party or issue and the place, instead of throwing halfway or passing a diff its renderers cannot print.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Diff, type Negotiation } from '../../src'
import { withChange as untyped } from '../hand-built'

type Change = (n: any) => void

// the fixture's negotiation, typed
const withChange = (change: Change): Negotiation => untyped(change)

const refused = (change: Change, kind: string, at: string, message: string): void => {
  const n = withChange(change)
  const problems = [{ kind, at, message }]
  expect(Diff.proposals(n, 'd1', 'd2')).toStrictEqual(E.left(problems))
  expect(Diff.lineage(n, 'd2')).toStrictEqual(E.left(problems))
  expect(n).toStrictEqual(withChange(change))
}

describe('a draft whose conditions are ill-formed', () => {
  it('is refused when a value condition has no `in`', () => {
    refused(
      (n) => {
        n.proposals.d2.conditions = [{ kind: 'value', issue: 'truce' }]
      },
      'invalid-proposal',
      'proposals.d2.conditions[0].in',
      "proposal `d2` (proposals.d2.conditions[0].in): the value condition has no `in`; give the values it requires, e.g. `{ kind: 'flags', values: [true] }`",
    )
  })
  it('is refused when a condition is null', () => {
    refused(
      (n) => {
        n.proposals.d2.conditions = [null]
      },
      'invalid-proposal',
      'proposals.d2.conditions[0]',
      'proposal `d2` (proposals.d2.conditions[0]): the condition is `null`, not a condition; write the condition or leave it out',
    )
  })
})

describe('a draft without the fields the diff reads', () => {
  it('is refused when a term is undefined or null', () => {
    for (const term of [undefined, null])
      refused(
        (n) => {
          n.proposals.d1.terms.army = term
        },
        'invalid-proposal',
        'proposals.d1.terms.army',
        `proposal \`d1\` (proposals.d1.terms.army): the term on issue \`army\` is \`${String(term)}\`, not a term; write it \`{ value: … }\`, or leave the issue out`,
      )
  })
  it('is refused when its title, `tabledBy` or `sources` is left undefined', () => {
    refused(
      (n) => {
        n.proposals.d2.title = undefined
      },
      'invalid-proposal',
      'proposals.d2.title',
      'proposal `d2` (proposals.d2.title): `title` is `undefined`, not text; give the draft a title',
    )
    refused(
      (n) => {
        n.proposals.d2.tabledBy = undefined
      },
      'invalid-proposal',
      'proposals.d2.tabledBy',
      'proposal `d2` (proposals.d2.tabledBy): `tabledBy` is `undefined`, not a list of ids; list the parties that tabled it (`[]` when that is not known)',
    )
    refused(
      (n) => {
        n.proposals.d2.sources = undefined
      },
      'invalid-proposal',
      'proposals.d2.sources',
      'proposal `d2` (proposals.d2.sources): `sources` is `undefined`, not a list of ids; list its sources (`[]` when there are none)',
    )
  })
})

describe('a negotiation whose collections, parties or issues are ill-formed', () => {
  it('is refused when it has no `sources`', () => {
    refused(
      (n) => {
        delete n.sources
      },
      'invalid-document',
      'sources',
      'the negotiation has no `sources`; write `sources: {}` when it has none (the loader fills this in; a negotiation built in code must give it)',
    )
  })
  it("is refused when a party's name or role is left undefined", () => {
    for (const field of ['name', 'role'])
      refused(
        (n) => {
          n.parties.B[field] = undefined
        },
        'invalid-document',
        `parties.B.${field}`,
        field === 'name'
          ? 'party `B` (parties.B.name): `name` is `undefined`, not text; give the party a name'
          : 'party `B` (parties.B.role): its role is `undefined`; a role is principal, mediator, guarantor or observer',
      )
  })
  it('is refused when an issue has no label or a domain of an unknown kind', () => {
    refused(
      (n) => {
        n.issues.truce.label = undefined
      },
      'invalid-document',
      'issues.truce.label',
      'issue `truce` (issues.truce.label): `label` is `undefined`, not text; give the issue a label',
    )
    refused(
      (n) => {
        n.issues.truce.domain = { kind: 'weird' }
      },
      'invalid-document',
      'issues.truce.domain.kind',
      "issue `truce` (issues.truce.domain.kind): the domain's kind is `weird`; a domain is a `flag`, `choice`, `quantity` or `subset`",
    )
    refused(
      (n) => {
        n.issues.border.domain.options[0].label = undefined
      },
      'invalid-document',
      'issues.border.domain.options[0].label',
      'issue `border` (issues.border.domain.options[0].label): `label` is `undefined`, not text; give the option a label',
    )
  })
})

describe('a valid negotiation built in code', () => {
  it('is diffed as before', () => {
    expect(
      E.isRight(
        Diff.proposals(
          withChange(() => undefined),
          'd1',
          'd2',
        ),
      ),
    ).toBe(true)
  })
})

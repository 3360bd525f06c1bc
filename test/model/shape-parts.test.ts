/**
 * The shape check of a negotiation built in code, part by part: every kind of condition with each of its fields
 * wrong, options and domains, the parts that are not objects, and what is left to the analyses. Each problem is
 * pinned whole (place and sentence), since the sentence is what a user reads.
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   each test changes the negotiation as plain data, to make it ill-formed */
import { describe, expect, it } from 'vitest'
import { negotiationShape, shown } from '../../src/model/shape'
import { withChange } from '../hand-built'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const problems = (change: (n: any) => void): string[] =>
  negotiationShape(withChange(change)).map((p) => `${p.at}: ${p.message}`)

const FORMAT = 'write it as the format says (docs/format.md, conditions)'

describe('negotiationShape: conditions', () => {
  it('wants a value condition to name its issue, its values, and what it depends on', () => {
    const at = (i: number, field: string): string =>
      `proposals.d1.conditions[${String(i)}].${field}: proposal \`d1\` (proposals.d1.conditions[${String(i)}].${field})`
    expect(
      problems((n) => {
        n.proposals.d1.conditions = [
          { kind: 'value', issue: 3, in: { kind: 'nope' }, when: 'x' },
          {
            kind: 'value',
            issue: 'army',
            in: { kind: 'intervals', intervals: [{ min: 0, max: 5 }] },
            when: { issue: 7, in: { kind: 'intervals', intervals: [{ min: 9, max: 5 }] } },
          },
        ]
      }),
    ).toEqual([
      `${at(0, 'issue')}: \`issue\` is \`3\`, not text; name the issue whose value is required`,
      `${at(0, 'in')}: \`in\` is not a value set; write options, flags, intervals or subsets with their list, e.g. \`{ kind: 'options', options: ['a'] }\``,
      `${at(0, 'when')}: \`when\` is \`x\`, not an issue and its values; ${FORMAT}`,
      `${at(1, 'when.issue')}: \`issue\` is \`7\`, not text; name the issue the condition depends on`,
      `${at(1, 'when.in.intervals[0]')}: the interval from 9 to 5 is empty: its min is above its max; swap them`,
    ])
  })

  it('wants an acceptance condition to name a party, and a draft and issues as ids when it names them', () => {
    const at = (i: number, field: string): string =>
      `proposals.d1.conditions[${String(i)}].${field}: proposal \`d1\` (proposals.d1.conditions[${String(i)}].${field})`
    expect(
      problems((n) => {
        n.proposals.d1.conditions = [
          { kind: 'acceptance', party: 1, proposal: 2, issues: 'x' },
          { kind: 'acceptance', party: 'A', proposal: 'd1', issues: ['truce'], appliesTo: [1] },
          { kind: 'acceptance', party: 'B' },
        ]
      }),
    ).toEqual([
      `${at(0, 'party')}: \`party\` is \`1\`, not text; name the party whose acceptance is required`,
      `${at(0, 'proposal')}: \`proposal\` is \`2\`, not a draft id; ${FORMAT}`,
      `${at(0, 'issues')}: \`issues\` is \`x\`, not a list of ids; list them, or leave \`issues\` out`,
      `${at(1, 'appliesTo')}: \`appliesTo\` is a list, not a list of ids; list them, or leave \`appliesTo\` out`,
    ])
  })

  it('wants a sequence to name both issues, an other condition its words, and every condition a known kind', () => {
    const at = (i: number, field: string): string =>
      `proposals.d1.sequencing[${String(i)}]${field}: proposal \`d1\` (proposals.d1.sequencing[${String(i)}]${field})`
    expect(
      problems((n) => {
        n.proposals.d1.sequencing = [
          { kind: 'sequence', first: 1, then: null, by: 3 },
          { kind: 'sequence', first: 'truce', then: 'army', by: 'A' },
          { kind: 'other', text: 5 },
          { kind: 'other', text: 'ok' },
          { kind: 'nope' },
          { kind: 4 },
          7,
        ]
      }),
    ).toEqual([
      `${at(0, '.first')}: \`first\` is \`1\`, not text; name the issue settled first`,
      `${at(0, '.then')}: \`then\` is \`null\`, not text; name the issue settled then`,
      `${at(0, '.by')}: \`by\` is \`3\`, not a party id; ${FORMAT}`,
      `${at(2, '.text')}: \`text\` is \`5\`, not text; say in words what the condition requires`,
      `${at(4, '.kind')}: the condition's kind is \`nope\`; a condition is a \`value\`, \`acceptance\`, \`sequence\` or \`other\` condition`,
      `${at(5, '.kind')}: the condition's kind is \`4\`; a condition is a \`value\`, \`acceptance\`, \`sequence\` or \`other\` condition`,
      `${at(6, '')}: the condition is \`7\`, not a condition; write the condition or leave it out`,
    ])
  })

  it('finds a subset constraint empty only when both sizes are given and cross', () => {
    expect(
      problems((n) => {
        n.positions[0].acceptable = {
          kind: 'subsets',
          any: [{ minSize: 3, maxSize: 1 }, { minSize: 3 }, { maxSize: 1 }, { minSize: 1, maxSize: 1 }],
        }
      }),
    ).toEqual([
      'positions[0].acceptable.any[0]: position `p1` (positions[0].acceptable.any[0]): its minSize 3 is above its maxSize 1, so no subset fits; swap them',
    ])
  })
})

describe('negotiationShape: the parts of the document', () => {
  it('wants each domain an object of a known kind, with options that have ids and labels and a quantity with bounds and a unit', () => {
    expect(
      problems((n) => {
        n.issues.truce.domain = 5
        n.issues.border.domain.options = [3, { id: 'a' }]
        n.issues.sanc.domain.universe = [{ label: 'x' }]
        n.issues.army.domain = { kind: 'quantity', min: 0, max: 'x' }
      }),
    ).toEqual([
      'issues.truce.domain: issue `truce` (issues.truce.domain): the domain is `5`; give the issue a domain (flag, choice, quantity or subset)',
      'issues.border.domain.options[0]: issue `border` (issues.border.domain.options[0]): the option is `3`; give it an id and a label',
      'issues.border.domain.options[1].label: issue `border` (issues.border.domain.options[1].label): `label` is `undefined`, not text; give the option a label',
      "issues.army.domain.max: issue `army` (issues.army.domain.max): `max` is `x`, not a number; give the range's max",
      'issues.sanc.domain.universe[0].id: issue `sanc` (issues.sanc.domain.universe[0].id): `id` is `undefined`, not text; give the option an id',
      'issues.army.domain.unit: issue `army` (issues.army.domain.unit): `unit` is `undefined`, not text; give the unit the quantity counts',
    ])
  })

  it('names a party, an issue, terms, a position or an event that is not what it should be', () => {
    expect(
      problems((n) => {
        n.parties.M = 'med'
        n.issues.truce = null
        n.proposals.d1.terms = []
        n.positions[0].sources = 's'
        n.positions[1].party = 5
        n.positions[2].id = undefined
        n.events[0].kind = 3
        n.events.push({
          id: 'e9',
          kind: 'response',
          date: '2025-03-01',
          terms: 'truce',
          conditions: [{ kind: 'other' }],
        })
      }),
    ).toEqual([
      'parties.M: party `M` (parties.M): it is `med`, not a party; give it a name and a role',
      'issues.truce: issue `truce` (issues.truce): it is `null`, not an issue; give it a label, a category and a domain',
      'proposals.d1.terms: proposal `d1` (proposals.d1.terms): `terms` is a list, not a record by issue; write `terms: {}` when it has none',
      'positions[0].sources: position `p1` (positions[0].sources): `sources` is `s`, not a list of ids; list its sources (`[]` when there are none)',
      "positions[1].party: position `p2` (positions[1].party): `party` is `5`, not text; give the position's `party`",
      "positions[2].id: the position (positions[2].id): `id` is `undefined`, not text; give the position's `id`",
      "events[0].kind: event `e1` (events[0].kind): `kind` is `3`, not text; give the event's kind",
      'events[3].terms: event `e9` (events[3].terms): `terms` is `truce`, not a list of ids; list them, or leave `terms` out',
      'events[3].conditions[0].text: event `e9` (events[3].conditions[0].text): `text` is `undefined`, not text; say in words what the condition requires',
    ])
  })

  it('reads the terms and conditions of responses only, and leaves a malformed value set of a position to the analyses', () => {
    expect(
      problems((n) => {
        n.events.push({
          id: 'e9',
          kind: 'statement',
          date: '2025-03-01',
          party: 'A',
          terms: 'x',
          conditions: 5,
        })
        n.positions[0].acceptable = { kind: 'nope' }
      }),
    ).toEqual([])
  })
})

describe('negotiationShape: what it leaves out', () => {
  it('reads the parties and issues one by one only when they are records', () => {
    expect(
      problems((n) => {
        n.parties = ['A']
        n.issues = [{ label: 'Truce' }]
        n.positions = []
        n.proposals = {}
        n.events = []
      }),
    ).toEqual([
      "parties: the negotiation's `parties` is a list, not a record by id; write `parties: {}` when it has none",
      "issues: the negotiation's `issues` is a list, not a record by id; write `issues: {}` when it has none",
    ])
  })

  it('takes a sequence with no `by`, wants lists of ids with only ids, and dates that are given', () => {
    expect(
      problems((n) => {
        n.proposals.d1.sequencing = [
          { kind: 'sequence', first: 'truce', then: 'army', appliesTo: ['truce', 1] },
        ]
        delete n.positions[0].asOf
        delete n.issues.truce.category
      }),
    ).toEqual([
      'issues.truce.category: issue `truce` (issues.truce.category): `category` is `undefined`, not text; give the issue a category',
      'proposals.d1.sequencing[0].appliesTo: proposal `d1` (proposals.d1.sequencing[0].appliesTo): `appliesTo` is a list, not a list of ids; list them, or leave `appliesTo` out',
      'positions[0].asOf: position `p1` (positions[0].asOf): `asOf` is `undefined`, not a date; write it YYYY-MM-DD',
    ])
  })
})

describe('shown', () => {
  it('writes what a value is in a message', () => {
    expect([true, Symbol('s'), undefined, () => 1, null, [], {}, 'x', 2].map(shown)).toEqual([
      '`true`',
      '`symbol`',
      '`undefined`',
      '`function`',
      '`null`',
      'a list',
      'an object',
      '`x`',
      '`2`',
    ])
  })
})

/**
 * What the structural pass of the loader says about a value of the wrong shape: for each kind of mistake, the exact
 * problem `Load.decode` gives — its path, code and sentence, with what was expected and what was found.
 */
import { describe, expect, it } from 'vitest'
import type { DecodeIssue } from '../../src/model/errors'
import * as Load from '../../src/model/load'
import { type Edit, REMOVE, edited } from './document'

/** The problems without `pathSegments`, which repeat `path`. */
const problems = (u: unknown): ReadonlyArray<Omit<DecodeIssue, 'pathSegments'>> => {
  const r = Load.decode(u)
  return r._tag === 'Left' ? r.left.map(({ pathSegments: _, ...rest }) => rest) : []
}

type Case = readonly [
  mistake: string,
  edits: ReadonlyArray<Edit>,
  expected: ReadonlyArray<Omit<DecodeIssue, 'pathSegments'>>,
]

const cases: ReadonlyArray<Case> = [
  [
    'a misspelt optional field, with the field meant',
    [['positions.0.ideel', 'member']],
    [
      {
        path: 'positions[0].ideel',
        code: 'unknown-field',
        message: 'unknown field `ideel` in Position; did you mean `ideal`?',
        actual: '"member"',
      },
    ],
  ],
  [
    'a field the format does not know',
    [['positions.0.colour', 'red']],
    [
      {
        path: 'positions[0].colour',
        code: 'unknown-field',
        message: 'unknown field `colour` in Position; remove it',
        actual: '"red"',
      },
    ],
  ],
  [
    'a missing required field',
    [['parties.RU.role', REMOVE]],
    [
      {
        path: 'parties.RU.role',
        code: 'missing',
        message: 'missing required field `role` (party role) in Party; add it',
        expected: 'party role',
      },
    ],
  ],
  [
    'a value set without a kind',
    [['positions.0.redLines', { options: ['member'] }]],
    [
      {
        path: 'positions[0].redLines.kind',
        code: 'missing',
        message: 'missing `kind` of value set; add one of: options, intervals, subsets, flags',
        expected: 'one of options, intervals, subsets, flags',
      },
    ],
  ],
  [
    'an event kind that is not text',
    [['events.0.kind', 5]],
    [
      {
        path: 'events[0].kind',
        code: 'unknown-kind',
        message:
          'the kind of event must be text, got 5; kinds are: position-stated, proposal-tabled, response, agreement, violation-alleged, term-expired, meeting, statement',
        expected:
          'one of position-stated, proposal-tabled, response, agreement, violation-alleged, term-expired, meeting, statement',
        actual: '5',
      },
    ],
  ],
  [
    'a role that is not text',
    [['parties.RU.role', 1]],
    [
      {
        path: 'parties.RU.role',
        code: 'type',
        message: 'expected a party role (one of principal, mediator, guarantor, observer), got 1',
        expected: 'one of principal, mediator, guarantor, observer',
        actual: '1',
      },
    ],
  ],
  [
    'a priority written as a word',
    [['positions.0.priority', 'high']],
    [
      {
        path: 'positions[0].priority',
        code: 'type',
        message: 'expected a number from 0 to 1, got "high"',
        expected: 'a number from 0 to 1',
        actual: '"high"',
      },
    ],
  ],
  [
    'a priority above 1',
    [['positions.0.priority', 1.5]],
    [
      {
        path: 'positions[0].priority',
        code: 'out-of-range',
        message: 'expected a number from 0 to 1, got 1.5',
        expected: 'a number from 0 to 1',
        actual: '1.5',
      },
    ],
  ],
  [
    'a priority that is NaN',
    [['positions.0.priority', Number.NaN]],
    [
      {
        path: 'positions[0].priority',
        code: 'non-finite',
        message:
          'expected a finite number, got NaN; JSON has no NaN or Infinity (YAML .nan, .inf) — write a number',
        expected: 'a finite number',
        actual: 'NaN',
      },
    ],
  ],
  [
    'an infinite bound',
    [['issues.days.domain.max', Infinity]],
    [
      {
        path: 'issues.days.domain.max',
        code: 'non-finite',
        message:
          'expected a finite number, got Infinity; JSON has no NaN or Infinity (YAML .nan, .inf) — write a number',
        expected: 'a finite number',
        actual: 'Infinity',
      },
    ],
  ],
  [
    'a title that is too long',
    [['title', 'x'.repeat(501)]],
    [
      {
        path: 'title',
        code: 'too-long',
        message: 'text too long: expected at most 500 characters, got 501; shorten it',
        expected: 'a non-empty text',
        actual: '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…',
      },
    ],
  ],
  [
    'a title that is blank',
    [['title', '  ']],
    [
      {
        path: 'title',
        code: 'empty',
        message: 'expected a non-empty text; write something here',
        expected: 'a non-empty text',
        actual: '"  "',
      },
    ],
  ],
  [
    'a party key that is not an id',
    [['parties.Rus sia', { name: 'Russia', role: 'principal' }]],
    [
      {
        path: 'parties["Rus sia"]',
        code: 'bad-id',
        message:
          '`Rus sia` is not a valid party id: use letters, digits and . _ : - (starting with a letter or digit)',
        expected: 'a party id',
        actual: '"Rus sia"',
      },
    ],
  ],
  [
    'an option id with a space',
    [['positions.0.ideal', 'bad id']],
    [
      {
        path: 'positions[0].ideal',
        code: 'bad-id',
        message: '`bad id` is not a valid option id',
        expected: 'value',
        actual: '"bad id"',
      },
    ],
  ],
  [
    'an element id with a space',
    [['proposals.p1.terms.guarantors', { value: ['us', 'bad id'] }]],
    [
      {
        path: 'proposals.p1.terms.guarantors.value[1]',
        code: 'bad-id',
        message:
          '`bad id` is not a valid element id: use letters, digits and . _ : - (starting with a letter or digit, at most 100 characters)',
        expected: 'a option id',
        actual: '"bad id"',
      },
    ],
  ],
  [
    'an element id that is a number',
    [['proposals.p1.terms.guarantors', { value: ['us', 3] }]],
    [
      {
        path: 'proposals.p1.terms.guarantors.value[1]',
        code: 'type',
        message: 'expected an element id (text), got 3',
        expected: 'a option id',
        actual: '3',
      },
    ],
  ],
  [
    'an object for a value',
    [['proposals.p1.terms.days.value', { n: 30 }]],
    [
      {
        path: 'proposals.p1.terms.days.value',
        code: 'type',
        message:
          'expected a value: an option id, a number, a list of element ids, or true/false, got {"n":30}',
        expected: 'value',
        actual: '{"n":30}',
      },
    ],
  ],
  [
    'null for a value',
    [['proposals.p1.terms.days.value', null]],
    [
      {
        path: 'proposals.p1.terms.days.value',
        code: 'type',
        message: 'expected a value: an option id, a number, a list of element ids, or true/false, got null',
        expected: 'value',
        actual: 'null',
      },
    ],
  ],
  [
    'a list for a text',
    [['parties.RU.name', ['Russia']]],
    [
      {
        path: 'parties.RU.name',
        code: 'type',
        message: 'expected text, got ["Russia"]',
        expected: 'a non-empty text',
        actual: '["Russia"]',
      },
    ],
  ],
  [
    'a number for a date',
    [['positions.0.asOf', 20250311]],
    [
      {
        path: 'positions[0].asOf',
        code: 'type',
        message: 'expected a date written YYYY-MM-DD, got 20250311',
        expected: 'a date written YYYY-MM-DD',
        actual: '20250311',
      },
    ],
  ],
  [
    'a date with a time',
    [['positions.0.asOf', '2025-03-11T10:00']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: '`2025-03-11T10:00` has a time; write the day only: 2025-03-11',
        expected: 'a date written YYYY-MM-DD',
        actual: '"2025-03-11T10:00"',
      },
    ],
  ],
  [
    'a date in words',
    [['positions.0.asOf', 'March 11']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: '`March 11` is not a date written YYYY-MM-DD (for example 2025-03-11)',
        expected: 'a date written YYYY-MM-DD',
        actual: '"March 11"',
      },
    ],
  ],
  [
    'February 29 of a common year',
    [['positions.0.asOf', '2025-02-29']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: 'not a real date: 2025-02-29 (2025-02 has 28 days)',
        expected: 'a date written YYYY-MM-DD',
        actual: '"2025-02-29"',
      },
    ],
  ],
  [
    'April 31',
    [['positions.0.asOf', '2025-04-31']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: 'not a real date: 2025-04-31 (2025-04 has 30 days)',
        expected: 'a date written YYYY-MM-DD',
        actual: '"2025-04-31"',
      },
    ],
  ],
  [
    'month 00',
    [['positions.0.asOf', '2025-00-11']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: 'not a real date: 2025-00-11 (there is no month 00)',
        expected: 'a date written YYYY-MM-DD',
        actual: '"2025-00-11"',
      },
    ],
  ],
  [
    'month 13',
    [['positions.0.asOf', '2025-13-11']],
    [
      {
        path: 'positions[0].asOf',
        code: 'bad-date',
        message: 'not a real date: 2025-13-11 (there is no month 13)',
        expected: 'a date written YYYY-MM-DD',
        actual: '"2025-13-11"',
      },
    ],
  ],
  [
    'a number for an id',
    [['positions.0.party', 7]],
    [
      {
        path: 'positions[0].party',
        code: 'type',
        message: 'expected a party id (text), got 7',
        expected: 'a party id',
        actual: '7',
      },
    ],
  ],
  [
    'a prototype key as an id',
    [['positions.0.party', 'constructor']],
    [
      {
        path: 'positions[0].party',
        code: 'hostile-key',
        message:
          '`constructor` is never accepted as an id (it could reach the object prototype); choose another party id',
        actual: '"constructor"',
      },
    ],
  ],
  [
    'an id with a space',
    [['positions.0.issue', 'na to']],
    [
      {
        path: 'positions[0].issue',
        code: 'bad-id',
        message:
          '`na to` is not a valid issue id: use letters, digits and . _ : - (starting with a letter or digit, at most 100 characters)',
        expected: 'a issue id',
        actual: '"na to"',
      },
    ],
  ],
  [
    'an id longer than 100 characters',
    [['positions.0.id', 'p'.repeat(101)]],
    [
      {
        path: 'positions[0].id',
        code: 'bad-id',
        message:
          '`ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp` is not a valid position id: use letters, digits and . _ : - (starting with a letter or digit, at most 100 characters)',
        expected: 'a position id',
        actual: '"pppppppppppppppppppppppppppppppppppppppppppppppppppppppppp…',
      },
    ],
  ],
  [
    'another format version',
    [['format', 'negotiation-positions/2']],
    [
      {
        path: 'format',
        code: 'unsupported-format',
        message:
          'this library reads documents with `format: "negotiation-positions/1"`, got "negotiation-positions/2"; set `format` to "negotiation-positions/1"',
        expected: '"negotiation-positions/1"',
        actual: '"negotiation-positions/2"',
      },
    ],
  ],
  [
    'text for true or false',
    [['issues.nato.domain.ordered', 'yes']],
    [
      {
        path: 'issues.nato.domain.ordered',
        code: 'type',
        message: 'expected true or false, got "yes"',
        expected: 'true or false',
        actual: '"yes"',
      },
    ],
  ],
  [
    'text for a list',
    [['proposals.p1.tabledBy', 'US']],
    [
      {
        path: 'proposals.p1.tabledBy',
        code: 'type',
        message: 'expected a list, got "US"',
        expected: 'a list',
        actual: '"US"',
      },
    ],
  ],
  [
    'text for an object',
    [['parties.RU', 'Russia']],
    [
      {
        path: 'parties.RU',
        code: 'type',
        message: 'expected an object (Party), got "Russia"',
        expected: 'party',
        actual: '"Russia"',
      },
    ],
  ],
  [
    'a list for a record keyed by id',
    [['parties', ['RU']]],
    [
      {
        path: 'parties',
        code: 'type',
        message: 'expected an object keyed by party id (parties), got ["RU"]',
        expected: 'parties',
        actual: '["RU"]',
      },
    ],
  ],
  [
    'an interval without its max',
    [['positions.0.acceptable', { kind: 'intervals', intervals: [{ min: 0 }] }]],
    [
      {
        path: 'positions[0].acceptable.intervals[0].max',
        code: 'missing',
        message: 'missing required field `max` (a finite number) in Interval; add it',
        expected: 'a finite number',
      },
    ],
  ],
  [
    'poles without the last one',
    [['issues.nato.domain.poles', { first: 'Member' }]],
    [
      {
        path: 'issues.nato.domain.poles.last',
        code: 'missing',
        message: 'missing required field `last` (a non-empty text) in Poles; add it',
        expected: 'a non-empty text',
      },
    ],
  ],
  [
    'a misspelt required field, reported once at the typo',
    [
      ['proposals.p1.tabledby', ['US']],
      ['proposals.p1.tabledBy', REMOVE],
    ],
    [
      {
        path: 'proposals.p1.tabledby',
        code: 'unknown-field',
        message: 'unknown field `tabledby` in Proposal; did you mean `tabledBy` (a required field)?',
        actual: '["US"]',
      },
    ],
  ],
  [
    'two misspelt required fields, each matched to its own',
    [
      ['proposals.p1.titel', 'x'],
      ['proposals.p1.title', REMOVE],
      ['proposals.p1.dates', '2025-03-11'],
      ['proposals.p1.date', REMOVE],
    ],
    [
      {
        path: 'proposals.p1.titel',
        code: 'unknown-field',
        message: 'unknown field `titel` in Proposal; did you mean `title` (a required field)?',
        actual: '"x"',
      },
      {
        path: 'proposals.p1.dates',
        code: 'unknown-field',
        message: 'unknown field `dates` in Proposal; did you mean `date` (a required field)?',
        actual: '"2025-03-11"',
      },
    ],
  ],
]

describe('the structural checks', () => {
  it.each(cases)('report %s', (_, edits, expected) => {
    expect(problems(edited(edits))).toEqual(expected)
  })

  it('report a document that is not an object, or an empty one', () => {
    expect(problems([])).toEqual([
      {
        path: '$',
        code: 'type',
        message: 'expected an object (Negotiation), got []',
        expected: 'negotiation',
        actual: '[]',
      },
    ])
    expect(problems({}).map((i) => [i.path, i.code, i.message])).toEqual([
      [
        'format',
        'missing',
        'missing required field `format` ("negotiation-positions/1") in Negotiation; add it',
      ],
      ['issues', 'missing', 'missing required field `issues` (issues) in Negotiation; add it'],
      ['parties', 'missing', 'missing required field `parties` (parties) in Negotiation; add it'],
      ['title', 'missing', 'missing required field `title` (a non-empty text) in Negotiation; add it'],
    ])
  })
})

/**
 * What the semantic checks (the third loading pass) say about a document whose structure is right but whose meaning
 * is not: for each kind of mistake, the exact problems `Load.decode` gives, each with its path, its code and the
 * sentence a person reads. The messages are what users act on, so each one is spelled out here in full.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'
import { type Edit, REMOVE, edited, position, proposal } from './document'

const problems = (u: unknown): ReadonlyArray<readonly [string, string, string]> => {
  const r = Load.decode(u)
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message] as const) : []
}

// -------------------------------------------------------------------------------------
// cases
// -------------------------------------------------------------------------------------

type Case = readonly [
  mistake: string,
  edits: ReadonlyArray<Edit>,
  expected: ReadonlyArray<readonly [path: string, code: string, message: string]>,
]

const cases: ReadonlyArray<Case> = [
  [
    'a choice with no options',
    [
      ['issues.nato.domain.options', []],
      ['positions', []],
    ],
    [
      [
        'issues.nato.domain.options',
        'bad-domain',
        'issue `nato` is a choice with no options; list its options',
      ],
    ],
  ],
  [
    'a subset of an empty universe',
    [['issues.guarantors.domain.universe', []]],
    [
      [
        'issues.guarantors.domain.universe',
        'bad-domain',
        'issue `guarantors` is a subset of an empty universe; list its elements in `universe`',
      ],
    ],
  ],
  [
    'a quantity whose min is above its max',
    [
      ['issues.days.domain.min', 100],
      ['proposals', {}],
      ['events', []],
    ],
    [['issues.days.domain', 'bad-domain', 'issue `days` has min 100 above max 90; swap them']],
  ],
  [
    'an option id used twice',
    [['issues.nato.domain.options.2.id', 'member']],
    [
      [
        'issues.nato.domain.options[2].id',
        'duplicate-id',
        'option id `member` is used twice in issue `nato` (first at options[0]); give each its own id',
      ],
    ],
  ],
  [
    'an element id used twice',
    [['issues.guarantors.domain.universe.1.id', 'us']],
    [
      [
        'issues.guarantors.domain.universe[1].id',
        'duplicate-id',
        'element id `us` is used twice in issue `guarantors` (first at universe[0]); give each its own id',
      ],
    ],
  ],
  [
    'a number for a choice whose option id is that number',
    [
      ['issues.nato.domain.options.1.id', '2'],
      ['positions.0.ideal', 2],
    ],
    [
      [
        'positions[0].ideal',
        'out-of-domain',
        'issue `nato` is a choice: write the option id as text, "2" (in YAML, quote it)',
      ],
    ],
  ],
  [
    'true for a choice',
    [['positions.0.ideal', true]],
    [
      [
        'positions[0].ideal',
        'out-of-domain',
        'issue `nato` is a choice: its value is one option id (member, path, neutral), not `true`',
      ],
    ],
  ],
  [
    'a list for a choice',
    [['positions.0.ideal', ['member']]],
    [
      [
        'positions[0].ideal',
        'out-of-domain',
        'issue `nato` is a choice: its value is one option id (member, path, neutral), not a list',
      ],
    ],
  ],
  [
    'a number for a choice',
    [['positions.0.ideal', 5]],
    [
      [
        'positions[0].ideal',
        'out-of-domain',
        'issue `nato` is a choice: its value is one option id (member, path, neutral), not the number 5',
      ],
    ],
  ],
  [
    'text for a quantity',
    [['proposals.p1.terms.days.value', 'thirty']],
    [
      [
        'proposals.p1.terms.days.value',
        'out-of-domain',
        'issue `days` is a quantity in days: its value is a number from 0 to 90, not the text `thirty`',
      ],
    ],
  ],
  [
    'a quantity above its range',
    [['proposals.p1.terms.days.value', 91]],
    [
      [
        'proposals.p1.terms.days.value',
        'out-of-domain',
        "91 is outside the range of issue `days` (0 to 90 days); use a number in that range or widen the issue's domain",
      ],
    ],
  ],
  [
    'a quantity below its range',
    [['proposals.p1.terms.days.value', -1]],
    [
      [
        'proposals.p1.terms.days.value',
        'out-of-domain',
        "-1 is outside the range of issue `days` (0 to 90 days); use a number in that range or widen the issue's domain",
      ],
    ],
  ],
  [
    'a fraction for a whole quantity',
    [['proposals.p1.terms.days.value', 30.5]],
    [
      [
        'proposals.p1.terms.days.value',
        'out-of-domain',
        'issue `days` counts whole days; 30.5 is not a whole number',
      ],
    ],
  ],
  [
    'text for a subset',
    [['proposals.p1.terms.guarantors', { value: 'us' }]],
    [
      [
        'proposals.p1.terms.guarantors.value',
        'out-of-domain',
        'issue `guarantors` is a subset: its value is a list of element ids (from us, uk, fr), not the text `us`',
      ],
    ],
  ],
  [
    'an unknown element of a subset',
    [['proposals.p1.terms.guarantors', { value: ['us', 'de'] }]],
    [
      [
        'proposals.p1.terms.guarantors.value[1]',
        'out-of-domain',
        'issue `guarantors` has no element `de`; elements are: us, uk, fr',
      ],
    ],
  ],
  [
    'an element listed twice',
    [['proposals.p1.terms.guarantors', { value: ['us', 'uk', 'us'] }]],
    [
      [
        'proposals.p1.terms.guarantors.value[2]',
        'out-of-domain',
        'element `us` is listed twice; list each element once',
      ],
    ],
  ],
  [
    'text for a flag',
    [['proposals.p1.terms.iaea', { value: 'yes' }]],
    [
      [
        'proposals.p1.terms.iaea.value',
        'out-of-domain',
        'issue `iaea` is a yes/no flag: its value is true or false, not the text `yes`',
      ],
    ],
  ],
  [
    'a list for a flag',
    [['proposals.p1.terms.iaea', { value: [] }]],
    [
      [
        'proposals.p1.terms.iaea.value',
        'out-of-domain',
        'issue `iaea` is a yes/no flag: its value is true or false, not a list',
      ],
    ],
  ],
  [
    'intervals for a choice',
    [['positions.0.acceptable', { kind: 'intervals', intervals: [{ min: 0, max: 1 }] }]],
    [
      [
        'positions[0].acceptable.kind',
        'out-of-domain',
        'issue `nato` is a choice among member, path, neutral: its value sets are written { kind: options, options: [...] }, not kind `intervals`',
      ],
    ],
  ],
  [
    'options for a whole-number quantity',
    [['positions.1', position('days', { acceptable: { kind: 'options', options: ['member'] } })]],
    [
      [
        'positions[1].acceptable.kind',
        'out-of-domain',
        'issue `days` is a quantity in days from 0 to 90 (whole numbers): its value sets are written { kind: intervals, intervals: [{ min, max }] }, not kind `options`',
      ],
    ],
  ],
  [
    'options for a quantity',
    [
      ['issues.days.domain.integer', REMOVE],
      ['positions.1', position('days', { acceptable: { kind: 'options', options: ['member'] } })],
    ],
    [
      [
        'positions[1].acceptable.kind',
        'out-of-domain',
        'issue `days` is a quantity in days from 0 to 90: its value sets are written { kind: intervals, intervals: [{ min, max }] }, not kind `options`',
      ],
    ],
  ],
  [
    'flags for a subset',
    [['positions.1', position('guarantors', { redLines: { kind: 'flags', values: [true] } })]],
    [
      [
        'positions[1].redLines.kind',
        'out-of-domain',
        'issue `guarantors` is a subset of us, uk, fr: its value sets are written { kind: subsets, any: [{ include, exclude, minSize, maxSize }] }, not kind `flags`',
      ],
    ],
  ],
  [
    'subsets for a flag',
    [['positions.1', position('iaea', { redLines: { kind: 'subsets', any: [] } })]],
    [
      [
        'positions[1].redLines.kind',
        'out-of-domain',
        'issue `iaea` is a yes/no flag: its value sets are written { kind: flags, values: [true] }, not kind `subsets`',
      ],
    ],
  ],
  [
    'an unknown option in a value set',
    [['positions.0.acceptable', { kind: 'options', options: ['member', 'neutrl'] }]],
    [
      [
        'positions[0].acceptable.options[1]',
        'out-of-domain',
        'issue `nato` has no option `neutrl`; did you mean `neutral`? options are: member, path, neutral',
      ],
    ],
  ],
  [
    'an interval whose min is above its max',
    [
      [
        'positions.1',
        position('days', { acceptable: { kind: 'intervals', intervals: [{ min: 10, max: 5 }] } }),
      ],
    ],
    [
      [
        'positions[1].acceptable.intervals[0]',
        'bad-range',
        'the interval from 10 to 5 is empty: min is above max; swap them',
      ],
    ],
  ],
  [
    'a one-point interval with an open bound',
    [
      [
        'positions.1',
        position('days', {
          acceptable: { kind: 'intervals', intervals: [{ min: 10, max: 10, minOpen: true }] },
        }),
      ],
    ],
    [
      [
        'positions[1].acceptable.intervals[0]',
        'bad-range',
        'the interval at 10 with an open bound holds no number; close the bound or widen it',
      ],
    ],
  ],
  [
    'an interval reaching past both bounds',
    [
      [
        'positions.1',
        position('days', { acceptable: { kind: 'intervals', intervals: [{ min: -5, max: 100 }] } }),
      ],
    ],
    [
      [
        'positions[1].acceptable.intervals[0].min',
        'out-of-domain',
        '-5 is below the lower bound 0 of issue `days`; use 0 or more',
      ],
      [
        'positions[1].acceptable.intervals[0].max',
        'out-of-domain',
        '100 is above the upper bound 90 of issue `days`; use 90 or less',
      ],
    ],
  ],
  [
    'unknown elements to include and exclude',
    [
      [
        'positions.1',
        position('guarantors', {
          acceptable: { kind: 'subsets', any: [{ include: ['de'], exclude: ['it'] }] },
        }),
      ],
    ],
    [
      [
        'positions[1].acceptable.any[0].include[0]',
        'out-of-domain',
        'issue `guarantors` has no element `de`; elements are: us, uk, fr',
      ],
      [
        'positions[1].acceptable.any[0].exclude[0]',
        'out-of-domain',
        'issue `guarantors` has no element `it`; elements are: us, uk, fr',
      ],
    ],
  ],
  [
    'an element both included and excluded',
    [
      [
        'positions.1',
        position('guarantors', {
          acceptable: { kind: 'subsets', any: [{ include: ['us'], exclude: ['uk', 'us'] }] },
        }),
      ],
    ],
    [
      [
        'positions[1].acceptable.any[0].exclude[1]',
        'contradiction',
        'element `us` is both included and excluded; keep it in one list',
      ],
    ],
  ],
  [
    'a minSize above the maxSize',
    [
      [
        'positions.1',
        position('guarantors', { acceptable: { kind: 'subsets', any: [{ minSize: 2, maxSize: 1 }] } }),
      ],
    ],
    [
      [
        'positions[1].acceptable.any[0]',
        'bad-range',
        'minSize 2 is above maxSize 1; no subset fits — swap them',
      ],
    ],
  ],
  [
    'a minSize above the number of elements',
    [['positions.1', position('guarantors', { acceptable: { kind: 'subsets', any: [{ minSize: 4 }] } })]],
    [
      [
        'positions[1].acceptable.any[0].minSize',
        'out-of-domain',
        'minSize 4 is more than the 3 elements of issue `guarantors`; no subset fits',
      ],
    ],
  ],
  [
    'a linear valuation of a choice',
    [['positions.0.valuation', { kind: 'linear', points: [{ at: 0, score: 1 }] }]],
    [
      [
        'positions[0].valuation.kind',
        'out-of-domain',
        'issue `nato` is a choice among member, path, neutral: value it with { kind: scores, scores: { <option>: 0..1 } }, not kind `linear`',
      ],
    ],
  ],
  [
    'scores for a quantity',
    [['positions.1', position('days', { valuation: { kind: 'scores', scores: {} } })]],
    [
      [
        'positions[1].valuation.kind',
        'out-of-domain',
        'issue `days` is a quantity in days from 0 to 90 (whole numbers): value it with { kind: linear, points: [{ at, score }] }, not kind `scores`',
      ],
    ],
  ],
  [
    'a linear valuation of a subset',
    [['positions.1', position('guarantors', { valuation: { kind: 'linear', points: [] } })]],
    [
      [
        'positions[1].valuation.kind',
        'out-of-domain',
        'issue `guarantors` is a subset of us, uk, fr: value it with { kind: elements, weights: { <element>: number } }, not kind `linear`',
      ],
    ],
  ],
  [
    'element weights for a flag',
    [['positions.1', position('iaea', { valuation: { kind: 'elements', weights: {} } })]],
    [
      [
        'positions[1].valuation.kind',
        'out-of-domain',
        'issue `iaea` is a yes/no flag: value it with { kind: scores, scores: { <option>: 0..1 } }, not kind `elements`',
      ],
    ],
  ],
  [
    'a score for an unknown option',
    [['positions.0.valuation', { kind: 'scores', scores: { member: 1, nuetral: 0 } }]],
    [
      [
        'positions[0].valuation.scores.nuetral',
        'out-of-domain',
        'issue `nato` has no option `nuetral`; did you mean `neutral`? options are: member, path, neutral',
      ],
    ],
  ],
  [
    'a score for a flag value that is not true or false',
    [['positions.1', position('iaea', { valuation: { kind: 'scores', scores: { true: 1, maybe: 0.5 } } })]],
    [
      [
        'positions[1].valuation.scores.maybe',
        'out-of-domain',
        'issue `iaea` has no value `maybe`; values are: true, false',
      ],
    ],
  ],
  [
    'a linear valuation with no points',
    [['positions.1', position('days', { valuation: { kind: 'linear', points: [] } })]],
    [
      [
        'positions[1].valuation.points',
        'empty',
        'a linear valuation needs at least one point; add `{ at, score }` points',
      ],
    ],
  ],
  [
    'linear points out of order',
    [
      [
        'positions.1',
        position('days', {
          valuation: {
            kind: 'linear',
            points: [
              { at: 0, score: 0 },
              { at: 30, score: 1 },
              { at: 30, score: 0.5 },
              { at: 10, score: 0.2 },
            ],
          },
        }),
      ],
    ],
    [
      [
        'positions[1].valuation.points[2].at',
        'unsorted',
        'points must be sorted by `at`, each above the last: 30 comes after 30',
      ],
      [
        'positions[1].valuation.points[3].at',
        'unsorted',
        'points must be sorted by `at`, each above the last: 10 comes after 30',
      ],
    ],
  ],
  [
    'a weight for an unknown element',
    [['positions.1', position('guarantors', { valuation: { kind: 'elements', weights: { us: 1, de: 2 } } })]],
    [
      [
        'positions[1].valuation.weights.de',
        'out-of-domain',
        'issue `guarantors` has no element `de`; elements are: us, uk, fr',
      ],
    ],
  ],
  [
    'a position id used twice',
    [['positions.1', position('nato', { id: 'ua-nato' })]],
    [
      [
        'positions[1].id',
        'duplicate-id',
        'position id `ua-nato` is already used by positions[0]; give each position its own id',
      ],
    ],
  ],
  [
    'an ideal inside the red lines',
    [['positions.0.redLines', { kind: 'options', options: ['path', 'member'] }]],
    [
      [
        'positions[0].ideal',
        'contradiction',
        'the ideal of `UA` on `nato` lies inside its own red lines; a party cannot most want what it will never accept — fix `ideal` or `redLines`',
      ],
    ],
  ],
  [
    'an unknown ideal inside red lines naming it: reported as unknown, not as a contradiction',
    [
      ['positions.0.ideal', 'membr'],
      ['positions.0.redLines', { kind: 'options', options: ['membr'] }],
    ],
    [
      [
        'positions[0].ideal',
        'out-of-domain',
        'issue `nato` has no option `membr`; did you mean `member`? options are: member, path, neutral',
      ],
      [
        'positions[0].redLines.options[0]',
        'out-of-domain',
        'issue `nato` has no option `membr`; did you mean `member`? options are: member, path, neutral',
      ],
    ],
  ],
  [
    'an unknown party close to a known one',
    [['positions.0.party', 'UAA']],
    [
      [
        'positions[0].party',
        'unknown-reference',
        'unknown party `UAA` (not in `parties`); did you mean `UA`? parties are: RU, UA, US',
      ],
    ],
  ],
  [
    'an unknown party far from every known one',
    [['positions.0.party', 'XX']],
    [
      [
        'positions[0].party',
        'unknown-reference',
        'unknown party `XX` (not in `parties`); add it to `parties` or use one of: RU, UA, US',
      ],
    ],
  ],
  [
    'a source in a document with no sources',
    [
      ['sources', {}],
      ['proposals.p1.sources', []],
    ],
    [
      [
        'positions[0].sources[0]',
        'unknown-reference',
        'unknown source `s1` (not in `sources`); the document has no sources; add it to `sources`',
      ],
    ],
  ],
  [
    'an unknown event',
    [['positions.0.event', 'e9']],
    [
      [
        'positions[0].event',
        'unknown-reference',
        'unknown event `e9` (not in `events`); did you mean `e1`? events are: e1',
      ],
    ],
  ],
  [
    'a term on an unknown issue',
    [['proposals.p1.terms.natto', { value: 'member' }]],
    [
      [
        'proposals.p1.terms.natto',
        'unknown-reference',
        'unknown issue `natto` (not in `issues`); did you mean `nato`? issues are: nato, days, guarantors, iaea',
      ],
    ],
  ],
  [
    'an unknown source of a term',
    [['proposals.p1.terms.days.sources', ['s2']]],
    [
      [
        'proposals.p1.terms.days.sources[0]',
        'unknown-reference',
        'unknown source `s2` (not in `sources`); did you mean `s1`? sources are: s1',
      ],
    ],
  ],
  [
    'a draft based on an unknown draft',
    [['proposals.p1.basedOn', 'p0']],
    [
      [
        'proposals.p1.basedOn',
        'unknown-reference',
        'unknown proposal `p0` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ],
  ],
  [
    'a condition applying to an issue the proposal has no term on',
    [['proposals.p1.conditions', [{ kind: 'other', text: 'x', appliesTo: ['nato'] }]]],
    [
      [
        'proposals.p1.conditions[0].appliesTo[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'a condition applying to an unknown issue',
    [['proposals.p1.conditions', [{ kind: 'other', text: 'x', appliesTo: ['natto'] }]]],
    [
      [
        'proposals.p1.conditions[0].appliesTo[0]',
        'unknown-reference',
        'unknown issue `natto` (not in `issues`); did you mean `nato`? issues are: nato, days, guarantors, iaea',
      ],
    ],
  ],
  [
    'a value condition on an unknown issue',
    [
      [
        'positions.0.conditions',
        [{ kind: 'value', issue: 'natto', in: { kind: 'options', options: ['member'] } }],
      ],
    ],
    [
      [
        'positions[0].conditions[0].issue',
        'unknown-reference',
        'unknown issue `natto` (not in `issues`); did you mean `nato`? issues are: nato, days, guarantors, iaea',
      ],
    ],
  ],
  [
    'a value condition with an unknown option',
    [
      [
        'positions.0.conditions',
        [{ kind: 'value', issue: 'nato', in: { kind: 'options', options: ['membr'] } }],
      ],
    ],
    [
      [
        'positions[0].conditions[0].in.options[0]',
        'out-of-domain',
        'issue `nato` has no option `membr`; did you mean `member`? options are: member, path, neutral',
      ],
    ],
  ],
  [
    'a value condition whose `when` reaches past the domain',
    [
      [
        'positions.0.conditions',
        [
          {
            kind: 'value',
            issue: 'nato',
            in: { kind: 'options', options: ['member'] },
            when: { issue: 'days', in: { kind: 'intervals', intervals: [{ min: 0, max: 100 }] } },
          },
        ],
      ],
    ],
    [
      [
        'positions[0].conditions[0].when.in.intervals[0].max',
        'out-of-domain',
        '100 is above the upper bound 90 of issue `days`; use 90 or less',
      ],
    ],
  ],
  [
    'an acceptance condition by an unknown party on a term the proposal lacks',
    [['positions.0.conditions', [{ kind: 'acceptance', party: 'RUS', proposal: 'p1', issues: ['nato'] }]]],
    [
      [
        'positions[0].conditions[0].party',
        'unknown-reference',
        'unknown party `RUS` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
      [
        'positions[0].conditions[0].issues[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'an acceptance condition on an unknown proposal: its issues are not checked against it',
    [['positions.0.conditions', [{ kind: 'acceptance', party: 'RU', proposal: 'p9', issues: ['nato'] }]]],
    [
      [
        'positions[0].conditions[0].proposal',
        'unknown-reference',
        'unknown proposal `p9` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ],
  ],
  [
    'an acceptance condition of a proposal, on a term it lacks',
    [['proposals.p1.conditions', [{ kind: 'acceptance', party: 'RU', issues: ['nato'] }]]],
    [
      [
        'proposals.p1.conditions[0].issues[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'a sequence with the same issue twice, by an unknown party',
    [['proposals.p1.sequencing', [{ kind: 'sequence', first: 'days', then: 'days', by: 'UKR' }]]],
    [
      [
        'proposals.p1.sequencing[0].then',
        'semantic',
        'a sequence needs two different issues, but `first` and `then` are both `days`; name the step that comes after',
      ],
      [
        'proposals.p1.sequencing[0].by',
        'unknown-reference',
        'unknown party `UKR` (not in `parties`); add it to `parties` or use one of: RU, UA, US',
      ],
    ],
  ],
  [
    'a sequence of unknown issues: not also called a sequence of one issue',
    [['proposals.p1.sequencing', [{ kind: 'sequence', first: 'dayz', then: 'dayz' }]]],
    [
      [
        'proposals.p1.sequencing[0].first',
        'unknown-reference',
        'unknown issue `dayz` (not in `issues`); did you mean `days`? issues are: nato, days, guarantors, iaea',
      ],
      [
        'proposals.p1.sequencing[0].then',
        'unknown-reference',
        'unknown issue `dayz` (not in `issues`); did you mean `days`? issues are: nato, days, guarantors, iaea',
      ],
    ],
  ],
  [
    'a draft based on a later draft',
    [
      ['proposals.p0', proposal({ date: '2025-04-01' })],
      ['proposals.p1.basedOn', 'p0'],
    ],
    [
      [
        'proposals.p1.basedOn',
        'date-order',
        'proposal `p1` (2025-03-11) is based on `p0`, which is dated later (2025-04-01); a draft can only revise an earlier one — check both dates or the `basedOn` id',
      ],
    ],
  ],
  [
    'three drafts based on each other in a loop',
    [
      ['proposals.p1.basedOn', 'p2'],
      ['proposals.p2', proposal({ basedOn: 'p3' })],
      ['proposals.p3', proposal({ basedOn: 'p1' })],
    ],
    [
      [
        'proposals.p1.basedOn',
        'cycle',
        'proposals are based on each other in a loop: `p1` → `p2` → `p3` → `p1`; the first draft of a chain has no `basedOn`',
      ],
    ],
  ],
  [
    'a loop that a draft leads into',
    [
      ['proposals.p1.basedOn', 'p2'],
      ['proposals.p2', proposal({ basedOn: 'p3' })],
      ['proposals.p3', proposal({ basedOn: 'p2' })],
    ],
    [
      [
        'proposals.p2.basedOn',
        'cycle',
        'proposals are based on each other in a loop: `p2` → `p3` → `p2`; the first draft of a chain has no `basedOn`',
      ],
    ],
  ],
  [
    'a draft based on itself',
    [['proposals.p1.basedOn', 'p1']],
    [
      [
        'proposals.p1.basedOn',
        'cycle',
        'proposal `p1` is based on itself; remove `basedOn` or name the earlier draft it revises',
      ],
    ],
  ],
  [
    "a statement event listing another party's position and an unknown one",
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'position-stated',
          date: '2025-03-11',
          party: 'RU',
          positions: ['ua-nato', 'zz'],
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].positions[0]',
        'wrong-party',
        "position `ua-nato` belongs to party `UA`, but this event records a statement by `RU`; list only RU's positions or fix the event's `party`",
      ],
      [
        'events[1].positions[1]',
        'unknown-reference',
        'unknown position `zz` (not in `positions`); add it to `positions` or use one of: ua-nato',
      ],
    ],
  ],
  [
    'a statement event by an unknown party: its positions are not compared with it',
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'position-stated',
          date: '2025-03-11',
          party: 'RUS',
          positions: ['ua-nato'],
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].party',
        'unknown-reference',
        'unknown party `RUS` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
    ],
  ],
  [
    "a tabling before the proposal's date, by an unknown party",
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'proposal-tabled',
          date: '2025-03-10',
          by: ['US', 'SA'],
          proposal: 'p1',
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].date',
        'date-order',
        "this tabling is dated 2025-03-10, before proposal `p1` was tabled (2025-03-11); fix the date here or the proposal's `date`",
      ],
      [
        'events[1].by[1]',
        'unknown-reference',
        'unknown party `SA` (not in `parties`); did you mean `UA`? parties are: RU, UA, US',
      ],
    ],
  ],
  [
    'a response before tabling, on a term the proposal lacks, countering with an unknown draft',
    [
      ['events.0.date', '2025-03-01'],
      ['events.0.terms', ['nato']],
      ['events.0.counter', 'p7'],
    ],
    [
      [
        'events[0].date',
        'date-order',
        "this response is dated 2025-03-01, before proposal `p1` was tabled (2025-03-11); fix the date here or the proposal's `date`",
      ],
      [
        'events[0].terms[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
      [
        'events[0].counter',
        'unknown-reference',
        'unknown proposal `p7` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ],
  ],
  [
    'a conditional acceptance without conditions',
    [['events.0.stance', 'conditionally-accepted']],
    [
      [
        'events[0].conditions',
        'semantic',
        'a conditional acceptance must list its conditions: add `conditions` (kind `other` with a `text` for one the model cannot check) or change `stance` to `accepted`',
      ],
    ],
  ],
  [
    'a condition of a response applying to a term the proposal lacks',
    [
      ['events.0.stance', 'conditionally-accepted'],
      ['events.0.conditions', [{ kind: 'other', text: 'x', appliesTo: ['nato'] }]],
    ],
    [
      [
        'events[0].conditions[0].appliesTo[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'a response to an unknown proposal: its terms are not checked against it',
    [
      ['events.0.proposal', 'p9'],
      ['events.0.terms', ['nato']],
      ['events.0.conditions', [{ kind: 'other', text: 'x', appliesTo: ['nato'] }]],
    ],
    [
      [
        'events[0].proposal',
        'unknown-reference',
        'unknown proposal `p9` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ],
  ],
  [
    'an agreement of one party, on a term the proposal lacks',
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'agreement',
          date: '2025-03-20',
          parties: ['RU', 'RU'],
          proposal: 'p1',
          terms: ['nato'],
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].parties',
        'semantic',
        'an agreement needs at least two parties, but this one lists only `RU`; list every party that agreed',
      ],
      [
        'events[1].terms[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'an agreement of no party',
    [['events.1', { id: 'e2', kind: 'agreement', date: '2025-03-20', parties: [], sources: [] }]],
    [
      [
        'events[1].parties',
        'semantic',
        'an agreement needs at least two parties, but this one lists none; list every party that agreed',
      ],
    ],
  ],
  [
    'an agreement before tabling that expires before it is reached',
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'agreement',
          date: '2025-03-01',
          parties: ['RU', 'UA'],
          proposal: 'p1',
          expires: '2025-02-01',
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].date',
        'date-order',
        "this agreement is dated 2025-03-01, before proposal `p1` was tabled (2025-03-11); fix the date here or the proposal's `date`",
      ],
      [
        'events[1].expires',
        'date-order',
        'the agreement expires (2025-02-01) before it was reached (2025-03-01); fix `expires` or `date`',
      ],
    ],
  ],
  [
    'an alleged violation before tabling, against an unknown party',
    [
      [
        'events.1',
        {
          id: 'e2',
          kind: 'violation-alleged',
          date: '2025-03-01',
          by: 'UA',
          against: 'RUS',
          claim: 'x',
          proposal: 'p1',
          terms: ['nato'],
          sources: [],
        },
      ],
    ],
    [
      [
        'events[1].date',
        'date-order',
        "this alleged violation is dated 2025-03-01, before proposal `p1` was tabled (2025-03-11); fix the date here or the proposal's `date`",
      ],
      [
        'events[1].against',
        'unknown-reference',
        'unknown party `RUS` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
      [
        'events[1].terms[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'an expiry before tabling',
    [
      [
        'events.1',
        { id: 'e2', kind: 'term-expired', date: '2025-03-01', proposal: 'p1', terms: ['nato'], sources: [] },
      ],
    ],
    [
      [
        'events[1].date',
        'date-order',
        "this expiry is dated 2025-03-01, before proposal `p1` was tabled (2025-03-11); fix the date here or the proposal's `date`",
      ],
      [
        'events[1].terms[0]',
        'unknown-reference',
        'proposal `p1` has no term on issue `nato`; its terms are: days',
      ],
    ],
  ],
  [
    'a meeting with an unknown party',
    [['events.1', { id: 'e2', kind: 'meeting', date: '2025-03-01', parties: ['RU', 'EU'], sources: [] }]],
    [
      [
        'events[1].parties[1]',
        'unknown-reference',
        'unknown party `EU` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
    ],
  ],
  [
    'a statement that reuses an event id, ends before it starts and names unknown ids',
    [
      [
        'events.1',
        {
          id: 'e1',
          kind: 'statement',
          date: '2025-03-01',
          party: 'UA',
          issues: ['natto'],
          sources: ['s9'],
          endDate: '2025-02-01',
        },
      ],
    ],
    [
      [
        'events[1].id',
        'duplicate-id',
        'event id `e1` is already used by events[0]; give each event its own id',
      ],
      [
        'events[1].issues[0]',
        'unknown-reference',
        'unknown issue `natto` (not in `issues`); did you mean `nato`? issues are: nato, days, guarantors, iaea',
      ],
      [
        'events[1].sources[0]',
        'unknown-reference',
        'unknown source `s9` (not in `sources`); did you mean `s1`? sources are: s1',
      ],
      [
        'events[1].endDate',
        'date-order',
        'the event ends (2025-02-01) before it starts (2025-03-01); fix `endDate` or `date`',
      ],
    ],
  ],
]

describe('the semantic checks', () => {
  it('accept the document the cases start from', () => {
    expect(problems(edited([]))).toEqual([])
  })

  it.each(cases)('report %s', (_, edits, expected) => {
    expect(problems(edited(edits))).toEqual(expected)
  })
})

describe('suggestions for an unknown id', () => {
  const message = (options: ReadonlyArray<string>, ideal: string): string | undefined => {
    const r = Load.decode(
      edited([
        ['issues.nato.domain.options', options.map((id) => ({ id, label: id }))],
        ['positions.0.ideal', ideal],
      ]),
    )
    return r._tag === 'Left' ? r.left[0]?.message : undefined
  }

  it('name the closest id, and the first of equally close ones', () => {
    expect(message(['path', 'part'], 'pat')).toBe(
      'issue `nato` has no option `pat`; did you mean `path`? options are: path, part',
    )
    expect(message(['part', 'path'], 'pat')).toBe(
      'issue `nato` has no option `pat`; did you mean `part`? options are: part, path',
    )
    expect(message(['ceasefire', 'ceasfire'], 'ceasefir')).toBe(
      'issue `nato` has no option `ceasefir`; did you mean `ceasefire`? options are: ceasefire, ceasfire',
    )
  })

  it('count two swapped letters as one slip, and ignore case', () => {
    expect(message(['east', 'west'], 'eats')).toBe(
      'issue `nato` has no option `eats`; did you mean `east`? options are: east, west',
    )
    expect(problems(edited([['positions.0.party', 'ua']]))).toEqual([
      [
        'positions[0].party',
        'unknown-reference',
        'unknown party `ua` (not in `parties`); did you mean `UA`? parties are: RU, UA, US',
      ],
    ])
  })

  it('allow about one slip per three letters, and suggest nothing beyond', () => {
    expect(message(['membership', 'path'], 'membrship')).toBe(
      'issue `nato` has no option `membrship`; did you mean `membership`? options are: membership, path',
    )
    expect(message(['membership', 'path'], 'mmbrshp')).toBe(
      'issue `nato` has no option `mmbrshp`; options are: membership, path',
    )
  })

  it('list at most 20 ids, then say how many more there are', () => {
    const parties = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [
        `P${String(i + 1).padStart(2, '0')}`,
        { name: 'P', role: 'observer' },
      ]),
    )
    const listed = Object.keys(parties).slice(0, 20).join(', ')
    expect(
      problems(
        edited([
          ['parties', parties],
          ['positions.0.party', 'XYZ'],
          ['proposals.p1.tabledBy', ['P01']],
          ['events', []],
        ]),
      ),
    ).toEqual([
      [
        'positions[0].party',
        'unknown-reference',
        `unknown party \`XYZ\` (not in \`parties\`); add it to \`parties\` or use one of: ${listed}, … (5 more)`,
      ],
    ])
  })
})

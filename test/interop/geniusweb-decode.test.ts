import { either as E } from 'fp-ts'
import { describe, expect, test } from 'vitest'
import { decodeDomain, decodeProfile, type GeniusWebProblem } from '../../src/interop/geniusweb-decode'
import { deepFreeze } from '../../src/internal/freeze'

// -------------------------------------------------------------------------------------
// fixtures: a valid domain and profile, and ways to break one part of them
// -------------------------------------------------------------------------------------

const car = { values: ['none', 'small'] }
const salary = { range: { low: 3000, high: 5000, step: 500 } }
const domain = { name: 'jobs', issuesValues: { car, salary } }
const carUtilities = { DiscreteValueSetUtilities: { valueUtilities: { none: 0, small: 1 } } }
const salaryUtilities = {
  NumberValueSetUtilities: { lowValue: 3000, lowUtility: 0, highValue: 5000, highUtility: 1 },
}
const space = {
  name: 'employee',
  domain,
  issueWeights: { car: 0.4, salary: 0.6 },
  issueUtilities: { car: carUtilities, salary: salaryUtilities },
}

/** The valid profile with some fields of its utility space replaced. */
const profile = (patch: Readonly<Record<string, unknown>>) => ({
  LinearAdditiveUtilitySpace: { ...space, ...patch },
})
/** A domain named `jobs` with these issues. */
const issues = (issuesValues: Readonly<Record<string, unknown>>) => ({ name: 'jobs', issuesValues })
/** The valid profile with these utilities for `car`. */
const carUtil = (u: unknown) => profile({ issueUtilities: { car: u, salary: salaryUtilities } })
/** The valid profile with these utilities for `salary`. */
const salaryUtil = (u: unknown) => profile({ issueUtilities: { car: carUtilities, salary: u } })
/** The valid profile with this reservation bid. */
const bid = (reservationBid: unknown) => profile({ reservationBid })

const p = (path: string, code: GeniusWebProblem['code'], message: string): GeniusWebProblem => ({
  path,
  code,
  message,
})

type Cases = ReadonlyArray<readonly [string, unknown, readonly GeniusWebProblem[]]>

// -------------------------------------------------------------------------------------
// malformed input: every problem, with its exact path, code and message, in order
// -------------------------------------------------------------------------------------

const malformedDomains: Cases = [
  [
    'numbers written as text that JSON would not write (hex, Infinity, a leading +)',
    issues({ salary: { range: { low: '0x10', high: 'Infinity', step: '+1' } } }),
    [
      p('issuesValues.salary.range.low', 'type', 'expected low (a number), got the string "0x10"'),
      p('issuesValues.salary.range.high', 'type', 'expected high (a number), got the string "Infinity"'),
      p('issuesValues.salary.range.step', 'type', 'expected step (a number), got the string "+1"'),
    ],
  ],
  [
    'an issue with both values and a range',
    issues({ car: { values: ['none'], range: { low: 0, high: 1, step: 1 } } }),
    [
      p(
        'issuesValues.car',
        'contradiction',
        'the issue has both `values` and `range`; give one: a list of values or a number range',
      ),
    ],
  ],
  [
    'JSON text that ends early',
    '{ "name": ',
    [p('$', 'syntax', 'the text is not valid JSON (Unexpected end of JSON input)')],
  ],
  [
    'JSON text of a string',
    '"jobs"',
    [
      p(
        '$',
        'type',
        'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got the string "jobs"',
      ),
    ],
  ],
  [
    'a number',
    5,
    [p('$', 'type', 'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got number 5')],
  ],
  [
    'null',
    null,
    [p('$', 'type', 'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got null')],
  ],
  [
    'a list',
    [],
    [p('$', 'type', 'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got a list')],
  ],
  [
    'a boolean',
    true,
    [
      p(
        '$',
        'type',
        'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got boolean true',
      ),
    ],
  ],
  [
    'undefined',
    undefined,
    [p('$', 'type', 'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got undefined')],
  ],
  [
    'a bigint',
    10n,
    [p('$', 'type', 'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got bigint 10')],
  ],
  [
    'no name and no issues',
    {},
    [
      p('name', 'missing', 'missing `name` (the domain name)'),
      p('issuesValues', 'missing', 'missing `issuesValues` (the issues and their values)'),
    ],
  ],
  [
    'a name that is a number, issues that are a list',
    { name: 5, issuesValues: [] },
    [
      p('name', 'type', 'expected the domain name (a string), got number 5'),
      p('issuesValues', 'type', 'expected the issues and their values (a JSON object), got a list'),
    ],
  ],
  [
    'a blank name and no issues',
    { name: '  ', issuesValues: {} },
    [
      p('name', 'empty', 'the domain name is empty; give it a name'),
      p('issuesValues', 'empty', 'the domain has no issues'),
    ],
  ],
  [
    'an empty name',
    { name: '', issuesValues: { car } },
    [p('name', 'empty', 'the domain name is empty; give it a name')],
  ],
  [
    'an issue named __proto__',
    JSON.parse('{"name":"jobs","issuesValues":{"__proto__":{"values":["z"]}}}'),
    [p('issuesValues.__proto__', 'hostile-key', 'the key `__proto__` is never accepted; rename it')],
  ],
  [
    'a key constructor',
    { constructor: 'x', name: 'jobs', issuesValues: { car } },
    [p('constructor', 'hostile-key', 'the key `constructor` is never accepted; rename it')],
  ],
  [
    'issue values that are a number',
    issues({ car: 5 }),
    [p('issuesValues.car', 'type', 'expected the values of an issue (a JSON object), got number 5')],
  ],
  [
    'issue values without values or range',
    issues({ car: {} }),
    [p('issuesValues.car', 'missing', 'an issue needs `values` (a list) or `range` (`{ low, high, step }`)')],
  ],
  [
    'values that are a string',
    issues({ car: { values: 'none' } }),
    [p('issuesValues.car.values', 'type', 'expected a list of values, got the string "none"')],
  ],
  [
    'values that are a 41-character string',
    issues({ car: { values: 'n'.repeat(41) } }),
    [
      p(
        'issuesValues.car.values',
        'type',
        'expected a list of values, got the string "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn..."',
      ),
    ],
  ],
  [
    'values that are an object',
    issues({ car: { values: { none: 1 } } }),
    [p('issuesValues.car.values', 'type', 'expected a list of values, got an object')],
  ],
  [
    'values that are undefined',
    issues({ car: { values: undefined } }),
    [p('issuesValues.car.values', 'type', 'expected a list of values, got undefined')],
  ],
  [
    'no values',
    issues({ car: { values: [] } }),
    [p('issuesValues.car.values', 'empty', 'an issue needs at least one value')],
  ],
  [
    'values that are not strings',
    issues({ car: { values: [1, true] } }),
    [
      p('issuesValues.car.values[0]', 'type', 'expected a discrete value (a string), got number 1'),
      p('issuesValues.car.values[1]', 'type', 'expected a discrete value (a string), got boolean true'),
    ],
  ],
  [
    'a blank value, a duplicate, a null and a function',
    issues({ car: { values: ['none', ' ', 'none', null, () => 'small'] } }),
    [
      p('issuesValues.car.values[1]', 'empty', 'a discrete value is empty; give it a name'),
      p('issuesValues.car.values[2]', 'duplicate-id', 'the value "none" is listed twice'),
      p('issuesValues.car.values[3]', 'type', 'expected a discrete value (a string), got null'),
      p('issuesValues.car.values[4]', 'type', 'expected a discrete value (a string), got function'),
    ],
  ],
  [
    'a range that is a list',
    issues({ salary: { range: [] } }),
    [
      p(
        'issuesValues.salary.range',
        'type',
        'expected a number range `{ low, high, step }` (a JSON object), got a list',
      ),
    ],
  ],
  [
    'a range without bounds or step',
    issues({ salary: { range: {} } }),
    [
      p('issuesValues.salary.range.low', 'missing', 'missing `low` (the lowest number)'),
      p('issuesValues.salary.range.high', 'missing', 'missing `high` (the highest number)'),
      p('issuesValues.salary.range.step', 'missing', 'missing `step` (the step between numbers)'),
    ],
  ],
  [
    'bounds that are 40- and 41-character strings, a boolean step',
    issues({ salary: { range: { low: 'l'.repeat(40), high: 'h'.repeat(41), step: true } } }),
    [
      p(
        'issuesValues.salary.range.low',
        'type',
        'expected low (a number), got the string "llllllllllllllllllllllllllllllllllllllll"',
      ),
      p(
        'issuesValues.salary.range.high',
        'type',
        'expected high (a number), got the string "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh..."',
      ),
      p('issuesValues.salary.range.step', 'type', 'expected step (a number), got boolean true'),
    ],
  ],
  [
    'non-finite bounds and a null step',
    issues({ salary: { range: { low: Infinity, high: NaN, step: null } } }),
    [
      p('issuesValues.salary.range.low', 'non-finite', 'low must be a finite number'),
      p('issuesValues.salary.range.high', 'non-finite', 'high must be a finite number'),
      p('issuesValues.salary.range.step', 'type', 'expected step (a number), got null'),
    ],
  ],
  [
    'a blank low, a high with a space inside, a bigint step',
    issues({ salary: { range: { low: '  ', high: '5 000', step: 10n } } }),
    [
      p('issuesValues.salary.range.low', 'type', 'expected low (a number), got the string "  "'),
      p('issuesValues.salary.range.high', 'type', 'expected high (a number), got the string "5 000"'),
      p('issuesValues.salary.range.step', 'type', 'expected step (a number), got bigint 10'),
    ],
  ],
  [
    'a step that is the string Infinity',
    issues({ salary: { range: { low: 3000, high: 5000, step: 'Infinity' } } }),
    [p('issuesValues.salary.range.step', 'type', 'expected step (a number), got the string "Infinity"')],
  ],
  [
    'a step that is undefined',
    issues({ salary: { range: { low: 3000, high: 5000, step: undefined } } }),
    [p('issuesValues.salary.range.step', 'type', 'expected step (a number), got undefined')],
  ],
  [
    'no low (and a zero step)',
    issues({ salary: { range: { high: 5000, step: 0 } } }),
    [p('issuesValues.salary.range.low', 'missing', 'missing `low` (the lowest number)')],
  ],
  [
    'no high (and a zero step)',
    issues({ salary: { range: { low: 3000, step: 0 } } }),
    [p('issuesValues.salary.range.high', 'missing', 'missing `high` (the highest number)')],
  ],
  [
    'no step (and bounds the wrong way round)',
    issues({ salary: { range: { low: 5000, high: 3000 } } }),
    [p('issuesValues.salary.range.step', 'missing', 'missing `step` (the step between numbers)')],
  ],
  [
    'bounds the wrong way round',
    issues({ salary: { range: { low: 5000, high: 3000, step: 500 } } }),
    [p('issuesValues.salary.range', 'bad-range', 'the range runs from 5000 down to 3000; swap them')],
  ],
  [
    'a zero step',
    issues({ salary: { range: { low: 3000, high: 5000, step: 0 } } }),
    [p('issuesValues.salary.range.step', 'out-of-range', 'the step must be positive, got 0')],
  ],
  [
    'a negative step',
    issues({ salary: { range: { low: 3000, high: 5000, step: '-500' } } }),
    [p('issuesValues.salary.range.step', 'out-of-range', 'the step must be positive, got -500')],
  ],
  [
    'two bad issues, reported in order',
    issues({ car: { values: [] }, salary: { range: { low: 1, high: 0, step: 1 } } }),
    [
      p('issuesValues.car.values', 'empty', 'an issue needs at least one value'),
      p('issuesValues.salary.range', 'bad-range', 'the range runs from 1 down to 0; swap them'),
    ],
  ],
]

const malformedProfiles: Cases = [
  [
    'JSON text that ends early',
    '{ "name": ',
    [p('$', 'syntax', 'the text is not valid JSON (Unexpected end of JSON input)')],
  ],
  [
    'a number',
    5,
    [
      p(
        '$',
        'type',
        'expected a GeniusWeb profile `{ "LinearAdditiveUtilitySpace": { ... } }` (a JSON object), got number 5',
      ),
    ],
  ],
  [
    'no kind',
    {},
    [
      p(
        '$',
        'unknown-kind',
        'expected one key `LinearAdditiveUtilitySpace`, got none; only linear-additive profiles can be read',
      ),
    ],
  ],
  [
    'another kind of space',
    { UtilitySpace: {} },
    [
      p(
        '$',
        'unknown-kind',
        'expected one key `LinearAdditiveUtilitySpace`, got `UtilitySpace`; only linear-additive profiles can be read',
      ),
    ],
  ],
  [
    'a second key next to the space',
    { LinearAdditiveUtilitySpace: space, extra: 1 },
    [
      p(
        '$',
        'unknown-kind',
        'expected one key `LinearAdditiveUtilitySpace`, got `LinearAdditiveUtilitySpace`, `extra`; only linear-additive profiles can be read',
      ),
    ],
  ],
  [
    'a key __proto__ at the top',
    JSON.parse('{"__proto__":{}}'),
    [p('__proto__', 'hostile-key', 'the key `__proto__` is never accepted; rename it')],
  ],
  [
    'a space that is a list',
    { LinearAdditiveUtilitySpace: [] },
    [p('LinearAdditiveUtilitySpace', 'type', 'expected the utility space (a JSON object), got a list')],
  ],
  [
    'an empty space',
    { LinearAdditiveUtilitySpace: {} },
    [
      p('LinearAdditiveUtilitySpace.name', 'missing', 'missing `name` (the profile name)'),
      p('LinearAdditiveUtilitySpace.domain', 'missing', 'missing `domain` (the domain)'),
      p('LinearAdditiveUtilitySpace.issueWeights', 'missing', 'missing `issueWeights` (a weight per issue)'),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities',
        'missing',
        'missing `issueUtilities` (the utilities of each issue)',
      ),
    ],
  ],
  [
    'fields of the wrong type',
    profile({ name: 5, domain: 5, issueWeights: [], issueUtilities: null }),
    [
      p('LinearAdditiveUtilitySpace.name', 'type', 'expected the profile name (a string), got number 5'),
      p(
        'LinearAdditiveUtilitySpace.domain',
        'type',
        'expected a GeniusWeb domain `{ name, issuesValues }` (a JSON object), got number 5',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueWeights',
        'type',
        'expected a weight per issue (a JSON object), got a list',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities',
        'type',
        'expected the utilities of each issue (a JSON object), got null',
      ),
    ],
  ],
  [
    'a blank name',
    profile({ name: ' ' }),
    [p('LinearAdditiveUtilitySpace.name', 'empty', 'the profile name is empty; give it a name')],
  ],
  [
    'a domain with an issue without values',
    profile({ domain: issues({ car: { values: [] }, salary }) }),
    [
      p(
        'LinearAdditiveUtilitySpace.domain.issuesValues.car.values',
        'empty',
        'an issue needs at least one value',
      ),
    ],
  ],
  [
    'a domain without a name',
    profile({ domain: { issuesValues: { car, salary } } }),
    [p('LinearAdditiveUtilitySpace.domain.name', 'missing', 'missing `name` (the domain name)')],
  ],
  [
    'weights outside 0 to 1',
    profile({ issueWeights: { car: 1.5, salary: -0.5 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights.car',
        'out-of-range',
        'the weight of "car" must lie between 0 and 1, got 1.5',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueWeights.salary',
        'out-of-range',
        'the weight of "salary" must lie between 0 and 1, got -0.5',
      ),
    ],
  ],
  [
    'a weight that is a word',
    profile({ issueWeights: { car: 'heavy', salary: 0.6 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights.car',
        'type',
        'expected the weight of "car" (a number), got the string "heavy"',
      ),
    ],
  ],
  [
    'a weight named constructor',
    profile({ issueWeights: { car: 0.4, salary: 0.6, constructor: 0 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights.constructor',
        'hostile-key',
        'the key `constructor` is never accepted; rename it',
      ),
    ],
  ],
  [
    'utilities that are a number',
    carUtil(5),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'type',
        'expected the utilities of an issue (a JSON object), got number 5',
      ),
    ],
  ],
  [
    'utilities of no known kind',
    carUtil({}),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'unknown-kind',
        'expected `DiscreteValueSetUtilities` (or `discreteutils`) or `NumberValueSetUtilities` (or `numberutils`)',
      ),
    ],
  ],
  [
    'utilities of another kind',
    carUtil({ PieceWiseUtilities: {} }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'unknown-kind',
        'expected `DiscreteValueSetUtilities` (or `discreteutils`) or `NumberValueSetUtilities` (or `numberutils`)',
      ),
    ],
  ],
  [
    'discrete utilities that are a number',
    carUtil({ DiscreteValueSetUtilities: 5 }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.DiscreteValueSetUtilities',
        'type',
        'expected discrete utilities `{ valueUtilities }` (a JSON object), got number 5',
      ),
    ],
  ],
  [
    'discrete utilities in the older spelling that are a list',
    carUtil({ discreteutils: [] }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.discreteutils',
        'type',
        'expected discrete utilities `{ valueUtilities }` (a JSON object), got a list',
      ),
    ],
  ],
  [
    'discrete utilities without valueUtilities',
    carUtil({ discreteutils: {} }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.discreteutils.valueUtilities',
        'missing',
        'missing `valueUtilities` (a utility per value)',
      ),
    ],
  ],
  [
    'valueUtilities that are a list',
    carUtil({ DiscreteValueSetUtilities: { valueUtilities: [] } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.DiscreteValueSetUtilities.valueUtilities',
        'type',
        'expected a utility per value (a JSON object), got a list',
      ),
    ],
  ],
  [
    'value utilities out of range or not numbers (older spelling)',
    carUtil({ discreteutils: { valueUtilities: { none: 2, small: 'x' } } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.discreteutils.valueUtilities.none',
        'out-of-range',
        'the utility of "none" must lie between 0 and 1, got 2',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.discreteutils.valueUtilities.small',
        'type',
        'expected the utility of "small" (a number), got the string "x"',
      ),
    ],
  ],
  [
    'a negative value utility',
    carUtil({ DiscreteValueSetUtilities: { valueUtilities: { none: -0.1, small: 1 } } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car.DiscreteValueSetUtilities.valueUtilities.none',
        'out-of-range',
        'the utility of "none" must lie between 0 and 1, got -0.1',
      ),
    ],
  ],
  [
    'number utilities in the older spelling that are a number',
    salaryUtil({ numberutils: 5 }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils',
        'type',
        'expected number utilities `{ lowValue, lowUtility, highValue, highUtility }` (a JSON object), got number 5',
      ),
    ],
  ],
  [
    'number utilities without any field',
    salaryUtil({ NumberValueSetUtilities: {} }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.lowValue',
        'missing',
        'missing `lowValue` (the low end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.highValue',
        'missing',
        'missing `highValue` (the high end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.lowUtility',
        'missing',
        'missing `lowUtility` (the utility at the low end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.highUtility',
        'missing',
        'missing `highUtility` (the utility at the high end)',
      ),
    ],
  ],
  [
    'number utilities without any field (older spelling)',
    salaryUtil({ numberutils: {} }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils.lowValue',
        'missing',
        'missing `lowValue` (the low end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils.highValue',
        'missing',
        'missing `highValue` (the high end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils.lowUtility',
        'missing',
        'missing `lowUtility` (the utility at the low end)',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils.highUtility',
        'missing',
        'missing `highUtility` (the utility at the high end)',
      ),
    ],
  ],
  [
    'number utilities of the wrong types and out of range',
    salaryUtil({
      NumberValueSetUtilities: { lowValue: 'low', highValue: null, lowUtility: 2, highUtility: -1 },
    }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.lowValue',
        'type',
        'expected lowValue (a number), got the string "low"',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.highValue',
        'type',
        'expected highValue (a number), got null',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.lowUtility',
        'out-of-range',
        'lowUtility must lie between 0 and 1, got 2',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.highUtility',
        'out-of-range',
        'highUtility must lie between 0 and 1, got -1',
      ),
    ],
  ],
  [
    'number utilities with highValue equal to lowValue',
    salaryUtil({
      NumberValueSetUtilities: { lowValue: 5000, lowUtility: 0, highValue: 5000, highUtility: 1 },
    }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities',
        'bad-range',
        'highValue (5000) must be above lowValue (5000)',
      ),
    ],
  ],
  [
    'number utilities with highValue below lowValue',
    salaryUtil({ numberutils: { lowValue: 5000, lowUtility: 0, highValue: 3000, highUtility: 1 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.numberutils',
        'bad-range',
        'highValue (3000) must be above lowValue (5000)',
      ),
    ],
  ],
  [
    'no lowUtility (and values the wrong way round)',
    salaryUtil({ NumberValueSetUtilities: { lowValue: 5000, highValue: 3000, highUtility: 1 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.lowUtility',
        'missing',
        'missing `lowUtility` (the utility at the low end)',
      ),
    ],
  ],
  [
    'no highUtility (and values the wrong way round)',
    salaryUtil({ NumberValueSetUtilities: { lowValue: 5000, highValue: 3000, lowUtility: 0 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary.NumberValueSetUtilities.highUtility',
        'missing',
        'missing `highUtility` (the utility at the high end)',
      ),
    ],
  ],
  [
    'no weight for an issue',
    profile({ issueWeights: { car: 1 } }),
    [p('LinearAdditiveUtilitySpace.issueWeights.salary', 'missing', 'no weight for issue "salary"')],
  ],
  [
    'no utilities for an issue',
    profile({ issueUtilities: { car: carUtilities } }),
    [p('LinearAdditiveUtilitySpace.issueUtilities.salary', 'missing', 'no utilities for issue "salary"')],
  ],
  [
    'utilities of the other kind for both issues',
    profile({ issueUtilities: { car: salaryUtilities, salary: carUtilities } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'out-of-domain',
        'issue "car" has discrete values but number utilities',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary',
        'out-of-domain',
        'issue "salary" has number values but discrete utilities',
      ),
    ],
  ],
  [
    'utilities for values the issue does not have',
    carUtil({ DiscreteValueSetUtilities: { valueUtilities: { none: 0, small: 1, big: 1, huge: 1 } } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'unknown-reference',
        'issue "car" has no value "big"; values are: "none", "small"',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'unknown-reference',
        'issue "car" has no value "huge"; values are: "none", "small"',
      ),
    ],
  ],
  [
    'a weight for an issue the domain does not have',
    profile({ issueWeights: { car: 0.4, salary: 0.6, bonus: 0 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights.bonus',
        'unknown-reference',
        'the domain has no issue "bonus"',
      ),
    ],
  ],
  [
    'utilities for an issue the domain does not have',
    profile({ issueUtilities: { car: carUtilities, salary: salaryUtilities, bonus: carUtilities } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.bonus',
        'unknown-reference',
        'the domain has no issue "bonus"',
      ),
    ],
  ],
  [
    'weights that add up to 0.9',
    profile({ issueWeights: { car: 0.4, salary: 0.5 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights',
        'out-of-range',
        'the issue weights must add up to 1; they add up to 0.9',
      ),
    ],
  ],
  [
    'weights that add up to 1.00001',
    profile({ issueWeights: { car: 0.4, salary: 0.60001 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueWeights',
        'out-of-range',
        'the issue weights must add up to 1; they add up to 1.00001',
      ),
    ],
  ],
  [
    'several problems at once, in order',
    profile({ issueWeights: { car: 0.3 }, issueUtilities: { salary: carUtilities, bonus: carUtilities } }),
    [
      p('LinearAdditiveUtilitySpace.issueUtilities.car', 'missing', 'no utilities for issue "car"'),
      p('LinearAdditiveUtilitySpace.issueWeights.salary', 'missing', 'no weight for issue "salary"'),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.salary',
        'out-of-domain',
        'issue "salary" has number values but discrete utilities',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.bonus',
        'unknown-reference',
        'the domain has no issue "bonus"',
      ),
      p(
        'LinearAdditiveUtilitySpace.issueWeights',
        'out-of-range',
        'the issue weights must add up to 1; they add up to 0.3',
      ),
    ],
  ],
  [
    'a reservation bid that is a number',
    bid(5),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid',
        'type',
        'expected a bid `{ issuevalues }` (a JSON object), got number 5',
      ),
    ],
  ],
  [
    'a reservation bid that is a list',
    bid(['none']),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid',
        'type',
        'expected a bid `{ issuevalues }` (a JSON object), got a list',
      ),
    ],
  ],
  [
    'a reservation bid without issuevalues',
    bid({}),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues',
        'missing',
        'missing `issuevalues` (the values of the bid)',
      ),
    ],
  ],
  [
    'issuevalues that are a list',
    bid({ issuevalues: [] }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues',
        'type',
        'expected the values of the bid (a JSON object), got a list',
      ),
    ],
  ],
  [
    'a bid for an issue the domain does not have',
    bid({ issuevalues: { bonus: 1, car: 'none' } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.bonus',
        'unknown-reference',
        'the domain has no issue "bonus"',
      ),
    ],
  ],
  [
    'a bid with a value the issue does not have, and a word for a number',
    bid({ issuevalues: { car: 'big', salary: 'lots' } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.car',
        'out-of-domain',
        'the string "big" is not a value of "car"; values are: "none", "small"',
      ),
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary',
        'type',
        'expected the value of "salary" (a number), got the string "lots"',
      ),
    ],
  ],
  [
    'a bid with a number for a discrete issue',
    bid({ issuevalues: { car: 5, salary: true } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.car',
        'out-of-domain',
        'number 5 is not a value of "car"; values are: "none", "small"',
      ),
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary',
        'type',
        'expected the value of "salary" (a number), got boolean true',
      ),
    ],
  ],
  [
    'a bid below the range',
    bid({ issuevalues: { salary: 2999 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary',
        'out-of-domain',
        '2999 lies outside "salary"\'s range 3000 to 5000',
      ),
    ],
  ],
  [
    'a bid above the range',
    bid({ issuevalues: { salary: '5000.5' } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary',
        'out-of-domain',
        '5000.5 lies outside "salary"\'s range 3000 to 5000',
      ),
    ],
  ],
  [
    'a bid with a key __proto__',
    bid(JSON.parse('{"issuevalues":{"__proto__":"none"}}')),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.__proto__',
        'hostile-key',
        'the key `__proto__` is never accepted; rename it',
      ),
    ],
  ],
  [
    'a bid between two values of a range',
    bid({ issuevalues: { salary: 3001 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.salary',
        'out-of-domain',
        '3001 is not a value of "salary": its values go from 3000 in steps of 500',
      ),
    ],
  ],
  [
    'utilities given in two forms',
    carUtil({ ...carUtilities, NumberValueSetUtilities: salaryUtilities.NumberValueSetUtilities }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'contradiction',
        'the utilities are given twice (`DiscreteValueSetUtilities`, `NumberValueSetUtilities`); give one',
      ),
    ],
  ],
  [
    'utilities given in both spellings',
    carUtil({ ...carUtilities, discreteutils: { valueUtilities: { none: 0, small: 1 } } }),
    [
      p(
        'LinearAdditiveUtilitySpace.issueUtilities.car',
        'contradiction',
        'the utilities are given twice (`DiscreteValueSetUtilities`, `discreteutils`); give one',
      ),
    ],
  ],
  [
    'problems of the bid are reported with the others',
    profile({ name: '', reservationBid: 5 }),
    [
      p('LinearAdditiveUtilitySpace.name', 'empty', 'the profile name is empty; give it a name'),
      p(
        'LinearAdditiveUtilitySpace.reservationBid',
        'type',
        'expected a bid `{ issuevalues }` (a JSON object), got number 5',
      ),
    ],
  ],
  // issues named after what every object inherits are looked up as the document's own keys only
  [
    'an issue called toString with no weight',
    profile({
      domain: issues({ toString: { values: ['a'] }, car: { values: ['b'] } }),
      issueWeights: { car: 1 },
      issueUtilities: {
        toString: { DiscreteValueSetUtilities: { valueUtilities: { a: 1 } } },
        car: { DiscreteValueSetUtilities: { valueUtilities: { b: 1 } } },
      },
    }),
    [p('LinearAdditiveUtilitySpace.issueWeights.toString', 'missing', 'no weight for issue "toString"')],
  ],
  [
    'an issue called toString with no utilities',
    profile({
      domain: issues({ toString: { values: ['a'] }, car: { values: ['b'] } }),
      issueWeights: { car: 0.5, toString: 0.5 },
      issueUtilities: { car: { DiscreteValueSetUtilities: { valueUtilities: { b: 1 } } } },
    }),
    [p('LinearAdditiveUtilitySpace.issueUtilities.toString', 'missing', 'no utilities for issue "toString"')],
  ],
  [
    'a reservation bid on an issue called valueOf that the domain does not have',
    bid({ issuevalues: { valueOf: 3 } }),
    [
      p(
        'LinearAdditiveUtilitySpace.reservationBid.issuevalues.valueOf',
        'unknown-reference',
        'the domain has no issue "valueOf"',
      ),
    ],
  ],
]

describe('decodeDomain on malformed input', () => {
  test.each(malformedDomains)('%s', (_, input, expected) => {
    expect(decodeDomain(deepFreeze(input))).toStrictEqual(E.left(expected))
  })
})

describe('decodeProfile on malformed input', () => {
  test.each(malformedProfiles)('%s', (_, input, expected) => {
    expect(decodeProfile(deepFreeze(input))).toStrictEqual(E.left(expected))
  })
})

// -------------------------------------------------------------------------------------
// well-formed input: the exact value read
// -------------------------------------------------------------------------------------

const jobs = {
  name: 'jobs',
  issues: {
    car: { kind: 'discrete', values: ['none', 'small'] },
    salary: { kind: 'number', low: 3000, high: 5000, step: 500 },
  },
}

const employee = {
  name: 'employee',
  domain: jobs,
  weights: { car: 0.4, salary: 0.6 },
  utilities: {
    car: { kind: 'discrete', utilities: { none: 0, small: 1 } },
    salary: { kind: 'number', lowValue: 3000, lowUtility: 0, highValue: 5000, highUtility: 1 },
  },
}

describe('decodeDomain on well-formed input', () => {
  test('reads the name and each issue, discrete values in their order', () => {
    expect(decodeDomain(deepFreeze(domain))).toStrictEqual(E.right(jobs))
  })

  test('reads JSON text the same way', () => {
    expect(decodeDomain(JSON.stringify(domain))).toStrictEqual(E.right(jobs))
  })

  test('reads numbers written as text, with spaces around them', () => {
    const text = issues({ salary: { range: { low: ' 3000 ', high: '5000', step: '0.5' } } })
    expect(decodeDomain(deepFreeze(text))).toStrictEqual(
      E.right({ name: 'jobs', issues: { salary: { kind: 'number', low: 3000, high: 5000, step: 0.5 } } }),
    )
  })

  test('accepts a range of one number (low equal to high)', () => {
    expect(
      decodeDomain(deepFreeze(issues({ salary: { range: { low: 4000, high: 4000, step: 1 } } }))),
    ).toStrictEqual(
      E.right({ name: 'jobs', issues: { salary: { kind: 'number', low: 4000, high: 4000, step: 1 } } }),
    )
  })

  test('accepts a single discrete value', () => {
    expect(decodeDomain(deepFreeze(issues({ car: { values: ['none'] } })))).toStrictEqual(
      E.right({ name: 'jobs', issues: { car: { kind: 'discrete', values: ['none'] } } }),
    )
  })
})

describe('decodeProfile on well-formed input', () => {
  test('reads name, domain, weights and utilities; no reservation bid when there is none', () => {
    const r = decodeProfile(deepFreeze(profile({})))
    expect(r).toStrictEqual(E.right(employee))
    expect(E.isRight(r) && 'reservationBid' in r.right).toBe(false)
  })

  test('a null reservation bid means none', () => {
    const r = decodeProfile(deepFreeze(bid(null)))
    expect(r).toStrictEqual(E.right(employee))
    expect(E.isRight(r) && 'reservationBid' in r.right).toBe(false)
  })

  test('reads a reservation bid at the low end of a range', () => {
    expect(decodeProfile(deepFreeze(bid({ issuevalues: { car: 'small', salary: 3000 } })))).toStrictEqual(
      E.right({ ...employee, reservationBid: { car: 'small', salary: 3000 } }),
    )
  })

  test('reads a reservation bid at the high end of a range, written as text', () => {
    expect(decodeProfile(deepFreeze(bid({ issuevalues: { salary: '5000' } })))).toStrictEqual(
      E.right({ ...employee, reservationBid: { salary: 5000 } }),
    )
  })

  test('reads a reservation bid with no values', () => {
    expect(decodeProfile(deepFreeze(bid({ issuevalues: {} })))).toStrictEqual(
      E.right({ ...employee, reservationBid: {} }),
    )
  })

  test('reads the older spelling (discreteutils, numberutils) the same way', () => {
    const older = profile({
      issueUtilities: {
        car: { discreteutils: carUtilities.DiscreteValueSetUtilities },
        salary: { numberutils: salaryUtilities.NumberValueSetUtilities },
      },
    })
    expect(decodeProfile(deepFreeze(older))).toStrictEqual(E.right(employee))
  })

  test('reads weights and utilities written as text', () => {
    const text = profile({
      issueWeights: { car: '0.4', salary: '0.6' },
      issueUtilities: {
        car: { DiscreteValueSetUtilities: { valueUtilities: { none: '0', small: '1' } } },
        salary: {
          NumberValueSetUtilities: { lowValue: '3000', lowUtility: '0', highValue: '5000', highUtility: '1' },
        },
      },
    })
    expect(decodeProfile(deepFreeze(text))).toStrictEqual(E.right(employee))
  })

  test('accepts weights that add up to 1 within a millionth', () => {
    expect(
      decodeProfile(deepFreeze(profile({ issueWeights: { car: 0.4, salary: 0.6000009 } }))),
    ).toStrictEqual(E.right({ ...employee, weights: { car: 0.4, salary: 0.6000009 } }))
  })

  test('reads a profile from JSON text', () => {
    expect(decodeProfile(JSON.stringify(bid({ issuevalues: { car: 'none' } })))).toStrictEqual(
      E.right({ ...employee, reservationBid: { car: 'none' } }),
    )
  })
})

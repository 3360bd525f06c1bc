/**
 * A negotiation built in code, not loaded, can carry an issue whose domain lacks the shape the loader checks: no
 * domain at all, a domain that is not an object or of no known kind, a choice without its `options`, a subset without
 * its `universe`, an option with no id, a quantity whose bounds are not numbers. The domain check the analyses run at
 * their entry (`checkDomain`, through `domainProblems`) reports each as a `bad-domain` problem naming the issue and the
 * fix, where it used to throw a TypeError; it never changes the domain it is given.
 */
import { describe, expect, it } from 'vitest'
import type { Domain } from '../../src'
import { deepFreeze } from '../../src/internal/freeze'
import { checkDomain, domainProblems } from '../../src/model/check-values'
import type { PathSegments } from '../../src/model/errors'

const KINDS = 'choice, quantity, subset or flag'

/** Runs checkDomain on a frozen copy of `d` and returns its verdict and what it reported. */
const verdict = (d: unknown) => {
  const frozen = deepFreeze(structuredClone(d)) as Domain
  const problems: [PathSegments, string, string][] = []
  const ok = checkDomain('q', frozen, ['issues', 'q', 'domain'], (path, code, message) => {
    problems.push([path, code, message])
  })
  expect(frozen).toEqual(d)
  return { ok, problems }
}

const illFormed: ReadonlyArray<readonly [string, unknown, PathSegments, string]> = [
  ['no domain at all', undefined, [], `issue \`q\` has no domain; give it a \`domain\` of kind ${KINDS}`],
  ['a null domain', null, [], `issue \`q\` has no domain; give it a \`domain\` of kind ${KINDS}`],
  [
    'a domain that is a number',
    5,
    [],
    `issue \`q\` has a domain that is not an object (the number 5); write it as \`{ kind: ... }\`, of kind ${KINDS}`,
  ],
  [
    'a domain that is a list',
    [],
    [],
    `issue \`q\` has a domain that is not an object (a list); write it as \`{ kind: ... }\`, of kind ${KINDS}`,
  ],
  [
    'a domain with no kind',
    { options: [] },
    ['kind'],
    `issue \`q\` has a domain with no \`kind\`; give it a kind: ${KINDS}`,
  ],
  [
    'a domain of an unknown kind',
    { kind: 'weird' },
    ['kind'],
    `issue \`q\` has a domain of kind \`weird\`; a domain's kind is ${KINDS}`,
  ],
  [
    'a choice without options',
    { kind: 'choice' },
    ['options'],
    'issue `q` is a choice without `options`; list its options as `options: [{ id, label }]`',
  ],
  [
    'a choice whose options are not a list',
    { kind: 'choice', options: { a: 'A' } },
    ['options'],
    'issue `q` is a choice whose `options` is not a list; list its options as `options: [{ id, label }]`',
  ],
  [
    'a subset without universe',
    { kind: 'subset' },
    ['universe'],
    'issue `q` is a subset without `universe`; list its elements as `universe: [{ id, label }]`',
  ],
  [
    'a choice with an option that is not an object',
    { kind: 'choice', options: [{ id: 'a', label: 'A' }, null] },
    ['options', 1],
    'issue `q`: options[1] has no id; write each option as `{ id, label }` with its id as text',
  ],
  [
    'a subset with an element whose id is a number',
    { kind: 'subset', universe: [{ id: 7, label: 'Seven' }] },
    ['universe', 0],
    'issue `q`: universe[0] has no id; write each element as `{ id, label }` with its id as text',
  ],
  [
    'a quantity without min',
    { kind: 'quantity', unit: 'days', max: 9 },
    ['min'],
    'issue `q` is a quantity whose `min` is not a number; give its bounds as numbers, min at most max',
  ],
  [
    'a quantity whose bounds are text',
    { kind: 'quantity', unit: 'days', min: '0', max: '9' },
    ['min'],
    'issue `q` is a quantity whose `min` and `max` are not numbers; give its bounds as numbers, min at most max',
  ],
]

describe('checkDomain on a domain built by hand', () => {
  for (const [what, d, at, message] of illFormed)
    it(`reports ${what} as a bad domain rather than throwing`, () => {
      expect(verdict(d)).toEqual({
        ok: false,
        problems: [[['issues', 'q', 'domain', ...at], 'bad-domain', message]],
      })
    })

  it('still accepts each kind of well-formed domain and reports nothing', () => {
    for (const d of [
      { kind: 'flag' },
      { kind: 'quantity', unit: 'days', min: 0, max: 9 },
      { kind: 'choice', options: [{ id: 'a', label: 'A' }] },
      { kind: 'subset', universe: [{ id: 'a', label: 'A' }] },
    ])
      expect(verdict(d)).toEqual({ ok: true, problems: [] })
  })
})

describe('domainProblems', () => {
  it('names each issue whose domain is missing or lacks its list, and passes over the well-formed ones', () => {
    const issues = deepFreeze({
      truce: { label: 'Truce' },
      hollow: null,
      border: { label: 'Border', domain: { kind: 'choice' } },
      sanc: { label: 'Sanctions', domain: { kind: 'subset' } },
      army: { label: 'Army', domain: { kind: 'quantity', unit: 'troops', min: 0, max: 9 } },
    }) as unknown as Parameters<typeof domainProblems>[0]
    const before = structuredClone(issues)
    expect(domainProblems(issues, ['army', 'border', 'hollow', 'sanc', 'truce'])).toEqual([
      {
        issue: 'border',
        message:
          'issue `border` is a choice without `options`; list its options as `options: [{ id, label }]`',
      },
      { issue: 'hollow', message: `issue \`hollow\` has no domain; give it a \`domain\` of kind ${KINDS}` },
      {
        issue: 'sanc',
        message:
          'issue `sanc` is a subset without `universe`; list its elements as `universe: [{ id, label }]`',
      },
      { issue: 'truce', message: `issue \`truce\` has no domain; give it a \`domain\` of kind ${KINDS}` },
    ])
    expect(issues).toEqual(before)
  })
})

/**
 * Immutability and determinism of the public functions, as one table of cases.
 *
 * For every row, the harness
 *   1. builds the arguments with `args()` and deep-freezes them (a function that writes to an input then throws),
 *      and checks that the call leaves them exactly as they were (`fingerprint`, which also sees NaN, -0 and own
 *      `__proto__` keys);
 *   2. checks that the result is deeply frozen (unless the row says `frozen: false`, with the reason); an fp-ts
 *      `Either` or `Option` is fp-ts's own wrapper object, so for those the value inside must be deeply frozen;
 *   3. checks that the result is JSON data (a JSON round trip gives an equal value);
 *   4. calls again, on a fresh copy of the arguments and on the same arguments, and checks that the JSON texts are
 *      byte-identical (stable ordering, stable wording).
 *
 * To cover a new public function, add a row to `cases` below (or push rows from a table of your own module's cases):
 *
 *     { name: 'Diff.proposals', args: () => [a, b], call: (a, b) => Diff.proposals(a, b) },
 *
 * `args` must build new values on every call (no shared module-level objects that another row may freeze). Data-last
 * forms are rows too: `call: (a, b) => pipe(a, Diff.proposals(b))`.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Domain from '../../src/model/domain'
import * as Event from '../../src/model/event'
import * as Issues from '../../src/model/builders'
import * as Load from '../../src/model/load'
import { Negotiation } from '../../src/model/negotiation'
import { Party, Source } from '../../src/model/party'
import { Position } from '../../src/model/position'
import { Proposal } from '../../src/model/proposal'
import { deepFreeze, fingerprint, unfrozenPath } from './helpers'
import { type Json, seeds } from './seeds'

// -------------------------------------------------------------------------------------
// the table
// -------------------------------------------------------------------------------------

/** One public call to check. */
export interface Case {
  readonly name: string
  /** Builds fresh arguments (called once per check; the harness deep-freezes them). */
  readonly args: () => ReadonlyArray<unknown>
  readonly call: (...args: never[]) => unknown
  /** `false` when the result is knowingly not frozen; `reason` says why. Default: the result must be deeply frozen. */
  readonly frozen?: false
  readonly reason?: string
}

/** A fresh, mutable copy of a seed (JSON data). */
const copy = (j: Json): unknown => JSON.parse(JSON.stringify(j)) as unknown
const seed = (name: string): unknown => copy(seeds[name] as Json)

/** An element of a seed, by path (`['issues', 'zpp']`), freshly copied. */
const part = (name: string, ...path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((u, k) => (u as Record<string | number, unknown>)[k], seed(name))

const builders: ReadonlyArray<Case> = [
  { name: 'Issues.option', args: () => ['member', 'Member', 'Joins'], call: Issues.option },
  {
    name: 'Issues.choice',
    args: () => [
      'Shipping',
      'economic',
      [
        { id: 'closed', label: 'Closed' },
        { id: 'open', label: 'Open', description: 'Open to all' },
      ],
      { ordered: true, poles: { first: 'Closed', last: 'Open' }, group: 'Sea' },
    ],
    call: Issues.choice,
  },
  {
    name: 'Issues.quantity',
    args: () => [
      'Army cap',
      'military',
      { unit: 'troops', min: 0, max: 1e6, integer: true, description: 'Cap' },
    ],
    call: Issues.quantity,
  },
  {
    name: 'Issues.subset',
    args: () => ['Exchanges', 'humanitarian', [{ id: 'pows', label: 'POWs' }], { group: 'Humanitarian' }],
    call: Issues.subset,
  },
  { name: 'Issues.flag', args: () => ['ZNPP', 'energy', { yes: 'IAEA', no: 'Not IAEA' }], call: Issues.flag },
  {
    name: 'Issues.territory',
    args: () => [
      {
        region: 'donetsk',
        label: 'Donetsk',
        holder: 'Ukraine',
        claimant: 'Russia',
        labels: { control: 'Front line' },
        optionLabels: { recognition: { none: 'Not recognised' } },
      },
    ],
    call: Issues.territory,
  },
  {
    name: 'Issues.allianceMembership',
    args: () => [{ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Ukraine' }],
    call: Issues.allianceMembership,
  },
  {
    name: 'Issues.sanctions',
    args: () => [
      {
        regimes: [
          { id: 'eu', label: 'EU sanctions', group: 'EU' },
          { id: 'us', label: 'US sanctions' },
        ],
        target: 'Russia',
        timing: true,
        snapback: true,
      },
    ],
    call: Issues.sanctions,
  },
  {
    name: 'Issues.securityGuarantees',
    args: () => [{ beneficiary: 'Ukraine', guarantors: [{ id: 'us', label: 'United States' }] }],
    call: Issues.securityGuarantees,
  },
  {
    name: 'Issues.ceasefire',
    args: () => [{ maxDays: 30, aspects: ['duration', 'scope'] }],
    call: Issues.ceasefire,
  },
  { name: 'Issues.ceasefire (no settings)', args: () => [], call: Issues.ceasefire },
  {
    name: 'Issues.merge (no clash)',
    args: () => [Issues.ceasefire(), Issues.ceasefire({ prefix: 'truce' })],
    call: Issues.merge,
  },
  {
    name: 'Issues.merge (clash)',
    args: () => [Issues.ceasefire(), Issues.ceasefire({ aspects: ['scope'] })],
    call: Issues.merge,
  },
]

const loading: ReadonlyArray<Case> = [
  ...Object.keys(seeds).map((name) => ({
    name: `Load.decode (${name})`,
    args: () => [seed(name)],
    call: Load.decode,
  })),
  {
    name: 'Load.decode (problems)',
    args: () => [
      { ...(seed('ceasefireRound') as object), parties: { RU: { name: 'Russia', role: 'king' } } },
    ],
    call: Load.decode,
  },
  { name: 'Load.decode (not an object)', args: () => [[1, 2, 3]], call: Load.decode },
  { name: 'Load.parse (JSON)', args: () => [JSON.stringify(seeds['settlementDraft'])], call: Load.parse },
  {
    name: 'Load.parse (YAML with problems)',
    args: () => [
      'format: negotiation-positions/1\ntitle: x\nparties: {A: {name: A, role: king}}\nissues: {}\n',
      'yaml',
    ],
    call: Load.parse,
  },
  {
    name: 'Load.check',
    args: () => [E.getOrElseW(() => undefined)(Load.decode(seed('minimal')))],
    call: Load.check,
  },
]

const codecs: ReadonlyArray<Case> = [
  ...Object.keys(seeds).map((name): Case => ({
    name: `Negotiation.decode (${name})`,
    args: () => [seed(name)],
    call: (u: unknown) => Negotiation.decode(u),
  })),
  {
    name: 'Party.decode',
    args: () => [part('ceasefireRound', 'parties', 'UA')],
    call: (u: unknown) => Party.decode(u),
  },
  {
    name: 'Source.decode',
    args: () => [part('ceasefireRound', 'sources', 'jeddah')],
    call: (u: unknown) => Source.decode(u),
  },
  {
    name: 'Issue.decode',
    args: () => [part('settlementDraft', 'issues', 'sanctions.relief')],
    call: (u: unknown) => Domain.Issue.decode(u),
  },
  {
    name: 'Position.decode',
    args: () => [part('ceasefireRound', 'positions', 1)],
    call: (u: unknown) => Position.decode(u),
  },
  {
    name: 'Proposal.decode',
    args: () => [part('ceasefireRound', 'proposals', 'energy-truce')],
    call: (u: unknown) => Proposal.decode(u),
  },
  {
    name: 'Event.decode',
    args: () => [part('settlementDraft', 'events', 0)],
    call: (u: unknown) => Event.Event.decode(u),
  },
]

/** Every row. Add yours here. */
export const cases: ReadonlyArray<Case> = [...builders, ...loading, ...codecs]

// -------------------------------------------------------------------------------------
// the harness
// -------------------------------------------------------------------------------------

const invoke = (c: Case, args: ReadonlyArray<unknown>): unknown =>
  (c.call as (...a: unknown[]) => unknown)(...args)

/** The value inside an fp-ts `Either` or `Option` (fp-ts creates those wrappers unfrozen), else the value itself. */
const payload = (u: unknown): unknown => {
  if (typeof u !== 'object' || u === null || !('_tag' in u)) return u
  const w = u as {
    readonly _tag: unknown
    readonly left?: unknown
    readonly right?: unknown
    readonly value?: unknown
  }
  switch (w._tag) {
    case 'Left':
      return w.left
    case 'Right':
      return w.right
    case 'Some':
      return w.value
    default:
      return u
  }
}

describe.each(cases)('$name', (c) => {
  it('leaves its frozen inputs exactly as they were', () => {
    const args = deepFreeze(c.args())
    const before = fingerprint(args)
    invoke(c, args)
    expect(fingerprint(args)).toBe(before)
  })

  it.skipIf(c.frozen === false)('returns a deeply frozen result', () => {
    const result = payload(invoke(c, deepFreeze(c.args())))
    expect(unfrozenPath(result), 'the first part of the result that is not frozen').toBeUndefined()
  })

  it('returns JSON data', () => {
    const result = invoke(c, deepFreeze(c.args()))
    const text = JSON.stringify(result)
    expect(text).toBeTypeOf('string')
    expect(JSON.parse(text)).toEqual(result)
  })

  it('gives byte-identical JSON when called again', () => {
    const args = deepFreeze(c.args())
    const first = JSON.stringify(invoke(c, args))
    expect(JSON.stringify(invoke(c, args))).toBe(first)
    expect(JSON.stringify(invoke(c, deepFreeze(c.args())))).toBe(first)
  })
})

describe('the table', () => {
  it('says why a row is not frozen', () => {
    for (const c of cases) if (c.frozen === false) expect(c.reason, c.name).toMatch(/\w/)
  })

  it('has rows with distinct names', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })
})

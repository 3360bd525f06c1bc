import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../src/internal/freeze'
import { FORMAT, type Issue, Negotiation } from '../src/model'
import * as Issues from '../src/model/builders'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const decode = (issues: Readonly<Record<string, Issue>>) =>
  Negotiation.decode({ format: FORMAT, title: 'Builders', parties: {}, issues })

const decodes = (issues: Readonly<Record<string, Issue>>): void => {
  const r = decode(issues)
  if (E.isLeft(r)) throw new Error(r.left.map((e) => e.message ?? '').join('\n'))
  expect(r.right.issues).toEqual(issues)
}

const optionIds = (issue: Issue): ReadonlyArray<string> =>
  issue.domain.kind === 'choice'
    ? issue.domain.options.map((o) => o.id)
    : issue.domain.kind === 'subset'
      ? issue.domain.universe.map((o) => o.id)
      : []

const isDeeplyFrozen = (u: unknown): boolean =>
  typeof u !== 'object' || u === null || (Object.isFrozen(u) && Object.values(u).every(isDeeplyFrozen))

/** Every option (and universe element) has a non-empty description. */
const describedOptions = (issues: Readonly<Record<string, Issue>>): boolean =>
  Object.values(issues).every((i) =>
    (i.domain.kind === 'choice'
      ? i.domain.options
      : i.domain.kind === 'subset'
        ? i.domain.universe
        : []
    ).every((o) => (o.description ?? '').trim().length > 0),
  )

const donetsk = deepFreeze({
  region: 'donetsk',
  label: 'Donetsk',
  holder: 'Ukraine',
  claimant: 'Russia',
} as const)
const nato = deepFreeze({ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Ukraine' } as const)
const regimes = deepFreeze([
  { id: 'eu', label: 'EU sanctions' },
  { id: 'us', label: 'US sanctions', group: 'US measures' },
] as const)
const guarantors = deepFreeze([
  { id: 'us', label: 'United States' },
  { id: 'uk', label: 'United Kingdom' },
  { id: 'fr', label: 'France', description: 'France leads the coalition of the willing with the UK.' },
] as const)

// -------------------------------------------------------------------------------------
// general constructors
// -------------------------------------------------------------------------------------

describe('general constructors', () => {
  it('choice keeps the options in the order given and carries order, poles, description and group', () => {
    const options = deepFreeze([
      Issues.option('closed', 'Closed', 'No ships pass.'),
      { id: 'open', label: 'Open' },
    ])
    const issue = Issues.choice('Black Sea shipping', 'economic', options, {
      ordered: true,
      poles: { first: 'Closed', last: 'Open' },
      description: 'Whether commercial ships may pass.',
      group: 'Black Sea',
    })
    expect(issue).toEqual({
      label: 'Black Sea shipping',
      category: 'economic',
      domain: {
        kind: 'choice',
        options: [
          { id: 'closed', label: 'Closed', description: 'No ships pass.' },
          { id: 'open', label: 'Open' },
        ],
        ordered: true,
        poles: { first: 'Closed', last: 'Open' },
      },
      description: 'Whether commercial ships may pass.',
      group: 'Black Sea',
    })
    decodes({ shipping: issue })
  })

  it('leaves unset settings out rather than writing undefined (the result is plain JSON)', () => {
    const issues = {
      a: Issues.choice('A', 'other', [{ id: 'x', label: 'X' }]),
      b: Issues.quantity('B', 'military', { unit: 'troops', min: 0, max: 10 }),
      c: Issues.subset('C', 'other', [{ id: 'x', label: 'X' }]),
      d: Issues.flag('D', 'energy'),
    }
    expect(JSON.parse(JSON.stringify(issues))).toEqual(issues)
    for (const i of Object.values(issues)) expect(Object.values(i).includes(undefined)).toBe(false)
    expect(issues.a.domain).toEqual({ kind: 'choice', options: [{ id: 'x', label: 'X' }] })
    expect(issues.d.domain).toEqual({ kind: 'flag' })
    decodes(issues)
  })

  it('writes no key at all for an option description or a quantity setting that was not given', () => {
    expect(Object.keys(Issues.option('x', 'X'))).toEqual(['id', 'label'])
    expect(Object.keys(Issues.option('x', 'X', 'An x.'))).toEqual(['id', 'label', 'description'])
    const choice = Issues.choice('A', 'other', [{ id: 'x', label: 'X' }, Issues.option('y', 'Y', 'A y.')])
    expect(choice.domain.options.map((o) => Object.keys(o))).toEqual([
      ['id', 'label'],
      ['id', 'label', 'description'],
    ])
    const subset = Issues.subset('C', 'other', [{ id: 'x', label: 'X' }])
    expect(Object.keys(subset.domain.universe[0] ?? {})).toEqual(['id', 'label'])
    const count = Issues.quantity('B', 'military', { unit: 'troops', min: 0, max: 10 })
    expect(Object.keys(count.domain)).toEqual(['kind', 'unit', 'min', 'max'])
    const whole = Issues.quantity('B', 'military', { unit: 'troops', min: 0, max: 10, integer: false })
    expect(whole.domain.integer).toBe(false)
  })

  it('quantity, subset and flag build the matching domains', () => {
    expect(
      Issues.quantity('Army cap', 'military', { unit: 'troops', min: 0, max: 600_000, integer: true }).domain,
    ).toEqual({
      kind: 'quantity',
      unit: 'troops',
      min: 0,
      max: 600_000,
      integer: true,
    })
    expect(
      optionIds(
        Issues.subset('Exchanges', 'humanitarian', [
          { id: 'pows', label: 'POWs' },
          { id: 'children', label: 'Children' },
        ]),
      ),
    ).toEqual(['pows', 'children'])
    expect(Issues.flag('IAEA at the plant', 'energy', { yes: 'Yes', no: 'No' }).domain).toEqual({
      kind: 'flag',
      yes: 'Yes',
      no: 'No',
    })
  })

  it('outputs are deeply frozen', () => {
    expect(
      isDeeplyFrozen(
        Issues.choice('A', 'other', [{ id: 'x', label: 'X' }], { poles: { first: 'a', last: 'b' } }),
      ),
    ).toBe(true)
    expect(isDeeplyFrozen(Issues.option('x', 'X', 'An x.'))).toBe(true)
    expect(isDeeplyFrozen(Issues.subset('C', 'other', [{ id: 'x', label: 'X' }]))).toBe(true)
  })

  it('an id known only at run time is not checked here but is reported by the loader', () => {
    const id: string = ['bad', 'id'].join(' ')
    const r = decode({ x: Issues.choice('X', 'other', [{ id, label: 'Bad' }]) })
    expect(E.isLeft(r)).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// territory
// -------------------------------------------------------------------------------------

describe('territory', () => {
  // built inside each test (not when the file loads), so each test is credited with what it checks
  const build = () => Issues.territory(donetsk)

  it('makes control and recognition for the region, in that order, as ordered territory choices', () => {
    const issues = build()
    expect(Object.keys(issues)).toEqual(['territory.donetsk.control', 'territory.donetsk.recognition'])
    const control = issues['territory.donetsk.control']
    const recognition = issues['territory.donetsk.recognition']
    expect(optionIds(control)).toEqual(['restored', 'contact-line', 'demilitarised', 'withdrawal'])
    expect(optionIds(recognition)).toEqual(['none', 'de-facto', 'de-jure'])
    for (const i of [control, recognition]) {
      expect(i.category).toBe('territory')
      expect(i.group).toBe('Donetsk')
      expect(i.domain.ordered).toBe(true)
    }
    expect(optionIds(control)).toEqual([...Issues.CONTROL_OPTIONS])
    expect(optionIds(recognition)).toEqual([...Issues.RECOGNITION_OPTIONS])
  })

  it('names the region, the holder and the claimant in labels, poles and descriptions', () => {
    const issues = build()
    const control = issues['territory.donetsk.control']
    expect(control.label).toContain('Donetsk')
    expect(control.label).toContain('Ukraine')
    expect(control.label).toContain('Russia')
    expect(issues['territory.donetsk.recognition'].label).toContain('Russia')
    expect(control.domain.poles).toEqual({
      first: 'Ukraine regains all of Donetsk',
      last: 'Russia controls all of Donetsk',
    })
    expect(control.domain.options[3]?.description).toBe(
      'Ukraine withdraws its forces; Russia controls the whole of Donetsk.',
    )
    expect(describedOptions(issues)).toBe(true)
  })

  it('makes only the chosen aspects, in the canonical order', () => {
    expect(Object.keys(Issues.territory({ ...donetsk, aspects: ['recognition'] }))).toEqual([
      'territory.donetsk.recognition',
    ])
    expect(
      Object.keys(Issues.territory({ ...donetsk, aspects: deepFreeze(['recognition', 'control'] as const) })),
    ).toEqual(['territory.donetsk.control', 'territory.donetsk.recognition'])
    expect(Issues.territory({ ...donetsk, aspects: [] })).toEqual({})
  })

  it('composes ids from the prefix and the region, and takes label overrides', () => {
    const t = Issues.territory({
      ...donetsk,
      region: 'zaporizhzhia',
      label: 'Zaporizhzhia',
      prefix: 'land',
      group: 'Southern front',
      labels: { control: 'Front line in Zaporizhzhia' },
      descriptions: { recognition: 'Status in law.' },
      optionLabels: {
        control: { 'contact-line': 'Frozen front' },
        recognition: { 'de-jure': 'Legal recognition' },
      },
    })
    expect(Object.keys(t)).toEqual(['land.zaporizhzhia.control', 'land.zaporizhzhia.recognition'])
    expect(t['land.zaporizhzhia.control'].label).toBe('Front line in Zaporizhzhia')
    expect(t['land.zaporizhzhia.control'].group).toBe('Southern front')
    expect(t['land.zaporizhzhia.control'].domain.options[1]).toMatchObject({
      id: 'contact-line',
      label: 'Frozen front',
    })
    expect(t['land.zaporizhzhia.recognition'].domain.options[2]).toMatchObject({
      id: 'de-jure',
      label: 'Legal recognition',
    })
    expect(t['land.zaporizhzhia.recognition'].description).toBe('Status in law.')
  })

  it('decodes inside a document and is deeply frozen', () => {
    const issues = build()
    decodes(issues)
    expect(isDeeplyFrozen(issues)).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// alliance membership
// -------------------------------------------------------------------------------------

describe('allianceMembership', () => {
  const build = () => Issues.allianceMembership(nato)

  it('makes one ordered alliance choice from membership to a bar', () => {
    const issues = build()
    expect(Object.keys(issues)).toEqual(['alliance.nato'])
    const i = issues['alliance.nato']
    expect(optionIds(i)).toEqual(['member', 'path', 'deferred', 'renounced', 'barred'])
    expect(i).toMatchObject({ category: 'alliance', group: 'NATO', label: "Ukraine's membership of NATO" })
    expect(i.domain.ordered).toBe(true)
    expect(describedOptions(issues)).toBe(true)
    expect(i.domain.options[4]?.description).toContain('Ukraine stays out of NATO')
  })

  it('takes a prefix, or a whole id, and label overrides', () => {
    expect(Object.keys(Issues.allianceMembership({ ...nato, prefix: 'bloc' }))).toEqual(['bloc.nato'])
    const custom = Issues.allianceMembership({
      ...nato,
      id: 'nato-membership',
      label: 'NATO accession',
      optionLabels: { barred: 'Permanent neutrality' },
    })
    expect(Object.keys(custom)).toEqual(['nato-membership'])
    expect(custom['nato-membership'].label).toBe('NATO accession')
    expect(custom['nato-membership'].domain.options.map((o) => o.label)).toEqual([
      'Member',
      'Open path',
      'Deferred',
      'Renounced',
      'Permanent neutrality',
    ])
  })

  it('describes the issue and groups it under the alliance, unless told otherwise', () => {
    const i = Issues.allianceMembership(nato)['alliance.nato']
    expect(i.description).toBe(
      'How far Ukraine gets toward joining NATO, from membership to a permanent bar on it.',
    )
    expect(i.group).toBe('NATO')
    expect(i.domain.poles).toEqual({ first: 'Ukraine joins NATO', last: 'Ukraine barred from NATO' })
    const own = Issues.allianceMembership({ ...nato, description: 'Accession.', group: 'Alliances' })[
      'alliance.nato'
    ]
    expect([own.description, own.group]).toEqual(['Accession.', 'Alliances'])
  })

  it('decodes inside a document and is deeply frozen', () => {
    const issues = build()
    decodes(issues)
    expect(isDeeplyFrozen(issues)).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// sanctions
// -------------------------------------------------------------------------------------

describe('sanctions', () => {
  it('makes one ordered choice per regime, in the order given', () => {
    const s = Issues.sanctions({ regimes, target: 'Russia' })
    expect(Object.keys(s)).toEqual(['sanctions.eu', 'sanctions.us'])
    for (const i of Object.values(s)) {
      expect(optionIds(i)).toEqual(['tightened', 'kept', 'eased', 'lifted'])
      expect(i.category).toBe('sanctions')
      expect(i.domain.kind === 'choice' && i.domain.ordered).toBe(true)
    }
    expect(s['sanctions.eu']).toMatchObject({ label: 'EU sanctions on Russia', group: 'Sanctions on Russia' })
    expect(s['sanctions.us'].group).toBe('US measures')
    expect(describedOptions(s)).toBe(true)
  })

  it('adds timing and snapback only when asked', () => {
    const s = Issues.sanctions({ regimes, timing: true, snapback: true })
    expect(Object.keys(s)).toEqual(['sanctions.eu', 'sanctions.us', 'sanctions.timing', 'sanctions.snapback'])
    expect(optionIds(s['sanctions.timing'])).toEqual([
      'on-signing',
      'phased',
      'after-compliance',
      'not-before-peace',
    ])
    expect(s['sanctions.timing'].domain.ordered).toBe(true)
    expect(s['sanctions.snapback'].domain.kind).toBe('flag')
    expect(Object.keys(Issues.sanctions({ regimes, timing: false }))).toEqual([
      'sanctions.eu',
      'sanctions.us',
    ])
    decodes(s)
    expect(isDeeplyFrozen(s)).toBe(true)
  })

  it('takes a prefix and option labels', () => {
    const s = Issues.sanctions({
      regimes: [{ id: 'swift', label: 'SWIFT disconnection' }],
      prefix: 'banks',
      timing: true,
      optionLabels: { regime: { lifted: 'Reconnected' }, timing: { phased: 'Step by step' } },
    })
    expect(Object.keys(s)).toEqual(['banks.swift', 'banks.timing'])
    expect(s['banks.swift'].domain.options[3]?.label).toBe('Reconnected')
    expect(s['banks.timing'].domain.options[1]?.label).toBe('Step by step')
  })

  it('names the target in labels and groups only when there is one', () => {
    const labels = (s: Readonly<Record<string, Issue>>) =>
      Object.entries(s).map(([id, i]) => [id, i.label, i.group])
    expect(labels(Issues.sanctions({ regimes: [regimes[0]], timing: true, snapback: true }))).toEqual([
      ['sanctions.eu', 'EU sanctions', 'Sanctions'],
      ['sanctions.timing', 'Timing of sanctions relief', 'Sanctions'],
      ['sanctions.snapback', 'Sanctions snap back on a violation', 'Sanctions'],
    ])
    expect(
      labels(Issues.sanctions({ regimes: [regimes[0]], target: 'Iran', timing: true, snapback: true })),
    ).toEqual([
      ['sanctions.eu', 'EU sanctions on Iran', 'Sanctions on Iran'],
      ['sanctions.timing', 'Timing of sanctions relief for Iran', 'Sanctions on Iran'],
      ['sanctions.snapback', 'Sanctions on Iran snap back on a violation', 'Sanctions on Iran'],
    ])
  })

  it("describes each regime's issue, keeping a description the user gave", () => {
    const s = Issues.sanctions({
      regimes: [regimes[0], { id: 'oil', label: 'Oil price cap', description: 'The G7 cap on Russian oil.' }],
      target: 'Russia',
    })
    expect(s['sanctions.eu'].description).toBe(
      'What happens to EU sanctions on Russia under the settlement, from tightened to lifted.',
    )
    expect(s['sanctions.eu'].domain.poles).toEqual({
      first: 'EU sanctions on Russia tightened',
      last: 'EU sanctions on Russia lifted',
    })
    expect(s['sanctions.oil'].description).toBe('The G7 cap on Russian oil.')
  })

  it('says what each answer of the snapback flag means', () => {
    const snapback = Issues.sanctions({ regimes, target: 'Russia', snapback: true })['sanctions.snapback']
    expect(snapback).toEqual({
      label: 'Sanctions on Russia snap back on a violation',
      category: 'sanctions',
      domain: {
        kind: 'flag',
        yes: 'Eased or lifted sanctions are reimposed automatically if the terms are violated.',
        no: 'No automatic reimposition; reimposing sanctions needs a new decision.',
      },
      description: 'Whether sanctions relief is reversed automatically when the agreement is violated.',
      group: 'Sanctions on Russia',
    })
  })
})

// -------------------------------------------------------------------------------------
// security guarantees
// -------------------------------------------------------------------------------------

describe('securityGuarantees', () => {
  const build = () => Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors })

  it('makes the guarantors subset and the two ordered scales', () => {
    const g = build()
    expect(Object.keys(g)).toEqual([
      'guarantees.guarantors',
      'guarantees.strength',
      'guarantees.foreign-troops',
    ])
    expect(g['guarantees.guarantors'].domain.kind).toBe('subset')
    expect(optionIds(g['guarantees.guarantors'])).toEqual(['us', 'uk', 'fr'])
    expect(optionIds(g['guarantees.strength'])).toEqual([
      'none',
      'assurances',
      'arms-supply',
      'collective-defence',
    ])
    expect(optionIds(g['guarantees.foreign-troops'])).toEqual(['none', 'monitors', 'reassurance-force'])
    expect(g['guarantees.strength'].domain.ordered).toBe(true)
    expect(g['guarantees.foreign-troops'].domain.ordered).toBe(true)
    for (const i of Object.values(g)) {
      expect(i.category).toBe('security-guarantees')
      expect(i.group).toBe('Security guarantees for Ukraine')
    }
  })

  it('describes every option and keeps a guarantor description given by the user', () => {
    const g = build()
    expect(describedOptions(g)).toBe(true)
    expect(g['guarantees.guarantors'].domain.universe[2]?.description).toBe(guarantors[2].description)
  })

  it('takes a prefix and aspects', () => {
    const h = Issues.securityGuarantees({
      beneficiary: 'Moldova',
      guarantors,
      prefix: 'md-guarantees',
      aspects: ['foreign-troops'],
    })
    expect(Object.keys(h)).toEqual(['md-guarantees.foreign-troops'])
  })

  it('decodes inside a document and is deeply frozen', () => {
    const g = build()
    decodes(g)
    expect(isDeeplyFrozen(g)).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// ceasefire
// -------------------------------------------------------------------------------------

describe('ceasefire', () => {
  const build = () => Issues.ceasefire()

  it('makes scope, duration and sequencing', () => {
    const c = build()
    expect(Object.keys(c)).toEqual(['ceasefire.scope', 'ceasefire.duration', 'ceasefire.sequencing'])
    expect(optionIds(c['ceasefire.scope'])).toEqual(['none', 'energy', 'air-and-sea', 'full'])
    expect(optionIds(c['ceasefire.sequencing'])).toEqual([
      'ceasefire-first',
      'simultaneous',
      'framework-first',
      'settlement-first',
    ])
    expect(c['ceasefire.duration'].domain).toEqual({
      kind: 'quantity',
      unit: 'days',
      min: 0,
      max: 3650,
      integer: true,
    })
    expect(c['ceasefire.scope'].domain.ordered).toBe(true)
    expect(c['ceasefire.sequencing'].domain.ordered).toBe(true)
    for (const i of Object.values(c)) expect(i).toMatchObject({ category: 'ceasefire', group: 'Ceasefire' })
    expect(describedOptions(c)).toBe(true)
  })

  it('takes maxDays, a prefix, aspects and labels', () => {
    const d = Issues.ceasefire({
      maxDays: 30,
      prefix: 'energy-truce',
      aspects: ['duration', 'scope'],
      labels: { duration: 'Length of the energy truce' },
      optionLabels: { scope: { energy: 'Energy moratorium' } },
    })
    expect(Object.keys(d)).toEqual(['energy-truce.scope', 'energy-truce.duration'])
    expect(d['energy-truce.duration']).toMatchObject({
      label: 'Length of the energy truce',
      domain: { max: 30 },
    })
    expect(d['energy-truce.scope'].domain.options[1]?.label).toBe('Energy moratorium')
  })

  it('decodes inside a document and is deeply frozen', () => {
    const c = build()
    decodes(c)
    expect(isDeeplyFrozen(c)).toBe(true)
  })
})

// -------------------------------------------------------------------------------------
// together
// -------------------------------------------------------------------------------------

describe('builders together', () => {
  it('two instances with different prefixes do not collide', () => {
    const a = Issues.ceasefire()
    const b = Issues.ceasefire({ prefix: 'energy-truce' })
    const t1 = Issues.territory(donetsk)
    const t2 = Issues.territory({ ...donetsk, prefix: 'claims' })
    const all = { ...a, ...b, ...t1, ...t2 }
    expect(Object.keys(all)).toHaveLength(
      Object.keys(a).length + Object.keys(b).length + Object.keys(t1).length + Object.keys(t2).length,
    )
  })

  it('a whole study decodes as one document', () => {
    decodes({
      ...Issues.territory(donetsk),
      ...Issues.territory({ ...donetsk, region: 'crimea', label: 'Crimea', aspects: ['recognition'] }),
      ...Issues.allianceMembership(nato),
      ...Issues.sanctions({ regimes, target: 'Russia', timing: true, snapback: true }),
      ...Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors }),
      ...Issues.ceasefire(),
    })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors }))).toBe(
      JSON.stringify(Issues.securityGuarantees({ beneficiary: 'Ukraine', guarantors })),
    )
  })
})

// -------------------------------------------------------------------------------------
// merge
// -------------------------------------------------------------------------------------

describe('merge', () => {
  it('joins records in order when no id is built twice', () => {
    const a = Issues.ceasefire({ aspects: ['scope'] })
    const b = Issues.allianceMembership(nato)
    const r = Issues.merge(a, b)
    expect(r).toEqual(E.right({ ...a, ...b }))
    if (E.isRight(r)) {
      expect(Object.keys(r.right)).toEqual(['ceasefire.scope', 'alliance.nato'])
      expect(isDeeplyFrozen(r.right)).toBe(true)
    }
  })

  it('reports every id built twice, with the records that build it and a fix', () => {
    const r = Issues.merge(
      Issues.ceasefire({ aspects: ['scope'] }),
      Issues.allianceMembership(nato),
      Issues.ceasefire(),
    )
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      expect(r.left).toEqual([
        {
          _tag: 'DuplicateIssueId',
          id: 'ceasefire.scope',
          records: [0, 2],
          message: expect.stringContaining('another `prefix`') as string,
        },
      ])
    }
  })

  it('lists every record that builds a clashing id in the message', () => {
    const scope = Issues.ceasefire({ aspects: ['scope'] })
    const r = Issues.merge(scope, Issues.allianceMembership(nato), scope, scope)
    expect(E.isLeft(r) && r.left.map((d) => [d.records, d.message])).toEqual([
      [
        [0, 2, 3],
        'issue `ceasefire.scope` is built by records 0, 2, 3 (counting from 0); give one of the builders another `prefix` so the ids differ',
      ],
    ])
  })

  it('does not let a `__proto__` key reach the prototype', () => {
    const hostile: string = '__proto__'
    const r = Issues.merge(Issues.allianceMembership({ ...nato, id: hostile }))
    expect(E.isRight(r) && Object.getPrototypeOf(r.right) === Object.prototype).toBe(true)
    expect(E.isRight(r) && Object.keys(r.right)).toEqual(['__proto__'])
  })
})

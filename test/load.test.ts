import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Load, type Negotiation, type PartyId } from '../src'
import { deepFreeze } from '../src/internal/freeze'

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', 'valid', name), 'utf8')

/** A small valid document, built fresh for each test. */
const base = (): Record<string, unknown> => ({
  format: 'negotiation-positions/1',
  title: 'Test negotiation',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
  },
  issues: {
    nato: {
      label: 'NATO membership',
      category: 'alliance',
      domain: {
        kind: 'choice',
        ordered: true,
        options: [
          { id: 'member', label: 'Member' },
          { id: 'path', label: 'Path to membership' },
          { id: 'deferred', label: 'Deferred' },
          { id: 'neutral', label: 'Permanently neutral' },
        ],
      },
    },
    'ceasefire-days': {
      label: 'Ceasefire duration',
      category: 'ceasefire',
      domain: { kind: 'quantity', unit: 'days', min: 0, max: 365, integer: true },
    },
  },
  sources: { s1: { title: 'A source' } },
  positions: [
    { id: 'ua-nato', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: ['s1'], ideal: 'member' },
    { id: 'ru-nato', party: 'RU', issue: 'nato', asOf: '2025-03-13', sources: ['s1'], ideal: 'neutral' },
  ],
  proposals: {
    p1: {
      title: '30-day ceasefire',
      date: '2025-03-11',
      tabledBy: ['US'],
      terms: { 'ceasefire-days': { value: 30 } },
      sources: ['s1'],
    },
  },
  events: [
    {
      id: 'e1',
      kind: 'response',
      date: '2025-03-13',
      party: 'RU',
      proposal: 'p1',
      stance: 'rejected',
      sources: [],
    },
  ],
})

type Doc = Record<string, unknown>
const at = (d: Doc, ...path: Array<string | number>): Doc =>
  path.reduce<Doc>((o, k) => (o as Record<string | number, unknown>)[k] as Doc, d)

const problems = (r: ReturnType<typeof Load.decode>): Array<[string, string]> =>
  r._tag === 'Left' ? r.left.map((i) => [i.path, i.code]) : []

describe('Load.decode', () => {
  it('accepts a valid document and returns a deeply frozen copy', () => {
    const input = deepFreeze(base())
    const r = Load.decode(input)
    expect(r._tag).toBe('Right')
    if (r._tag !== 'Right') return
    expect(r.right).toEqual(input)
    expect(r.right).not.toBe(input)
    expect(Object.isFrozen(r.right.positions[0])).toBe(true)
    expect(Object.isFrozen(r.right.proposals)).toBe(true)
  })

  it('fills the optional collections with empty ones', () => {
    const r = Load.decode({ format: 'negotiation-positions/1', title: 'x', parties: {}, issues: {} })
    expect(r).toEqual({
      _tag: 'Right',
      right: {
        format: 'negotiation-positions/1',
        title: 'x',
        parties: {},
        issues: {},
        positions: [],
        proposals: {},
        events: [],
        sources: {},
      },
    })
  })

  it('neither mutates nor freezes an unfrozen input', () => {
    const input = base()
    const before = JSON.stringify(input)
    const r = Load.decode(input)
    expect(r._tag).toBe('Right')
    expect(JSON.stringify(input)).toBe(before)
    expect(Object.isFrozen(at(input, 'positions'))).toBe(false)
    expect(Object.isFrozen(at(input, 'proposals', 'p1', 'tabledBy'))).toBe(false)
  })

  it('reports every problem at once, in document order, one per bad value', () => {
    const d = base()
    at(d, 'positions', 1).ideal = 'nuetral'
    at(d, 'positions', 0).party = 'UKR'
    at(d, 'events', 0).date = '2025-03-01'
    const r = Load.decode(deepFreeze(d))
    expect(problems(r)).toEqual([
      ['positions[0].party', 'unknown-reference'],
      ['positions[1].ideal', 'out-of-domain'],
      ['events[0].date', 'date-order'],
    ])
  })

  it('names the fix, suggesting the nearest valid id', () => {
    const d = base()
    at(d, 'positions', 0).ideal = 'memebr'
    const r = Load.decode(deepFreeze(d))
    expect(r._tag === 'Left' && r.left[0]).toEqual({
      path: 'positions[0].ideal',
      pathSegments: ['positions', 0, 'ideal'],
      code: 'out-of-domain',
      actual: '"memebr"',
      message:
        'issue `nato` has no option `memebr`; did you mean `member`? options are: member, path, deferred, neutral',
    })
  })

  it('reports a mistyped required field once, not also as missing', () => {
    const d = base()
    const p = at(d, 'proposals', 'p1')
    p.tabledby = p.tabledBy
    delete p.tabledBy
    const r = Load.decode(d)
    expect(problems(r)).toEqual([['proposals.p1.tabledby', 'unknown-field']])
    expect(r._tag === 'Left' && r.left[0]?.message).toBe(
      'unknown field `tabledby` in Proposal; did you mean `tabledBy` (a required field)?',
    )
  })

  it('writes keys that are not plain words in brackets', () => {
    const d = base()
    at(d, 'proposals', 'p1', 'terms', 'ceasefire-days').value = 400
    expect(problems(Load.decode(d))).toEqual([
      ['proposals.p1.terms["ceasefire-days"].value', 'out-of-domain'],
    ])
  })

  it('checks meaning only once the structure is right', () => {
    const d = base()
    d.title = 7
    at(d, 'positions', 0).party = 'UKR'
    expect(problems(Load.decode(d))).toEqual([['title', 'type']])
  })

  it('gives the same problems whatever the order of keys in the input', () => {
    const d = base()
    at(d, 'positions', 0).party = 'UKR'
    at(d, 'proposals', 'p1').basedOn = 'p0'
    const reversed = Object.fromEntries(Object.entries(d).reverse())
    const a = problems(Load.decode(d))
    const b = problems(Load.decode(reversed))
    expect(new Set(b)).toEqual(new Set(a))
    expect(a).toHaveLength(2)
  })
})

describe('Load.decode on values that are not JSON data', () => {
  class Custom {
    readonly x = 1
  }
  const cases: ReadonlyArray<readonly [string, (d: Doc) => void, string, string]> = [
    ['a function', (d) => void (d.title = () => 'x'), 'title', 'not-json'],
    ['a symbol', (d) => void (d.title = Symbol('x')), 'title', 'not-json'],
    [
      'a bigint',
      (d) => void (at(d, 'issues', 'ceasefire-days', 'domain').max = 365n),
      'issues["ceasefire-days"].domain.max',
      'not-json',
    ],
    [
      'a Date object',
      (d) => void (at(d, 'positions', 0).asOf = new Date('2025-03-11')),
      'positions[0].asOf',
      'not-json',
    ],
    ['a class instance', (d) => void (at(d, 'parties').RU = new Custom()), 'parties.RU', 'not-json'],
    ['a Map', (d) => void (d.parties = new Map()), 'parties', 'not-json'],
    [
      'a sparse list',
      (d) => void (at(d, 'positions', 0).sources = Object.assign(new Array<string>(3), { 0: 's1', 2: 's1' })),
      'positions[0].sources[1]',
      'not-json',
    ],
    ['NaN', (d) => void (at(d, 'positions', 0).priority = Number.NaN), 'positions[0].priority', 'non-finite'],
    [
      'Infinity',
      (d) => void (at(d, 'proposals', 'p1', 'terms', 'ceasefire-days').value = Infinity),
      'proposals.p1.terms["ceasefire-days"].value',
      'non-finite',
    ],
    [
      'nesting past 64 levels',
      (d) => {
        let cur: Doc = {}
        d.description = cur
        for (let i = 0; i < 70; i++) cur = cur.a = {}
      },
      `description${'.a'.repeat(64)}`,
      'too-deep',
    ],
  ]
  it.each(cases)('reports %s with its path', (_, mutate, path, code) => {
    const d = base()
    mutate(d)
    expect(problems(Load.decode(d))).toEqual([[path, code]])
  })

  it('reports a cycle without looping', () => {
    const d = base()
    const note: Doc = {}
    note.self = note
    at(d, 'sources', 's1').note = note
    expect(problems(Load.decode(d))).toEqual([['sources.s1.note.self', 'cycle']])
  })

  it('reports a getter without running it', () => {
    const d = base()
    let ran = false
    Object.defineProperty(d, 'title', {
      enumerable: true,
      get: () => {
        ran = true
        return 'x'
      },
    })
    expect(problems(Load.decode(d))).toEqual([['title', 'not-json']])
    expect(ran).toBe(false)
  })

  it('reports __proto__ keys made by JSON.parse, at any depth, and leaves prototypes alone', () => {
    const text = JSON.stringify(base()).replace(
      '"title":"A source"',
      '"title":"A source","__proto__":{"polluted":true}',
    )
    const r = Load.decode(JSON.parse(text))
    expect(problems(r)).toEqual([['sources.s1.__proto__', 'hostile-key']])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('turns an unexpected failure into a problem instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom')
        },
      },
    )
    const r = Load.decode(hostile)
    expect(problems(r)).toEqual([['$', 'internal']])
  })

  it('says what failed, in at most 200 characters, and asks for a report', () => {
    const failing = (thrown: () => unknown): string | undefined => {
      const r = Load.decode(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw thrown()
            },
          },
        ),
      )
      return r._tag === 'Left' ? r.left[0]?.message : undefined
    }
    const report = (what: string): string =>
      `the loader failed unexpectedly (${what}); this is a bug in negotiation-positions — please report it with the document`
    expect(failing(() => new RangeError('boom'))).toBe(report('RangeError: boom'))
    expect(failing(() => new Error('x'.repeat(300)))).toBe(report(`Error: ${'x'.repeat(193)}`))
    expect(failing(() => 'a string')).toBe(report('an unknown error'))
    const undescribable = Object.defineProperty(new Error('boom'), 'name', {
      get: () => {
        throw new Error('again')
      },
    })
    expect(failing(() => undescribable)).toBe(report('an unknown error'))
  })
})

describe('Load.parse', () => {
  it('reads the Jeddah sample in JSON and YAML to the same document', () => {
    const json = Load.parse(fixture('jeddah-2025.json'))
    const yaml = Load.parse(fixture('jeddah-2025.yaml'))
    expect(json._tag).toBe('Right')
    expect(yaml).toEqual(json)
  })

  it('reads the all-kinds sample in JSON and YAML to the same document', () => {
    const json = Load.parse(fixture('all-kinds.json'), 'json')
    const yaml = Load.parse(fixture('all-kinds.yaml'), 'yaml')
    expect(json._tag).toBe('Right')
    expect(yaml).toEqual(json)
  })

  it('exercises every kind of domain, value set, valuation, condition and event', () => {
    const r = Load.parse(fixture('all-kinds.json'))
    if (r._tag !== 'Right') throw new Error(Load.format(r.left))
    const doc = r.right
    const kinds = (xs: ReadonlyArray<{ readonly kind?: string }>): Set<string | undefined> =>
      new Set(xs.map((x) => x.kind))
    expect(kinds(Object.values(doc.issues).map((i) => i.domain))).toEqual(
      new Set(['choice', 'quantity', 'subset', 'flag']),
    )
    expect(kinds(doc.events)).toEqual(
      new Set([
        'position-stated',
        'proposal-tabled',
        'response',
        'agreement',
        'violation-alleged',
        'term-expired',
        'meeting',
        'statement',
      ]),
    )
    const conditions = [
      ...doc.positions.flatMap((p) => p.conditions ?? []),
      ...Object.values(doc.proposals).flatMap((p) => p.conditions ?? []),
    ]
    expect(kinds(conditions)).toEqual(new Set(['value', 'acceptance', 'sequence', 'other']))
    const sets = doc.positions.flatMap((p) => [p.acceptable, p.redLines].filter((s) => s !== undefined))
    expect(kinds(sets)).toEqual(new Set(['options', 'intervals', 'subsets', 'flags']))
    expect(kinds(doc.positions.flatMap((p) => (p.valuation === undefined ? [] : [p.valuation])))).toEqual(
      new Set(['scores', 'linear', 'elements']),
    )
  })

  it('gives line and column for later problems too', () => {
    const text = fixture('jeddah-2025.yaml').replace('ideal: full', 'ideal: ful')
    const r = Load.parse(text, 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code, i.line])).toEqual([
      [
        'positions[1].ideal',
        'out-of-domain',
        text.split('\n').findIndex((l) => l.includes('ideal: ful')) + 1,
      ],
    ])
  })

  it('chooses JSON for text that starts with { or [, YAML otherwise', () => {
    expect(
      Load.parse('{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}}')._tag,
    ).toBe('Right')
    expect(Load.parse('format: negotiation-positions/1\ntitle: x\nparties: {}\nissues: {}')._tag).toBe(
      'Right',
    )
    const r = Load.parse('{format: negotiation-positions/1}')
    expect(r._tag === 'Left' && r.left[0]?.message).toMatch(/^JSON syntax: expected a key in double quotes/)
  })

  it('reads text as JSON after leading blank lines, and a list as JSON too', () => {
    const twice =
      '\n  {"format": "negotiation-positions/1", "title": "x", "title": "y", "parties": {}, "issues": {}}'
    const r = Load.parse(twice)
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code, i.message, i.line])).toEqual([
      [
        'title',
        'duplicate-key',
        'the key `title` appears twice in this object; JSON keeps only the last — merge the two or rename one',
        2,
      ],
    ])
    const list = Load.parse(' [1, 2,]')
    expect(list._tag === 'Left' && list.left[0]?.message).toBe(
      'JSON syntax: a comma before `]`: JSON allows no trailing comma; remove it',
    )
  })

  it('reads the same text as YAML when asked', () => {
    const r = Load.parse('{format: negotiation-positions/1, title: x, parties: {}, issues: {}}', 'yaml')
    expect(r._tag).toBe('Right')
  })

  it('ignores a byte-order mark', () => {
    expect(
      Load.parse('\uFEFF{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}}')
        ._tag,
    ).toBe('Right')
  })

  it('reports keys written twice in JSON, which JSON.parse would silently drop', () => {
    const r = Load.parse(
      '{"format": "negotiation-positions/1", "title": "x",\n "title": "y", "parties": {}, "issues": {}}',
    )
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code, i.line, i.column])).toEqual([
      ['title', 'duplicate-key', 2, 2],
    ])
  })

  it('reports a wrong argument as a problem', () => {
    expect(problems(Load.parse(42 as unknown as string))).toEqual([['$', 'type']])
    expect(problems(Load.parse('{}', 'toml' as 'json'))).toEqual([['$', 'type']])
  })
})

describe('Load.format', () => {
  it('renders structural problems of a JavaScript object', () => {
    const d = base()
    d.title = ''
    at(d, 'parties', 'UA').role = 'principle'
    at(d, 'events', 0).date = '2025-3-13'
    const r = Load.decode(d)
    expect(r._tag === 'Left' && Load.format(r.left)).toBe(
      [
        '3 problems in the negotiation document',
        '✖ expected a non-empty text; write something here',
        '  → at title',
        '✖ `principle` is not a party role; did you mean `principal`? allowed values are: principal, mediator, guarantor, observer',
        '  → at parties.UA.role',
        '✖ `2025-3-13` is not a date written YYYY-MM-DD (for example 2025-03-11)',
        '  → at events[0].date',
      ].join('\n'),
    )
  })

  it('renders semantic problems of a YAML text with their lines', () => {
    const text = [
      'format: negotiation-positions/1',
      'title: Test',
      'parties:',
      '  RU: { name: Russia, role: principal }',
      '  UA: { name: Ukraine, role: principal }',
      'issues:',
      '  nato:',
      '    label: NATO membership',
      '    category: alliance',
      '    domain:',
      '      kind: choice',
      '      options: [{ id: member, label: Member }, { id: neutral, label: Neutral }]',
      'proposals:',
      '  p1: { title: Draft, date: 2025-04-01, tabledBy: [RU], terms: { nato: { value: neutral } }, sources: [], basedOn: p1 }',
      'events:',
      '  - { id: e1, kind: response, date: 2025-03-30, party: UKR, proposal: p1, stance: rejected, sources: [] }',
    ].join('\n')
    const r = Load.parse(text)
    expect(r._tag === 'Left' && Load.format(r.left)).toBe(
      [
        '3 problems in the negotiation document',
        '✖ proposal `p1` is based on itself; remove `basedOn` or name the earlier draft it revises',
        '  → at proposals.p1.basedOn (line 14, column 116)',
        "✖ this response is dated 2025-03-30, before proposal `p1` was tabled (2025-04-01); fix the date here or the proposal's `date`",
        '  → at events[0].date (line 16, column 37)',
        '✖ unknown party `UKR` (not in `parties`); add it to `parties` or use one of: RU, UA',
        '  → at events[0].party (line 16, column 56)',
      ].join('\n'),
    )
  })

  it('renders a YAML syntax error', () => {
    const r = Load.parse(
      'format: negotiation-positions/1\ntitle: x\nparties:\n  RU:\n    name: Russia\n   role: principal\n',
    )
    expect(r._tag === 'Left' && Load.format(r.left)).toBe(
      [
        '1 problem in the negotiation document',
        '✖ YAML syntax: All mapping items must start at the same column',
        '  → at $ (line 6, column 1)',
      ].join('\n'),
    )
  })

  it('renders an empty list with a zero count', () => {
    expect(Load.format([])).toBe('0 problems in the negotiation document')
  })
})

describe('Load.decodeOrThrow and Load.parseOrThrow', () => {
  it('return the document when it is valid', () => {
    expect(Load.decodeOrThrow(base()).title).toBe('Test negotiation')
    expect(Load.parseOrThrow(fixture('jeddah-2025.json')).parties['SA' as PartyId]?.role).toBe('observer')
  })

  it('throw an Error whose message is the rendered list', () => {
    const d = base()
    at(d, 'positions', 0).ideal = 'memebr'
    const r = Load.decode(d)
    expect(() => Load.decodeOrThrow(d)).toThrow(r._tag === 'Left' ? Load.format(r.left) : 'unreachable')
    expect(() => Load.parseOrThrow('[1,')).toThrow(/^1 problem in the negotiation document\n✖ JSON syntax/)
  })
})

describe('Load.check', () => {
  it('runs the semantic checks on a typed document', () => {
    const ok = Load.decodeOrThrow(base())
    expect(Load.check(ok)).toEqual({ _tag: 'Right', right: ok })
    const bad = { ...ok, positions: [{ ...ok.positions[0], party: 'XX' }] } as unknown as Negotiation
    const r = Load.check(bad)
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code])).toEqual([
      ['positions[0].party', 'unknown-reference'],
    ])
  })
})

describe('Load.issueCodes', () => {
  it('documents every code in docs/format.md', () => {
    const doc = readFileSync(join(__dirname, '..', 'docs', 'format.md'), 'utf8')
    for (const code of Object.keys(Load.issueCodes)) expect(doc).toContain(`\`${code}\``)
  })
})

describe('one problem per place', () => {
  it('reports NaN in a text field as a wrong type, not as a number', () => {
    const d = base()
    d.title = Number.NaN
    expect(problems(Load.decode(d))).toEqual([['title', 'type']])
  })

  it('keeps one problem for a draft that is both in a loop and based on a later draft', () => {
    const d = base()
    const p1 = at(d, 'proposals', 'p1')
    at(d, 'proposals').p2 = { ...p1, title: 'Later draft', date: '2025-04-01', basedOn: 'p1' }
    p1.basedOn = 'p2'
    expect(problems(Load.decode(d))).toEqual([['proposals.p1.basedOn', 'cycle']])
  })
})

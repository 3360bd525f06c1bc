/**
 * Small valid negotiation documents, as plain JSON data (what an analyst writes), for the quality tests: the fuzzer
 * mutates them, the immutability table decodes them. Together they cover every domain kind (choice, ordered choice,
 * quantity, subset, flag), every value-set kind, every valuation kind, every condition kind and every event kind.
 *
 * Each seed must decode with `Load.decode` (test/quality/fuzz.prop.test.ts checks that first). Keep them small: the
 * fuzzer copies them thousands of times.
 */

/** A JSON value: what a seed is made of (no `undefined`, no classes). */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json }

/** A ceasefire round: choice, quantity and flag issues; positions with valuations; responses and an agreement. */
export const ceasefireRound: Json = {
  format: 'negotiation-positions/1',
  title: 'Ceasefire round',
  asOf: '2025-04-30',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal', reservation: 0.2 },
    US: { name: 'United States', role: 'mediator' },
  },
  issues: {
    'ceasefire.scope': {
      label: 'Scope of the ceasefire',
      category: 'ceasefire',
      domain: {
        kind: 'choice',
        ordered: true,
        poles: { first: 'No ceasefire', last: 'Full ceasefire' },
        options: [
          { id: 'none', label: 'None' },
          { id: 'energy', label: 'Energy infrastructure' },
          { id: 'full', label: 'Full' },
        ],
      },
    },
    'ceasefire.duration': {
      label: 'Duration of the ceasefire',
      category: 'ceasefire',
      domain: { kind: 'quantity', unit: 'days', min: 0, max: 3650, integer: true },
    },
    zpp: {
      label: 'Zaporizhzhia plant under IAEA control',
      category: 'energy',
      domain: { kind: 'flag', yes: 'IAEA runs it', no: 'It does not' },
    },
  },
  sources: {
    jeddah: { title: 'Joint statement, Jeddah', published: '2025-03-11', publisher: 'US State Department' },
    kremlin: { title: 'Readout of the call', url: 'https://example.org/readout' },
  },
  positions: [
    {
      id: 'ua-scope',
      party: 'UA',
      issue: 'ceasefire.scope',
      asOf: '2025-03-11',
      sources: ['jeddah'],
      kind: 'ideal-demand',
      ideal: 'full',
      acceptable: { kind: 'options', options: ['energy', 'full'] },
      redLines: { kind: 'options', options: ['none'] },
      priority: 0.9,
      valuation: { kind: 'scores', scores: { none: 0, energy: 0.5, full: 1 } },
      confidence: 'high',
    },
    {
      id: 'ru-duration',
      party: 'RU',
      issue: 'ceasefire.duration',
      asOf: '2025-03-18',
      sources: ['kremlin'],
      ideal: 30,
      acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 30 }] },
      redLines: { kind: 'intervals', intervals: [{ min: 365, max: 3650, minOpen: true }] },
      valuation: {
        kind: 'linear',
        points: [
          { at: 0, score: 1 },
          { at: 365, score: 0 },
        ],
      },
      conditions: [
        { kind: 'value', issue: 'zpp', in: { kind: 'flags', values: [false] } },
        { kind: 'sequence', first: 'ceasefire.scope', then: 'ceasefire.duration', by: 'UA' },
      ],
    },
    {
      id: 'ua-zpp',
      party: 'UA',
      issue: 'zpp',
      asOf: '2025-03-18',
      sources: [],
      ideal: true,
      acceptable: { kind: 'flags', values: [true] },
      valuation: { kind: 'scores', scores: { true: 1, false: 0 } },
    },
  ],
  proposals: {
    'us-30-day': {
      title: 'US 30-day full ceasefire',
      date: '2025-03-11',
      tabledBy: ['US'],
      sources: ['jeddah'],
      textStatus: 'published',
      terms: {
        'ceasefire.scope': { value: 'full', point: '1' },
        'ceasefire.duration': { value: 30, text: 'thirty days, extendable' },
      },
    },
    'energy-truce': {
      title: 'Energy-strike moratorium',
      date: '2025-03-18',
      tabledBy: ['RU'],
      sources: ['kremlin'],
      basedOn: 'us-30-day',
      terms: { 'ceasefire.scope': { value: 'energy' }, zpp: { value: false } },
      conditions: [{ kind: 'acceptance', party: 'UA', proposal: 'us-30-day' }],
      sequencing: [{ kind: 'sequence', first: 'zpp', then: 'ceasefire.scope' }],
    },
  },
  events: [
    {
      id: 'e1',
      kind: 'meeting',
      date: '2025-03-11',
      sources: ['jeddah'],
      parties: ['UA', 'US'],
      location: 'Jeddah',
    },
    {
      id: 'e2',
      kind: 'position-stated',
      date: '2025-03-11',
      sources: ['jeddah'],
      party: 'UA',
      positions: ['ua-scope'],
    },
    {
      id: 'e3',
      kind: 'response',
      date: '2025-03-12',
      sources: ['jeddah'],
      party: 'UA',
      proposal: 'us-30-day',
      stance: 'accepted',
    },
    {
      id: 'e4',
      kind: 'response',
      date: '2025-03-18',
      sources: ['kremlin'],
      party: 'RU',
      proposal: 'us-30-day',
      stance: 'countered',
      counter: 'energy-truce',
    },
    {
      id: 'e5',
      kind: 'proposal-tabled',
      date: '2025-03-19',
      sources: ['kremlin'],
      proposal: 'energy-truce',
      by: ['RU', 'US'],
    },
    {
      id: 'e6',
      kind: 'agreement',
      date: '2025-03-25',
      sources: [],
      parties: ['RU', 'UA'],
      proposal: 'energy-truce',
      terms: ['ceasefire.scope'],
      expires: '2025-04-17',
    },
    {
      id: 'e7',
      kind: 'violation-alleged',
      date: '2025-04-01',
      sources: [],
      by: 'RU',
      against: 'UA',
      claim: 'Strike on an energy facility',
      proposal: 'energy-truce',
      terms: ['ceasefire.scope'],
    },
    {
      id: 'e8',
      kind: 'term-expired',
      date: '2025-04-17',
      sources: [],
      proposal: 'energy-truce',
      terms: ['ceasefire.scope'],
    },
    {
      id: 'e9',
      kind: 'statement',
      date: '2025-04-20',
      sources: [],
      party: 'US',
      issues: ['zpp'],
      summary: 'Talks go on',
    },
  ],
}

/** A settlement draft: subset and choice issues, element valuations, subset constraints, a conditional acceptance. */
export const settlementDraft: Json = {
  format: 'negotiation-positions/1',
  title: 'Settlement draft',
  description: 'Sanctions relief and guarantees',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    EU: { name: 'European Union', role: 'guarantor', members: ['France', 'Germany'] },
    UN: { name: 'United Nations', role: 'observer' },
  },
  issues: {
    'sanctions.relief': {
      label: 'Sanctions lifted',
      category: 'sanctions',
      group: 'Sanctions',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'energy', label: 'Energy sector' },
          { id: 'banks', label: 'Banking' },
          { id: 'swift', label: 'SWIFT access', description: 'Reconnection of banks to SWIFT' },
        ],
      },
    },
    nato: {
      label: 'NATO membership',
      category: 'alliance',
      domain: {
        kind: 'choice',
        options: [
          { id: 'member', label: 'Member' },
          { id: 'neutral', label: 'Neutral' },
        ],
      },
    },
  },
  sources: { draft: { title: 'Draft text', note: 'leaked' } },
  positions: [
    {
      id: 'eu-relief',
      party: 'EU',
      issue: 'sanctions.relief',
      asOf: '2025-11-20',
      sources: ['draft'],
      ideal: ['energy'],
      acceptable: { kind: 'subsets', any: [{ include: ['energy'], exclude: ['swift'], maxSize: 2 }] },
      redLines: { kind: 'subsets', any: [{ include: ['swift'] }, { minSize: 3 }] },
      valuation: { kind: 'elements', weights: { energy: 1, banks: 0.5, swift: -1 } },
    },
    {
      id: 'ru-nato',
      party: 'RU',
      issue: 'nato',
      asOf: '2025-11-21',
      sources: [],
      kind: 'red-line',
      ideal: 'neutral',
      redLines: { kind: 'options', options: ['member'] },
      conditions: [{ kind: 'other', text: 'Written into the constitution' }],
    },
  ],
  proposals: {
    draft: {
      title: 'Framework draft',
      date: '2025-11-20',
      tabledBy: ['UA', 'EU'],
      sources: ['draft'],
      textStatus: 'leaked',
      confidence: 'medium',
      terms: {
        'sanctions.relief': { value: ['energy', 'banks'] },
        nato: { value: 'neutral', confidence: 'low', sources: ['draft'] },
      },
    },
  },
  events: [
    {
      id: 'r1',
      kind: 'response',
      date: '2025-11-22',
      endDate: '2025-11-23',
      sources: ['draft'],
      party: 'RU',
      proposal: 'draft',
      stance: 'conditionally-accepted',
      terms: ['nato'],
      conditions: [
        { kind: 'value', issue: 'sanctions.relief', in: { kind: 'subsets', any: [{ include: ['swift'] }] } },
      ],
    },
    {
      id: 'r2',
      kind: 'response',
      date: '2025-11-23',
      sources: [],
      party: 'UN',
      proposal: 'draft',
      stance: 'supported',
    },
    {
      id: 'r3',
      kind: 'response',
      date: '2025-11-24',
      sources: [],
      party: 'UA',
      proposal: 'draft',
      stance: 'withdrawn',
    },
  ],
}

/** The smallest document: no collections, one flag issue. */
export const minimal: Json = {
  format: 'negotiation-positions/1',
  title: 'Minimal',
  parties: { A: { name: 'A', role: 'principal' } },
  issues: { f: { label: 'Flag', category: 'other', domain: { kind: 'flag' } } },
}

/** The seeds by name, for tables and for fast-check's `constantFrom`. */
export const seeds: Readonly<Record<string, Json>> = { ceasefireRound, settlementDraft, minimal }

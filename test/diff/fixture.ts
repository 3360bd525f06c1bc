/**
 * A small negotiation for the diff tests, shaped like the 2025 talks: two principals, a mediator and a guarantor;
 * an army cap (quantity), NATO (ordered choice), guarantors (subset), an energy moratorium (flag) and a talks format
 * (unordered choice); three drafts, the later ones based on the earlier.
 */
import { either as E } from 'fp-ts'
import { frozen } from '../algebra/arbitraries'
import type { Diff, Negotiation, Proposal } from '../../src'

const nato = ['member', 'path', 'deferred', 'renounced', 'barred']

export const negotiation = frozen({
  format: 'negotiation-positions/1',
  title: 'Fixture',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
    EUR: { name: 'European states', role: 'guarantor' },
  },
  issues: {
    'army.size': {
      label: 'Army size',
      category: 'military',
      domain: { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000, integer: true },
    },
    'alliance.nato': {
      label: 'NATO membership',
      category: 'alliance',
      domain: {
        kind: 'choice',
        ordered: true,
        options: nato.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
        poles: { first: 'membership', last: 'a ban' },
      },
    },
    'guarantees.guarantors': {
      label: 'Guarantors',
      category: 'security-guarantees',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'us', label: 'United States' },
          { id: 'european-states', label: 'European states' },
          { id: 'russia', label: 'Russia' },
        ],
      },
    },
    'energy.moratorium': {
      label: 'Energy moratorium',
      category: 'energy',
      domain: { kind: 'flag', yes: 'in force', no: 'not in force' },
    },
    'negotiation.format': {
      label: 'Talks format',
      category: 'procedural',
      domain: {
        kind: 'choice',
        options: [
          { id: 'direct-talks', label: 'Direct talks' },
          { id: 'mediated', label: 'Mediated' },
        ],
      },
    },
  },
  positions: [
    {
      id: 'ru-army',
      party: 'RU',
      issue: 'army.size',
      asOf: '2025-06-02',
      sources: ['s-ru'],
      ideal: 0,
      redLines: { kind: 'intervals', intervals: [{ min: 700_000, max: 1_000_000 }] },
      priority: 1,
    },
    {
      id: 'ru-nato',
      party: 'RU',
      issue: 'alliance.nato',
      asOf: '2025-06-02',
      sources: ['s-ru'],
      ideal: 'barred',
      redLines: { kind: 'options', options: ['member', 'path'] },
    },
    {
      id: 'ua-army',
      party: 'UA',
      issue: 'army.size',
      asOf: '2025-06-02',
      sources: ['s-ua'],
      ideal: 1_000_000,
      acceptable: { kind: 'intervals', intervals: [{ min: 800_000, max: 1_000_000 }] },
    },
    {
      id: 'ua-nato',
      party: 'UA',
      issue: 'alliance.nato',
      asOf: '2025-06-02',
      sources: ['s-ua'],
      ideal: 'member',
      redLines: { kind: 'options', options: ['barred'] },
    },
    {
      id: 'ua-nato-2',
      party: 'UA',
      issue: 'alliance.nato',
      asOf: '2025-11-22',
      sources: ['s-ua2'],
      acceptable: { kind: 'options', options: ['member', 'path', 'deferred'] },
    },
    {
      id: 'ua-energy',
      party: 'UA',
      issue: 'energy.moratorium',
      asOf: '2025-03-11',
      sources: ['s-ua'],
      ideal: true,
    },
    {
      id: 'eur-guar',
      party: 'EUR',
      issue: 'guarantees.guarantors',
      asOf: '2025-06-02',
      sources: ['s-eu'],
      ideal: ['us', 'european-states'],
    },
  ],
  proposals: {
    p28: {
      title: '28-point plan',
      date: '2025-11-20',
      tabledBy: ['US'],
      sources: ['s-28'],
      terms: {
        'army.size': {
          value: 600_000,
          point: '6',
          text: 'The armed forces are capped at 600,000.',
          sources: ['s-28'],
        },
        'alliance.nato': {
          value: 'barred',
          point: '7',
          text: 'Ukraine enshrines that it will not join NATO.',
        },
        'guarantees.guarantors': { value: ['us'], point: '5' },
        'energy.moratorium': { value: true, point: '9' },
      },
      conditions: [
        { kind: 'value', issue: 'alliance.nato', in: { kind: 'options', options: ['renounced', 'barred'] } },
        { kind: 'other', text: 'Subject to a referendum' },
      ],
      sequencing: [{ kind: 'sequence', first: 'army.size', then: 'energy.moratorium' }],
    },
    e3: {
      title: 'E3 counter-text',
      date: '2025-11-23',
      tabledBy: ['EUR'],
      sources: ['s-e3'],
      basedOn: 'p28',
      terms: {
        'army.size': {
          value: 800_000,
          point: '6',
          text: 'Peacetime armed forces are capped at 800,000.',
          sources: ['s-e3'],
        },
        'alliance.nato': {
          value: 'deferred',
          point: '7',
          text: 'Membership depends on the consensus of members.',
        },
        'guarantees.guarantors': { value: ['european-states', 'us'], point: '4' },
        'negotiation.format': { value: 'mediated', point: '1' },
      },
      conditions: [
        { kind: 'other', text: 'Subject to a referendum' },
        {
          kind: 'value',
          issue: 'alliance.nato',
          in: { kind: 'options', options: ['deferred', 'renounced', 'barred'] },
        },
      ],
      sequencing: [{ kind: 'sequence', first: 'energy.moratorium', then: 'army.size' }],
    },
    p20: {
      title: '20-point framework',
      date: '2025-12-24',
      tabledBy: ['US', 'UA'],
      sources: [],
      basedOn: 'e3',
      terms: {
        'army.size': { value: 800_000, point: '5' },
        'alliance.nato': { value: 'deferred', point: '3' },
      },
    },
  },
  events: [],
  sources: {
    's-ru': { title: 'Russian memorandum', url: 'https://example.org/ru' },
    's-ua': { title: 'Ukrainian memorandum' },
    's-ua2': { title: 'Kyiv statement, 22 November' },
    's-eu': { title: 'Coalition declaration' },
    's-28': {
      title: 'The 28 points',
      publisher: 'Axios',
      published: '2025-11-20',
      url: 'https://example.org/28',
    },
    's-e3': { title: 'The European counter-proposal', publisher: 'Reuters', url: 'https://example.org/e3' },
  },
}) as unknown as Negotiation

export const proposal = (id: 'p28' | 'e3' | 'p20'): Proposal =>
  (negotiation.proposals as unknown as Record<string, Proposal>)[id]!

/** The problems a diff reported; throws (failing the test) when it gave a result instead. */
export const problems = <A>(r: E.Either<readonly Diff.DiffProblem[], A>): readonly Diff.DiffProblem[] => {
  if (E.isRight(r)) throw new Error('expected problems')
  return r.left
}

/**
 * The JSON Schema (draft 2020-12) of the negotiation document, written next to the codecs and tested against them:
 * a document the schema accepts is one the codecs accept, and the other way round. The semantic checks of
 * `Load.decode` (references, domains, dates, cycles) are beyond JSON Schema: a document can pass the schema and
 * still be rejected by the loader.
 *
 * @since 0.1.0
 */
import { HOSTILE_KEYS, ID_PATTERN } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { STANCES } from './event'
import { FORMAT } from './negotiation'
import { own } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A JSON Schema, as plain JSON data.
 *
 * @category schema
 * @since 0.1.0
 */
export type JsonSchema = { readonly [key: string]: unknown }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` })

const text = (max = 10_000): JsonSchema => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' })

const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items })

const number: JsonSchema = { type: 'number' }

const bounded = (minimum: number, maximum: number): JsonSchema => ({ type: 'number', minimum, maximum })

const boolean: JsonSchema = { type: 'boolean' }

const constant = (value: string): JsonSchema => ({ const: value })

const words = (values: ReadonlyArray<string>, description: string): JsonSchema => ({
  description,
  enum: [...values],
})

const struct = (
  description: string,
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema => ({
  type: 'object',
  description,
  properties: { ...required, ...optional },
  required: Object.keys(required),
  additionalProperties: false,
})

const notHostile: JsonSchema = { not: { enum: [...HOSTILE_KEYS] } }

const keyed = (key: JsonSchema, value: JsonSchema, description: string): JsonSchema => ({
  type: 'object',
  description,
  propertyNames: key,
  additionalProperties: value,
})

const tagged = (description: string, members: ReadonlyArray<string>): JsonSchema => ({
  description,
  oneOf: members.map(ref),
})

const id = (description: string): JsonSchema => ({
  type: 'string',
  description,
  pattern: ID_PATTERN.source,
  ...notHostile,
})

// -------------------------------------------------------------------------------------
// definitions
// -------------------------------------------------------------------------------------

const score = bounded(0, 1)
const size = bounded(0, Number.MAX_SAFE_INTEGER)
const confidence = ref('Confidence')
const sources = list(ref('SourceId'))
const issueIds = list(ref('IssueId'))

const eventCommon = { id: ref('EventId'), date: ref('IsoDate'), sources }
const eventOptional = {
  endDate: ref('IsoDate'),
  title: text(500),
  summary: text(),
  confidence,
  note: text(),
}
const event = (
  description: string,
  kind: string,
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema =>
  struct(
    description,
    { ...eventCommon, kind: constant(kind), ...required },
    { ...eventOptional, ...optional },
  )

const defs: Readonly<Record<string, JsonSchema>> = {
  // ids and dates
  PartyId: id('The id of a party (RU, UA, US).'),
  IssueId: id('The id of an issue (nato, territory.donetsk).'),
  OptionId: id('The id of an option of a choice issue or an element of a subset issue.'),
  ProposalId: id('The id of a proposal.'),
  EventId: id('The id of an event.'),
  SourceId: id('The id of a source.'),
  PositionId: id('The id of a position.'),
  IsoDate: {
    type: 'string',
    description: 'A real calendar date written YYYY-MM-DD.',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
  },

  // parties and sources
  PartyRole: words(
    ['principal', 'mediator', 'guarantor', 'observer'],
    'Whether the party’s consent is needed.',
  ),
  Party: struct(
    'An actor with a stake; its id is its key in `parties`.',
    { name: text(200), role: ref('PartyRole') },
    { description: text(), members: list(text(200)), reservation: bounded(0, 1) },
  ),
  Confidence: words(['high', 'medium', 'low'], 'How sure the record is.'),
  Source: struct(
    'Where a fact comes from; its id is its key in `sources`.',
    { title: text(1000) },
    { url: text(2000), publisher: text(200), published: ref('IsoDate'), note: text() },
  ),

  // domains
  Option: struct(
    'One option of a choice issue, or one element of a subset universe.',
    { id: ref('OptionId'), label: text(500) },
    { description: text() },
  ),
  Poles: struct('What the first and last options of an ordered choice stand for.', {
    first: text(500),
    last: text(500),
  }),
  ChoiceDomain: struct(
    'A choice among options, optionally ordered from one pole to the other.',
    { kind: constant('choice'), options: list(ref('Option')) },
    { ordered: boolean, poles: ref('Poles') },
  ),
  QuantityDomain: struct(
    'A number with a unit and inclusive bounds.',
    { kind: constant('quantity'), unit: text(100), min: number, max: number },
    { integer: boolean },
  ),
  SubsetDomain: struct('A set of elements drawn from a universe.', {
    kind: constant('subset'),
    universe: list(ref('Option')),
  }),
  FlagDomain: struct('Yes or no.', { kind: constant('flag') }, { yes: text(500), no: text(500) }),
  Domain: tagged('The value space of an issue.', [
    'ChoiceDomain',
    'QuantityDomain',
    'SubsetDomain',
    'FlagDomain',
  ]),

  // values and value sets
  Value: {
    description: 'One point of a domain: an option id, a number, a list of element ids, or true/false.',
    anyOf: [boolean, number, ref('OptionId'), list(ref('OptionId'))],
  },
  OptionSet: struct('A set of options of a choice issue.', {
    kind: constant('options'),
    options: list(ref('OptionId')),
  }),
  Interval: struct(
    'An interval of a quantity issue; bounds are closed unless marked open.',
    { min: number, max: number },
    { minOpen: boolean, maxOpen: boolean },
  ),
  IntervalSet: struct('A union of intervals of a quantity issue.', {
    kind: constant('intervals'),
    intervals: list(ref('Interval')),
  }),
  SubsetConstraint: struct(
    'Elements a subset must include or exclude, and bounds on its size.',
    {},
    { include: list(ref('OptionId')), exclude: list(ref('OptionId')), minSize: size, maxSize: size },
  ),
  SubsetSet: struct('The subsets that satisfy any one of the constraints.', {
    kind: constant('subsets'),
    any: list(ref('SubsetConstraint')),
  }),
  FlagSet: struct('A set of flag values.', { kind: constant('flags'), values: list(boolean) }),
  ValueSet: tagged('A region of a domain.', ['OptionSet', 'IntervalSet', 'SubsetSet', 'FlagSet']),

  // issues
  IssueCategory: words(
    [
      'territory',
      'alliance',
      'sanctions',
      'security-guarantees',
      'ceasefire',
      'military',
      'humanitarian',
      'economic',
      'political',
      'legal',
      'energy',
      'procedural',
      'other',
    ],
    'The broad area an issue belongs to.',
  ),
  Issue: struct(
    'One negotiable dimension; its id is its key in `issues`.',
    { label: text(500), category: ref('IssueCategory'), domain: ref('Domain') },
    { description: text(), group: text(200) },
  ),

  // conditions
  When: struct('Applies only when this issue takes a value in this set.', {
    issue: ref('IssueId'),
    in: ref('ValueSet'),
  }),
  ValueCondition: struct(
    'A requirement that an issue take a value in a set.',
    { kind: constant('value'), issue: ref('IssueId'), in: ref('ValueSet') },
    { when: ref('When'), appliesTo: issueIds, text: text() },
  ),
  AcceptanceCondition: struct(
    'A requirement that another party accept too.',
    { kind: constant('acceptance'), party: ref('PartyId') },
    { proposal: ref('ProposalId'), issues: issueIds, appliesTo: issueIds, text: text() },
  ),
  SequenceCondition: struct(
    'An order of steps: `first` before `then`.',
    { kind: constant('sequence'), first: ref('IssueId'), then: ref('IssueId') },
    { by: ref('PartyId'), appliesTo: issueIds, text: text() },
  ),
  OtherCondition: struct(
    'A condition kept in words.',
    { kind: constant('other'), text: text() },
    { appliesTo: issueIds },
  ),
  Condition: tagged('A condition.', [
    'ValueCondition',
    'AcceptanceCondition',
    'SequenceCondition',
    'OtherCondition',
  ]),

  // valuations and positions
  ScoreValuation: struct('Scores per option of a choice issue, or for true and false of a flag issue.', {
    kind: constant('scores'),
    scores: keyed(notHostile, score, 'Score (0 to 1) per option id, or per `true` / `false`.'),
  }),
  Point: struct('One point of a piecewise-linear valuation.', { at: number, score }),
  LinearValuation: struct('A piecewise-linear score over a quantity issue.', {
    kind: constant('linear'),
    points: list(ref('Point')),
  }),
  ElementValuation: struct('Additive weights per element of a subset issue.', {
    kind: constant('elements'),
    weights: keyed(ref('OptionId'), number, 'Weight per element id.'),
  }),
  Valuation: tagged('An explicit valuation of an issue’s values.', [
    'ScoreValuation',
    'LinearValuation',
    'ElementValuation',
  ]),
  PositionKind: words(
    ['ideal-demand', 'acceptable', 'red-line', 'offer', 'rejection', 'shift', 'statement'],
    'How the record was classified.',
  ),
  Position: struct(
    'A party’s stance on one issue as of a date.',
    {
      id: ref('PositionId'),
      party: ref('PartyId'),
      issue: ref('IssueId'),
      asOf: ref('IsoDate'),
      sources,
    },
    {
      kind: ref('PositionKind'),
      statement: text(),
      ideal: ref('Value'),
      acceptable: ref('ValueSet'),
      redLines: ref('ValueSet'),
      priority: bounded(0, 1),
      valuation: ref('Valuation'),
      reservation: score,
      conditions: list(ref('Condition')),
      confidence,
      event: ref('EventId'),
      note: text(),
    },
  ),

  // proposals
  Term: struct(
    'One term of a proposal.',
    { value: ref('Value') },
    { text: text(), point: text(50), note: text(), sources, confidence },
  ),
  TextStatus: words(['published', 'leaked', 'reported'], 'How the text of a proposal is known.'),
  Proposal: struct(
    'A draft package; its id is its key in `proposals`.',
    {
      title: text(500),
      date: ref('IsoDate'),
      tabledBy: list(ref('PartyId')),
      terms: keyed(ref('IssueId'), ref('Term'), 'Terms keyed by issue id.'),
      sources,
    },
    {
      basedOn: ref('ProposalId'),
      conditions: list(ref('Condition')),
      sequencing: list(ref('SequenceCondition')),
      textStatus: ref('TextStatus'),
      confidence,
      summary: text(),
      note: text(),
    },
  ),

  // events
  Stance: words(STANCES, 'What a party said to a proposal.'),
  PositionStated: event('A party stated positions.', 'position-stated', {
    party: ref('PartyId'),
    positions: list(ref('PositionId')),
  }),
  ProposalTabled: event('A proposal was tabled again.', 'proposal-tabled', {
    proposal: ref('ProposalId'),
    by: list(ref('PartyId')),
  }),
  Response: event(
    'A party’s response to a proposal.',
    'response',
    { party: ref('PartyId'), proposal: ref('ProposalId'), stance: ref('Stance') },
    { terms: issueIds, conditions: list(ref('Condition')), counter: ref('ProposalId') },
  ),
  AgreementReached: event(
    'The listed parties reached an agreement.',
    'agreement',
    { parties: list(ref('PartyId')) },
    { proposal: ref('ProposalId'), terms: issueIds, expires: ref('IsoDate') },
  ),
  ViolationAlleged: event(
    'One party alleged that another broke a term.',
    'violation-alleged',
    { by: ref('PartyId'), against: ref('PartyId'), claim: text() },
    { proposal: ref('ProposalId'), terms: issueIds, reply: text() },
  ),
  TermExpired: event(
    'Terms of a proposal lapsed.',
    'term-expired',
    { proposal: ref('ProposalId') },
    { terms: issueIds },
  ),
  Meeting: event(
    'A round of talks, a summit or a call.',
    'meeting',
    { parties: list(ref('PartyId')) },
    { location: text(500) },
  ),
  Statement: event(
    'A public statement by one party.',
    'statement',
    { party: ref('PartyId') },
    { issues: issueIds },
  ),
  Event: tagged('An event of the negotiation’s history.', [
    'PositionStated',
    'ProposalTabled',
    'Response',
    'AgreementReached',
    'ViolationAlleged',
    'TermExpired',
    'Meeting',
    'Statement',
  ]),

  // the document
  Negotiation: struct(
    'A negotiation document.',
    {
      format: constant(FORMAT),
      title: text(500),
      parties: keyed(ref('PartyId'), ref('Party'), 'Parties keyed by id.'),
      issues: keyed(ref('IssueId'), ref('Issue'), 'Issues keyed by id.'),
    },
    {
      positions: list(ref('Position')),
      proposals: keyed(ref('ProposalId'), ref('Proposal'), 'Proposals keyed by id.'),
      events: list(ref('Event')),
      sources: keyed(ref('SourceId'), ref('Source'), 'Sources keyed by id.'),
      id: text(200),
      description: text(),
      asOf: ref('IsoDate'),
      license: text(500),
      citation: text(),
    },
  ),
}

/** The schema's `$id`. */
const SCHEMA_ID = 'urn:negotiation-positions:schema:negotiation-positions/1'

const schema: JsonSchema = deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'Negotiation document (negotiation-positions/1)',
  description:
    'A negotiation: parties, issues, positions, proposals, events and sources. Structure only: references between ids, values against their issue’s domain and the order of dates are checked by the loader, not by this schema.',
  $ref: '#/$defs/Negotiation',
  $defs: defs,
})

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The JSON Schema (draft 2020-12) of the document format, as a plain, frozen object. It checks structure only; the
 * semantic checks of `Load.decode` are beyond it. Dates use `format: "date"`, so a validator needs its format
 * checks on (for Ajv: `ajv-formats`) to reject `2025-02-30`.
 *
 * @category schema
 * @since 0.1.0
 * @example
 * import { Load } from 'negotiation-positions'
 * const schema = Load.jsonSchema()
 * assert.strictEqual(schema.$schema, 'https://json-schema.org/draft/2020-12/schema')
 */
export const jsonSchema = (): JsonSchema => schema

/**
 * The field names of an object of the format by its codec name (`Position`, `Proposal`, `When`), or `undefined`
 * for a name the format does not have. The loader uses it to suggest the field a typo meant.
 *
 * @internal
 */
export const fieldsOf = (name: string): ReadonlyArray<string> | undefined => {
  const def = own(defs, name)
  const props = def?.['properties']
  return props !== undefined && props !== null && typeof props === 'object' ? Object.keys(props) : undefined
}

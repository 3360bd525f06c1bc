/**
 * The parties and the issue catalogue of the embedded 2025–26 Russia–Ukraine dataset. Both halves of the conversion
 * (timeline → events and proposals; positions.json → positions) import this file, so the ids and options here are
 * the single source of truth for the dataset.
 *
 * Orientation of the ordered scales: on territory, alliance, sanctions, elections, assets, reparations, language,
 * the nuclear plant and military aid the first option is the pole Ukraine prefers and the last the pole Russia
 * prefers. The guarantee and ceasefire scales run from "none" to "most" (no guarantee … collective defence; no foreign
 * troops … a reassurance force; no ceasefire … full), so there Ukraine's ideal is usually the last option.
 */
import { createHash } from 'node:crypto'
import * as Issues from '../../src/model/builders'
import type { Issue, IssueId, Party, PartyId } from '../../src/model'

// -------------------------------------------------------------------------------------
// parties
// -------------------------------------------------------------------------------------

/** The party ids of the dataset. */
export type DatasetParty = 'RU' | 'UA' | 'US' | 'EUR' | 'SA' | 'TR' | 'AE' | 'CH' | 'KP' | 'CN' | 'VA'

/** The parties, keyed by id. */
export const parties: Readonly<Record<DatasetParty, Party>> = {
  RU: {
    name: 'Russia',
    role: 'principal',
    description: 'The Russian Federation: the Kremlin, the foreign ministry and its negotiators.',
  },
  UA: {
    name: 'Ukraine',
    role: 'principal',
    description: 'Ukraine: the president, the Presidential Office and its negotiators.',
  },
  US: { name: 'United States', role: 'mediator', description: 'The US administration and its envoys.' },
  EUR: {
    name: 'European states',
    role: 'guarantor',
    description:
      'European states, the EU institutions and the UK, including the E3 (France, Germany, UK) and the coalition of the willing.',
    members: ['France', 'Germany', 'United Kingdom', 'European Union', 'coalition of the willing'],
  },
  SA: { name: 'Saudi Arabia', role: 'observer', description: 'Host of the Jeddah and Riyadh talks.' },
  TR: { name: 'Turkey', role: 'observer', description: 'Host of the Istanbul talks.' },
  AE: {
    name: 'United Arab Emirates',
    role: 'observer',
    description: 'Host of the Abu Dhabi talks and prisoner-exchange mediator.',
  },
  CH: { name: 'Switzerland', role: 'observer', description: 'Host of the Geneva talks.' },
  KP: {
    name: 'North Korea',
    role: 'observer',
    description: 'Sent troops to fight for Russia in the Kursk region.',
  },
  CN: { name: 'China', role: 'observer', description: 'Named by Russia as a possible guarantor.' },
  VA: { name: 'Holy See', role: 'observer', description: 'Offered the Vatican as a venue for talks.' },
}

// -------------------------------------------------------------------------------------
// issues
// -------------------------------------------------------------------------------------

type Opt = readonly [id: string, label: string, description?: string]

const options = (opts: ReadonlyArray<Opt>) =>
  opts.map(([id, label, description]) =>
    description === undefined ? { id, label } : { id, label, description },
  )

const NO_POLES = { ordered: true } as const

const region = (
  id: 'donetsk' | 'luhansk' | 'zaporizhzhia' | 'kherson',
  label: string,
): Readonly<Record<string, Issue>> =>
  Issues.territory({ region: id, label, holder: 'Ukraine', claimant: 'Russia', group: 'Territory' })

const all = {
  ...Issues.territory({
    region: 'crimea',
    label: 'Crimea',
    holder: 'Ukraine',
    claimant: 'Russia',
    aspects: ['recognition'],
    group: 'Territory',
    descriptions: {
      recognition:
        "Whether, and how far, Russia's sovereignty over Crimea is recognised, from none to recognition in law. Control of Crimea is not on the table.",
    },
  }),
  ...region('donetsk', 'the Donetsk region'),
  ...region('luhansk', 'the Luhansk region'),
  ...region('zaporizhzhia', 'the Zaporizhzhia region'),
  ...region('kherson', 'the Kherson region'),
  'territory.other-areas': Issues.choice(
    'Other occupied areas',
    'territory',
    options([
      ['returned', 'Returned', 'Russia returns the areas it holds outside the four regions.'],
      ['exchanged', 'Exchanged', 'Swapped for a Ukrainian withdrawal elsewhere.'],
      ['kept', 'Kept by Russia', 'Russia keeps them.'],
    ]),
    {
      ordered: true,
      poles: { first: 'returned to Ukraine', last: 'kept by Russia' },
      description:
        "The Russian-held parts of the Kharkiv, Sumy, Dnipropetrovsk and Mykolaiv regions and the Kinburn spit, and Ukraine's incursion into the Kursk and Belgorod regions.",
      group: 'Territory',
    },
  ),
  'territory.line-of-contact': Issues.choice(
    'Line of contact',
    'territory',
    options([
      ['no-basis', 'Not a basis', 'The line is not a basis for a settlement (pre-2014 or 1991 borders).'],
      ['starting-point', 'Starting point', 'Talks start from the current line.'],
      ['frozen', 'Frozen', 'The settlement freezes the current line.'],
      ['beyond-line', 'Beyond the line', 'Ukraine also leaves areas beyond the line.'],
    ]),
    {
      ordered: true,
      poles: { first: 'the line is no basis', last: 'Ukraine withdraws beyond it' },
      description: 'What the current line of contact means in a settlement.',
      group: 'Territory',
    },
  ),
  ...Issues.allianceMembership({
    alliance: { id: 'nato', label: 'NATO' },
    candidate: 'Ukraine',
    description:
      "Whether Ukraine may join NATO: a member, on a path to membership, deferred (left to the Alliance's consensus, no ban), renounced by Ukraine, or barred (constitutional neutrality, NATO's statutes or a binding no).",
  }),
  ...Issues.securityGuarantees({
    beneficiary: 'Ukraine',
    guarantors: [
      { id: 'us', label: 'United States' },
      { id: 'european-states', label: 'European states' },
      { id: 'russia', label: 'Russia' },
      { id: 'china', label: 'China' },
      { id: 'un-security-council', label: 'UN Security Council (permanent members)' },
    ],
  }),
  ...Issues.sanctions({
    regimes: [
      { id: 'us', label: 'US sanctions' },
      { id: 'eu', label: 'EU sanctions' },
      {
        id: 'agri-finance',
        label: 'Agricultural and financial restrictions',
        description:
          'Restrictions on Russian agricultural trade and its financing: Rosselkhozbank and SWIFT, food and fertiliser trade, insurers, ports.',
      },
    ],
    target: 'Russia',
    timing: true,
  }),
  ...Issues.ceasefire({ maxDays: 3650 }),
  'energy.moratorium': Issues.flag('Energy-strike moratorium', 'energy', {
    yes: 'A moratorium on strikes on energy infrastructure is in force.',
    no: 'No moratorium.',
    description: 'Whether a moratorium on strikes on energy infrastructure is in force.',
  }),
  'black-sea.navigation': Issues.flag('Black Sea navigation', 'economic', {
    yes: 'Safe navigation in the Black Sea; no use of force against commercial shipping.',
    no: 'No arrangement.',
    description:
      "Safe navigation in the Black Sea and no use of force against commercial shipping (the 25 March 2025 arrangement). Russia's demand of sanctions relief first is a condition on sanctions.agri-finance, not a value of this issue.",
  }),
  'army.size': Issues.quantity("Cap on Ukraine's armed forces", 'military', {
    unit: 'troops',
    min: 0,
    max: 1_000_000,
    integer: true,
    description:
      "The peacetime cap on the size of Ukraine's armed forces, in troops. 1,000,000 stands for no cap.",
  }),
  'elections.timing': Issues.choice(
    'Elections in Ukraine',
    'political',
    options([
      ['no-deadline', 'No deadline', 'Only once a ceasefire, security and the end of martial law allow.'],
      ['soon-after-signing', 'Soon after signing', 'As soon as possible after the agreement is signed.'],
      ['within-100-days', 'Within 100 days', 'Within 100 days of the agreement.'],
      [
        'before-treaty',
        'Before the treaty',
        'Elections first; the treaty is signed only with the newly elected authorities.',
      ],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'no deadline', last: 'before the treaty' },
      description: 'When Ukraine must hold elections.',
    },
  ),
  'frozen-assets': Issues.choice(
    'Frozen Russian assets',
    'economic',
    options([
      ['to-ukraine', 'To Ukraine', "Used for Ukraine's reconstruction or as reparations."],
      ['frozen', 'Kept frozen', 'Kept frozen until Russia compensates Ukraine.'],
      ['joint-vehicles', 'Joint vehicles', 'Invested through US-led and US–Russia vehicles.'],
      ['returned', 'Returned', 'Unfrozen and returned to Russia.'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'to Ukraine', last: 'returned to Russia' },
      description: "What happens to Russia's frozen central-bank assets.",
    },
  ),
  reparations: Issues.choice(
    'Reparations',
    'legal',
    options([
      ['full', 'Full', 'Russia pays reparations.'],
      ['partial', 'Partial'],
      ['waived', 'Waived', 'A mutual waiver of war damages.'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'Russia pays', last: 'waived' },
      description: 'Whether Russia pays for the damage of the war.',
    },
  ),
  amnesty: Issues.flag('Amnesty', 'legal', {
    yes: 'A blanket amnesty for acts during the war.',
    no: 'No blanket amnesty.',
    description: 'Whether a blanket amnesty covers acts committed during the war.',
  }),
  'prisoners.exchange': Issues.choice(
    'Prisoners and deportees',
    'humanitarian',
    options([
      ['all-for-all', 'All for all', 'All prisoners, civilians and deported children returned.'],
      ['staged', 'Staged', 'Exchanges in stages (e.g. 1000 for 1000).'],
      ['none', 'None'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'all for all', last: 'no exchange' },
      description: 'How prisoners of war, detained civilians and deported children are returned.',
    },
  ),
  'language-church': Issues.choice(
    'Language and church',
    'political',
    options([
      ['eu-standards', 'EU standards', 'Tolerance education and EU rules on minorities and religion.'],
      ['minority-protections', 'Minority protections'],
      [
        'official-status',
        'Official status',
        'Official status for Russian; restrictions on the Ukrainian Orthodox Church lifted.',
      ],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'EU standards', last: 'official status for Russian' },
      description: 'The status of the Russian language and of the Ukrainian Orthodox Church.',
    },
  ),
  'nuclear-plant': Issues.choice(
    'Zaporizhzhia nuclear plant',
    'energy',
    options([
      ['ukrainian-control', 'Ukrainian control'],
      ['us-operated', 'US-operated', 'Returned to Ukraine and run by the US.'],
      ['trilateral', 'Trilateral', 'Joint Ukraine–US–Russia operation.'],
      [
        'iaea-split',
        'IAEA, power split',
        'Restarted under IAEA supervision; power split 50/50 between Russia and Ukraine.',
      ],
      ['russian-control', 'Russian control'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'Ukrainian control', last: 'Russian control' },
      description: 'Who controls and operates the Zaporizhzhia nuclear power plant.',
    },
  ),
  'military-aid': Issues.choice(
    'Western military aid',
    'military',
    options([
      ['continues', 'Continues'],
      ['limited', 'Limited'],
      ['ended', 'Ended'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'continues', last: 'ended' },
      description: 'Western arms and intelligence for Ukraine.',
    },
  ),
  'negotiation.format': Issues.choice(
    'Format of the talks',
    'procedural',
    options([
      ['leaders-meeting', "Leaders' meeting"],
      ['direct-talks', 'Direct talks', 'Direct Russia–Ukraine talks.'],
      ['trilateral', 'Trilateral', 'US–Russia–Ukraine talks.'],
      ['mediated', 'Mediated', 'Separate talks with a mediator (shuttle or proximity talks).'],
      ['multilateral-conference', 'Multilateral conference'],
    ]),
    { ordered: false, description: 'How the parties talk: leaders, delegations, mediators or a conference.' },
  ),
  'economic-normalisation': Issues.choice(
    'Economic normalisation with Russia',
    'economic',
    options([
      ['none', 'None'],
      ['partial', 'Partial'],
      ['full', 'Full', 'Return to the G8 and long-term US–Russia economic cooperation.'],
    ]),
    {
      ...NO_POLES,
      poles: { first: 'none', last: 'full' },
      description: "Russia's return to the world economy and to the G8.",
    },
  ),
} satisfies Record<string, Issue>

/** Every issue id of the catalogue, in catalogue order. */
export const ISSUE_IDS = [
  'territory.crimea.recognition',
  'territory.donetsk.control',
  'territory.donetsk.recognition',
  'territory.luhansk.control',
  'territory.luhansk.recognition',
  'territory.zaporizhzhia.control',
  'territory.zaporizhzhia.recognition',
  'territory.kherson.control',
  'territory.kherson.recognition',
  'territory.other-areas',
  'territory.line-of-contact',
  'alliance.nato',
  'guarantees.guarantors',
  'guarantees.strength',
  'guarantees.foreign-troops',
  'sanctions.us',
  'sanctions.eu',
  'sanctions.agri-finance',
  'sanctions.timing',
  'ceasefire.scope',
  'ceasefire.duration',
  'ceasefire.sequencing',
  'energy.moratorium',
  'black-sea.navigation',
  'army.size',
  'elections.timing',
  'frozen-assets',
  'reparations',
  'amnesty',
  'prisoners.exchange',
  'language-church',
  'nuclear-plant',
  'military-aid',
  'negotiation.format',
  'economic-normalisation',
] as const

/** The ids of the catalogue's issues. */
export type DatasetIssue = (typeof ISSUE_IDS)[number]

const built: Readonly<Record<string, Issue>> = all
const missing = ISSUE_IDS.filter((id) => built[id] === undefined)
const extra = Object.keys(built).filter((id) => !(ISSUE_IDS as ReadonlyArray<string>).includes(id))
if (missing.length > 0 || extra.length > 0)
  throw new Error(
    `the issue catalogue is out of step: missing ${missing.join(', ')}; unexpected ${extra.join(', ')}`,
  )

/** The issue catalogue, keyed by issue id (`territory.donetsk.control`, `alliance.nato`, …), in catalogue order. */
export const issues: Readonly<Record<DatasetIssue, Issue>> = Object.fromEntries(
  ISSUE_IDS.map((id) => [id, built[id] as Issue]),
) as Record<DatasetIssue, Issue>

/** Every issue id of the catalogue, sorted. */
export const issueIds: ReadonlyArray<DatasetIssue> = [...ISSUE_IDS].sort()

/** Brands an issue id of the catalogue (the type parameter rejects ids the catalogue does not have). */
export const issueId = (id: DatasetIssue): IssueId => id as string as IssueId

/** Brands a party id of the dataset. */
export const partyId = (id: DatasetParty): PartyId => id as string as PartyId

// -------------------------------------------------------------------------------------
// sources
// -------------------------------------------------------------------------------------

/**
 * The id of a source: `src-` + the first 10 hex characters of sha1(url); a source with no url gets `src-` + the
 * first 10 hex characters of sha1(title).
 */
export const sourceId = (source: { readonly url?: string | null; readonly title: string }): string =>
  `src-${createHash('sha1')
    .update(source.url != null && source.url !== '' ? source.url : source.title)
    .digest('hex')
    .slice(0, 10)}`

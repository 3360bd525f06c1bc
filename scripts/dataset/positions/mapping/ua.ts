/**
 * Ukraine's records of positions.json (group `UA`), in file order. Rules: see ../mapping.ts.
 */
import {
  between,
  except,
  flags,
  ifAccepts,
  needs,
  on,
  opts,
  rec,
  seq,
  subsets,
  toward,
  words,
  type Entry,
} from '../dsl'

const REGIONS = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] as const
const NO_CAP_IS_ONLY = between(0, 1_000_000, { maxOpen: true })
const CEASEFIRE_FIRST = seq(
  'ceasefire.scope',
  'territory.line-of-contact',
  'Territorial questions only after a full ceasefire.',
)

export const ua: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  territory_crimea: [
    rec(
      '2025-04-22',
      on('territory.crimea.recognition', { redLines: opts('de-jure') }),
      ...REGIONS.map((r) =>
        on(`territory.${r}.recognition`, {
          redLines: opts('de-jure'),
          note: 'The constitutional bar on legal recognition applies to every region.',
        }),
      ),
    ),
    rec(
      '2025-04-23',
      on('territory.crimea.recognition', { ideal: 'none' }),
      on('territory.line-of-contact', { ideal: 'starting-point', conditions: [CEASEFIRE_FIRST] }),
    ),
    rec(
      '2025-06-02',
      on('territory.crimea.recognition', { redLines: opts('de-facto', 'de-jure') }),
      ...(['donetsk', 'zaporizhzhia', 'kherson'] as const).map((r) =>
        on(`territory.${r}.recognition`, {
          redLines: opts('de-facto', 'de-jure'),
          note: 'No Russian gain since February 2014 is recognised (Luhansk has its own record).',
        }),
      ),
    ),
    rec(
      '2025-12-24',
      on('territory.crimea.recognition', {
        acceptable: toward('UA', 'territory.crimea.recognition', 'de-facto'),
        redLines: opts('de-jure'),
        note: 'An implicit de facto freeze without legal recognition lifts de-facto from the red line of 2 June.',
      }),
    ),
  ],
  territory_donetsk: [
    rec(
      '2025-04-23',
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'starting-point'),
        conditions: [
          seq('ceasefire.scope', 'territory.line-of-contact', 'Territory negotiated only after a ceasefire.'),
        ],
      }),
      on('territory.donetsk.recognition', { acceptable: opts('none') }),
    ),
    rec(
      '2025-08-18',
      ...REGIONS.map((r, i) =>
        on(`territory.${r}.control`, {
          redLines: opts('withdrawal'),
          ...(i === 0 ? {} : { note: 'Territory Ukraine still controls, in every region it partly holds.' }),
        }),
      ),
      on('territory.line-of-contact', {
        redLines: opts('beyond-line'),
        note: 'Handing over land Ukraine still holds means leaving areas beyond the line.',
      }),
    ),
    rec(
      '2025-10-17',
      on('territory.donetsk.control', {
        acceptable: toward('UA', 'territory.donetsk.control', 'contact-line'),
      }),
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'frozen'),
        conditions: [seq('ceasefire.scope', 'territory.line-of-contact', 'Stop where we are, then talk.')],
      }),
    ),
    rec(
      '2025-10-21',
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'frozen'),
        note: 'The joint statement makes the line the starting point of talks; the stop at the current line accepted on 17 October stands.',
      }),
    ),
    rec(
      '2025-12-15',
      ...REGIONS.map((r, i) =>
        on(`territory.${r}.recognition`, {
          redLines: opts('de-facto', 'de-jure'),
          ...(i === 0 ? {} : { note: 'Occupied land in every region.' }),
        }),
      ),
    ),
    rec(
      '2025-12-24',
      on('territory.donetsk.control', {
        acceptable: toward('UA', 'territory.donetsk.control', 'demilitarised'),
        conditions: [
          words('Only with an equal Russian pullback.'),
          needs(
            'guarantees.foreign-troops',
            opts('monitors', 'reassurance-force'),
            'International forces in the zone.',
          ),
          words('Approval by a national referendum.'),
          seq('ceasefire.scope', 'territory.donetsk.control', 'A 60-day ceasefire to hold the referendum.'),
        ],
        note: 'A demilitarised free economic zone in the part of Donetsk Ukraine holds; a conditional concession, so recorded as acceptable.',
      }),
    ),
    rec(
      '2026-02-05',
      on('territory.donetsk.control', {
        acceptable: toward('UA', 'territory.donetsk.control', 'contact-line'),
        redLines: opts('demilitarised', 'withdrawal'),
        note: 'Refusing troop withdrawals rules out the demilitarised zone accepted on 24 December (reported, medium confidence).',
      }),
    ),
  ],
  territory_luhansk: [
    rec(
      '2025-06-02',
      on('territory.luhansk.recognition', { redLines: opts('de-facto', 'de-jure') }),
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'starting-point'),
      }),
    ),
    rec(
      '2025-12-24',
      on('territory.luhansk.control', {
        acceptable: toward('UA', 'territory.luhansk.control', 'contact-line'),
        note: 'A freeze on the day of signing.',
      }),
      on('territory.line-of-contact', { acceptable: toward('UA', 'territory.line-of-contact', 'frozen') }),
    ),
  ],
  territory_zaporizhzhia: [
    rec(
      '2025-04-23',
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'starting-point'),
      }),
    ),
    rec(
      '2025-12-24',
      on('territory.zaporizhzhia.control', {
        acceptable: toward('UA', 'territory.zaporizhzhia.control', 'contact-line'),
      }),
      on('territory.zaporizhzhia.recognition', { acceptable: opts('none') }),
    ),
  ],
  territory_kherson: [
    rec(
      '2025-04-23',
      on('territory.line-of-contact', {
        acceptable: toward('UA', 'territory.line-of-contact', 'starting-point'),
      }),
    ),
    rec(
      '2025-12-24',
      on('territory.kherson.control', {
        acceptable: toward('UA', 'territory.kherson.control', 'contact-line'),
      }),
      on('territory.kherson.recognition', { acceptable: opts('none') }),
    ),
  ],
  territory_kursk_and_other: [
    rec('2025-04-23', on('territory.other-areas', { ideal: 'returned' })),
    rec('2025-04-26', on('territory.other-areas')),
    rec('2025-12-24', on('territory.other-areas', { ideal: 'returned' })),
  ],
  nato_membership: [
    rec(
      '2025-04-23',
      on('alliance.nato', {
        ideal: 'deferred',
        note: 'Membership not renounced and left to allied consensus: option deferred.',
      }),
    ),
    rec('2025-06-02', on('alliance.nato', { redLines: opts('renounced', 'barred') })),
    rec('2025-12-09', on('alliance.nato')),
    rec(
      '2025-12-14',
      on('alliance.nato', {
        acceptable: toward('UA', 'alliance.nato', 'renounced'),
        redLines: opts('barred'),
        conditions: [
          needs(
            'guarantees.strength',
            opts('collective-defence'),
            'Bilateral Article 5-like guarantees from the US.',
          ),
          needs(
            'guarantees.guarantors',
            subsets({ include: ['us', 'european-states'] }),
            'Guarantees from the US and from Europe (also Canada and Japan).',
          ),
        ],
        note: 'Dropping the goal lifts renounced from the red line of 2 June; the offer is to drop the goal, not to accept a ban, so barred stays ruled out.',
      }),
    ),
    rec(
      '2025-12-24',
      on('alliance.nato', {
        acceptable: toward('UA', 'alliance.nato', 'renounced'),
        note: 'The 20-point text has no explicit ban on future membership.',
      }),
    ),
  ],
  security_guarantees: [
    rec(
      '2025-04-23',
      on('guarantees.strength', {
        ideal: 'collective-defence',
        note: 'Including a US Article 5-like agreement.',
      }),
    ),
    rec(
      '2025-08-18',
      on('guarantees.guarantors', {
        acceptable: subsets({ include: ['us', 'european-states'] }),
        note: 'EU accession also counted as part of the guarantees.',
      }),
    ),
    rec(
      '2025-12-14',
      on('guarantees.strength', { acceptable: toward('UA', 'guarantees.strength', 'collective-defence') }),
      on('guarantees.guarantors', {
        acceptable: subsets({ include: ['us', 'european-states'] }),
        note: 'Canada and Japan are not in the universe of guarantors.',
      }),
    ),
    rec(
      '2025-12-28',
      on('guarantees.strength', {
        acceptable: toward('UA', 'guarantees.strength', 'collective-defence'),
        conditions: [words('Ratification by the US Congress and the Verkhovna Rada.')],
        note: 'Welcomes a 15-year US guarantee but asks for 30–50 years; the duration has no catalogue issue.',
      }),
    ),
    rec('2026-01-24', on('guarantees.strength')),
    rec(
      '2026-02-06',
      on('guarantees.strength', {
        redLines: opts('none'),
        conditions: [words('No agreement before the US and partner guarantees are in place.')],
      }),
      on('guarantees.guarantors', {
        redLines: subsets({ exclude: ['us'] }),
        note: 'The guarantees must include the US.',
      }),
    ),
  ],
  foreign_troops: [
    rec(
      '2025-04-23',
      on('guarantees.foreign-troops', {
        redLines: opts('none'),
        note: 'No restrictions on friendly foreign forces: a ban on them is ruled out.',
      }),
    ),
    rec('2025-06-02', on('guarantees.foreign-troops', { redLines: opts('none') })),
    rec(
      '2026-01-06',
      on('guarantees.foreign-troops', {
        acceptable: toward('UA', 'guarantees.foreign-troops', 'reassurance-force'),
        conditions: [
          seq(
            'ceasefire.scope',
            'guarantees.foreign-troops',
            'The multinational force deploys after a ceasefire.',
          ),
        ],
      }),
    ),
  ],
  sanctions: [
    rec('2025-03-27', on('sanctions.agri-finance')),
    rec(
      '2025-04-23',
      on('sanctions.timing', {
        acceptable: toward('UA', 'sanctions.timing', 'not-before-peace'),
        note: 'Gradual easing only after a sustainable peace, with snapback.',
      }),
      on('sanctions.us', { acceptable: toward('UA', 'sanctions.us', 'eased'), note: 'Easing, not lifting.' }),
      on('sanctions.eu', { acceptable: toward('UA', 'sanctions.eu', 'eased'), note: 'Easing, not lifting.' }),
    ),
    rec(
      '2025-06-02',
      on('sanctions.timing', {
        acceptable: toward('UA', 'sanctions.timing', 'phased'),
        note: 'Some sanctions lifted in stages, with a mechanism to restore them.',
      }),
    ),
  ],
  ceasefire: [
    rec(
      '2025-03-11',
      on('ceasefire.scope', {
        ideal: 'full',
        conditions: [ifAccepts('RU', 'Only if Russia reciprocates at the same time.')],
      }),
      on('ceasefire.duration', {
        ideal: 30,
        conditions: [ifAccepts('RU', 'Only if Russia reciprocates at the same time.')],
        note: 'Extendable.',
      }),
      on('ceasefire.sequencing', { ideal: 'ceasefire-first' }),
    ),
    rec(
      '2025-04-20',
      on('ceasefire.scope', {
        ideal: 'full',
        conditions: [ifAccepts('RU', 'If Russia extends its Easter truce too.')],
      }),
      on('ceasefire.duration', { ideal: 30 }),
    ),
    rec(
      '2025-04-28',
      on('ceasefire.duration', {
        acceptable: between(30, 3650),
        redLines: between(1, 30, { maxOpen: true }),
        note: 'A three-day truce rejected as insufficient; ready for at least 30 days, starting at once.',
      }),
    ),
    rec('2025-05-08', on('ceasefire.duration')),
    rec(
      '2025-05-10',
      on('ceasefire.scope', { ideal: 'full', note: 'On land, at sea and in the air.' }),
      on('ceasefire.duration', { ideal: 30, note: 'At least 30 days from 12 May.' }),
      on('ceasefire.sequencing', { ideal: 'ceasefire-first', note: 'Unconditional.' }),
    ),
    rec(
      '2025-06-02',
      on('ceasefire.sequencing', {
        redLines: except('ceasefire.sequencing', 'ceasefire-first'),
        conditions: [
          seq(
            'ceasefire.scope',
            'territory.line-of-contact',
            'A full, unconditional ceasefire as the prerequisite for peace talks.',
          ),
        ],
        note: '2–3-day local truces rejected (no catalogue value).',
      }),
    ),
    rec('2025-07-23', on('ceasefire.scope')),
    rec(
      '2025-10-17',
      on('ceasefire.sequencing', {
        acceptable: toward('UA', 'ceasefire.sequencing', 'ceasefire-first'),
        note: 'Stop at the current line, then negotiate.',
      }),
    ),
    rec(
      '2025-12-28',
      on('ceasefire.duration', {
        ideal: 60,
        conditions: [words('The ceasefire allows a referendum on any deal.')],
      }),
    ),
    rec(
      '2026-02-06',
      on('ceasefire.scope', {
        redLines: opts('none'),
        conditions: [
          seq(
            'ceasefire.scope',
            'elections.timing',
            'A ceasefire for the entire referendum and election campaign.',
          ),
        ],
      }),
    ),
  ],
  energy_moratorium: [
    rec(
      '2025-03-19',
      on('energy.moratorium', {
        ideal: true,
        note: 'Also civilian infrastructure; proposes adding rail and ports; will retaliate against violations.',
      }),
    ),
    rec('2025-04-16', on('energy.moratorium')),
    rec(
      '2025-04-20',
      on('energy.moratorium', {
        ideal: true,
        note: 'A 30-day, extendable halt on long-range strikes on all civilian infrastructure, wider than energy.',
      }),
    ),
    rec(
      '2026-01-30',
      on('energy.moratorium', {
        ideal: true,
        conditions: [ifAccepts('RU', 'If Russia reciprocates; no direct deal with Moscow.')],
      }),
    ),
    rec('2026-02-03', on('energy.moratorium')),
  ],
  black_sea: [
    rec(
      '2025-03-25',
      on('black-sea.navigation', {
        acceptable: flags(true),
        conditions: [words('US monitoring.')],
        note: 'Russian navy movement beyond the eastern Black Sea would count as a violation.',
      }),
    ),
    rec(
      '2025-12-24',
      on('black-sea.navigation', {
        ideal: true,
        note: 'Also free commercial use of the Dnipro; the Kinburn spit demilitarised.',
      }),
    ),
  ],
  army_size: [
    rec(
      '2025-04-23',
      on('army.size', {
        redLines: NO_CAP_IS_ONLY,
        note: 'No restrictions: every cap below 1,000,000 (no cap) is ruled out.',
      }),
    ),
    rec('2025-06-02', on('army.size', { redLines: NO_CAP_IS_ONLY })),
    rec(
      '2025-11-23',
      on('army.size', {
        acceptable: between(800_000, 1_000_000),
        redLines: between(0, 800_000, { maxOpen: true }),
        note: 'Accepting 800,000 lifts 800,000 and above from the earlier red line; the 600,000 cap was removed.',
      }),
    ),
    rec('2025-12-24', on('army.size', { acceptable: between(800_000, 1_000_000) })),
  ],
  elections_legitimacy: [
    rec(
      '2025-12-09',
      on('elections.timing', {
        acceptable: toward('UA', 'elections.timing', 'within-100-days'),
        conditions: [
          words('The US and Europe help secure the vote.'),
          words('The election laws are amended.'),
        ],
        note: 'Within 60–90 days: nearest option within-100-days.',
      }),
    ),
    rec(
      '2025-12-24',
      on('elections.timing', {
        acceptable: toward('UA', 'elections.timing', 'within-100-days'),
        note: 'As soon as possible after signing (the offer of 9 December stands); the territorial deal is subject to a national referendum.',
      }),
    ),
    rec(
      '2026-02-06',
      on('elections.timing', {
        conditions: [
          seq('ceasefire.scope', 'elections.timing', 'A ceasefire first.'),
          seq('guarantees.strength', 'elections.timing', 'Security guarantees first.'),
        ],
        note: 'A May timetable called unrealistic.',
      }),
    ),
  ],
  frozen_assets: [
    rec(
      '2025-04-23',
      on('frozen-assets', { ideal: 'to-ukraine' }),
      on('reparations', { ideal: 'full', note: 'Full reconstruction and compensation.' }),
    ),
    rec('2025-06-02', on('reparations', { ideal: 'full' })),
    rec('2025-12-18', on('frozen-assets', { ideal: 'to-ukraine' })),
  ],
  prisoners_humanitarian: [
    rec(
      '2025-03-11',
      on('prisoners.exchange', {
        ideal: 'all-for-all',
        note: "POWs, civilian detainees and deported children during the ceasefire; 'all for all' is not said: nearest option.",
      }),
    ),
    rec('2025-04-23', on('prisoners.exchange', { ideal: 'all-for-all' })),
    rec(
      '2025-06-02',
      on('prisoners.exchange', {
        acceptable: opts('all-for-all', 'staged'),
        note: 'All-for-all exchanges by category: nearest option staged. Also a list of children to be returned.',
      }),
    ),
    rec('2025-12-24', on('prisoners.exchange', { ideal: 'all-for-all' })),
  ],
  language_church: [
    rec('2025-08-21', on('language-church', { redLines: opts('official-status') })),
    rec('2025-10-30', on('language-church')),
    rec('2025-12-24', on('language-church', { acceptable: toward('UA', 'language-church', 'eu-standards') })),
  ],
  nuclear_plant: [
    rec(
      '2025-03-19',
      on('nuclear-plant', {
        acceptable: toward('UA', 'nuclear-plant', 'us-operated'),
        note: 'Joint US–Ukrainian control: nearest option us-operated.',
      }),
    ),
    rec(
      '2025-04-23',
      on('nuclear-plant', {
        ideal: 'ukrainian-control',
        note: 'With US participation; also the Kakhovka dam.',
      }),
    ),
    rec(
      '2025-12-24',
      on('nuclear-plant', {
        redLines: opts('trilateral', 'iaea-split', 'russian-control'),
        note: 'No consensus yet with the US.',
      }),
    ),
    rec('2026-02-05', on('nuclear-plant', { redLines: opts('trilateral', 'iaea-split', 'russian-control') })),
  ],
  military_aid: [
    rec('2025-03-11', on('military-aid', { acceptable: toward('UA', 'military-aid', 'continues') })),
    rec(
      '2025-08-18',
      on('military-aid', { ideal: 'continues', note: 'About $90bn of US weapons, financed by Europe.' }),
    ),
    rec(
      '2025-10-17',
      on('military-aid', { ideal: 'continues', note: 'Tomahawk missiles, in exchange for drones.' }),
    ),
  ],
  reparations_amnesty: [
    rec('2025-06-02', on('reparations', { ideal: 'full' })),
    rec(
      '2025-11-23',
      on('amnesty', {
        redLines: flags(true),
        note: 'The blanket amnesty of the 28-point draft was removed at Geneva (per a Ukrainian official).',
      }),
    ),
  ],
  negotiation_format: [
    rec('2025-03-11', on('negotiation.format')),
    rec(
      '2025-05-15',
      on('negotiation.format', {
        ideal: 'leaders-meeting',
        note: "The red line is on Zelensky's counterpart (Putin himself), not on the format; recorded as the demand for a leaders' meeting.",
      }),
    ),
    rec('2025-05-16', on('negotiation.format', { ideal: 'leaders-meeting' })),
    rec(
      '2025-07-23',
      on('negotiation.format', {
        ideal: 'leaders-meeting',
        note: 'A summit with Trump and Erdogan by the end of August.',
      }),
    ),
    rec(
      '2025-12-24',
      on('negotiation.format', {
        ideal: 'leaders-meeting',
        note: "Territorial questions settled at leaders' level.",
      }),
    ),
  ],
}

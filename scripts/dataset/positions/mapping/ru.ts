/**
 * Russia's records of positions.json (group `RU`), in file order; the territory records are in ru-territory.ts.
 * Rules: see ../mapping.ts.
 */
import {
  between,
  except,
  flags,
  needs,
  on,
  opts,
  points,
  rec,
  seq,
  subsets,
  toward,
  words,
  type Entry,
} from '../dsl'
import { ruTerritory } from './ru-territory'

export const ru: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  ...ruTerritory,
  nato_membership: [
    rec('2024-06-14', on('alliance.nato', { ideal: 'renounced' })),
    rec(
      '2025-05-28',
      on('alliance.nato', {
        ideal: 'barred',
        note: 'A written pledge that NATO will not enlarge to Ukraine (nor to Georgia or Moldova).',
      }),
    ),
    rec('2025-06-02', on('alliance.nato', { redLines: opts('member', 'path', 'deferred') })),
    rec(
      '2025-11-21',
      on('alliance.nato', {
        acceptable: toward('RU', 'alliance.nato', 'barred'),
        note: 'The 28-point formula accepted as a basis for a settlement.',
      }),
    ),
    rec(
      '2025-12-27',
      on('alliance.nato', {
        ideal: 'barred',
        note: 'Guarantees against NATO expansion and neutrality even if Ukraine joins the EU.',
      }),
    ),
  ],
  security_guarantees: [
    rec(
      '2025-08-17',
      on('guarantees.strength', {
        acceptable: toward('RU', 'guarantees.strength', 'collective-defence'),
        note: "Witkoff's account, not confirmed by Moscow. Accepting Article 5-like protection implies accepting weaker guarantees.",
      }),
      on('guarantees.guarantors', {
        acceptable: subsets({ include: ['us', 'european-states'] }),
        note: "Protection offered by the US and Europe (Witkoff's account, not confirmed by Moscow).",
      }),
    ),
    rec(
      '2025-08-20',
      on('guarantees.guarantors', {
        ideal: ['us', 'european-states', 'russia', 'china'],
        acceptable: subsets({ include: ['russia'] }),
        redLines: subsets({ exclude: ['russia'] }),
        note: "The UN Security Council's permanent members (US, UK, France, Russia, China) plus e.g. Germany and Turkey; Turkey is not in the universe. Guarantees without Russia are ruled out, which replaces the acceptance reported by Witkoff on 17 August.",
      }),
    ),
    rec('2025-09-05', on('guarantees.strength')),
    rec('2025-11-27', on('guarantees.strength')),
    rec('2026-02-04', on('guarantees.strength')),
  ],
  foreign_troops: [
    rec('2025-03-06', on('guarantees.foreign-troops', { redLines: opts('reassurance-force') })),
    rec(
      '2025-03-13',
      on('guarantees.foreign-troops', {
        redLines: opts('monitors', 'reassurance-force'),
        note: 'Peacekeepers from NATO states monitoring a truce; the catalogue does not tell monitors apart by nationality.',
      }),
    ),
    rec('2025-06-02', on('guarantees.foreign-troops', { redLines: opts('monitors', 'reassurance-force') })),
    rec(
      '2025-09-05',
      on('guarantees.foreign-troops', {
        redLines: opts('monitors', 'reassurance-force'),
        note: 'Foreign troops of any kind; also called pointless after a lasting peace.',
      }),
    ),
    rec('2026-01-08', on('guarantees.foreign-troops', { redLines: opts('monitors', 'reassurance-force') })),
  ],
  sanctions: [
    rec(
      '2024-06-14',
      on('sanctions.us', { ideal: 'lifted' }),
      on('sanctions.eu', { ideal: 'lifted' }),
      on('sanctions.agri-finance', { ideal: 'lifted' }),
    ),
    rec(
      '2025-03-25',
      on('sanctions.agri-finance', {
        ideal: 'lifted',
        conditions: [
          seq(
            'sanctions.agri-finance',
            'black-sea.navigation',
            'Relief first; the Black Sea deal takes effect only afterwards.',
          ),
        ],
        note: 'Relief for Rosselkhozbank (SWIFT), food and fertiliser trade, insurers, vessels and farm machinery: the agri-finance restrictions lifted.',
      }),
    ),
    rec(
      '2025-06-02',
      on('sanctions.us', {
        ideal: 'lifted',
        note: 'All sanctions lifted; the ban on new ones and the phased restoration of economic ties have no catalogue issue.',
      }),
      on('sanctions.eu', { ideal: 'lifted' }),
      on('sanctions.agri-finance', { ideal: 'lifted' }),
    ),
    rec(
      '2025-08-15',
      on('sanctions.us', {
        acceptable: toward('RU', 'sanctions.us', 'eased'),
        note: 'Scope unclear; read as US relief, the counterpart at Alaska.',
      }),
    ),
    rec(
      '2025-12-27',
      on('sanctions.us', {
        ideal: 'lifted',
        note: 'Sanctions removal written into the US–Ukraine text; the regimes are not named, read as US sanctions.',
      }),
    ),
  ],
  ceasefire: [
    rec(
      '2025-03-13',
      on('ceasefire.scope', {
        acceptable: opts('full'),
        conditions: [
          words('The ceasefire is verified.'),
          words('Guarantees that Ukraine will not mobilise or rearm during the truce.'),
        ],
        note: "Supported 'in principle'.",
      }),
      on('ceasefire.duration', {
        acceptable: points(30),
        conditions: [
          words('The ceasefire is verified.'),
          words('Guarantees that Ukraine will not mobilise or rearm during the truce.'),
        ],
      }),
    ),
    rec(
      '2025-03-18',
      on('ceasefire.scope', {
        acceptable: opts('energy', 'full'),
        conditions: [
          needs(
            'military-aid',
            opts('ended'),
            'A full ceasefire only if foreign military aid and intelligence end.',
            {
              issue: 'ceasefire.scope',
              in: opts('full'),
            },
          ),
          words('A full ceasefire only if Ukraine halts mobilisation.'),
        ],
        note: 'Only the energy pause was accepted outright.',
      }),
    ),
    rec(
      '2025-04-19',
      on('ceasefire.scope', { ideal: 'full', note: 'A unilateral Easter truce, not extended.' }),
      on('ceasefire.duration', { ideal: 1, acceptable: points(1, 30), note: '30 hours, rounded to 1 day.' }),
    ),
    rec(
      '2025-04-28',
      on('ceasefire.scope', { ideal: 'full', note: 'A unilateral Victory Day truce, 8–10 May.' }),
      on('ceasefire.duration', { ideal: 3, acceptable: points(1, 3, 30), note: '72 hours.' }),
    ),
    rec(
      '2025-05-11',
      on('ceasefire.sequencing', {
        ideal: 'framework-first',
        redLines: opts('ceasefire-first'),
        note: 'Talks instead of a ceasefire first, with a truce possibly agreed during them: nearest option framework-first.',
      }),
      on('negotiation.format', { ideal: 'direct-talks' }),
    ),
    rec(
      '2025-06-02',
      on('ceasefire.scope', {
        ideal: 'full',
        conditions: [
          words(
            "Only once Ukraine begins withdrawing from the four regions (option 1) or accepts the 'package' (option 2): no redeployment, demobilisation, no Western arms, elections.",
          ),
        ],
        note: 'Also 2–3-day local truces to collect the dead (no catalogue value).',
      }),
      on('ceasefire.duration', { ideal: 30 }),
    ),
    rec('2025-07-23', on('ceasefire.scope')),
    rec(
      '2025-08-15',
      on('ceasefire.sequencing', {
        ideal: 'settlement-first',
        redLines: except('ceasefire.sequencing', 'settlement-first'),
        note: 'No ceasefire before a comprehensive agreement; replaces the framework-first stance of May and June.',
      }),
    ),
    rec(
      '2025-10-20',
      on('ceasefire.sequencing', {
        redLines: except('ceasefire.sequencing', 'settlement-first'),
        note: 'An immediate ceasefire rejected; restates the red line of 15 August.',
      }),
      on('territory.line-of-contact', {
        redLines: opts('frozen'),
        note: 'A ceasefire at the current lines rejected.',
      }),
    ),
    rec(
      '2025-12-28',
      on('ceasefire.sequencing', {
        redLines: except('ceasefire.sequencing', 'settlement-first'),
        note: 'A 60-day ceasefire before the settlement rejected; restates the red line of 15 August.',
      }),
    ),
  ],
  energy_moratorium: [
    rec(
      '2025-03-18',
      on('energy.moratorium', { ideal: true, note: 'A 30-day mutual halt, ordered from 18 March.' }),
    ),
    rec('2025-03-25', on('energy.moratorium')),
    rec('2025-04-18', on('energy.moratorium')),
    rec('2025-04-21', on('energy.moratorium')),
    rec(
      '2026-01-30',
      on('energy.moratorium', {
        ideal: true,
        note: 'Confirmed only as refraining from strikes on Kyiv until 1 February.',
      }),
    ),
  ],
  black_sea: [
    rec('2025-03-18', on('black-sea.navigation')),
    rec(
      '2025-03-25',
      on('black-sea.navigation', {
        acceptable: flags(true),
        conditions: [
          needs(
            'sanctions.agri-finance',
            opts('eased', 'lifted'),
            'Only after the agricultural and financial sanctions are lifted.',
          ),
        ],
        note: 'Also inspections of commercial vessels.',
      }),
    ),
  ],
  army_size: [
    rec('2024-06-14', on('army.size')),
    rec(
      '2025-06-02',
      on('army.size', {
        acceptable: between(0, 1_000_000, { maxOpen: true }),
        note: 'Caps on troop numbers, with no figure: any cap, but not no cap (1,000,000).',
      }),
    ),
    rec(
      '2025-12-19',
      on('army.size', {
        redLines: points(1_000_000),
        note: "'Demilitarisation' as an unchanged goal rules out no cap (1,000,000); no figure given.",
      }),
    ),
    rec(
      '2025-12-27',
      on('army.size', {
        acceptable: between(0, 800_000, { maxOpen: true }),
        note: 'Tighter limits than the 800,000 of the 20-point text; no figure given. Narrower than the any-cap stance of June.',
      }),
    ),
  ],
  elections_legitimacy: [
    rec(
      '2025-06-02',
      on('elections.timing', {
        ideal: 'before-treaty',
        note: 'Elections within 100 days of the end of martial law; the treaty is signed only with the newly elected authorities.',
      }),
    ),
    rec(
      '2025-11-27',
      on('elections.timing', {
        redLines: except('elections.timing', 'before-treaty'),
        note: "Signing with the current leadership is 'legally impossible': only elections before the treaty will do.",
      }),
    ),
    rec('2025-12-19', on('elections.timing')),
  ],
  frozen_assets: [
    rec('2025-05-28', on('frozen-assets', { ideal: 'returned' })),
    rec('2025-12-19', on('frozen-assets', { redLines: opts('to-ukraine') })),
    rec('2025-12-27', on('frozen-assets')),
  ],
  prisoners_humanitarian: [
    rec(
      '2025-03-18',
      on('prisoners.exchange', { ideal: 'staged', note: '175 for 175, plus 23 seriously wounded.' }),
    ),
    rec('2025-05-16', on('prisoners.exchange', { acceptable: opts('staged'), note: '1,000 for 1,000.' })),
    rec(
      '2025-06-02',
      on('prisoners.exchange', {
        acceptable: opts('staged'),
        note: "All for all only within categories (severely wounded and ill, 18–25-year-olds): nearer to staged than to a general all-for-all. The amnesty for 'political prisoners' and civilian releases have no catalogue value.",
      }),
    ),
    rec(
      '2025-07-23',
      on('prisoners.exchange', {
        acceptable: opts('staged'),
        note: 'At least 1,200 each; also a civilian exchange.',
      }),
    ),
    rec('2025-08-24', on('prisoners.exchange')),
  ],
  language_church: [
    rec(
      '2024-06-14',
      on('language-church', {
        ideal: 'minority-protections',
        note: 'Protecting the interests of Russian speakers: nearest option minority-protections.',
      }),
    ),
    rec('2025-06-02', on('language-church', { ideal: 'official-status' })),
    rec('2025-08-15', on('language-church', { ideal: 'official-status' })),
    rec(
      '2025-12-27',
      on('language-church', {
        acceptable: toward('RU', 'language-church', 'minority-protections'),
        note: "More than the 'tolerance' clause of the 20-point text (eu-standards); no status named.",
      }),
    ),
  ],
  nuclear_plant: [
    rec(
      '2025-03-25',
      on('nuclear-plant', {
        redLines: opts('ukrainian-control', 'us-operated', 'trilateral'),
        note: 'Transfer to Ukraine or a third country, or joint operation, ruled out.',
      }),
    ),
    rec(
      '2025-04-28',
      on('nuclear-plant', {
        redLines: opts('ukrainian-control', 'us-operated', 'trilateral'),
        note: 'Rosatom runs the plant under IAEA monitoring; a change of ownership ruled out.',
      }),
    ),
    rec('2025-04-30', on('nuclear-plant')),
  ],
  military_aid: [
    rec(
      '2025-03-18',
      on('military-aid', {
        redLines: except('military-aid', 'ended'),
        note: 'A key condition of a full ceasefire.',
      }),
    ),
    rec('2025-06-02', on('military-aid', { ideal: 'ended' })),
    rec('2025-10-16', on('military-aid')),
  ],
  reparations_amnesty: [
    rec(
      '2025-05-16',
      on('reparations', { ideal: 'waived', note: 'Ukraine renounces its reparations claims.' }),
    ),
    rec('2025-06-02', on('reparations', { ideal: 'waived' }), on('amnesty', { ideal: true })),
  ],
  negotiation_format: [
    rec('2025-04-25', on('negotiation.format', { ideal: 'direct-talks' })),
    rec('2025-05-15', on('negotiation.format')),
    rec(
      '2025-07-23',
      on('negotiation.format', {
        redLines: opts('leaders-meeting'),
        note: "A leaders' meeting only to sign an already finished agreement, not to negotiate.",
      }),
    ),
    rec(
      '2025-09-05',
      on('negotiation.format', {
        acceptable: opts('direct-talks', 'leaders-meeting'),
        redLines: opts(),
        conditions: [words('The meeting would be in Moscow.')],
        note: "The invitation lifts the red line of 23 July on a leaders' meeting, though agreement on key issues was called practically impossible.",
      }),
    ),
    rec('2025-12-29', on('negotiation.format')),
  ],
}

/**
 * Europe's records (group `EUR`) and the observers' records (group `OTHER`, each mapped to the party its text
 * names) of positions.json, in file order. Rules: see ../mapping.ts.
 */
import { between, except, on, opts, rec, recAs, seq, toward, words, type Entry } from '../dsl'

const CEASEFIRE_BEFORE_TERRITORY = (text: string) => seq('ceasefire.scope', 'territory.line-of-contact', text)
const AFTER_CEASEFIRE = seq(
  'ceasefire.scope',
  'guarantees.foreign-troops',
  'The force deploys after a ceasefire.',
)
const ONLY_CEASEFIRE_FIRST = except('ceasefire.sequencing', 'ceasefire-first')

export const eur: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  territory_crimea: [
    rec('2025-04-23', on('territory.crimea.recognition', { redLines: opts('de-facto', 'de-jure') })),
  ],
  territory_general: [
    rec(
      '2025-04-23',
      on('territory.line-of-contact', {
        acceptable: toward('EUR', 'territory.line-of-contact', 'starting-point'),
        conditions: [CEASEFIRE_BEFORE_TERRITORY('Territorial questions only after a full ceasefire.')],
      }),
    ),
    rec(
      '2025-08-09',
      on('territory.line-of-contact', {
        conditions: [
          words('Any territorial exchange must be reciprocal.'),
          CEASEFIRE_BEFORE_TERRITORY('A ceasefire first.'),
        ],
      }),
    ),
    rec(
      '2025-10-21',
      on('territory.line-of-contact', {
        acceptable: toward('EUR', 'territory.line-of-contact', 'starting-point'),
        conditions: [
          CEASEFIRE_BEFORE_TERRITORY('The fighting stops at once; talks start from the current line.'),
        ],
        note: 'Borders must not be changed by force.',
      }),
    ),
    rec(
      '2025-11-23',
      on('territory.line-of-contact', {
        acceptable: toward('EUR', 'territory.line-of-contact', 'starting-point'),
        note: 'Talks on territorial swaps start from the line of contact; no recognition of Russian control in advance.',
      }),
    ),
  ],
  nato_membership: [
    rec('2025-04-23', on('alliance.nato')),
    rec(
      '2025-11-23',
      on('alliance.nato', {
        acceptable: toward('EUR', 'alliance.nato', 'deferred'),
        note: "Membership depends on allied consensus, which 'does not exist'; the non-enlargement clause to be deleted.",
      }),
    ),
  ],
  security_guarantees: [
    rec(
      '2025-04-23',
      on('guarantees.strength', { ideal: 'collective-defence', note: 'A US Article 5-like agreement.' }),
      on('guarantees.guarantors', {
        ideal: ['us', 'european-states'],
        note: 'The US and an ad hoc European-led guarantor group.',
      }),
    ),
    rec(
      '2025-09-04',
      on('guarantees.foreign-troops', {
        ideal: 'reassurance-force',
        conditions: [AFTER_CEASEFIRE],
        note: '26 countries; on land, at sea or in the air.',
      }),
    ),
    rec(
      '2025-11-23',
      on('guarantees.strength', {
        ideal: 'collective-defence',
        note: 'A bilateral US guarantee mirroring Article 5.',
      }),
    ),
    rec(
      '2026-01-06',
      on('guarantees.foreign-troops', {
        ideal: 'reassurance-force',
        conditions: [AFTER_CEASEFIRE],
        note: "A multinational force and US-led monitoring. The declaration's 'legally binding support' if Ukraine is attacked again lies between arms supply and collective defence and is not mapped to a strength.",
      }),
    ),
  ],
  foreign_troops: [
    rec(
      '2025-03-27',
      on('guarantees.foreign-troops', {
        ideal: 'reassurance-force',
        conditions: [AFTER_CEASEFIRE],
        note: 'UK–French-led, not on the front line; Italy declines to send troops.',
      }),
    ),
    rec(
      '2025-11-23',
      on('guarantees.foreign-troops', {
        acceptable: toward('EUR', 'guarantees.foreign-troops', 'reassurance-force'),
        note: 'NATO would not station troops permanently in peacetime; a coalition presence stays open.',
      }),
    ),
    rec(
      '2026-01-06',
      on('guarantees.foreign-troops', {
        ideal: 'reassurance-force',
        conditions: [AFTER_CEASEFIRE],
        note: 'UK and French military hubs and protected depots; Germany supports without basing; Italy and Poland send no troops.',
      }),
    ),
  ],
  sanctions: [
    rec(
      '2025-04-23',
      on('sanctions.timing', {
        redLines: opts('on-signing'),
        note: 'Gradual relief only after a sustainable peace, with snapback: relief on signing is ruled out.',
      }),
    ),
    rec('2025-05-10', on('sanctions.eu')),
    rec('2025-07-18', on('sanctions.eu')),
    rec('2025-10-23', on('sanctions.eu')),
  ],
  ceasefire: [
    rec(
      '2025-05-10',
      on('ceasefire.scope', { ideal: 'full' }),
      on('ceasefire.duration', { ideal: 30, note: 'From 12 May.' }),
      on('ceasefire.sequencing', {
        ideal: 'ceasefire-first',
        conditions: [
          CEASEFIRE_BEFORE_TERRITORY(
            'An unconditional ceasefire cannot be preceded by negotiations (Macron).',
          ),
        ],
      }),
    ),
    rec(
      '2025-08-09',
      on('ceasefire.sequencing', {
        redLines: ONLY_CEASEFIRE_FIRST,
        conditions: [CEASEFIRE_BEFORE_TERRITORY('The ceasefire precedes other steps.')],
      }),
    ),
    rec(
      '2025-08-18',
      on('ceasefire.sequencing', {
        redLines: ONLY_CEASEFIRE_FIRST,
        note: 'Merz: no next meeting without a ceasefire.',
      }),
    ),
    rec(
      '2025-10-21',
      on('ceasefire.sequencing', { acceptable: toward('EUR', 'ceasefire.sequencing', 'ceasefire-first') }),
    ),
  ],
  army_size: [
    rec(
      '2025-04-23',
      on('army.size', {
        redLines: between(0, 1_000_000, { maxOpen: true }),
        note: 'No restrictions: every cap below 1,000,000 (no cap) is ruled out.',
      }),
    ),
    rec(
      '2025-11-23',
      on('army.size', {
        acceptable: between(800_000, 1_000_000),
        redLines: between(0, 800_000, { maxOpen: true }),
        note: 'A peacetime cap of 800,000 lifts 800,000 and above from the red line of 23 April.',
      }),
    ),
    rec(
      '2026-01-06',
      on('army.size', {
        ideal: 800_000,
        note: 'About 800,000, sustained by partners as the first line of defence.',
      }),
    ),
  ],
  frozen_assets: [
    rec(
      '2025-04-23',
      on('frozen-assets', { ideal: 'to-ukraine' }),
      on('reparations', { ideal: 'full', note: 'Compensation for Ukraine.' }),
    ),
    rec(
      '2025-10-21',
      on('frozen-assets', { ideal: 'to-ukraine', note: 'The full value of the immobilised assets.' }),
    ),
    rec(
      '2025-11-23',
      on('frozen-assets', {
        redLines: opts('joint-vehicles', 'returned'),
        note: 'The assets stay frozen until Russia compensates Ukraine; not placed in US-led vehicles.',
      }),
    ),
    rec(
      '2025-12-18',
      on('frozen-assets', {
        acceptable: toward('EUR', 'frozen-assets', 'frozen'),
        note: 'The reparations loan was not agreed and the assets stay immobilised indefinitely (EUR 90bn joint borrowing instead); the earlier ideal (to Ukraine) is not withdrawn.',
      }),
    ),
  ],
  prisoners_humanitarian: [rec('2025-04-23', on('prisoners.exchange', { ideal: 'all-for-all' }))],
  nuclear_plant: [
    rec('2025-04-23', on('nuclear-plant', { ideal: 'ukrainian-control', note: 'With US participation.' })),
  ],
  negotiation_format: [
    rec(
      '2025-05-11',
      on('ceasefire.sequencing', {
        redLines: ONLY_CEASEFIRE_FIRST,
        conditions: [
          seq('ceasefire.scope', 'negotiation.format', 'A ceasefire before talks (Merz, Macron, Tusk).'),
        ],
      }),
    ),
    rec('2025-08-18', on('negotiation.format')),
  ],
}

export const other: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  negotiation_format: [
    recAs(
      'SA',
      '2025-03-11',
      on('negotiation.format', {
        ideal: 'mediated',
        note: 'Hosting the Jeddah talks and the separate US–Russia and US–Ukraine talks in Riyadh, with the US as mediator.',
      }),
    ),
    recAs(
      'TR',
      '2025-05-16',
      on('negotiation.format', {
        ideal: 'direct-talks',
        note: 'Hosting the three Istanbul rounds; also urges a ceasefire.',
      }),
    ),
    recAs('VA', '2025-05-19', on('negotiation.format')),
    recAs(
      'AE',
      '2026-01-23',
      on('negotiation.format', { ideal: 'trilateral', note: 'Hosting the Abu Dhabi trilateral rounds.' }),
      on('negotiation.format', {
        party: 'CH',
        ideal: 'trilateral',
        note: 'Hosting the Geneva trilateral round.',
      }),
    ),
  ],
  prisoners_humanitarian: [
    recAs(
      'AE',
      '2025-08-24',
      on('prisoners.exchange', {
        ideal: 'staged',
        note: 'Mediating exchanges, one batch at a time: nearest option staged.',
      }),
    ),
  ],
  security_guarantees: [recAs('CN', '2025-08-20', on('guarantees.guarantors'))],
  territory_kursk_and_other: [recAs('KP', '2025-04-26', on('territory.other-areas'))],
}

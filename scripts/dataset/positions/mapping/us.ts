/**
 * The United States' records of positions.json (group `US`), in file order. Rules: see ../mapping.ts. The US is
 * the mediator: it has no pole, so its `acceptable` sets list only the values its records name.
 */
import { on, opts, rec, seq, words, type Entry } from '../dsl'

export const us: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  territory_crimea: [
    rec(
      '2025-04-17',
      on('territory.crimea.recognition', { ideal: 'de-jure', note: 'Recognition by the US.' }),
    ),
    rec('2025-04-23', on('territory.crimea.recognition')),
    rec('2025-08-17', on('territory.crimea.recognition')),
    rec(
      '2025-11-20',
      on('territory.crimea.recognition', { ideal: 'de-facto', note: 'Including by the US.' }),
    ),
  ],
  territory_donetsk: [
    rec('2025-02-12', on('territory.line-of-contact')),
    rec(
      '2025-04-17',
      on('territory.donetsk.control', { ideal: 'contact-line' }),
      on('territory.donetsk.recognition', { ideal: 'de-facto' }),
      on('territory.line-of-contact', { ideal: 'frozen', note: 'A freeze roughly at the current lines.' }),
    ),
    rec('2025-09-23', on('territory.donetsk.control')),
    rec(
      '2025-10-17',
      on('territory.line-of-contact', { ideal: 'frozen' }),
      on('territory.donetsk.control', { ideal: 'contact-line' }),
    ),
    rec(
      '2025-11-20',
      on('territory.donetsk.control', {
        ideal: 'demilitarised',
        note: 'Ukraine withdraws from the part it holds, which becomes a demilitarised buffer zone.',
      }),
      on('territory.donetsk.recognition', {
        ideal: 'de-facto',
        note: "The buffer zone 'recognised as Russian': the plan's recognition clause is de facto (as for Luhansk and Crimea).",
      }),
      on('territory.line-of-contact', { ideal: 'beyond-line' }),
    ),
    rec(
      '2025-12-15',
      on('territory.donetsk.control', { ideal: 'withdrawal', note: 'Per AFP and Reuters.' }),
      on('territory.line-of-contact', { ideal: 'beyond-line' }),
    ),
    rec(
      '2025-12-24',
      on('territory.donetsk.control', {
        ideal: 'demilitarised',
        note: 'A demilitarised free economic zone in the disputed part of Donbas.',
      }),
    ),
  ],
  territory_zaporizhzhia: [
    rec('2025-04-17', on('territory.zaporizhzhia.recognition', { ideal: 'de-facto' })),
    rec(
      '2025-11-20',
      on('territory.zaporizhzhia.control', { ideal: 'contact-line' }),
      on('territory.zaporizhzhia.recognition', { ideal: 'de-facto' }),
    ),
  ],
  territory_kherson: [
    rec(
      '2025-04-17',
      on('territory.kherson.recognition', {
        ideal: 'de-facto',
        note: 'Some summaries add the Kinburn spit and Dnipro passage for Ukraine.',
      }),
    ),
    rec('2025-11-20', on('territory.kherson.control', { ideal: 'contact-line' })),
  ],
  territory_luhansk: [
    rec('2025-04-17', on('territory.luhansk.recognition', { ideal: 'de-facto' })),
    rec(
      '2025-11-20',
      on('territory.luhansk.recognition', { ideal: 'de-facto', note: 'Including by the US.' }),
    ),
  ],
  territory_kursk_and_other: [
    rec(
      '2025-04-17',
      on('territory.other-areas', { ideal: 'returned', note: 'The occupied parts of Kharkiv region.' }),
    ),
    rec(
      '2025-11-20',
      on('territory.other-areas', {
        ideal: 'exchanged',
        note: "Russia gives up 'agreed areas' within the package in which Ukraine leaves Donetsk: nearest option exchanged.",
      }),
    ),
  ],
  nato_membership: [
    rec('2025-02-12', on('alliance.nato')),
    rec(
      '2025-04-17',
      on('alliance.nato', {
        ideal: 'renounced',
        note: 'Ukraine will not become a member; it may join the EU.',
      }),
    ),
    rec('2025-08-17', on('alliance.nato', { redLines: opts('member', 'path') })),
    rec('2025-11-20', on('alliance.nato', { ideal: 'barred' })),
    rec('2025-11-23', on('alliance.nato')),
  ],
  security_guarantees: [
    rec(
      '2025-02-12',
      on('guarantees.foreign-troops', {
        ideal: 'reassurance-force',
        note: 'European and non-European troops in a non-NATO mission, without Article 5 cover for them and with no US troops.',
      }),
    ),
    rec(
      '2025-04-17',
      on('guarantees.guarantors', {
        ideal: ['european-states'],
        note: 'An ad hoc European group plus willing non-European states (not in the universe); no US commitment.',
      }),
    ),
    rec(
      '2025-08-17',
      on('guarantees.strength', {
        ideal: 'collective-defence',
        note: "'Article 5-like' protection (Witkoff).",
      }),
      on('guarantees.guarantors', { ideal: ['us', 'european-states'] }),
    ),
    rec(
      '2025-08-18',
      on('guarantees.guarantors', {
        ideal: ['us', 'european-states'],
        note: 'Europe as the first line of defence; no US ground troops committed.',
      }),
    ),
    rec(
      '2025-11-20',
      on('guarantees.strength', {
        ideal: 'collective-defence',
        conditions: [
          words('The US is compensated for the guarantee.'),
          words('The guarantee is void if Ukraine attacks Russia.'),
        ],
        note: 'A coordinated military response and snapback of sanctions if Russia invades: nearest option collective-defence.',
      }),
    ),
    rec(
      '2025-12-15',
      on('guarantees.strength', {
        ideal: 'collective-defence',
        conditions: [words('Approval by the US Congress (reported).')],
        note: 'A legally binding NATO-style guarantee: weapons, intelligence and air options if Russia violates; no US ground troops.',
      }),
    ),
    rec(
      '2025-12-28',
      on('guarantees.guarantors', {
        ideal: ['us', 'european-states'],
        note: 'For 15 years, extendable; Europe to take a big part.',
      }),
    ),
    rec(
      '2026-01-06',
      on('guarantees.foreign-troops', {
        acceptable: opts('none', 'monitors', 'reassurance-force'),
        note: "Endorses the coalition's force and will lead ceasefire monitoring, without a US backstop; the 28-point plan's 'no NATO troops' (none) is not withdrawn in words.",
      }),
    ),
  ],
  foreign_troops: [
    rec('2025-02-12', on('guarantees.foreign-troops', { conditions: [words('No US troops in Ukraine.')] })),
    rec(
      '2025-11-20',
      on('guarantees.foreign-troops', {
        ideal: 'none',
        note: 'No NATO troops in Ukraine; European jets based in Poland.',
      }),
    ),
    rec('2026-01-06', on('guarantees.foreign-troops')),
  ],
  sanctions: [
    rec(
      '2025-03-25',
      on('sanctions.agri-finance', {
        ideal: 'eased',
        note: 'Help restore access for Russian farm and fertiliser exports (insurance, ports, payments).',
      }),
    ),
    rec(
      '2025-04-17',
      on('sanctions.us', { ideal: 'lifted', note: 'Sanctions imposed since 2014.' }),
      on('economic-normalisation', {
        ideal: 'partial',
        note: 'US–Russia energy and industrial cooperation, without the G8 return of the later plan: nearest option partial.',
      }),
    ),
    rec('2025-07-14', on('sanctions.us')),
    rec('2025-10-22', on('sanctions.us')),
    rec(
      '2025-11-20',
      on('sanctions.timing', { ideal: 'phased' }),
      on('economic-normalisation', { ideal: 'full' }),
    ),
  ],
  ceasefire: [
    rec(
      '2025-03-11',
      on('ceasefire.scope', { ideal: 'full' }),
      on('ceasefire.duration', { ideal: 30, note: 'Interim and extendable.' }),
      on('ceasefire.sequencing', { ideal: 'ceasefire-first' }),
    ),
    rec(
      '2025-05-10',
      on('ceasefire.sequencing', {
        acceptable: opts('ceasefire-first'),
        note: 'Per European leaders; Kellogg: ceasefire first.',
      }),
      on('ceasefire.scope', { acceptable: opts('full') }),
    ),
    rec(
      '2025-08-16',
      on('ceasefire.sequencing', {
        ideal: 'settlement-first',
        acceptable: opts('settlement-first'),
        note: 'Straight to a peace agreement: drops the ceasefire-first stance of 11 March and 10 May.',
      }),
    ),
    rec('2025-08-18', on('ceasefire.sequencing')),
    rec(
      '2025-10-17',
      on('ceasefire.sequencing', {
        ideal: 'ceasefire-first',
        acceptable: opts('ceasefire-first'),
        note: 'An immediate stop at the current line: back to ceasefire first, dropping the settlement-first stance of 16 August.',
      }),
    ),
    rec(
      '2025-11-20',
      on('ceasefire.sequencing', {
        ideal: 'framework-first',
        acceptable: opts('framework-first'),
        conditions: [
          seq(
            'territory.donetsk.control',
            'ceasefire.scope',
            'The ceasefire takes effect once the sides withdraw to the agreed positions.',
          ),
        ],
        note: 'The plan first, then the withdrawals and the ceasefire: replaces the ceasefire-first stance of 17 October.',
      }),
    ),
    rec('2026-01-06', on('ceasefire.scope')),
  ],
  energy_moratorium: [
    rec(
      '2025-03-18',
      on('energy.moratorium', {
        ideal: true,
        note: "A 30-day mutual halt; the White House said 'energy and infrastructure'.",
      }),
    ),
    rec(
      '2026-01-29',
      on('energy.moratorium', {
        ideal: true,
        note: 'A week without strikes on Kyiv and other cities during extreme cold.',
      }),
    ),
  ],
  black_sea: [
    rec('2025-03-25', on('black-sea.navigation', { ideal: true })),
    rec('2025-03-26', on('black-sea.navigation')),
    rec(
      '2025-11-20',
      on('black-sea.navigation', { ideal: true, note: 'Also commercial use of the Dnipro.' }),
    ),
  ],
  army_size: [
    rec(
      '2025-04-17',
      on('army.size', { ideal: 1_000_000, note: 'No cap (per the WSJ); 1,000,000 stands for no cap.' }),
    ),
    rec('2025-11-20', on('army.size', { ideal: 600_000 })),
    rec('2025-12-15', on('army.size', { ideal: 800_000, note: 'About 800,000.' })),
  ],
  elections_legitimacy: [
    rec('2025-11-20', on('elections.timing', { ideal: 'within-100-days' })),
    rec('2025-12-09', on('elections.timing')),
    rec(
      '2026-02-06',
      on('elections.timing', {
        ideal: 'within-100-days',
        note: 'National elections with the referendum, possibly in May after a deal by March.',
      }),
    ),
  ],
  frozen_assets: [
    rec(
      '2025-11-20',
      on('frozen-assets', {
        ideal: 'joint-vehicles',
        note: 'US-led reconstruction with half the profits to the US; Europe adds $100bn; the rest to a US–Russia vehicle.',
      }),
    ),
  ],
  prisoners_humanitarian: [
    rec('2025-03-19', on('prisoners.exchange')),
    rec('2026-02-05', on('prisoners.exchange', { ideal: 'staged', note: '157 for 157.' })),
  ],
  nuclear_plant: [
    rec(
      '2025-03-19',
      on('nuclear-plant', {
        ideal: 'us-operated',
        note: "US ownership or operation of Ukraine's power plants.",
      }),
    ),
    rec('2025-04-17', on('nuclear-plant', { ideal: 'us-operated', note: 'Power shared with Russia.' })),
    rec('2025-11-20', on('nuclear-plant', { ideal: 'iaea-split' })),
    rec(
      '2025-12-24',
      on('nuclear-plant', { ideal: 'trilateral', note: 'Enerhodar a demilitarised free economic zone.' }),
    ),
  ],
  language_church: [
    rec('2025-11-20', on('language-church', { ideal: 'eu-standards', note: 'Also a ban on Nazi ideology.' })),
  ],
  military_aid: [
    rec('2025-03-03', on('military-aid')),
    rec('2025-03-11', on('military-aid', { ideal: 'continues' })),
    rec('2025-07-14', on('military-aid', { ideal: 'continues', note: 'Sold to NATO allies for Ukraine.' })),
    rec('2025-10-17', on('military-aid')),
  ],
  economic_normalization: [
    rec('2025-04-30', on('economic-normalisation')),
    rec('2025-11-20', on('economic-normalisation', { ideal: 'full' })),
  ],
  negotiation_format: [
    rec('2025-05-11', on('negotiation.format', { ideal: 'direct-talks' })),
    rec('2025-05-15', on('negotiation.format', { ideal: 'leaders-meeting', note: 'A Trump–Putin meeting.' })),
    rec(
      '2025-08-18',
      on('negotiation.format', {
        ideal: 'leaders-meeting',
        note: 'A Putin–Zelensky meeting, then a trilateral one with Trump.',
      }),
    ),
    rec('2026-01-23', on('negotiation.format', { ideal: 'trilateral' })),
  ],
}

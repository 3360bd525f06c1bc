/**
 * How the timeline events of June 2024 to April 2025 become events: which proposal each term belongs to, and
 * the stances the default conversion does not get right. See spec.ts for the defaults.
 */
import type { EventSpec, RawCondition } from './spec'

const AGRI_RELIEF: RawCondition = {
  kind: 'value',
  issue: 'sanctions.agri-finance',
  in: { kind: 'options', options: ['eased', 'lifted'] },
  text: 'Sanctions lifted first on Rosselkhozbank and other food and fertiliser trade banks (with SWIFT reconnection), on food and fertiliser producers, exporters and insurers, on Russian-flagged vessels and their port servicing, and on supplies of agricultural machinery.',
}

const COUNTERED_IN_LONDON = {
  stance: 'countered',
  date: '2025-04-23',
  counter: 'ua-eu-counter-2025-04-23',
} as const

export const springEvents: Readonly<Record<string, EventSpec>> = {
  '2024-06-14-putin-foreign-ministry-terms': {
    speakers: ['RU'],
    terms: { 6: { none: "limits on Ukraine's armed forces, with no number", about: ['army.size'] } },
  },
  '2025-02-12-hegseth-brussels': {
    speakers: ['US'],
    terms: {
      0: { none: 'a US statement of position, not a draft', about: ['alliance.nato'] },
      1: { none: 'a US statement of position, not a draft', about: ['territory.line-of-contact'] },
      2: {
        none: 'a US statement of position, not a draft',
        about: ['guarantees.foreign-troops', 'guarantees.strength'],
      },
    },
  },
  '2025-03-03-us-aid-intel-pause': {
    speakers: ['US'],
    terms: { 0: { none: 'a US measure, not a draft put to the parties', about: ['military-aid'] } },
  },
  '2025-03-06-lavrov-no-european-troops': { speakers: ['RU'] },
  '2025-03-11-jeddah': {
    agreements: [
      {
        parties: ['US', 'UA'],
        proposal: 'us-jeddah-2025-03-11',
        terms: ['military-aid', 'prisoners.exchange', 'negotiation.format'],
      },
    ],
    terms: {
      0: {
        stances: {
          UA: {
            conditions: [
              {
                kind: 'acceptance',
                party: 'RU',
                proposal: 'us-jeddah-2025-03-11',
                text: 'Acceptance and simultaneous implementation by Russia.',
              },
            ],
          },
          RU: { skip: "Russia's answer came on 13 March and is recorded there" },
        },
      },
      2: { stances: { UA: { skip: "Ukraine's own addition to the joint statement, agreed in it" } } },
      3: { stances: { UA: { skip: "Ukraine's own addition to the joint statement, agreed in it" } } },
      4: { none: 'the minerals deal is a US–Ukraine matter with no issue in the catalogue' },
    },
  },
  '2025-03-13-putin-in-principle': {
    terms: {
      0: {
        p: 'us-jeddah-2025-03-11',
        stances: {
          UA: { skip: "Ukraine's acceptance is its conditional acceptance of 11 March, recorded there" },
        },
      },
      1: { p: 'eur-reassurance-force-2025-03-06' },
    },
  },
  '2025-03-18-trump-putin-call': {
    agreements: [
      {
        parties: ['US', 'RU'],
        proposal: 'energy-moratorium-2025-03-18',
        terms: ['energy.moratorium', 'ceasefire.scope', 'ceasefire.duration'],
        expires: '2025-04-17',
        title: 'Russia agrees to a 30-day halt of strikes on energy infrastructure',
        note: "Expires 30 days after Russia's start date of 18 March (see the term-expired event of 17 April). Ukraine agreed on 19 March and counted from 25 March.",
      },
      {
        parties: ['RU', 'UA'],
        proposal: 'pow-175-2025-03-18',
        terms: ['prisoners.exchange'],
        title: '175-for-175 prisoner exchange agreed for 19 March',
      },
    ],
    terms: {
      0: {
        stances: { UA: { skip: 'Zelensky agreed on 19 March; recorded by 2025-03-19-trump-zelensky-call' } },
      },
      1: { p: 'us-jeddah-2025-03-11', stances: { US: { retable: true } } },
    },
    note: 'Reports of the length of the call differ: about 90 minutes, about 2 hours, or 2.5 hours.',
  },
  '2025-03-19-trump-zelensky-call': {
    speakers: ['UA'],
    terms: {
      0: { p: 'energy-moratorium-2025-03-18', stances: { US: { retable: true } } },
      2: {
        none: 'US help in finding deported children has no value on the exchange issue',
        about: ['prisoners.exchange'],
      },
    },
  },
  '2025-03-21-sudzha-accusations': {
    violations: { proposal: 'energy-moratorium-2025-03-18', terms: ['energy.moratorium'] },
    terms: { 0: { p: 'energy-moratorium-2025-03-18' } },
  },
  '2025-03-23-riyadh-talks': {
    primary: 'meeting',
    responseDate: '2025-03-25',
    agreements: [
      {
        parties: ['US', 'UA', 'RU'],
        proposal: 'black-sea-2025-03-25',
        terms: ['black-sea.navigation'],
        date: '2025-03-25',
        title: 'Black Sea arrangement agreed in principle (White House statements)',
        note: "Agreed in separate US–Ukraine and US–Russia statements. The Kremlin's version made it conditional on sanctions relief the same day (see Russia's conditional acceptance), and it was never publicly put into effect (confidence medium).",
      },
      {
        parties: ['US', 'UA', 'RU'],
        proposal: 'energy-moratorium-2025-03-18',
        terms: ['energy.moratorium'],
        date: '2025-03-25',
        title: 'Both sides agree to develop measures implementing the energy-strike ban',
        note: 'Ukraine treated 25 March as the start of the pause; Russia dates it from 18 March.',
      },
    ],
    terms: {
      0: { p: 'black-sea-2025-03-25', stances: { RU: { conditions: [AGRI_RELIEF] } } },
      2: {
        p: 'energy-moratorium-2025-03-18',
        issues: ['energy.moratorium'],
        stances: { US: { retable: true } },
      },
      3: {
        none: "Ukraine's request for US support restates the humanitarian track of Jeddah",
        about: ['prisoners.exchange'],
      },
    },
  },
  '2025-03-25-russia-znpp-not-transferable': {
    speakers: ['RU'],
    terms: {
      0: {
        p: 'us-power-plants-2025-03-19',
        stances: {
          UA: { skip: "Ukraine's own aim (return to Ukrainian jurisdiction), not a response to the US idea" },
        },
      },
    },
  },
  '2025-03-26-rubio-evaluates-black-sea': { terms: { 0: { p: 'ru-black-sea-conditions-2025-03-25' } } },
  '2025-03-27-paris-coalition-summit': {
    terms: {
      0: { p: 'eur-reassurance-force-2025-03-06' },
      1: {
        none: 'a European statement of position, not a draft',
        about: ['sanctions.eu', 'sanctions.timing'],
      },
    },
  },
  '2025-04-02-energy-truce-accusations': {
    violations: { proposal: 'energy-moratorium-2025-03-18', terms: ['energy.moratorium'] },
    terms: { 0: { p: 'energy-moratorium-2025-03-18' } },
  },
  '2025-04-04-kryvyi-rih-strike': {
    terms: {
      0: {
        none: 'the notes read the strike as a rejection of restraint; it is recorded as the alleged violation, not as a response',
        about: ['ceasefire.scope'],
      },
    },
    note: 'Casualty figures differ: 18 to 20 dead, of them 6 or 9 children.',
  },
  '2025-04-13-sumy-palm-sunday-strike': {
    terms: {
      0: {
        none: 'the notes read the strike as a rejection of a halt to strikes on civilians; it is recorded as the alleged violation, not as a response',
        about: ['ceasefire.scope'],
      },
    },
    note: 'Casualty figures differ: 34 or 35 dead. Russia says a command meeting was hit, with 60 soldiers killed.',
  },
  '2025-04-17-paris-us-framework': {
    primary: 'meeting',
    meetingParties: ['US', 'UA', 'EUR'],
    terms: {
      1: {
        stances: {
          UA: { skip: 'Zelensky rejected it on 22 April; recorded by 2025-04-22-zelensky-crimea-red-line' },
        },
      },
      3: { stances: { UA: COUNTERED_IN_LONDON } },
      4: { stances: { UA: COUNTERED_IN_LONDON } },
      5: { stances: { UA: COUNTERED_IN_LONDON } },
      7: { stances: { UA: COUNTERED_IN_LONDON } },
      8: { stances: { UA: COUNTERED_IN_LONDON } },
      10: { stances: { UA: COUNTERED_IN_LONDON } },
    },
  },
  '2025-04-18-energy-moratorium-expires': {
    speakers: ['RU'],
    violations: { proposal: 'energy-moratorium-2025-03-18', terms: ['energy.moratorium'] },
    expired: [
      {
        proposal: 'energy-moratorium-2025-03-18',
        terms: ['energy.moratorium', 'ceasefire.scope', 'ceasefire.duration'],
        date: '2025-04-17',
        note: "Counted from Russia's start date of 18 March, the 30-day pause ran to 16 April and lapsed on 17 April without renewal; on 18 April Peskov said the month had passed and Putin had given no new orders. The notes put the lapse at 16–17 April (16–18 April in the fixtures); 17 April is the first day without it. Ukraine counted the pause from 25 March.",
      },
    ],
    terms: { 0: { p: 'energy-moratorium-2025-03-18' } },
  },
  '2025-04-19-easter-truce': {
    violations: { proposal: 'ru-easter-truce-2025-04-19', terms: ['ceasefire.scope', 'ceasefire.duration'] },
    terms: {
      1: { stances: { RU: { date: '2025-04-21' } } },
      2: { stances: { RU: { date: '2025-04-21' } } },
    },
  },
  '2025-04-22-zelensky-crimea-red-line': {
    speakers: ['UA', 'US'],
    terms: { 0: { p: 'us-paper-2025-04-17', issues: ['territory.crimea.recognition'] } },
  },
  '2025-04-23-london-ua-eu-counterproposal': {
    primary: 'meeting',
    terms: {
      1: { stances: { US: { counter: 'us-paper-2025-04-17' } } },
      7: { stances: { US: { counter: 'us-paper-2025-04-17' } } },
      8: { stances: { US: { counter: 'us-paper-2025-04-17' } } },
    },
  },
  '2025-04-24-kyiv-mass-strike': {
    terms: { 0: { none: "Trump's public demand that Russia stop, not a draft", about: ['ceasefire.scope'] } },
    note: 'Casualty figures differ: 8, 9 or 12 dead in Kyiv.',
  },
  '2025-04-25-witkoff-putin-moscow': {
    terms: { 1: { p: 'us-paper-2025-04-17', issues: ['nuclear-plant'] } },
  },
  '2025-04-26-kursk-declared-retaken': {
    speakers: ['RU'],
    terms: {
      0: {
        none: "Ukraine's hope of trading its Kursk foothold was never tabled as a draft",
        about: ['territory.other-areas'],
      },
    },
  },
  '2025-04-28-victory-day-truce': {
    speakers: ['RU'],
    terms: { 0: { stances: { UA: { counter: 'us-jeddah-2025-03-11' } } } },
  },
  '2025-04-30-minerals-agreement': {
    agreements: [
      { parties: ['US', 'UA'], proposal: 'us-ua-minerals-2025-04-30', terms: ['guarantees.strength'] },
    ],
    terms: {
      0: {
        none: 'the investment fund has no issue in the catalogue (economic-normalisation is about Russia)',
      },
    },
  },
}

/**
 * How the timeline events of May to October 2025 become events (see spec.ts for the defaults).
 */
import type { EventSpec } from './spec'

const NOT_AT_SUMMIT = 'a restated position; the party was not at the summit'

export const summerEvents: Readonly<Record<string, EventSpec>> = {
  '2025-05-08-victory-day-truce-held': {
    violations: {
      proposal: 'ru-victory-day-truce-2025-04-28',
      terms: ['ceasefire.scope', 'ceasefire.duration'],
    },
    terms: { 0: { p: 'ru-victory-day-truce-2025-04-28' } },
  },
  '2025-05-10-kyiv-coalition-ultimatum': {
    primary: 'meeting',
    meetingParties: ['EUR', 'UA'],
    terms: {
      0: {
        stances: { RU: { skip: 'Russia answered on 11 May with an offer of direct talks; recorded there' } },
      },
    },
  },
  '2025-05-11-putin-offers-istanbul-talks': {
    primaryOf: { term: 1, party: 'RU' },
    terms: { 1: { p: 'eur-30-day-ceasefire-2025-05-10' } },
  },
  '2025-05-15-putin-no-show': {
    speakers: ['UA'],
    terms: { 1: { p: 'eur-30-day-ceasefire-2025-05-10', stances: { UA: { retable: true } } } },
  },
  '2025-05-16-istanbul-round-1': {
    agreements: [{ parties: ['RU', 'UA'], proposal: 'pow-1000-2025-05-16', terms: ['prisoners.exchange'] }],
    terms: {
      1: { p: 'eur-30-day-ceasefire-2025-05-10', stances: { UA: { retable: true } } },
      2: { p: 'ua-leaders-meeting-2025-05-15' },
    },
  },
  '2025-05-19-trump-putin-call': { speakers: ['RU', 'US'] },
  '2025-05-28-lavrov-announces-memorandum': {
    speakers: ['RU'],
    terms: {
      0: {
        p: 'ru-memorandum-process-2025-05-19',
        issues: ['negotiation.format'],
        stances: { RU: { retable: true } },
      },
      1: { none: 'a demand reported from Reuters sources, not a draft', about: ['alliance.nato'] },
      2: { none: 'a demand reported from Reuters sources, not a draft', about: ['frozen-assets'] },
    },
  },
  '2025-06-02-istanbul-round-2-memoranda': {
    primary: 'meeting',
    meetingParties: ['RU', 'UA', 'TR'],
    agreements: [
      { parties: ['RU', 'UA'], proposal: 'pow-wounded-young-2025-06-02', terms: ['prisoners.exchange'] },
    ],
    terms: {
      7: {
        none: 'caps on troop numbers and weapons, with no number; Ukraine rejected any restrictions on its army',
        about: ['army.size'],
      },
      9: { stances: { UA: { counter: 'ua-memorandum-2025-06-02' } } },
      10: { stances: { UA: { counter: 'ua-memorandum-2025-06-02' } } },
    },
    note: "The notes follow the memorandum text (30 days). Medinsky later called the two memoranda 'quite different'.",
  },
  '2025-07-14-trump-50-day-deadline': {
    speakers: ['US'],
    terms: {
      0: { none: 'a US threat of secondary tariffs, not a draft', about: ['sanctions.us'] },
      1: {
        none: 'US arms sales to NATO allies for Ukraine: a US policy that Europe and Ukraine accepted, not a draft between the parties',
        about: ['military-aid'],
      },
    },
  },
  '2025-07-18-eu-18th-package': {
    speakers: ['EUR'],
    terms: { 0: { none: 'a sanctions package adopted by the EU, not a draft', about: ['sanctions.eu'] } },
  },
  '2025-07-23-istanbul-round-3': {
    agreements: [{ parties: ['RU', 'UA'], proposal: 'pow-1200-2025-07-23', terms: ['prisoners.exchange'] }],
    terms: {
      2: { p: 'ua-memorandum-2025-06-02', issues: ['ceasefire.scope', 'ceasefire.sequencing'] },
      3: { p: 'ua-leaders-meeting-2025-05-15' },
    },
  },
  '2025-08-06-witkoff-putin-moscow': {
    meetingParties: ['US', 'RU'],
    terms: {
      1: {
        none: "Witkoff's account to European leaders, corrected by Rubio the next day (confidence low)",
        about: ['territory.zaporizhzhia.control', 'territory.kherson.control'],
      },
    },
    note: "Witkoff told European leaders that Russia would leave Zaporizhzhia and Kherson in exchange for Donetsk and Luhansk; Rubio said the next day that Putin's concessions were smaller. The notes record that account with low confidence.",
  },
  '2025-08-09-chevening-european-counterproposal': { primary: 'meeting' },
  '2025-08-15-alaska-summit': {
    terms: {
      0: {
        p: 'eur-ua-chevening-2025-08-09',
        issues: ['ceasefire.sequencing'],
        stances: {
          US: {
            proposal: 'us-jeddah-2025-03-11',
            issues: ['ceasefire.scope', 'ceasefire.duration', 'ceasefire.sequencing'],
            date: '2025-08-16',
          },
          UA: { skip: NOT_AT_SUMMIT },
          EUR: { skip: NOT_AT_SUMMIT },
        },
      },
      6: { stances: { US: { date: '2025-08-17' } } },
      7: {
        stances: {
          RU: {
            conditions: [
              {
                kind: 'value',
                issue: 'guarantees.guarantors',
                in: { kind: 'subsets', any: [{ include: ['russia'] }] },
                text: 'Lavrov later insisted that Russia be among the guarantors.',
              },
            ],
          },
        },
      },
      8: { stances: { UA: { skip: "Zelensky's rejection came on 21 August; recorded there" } } },
    },
    note: "Witkoff says Russia accepted 'Article 5-like' guarantees; Lavrov insisted that Russia and China be guarantors (20 August).",
  },
  '2025-08-17-trump-no-crimea-no-nato': { speakers: ['US'] },
  '2025-08-18-white-house-summit': {
    terms: {
      0: { p: 'us-guarantees-2025-08-15' },
      1: { p: 'eur-ua-chevening-2025-08-09', issues: ['ceasefire.sequencing'] },
    },
  },
  '2025-08-20-lavrov-guarantees-need-russia': {
    speakers: ['RU'],
    terms: { 1: { p: 'eur-reassurance-force-2025-03-06' } },
  },
  '2025-08-21-zelensky-one-state-language': {
    speakers: ['UA'],
    terms: { 0: { p: 'ru-anchorage-offer-2025-08-15', issues: ['language-church'] } },
  },
  '2025-08-24-pow-exchange-146': {
    agreements: [{ parties: ['RU', 'UA'], proposal: 'pow-146-2025-08-24', terms: ['prisoners.exchange'] }],
  },
  '2025-09-04-paris-coalition-26-countries': {
    agreements: [
      {
        parties: ['EUR', 'UA'],
        proposal: 'coalition-force-2025-09-04',
        terms: ['guarantees.foreign-troops'],
      },
    ],
    terms: { 0: { stances: { RU: { skip: 'Putin answered on 5 September; recorded there' } } } },
  },
  '2025-09-05-putin-legitimate-targets': {
    speakers: ['RU'],
    terms: {
      0: { p: 'coalition-force-2025-09-04' },
      1: {
        none: "Russia's call for mutual, legally binding guarantees for Russia and Ukraine, not a draft",
        about: ['guarantees.guarantors'],
      },
    },
  },
  '2025-09-23-trump-ukraine-can-win': {
    speakers: ['US'],
    terms: {
      0: {
        none: 'a rhetorical shift, reversed by 17 October; not a draft',
        about: ['territory.line-of-contact'],
      },
    },
  },
  '2025-10-02-pow-exchange-185': {
    agreements: [{ parties: ['RU', 'UA'], proposal: 'pow-185-2025-10-02', terms: ['prisoners.exchange'] }],
  },
  '2025-10-16-trump-putin-call-budapest': { speakers: ['US', 'RU'] },
  '2025-10-17-trump-zelensky-stop-at-line': {
    meetingParties: ['US', 'UA'],
    terms: {
      0: {
        stances: {
          RU: {
            skip: 'Lavrov rejected an immediate ceasefire at the current lines on 20 October; recorded by 2025-10-22-budapest-off-rosneft-lukoil-sanctions',
          },
        },
      },
      1: { p: 'ua-tomahawks-2025-10-16' },
    },
  },
  '2025-10-21-european-joint-statement-line-of-contact': {
    speakers: ['EUR', 'UA'],
    terms: {
      0: {
        p: 'us-freeze-2025-10-17',
        stances: {
          EUR: { note: 'As the starting point of negotiations; borders must not be changed by force.' },
          UA: { note: 'As the starting point of negotiations; borders must not be changed by force.' },
          RU: {
            skip: "Russia's rejection came in the 20 October call; recorded by 2025-10-22-budapest-off-rosneft-lukoil-sanctions",
          },
        },
      },
    },
  },
  '2025-10-22-budapest-off-rosneft-lukoil-sanctions': {
    speakers: ['US', 'EUR'],
    terms: {
      0: { none: 'US sanctions on Rosneft and Lukoil, a measure not a draft', about: ['sanctions.us'] },
      1: { none: "the EU's 19th sanctions package, a measure not a draft", about: ['sanctions.eu'] },
      2: {
        p: 'us-freeze-2025-10-17',
        issues: ['territory.line-of-contact', 'ceasefire.sequencing'],
        stances: { RU: { date: '2025-10-20', note: 'In the 20 October Rubio–Lavrov call, as reported.' } },
      },
    },
    extra: [
      {
        party: 'US',
        proposal: 'us-budapest-summit-2025-10-16',
        stance: 'withdrawn',
        note: 'Trump said he cancelled the Budapest meeting because it would not get where it needed to; Peskov said one cannot postpone what was never scheduled, and Putin called it likely a postponement.',
      },
    ],
  },
}

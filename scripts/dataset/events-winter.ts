/**
 * How the timeline events of November 2025 to February 2026 become events (see spec.ts for the defaults).
 */
import type { EventSpec } from './spec'

const E3 = { counter: 'e3-counter-2025-11-23' } as const

export const winterEvents: Readonly<Record<string, EventSpec>> = {
  '2025-11-20-us-28-point-plan': {
    primary: 'meeting',
    meetingParties: ['US', 'UA'],
    partyDates: { EUR: '2025-11-23' },
    terms: {
      0: { stances: { RU: { date: '2025-11-21' } } },
      3: {
        stances: {
          UA: {
            conditions: [
              {
                kind: 'value',
                issue: 'territory.zaporizhzhia.recognition',
                in: { kind: 'options', options: ['none'] },
                text: 'A freeze is acceptable, recognition is not.',
              },
            ],
          },
        },
      },
      4: {
        stances: {
          UA: {
            conditions: [
              {
                kind: 'value',
                issue: 'territory.kherson.recognition',
                in: { kind: 'options', options: ['none'] },
                text: 'A freeze is acceptable, recognition is not.',
              },
            ],
          },
        },
      },
      7: { stances: { EUR: E3 } },
      8: { stances: { EUR: E3 } },
      9: { stances: { EUR: E3 } },
      10: { stances: { EUR: E3 } },
      19: {
        none: 'non-aggression, a Russia–NATO dialogue and arms control have no issue in the catalogue',
      },
    },
  },
  '2025-11-21-zelensky-putin-first-reactions': {
    terms: { 0: { p: 'us-28-point-2025-11-20', issues: [] } },
  },
  '2025-11-23-e3-counterproposal': {
    speakers: ['EUR'],
    terms: {
      0: { stances: { US: { skip: 'recorded at Berlin (14 December), where the US accepted 800,000' } } },
      3: { stances: { US: { counter: 'us-28-point-2025-11-20' } } },
      4: { stances: { US: { date: '2025-12-14' } } },
    },
  },
  '2025-11-23-geneva-talks': {
    agreements: [
      { parties: ['US', 'UA'], proposal: 'geneva-19-point-2025-11-23', terms: ['army.size', 'amnesty'] },
    ],
    terms: {
      2: {
        none: 'the territorial clauses were left in brackets for the two presidents',
        about: ['territory.donetsk.control', 'territory.line-of-contact'],
      },
      3: {
        none: 'the NATO and constitution clause was left in brackets; EU and NATO questions moved to a separate track',
        about: ['alliance.nato'],
      },
    },
  },
  '2025-11-24-abu-dhabi-driscoll': {
    terms: { 0: { p: 'geneva-19-point-2025-11-23', issues: [] } },
    note: 'Budanov was head of military intelligence at this time; he was reported as head of the Presidential Office in January 2026, after Yermak resigned on 28 November.',
  },
  '2025-11-27-putin-bishkek': {
    extra: [
      {
        party: 'RU',
        proposal: 'geneva-19-point-2025-11-23',
        stance: 'conditionally-accepted',
        conditions: [{ kind: 'other', text: 'The wording needs work.' }],
        note: "Putin said the US and Ukraine had split the 28 points into four components and sent them to Moscow; broadly they could be a basis and the US was taking Russia's position into account, but the wording needed work.",
      },
    ],
    terms: { 2: { none: 'a pledge not to attack Europe has no issue in the catalogue' } },
  },
  '2025-11-30-florida-talks': {
    terms: { 0: { none: 'finalising the wording of the revised framework; no new terms' } },
  },
  '2025-12-02-kremlin-witkoff-kushner': {
    extra: [
      {
        party: 'RU',
        proposal: 'geneva-19-point-2025-11-23',
        stance: 'noncommittal',
        note: 'Ushakov: Russia reviewed a 27-point US document plus further papers (reported as four); some US ideas were acceptable, others drew criticism; no compromise on territory was found.',
      },
    ],
    terms: {
      0: {
        none: 'the US compromise options on Donbas were not disclosed',
        about: ['territory.donetsk.control'],
      },
    },
  },
  '2025-12-09-zelensky-elections-60-90-days': {
    speakers: ['UA'],
    terms: { 0: { p: 'us-28-point-2025-11-20', issues: ['elections.timing'] } },
  },
  '2025-12-14-berlin-talks': {
    terms: { 3: { p: 'e3-counter-2025-11-23', issues: ['army.size'], stances: { UA: { retable: true } } } },
  },
  '2025-12-18-eu-summit-frozen-assets': {
    primary: 'statement',
    speakers: ['EUR'],
    terms: { 0: { p: 'eur-assets-2025-10-21' } },
    note: 'Recorded as a decision of the European side (a statement), not as an agreement: only the EU states agreed, and an agreement needs two parties.',
  },
  '2025-12-19-putin-annual-press-conference': {
    speakers: ['RU'],
    terms: {
      0: {
        p: 'ru-memorandum-2025-06-02',
        issues: [
          'territory.crimea.recognition',
          'territory.donetsk.recognition',
          'territory.donetsk.control',
          'territory.luhansk.recognition',
          'territory.luhansk.control',
          'territory.zaporizhzhia.recognition',
          'territory.zaporizhzhia.control',
          'territory.kherson.recognition',
          'territory.kherson.control',
        ],
        stances: { RU: { retable: true } },
      },
      1: {
        none: 'an offer to refrain from deep strikes on election day has no value on the election issue',
        about: ['elections.timing'],
      },
      2: { p: 'eur-assets-2025-10-21' },
    },
  },
  '2025-12-20-miami-talks': {
    terms: {
      0: {
        none: 'the four-document package (20 points, guarantees, prosperity, sequencing) was discussed before its publication on 24 December',
      },
    },
  },
  '2025-12-24-twenty-point-plan': {
    speakers: ['UA'],
    terms: {
      0: {
        stances: {
          UA: {
            conditions: [
              { kind: 'other', text: 'An equal Russian withdrawal (a mirror pullback).' },
              {
                kind: 'value',
                issue: 'guarantees.foreign-troops',
                in: { kind: 'options', options: ['monitors', 'reassurance-force'] },
                text: 'International forces in the zone.',
              },
              { kind: 'other', text: 'Approval in a national referendum.' },
              {
                kind: 'value',
                issue: 'ceasefire.duration',
                in: { kind: 'intervals', intervals: [{ min: 60, max: 3650 }] },
                text: 'A 60-day ceasefire to hold the vote.',
              },
            ],
          },
        },
      },
      11: {
        none: 'reconstruction financing (funds targeting about $800bn) has no value on the frozen-assets issue',
        about: ['frozen-assets'],
      },
    },
  },
  '2025-12-27-ryabkov-anchorage-framework': {
    extra: [
      {
        party: 'RU',
        proposal: 'us-20-point-2025-12-24',
        stance: 'countered',
        counter: 'ru-anchorage-offer-2025-08-15',
        confidence: 'medium',
        note: "Ryabkov: the 20-point version is 'radically different' from the 27 points worked out with Washington within the 'framework established in Anchorage', which is imperative. Reports said Moscow wanted tighter army limits, guarantees against NATO expansion, neutrality even if Ukraine joins the EU, status for the Russian language and decisions on sanctions and frozen assets.",
      },
    ],
    terms: {
      0: { p: 'ru-anchorage-offer-2025-08-15', issues: [], stances: { RU: { retable: true } } },
      1: { none: 'stricter limits than 800,000, with no number', about: ['army.size'] },
    },
  },
  '2025-12-28-mar-a-lago': {
    meetingParties: ['US', 'UA'],
    terms: {
      2: {
        p: 'ru-anchorage-offer-2025-08-15',
        issues: ['territory.donetsk.control'],
        stances: { RU: { retable: true } },
      },
    },
  },
  '2025-12-29-valdai-drone-accusation': {
    terms: {
      0: {
        none: 'Russia said it would revise its negotiating position; no draft',
        about: ['negotiation.format'],
      },
      1: {
        none: 'a military order to take the whole region, not a draft',
        about: ['territory.zaporizhzhia.control'],
      },
    },
  },
  '2026-01-06-paris-declaration': {
    agreements: [
      {
        parties: ['EUR', 'UA'],
        proposal: 'paris-declaration-2026-01-06',
        terms: ['guarantees.strength', 'guarantees.guarantors', 'guarantees.foreign-troops', 'army.size'],
      },
    ],
    terms: {
      1: { stances: { RU: { skip: 'the Russian foreign ministry answered on 8 January; recorded there' } } },
      2: {
        none: 'US-led ceasefire monitoring with European contributions has no value in the catalogue (the US, Europe and Ukraine accepted it)',
        about: ['guarantees.foreign-troops'],
      },
    },
  },
  '2026-01-08-zakharova-legitimate-targets': {
    speakers: ['RU'],
    terms: { 0: { p: 'paris-declaration-2026-01-06', issues: ['guarantees.foreign-troops'] } },
  },
  '2026-01-22-kremlin-anchorage-formula': {
    terms: {
      0: {
        p: 'ru-anchorage-offer-2025-08-15',
        issues: ['territory.donetsk.control', 'territory.luhansk.control'],
      },
    },
  },
  '2026-01-23-abu-dhabi-trilateral-1': {
    terms: {
      0: { p: 'ru-anchorage-offer-2025-08-15', issues: ['territory.donetsk.control'] },
      1: {
        none: 'ceasefire parameters, buffer zones and monitoring were discussed without reported values',
        about: ['ceasefire.scope'],
      },
    },
    note: 'Budanov is reported here as head of the Presidential Office (after Yermak resigned on 28 November 2025); in November 2025 he was head of military intelligence.',
  },
  '2026-01-29-energy-truce-request': {
    agreements: [
      {
        parties: ['US', 'RU'],
        proposal: 'us-winter-energy-pause-2026-01-29',
        terms: ['energy.moratorium', 'ceasefire.duration'],
        expires: '2026-02-01',
        note: 'Expiry as the Kremlin framed it (no strikes on Kyiv until 1 February); Trump spoke of a week. Zelensky said there was no direct agreement with Russia.',
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
                proposal: 'us-winter-energy-pause-2026-01-29',
                text: 'Reciprocity by Russia.',
              },
            ],
          },
        },
      },
    },
  },
  '2026-02-03-strike-after-energy-pause': {
    violations: { proposal: 'us-winter-energy-pause-2026-01-29', terms: ['energy.moratorium'] },
    terms: {
      0: {
        p: 'us-winter-energy-pause-2026-01-29',
        stances: { UA: { skip: "Ukraine's demand that the pause hold; recorded in the alleged violation" } },
      },
    },
  },
  '2026-02-04-abu-dhabi-trilateral-2': {
    agreements: [{ parties: ['RU', 'UA'], proposal: 'pow-314-2026-02-04', terms: ['prisoners.exchange'] }],
    terms: {
      1: { stances: { UA: { confidence: 'low' } } },
      2: {
        p: 'us-15-year-guarantee-2025-12-28',
        issues: ['guarantees.strength'],
        stances: {
          RU: {
            conditions: [{ kind: 'other', text: "Guarantees 'in some form'." }],
            note: "Dmitriev's remark that some security guarantees 'in some form' might be acceptable.",
          },
        },
      },
    },
    note: "'314 prisoners' means 157 each way. The claim that Russia demanded international recognition of Donetsk and Luhansk rests on US sources via one outlet (confidence low).",
  },
  '2026-02-06-us-march-deal-target': {
    speakers: ['US'],
    terms: {
      0: {
        stances: {
          UA: {
            conditions: [
              { kind: 'other', text: 'A ceasefire for the whole campaign.' },
              {
                kind: 'sequence',
                first: 'guarantees.strength',
                then: 'elections.timing',
                text: 'Security guarantees in place first.',
              },
            ],
          },
        },
      },
    },
  },
  '2026-02-17-geneva-trilateral-3': {
    terms: {
      0: {
        none: 'ceasefire monitoring mechanics were discussed without reported values (the military part progressed)',
        about: ['ceasefire.scope'],
      },
      1: {
        p: 'ru-anchorage-offer-2025-08-15',
        issues: ['territory.donetsk.control', 'territory.luhansk.control'],
      },
    },
  },
}

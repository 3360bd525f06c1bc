/**
 * Proposals of the dataset, 24 December 2025 to February 2026: the 20-point framework, Mar-a-Lago, the Paris
 * Declaration and the trilateral rounds.
 */
import type { ProposalSpec } from './spec'

export const late: ReadonlyArray<ProposalSpec> = [
  {
    id: 'us-20-point-2025-12-24',
    title: '20-point framework negotiated by Ukraine and the US',
    date: '2025-12-24',
    tabledBy: ['UA', 'US'],
    event: '2025-12-24-twenty-point-plan',
    basedOn: 'geneva-19-point-2025-11-23',
    textStatus: 'reported',
    summary:
      "Published by Zelensky in a briefing: the 20-point text (plus three annexes on guarantees, prosperity and sequencing) worked out with the US in Florida, 'a foundational political document between Ukraine, the US, Europe and Russia'. Sovereignty reaffirmed; non-aggression with space-based monitoring of the contact line; Article 5-mirroring guarantees from the US, NATO states and Europe; a peacetime army of 800,000; Russia legislates non-aggression; a date for EU accession; reconstruction funds aiming at $800bn and a US free-trade agreement; non-nuclear status; tolerance education and EU rules on minorities and religion; free use of the Dnipro and the Black Sea, a demilitarised Kinburn spit; an all-for-all exchange including prisoners held since 2014, civilians, children and political prisoners; elections as soon as possible after signing; legally binding with a Peace Council; a ceasefire on agreement. Territory: Kyiv's position is a freeze of the line in the four regions on the day of signing; the US suggested a demilitarised 'free economic zone' in the part of Donetsk Ukraine holds, which Ukraine could accept only with an equal Russian pullback, international forces and a referendum (which would need a 60-day ceasefire); Russia leaves the Dnipropetrovsk, Mykolaiv, Sumy and Kharkiv regions. The Zaporizhzhia plant unresolved: the US proposed a joint US–Ukraine–Russia operation, Kyiv rejects a Russian role; Enerhodar a demilitarised free economic zone. No explicit ban on NATO membership; Crimea not addressed in detail.",
    note: "The briefing was held on 23–24 December; most reports date publication 24 December. Terms come from briefings (no published text; the annexes have not been published). Where the text records two positions, the value is the one in the draft and the other side's position is its response: on Donetsk the US 'free economic zone' (Ukraine accepts only conditionally), on the line elsewhere Kyiv's freeze. Reconstruction financing (funds targeting about $800bn) has no value on the frozen-assets issue; Russia wanted decisions on the frozen assets.",
    terms: {
      'territory.donetsk.control': {
        from: 0,
        value: 'demilitarised',
        note: "The US suggestion of a demilitarised 'free economic zone'; Ukraine's acceptance is conditional.",
      },
      'territory.line-of-contact': {
        from: 1,
        value: 'frozen',
        note: "Kyiv's position: freeze on the day of signing.",
      },
      'territory.luhansk.control': { from: 1, value: 'contact-line' },
      'territory.zaporizhzhia.control': { from: 1, value: 'contact-line' },
      'territory.kherson.control': { from: 1, value: 'contact-line' },
      'territory.other-areas': { from: 2, value: 'returned' },
      'guarantees.strength': { from: 3, value: 'collective-defence' },
      'guarantees.guarantors': {
        from: 3,
        value: ['us', 'european-states'],
        note: 'The US, NATO states and Europe.',
      },
      'army.size': { from: 4, value: 800_000 },
      'alliance.nato': {
        from: 5,
        value: 'deferred',
        note: "No explicit ban in the text; recorded as 'deferred' (left open).",
      },
      'nuclear-plant': { from: 6, value: 'trilateral', note: 'US proposal; Kyiv rejects any Russian role.' },
      'language-church': { from: 7, value: 'eu-standards' },
      'elections.timing': { from: 8, value: 'soon-after-signing' },
      'prisoners.exchange': { from: 9, value: 'all-for-all' },
      'black-sea.navigation': { from: 10, value: true },
      amnesty: {
        value: false,
        confidence: 'medium',
        text: 'No blanket amnesty among the 20 points.',
        note: 'The amnesty of the 28-point plan is not among the points reported (dropped at Geneva).',
      },
      'ceasefire.sequencing': {
        value: 'simultaneous',
        confidence: 'medium',
        text: 'A ceasefire on agreement.',
        note: "A ceasefire as soon as the framework is agreed; recorded as 'simultaneous'.",
      },
    },
  },
  {
    id: 'us-15-year-guarantee-2025-12-28',
    title: 'US guarantee for 15 years, extendable (Mar-a-Lago)',
    date: '2025-12-28',
    tabledBy: ['US'],
    event: '2025-12-28-mar-a-lago',
    basedOn: 'us-berlin-package-2025-12-14',
    textStatus: 'reported',
    summary:
      'At Mar-a-Lago the US offered security guarantees for 15 years, extendable, to be approved by Congress and the Rada; Trump said the guarantees were about 95% agreed and Europe would take a big part.',
    note: "Sources disagree: guarantees '95%' agreed (Trump) vs '100%' (Zelensky) {src:vividvoicenews} {src:channelnewsasia.com/world/trump-zelenskyy-meeting}. The duration (15 years offered; Kyiv asked for 30–50) has no issue in the catalogue and is kept in the terms' wording.",
    conditions: [{ kind: 'other', text: 'Approval by the US Congress and the Verkhovna Rada.' }],
    terms: {
      'guarantees.strength': {
        from: 0,
        value: 'collective-defence',
        text: 'A US guarantee for 15 years, extendable.',
      },
      'guarantees.guarantors': { from: 0, value: ['us'] },
    },
  },
  {
    id: 'ua-60-day-ceasefire-2025-12-28',
    title: 'Ukrainian–European proposal of a 60-day ceasefire to hold a referendum',
    date: '2025-12-28',
    tabledBy: ['UA'],
    event: '2025-12-28-mar-a-lago',
    textStatus: 'reported',
    summary:
      'A 60-day ceasefire proposed by Ukraine (backed by Europe) so that a referendum on a territorial settlement could be held; Ushakov said Putin told Trump it would only prolong the war.',
    terms: {
      'ceasefire.scope': { from: 1, value: 'full' },
      'ceasefire.duration': { from: 1, value: 60 },
      'ceasefire.sequencing': { from: 1, value: 'ceasefire-first' },
    },
  },
  {
    id: 'paris-declaration-2026-01-06',
    title: 'Paris Declaration of the coalition of the willing',
    date: '2026-01-06',
    tabledBy: ['EUR'],
    event: '2026-01-06-paris-declaration',
    basedOn: 'coalition-force-2025-09-04',
    textStatus: 'published',
    summary:
      "Adopted by 35 coalition states with Witkoff, Kushner and General Grynkewich present: 'robust' guarantees — a ceasefire monitoring mechanism under US leadership with European contributions; long-term support for Ukraine's forces (about 800,000) as the first line of defence; a multinational force on land, at sea and in the air to reassure after a ceasefire; legally binding commitments to support Ukraine if attacked again. Macron, Starmer and Zelensky signed a separate declaration of intent on UK and French military hubs and protected weapons depots after a ceasefire.",
    note: 'The US endorsed but did not sign; drafts referring to US backing for the force were removed. Italy and Poland ruled out troops; Germany would help without basing forces. The US-led monitoring mechanism has no value in the catalogue.',
    terms: {
      'guarantees.strength': {
        from: 0,
        value: 'arms-supply',
        confidence: 'medium',
        note: 'Legally binding commitments to support Ukraine if attacked again, not described as a defence clause; recorded as the closest option.',
      },
      'guarantees.guarantors': { from: 0, value: ['european-states'] },
      'guarantees.foreign-troops': { from: 1, value: 'reassurance-force' },
      'army.size': { from: 3, value: 800_000 },
    },
  },
  {
    id: 'us-winter-energy-pause-2026-01-29',
    title: "Trump's request for a one-week pause of strikes on Kyiv and energy during the cold",
    date: '2026-01-29',
    tabledBy: ['US'],
    event: '2026-01-29-energy-truce-request',
    basedOn: 'energy-moratorium-2025-03-18',
    textStatus: 'reported',
    summary:
      'Trump said he asked Putin not to strike Kyiv and other cities for a week of extreme cold and that Putin agreed; Peskov confirmed the request (no strikes on Kyiv until 1 February, to help the talks). Zelensky said there was no direct agreement with Russia and Ukraine would stop strikes on Russian energy if Russia reciprocated.',
    note: 'Sources disagree on the length: a week (Trump) vs until 1 February (Peskov) {src:anews.com.tr/world/2026/01/30} {src:novayagazeta.eu/articles/2026/01/30}. Kyiv treated the 3 February strike as a breach; Moscow can argue the pause had lapsed.',
    terms: {
      'energy.moratorium': { from: 0, value: true },
      'ceasefire.duration': {
        from: 0,
        value: 7,
        confidence: 'medium',
        note: "Trump's 'a week'; the Kremlin said until 1 February.",
      },
    },
  },
  {
    id: 'pow-314-2026-02-04',
    title: '157-for-157 prisoner exchange (Abu Dhabi round 2)',
    date: '2026-02-04',
    tabledBy: ['US'],
    event: '2026-02-04-abu-dhabi-trilateral-2',
    textStatus: 'reported',
    summary:
      'Announced by Witkoff: 314 prisoners of war (157 each way), the first exchange in about five months.',
    terms: { 'prisoners.exchange': { from: 0, value: 'staged' } },
  },
  {
    id: 'ru-recognition-demand-2026-02-04',
    title: 'Reported Russian demand of international recognition of Donetsk and Luhansk (Abu Dhabi)',
    date: '2026-02-04',
    tabledBy: ['RU'],
    event: '2026-02-04-abu-dhabi-trilateral-2',
    sources: ['particlenews', 'devdiscourse'],
    textStatus: 'reported',
    confidence: 'low',
    summary:
      'Reports citing US sources said Russia pressed for international recognition of Donetsk and Luhansk as Russian; Ukraine rejected it.',
    note: 'The claim rests on US sources via one outlet.',
    terms: {
      'territory.donetsk.recognition': { from: 1, value: 'de-jure' },
      'territory.luhansk.recognition': { from: 1, value: 'de-jure' },
    },
  },
  {
    id: 'us-referendum-elections-2026-02-06',
    title: 'US aim: a deal by March, then a referendum with national elections (possibly May)',
    date: '2026-02-06',
    tabledBy: ['US'],
    event: '2026-02-06-us-march-deal-target',
    basedOn: 'us-20-point-2025-12-24',
    textStatus: 'reported',
    confidence: 'medium',
    summary:
      'Reuters sources: US negotiators pressed for an early vote — any agreement put to a Ukrainian referendum held together with national elections, possibly in May, before US midterm politics dominate. Ukrainian officials called the timetable unrealistic (election authorities estimate six months; legal changes needed under martial law).',
    terms: {
      'elections.timing': {
        from: 0,
        value: 'soon-after-signing',
        note: 'A referendum on the deal held together with national elections, possibly in May 2026, after a deal by March.',
      },
    },
  },
  {
    id: 'ua-staged-format-2026-02-26',
    title: 'Staged format: US–Ukraine coordination, a trilateral session, then leaders',
    date: '2026-02-26',
    tabledBy: ['UA'],
    event: '2026-02-26-us-ukraine-prep-next-round',
    textStatus: 'reported',
    confidence: 'low',
    summary:
      'Ukraine described a staged approach: US–Ukraine coordination, then a trilateral session (possibly early March) on ceasefire conditions, prisoner exchanges, humanitarian corridors and reconstruction, then possible leader-level engagement.',
    terms: {
      'negotiation.format': {
        from: 0,
        value: 'trilateral',
        note: 'The next step of a staged approach (bilateral, trilateral, then leaders).',
      },
    },
  },
]

/**
 * Proposals of the dataset, June 2024 to July 2025: Putin's standing terms, the Jeddah ceasefire proposal and the
 * partial deals of March, the April US paper and the Ukrainian–European counter, the truces, and the June memoranda.
 * Term wording defaults to the notes' own paraphrase of the timeline term named by `from`.
 */
import type { ProposalSpec } from './spec'

export const spring: ReadonlyArray<ProposalSpec> = [
  {
    id: 'ru-terms-2024-06-14',
    title: "Putin's standing terms for a ceasefire (June 2024)",
    date: '2024-06-14',
    tabledBy: ['RU'],
    event: '2024-06-14-putin-foreign-ministry-terms',
    textStatus: 'published',
    summary:
      "Putin's speech at the Russian Foreign Ministry: a ceasefire and talks as soon as Ukraine begins to withdraw from the whole of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions (within their administrative borders) and formally drops its NATO bid; further demands of non-nuclear status, limits on Ukraine's armed forces, protection of Russian speakers and the lifting of Western sanctions, all fixed in international agreements.",
    note: "Background item: later Russian documents (the June 2025 memorandum, the December 2025 press conference) refer back to these principles. The limits on Ukraine's armed forces are not recorded as an army.size term because the speech gave no number.",
    sequencing: [
      {
        kind: 'sequence',
        first: 'territory.donetsk.control',
        then: 'ceasefire.scope',
        by: 'UA',
        text: 'Russia orders a ceasefire as soon as Ukraine begins to withdraw from the four regions and drops its NATO bid.',
      },
    ],
    terms: {
      'territory.donetsk.control': { from: 0, value: 'withdrawal' },
      'territory.luhansk.control': { from: 1, value: 'withdrawal' },
      'territory.zaporizhzhia.control': { from: 2, value: 'withdrawal' },
      'territory.kherson.control': { from: 3, value: 'withdrawal' },
      'alliance.nato': { from: 4, value: 'renounced' },
      'sanctions.us': { from: 5, value: 'lifted' },
      'sanctions.eu': { from: 5, value: 'lifted' },
      'ceasefire.scope': { value: 'full', text: 'A ceasefire ordered as soon as the withdrawal begins.' },
      'ceasefire.sequencing': {
        value: 'framework-first',
        text: 'The ceasefire follows the start of the Ukrainian withdrawal and the renunciation of NATO.',
      },
      'language-church': { value: 'minority-protections', text: 'Protection of Russian speakers.' },
    },
  },
  {
    id: 'us-jeddah-2025-03-11',
    title: 'US proposal of an immediate 30-day ceasefire (Jeddah joint statement)',
    date: '2025-03-11',
    tabledBy: ['US'],
    event: '2025-03-11-jeddah',
    textStatus: 'published',
    summary:
      'The US–Ukraine joint statement after the Jeddah talks: an immediate, interim 30-day ceasefire along the whole front, extendable by mutual agreement, which Ukraine would accept if Russia accepted and implemented it at the same time; the US lifts its pause on intelligence sharing and resumes security assistance; a humanitarian track (prisoners of war, civilian detainees, deported children); negotiating teams; a commitment to conclude the US–Ukraine minerals agreement.',
    note: 'The minerals commitment is a US–Ukraine matter with no issue in the catalogue; it is kept in this summary only. The joint statement came out late on 11 March local time; some outlets date it 12 March.',
    terms: {
      'ceasefire.scope': {
        from: 0,
        value: 'full',
        note: 'Zelensky said it would cover the whole front line, not only the air and the sea.',
      },
      'ceasefire.duration': { from: 0, value: 30, note: 'Interim; extendable by mutual agreement.' },
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first' },
      'military-aid': { from: 1, value: 'continues' },
      'prisoners.exchange': {
        from: 2,
        value: 'all-for-all',
        confidence: 'medium',
        note: "Added by Ukraine. The statement lists prisoner-of-war exchanges, the release of civilian detainees and the return of deported children without saying 'all for all'; recorded as the closest option.",
      },
      'negotiation.format': {
        from: 3,
        value: 'mediated',
        confidence: 'low',
        note: 'The statement only appoints negotiating teams for the US-mediated talks (Ukraine asked for European involvement); no option says more than that.',
      },
    },
  },
  {
    id: 'ru-ceasefire-conditions-2025-03-18',
    title: "Russia's conditions for a full ceasefire (Trump–Putin call)",
    date: '2025-03-18',
    tabledBy: ['RU'],
    event: '2025-03-18-trump-putin-call',
    textStatus: 'published',
    summary:
      'In the 18 March call Putin named a complete halt of foreign military aid and intelligence to Kyiv as the key condition for preventing escalation, with effective control over any truce along the whole line and an end to Ukrainian mobilisation and rearmament.',
    terms: { 'military-aid': { from: 2, value: 'ended' } },
  },
  {
    id: 'energy-moratorium-2025-03-18',
    title: 'Mutual 30-day moratorium on strikes on energy infrastructure',
    date: '2025-03-18',
    tabledBy: ['US'],
    event: '2025-03-18-trump-putin-call',
    basedOn: 'us-jeddah-2025-03-11',
    textStatus: 'reported',
    summary:
      'Proposed by Trump in the 18 March call: both sides stop striking energy infrastructure for 30 days. The Kremlin said Putin agreed and ordered the military accordingly; Zelensky agreed on 19 March. At Riyadh (25 March) both sides agreed to develop measures to implement it.',
    note: "No common text. The Kremlin spoke of 'energy infrastructure', the White House of an 'energy and infrastructure ceasefire' {src:kyivindependent.com/trump-putin-call} {src:am1.news}; the two sides' lists of protected facilities differed. Russia dates the start to 18 March, Ukraine to 25 March {src:english.pravda.ru/news/world/162103} {src:signalhub-ai.com}. Reports of the call's length differ (about 90 minutes, about 2 hours, 2.5 hours).",
    terms: {
      'energy.moratorium': { from: 0, value: true },
      'ceasefire.scope': { from: 0, value: 'energy' },
      'ceasefire.duration': { from: 0, value: 30 },
    },
  },
  {
    id: 'black-sea-initiative-2025-03-18',
    title: 'US initiative on safe navigation in the Black Sea (talks agreed)',
    date: '2025-03-18',
    tabledBy: ['US'],
    event: '2025-03-18-trump-putin-call',
    basedOn: 'us-jeddah-2025-03-11',
    textStatus: 'reported',
    summary:
      "Raised by Trump in the 18 March call; Putin responded 'constructively' and talks on the details were to start.",
    terms: { 'black-sea.navigation': { from: 3, value: true } },
  },
  {
    id: 'pow-175-2025-03-18',
    title: '175-for-175 prisoner exchange of 19 March',
    date: '2025-03-18',
    tabledBy: ['RU'],
    event: '2025-03-18-trump-putin-call',
    textStatus: 'reported',
    summary:
      'Announced after the Trump–Putin call: 175 prisoners of war each way on 19 March, plus 23 badly wounded Ukrainians returned by Russia.',
    note: 'On 19 March Ukraine received 175 prisoners of war and 22 wounded (the figure in the 19 March reports).',
    terms: { 'prisoners.exchange': { from: 4, value: 'staged' } },
  },
  {
    id: 'us-power-plants-2025-03-19',
    title: 'US idea of owning and running Ukrainian power plants',
    date: '2025-03-19',
    tabledBy: ['US'],
    event: '2025-03-19-trump-zelensky-call',
    textStatus: 'reported',
    summary:
      "In the Trump–Zelensky call the White House readout said Trump suggested US ownership and operation of Ukraine's power plants as the best protection; Zelensky said only the occupied Zaporizhzhia plant was discussed.",
    terms: { 'nuclear-plant': { from: 1, value: 'us-operated' } },
  },
  {
    id: 'black-sea-2025-03-25',
    title: 'Black Sea arrangement (Riyadh, White House statements)',
    date: '2025-03-25',
    tabledBy: ['US'],
    event: '2025-03-23-riyadh-talks',
    basedOn: 'us-jeddah-2025-03-11',
    textStatus: 'published',
    summary:
      'The two White House statements of 25 March: the sides agree to ensure safe navigation, eliminate the use of force and prevent the use of commercial vessels for military purposes in the Black Sea; third-country good offices welcomed; the US will help restore Russian access to world markets for agricultural and fertiliser exports (insurance costs, ports, payments).',
    note: "The White House text omits the Kremlin's sanctions conditions {src:saudigazette} {src:vestikavkaza}; Russia's version, in which the arrangement takes effect only after sanctions relief, is the proposal ru-black-sea-conditions-2025-03-25. The arrangement grew out of the initiative raised in the 18 March call and was never publicly put into effect (inferred from the absence of later reporting; confidence medium).",
    terms: {
      'black-sea.navigation': { from: 0, value: true },
      'sanctions.agri-finance': {
        from: 1,
        value: 'eased',
        confidence: 'medium',
        note: "A US commitment to help restore access to markets, not a lifting of named sanctions; recorded as 'eased'.",
      },
    },
  },
  {
    id: 'ru-black-sea-conditions-2025-03-25',
    title: 'Kremlin version of the Black Sea arrangement: sanctions relief first',
    date: '2025-03-25',
    tabledBy: ['RU'],
    event: '2025-03-23-riyadh-talks',
    sources: ['vestikavkaza', 'pravda.com.ua', 'eir.news'],
    basedOn: 'black-sea-2025-03-25',
    textStatus: 'published',
    summary:
      "The Kremlin's statement of 25 March: the Black Sea terms take effect only after the lifting of sanctions on Rosselkhozbank and other banks in food and fertiliser trade (with reconnection to SWIFT), on food and fertiliser producers, exporters and insurers, on Russian-flagged vessels and their port servicing, and on supplies of agricultural machinery.",
    sequencing: [
      {
        kind: 'sequence',
        first: 'sanctions.agri-finance',
        then: 'black-sea.navigation',
        text: 'The Black Sea terms take effect only after the agricultural and financial sanctions are lifted.',
      },
    ],
    terms: {
      'black-sea.navigation': { from: 0, value: true },
      'sanctions.agri-finance': {
        value: 'lifted',
        text: 'Lifting of sanctions on Rosselkhozbank and other food and fertiliser trade banks (with SWIFT reconnection), on food and fertiliser producers, exporters and insurers, on Russian-flagged vessels and their port servicing, and on agricultural machinery supplies.',
      },
    },
  },
  {
    id: 'eur-reassurance-force-2025-03-06',
    title: 'UK–French idea of a European reassurance force after a ceasefire',
    date: '2025-03-06',
    tabledBy: ['EUR'],
    event: '2025-03-06-lavrov-no-european-troops',
    textStatus: 'reported',
    summary:
      'A European force in Ukraine after a ceasefire, to reassure rather than to hold the front, floated by the UK and France in early March 2025 and planned by the coalition of the willing.',
    note: "The idea was floated before this date; the notes first record it in Lavrov's rejection of 6 March, which dates it here.",
    terms: { 'guarantees.foreign-troops': { from: 0, value: 'reassurance-force' } },
  },
]

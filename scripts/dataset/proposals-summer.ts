/**
 * Proposals of the dataset, April to July 2025: the April US paper and the Ukrainian–European counter, the
 * unilateral truces, the European 30-day ceasefire demand, the Istanbul process and the two June memoranda.
 */
import type { ProposalSpec } from './spec'

const NO_CAP = 1_000_000
const NO_CAP_NOTE = '1,000,000 stands for no cap.'

export const summer: ReadonlyArray<ProposalSpec> = [
  {
    id: 'us-paper-2025-04-17',
    title: "US one-page framework (Paris), later called Trump's 'final offer'",
    date: '2025-04-17',
    tabledBy: ['US'],
    event: '2025-04-17-paris-us-framework',
    textStatus: 'leaked',
    summary:
      'Presented by Witkoff and Rubio to Ukrainian and European officials in Paris; text published by Reuters on 25 April. A full ceasefire and immediate technical talks; a robust guarantee from an ad hoc group of European and willing non-European states; Ukraine does not pursue NATO but may seek EU membership; US de jure recognition of Crimea as Russian and de facto recognition of Russian control of Luhansk and the occupied parts of Donetsk, Zaporizhzhia and Kherson; Ukraine regains the occupied parts of Kharkiv region; the Zaporizhzhia plant returned to Ukraine but run by the US, power shared with Russia; sanctions imposed since 2014 lifted and US–Russia energy and industrial cooperation; Ukraine compensated and rebuilt; the minerals deal implemented.',
    note: "The WSJ reported no cap on Ukraine's army and no bar on European troops; the paper did not itself propose European troops. Some summaries also list the Kakhovka dam, free passage on the Dnipro and the Kinburn spit. On 20 April a State Department official called these options for discussion, not take-it-or-leave-it. Compensation and reconstruction of Ukraine are kept in this summary only (the paper does not say who pays).",
    terms: {
      'ceasefire.scope': { from: 0, value: 'full' },
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first' },
      'territory.crimea.recognition': { from: 1, value: 'de-jure', note: 'Recognition by the US.' },
      'territory.luhansk.recognition': { from: 2, value: 'de-facto' },
      'territory.donetsk.recognition': { from: 3, value: 'de-facto' },
      'territory.donetsk.control': { from: 3, value: 'contact-line' },
      'territory.zaporizhzhia.recognition': { from: 4, value: 'de-facto' },
      'territory.zaporizhzhia.control': { from: 4, value: 'contact-line' },
      'territory.kherson.recognition': { from: 5, value: 'de-facto' },
      'territory.kherson.control': { from: 5, value: 'contact-line' },
      'territory.line-of-contact': {
        from: [3, 4, 5],
        value: 'frozen',
        text: 'De facto recognition of Russian control of the occupied areas: a freeze at the line.',
      },
      'territory.other-areas': { from: 6, value: 'returned' },
      'alliance.nato': { from: 7, value: 'renounced' },
      'guarantees.guarantors': {
        from: 8,
        value: ['european-states'],
        note: 'An ad hoc group of European and willing non-European states; no US guarantee.',
      },
      'nuclear-plant': { from: 9, value: 'us-operated' },
      'sanctions.us': { from: 10, value: 'lifted' },
      'economic-normalisation': {
        from: 10,
        value: 'partial',
        confidence: 'medium',
        note: "US–Russia energy and industrial cooperation, without the G8 return of the later plan; recorded as 'partial'.",
      },
      'army.size': { from: 11, value: NO_CAP, note: NO_CAP_NOTE },
    },
  },
  {
    id: 'ua-eu-counter-2025-04-23',
    title: 'Ukrainian–European counter-proposal (London)',
    date: '2025-04-23',
    tabledBy: ['UA', 'EUR'],
    event: '2025-04-23-london-ua-eu-counterproposal',
    basedOn: 'us-paper-2025-04-17',
    textStatus: 'leaked',
    summary:
      "Handed to the US by Ukrainian and European officials in London; text published by Reuters on 25 April. Ceasefire: full and unconditional in the air, on land and at sea; technical talks with US and European participation; US-led monitoring with third countries; return of deported children, an all-for-all exchange of prisoners, release of civilians. Security: robust guarantees including from the US in an Article 5-like agreement; no consensus among allies on NATO membership; no limits on Ukraine's forces or on friendly foreign forces in Ukraine; EU accession. Territory: discussed only after a full ceasefire, starting from the line of control; Ukraine regains the Zaporizhzhia plant (with US involvement), the Kakhovka dam, free passage on the Dnipro and the Kinburn spit. Economy: gradual sanctions relief only after a sustainable peace, with snapback; full reconstruction and compensation, including from frozen Russian assets; the minerals deal implemented.",
    terms: {
      'ceasefire.scope': { from: 0, value: 'full' },
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first' },
      'territory.line-of-contact': { from: 1, value: 'starting-point' },
      'territory.donetsk.recognition': { from: 1, value: 'none' },
      'territory.luhansk.recognition': { from: 1, value: 'none' },
      'territory.zaporizhzhia.recognition': { from: 1, value: 'none' },
      'territory.kherson.recognition': { from: 1, value: 'none' },
      'territory.crimea.recognition': { from: 2, value: 'none' },
      'territory.other-areas': {
        value: 'returned',
        text: 'Ukraine regains the Kinburn spit, free passage on the Dnipro and the Kakhovka dam.',
      },
      'guarantees.guarantors': { from: 3, value: ['us', 'european-states'] },
      'guarantees.strength': { from: 3, value: 'collective-defence' },
      'alliance.nato': { from: 4, value: 'deferred' },
      'army.size': { from: 5, value: NO_CAP, note: NO_CAP_NOTE },
      'guarantees.foreign-troops': {
        from: 6,
        value: 'reassurance-force',
        confidence: 'medium',
        note: 'The text allows friendly foreign forces without limits; it does not itself deploy a force. Recorded as the closest option.',
      },
      'nuclear-plant': { from: 7, value: 'ukrainian-control', note: 'With US involvement.' },
      'sanctions.us': { from: 8, value: 'eased' },
      'sanctions.eu': { from: 8, value: 'eased' },
      'sanctions.timing': { from: 8, value: 'not-before-peace', note: 'With snapback.' },
      'frozen-assets': { from: 9, value: 'to-ukraine' },
      reparations: { from: 9, value: 'full' },
      'prisoners.exchange': { from: 10, value: 'all-for-all' },
    },
  },
  {
    id: 'ru-easter-truce-2025-04-19',
    title: "Putin's unilateral 30-hour Easter truce",
    date: '2025-04-19',
    tabledBy: ['RU'],
    event: '2025-04-19-easter-truce',
    textStatus: 'published',
    summary:
      "A halt ordered by Putin from 18:00 Moscow time on 19 April to midnight after 20 April, presented as a test of Kyiv's sincerity; troops told to repel 'provocations'.",
    terms: {
      'ceasefire.scope': { from: 0, value: 'full' },
      'ceasefire.duration': {
        from: 0,
        value: 1,
        note: '30 hours (18:00 on 19 April to midnight after 20 April), recorded as 1 day.',
      },
    },
  },
  {
    id: 'ua-easter-extension-2025-04-19',
    title: 'Ukrainian offer to extend the Easter silence to 30 days',
    date: '2025-04-19',
    tabledBy: ['UA'],
    event: '2025-04-19-easter-truce',
    basedOn: 'ru-easter-truce-2025-04-19',
    textStatus: 'published',
    summary:
      'Zelensky said Ukraine would respond in kind to the Easter truce and proposed extending the silence for 30 days.',
    terms: {
      'ceasefire.scope': { from: 1, value: 'full' },
      'ceasefire.duration': { from: 1, value: 30 },
    },
  },
  {
    id: 'ua-civilian-infrastructure-2025-04-20',
    title: 'Ukrainian offer of a 30-day halt to long-range strikes on civilian infrastructure',
    date: '2025-04-20',
    tabledBy: ['UA'],
    event: '2025-04-19-easter-truce',
    sources: ['babel.ua/en/news/117306', 'babel.ua/en/news/117329', 'trtworld'],
    textStatus: 'published',
    summary:
      'On 20 April Zelensky proposed a 30-day halt, extendable, to long-range drone and missile strikes on civilian infrastructure.',
    terms: {
      'energy.moratorium': {
        from: 2,
        value: true,
        confidence: 'medium',
        note: 'Covers all civilian infrastructure, which is wider than the energy moratorium; recorded as the closest issue.',
      },
      'ceasefire.duration': { from: 2, value: 30, note: 'Extendable.' },
    },
  },
  {
    id: 'ru-direct-talks-2025-04-25',
    title: 'Russian readiness for direct talks with Ukraine without preconditions',
    date: '2025-04-25',
    tabledBy: ['RU'],
    event: '2025-04-25-witkoff-putin-moscow',
    textStatus: 'reported',
    summary:
      'After the fourth Witkoff–Putin meeting Peskov said Putin reiterated readiness to negotiate with Kyiv without preconditions.',
    terms: { 'negotiation.format': { from: 0, value: 'direct-talks' } },
  },
  {
    id: 'ru-victory-day-truce-2025-04-28',
    title: "Putin's 72-hour Victory Day truce (8–10 May)",
    date: '2025-04-28',
    tabledBy: ['RU'],
    event: '2025-04-28-victory-day-truce',
    textStatus: 'published',
    summary:
      "Declared by the Kremlin for the anniversary of the end of the Second World War: a halt from midnight 7/8 May to midnight 10/11 May, with an 'adequate' response to violations.",
    terms: {
      'ceasefire.scope': { from: 0, value: 'full' },
      'ceasefire.duration': { from: 0, value: 3 },
    },
  },
  {
    id: 'us-ua-minerals-2025-04-30',
    title: 'US–Ukraine Reconstruction Investment Fund (minerals) agreement',
    date: '2025-04-30',
    tabledBy: ['US'],
    event: '2025-04-30-minerals-agreement',
    textStatus: 'published',
    summary:
      'A 50/50 jointly governed US–Ukraine fund fed by half of the revenues from new licences for critical minerals, oil and gas; Ukraine keeps ownership of its resources and state companies; no debt; US contributions may include military aid such as air defence; profits reinvested in Ukraine for ten years. Ratification by the Rada required.',
    note: 'The fund itself has no issue in the catalogue (economic-normalisation is about Russia); it is kept in this summary.',
    terms: {
      'guarantees.strength': {
        from: 1,
        value: 'none',
        note: 'No explicit security guarantee; the notes read the US economic stake as an implicit commitment, which no option of this issue expresses.',
      },
    },
  },
  {
    id: 'eur-30-day-ceasefire-2025-05-10',
    title: 'European–Ukrainian demand of an unconditional 30-day ceasefire from 12 May (Kyiv)',
    date: '2025-05-10',
    tabledBy: ['EUR'],
    event: '2025-05-10-kyiv-coalition-ultimatum',
    basedOn: 'us-jeddah-2025-03-11',
    textStatus: 'published',
    summary:
      "Starmer, Macron, Merz and Tusk in Kyiv with Zelensky (and over 30 leaders online): a full, unconditional ceasefire on land, at sea and in the air for at least 30 days from Monday 12 May, monitored jointly with the US, under threat of coordinated 'massive' sanctions if Russia refused; they said Trump backed it.",
    terms: {
      'ceasefire.scope': { from: 0, value: 'full' },
      'ceasefire.duration': { from: 0, value: 30, note: 'At least 30 days.' },
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first' },
      'sanctions.eu': { from: 1, value: 'tightened', note: 'Threatened if Russia refuses the ceasefire.' },
    },
  },
  {
    id: 'ru-istanbul-talks-2025-05-11',
    title: 'Putin: direct talks in Istanbul from 15 May without preconditions',
    date: '2025-05-11',
    tabledBy: ['RU'],
    event: '2025-05-11-putin-offers-istanbul-talks',
    basedOn: 'ru-direct-talks-2025-04-25',
    textStatus: 'published',
    summary:
      "A night-time Kremlin statement: resume the Istanbul talks broken off in 2022, from 15 May, to address the 'root causes'; a new ceasefire could be discussed there. The European 30-day demand was not addressed.",
    terms: { 'negotiation.format': { from: 0, value: 'direct-talks' } },
  },
  {
    id: 'ua-leaders-meeting-2025-05-15',
    title: 'Ukrainian call for a leaders’ meeting (Zelensky–Putin)',
    date: '2025-05-15',
    tabledBy: ['UA'],
    event: '2025-05-15-putin-no-show',
    textStatus: 'published',
    summary:
      'Zelensky flew to Ankara and said he would meet only Putin; Ukraine repeated the call for a leaders’ meeting at the Istanbul rounds (and, on 23 July, for a summit with Trump and Erdogan by the end of August).',
    terms: { 'negotiation.format': { from: 0, value: 'leaders-meeting' } },
  },
  {
    id: 'pow-1000-2025-05-16',
    title: '1,000-for-1,000 prisoner exchange (Istanbul round 1)',
    date: '2025-05-16',
    tabledBy: ['UA'],
    event: '2025-05-16-istanbul-round-1',
    textStatus: 'reported',
    summary:
      'The largest prisoner exchange of the war, agreed at the first Istanbul round and carried out on 23–25 May.',
    terms: { 'prisoners.exchange': { from: 0, value: 'staged' } },
  },
  {
    id: 'ru-istanbul-demands-2025-05-16',
    title: 'Russian demands at the first Istanbul round (as reported)',
    date: '2025-05-16',
    tabledBy: ['RU'],
    event: '2025-05-16-istanbul-round-1',
    sources: ['avia-pro.net', 'pravda.com.ua'],
    textStatus: 'reported',
    confidence: 'medium',
    summary:
      'Ukrainian and media accounts: Russia demanded Ukrainian withdrawal from the four claimed regions before any ceasefire, neutrality without foreign troops, international recognition of the annexations and a waiver of reparations, with threats to take the Kharkiv and Sumy regions.',
    note: 'Only the waiver of reparations is recorded as a term here: the other demands rest on the same accounts and reappear, with a published text, in the memorandum of 2 June.',
    terms: { reparations: { from: 3, value: 'waived' } },
  },
  {
    id: 'ru-memorandum-process-2025-05-19',
    title: 'Russian proposal of a memorandum on a future peace treaty (Trump–Putin call)',
    date: '2025-05-19',
    tabledBy: ['RU'],
    event: '2025-05-19-trump-putin-call',
    textStatus: 'published',
    summary:
      'After a two-hour call with Trump, Putin said Russia would propose and work with Ukraine on a memorandum on a possible future peace treaty, covering settlement principles, timing and possibly a temporary ceasefire if agreements were reached.',
    terms: {
      'negotiation.format': {
        from: 0,
        value: 'direct-talks',
        confidence: 'medium',
        note: 'An exchange of memoranda within the direct talks; no option of the issue names it more closely.',
      },
      'ceasefire.sequencing': { from: 1, value: 'framework-first' },
    },
  },
]

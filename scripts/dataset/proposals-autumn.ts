/**
 * Proposals of the dataset, August to October 2025: the Alaska (Anchorage) offer and what surrounded it, the
 * guarantee discussions, the coalition of the willing, the prisoner exchanges and the October freeze.
 */
import type { ProposalSpec } from './spec'

export const autumn: ReadonlyArray<ProposalSpec> = [
  {
    id: 'ru-donbas-for-ceasefire-2025-08-06',
    title: 'Reported Russian offer: a ceasefire for the rest of Donbas (Witkoff–Putin)',
    date: '2025-08-06',
    tabledBy: ['RU'],
    event: '2025-08-06-witkoff-putin-moscow',
    basedOn: 'ru-memorandum-2025-06-02',
    textStatus: 'reported',
    confidence: 'medium',
    summary:
      'WSJ and Reuters reporting after the 6 August Witkoff–Putin meeting: Ukraine cedes the rest of Donetsk (and Luhansk) in return for a ceasefire.',
    note: 'Witkoff told European leaders that Russia would withdraw from Zaporizhzhia and Kherson in exchange; Rubio said the next day that Putin’s concessions were smaller. That account is not recorded as a term (confidence low in the notes).',
    terms: {
      'territory.donetsk.control': { from: 0, value: 'withdrawal' },
      'territory.luhansk.control': {
        from: 0,
        value: 'withdrawal',
        confidence: 'low',
        note: 'Luhansk appears only in parentheses in the reports.',
      },
    },
  },
  {
    id: 'eur-ua-chevening-2025-08-09',
    title: 'European–Ukrainian counter-proposal presented at Chevening',
    date: '2025-08-09',
    tabledBy: ['EUR', 'UA'],
    event: '2025-08-09-chevening-european-counterproposal',
    basedOn: 'ua-eu-counter-2025-04-23',
    textStatus: 'reported',
    confidence: 'medium',
    summary:
      'Senior aides of European leaders met Vance and Rubio in the UK. According to WSJ-based reports the text rejected a ceasefire-for-Donetsk trade, required a ceasefire before other steps, any territorial exchange to be reciprocal, and any concessions to be matched by strong guarantees, possibly including NATO membership.',
    terms: {
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first' },
      'territory.other-areas': {
        from: 1,
        value: 'exchanged',
        confidence: 'medium',
        note: "Only reciprocal territorial exchanges; recorded as 'exchanged', the closest option.",
      },
      'guarantees.strength': {
        from: 2,
        value: 'collective-defence',
        note: 'Ironclad guarantees, possibly including NATO membership (not recorded on alliance.nato: only a possibility).',
      },
    },
  },
  {
    id: 'ru-anchorage-offer-2025-08-15',
    title: "Putin's Alaska offer (the 'Anchorage formula')",
    date: '2025-08-15',
    tabledBy: ['RU'],
    event: '2025-08-15-alaska-summit',
    sources: [
      'thesgnl',
      'businesstoday',
      'news.liga.net/en/politics/news/putin-offered-440',
      'irishtimes',
      'clericalwhispers',
    ],
    basedOn: 'ru-memorandum-2025-06-02',
    textStatus: 'reported',
    confidence: 'medium',
    summary:
      "As relayed by Reuters, FT and NYT from Trump's briefings: Ukraine withdraws from all of Donetsk (and Luhansk); the front is frozen in Zaporizhzhia and Kherson with no new Russian offensive; Russia could return about 440 km² it holds in the Sumy and Kharkiv regions (against about 6,600 km² of Donbas held by Ukraine); at least formal recognition of Crimea; some sanctions relief; no NATO enlargement; official status for Russian and protection of the Orthodox Church; no ceasefire before a comprehensive deal. Later Russian statements call this the 'Anchorage formula'.",
    note: 'Sources disagree on the territorial demand: Donetsk only (some FT versions) or Donetsk and Luhansk (Reuters, NYT; {src:news.liga.net/en/politics/news/putin-offered-440} {src:irishtimes}); the notes follow the latter with lower confidence for Luhansk. The Crimea recognition sought may be by the US only or by everyone. No text exists; terms come from briefings.',
    terms: {
      'territory.donetsk.control': { from: 1, value: 'withdrawal' },
      'territory.luhansk.control': { from: 2, value: 'withdrawal' },
      'territory.zaporizhzhia.control': { from: 3, value: 'contact-line' },
      'territory.kherson.control': { from: 4, value: 'contact-line' },
      'territory.other-areas': {
        from: 5,
        value: 'exchanged',
        note: 'About 440 km² of the Sumy and Kharkiv regions returned against Ukraine’s withdrawal from about 6,600 km² of Donbas.',
      },
      'territory.crimea.recognition': {
        from: 6,
        value: 'de-jure',
        note: 'Whether by the US only or by everyone is not clear in the sources.',
      },
      'language-church': { from: 8, value: 'official-status' },
      'ceasefire.sequencing': {
        value: 'settlement-first',
        text: 'No ceasefire before a comprehensive deal.',
      },
      'alliance.nato': { value: 'barred', confidence: 'medium', text: 'No NATO enlargement.' },
      'sanctions.us': {
        value: 'eased',
        confidence: 'medium',
        text: 'Some sanctions relief.',
        note: 'Which regimes is not reported; recorded on the US sanctions.',
      },
    },
  },
  {
    id: 'us-guarantees-2025-08-15',
    title: "US and European 'Article 5-like' protection for Ukraine outside NATO",
    date: '2025-08-15',
    tabledBy: ['US'],
    event: '2025-08-15-alaska-summit',
    sources: ['rferl', 'thesgnl'],
    textStatus: 'reported',
    summary:
      "Witkoff said that at Alaska Russia conceded for the first time that the US and Europeans could give Ukraine 'Article 5-like' protection; on 18 August Trump told Zelensky and seven European leaders the US would help guarantee Ukraine's security with Europe as the 'first line of defence', without US troops.",
    note: 'Lavrov insisted on 20 August that Russia and China be among the guarantors.',
    terms: {
      'guarantees.strength': { from: 7, value: 'collective-defence' },
      'guarantees.guarantors': { from: 7, value: ['us', 'european-states'] },
    },
  },
  {
    id: 'us-no-crimea-no-nato-2025-08-17',
    title: 'Trump: no Crimea back, no NATO for Ukraine',
    date: '2025-08-17',
    tabledBy: ['US'],
    event: '2025-08-17-trump-no-crimea-no-nato',
    textStatus: 'published',
    summary:
      'On the eve of the White House meeting Trump posted that there would be no getting back Crimea and no NATO entry for Ukraine, and that Zelensky could end the war almost at once if he wished.',
    terms: {
      'territory.crimea.recognition': {
        from: 0,
        value: 'de-facto',
        confidence: 'medium',
        note: "The post says Ukraine will not get Crimea back; it does not say whether recognition would be in law. Recorded as 'de-facto'.",
      },
      'alliance.nato': {
        from: 1,
        value: 'renounced',
        confidence: 'medium',
        note: "The post rules out NATO entry without saying how; recorded as 'renounced', as in the April US paper.",
      },
    },
  },
  {
    id: 'us-leaders-meetings-2025-08-18',
    title: 'US plan of a Putin–Zelensky meeting, then a trilateral with Trump',
    date: '2025-08-18',
    tabledBy: ['US'],
    event: '2025-08-18-white-house-summit',
    textStatus: 'reported',
    summary:
      'Trump called Putin during the White House summit to start arranging a Putin–Zelensky meeting followed by a trilateral.',
    terms: { 'negotiation.format': { from: 2, value: 'leaders-meeting' } },
  },
  {
    id: 'ua-weapons-purchase-2025-08-18',
    title: 'Ukrainian offer to buy about $90bn of US weapons',
    date: '2025-08-18',
    tabledBy: ['UA'],
    event: '2025-08-18-white-house-summit',
    textStatus: 'reported',
    summary:
      'Zelensky offered about $90bn of purchases of US weapons, financed by Europe, as part of the guarantees.',
    terms: { 'military-aid': { from: 3, value: 'continues' } },
  },
  {
    id: 'ru-istanbul-model-guarantees-2025-08-20',
    title: 'Russian model of guarantees: the permanent members of the Security Council (Istanbul 2022)',
    date: '2025-08-20',
    tabledBy: ['RU'],
    event: '2025-08-20-lavrov-guarantees-need-russia',
    textStatus: 'published',
    summary:
      "Lavrov: discussing collective security without Russia is a 'road to nowhere'; Moscow backs 'truly reliable' guarantees modelled on the April 2022 Istanbul draft, with the permanent members of the UN Security Council (including Russia and China) and possibly Germany and Turkey as guarantors, and Ukraine neutral and non-nuclear.",
    note: 'Kyiv had rejected this model because it gave Moscow an effective veto.',
    terms: {
      'guarantees.guarantors': {
        from: 0,
        value: ['russia', 'china', 'un-security-council'],
        note: 'The permanent members of the Security Council, including Russia and China, possibly with Germany and Turkey.',
      },
      'alliance.nato': { from: 0, value: 'barred', text: 'Ukraine neutral.' },
    },
  },
  {
    id: 'pow-146-2025-08-24',
    title: '146-for-146 prisoner exchange (UAE-mediated)',
    date: '2025-08-24',
    tabledBy: ['UA'],
    event: '2025-08-24-pow-exchange-146',
    textStatus: 'reported',
    summary:
      "On Ukraine's Independence Day each side returned 146 prisoners of war; Ukraine also returned eight Russian civilians from the Kursk region and received civilians.",
    terms: { 'prisoners.exchange': { from: 0, value: 'staged' } },
  },
  {
    id: 'coalition-force-2025-09-04',
    title: 'Coalition of the willing: post-ceasefire reassurance force (26 countries)',
    date: '2025-09-04',
    tabledBy: ['EUR'],
    event: '2025-09-04-paris-coalition-26-countries',
    basedOn: 'eur-reassurance-force-2025-03-06',
    textStatus: 'reported',
    summary:
      'Macron said 26 of 35 participants formally committed to deploy troops or a land, sea or air presence in Ukraine the day after a ceasefire or peace, not on the front line, to deter new aggression; sanctions would rise if Moscow stalled.',
    terms: {
      'guarantees.foreign-troops': { from: 0, value: 'reassurance-force' },
      'sanctions.eu': { from: 1, value: 'tightened', note: 'If Russia drags its feet.' },
    },
  },
  {
    id: 'ru-moscow-meeting-2025-09-05',
    title: 'Putin’s invitation to Zelensky to meet in Moscow',
    date: '2025-09-05',
    tabledBy: ['RU'],
    event: '2025-09-05-putin-legitimate-targets',
    textStatus: 'published',
    confidence: 'medium',
    summary: 'At the Eastern Economic Forum Putin repeated an invitation for Zelensky to come to Moscow.',
    terms: { 'negotiation.format': { from: 2, value: 'leaders-meeting' } },
  },
  {
    id: 'pow-185-2025-10-02',
    title: '185-for-185 prisoner exchange plus 20 civilians each',
    date: '2025-10-02',
    tabledBy: ['UA'],
    event: '2025-10-02-pow-exchange-185',
    textStatus: 'reported',
    summary: 'An exchange under the Istanbul agreements.',
    terms: { 'prisoners.exchange': { from: 0, value: 'staged' } },
  },
  {
    id: 'ua-tomahawks-2025-10-16',
    title: 'Ukrainian request for Tomahawk cruise missiles',
    date: '2025-10-16',
    tabledBy: ['UA'],
    event: '2025-10-16-trump-putin-call-budapest',
    textStatus: 'reported',
    summary:
      'Ukraine sought US Tomahawk cruise missiles; Putin warned Trump that supplying them would change the battlefield and harm relations.',
    note: 'The request predates this date; the notes first record it here.',
    terms: { 'military-aid': { from: 0, value: 'continues', note: 'Tomahawk cruise missiles.' } },
  },
  {
    id: 'us-budapest-summit-2025-10-16',
    title: 'Trump–Putin summit in Budapest',
    date: '2025-10-16',
    tabledBy: ['US'],
    event: '2025-10-16-trump-putin-call-budapest',
    textStatus: 'published',
    summary:
      'Announced by Trump after the 16 October call, with Rubio–Lavrov preparatory talks; shelved on 22 October.',
    terms: { 'negotiation.format': { from: 1, value: 'leaders-meeting' } },
  },
  {
    id: 'us-freeze-2025-10-17',
    title: "Trump: 'stop where they are' — a ceasefire at the current line",
    date: '2025-10-17',
    tabledBy: ['US'],
    event: '2025-10-17-trump-zelensky-stop-at-line',
    textStatus: 'published',
    summary:
      'After the White House meeting Trump urged both sides to stop at the current battle line and let history decide.',
    terms: {
      'territory.line-of-contact': { from: 0, value: 'frozen' },
      'ceasefire.sequencing': { from: 0, value: 'ceasefire-first', text: 'Stop now, at the current line.' },
    },
  },
  {
    id: 'eur-assets-2025-10-21',
    title: 'European pledge to use the full value of immobilised Russian assets for Ukraine',
    date: '2025-10-21',
    tabledBy: ['EUR'],
    event: '2025-10-21-european-joint-statement-line-of-contact',
    textStatus: 'published',
    summary:
      "The joint statement of 21 October pledged more pressure on Russia's economy, including using the full value of immobilised Russian sovereign assets for Ukraine (the 'reparations loan' later put to the December summit).",
    terms: { 'frozen-assets': { from: 1, value: 'to-ukraine' } },
  },
]

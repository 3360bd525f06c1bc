/**
 * Proposals of the dataset: the two memoranda exchanged at the second Istanbul round (2 June 2025) and the
 * proposals of the later Istanbul rounds.
 */
import type { ProposalSpec } from './spec'

const NO_CAP = 1_000_000

const RU_MEMO_SOURCES = [
  'tass.com/politics/1967',
  'babel.ua/en/news/118475',
  'pravda.com.ua/eng/news/2025/06/2/',
  'sputnikglobe.com/20250602',
  'news-pravda.com/world/2025/06/03',
  'unn.ua/en/news/the-russian-federation-only-today',
]
const UA_MEMO_SOURCES = [
  'news.liga.net/en/amp/politics/news/the-full-text',
  'babel.ua/en/news/118449',
  'censor.net/en/news/3555506',
  'bcfausa.org',
]

export const memoranda: ReadonlyArray<ProposalSpec> = [
  {
    id: 'ru-memorandum-2025-06-02',
    title: 'Russian memorandum on a settlement (Istanbul round 2)',
    date: '2025-06-02',
    tabledBy: ['RU'],
    event: '2025-06-02-istanbul-round-2-memoranda',
    sources: RU_MEMO_SOURCES,
    basedOn: 'ru-terms-2024-06-14',
    textStatus: 'published',
    summary:
      "Handed to Ukraine at the table; three sections, 31 points. Section I (final settlement): international legal recognition of Crimea, Donetsk, Luhansk, Zaporizhzhia and Kherson as Russian and complete Ukrainian withdrawal; neutrality with no military alliances and no foreign troops, bases or infrastructure; ending incompatible treaties; non-nuclear status; caps on troop numbers and weapons; disbanding 'nationalist formations'; official status for Russian and protection of Russian speakers; a ban on 'glorification of Nazism'; all sanctions lifted and no new ones; a mutual waiver of war-damage claims; restrictions on the Ukrainian Orthodox Church lifted; phased restoration of ties. Section II: two ceasefire options — (1) Ukraine starts a full withdrawal from the four regions, or (2) a 'package': no redeployment except withdrawal, mobilisation halted and demobilisation begun, martial law lifted, no foreign arms, satellite or intelligence support, no third-country military presence, a bilateral monitoring centre, an amnesty and release of 'political prisoners' and civilians, and elections within 100 days of martial law ending. Section III: 2–3 day local truces to recover bodies, a ceasefire memorandum with dates, a 30-day ceasefire during which the withdrawal or package is completed, elections and new authorities, then a treaty endorsed by a binding UN Security Council resolution.",
    note: 'The caps on troop numbers and weapons are not recorded as an army.size term because the memorandum gives no number. Points are cited by section: the notes give the section of each demand, not its item number.',
    sequencing: [
      {
        kind: 'sequence',
        first: 'territory.donetsk.control',
        then: 'ceasefire.scope',
        by: 'UA',
        text: 'A 30-day ceasefire only once the withdrawal (option 1) or the package (option 2) is under way.',
      },
    ],
    terms: {
      'territory.crimea.recognition': { from: 0, value: 'de-jure', point: 'section I' },
      'territory.donetsk.recognition': { from: 1, value: 'de-jure', point: 'section I' },
      'territory.donetsk.control': { from: 1, value: 'withdrawal', point: 'section I' },
      'territory.luhansk.recognition': { from: 2, value: 'de-jure', point: 'section I' },
      'territory.luhansk.control': { from: 2, value: 'withdrawal', point: 'section I' },
      'territory.zaporizhzhia.recognition': { from: 3, value: 'de-jure', point: 'section I' },
      'territory.zaporizhzhia.control': { from: 3, value: 'withdrawal', point: 'section I' },
      'territory.kherson.recognition': { from: 4, value: 'de-jure', point: 'section I' },
      'territory.kherson.control': { from: 4, value: 'withdrawal', point: 'section I' },
      'alliance.nato': { from: 5, value: 'barred', point: 'section I' },
      'guarantees.foreign-troops': { from: 6, value: 'none', point: 'section I' },
      'language-church': { from: 8, value: 'official-status', point: 'section I' },
      'sanctions.us': { from: 9, value: 'lifted', point: 'section I' },
      'sanctions.eu': { from: 9, value: 'lifted', point: 'section I' },
      'sanctions.agri-finance': { from: 9, value: 'lifted', point: 'section I' },
      reparations: { from: 10, value: 'waived', point: 'section I' },
      amnesty: { from: 10, value: true, point: 'section II' },
      'military-aid': { from: 11, value: 'ended', point: 'section II' },
      'elections.timing': { from: 12, value: 'before-treaty', point: 'sections II–III' },
      'ceasefire.scope': { from: 13, value: 'full', point: 'sections II–III' },
      'ceasefire.duration': { from: 13, value: 30, point: 'section III' },
      'ceasefire.sequencing': { from: 13, value: 'framework-first', point: 'section II' },
    },
  },
  {
    id: 'ua-memorandum-2025-06-02',
    title: 'Ukrainian memorandum (roadmap) for the Istanbul talks',
    date: '2025-06-02',
    tabledBy: ['UA'],
    event: '2025-06-02-istanbul-round-2-memoranda',
    sources: UA_MEMO_SOURCES,
    basedOn: 'ua-eu-counter-2025-04-23',
    textStatus: 'leaked',
    summary:
      'Sent to Russia ahead of the second Istanbul round (its full text appeared via Suspilne): a full, unconditional ceasefire on land, in the air and at sea for at least 30 days, extendable, with US-led monitoring; no recognition of Russian gains since 2014 and the line of contact as the starting point, territory only after a ceasefire; robust international guarantees and no limits on friendly foreign troops or on the army; no obligation of neutrality (NATO left to Alliance consensus); phased sanctions relief with snapback; reparations; all-for-all exchanges and return of children; a leaders’ meeting.',
    note: 'Dated to the round at which it was discussed; Ukraine had sent it in advance.',
    terms: {
      'ceasefire.scope': { from: 14, value: 'full' },
      'ceasefire.duration': {
        from: 14,
        value: 30,
        note: 'Sources disagree: 30 days in the memorandum text {src:news.liga.net/en/amp/politics/news/the-full-text} {src:babel.ua/en/news/118449}, 90 days in ISW citing Umerov {src:bcfausa.org}. The notes follow the text. At least 30 days, extendable.',
      },
      'ceasefire.sequencing': { from: 14, value: 'ceasefire-first' },
      'territory.line-of-contact': { from: 15, value: 'starting-point' },
      'territory.crimea.recognition': { from: 15, value: 'none' },
      'territory.donetsk.recognition': { from: 15, value: 'none' },
      'territory.luhansk.recognition': { from: 15, value: 'none' },
      'territory.zaporizhzhia.recognition': { from: 15, value: 'none' },
      'territory.kherson.recognition': { from: 15, value: 'none' },
      'guarantees.foreign-troops': {
        from: 16,
        value: 'reassurance-force',
        confidence: 'medium',
        note: 'No limits on friendly foreign troops; the memorandum does not itself deploy a force. Recorded as the closest option.',
      },
      'alliance.nato': {
        value: 'deferred',
        text: 'No obligation of neutrality; NATO membership up to Alliance consensus.',
      },
      'army.size': {
        value: NO_CAP,
        text: 'No restrictions on the army.',
        note: '1,000,000 stands for no cap.',
      },
      'sanctions.timing': { value: 'phased', text: 'Phased sanctions relief with snapback.' },
      reparations: { value: 'full', text: 'Reparations required.' },
      'prisoners.exchange': {
        value: 'all-for-all',
        text: 'All-for-all exchanges and return of deported children.',
      },
      'negotiation.format': { from: 18, value: 'leaders-meeting' },
    },
  },
  {
    id: 'pow-wounded-young-2025-06-02',
    title: 'Exchange of severely wounded and young prisoners and of 6,000 bodies (Istanbul round 2)',
    date: '2025-06-02',
    tabledBy: ['UA'],
    event: '2025-06-02-istanbul-round-2-memoranda',
    sources: ['bcfausa.org', 'pravda.com.ua/eng/news/2025/06/2/', 'censor.net/en/news/3555925'],
    textStatus: 'reported',
    summary:
      'Agreed at the second Istanbul round: an all-for-all exchange of severely wounded or ill prisoners and of those aged 18–25, and 6,000 bodies each way.',
    terms: {
      'prisoners.exchange': {
        from: 17,
        value: 'staged',
        note: "'All for all' within two categories only (severely wounded or ill; aged 18–25), so recorded as a staged exchange.",
      },
    },
  },
  {
    id: 'pow-1200-2025-07-23',
    title: '1,200-for-1,200 prisoner exchange (Istanbul round 3)',
    date: '2025-07-23',
    tabledBy: ['UA'],
    event: '2025-07-23-istanbul-round-3',
    textStatus: 'reported',
    summary:
      'Agreed at the third Istanbul round: at least 1,200 prisoners each way; Russia offered 3,000 more bodies.',
    terms: { 'prisoners.exchange': { from: 0, value: 'staged' } },
  },
  {
    id: 'ru-istanbul-3-2025-07-23',
    title: 'Russian proposals at the third Istanbul round: local truces and working groups',
    date: '2025-07-23',
    tabledBy: ['RU'],
    event: '2025-07-23-istanbul-round-3',
    textStatus: 'reported',
    summary:
      'Russia again proposed 24–48-hour local truces to recover the wounded and the dead, and three online working groups (political, humanitarian, military); Medinsky said leaders should meet only to sign a finished agreement.',
    terms: {
      'ceasefire.duration': {
        from: 1,
        value: 2,
        confidence: 'medium',
        note: 'Local truces of 24–48 hours to recover the wounded and the dead, not a general ceasefire; recorded at the upper bound.',
      },
      'negotiation.format': {
        from: 4,
        value: 'direct-talks',
        note: 'Three online working groups (political, humanitarian, military) within the direct talks.',
      },
    },
  },
]

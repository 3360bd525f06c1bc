/**
 * 01 — Modelling positions.
 *
 * A negotiation is data: parties, issues, and each party's dated positions on them. This notebook builds a small
 * document with the typed issue builders, loads it through the checking loader, shows what the loader says about a
 * document with mistakes in it, and reads each party's stance as of two dates.
 *
 * Run: npx ts-node examples/01-model-positions.ts   (or: npx tsx examples/01-model-positions.ts)
 */
import { either as E, option as O } from 'fp-ts'
import { Issues, Load, Positions, type IsoDate, type IssueId, type PartyId } from '../src'

// 1. The issues: NATO membership (an ordered scale from `member` to `barred`), the ceasefire's scope and duration.
const issues = {
  ...Issues.allianceMembership({ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Ukraine' }),
  ...Issues.ceasefire({ aspects: ['scope', 'duration'] }),
}

// 2. The document: two principals, one mediator, and what each said, when, with sources.
const document = {
  format: 'negotiation-positions/1',
  title: 'Spring 2025, sketched',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
  },
  issues,
  sources: {
    jeddah: { title: 'Joint statement on the US–Ukraine meeting in Jeddah', published: '2025-03-11' },
    memo: { title: 'Text of the Russian memorandum of 2 June 2025', published: '2025-06-02' },
  },
  positions: [
    {
      id: 'ua-ceasefire',
      party: 'UA',
      issue: 'ceasefire.scope',
      asOf: '2025-03-11',
      sources: ['jeddah'],
      ideal: 'full',
      statement: 'Accepts an immediate, interim 30-day ceasefire on land, in the air and at sea.',
    },
    {
      id: 'ua-days',
      party: 'UA',
      issue: 'ceasefire.duration',
      asOf: '2025-03-11',
      sources: ['jeddah'],
      ideal: 30,
      acceptable: { kind: 'intervals', intervals: [{ min: 30, max: 3650 }] },
    },
    {
      id: 'ua-nato',
      party: 'UA',
      issue: 'alliance.nato',
      asOf: '2025-03-11',
      sources: ['jeddah'],
      ideal: 'member',
      redLines: { kind: 'options', options: ['barred'] },
      priority: 0.9,
    },
    {
      id: 'ru-nato',
      party: 'RU',
      issue: 'alliance.nato',
      asOf: '2025-06-02',
      sources: ['memo'],
      ideal: 'barred',
      redLines: { kind: 'options', options: ['member', 'path'] },
      priority: 0.9,
    },
    {
      id: 'ru-ceasefire',
      party: 'RU',
      issue: 'ceasefire.scope',
      asOf: '2025-06-02',
      sources: ['memo'],
      ideal: 'none',
      acceptable: { kind: 'options', options: ['none', 'energy'] },
      statement: 'A ceasefire only once a settlement is agreed or Ukraine withdraws.',
    },
  ],
}

// 3. Load it. `decode` returns Either: the typed negotiation, or every problem at once.
const loaded = Load.decode(document)
if (E.isLeft(loaded)) {
  console.log(Load.format(loaded.left))
  process.exit(1)
}
const negotiation = loaded.right
console.log(`Loaded "${negotiation.title}": ${Object.keys(negotiation.parties).length} parties, ` +
  `${Object.keys(negotiation.issues).length} issues, ${negotiation.positions.length} positions.\n`)

// 4. Documents with mistakes. Structure comes first (types, missing fields, dates that do not exist)...
const misdated = { ...document, positions: [{ ...document.positions[3], asOf: '2025-02-30', priority: 'high' }] }
// ...then meaning: every reference must point at something and every value must lie in its issue's domain.
const misspelt = {
  ...document,
  positions: [{ ...document.positions[2], ideal: 'memebr' }, { ...document.positions[4], party: 'RUS' }],
}
for (const [what, doc] of [['a misdated copy', misdated], ['a misspelt copy', misspelt]] as const) {
  const problems = Load.decode(doc)
  console.log(`What the loader says about ${what}:\n`)
  console.log(E.isLeft(problems) ? Load.format(problems.left) : 'no problems (unexpected)')
  console.log()
}

// 5. Each party's stance on each issue, as of two dates (a later position replaces the fields it sets).
const show = (date: IsoDate): void => {
  console.log(`Stances as of ${date}:`)
  for (const party of ['RU', 'UA'] as PartyId[]) {
    for (const issue of Object.keys(negotiation.issues).sort() as IssueId[]) {
      const stance = Positions.at(negotiation, party, issue, date)
      const text = O.isNone(stance)
        ? 'no stated position'
        : [
            stance.value.ideal === undefined ? undefined : `ideal ${JSON.stringify(stance.value.ideal)}`,
            stance.value.redLines === undefined ? undefined : `red lines ${JSON.stringify(stance.value.redLines)}`,
          ]
            .filter((s) => s !== undefined)
            .join('; ') || 'stated, no values'
      console.log(`  ${party} · ${issue}: ${text}`)
    }
  }
  console.log()
}
show('2025-03-31' as IsoDate)
show('2025-06-30' as IsoDate)

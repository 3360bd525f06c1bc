/**
 * Is there any deal every principal could accept, and which is best for whom?
 *
 *   (i)  the embedded 2025–26 Russia–Ukraine dataset, on its last date: the zone issue by issue, as whole packages,
 *        and — since it is empty — the cheapest concessions that would open one;
 *   (ii) a small scenario built with the issue builders where a zone exists: its size, the Pareto frontier and the
 *        Nash, Kalai–Smorodinsky and maximum-welfare points.
 *
 * Run from a fresh clone: npx ts-node examples/04-agreement-zone.ts
 */
import { either as E } from 'fp-ts'
import { Datasets, Issues, Zone, type IsoDate, type Negotiation } from '../src'

const rule = (title: string): void => console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}\n`)

const orExit = <A>(r: E.Either<readonly Zone.ZoneError[], A>): A => {
  if (E.isRight(r)) return r.right
  for (const e of r.left) console.error(e.message)
  process.exit(1)
}

// -------------------------------------------------------------------------------------
// (i) Russia–Ukraine, on the dataset's last date
// -------------------------------------------------------------------------------------

const ruUa: Negotiation = Datasets.ruUa2025()
const asOf = ruUa.asOf as IsoDate

rule(`(i) Russia–Ukraine as of ${asOf}: the zone issue by issue`)
const perIssue = orExit(Zone.perIssue(ruUa, asOf))
console.log(perIssue.explanation, '\n')
for (const z of perIssue.issues) console.log(`${z.empty ? '✗' : '✓'} ${z.explanation}\n`)

rule('(i) Whole packages')
const packages = orExit(Zone.packages(ruUa, { asOf }))
console.log(
  `Packages acceptable to both: ${packages.count} (decided ${packages.decidedBy}, without listing any).`,
)
console.log(
  `${String(packages.blockers.length)} issues block it on their own; conditions not applied: ${String(packages.unapplied.length)}.`,
)
for (const u of packages.unapplied.slice(0, 3)) console.log(`  - ${u.explanation}`)

rule('(i) The nearest agreement: the cheapest concessions, weighted by priority')
const nearest = orExit(Zone.nearestAgreement(ruUa, { asOf }))
console.log(nearest.explanation)
nearest.options.slice(0, 2).forEach((set, i) => {
  console.log(`\n${i === 0 ? 'One' : 'Another'} of the equally cheap sets, concession by concession:`)
  for (const c of set.concessions)
    console.log(`  - ${c.explanation}${c.evidence === null ? '' : ` [${c.evidence.positions.join(', ')}]`}`)
  console.log(`The zone would then hold ${set.count} packages.`)
})

// -------------------------------------------------------------------------------------
// (ii) a scenario with a zone, built with the issue builders
// -------------------------------------------------------------------------------------

const issues = {
  ...Issues.ceasefire({ aspects: ['scope', 'duration'], maxDays: 90 }),
  ...Issues.allianceMembership({ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Aland' }),
  'energy.plant': Issues.flag('Nuclear plant under IAEA control', 'energy', {
    yes: 'IAEA runs it',
    no: 'It does not',
  }),
}

const position = (party: string, issue: string, fields: Record<string, unknown>, i: number) => ({
  id: `${party}-${issue}-${String(i)}`,
  party,
  issue,
  asOf: '2025-06-01',
  sources: ['briefing'],
  ...fields,
})

const scenario = {
  format: 'negotiation-positions/1',
  title: 'A three-issue ceasefire with room for a deal',
  parties: {
    A: { name: 'Aland', role: 'principal', reservation: 0.3 },
    B: { name: 'Borduria', role: 'principal', reservation: 0.3 },
    M: { name: 'Mediator', role: 'mediator' },
  },
  issues,
  positions: [
    position(
      'A',
      'ceasefire.scope',
      { ideal: 'full', redLines: { kind: 'options', options: ['none'] }, priority: 0.9 },
      1,
    ),
    position(
      'A',
      'ceasefire.duration',
      { ideal: 90, acceptable: { kind: 'intervals', intervals: [{ min: 30, max: 90 }] }, priority: 0.6 },
      2,
    ),
    position(
      'A',
      'alliance.nato',
      { ideal: 'member', redLines: { kind: 'options', options: ['barred'] }, priority: 0.8 },
      3,
    ),
    position('A', 'energy.plant', { ideal: true, priority: 0.4 }, 4),
    position(
      'B',
      'ceasefire.scope',
      {
        ideal: 'energy',
        acceptable: { kind: 'options', options: ['energy', 'air-and-sea', 'full'] },
        priority: 0.5,
      },
      5,
    ),
    position(
      'B',
      'ceasefire.duration',
      { ideal: 30, acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 60 }] }, priority: 0.7 },
      6,
    ),
    position(
      'B',
      'alliance.nato',
      { ideal: 'barred', redLines: { kind: 'options', options: ['member', 'path'] }, priority: 0.9 },
      7,
    ),
    position('B', 'energy.plant', { ideal: false, priority: 0.3 }, 8),
  ],
  proposals: {},
  events: [],
  sources: { briefing: { title: 'Illustrative positions (invented for this example)' } },
} as unknown as Negotiation

rule('(ii) A scenario with a zone')
const options = { discretize: { 'ceasefire.duration': 15 } }
const zone = orExit(Zone.packages(scenario, options))
console.log(zone.explanation)
console.log(
  `Exactly, without the grid: ${orExit(Zone.packages(scenario)).count} packages (every whole number of days).`,
)

const pareto = orExit(Zone.pareto(scenario, options))
console.log(`\n${pareto.explanation}\n`)
for (const point of [pareto.nash, pareto.kalaiSmorodinsky, pareto.maxWelfare])
  console.log(`- ${point.explanation}`)
console.log(`- ${pareto.opposition.explanation}`)
console.log('\nThe frontier (package → utilities):')
for (const o of pareto.frontier)
  console.log(
    `  ${JSON.stringify(o.package)} → ${Object.entries(o.utilities)
      .map(([p, u]) => `${p} ${u.toFixed(3)}`)
      .join(', ')}`,
  )

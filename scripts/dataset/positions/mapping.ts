/**
 * The hand-made mapping of positions.json (party group → issue key → dated records) onto the issue catalogue of
 * scripts/dataset/issues.ts. One entry per record, in the order of the file (convert.ts checks the count and the
 * date of every entry). The tables are in mapping/*.ts, written with the helpers of dsl.ts.
 *
 * Rules applied to every record
 * -----------------------------
 * - Every record becomes at least one Position. A record that speaks to several catalogue issues becomes several,
 *   with ids `pos-<group>-<issue_key>-<date>-<n>`, then `-b`, `-c`, … for the extra ones, where <group> and
 *   <issue_key> are the ORIGINAL keys of positions.json (`RU`, `OTHER`, `territory_donetsk`) and n is the record's
 *   index in its list. The only exception is a record marked `pending` (no catalogue party fits): it is reported
 *   by convert.ts and kept out of the output until the lead decides.
 * - `kind` comes from the record's type; `statement` is the record's paraphrase, unchanged; `confidence`, `event`
 *   (the timeline id), `sources` (as source ids) and `asOf` (the record's date) are copied. `OTHER` records get the
 *   observer party their text names.
 * - `ideal` is set for an ideal demand, and for an offer or a statement that proposes a value of its own (a US
 *   plan, a truce, a host's format). An offer that is a conditional concession ("Ukraine would accept a
 *   demilitarised zone if…", Russia's reported hand-back of 440 km²) sets `acceptable` instead: what a party
 *   concedes is not what it wants most.
 * - `acceptable`: what the record says the party can live with. For Russia, Ukraine and Europe on an ordered issue
 *   with poles, the set runs from the stated value to the party's own pole (`toward` in dsl.ts: whoever accepts a
 *   freeze at the line also accepts getting more than that). Ukraine's pole is the first option, except on the
 *   "none … most" scales of guarantees and on sanctions timing; Europe sides with Ukraine; Russia holds the other
 *   pole. Ceasefire scope, prisoners and the talks' format have no poles. The US and the observers get only the
 *   values their records name.
 * - `redLines`: the values the record rules out. "No recognition" rules out de-facto and de-jure; "never legally
 *   recognise" (Ukraine's constitutional bar of 22 April) rules out de-jure, on Crimea and on each of the four
 *   regions. Ukraine's "we will not hand over territory we control" (18 August) rules out `withdrawal` on each
 *   region it partly holds, and `beyond-line` on the line of contact. "No restrictions on the army" rules out every
 *   cap: army.size in [0, 1,000,000), where 1,000,000 stands for no cap.
 * - A later position replaces each field it sets, so a record that adds to a set restates the whole set in force.
 *   A record narrows `acceptable` or lifts a value from `redLines` only where its text says so, and then carries a
 *   `note` saying what changed; convert.ts refuses a narrowing without a note, and a merged stance whose ideal or
 *   acceptable values fall in its red lines.
 * - `conditions`: sequencing is a `sequence` condition — Russia: first territory.<region>.control (by Ukraine), then
 *   ceasefire.scope; Ukraine and Europe: first ceasefire.scope, then territory.line-of-contact (or the step that
 *   follows the ceasefire in the record). Russia's Black Sea terms are a `value` condition on
 *   sanctions.agri-finance ∈ {eased, lifted}. "If Russia reciprocates" is an `acceptance` condition. Anything else
 *   stays in words (`other`).
 * - Where the text falls between catalogue options, the nearest option is used with a `note`. Quantities: troops
 *   for army.size, days for ceasefire.duration (30 hours → 1 day).
 * - A record with no value the text supports (a threat, a package adopted, an accusation, a report of an act)
 *   stays a Position with kind and statement only. Nothing is invented to fill a field.
 *
 * Priority
 * --------
 * One rule, by party and issue: 0.9 for Russia and Ukraine on every territory issue and on NATO membership — the
 * notes name territory and NATO as the core of both principals' terms (Russia's June 2024 terms and June 2025
 * memorandum; Ukraine's "no ceding land, NATO or equivalent"). Everything else is left unset (the model's default
 * 0.5). Statement-only positions get no priority.
 */
import type { DatasetParty } from '../issues'
import type { DatasetIssue, Entry } from './dsl'
import { eur, other } from './mapping/eur-other'
import { ru } from './mapping/ru'
import { ua } from './mapping/ua'
import { us } from './mapping/us'

/** The mapping: group of positions.json → issue key → one entry per record, in file order. */
export const mapping: Readonly<Record<string, Readonly<Record<string, ReadonlyArray<Entry>>>>> = {
  RU: ru,
  UA: ua,
  US: us,
  EUR: eur,
  OTHER: other,
}

/** The party of a group of positions.json (`OTHER` has none: each of its entries names one). */
export const groupParty: Readonly<Record<string, DatasetParty | undefined>> = {
  RU: 'RU',
  UA: 'UA',
  US: 'US',
  EUR: 'EUR',
  OTHER: undefined,
}

/** The priority rule above: 0.9 for the principals on territory and NATO, otherwise unset. */
export const priorityOf = (party: DatasetParty, issue: DatasetIssue): number | undefined =>
  (party === 'RU' || party === 'UA') && (issue.startsWith('territory.') || issue === 'alliance.nato')
    ? 0.9
    : undefined

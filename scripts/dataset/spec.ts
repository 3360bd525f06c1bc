/**
 * The shapes of the hand-written mapping tables: how each proposal of the notes is written in the library's format
 * (proposals-*.ts) and how each timeline event's terms and stances become events (events-*.ts). build.ts reads the
 * tables and the shared notes and writes src/datasets/ru-ua-2025.json.
 */
import type { Confidence, Stance, TextStatus } from '../../src/model'
import type { DatasetIssue, DatasetParty } from './issues'

/** A value as written in the tables: an option id, a number, a list of element ids, or a flag. */
export type RawValue = string | number | boolean | ReadonlyArray<string>

/** A value set as written in the tables (mirrors the model's `ValueSet`). */
export type RawValueSet =
  | { readonly kind: 'options'; readonly options: ReadonlyArray<string> }
  | {
      readonly kind: 'intervals'
      readonly intervals: ReadonlyArray<{ min: number; max: number; minOpen?: boolean; maxOpen?: boolean }>
    }
  | {
      readonly kind: 'subsets'
      readonly any: ReadonlyArray<{ include?: ReadonlyArray<string>; exclude?: ReadonlyArray<string> }>
    }
  | { readonly kind: 'flags'; readonly values: ReadonlyArray<boolean> }

/** A condition as written in the tables (mirrors the model's `Condition`, with plain strings for ids). */
export type RawCondition =
  | { readonly kind: 'value'; readonly issue: DatasetIssue; readonly in: RawValueSet; readonly text?: string }
  | {
      readonly kind: 'acceptance'
      readonly party: DatasetParty
      readonly proposal?: string
      readonly issues?: ReadonlyArray<DatasetIssue>
      readonly text?: string
    }
  | {
      readonly kind: 'sequence'
      readonly first: DatasetIssue
      readonly then: DatasetIssue
      readonly by?: DatasetParty
      readonly text?: string
    }
  | { readonly kind: 'other'; readonly text: string }

/** One term of a proposal. `from` names the index (or indices) of the timeline term it comes from. */
export interface TermSpec {
  readonly value: RawValue
  readonly from?: number | ReadonlyArray<number>
  /** The draft's wording, paraphrased; defaults to the wording of the first `from` term. */
  readonly text?: string
  readonly point?: string
  readonly note?: string
  /** Defaults to the timeline term's own confidence mark, when it has one. */
  readonly confidence?: Confidence
}

/** One proposal of the dataset. */
export interface ProposalSpec {
  readonly id: string
  readonly title: string
  readonly date: string
  readonly tabledBy: ReadonlyArray<DatasetParty>
  /** The timeline event the proposal comes from: its sources, its confidence and the terms `from` points at. */
  readonly event: string
  /** Keep only the sources whose url contains one of these fragments (default: every source of the event). */
  readonly sources?: ReadonlyArray<string>
  readonly basedOn?: string
  readonly textStatus: TextStatus
  readonly confidence?: Confidence
  readonly summary: string
  readonly note?: string
  readonly conditions?: ReadonlyArray<RawCondition>
  readonly sequencing?: ReadonlyArray<Extract<RawCondition, { kind: 'sequence' }>>
  readonly terms: Partial<Record<DatasetIssue, TermSpec>>
}

/** How one party's stance on one timeline term is recorded, when the default is not right. */
export interface StanceSpec {
  /** Record nothing for this stance, for the reason given (the reason is kept in the event's note). */
  readonly skip?: string
  /** Re-table the proposal (a `proposal-tabled` event) for a `proposed` stance; default only at meetings. */
  readonly retable?: boolean
  readonly date?: string
  readonly stance?: Stance
  readonly proposal?: string
  readonly issues?: ReadonlyArray<DatasetIssue>
  readonly conditions?: ReadonlyArray<RawCondition>
  readonly counter?: string
  /** Replaces the note of the notes' stance (which is kept by default). */
  readonly note?: string
  readonly confidence?: Confidence
}

/** How one timeline term is linked: to a proposal (its stances become responses), or to none. */
export interface TermLink {
  /** The proposal the term belongs to (default: the proposal whose terms come `from` this term). */
  readonly p?: string
  /** The issues of the proposal the stances are about (default: the proposal's terms from this term; `[]` = all). */
  readonly issues?: ReadonlyArray<DatasetIssue>
  /** The term maps to no proposal, for the reason given; it is kept in words in the event's note. */
  readonly none?: string
  /** The catalogue issues the term is about, for the statement's `issues` (for `none` terms). */
  readonly about?: ReadonlyArray<DatasetIssue>
  readonly stances?: Partial<Record<DatasetParty, StanceSpec>>
}

/** An agreement reached at the event. */
export interface AgreementSpec {
  readonly parties: ReadonlyArray<DatasetParty>
  readonly proposal?: string
  readonly terms?: ReadonlyArray<DatasetIssue>
  readonly expires?: string
  readonly date?: string
  readonly endDate?: string
  readonly title?: string
  readonly summary?: string
  readonly note?: string
  readonly confidence?: Confidence
}

/** A response that the notes give in an event's summary rather than in its terms. */
export interface ExtraResponse {
  readonly party: DatasetParty
  readonly proposal: string
  readonly stance: Stance
  readonly issues?: ReadonlyArray<DatasetIssue>
  readonly date?: string
  readonly conditions?: ReadonlyArray<RawCondition>
  readonly counter?: string
  readonly note: string
  readonly confidence?: Confidence
}

/** The mapping of one timeline event. */
export interface EventSpec {
  /**
   * The event that carries the timeline id. Default by the notes' kind: statement → `statement`, meeting →
   * `meeting`, agreement → the first agreement, violation → the first violation, response → the first response,
   * proposal → a `statement` by the first tabler (or a `meeting`, when the draft was tabled at one).
   */
  readonly primary?: 'statement' | 'meeting'
  /** Who speaks, for statements (default: the first party of the event). One statement each. */
  readonly speakers?: ReadonlyArray<DatasetParty>
  /** The parties of the meeting (default: the event's parties). */
  readonly meetingParties?: ReadonlyArray<DatasetParty>
  readonly agreements?: ReadonlyArray<AgreementSpec>
  /** Violations: the proposal and terms each accusation is about (by index; default for all). */
  readonly violations?: { readonly proposal?: string; readonly terms?: ReadonlyArray<DatasetIssue> }
  /** Terms that lapsed: a `term-expired` event. */
  readonly expired?: ReadonlyArray<{
    readonly proposal: string
    readonly terms?: ReadonlyArray<DatasetIssue>
    readonly date: string
    readonly note: string
  }>
  readonly extra?: ReadonlyArray<ExtraResponse>
  readonly terms?: Readonly<Record<number, TermLink>>
  /** The date of the responses and tablings derived from the event (default: the event's date). */
  readonly responseDate?: string
  /** Per-party dates of the responses (for reactions the notes date elsewhere). */
  readonly partyDates?: Partial<Record<DatasetParty, string>>
  /** For `response` events: which response carries the timeline id (default: the first). */
  readonly primaryOf?: { readonly term: number; readonly party: DatasetParty }
  /** Added to the primary event's note. */
  readonly note?: string
}

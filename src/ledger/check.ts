/**
 * Checking what a ledger is given: every reference an event makes (parties, proposal, terms, counter-proposal) must
 * exist, its id must be new, and it cannot be dated before its proposal was tabled. Each problem is a
 * `LedgerError` naming the event, the field and the fix. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { HOSTILE_KEYS, isIdString, isIsoDateString, isPlainObject } from '../internal/codec'
import type { IsoDate } from '../model/date'
import { EVENT_KINDS, STANCES, type Event } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { preview } from '../model/errors'
import { didYouMean } from '../model/suggest'
import type { LedgerContext, LedgerError, LedgerErrorTag } from './model'
import { isId } from './plain'
import { hasOwn } from '../internal/record'

/** Cached lookups of a context for messages: the party ids, and the term ids of each proposal. */
export interface Lookups {
  readonly parties: () => ReadonlyArray<PartyId>
  readonly terms: (proposal: ProposalId) => ReadonlyArray<IssueId>
}

/** Lookups of a context, computed on first use. */
export const lookups = (ctx: LedgerContext): Lookups => {
  let parties: ReadonlyArray<PartyId> | undefined
  const terms = new Map<ProposalId, ReadonlyArray<IssueId>>()
  return {
    parties: () => (parties ??= Object.keys(ctx.parties) as PartyId[]),
    terms: (p) => {
      let ts = terms.get(p)
      if (ts === undefined) {
        ts = Object.keys((ctx.proposals[p] as Proposal).terms) as IssueId[]
        terms.set(p, ts)
      }
      return ts
    },
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** A frozen `LedgerError`. */
export const ledgerError = (
  tag: LedgerErrorTag,
  event: EventId | undefined,
  field: string,
  message: string,
  fix: string,
): LedgerError =>
  Object.freeze(
    event === undefined ? { _tag: tag, field, message, fix } : { _tag: tag, event, field, message, fix },
  )

const STANCE_SET: ReadonlySet<string> = new Set(STANCES)

const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS)

/** What the checker needs to know besides the context: whether an event id is already taken. */
export type IsTaken = (id: EventId) => boolean

/** Checks one event; returns its problems, or `undefined` when it has none. */
export type Checker = (e: Event, isTaken: IsTaken) => ReadonlyArray<LedgerError> | undefined

/** A checker for events against a context (dates already seen valid are remembered). */
export const checker = (ctx: LedgerContext, look: Lookups): Checker => {
  const goodDates = new Set<string>()
  const validDate = (d: unknown): d is IsoDate => {
    if (typeof d !== 'string') return false
    if (goodDates.has(d)) return true
    const ok = isIsoDateString(d)
    if (ok) goodDates.add(d)
    return ok
  }
  return (e, isTaken) => {
    if (typeof e !== 'object' || e === null)
      return [
        ledgerError(
          'unknown-kind',
          undefined,
          '(event)',
          `${preview(e)} is not an event.`,
          'Give an event object.',
        ),
      ]
    let out: LedgerError[] | undefined
    const id = typeof e.id === 'string' && isIdString(e.id) ? e.id : undefined
    const what = id === undefined ? 'an event' : `event \`${id}\` (${String(e.kind)})`
    const fail = (tag: LedgerErrorTag, field: string, message: string, fix: string): void => {
      ;(out ??= []).push(ledgerError(tag, id, field, `${what}: ${message}`, fix))
    }
    if (id === undefined)
      fail(
        'bad-id',
        'id',
        `the id ${preview(e.id)} is not a valid event id.`,
        'Use letters, digits and . _ : - (starting with a letter or digit), at most 100 characters.',
      )
    else if (isTaken(id))
      fail(
        'duplicate-event',
        'id',
        'the ledger already holds an event with this id.',
        'Give each event its own id, or leave out the copy.',
      )
    if (!KINDS.has(e.kind)) {
      fail(
        'unknown-kind',
        'kind',
        `unknown kind ${preview(e.kind)}.`,
        `Use one of: ${EVENT_KINDS.join(', ')}.`,
      )
      return out
    }
    if (!validDate(e.date)) {
      fail(
        'bad-date',
        'date',
        `the date ${preview(e.date)} is not a real calendar date.`,
        'Write the date as YYYY-MM-DD.',
      )
      return out
    }
    const party = (field: string, p: PartyId): void => {
      if (typeof p === 'string' && hasOwn(ctx.parties, p)) return
      fail(
        'unknown-party',
        field,
        typeof p === 'string'
          ? `\`${p}\` is not a party of the negotiation.`
          : `${preview(p)} is not a party id.`,
        typeof p === 'string'
          ? `Add it to the parties or correct the id; ${didYouMean(p, look.parties(), 'parties')}.`
          : `Give one party's id, as text; ${didYouMean('', look.parties(), 'parties')}.`,
      )
    }
    const parties = (field: string, ps: ReadonlyArray<PartyId>): void => {
      if (Array.isArray(ps))
        (ps as ReadonlyArray<PartyId>).forEach((p, i) => party(`${field}[${String(i)}]`, p))
      else fail('unknown-party', field, 'expected a list of party ids.', 'Give the parties as a list of ids.')
    }
    const proposal = (field: string, p: ProposalId, dated: boolean): boolean => {
      if (typeof p === 'string' && hasOwn(ctx.proposals, p)) {
        const tabled = (ctx.proposals[p] as Proposal).date
        if (dated && e.date < tabled)
          fail(
            'before-tabling',
            'date',
            `it is dated ${e.date}, before proposal \`${p}\` was tabled on ${tabled}.`,
            "Check the event's date, or the proposal's `date` (the day it was first tabled).",
          )
        return true
      }
      fail(
        'unknown-proposal',
        field,
        typeof p === 'string'
          ? `\`${p}\` is not a proposal of the negotiation.`
          : `${preview(p)} is not a proposal id.`,
        typeof p === 'string'
          ? `Add the proposal or correct the id; ${didYouMean(p, Object.keys(ctx.proposals), 'proposals')}.`
          : `Give the proposal's id, as text; ${didYouMean('', Object.keys(ctx.proposals), 'proposals')}.`,
      )
      return false
    }
    const terms = (p: ProposalId, ts: ReadonlyArray<IssueId> | undefined): void => {
      const known = look.terms(p)
      if (ts !== undefined && !Array.isArray(ts))
        fail(
          'unknown-term',
          'terms',
          'expected a list of issue ids.',
          'Give the terms as a list of issue ids, or leave `terms` out for all of them.',
        )
      else
        ts?.forEach((t, i) => {
          if (typeof t === 'string' && hasOwn((ctx.proposals[p] as Proposal).terms, t)) return
          fail(
            'unknown-term',
            `terms[${String(i)}]`,
            `proposal \`${p}\` has no term on issue \`${String(t)}\`.`,
            `Name one of its terms, or leave \`terms\` out for all of them; ${didYouMean(String(t), known, 'its terms')}.`,
          )
        })
    }
    const orphanTerms = (): void =>
      fail(
        'missing-proposal',
        'terms',
        'it names terms but no proposal.',
        'Add the `proposal` whose terms these are, or leave `terms` out.',
      )
    switch (e.kind) {
      case 'position-stated':
      case 'statement':
        party('party', e.party)
        break
      case 'meeting':
        parties('parties', e.parties)
        break
      case 'proposal-tabled':
        parties('by', e.by)
        proposal('proposal', e.proposal, true)
        break
      case 'response':
        party('party', e.party)
        if (!STANCE_SET.has(e.stance))
          fail(
            'unknown-kind',
            'stance',
            `unknown stance ${preview(e.stance)}.`,
            `Use one of: ${STANCES.join(', ')}.`,
          )
        if (proposal('proposal', e.proposal, true)) terms(e.proposal, e.terms)
        if (e.counter !== undefined) proposal('counter', e.counter, false)
        break
      case 'agreement':
        parties('parties', e.parties)
        if (e.proposal !== undefined) {
          if (proposal('proposal', e.proposal, true)) terms(e.proposal, e.terms)
        } else if (e.terms !== undefined) orphanTerms()
        if (e.expires !== undefined && (!validDate(e.expires) || e.expires < e.date))
          fail(
            'bad-date',
            'expires',
            `the expiry ${preview(e.expires)} is not a date on or after the agreement's date ${e.date}.`,
            'Write the expiry as YYYY-MM-DD, no earlier than the agreement.',
          )
        break
      case 'violation-alleged':
        party('by', e.by)
        party('against', e.against)
        if (e.proposal !== undefined) {
          if (proposal('proposal', e.proposal, true)) terms(e.proposal, e.terms)
        } else if (e.terms !== undefined) orphanTerms()
        break
      case 'term-expired':
        if (proposal('proposal', e.proposal, true)) terms(e.proposal, e.terms)
        break
    }
    if (
      e.sources !== undefined &&
      (!Array.isArray(e.sources) || !Array.from(e.sources as unknown[]).every((x) => typeof x === 'string'))
    )
      fail('bad-id', 'sources', 'expected a list of source ids.', 'Give the sources as a list of source ids.')
    if (e.kind === 'violation-alleged' && typeof e.claim !== 'string')
      fail(
        'unknown-kind',
        'claim',
        'an alleged violation needs its `claim` in words.',
        'Add the claim as text.',
      )
    return out
  }
}

// -------------------------------------------------------------------------------------
// context
// -------------------------------------------------------------------------------------

/** What a value is, for a message about a field: `missing`, or a preview of it. */
const got = (u: unknown): string => (u === undefined ? 'missing' : preview(u))

/** An id in a message: in backticks, cut short when long. */
const quoted = (id: string): string => `\`${id.length > 60 ? `${id.slice(0, 60)}…` : id}\``

/** True for a list (or another iterable) of events, as `fromNegotiation` and `appendAll` read them. */
const isIterable = (u: unknown): boolean =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { readonly [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'

/**
 * The problem with what a ledger is given as its events, or `undefined` when it is a list (an iterable; with
 * `async`, an async iterable will do too). `owner` names what holds them (`the negotiation`), if anything does.
 */
export const checkEvents = (
  events: unknown,
  async: boolean,
  owner?: string,
): ReadonlyArray<LedgerError> | undefined => {
  if (
    isIterable(events) ||
    (async &&
      typeof events === 'object' &&
      events !== null &&
      typeof (events as { readonly [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function')
  )
    return undefined
  return [
    ledgerError(
      'missing-field',
      undefined,
      'events',
      events === undefined && owner !== undefined
        ? `${owner} has no \`events\`.`
        : `\`events\` is ${got(events)}, not a list of events.`,
      `Give the events as a list (\`[]\` when there are none; the loader fills that in for a document).`,
    ),
  ]
}

/**
 * The problems with the shape of a context, which must be checked before anything else reads it: its `parties` and
 * `proposals` are records, and each proposal an object with its `terms` (a record by issue id), `tabledBy` and
 * `sources` (lists). When there are any, the rest of the context cannot be read (nor its events checked).
 */
export const checkShape = (ctx: unknown): ReadonlyArray<LedgerError> => {
  if (!isPlainObject(ctx))
    return [
      ledgerError(
        'missing-field',
        undefined,
        '(context)',
        `${preview(ctx)} is not a negotiation.`,
        'Give a negotiation, or an object with its `parties` and `proposals`.',
      ),
    ]
  const out: LedgerError[] = []
  const field = (path: string, message: string, fix: string): void => {
    out.push(ledgerError('missing-field', undefined, path, message, fix))
  }
  const { parties, proposals } = ctx
  if (!isPlainObject(parties))
    field(
      'parties',
      parties === undefined
        ? 'the negotiation has no `parties`.'
        : `\`parties\` is ${preview(parties)}, not a record of parties by id.`,
      'Add `parties`, a record of the parties by id, e.g. `{ A: { name: "Alpha", role: "principal" } }`.',
    )
  if (!isPlainObject(proposals)) {
    field(
      'proposals',
      proposals === undefined
        ? 'the negotiation has no `proposals`.'
        : `\`proposals\` is ${preview(proposals)}, not a record of proposals by id.`,
      'Add `proposals`, a record of the proposals by id (`{}` when there are none; the loader fills that in for a document).',
    )
    return out
  }
  for (const p of Object.keys(proposals)) {
    const proposal = proposals[p]
    const where = `proposal ${quoted(p)}`
    if (!isPlainObject(proposal)) {
      field(
        `proposals.${p}`,
        `${where}: ${got(proposal)} is not a proposal.`,
        'Give the proposal as an object with its `title`, `date`, `tabledBy`, `terms` and `sources`.',
      )
      continue
    }
    if (!isPlainObject(proposal.terms))
      field(
        `proposals.${p}.terms`,
        `${where}: \`terms\` is ${got(proposal.terms)}, not a record of terms by issue id.`,
        'Give its terms by issue id, e.g. `{ truce: { value: true } }`.',
      )
    if (!Array.isArray(proposal.tabledBy))
      field(
        `proposals.${p}.tabledBy`,
        `${where}: \`tabledBy\` is ${got(proposal.tabledBy)}, not a list of party ids.`,
        'List the parties that tabled it, e.g. `["A"]`.',
      )
    if (!Array.isArray(proposal.sources))
      field(
        `proposals.${p}.sources`,
        `${where}: \`sources\` is ${got(proposal.sources)}, not a list of source ids.`,
        'List the sources it comes from by id, e.g. `["s1"]`.',
      )
  }
  return out
}

/**
 * The problem with an id of the context (a key of `parties`, `proposals` or a proposal's `terms`), or `undefined`
 * when it is one the loader accepts: letters, digits and `. _ : -`, at most 100 characters, and not a key of the
 * object prototype (`__proto__`, `constructor`, `prototype`), which the ledger's records would otherwise reach.
 */
const idProblem = (id: string, what: string, where: string, field: string): LedgerError | undefined => {
  if (isId(id)) return undefined
  const hostile = HOSTILE_KEYS.has(id)
  return ledgerError(
    'bad-id',
    undefined,
    field,
    hostile
      ? `${where}the ${what} id ${quoted(id)} is never accepted (it could reach the object prototype).`
      : `${where}the ${what} id ${quoted(id)} is not a valid id.`,
    hostile
      ? `Choose another ${what} id, and use it wherever this one is named.`
      : `Use letters, digits and . _ : - (starting with a letter or digit), at most 100 characters, wherever this ${what} is named.`,
  )
}

/**
 * Checks a context of the right shape (see `checkShape`): its ids are ones the loader accepts, and its proposals'
 * tabling parties exist and their dates are real dates.
 */
export const checkContext = (ctx: LedgerContext, look: Lookups): ReadonlyArray<LedgerError> => {
  const out: LedgerError[] = []
  const id = (x: string, what: string, where: string, field: string): void => {
    const problem = idProblem(x, what, where, field)
    if (problem !== undefined) out.push(problem)
  }
  for (const party of Object.keys(ctx.parties)) id(party, 'party', '', 'parties')
  for (const p of Object.keys(ctx.proposals)) {
    const proposal = ctx.proposals[p as ProposalId] as Proposal
    id(p, 'proposal', '', 'proposals')
    for (const t of Object.keys(proposal.terms))
      id(t, 'issue', `proposal ${quoted(p)}: `, `proposals.${p}.terms`)
    if (!isIsoDateString(proposal.date))
      out.push(
        ledgerError(
          'bad-date',
          undefined,
          `proposals.${p}.date`,
          `proposal \`${p}\`: the date ${preview(proposal.date)} is not a real calendar date.`,
          'Write the date as YYYY-MM-DD.',
        ),
      )
    proposal.tabledBy.forEach((party: unknown, i) => {
      if (typeof party !== 'string' || !hasOwn(ctx.parties, party))
        out.push(
          ledgerError(
            'unknown-party',
            undefined,
            `proposals.${p}.tabledBy[${String(i)}]`,
            `proposal \`${p}\`: ${typeof party === 'string' ? `\`${party}\`` : preview(party)} is not a party of the negotiation.`,
            `Add it to the parties or correct the id; ${didYouMean(String(party), look.parties(), 'parties')}.`,
          ),
        )
    })
  }
  return out
}

/**
 * The problems of an event the intake refused: the checker's, or, if it found none (an event of the wrong shape in
 * a way it does not look for), one that says so.
 */
export const explain = (check: Checker, e: Event, isTaken: IsTaken): ReadonlyArray<LedgerError> =>
  check(e, isTaken) ?? [
    ledgerError(
      'unknown-kind',
      typeof e.id === 'string' ? e.id : undefined,
      'kind',
      `event \`${String(e.id)}\` does not have the shape of a \`${String(e.kind)}\` event.`,
      'Check its fields against the format (`Load.decode` reports each one).',
    ),
  ]

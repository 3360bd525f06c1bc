/**
 * Checking what a ledger is given: every reference an event makes (parties, proposal, terms, counter-proposal) must
 * exist, its id must be new, and it cannot be dated before its proposal was tabled. Each problem is a
 * `LedgerError` naming the event, the field and the fix. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { isIdString, isIsoDateString } from '../internal/codec'
import type { IsoDate } from '../model/date'
import { EVENT_KINDS, STANCES, type Event } from '../model/event'
import type { EventId, IssueId, PartyId, ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { preview } from '../model/errors'
import { didYouMean } from '../model/suggest'
import type { LedgerContext, LedgerError, LedgerErrorTag } from './model'

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

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

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
        `\`${String(p)}\` is not a party of the negotiation.`,
        `Add it to the parties or correct the id; ${didYouMean(String(p), look.parties(), 'parties')}.`,
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
        `\`${String(p)}\` is not a proposal of the negotiation.`,
        `Add the proposal or correct the id; ${didYouMean(String(p), Object.keys(ctx.proposals), 'proposals')}.`,
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
      (!Array.isArray(e.sources) || !e.sources.every((x) => typeof x === 'string'))
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

/** Checks the proposals of a context: their tabling parties exist and their dates are real dates. */
export const checkContext = (ctx: LedgerContext, look: Lookups): ReadonlyArray<LedgerError> => {
  const out: LedgerError[] = []
  for (const p of Object.keys(ctx.proposals)) {
    const proposal = ctx.proposals[p as ProposalId] as Proposal
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
    proposal.tabledBy.forEach((party, i) => {
      if (!hasOwn(ctx.parties, party))
        out.push(
          ledgerError(
            'unknown-party',
            undefined,
            `proposals.${p}.tabledBy[${String(i)}]`,
            `proposal \`${p}\`: \`${party}\` is not a party of the negotiation.`,
            `Add it to the parties or correct the id; ${didYouMean(party, look.parties(), 'parties')}.`,
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

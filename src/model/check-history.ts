/**
 * Semantic checks of the negotiation's history: events name known parties, proposals, positions and terms; event ids
 * are unique; dates run forward (no end before a start, no response, violation or agreement before its proposal was
 * tabled, no draft based on a later draft); `basedOn` has no loops; a position-stated event lists its own party's
 * positions; a conditional acceptance lists its conditions; an agreement has at least two parties.
 *
 * @internal
 * @since 0.1.0
 */
import { checkConditions, checkTermRef } from './check-conditions'
import type { Context } from './check-context'
import type { PathSegments } from './errors'
import type { Event } from './event'
import type { Proposal } from './proposal'
import { own } from '../internal/record'

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

const proposalOf = (ctx: Context, id: string): Proposal | undefined =>
  own(ctx.doc.proposals as Readonly<Record<string, Proposal>>, id)

const checkBasedOn = (ctx: Context): void => {
  const ids = ctx.ids.proposal
  const reported = new Set<string>()
  for (const id of ids) {
    const p = proposalOf(ctx, id) as Proposal
    if (p.basedOn === undefined) continue
    const base = proposalOf(ctx, p.basedOn)
    if (base !== undefined && p.basedOn !== id && base.date > p.date)
      ctx.sink(
        ['proposals', id, 'basedOn'],
        'date-order',
        `proposal \`${id}\` (${p.date}) is based on \`${p.basedOn}\`, which is dated later (${base.date}); a draft can only revise an earlier one — check both dates or the \`basedOn\` id`,
        p.basedOn,
      )
    // follow the chain; a loop is reported once, at the member that comes first in the document
    const chain: string[] = []
    let cur: string | undefined = id
    while (cur !== undefined && proposalOf(ctx, cur) !== undefined && !chain.includes(cur)) {
      chain.push(cur)
      cur = proposalOf(ctx, cur)?.basedOn
    }
    if (cur === undefined || !chain.includes(cur)) continue
    const loop = chain.slice(chain.indexOf(cur))
    const key = [...loop].sort().join('\u0000')
    if (reported.has(key)) continue
    reported.add(key)
    const at = loop.reduce((a, b) => (ids.indexOf(a) <= ids.indexOf(b) ? a : b))
    const start = loop.indexOf(at)
    const ordered = [...loop.slice(start), ...loop.slice(0, start), at]
    ctx.sink(
      ['proposals', at, 'basedOn'],
      'cycle',
      loop.length === 1
        ? `proposal \`${at}\` is based on itself; remove \`basedOn\` or name the earlier draft it revises`
        : `proposals are based on each other in a loop: ${ordered.map((x) => `\`${x}\``).join(' → ')}; the first draft of a chain has no \`basedOn\``,
      proposalOf(ctx, at)?.basedOn,
    )
  }
}

/** Checks that an event about `proposal` is not dated before the proposal was tabled. */
const afterTabling = (ctx: Context, e: Event, proposal: string, path: PathSegments, what: string): void => {
  const p = proposalOf(ctx, proposal)
  if (p === undefined || e.date >= p.date) return
  ctx.sink(
    [...path, 'date'],
    'date-order',
    `this ${what} is dated ${e.date}, before proposal \`${proposal}\` was tabled (${p.date}); fix the date here or the proposal's \`date\``,
    e.date,
  )
}

const checkEvent = (ctx: Context, e: Event, path: PathSegments): void => {
  const parties = (list: ReadonlyArray<string>, field: string): void =>
    list.forEach((x, j) => void ctx.refer('party', x, [...path, field, j]))
  const proposal = (id: string, field = 'proposal'): boolean => ctx.refer('proposal', id, [...path, field])
  const terms = (list: ReadonlyArray<string> | undefined, of: string | undefined, field = 'terms'): void =>
    (list ?? []).forEach((x, j) => void checkTermRef(ctx, x, [...path, field, j], of))

  switch (e.kind) {
    case 'position-stated': {
      const partyKnown = ctx.refer('party', e.party, [...path, 'party'])
      e.positions.forEach((id, j) => {
        if (!ctx.refer('position', id, [...path, 'positions', j])) return
        const pos = ctx.positions.get(id)
        if (partyKnown && pos !== undefined && pos.party !== e.party)
          ctx.sink(
            [...path, 'positions', j],
            'wrong-party',
            `position \`${id}\` belongs to party \`${pos.party}\`, but this event records a statement by \`${e.party}\`; list only ${e.party}'s positions or fix the event's \`party\``,
            id,
          )
      })
      return
    }
    case 'proposal-tabled':
      parties(e.by, 'by')
      if (proposal(e.proposal)) afterTabling(ctx, e, e.proposal, path, 'tabling')
      return
    case 'response': {
      ctx.refer('party', e.party, [...path, 'party'])
      const known = proposal(e.proposal)
      terms(e.terms, known ? e.proposal : undefined)
      checkConditions(ctx, e.conditions, [...path, 'conditions'], known ? { proposal: e.proposal } : {})
      if (e.counter !== undefined) proposal(e.counter, 'counter')
      if (known) afterTabling(ctx, e, e.proposal, path, 'response')
      if (e.stance === 'conditionally-accepted' && (e.conditions ?? []).length === 0)
        ctx.sink(
          [...path, 'conditions'],
          'semantic',
          'a conditional acceptance must list its conditions: add `conditions` (kind `other` with a `text` for one the model cannot check) or change `stance` to `accepted`',
        )
      return
    }
    case 'agreement': {
      parties(e.parties, 'parties')
      if (new Set(e.parties).size < 2)
        ctx.sink(
          [...path, 'parties'],
          'semantic',
          `an agreement needs at least two parties, but this one lists ${e.parties.length === 0 ? 'none' : `only \`${e.parties[0] as string}\``}; list every party that agreed`,
          e.parties,
        )
      const known = e.proposal !== undefined && proposal(e.proposal)
      terms(e.terms, known ? e.proposal : undefined)
      if (known && e.proposal !== undefined) afterTabling(ctx, e, e.proposal, path, 'agreement')
      if (e.expires !== undefined && e.expires < e.date)
        ctx.sink(
          [...path, 'expires'],
          'date-order',
          `the agreement expires (${e.expires}) before it was reached (${e.date}); fix \`expires\` or \`date\``,
          e.expires,
        )
      return
    }
    case 'violation-alleged': {
      ctx.refer('party', e.by, [...path, 'by'])
      ctx.refer('party', e.against, [...path, 'against'])
      const known = e.proposal !== undefined && proposal(e.proposal)
      terms(e.terms, known ? e.proposal : undefined)
      if (known && e.proposal !== undefined) afterTabling(ctx, e, e.proposal, path, 'alleged violation')
      return
    }
    case 'term-expired': {
      const known = proposal(e.proposal)
      terms(e.terms, known ? e.proposal : undefined)
      if (known) afterTabling(ctx, e, e.proposal, path, 'expiry')
      return
    }
    case 'meeting':
      parties(e.parties, 'parties')
      return
    case 'statement':
      ctx.refer('party', e.party, [...path, 'party'])
      ;(e.issues ?? []).forEach((x, j) => void ctx.refer('issue', x, [...path, 'issues', j]))
      return
  }
}

/**
 * Checks the proposals' `basedOn` chains and every event.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkHistory = (ctx: Context): void => {
  checkBasedOn(ctx)
  const seen = new Map<string, number>()
  ctx.doc.events.forEach((e, i) => {
    const path: PathSegments = ['events', i]
    const first = seen.get(e.id)
    if (first === undefined) seen.set(e.id, i)
    else
      ctx.sink(
        [...path, 'id'],
        'duplicate-id',
        `event id \`${e.id}\` is already used by events[${String(first)}]; give each event its own id`,
        e.id,
      )
    e.sources.forEach((s, j) => void ctx.refer('source', s, [...path, 'sources', j]))
    if (e.endDate !== undefined && e.endDate < e.date)
      ctx.sink(
        [...path, 'endDate'],
        'date-order',
        `the event ends (${e.endDate}) before it starts (${e.date}); fix \`endDate\` or \`date\``,
        e.endDate,
      )
    checkEvent(ctx, e, path)
  })
}

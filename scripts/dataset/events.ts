/**
 * Turning each timeline event into events of the model: statements, meetings, agreements, alleged violations,
 * expiries, re-tablings and responses (one per party's stance on a term, merged when a party answers several terms
 * of one proposal alike). The mapping tables say which proposal each term belongs to; everything they leave out is
 * converted by the defaults documented in spec.ts, and anything the defaults cannot decide fails the build.
 */
import type { DatasetIssue, DatasetParty } from './issues'
import type { NoteEvent, NoteStance, NoteTerm } from './notes'
import { froms, proposalSpecs, termEntries } from './proposals'
import type { Sources } from './sources'
import type { EventSpec, ProposalSpec, RawCondition, StanceSpec } from './spec'
import { condition } from './values'
import { clip, label, name, ordered, sentence, STANCES, stanceWords, VERBS } from './wording'
import { springEvents } from './events-spring'
import { summerEvents } from './events-summer'
import { winterEvents } from './events-winter'

type Json = Record<string, unknown>

/** The mapping of every timeline event that needs more than the defaults. */
export const eventSpecs: Readonly<Record<string, EventSpec>> = {
  ...springEvents,
  ...summerEvents,
  ...winterEvents,
}

const byProposal = new Map(proposalSpecs.map((p) => [p.id, p] as const))
const proposalIds = new Set(byProposal.keys())
interface Ctx {
  readonly byEvent: ReadonlyMap<string, NoteEvent>
  readonly sources: Sources
  readonly problems: string[]
}

/** The issues of proposal `p` that timeline term `j` of `ev` is about. `undefined` = the whole proposal. */
const defaultIssues = (ctx: Ctx, p: ProposalSpec, ev: NoteEvent, j: number): DatasetIssue[] | undefined => {
  if (p.event === ev.id) {
    const own = termEntries(p)
      .filter(([, t]) => froms(t).includes(j))
      .map(([i]) => i)
    if (own.length > 0) return own
  }
  const key = ev.terms[j]?.issue
  const src = ctx.byEvent.get(p.event)
  const same = termEntries(p)
    .filter(([, t]) => froms(t).some((k) => src?.terms[k]?.issue === key))
    .map(([i]) => i)
  if (same.length === 0)
    ctx.problems.push(`\`${ev.id}\` term ${String(j)}: say which issues of \`${p.id}\` it is about`)
  return same
}

interface Link {
  readonly p?: ProposalSpec
  readonly issues?: DatasetIssue[]
  readonly none?: string
  readonly about: ReadonlyArray<DatasetIssue>
}

const linkOf = (ctx: Ctx, ev: NoteEvent, spec: EventSpec, j: number): Link => {
  const l = spec.terms?.[j] ?? {}
  if (l.none !== undefined) return { none: l.none, about: l.about ?? [] }
  let p = l.p === undefined ? undefined : byProposal.get(l.p)
  if (l.p !== undefined && p === undefined)
    ctx.problems.push(`\`${ev.id}\` term ${String(j)}: unknown proposal \`${l.p}\``)
  if (p === undefined && l.p === undefined) {
    const own = proposalSpecs.filter(
      (q) => q.event === ev.id && termEntries(q).some(([, t]) => froms(t).includes(j)),
    )
    if (own.length === 1) p = own[0]
    else
      ctx.problems.push(
        `\`${ev.id}\` term ${String(j)} (“${ev.terms[j]?.term ?? ''}”): ${own.length === 0 ? 'no proposal comes from it' : `several proposals come from it (${own.map((q) => q.id).join(', ')})`}; give \`p\` or \`none\``,
      )
  }
  if (p === undefined) return { about: [] }
  const chosen =
    l.issues === undefined ? defaultIssues(ctx, p, ev, j) : l.issues.length === 0 ? undefined : [...l.issues]
  chosen?.forEach((i) => {
    if (!(i in p.terms)) ctx.problems.push(`\`${ev.id}\` term ${String(j)}: \`${p.id}\` has no term \`${i}\``)
  })
  return { p, ...(chosen === undefined ? {} : { issues: chosen }), about: chosen ?? [] }
}

/** The events of one timeline event, and the problems found converting it. */
export const convertEvent = (ctx: Ctx, ev: NoteEvent): Json[] => {
  const spec = eventSpecs[ev.id] ?? {}
  const where = `\`${ev.id}\``
  const sourceIds = ev.sources.map((s) => ctx.sources.idOf(s.url))
  const cite = (s: string): string => ctx.sources.cite(s, ctx.problems)
  const notes: string[] = []
  const responses: Json[] = []
  const tablings: Json[] = []
  const respOf: Array<{ term: number; party: string; json: Json }> = []
  const conds = (cs: ReadonlyArray<RawCondition>): Json[] =>
    cs.map((c) => {
      const r = condition(c, proposalIds)
      ctx.problems.push(...r.problems.map((m) => `${where}: ${m}`))
      return r.json
    })

  const respond = (
    term: number,
    party: DatasetParty,
    p: ProposalSpec,
    stance: string,
    date: string,
    terms: ReadonlyArray<DatasetIssue> | undefined,
    extra: { conditions?: Json[]; counter?: string; note?: string; confidence?: string; wording?: string },
  ): void => {
    if (date < p.date)
      ctx.problems.push(
        `${where}: a response of ${party} dated ${date} is earlier than \`${p.id}\` (${p.date})`,
      )
    if (extra.counter !== undefined && !proposalIds.has(extra.counter))
      ctx.problems.push(`${where}: unknown counter \`${extra.counter}\``)
    const key = JSON.stringify([
      party,
      p.id,
      stance,
      date,
      terms === undefined,
      extra.conditions,
      extra.counter,
      extra.note,
      extra.confidence,
    ])
    const same = respOf.find((r) => r.json['_key'] === key)
    if (same !== undefined) {
      const ts = same.json['terms'] as string[] | undefined
      terms?.forEach((t) => ts?.includes(t) || ts?.push(t))
      const ws = same.json['_wording'] as string[]
      if (extra.wording !== undefined && !ws.includes(extra.wording)) ws.push(extra.wording)
      return
    }
    const json: Json = {
      _key: key,
      _wording: extra.wording === undefined ? [] : [extra.wording],
      kind: 'response',
      date,
      party,
      proposal: p.id,
      stance,
      ...(terms === undefined ? {} : { terms: [...terms] }),
      ...(extra.conditions === undefined || extra.conditions.length === 0
        ? {}
        : { conditions: extra.conditions }),
      ...(extra.counter === undefined ? {} : { counter: extra.counter }),
      confidence: extra.confidence ?? ev.confidence,
      ...(extra.note === undefined ? {} : { note: extra.note }),
    }
    respOf.push({ term, party, json })
    responses.push(json)
  }

  // responses the notes give in the summary
  for (const x of spec.extra ?? []) {
    const p = byProposal.get(x.proposal)
    if (p === undefined) {
      ctx.problems.push(`${where}: unknown proposal \`${x.proposal}\` in extra`)
      continue
    }
    respond(-1, x.party, p, x.stance, x.date ?? spec.responseDate ?? ev.date, x.issues, {
      conditions: conds(x.conditions ?? []),
      ...(x.counter === undefined ? {} : { counter: x.counter }),
      note: cite(x.note),
      ...(x.confidence === undefined ? {} : { confidence: x.confidence }),
    })
  }

  const primaryKind =
    spec.primary ??
    (
      {
        proposal: 'statement',
        response: 'response',
        statement: 'statement',
        agreement: 'agreement',
        violation: 'violation',
        meeting: 'meeting',
      } as const
    )[ev.kind]
  const statementIssues: DatasetIssue[] = []
  const addIssues = (is: ReadonlyArray<DatasetIssue>): void =>
    is.forEach((i) => statementIssues.includes(i) || statementIssues.push(i))

  ev.terms.forEach((t: NoteTerm, j: number) => {
    const link = linkOf(ctx, ev, spec, j)
    addIssues(link.about)
    if (link.none !== undefined) {
      const stances = Object.entries(t.stances).map(([p, s]) => stanceWords(p, s))
      notes.push(`Not tied to a proposal: “${t.term}” — ${link.none}. Stances: ${stances.join('; ')}.`)
      return
    }
    const tspec = spec.terms?.[j]
    for (const [party, s] of Object.entries(t.stances) as Array<[DatasetParty, NoteStance]>) {
      const ss: StanceSpec = tspec?.stances?.[party] ?? {}
      if (ss.skip !== undefined) {
        notes.push(`${stanceWords(party, s)} on “${t.term}” is not recorded as a response here: ${ss.skip}.`)
        continue
      }
      const p = ss.proposal === undefined ? link.p : byProposal.get(ss.proposal)
      if (p === undefined) continue
      const terms =
        ss.proposal === undefined && ss.issues === undefined
          ? link.issues
          : (ss.issues ?? defaultIssues(ctx, p, ev, j))
      const tabler = p.tabledBy.includes(party)
      const date = ss.date ?? spec.partyDates?.[party] ?? spec.responseDate ?? ev.date
      switch (s.stance) {
        case 'proposed':
          if (tabler && p.event === ev.id && ss.retable !== true) continue
          if (ss.retable === true || (tabler && primaryKind === 'meeting')) {
            const t0 = tablings.find((x) => x['proposal'] === p.id && x['date'] === date)
            if (t0 !== undefined) {
              const by = t0['by'] as string[]
              if (!by.includes(party)) by.push(party)
            } else
              tablings.push({ kind: 'proposal-tabled', date, proposal: p.id, by: [party], _note: s.note })
            if (date < p.date) ctx.problems.push(`${where}: \`${p.id}\` re-tabled before its date`)
            continue
          }
          if (tabler) {
            if (s.note !== undefined) notes.push(`${stanceWords(party, s)} on “${t.term}”.`)
            continue
          }
          ctx.problems.push(
            `${where} term ${String(j)}: ${party} 'proposed' \`${p.id}\`, which it did not table: say how to record it`,
          )
          continue
        case 'violated_alleged':
          if ((ev.violations_or_accusations ?? []).length === 0)
            ctx.problems.push(`${where}: a violated_alleged stance but no accusations`)
          continue
        case 'expired':
          if ((spec.expired ?? []).length === 0)
            ctx.problems.push(`${where}: an expired stance but no \`expired\` in the table`)
          continue
        case 'unknown':
          notes.push(`${stanceWords(party, s)} on “${t.term}”: stance unknown.`)
          continue
        default:
          break
      }
      if (tabler && (s.stance === 'accepted' || s.stance === 'supported') && ss.stance === undefined) {
        if (s.note !== undefined || s.conditions !== undefined)
          notes.push(`${stanceWords(party, s)} on “${t.term}”.`)
        continue
      }
      const stance = ss.stance ?? STANCES[s.stance]
      if (stance === undefined) {
        ctx.problems.push(`${where}: unknown stance ${s.stance}`)
        continue
      }
      const accepting = stance === 'accepted' || stance === 'conditionally-accepted'
      const fromNotes = accepting
        ? (s.conditions ?? []).map((text): RawCondition => ({ kind: 'other', text: sentence(text) }))
        : []
      let conditions = conds(ss.conditions ?? fromNotes)
      const parts: string[] = []
      const stanceNote = ss.note ?? s.note
      if (stance === 'conditionally-accepted' && conditions.length === 0 && s.note !== undefined)
        conditions = conds([{ kind: 'other', text: sentence(s.note) }])
      else if (stanceNote !== undefined) parts.push(sentence(stanceNote))
      if (!accepting && s.conditions !== undefined)
        parts.push(`Conditions ${name(party)} named: ${s.conditions.join('; ')}.`)
      if (
        ev.kind === 'proposal' &&
        !tabler &&
        ss.date === undefined &&
        spec.partyDates?.[party] === undefined
      )
        parts.push('The notes record this reaction with the tabling of the draft, without a date of its own.')
      respond(j, party, p, stance, date, terms, {
        conditions,
        ...(ss.counter === undefined ? {} : { counter: ss.counter }),
        ...(parts.length === 0 ? {} : { note: cite(parts.join(' ')) }),
        confidence: ss.confidence ?? s.confidence ?? t.confidence ?? ev.confidence,
        wording: t.term,
      })
    }
  })

  // finish the responses
  let rn = 0
  const primaryResponse =
    spec.primaryOf === undefined
      ? responses[0]
      : respOf.find((r) => r.term === spec.primaryOf?.term && r.party === spec.primaryOf?.party)?.json
  if (spec.primaryOf !== undefined && primaryResponse === undefined)
    ctx.problems.push(`${where}: no response for primaryOf`)
  for (const r of responses) {
    const p = byProposal.get(r['proposal'] as string) as ProposalSpec
    const verb = VERBS[r['stance'] as string] ?? (r['stance'] as string)
    const terms = r['terms'] as string[] | undefined
    const wording = r['_wording'] as string[]
    r['id'] =
      r === primaryResponse && primaryKind === 'response'
        ? ev.id
        : `${ev.id}.r${String(++rn)}-${r['party'] as string}`
    r['title'] = clip(`${name(r['party'] as string)} ${verb}: ${p.title}`)
    r['summary'] =
      `${name(r['party'] as string)} ${verb} “${p.title}”` +
      (terms === undefined ? ' as a whole.' : ` on ${terms.map(label).join(', ')}.`) +
      (wording.length === 0
        ? ''
        : ` The notes' wording of the term${wording.length > 1 ? 's' : ''}: ${wording.map((w) => `“${w}”`).join('; ')}.`)
    delete r['_key']
    delete r['_wording']
  }

  const out: Json[] = []
  const common = (id: string, primary: boolean): Json => ({
    id,
    ...(primary
      ? {
          title: ev.title,
          summary: ev.summary,
          confidence: ev.confidence,
        }
      : {}),
  })
  const head = [ev.note, spec.note].filter((n): n is string => n !== undefined).map((n) => cite(n))
  const tail = notes.map((n) => cite(n))

  // statements
  if (ev.kind === 'statement' || primaryKind === 'statement') {
    const first = proposalSpecs.find((q) => q.event === ev.id)?.tabledBy[0]
    const speakers = spec.speakers ?? [
      ev.kind === 'proposal' && first !== undefined ? first : (ev.parties[0] as DatasetParty),
    ]
    speakers.forEach((sp, k) => {
      const primary = k === 0 && primaryKind === 'statement'
      out.push({
        ...common(primary ? ev.id : `${ev.id}.s-${sp}`, primary),
        kind: 'statement',
        date: ev.date,
        ...(ev.date_end === undefined || ev.date_end === ev.date ? {} : { endDate: ev.date_end }),
        party: sp,
        ...(statementIssues.length === 0 ? {} : { issues: statementIssues }),
        ...(primary ? {} : { title: ev.title, summary: ev.summary, confidence: ev.confidence }),
      })
    })
  }
  // meetings
  if (primaryKind === 'meeting') {
    out.push({
      ...common(ev.id, true),
      kind: 'meeting',
      date: ev.date,
      ...(ev.date_end === undefined || ev.date_end === ev.date ? {} : { endDate: ev.date_end }),
      parties: spec.meetingParties ?? ev.parties,
      ...(ev.location === undefined ? {} : { location: ev.location }),
    })
  }
  // agreements
  if (ev.kind === 'agreement' && spec.primary === undefined && (spec.agreements ?? []).length === 0)
    ctx.problems.push(`${where}: an agreement without \`agreements\``)
  ;(spec.agreements ?? []).forEach((a, k) => {
    const primary = k === 0 && primaryKind === 'agreement'
    const p = a.proposal === undefined ? undefined : byProposal.get(a.proposal)
    if (a.proposal !== undefined && p === undefined)
      ctx.problems.push(`${where}: unknown proposal \`${a.proposal}\``)
    a.terms?.forEach(
      (i) =>
        p === undefined ||
        i in p.terms ||
        ctx.problems.push(`${where}: \`${a.proposal ?? ''}\` has no term \`${i}\``),
    )
    const date = a.date ?? ev.date
    if (p !== undefined && date < p.date) ctx.problems.push(`${where}: agreement before \`${p.id}\``)
    const endDate = a.date === undefined ? ev.date_end : a.endDate
    out.push({
      id: primary ? ev.id : `${ev.id}.a${String(k + 1)}`,
      kind: 'agreement',
      date,
      ...(endDate === undefined || endDate === date ? {} : { endDate }),
      title: primary ? ev.title : (a.title ?? `Agreement: ${p?.title ?? ev.title}`),
      summary: a.summary ?? (primary ? ev.summary : (p?.summary ?? ev.summary)),
      parties: a.parties,
      ...(a.proposal === undefined ? {} : { proposal: a.proposal }),
      ...(a.terms === undefined ? {} : { terms: a.terms }),
      ...(a.expires === undefined ? {} : { expires: a.expires }),
      confidence: a.confidence ?? ev.confidence,
      ...(a.note === undefined ? {} : { _note: cite(a.note) }),
    })
  })
  // alleged violations
  const accusations = ev.violations_or_accusations ?? []
  if (ev.kind === 'violation' && accusations.length === 0)
    ctx.problems.push(`${where}: a violation without accusations`)
  accusations.forEach((v, k) => {
    const primary = k === 0 && primaryKind === 'violation'
    const vp = spec.violations?.proposal
    if (vp !== undefined && !proposalIds.has(vp)) ctx.problems.push(`${where}: unknown proposal \`${vp}\``)
    out.push({
      id: primary ? ev.id : `${ev.id}.v${String(k + 1)}`,
      kind: 'violation-alleged',
      date: ev.date,
      ...(ev.date_end === undefined || ev.date_end === ev.date ? {} : { endDate: ev.date_end }),
      title: primary ? ev.title : clip(`${name(v.by)} accuses ${name(v.against)}: ${v.claim}`),
      summary: ev.summary,
      by: v.by,
      against: v.against,
      claim: v.claim,
      ...(v.response === undefined ? {} : { reply: v.response }),
      ...(vp === undefined ? {} : { proposal: vp }),
      ...(spec.violations?.terms === undefined ? {} : { terms: spec.violations.terms }),
      confidence: v.confidence ?? ev.confidence,
    })
  })
  // expiries
  ;(spec.expired ?? []).forEach((x, k) => {
    const p = byProposal.get(x.proposal)
    if (p === undefined) ctx.problems.push(`${where}: unknown proposal \`${x.proposal}\``)
    out.push({
      id: `${ev.id}.x${String(k + 1)}`,
      kind: 'term-expired',
      date: x.date,
      title: `Lapsed: ${p?.title ?? x.proposal}`,
      summary: `The ${p?.title ?? x.proposal} lapsed without renewal.`,
      proposal: x.proposal,
      ...(x.terms === undefined ? {} : { terms: x.terms }),
      confidence: ev.confidence,
      _note: cite(x.note),
    })
  })
  // re-tablings
  tablings.forEach((t, k) => {
    const p = byProposal.get(t['proposal'] as string) as ProposalSpec
    const by = t['by'] as string[]
    out.push({
      id: `${ev.id}.t${String(k + 1)}`,
      kind: 'proposal-tabled',
      date: t['date'],
      title: clip(`${by.map(name).join(' and ')} table${by.length > 1 ? '' : 's'} again: ${p.title}`),
      summary: `${by.map(name).join(' and ')} put forward “${p.title}” again: ${ev.title}.`,
      proposal: p.id,
      by,
      confidence: ev.confidence,
      ...(t['_note'] === undefined ? {} : { _note: cite(sentence(t['_note'] as string)) }),
    })
  })
  out.push(...responses)

  const primary = out.find((e) => e['id'] === ev.id)
  if (primary === undefined)
    ctx.problems.push(`${where}: no event carries the timeline id (primary ${primaryKind})`)
  // notes and sources, in the model's field order
  return out.map((e) => {
    const own = e['_note'] as string | undefined
    const note = [
      ...(e === primary ? head : []),
      ...(typeof e['note'] === 'string' ? [e['note']] : []),
      ...(own === undefined ? [] : [own]),
      ...(e === primary ? tail : []),
    ]
    const full: Json = { ...e, sources: sourceIds }
    delete full['_note']
    delete full['note']
    if (note.length > 0) full['note'] = note.join(' ')
    return ordered(full)
  })
}

/**
 * The shape of a negotiation as the analyses read it: its collections present, each party named with a role, each
 * issue labelled with a known kind of domain, each draft, position and event with the fields that are read, each
 * condition well formed, and no value set with a range that holds nothing (an interval from 10 to 5, read as
 * accepting nothing where the writer meant from 5 to 10). The loader checks all this and more; a negotiation built
 * in code is handed straight to the analyses, which check its shape at their entry with these functions and refuse
 * it with their own error values rather than throw halfway, read it wrongly (a party whose role is misspelt is no
 * principal), or pass a result that their renderers cannot print. Shared by every analysis. It checks what the
 * analyses read, not what only the loader cares about (sources cited but not listed, dates out of order, values
 * outside their domain, which each analysis handles in its own way).
 * Internal.
 *
 * @internal
 * @since 0.1.0
 */
import { boundedNumber, isIsoDateString, isPlainObject } from '../internal/codec'
import { hasOwn } from '../internal/record'
import { ValueSet } from './domain'
import { isEmptyInterval } from './membership'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One way a negotiation is ill-formed: where (a dotted path into the negotiation) and a sentence saying what is wrong
 * and what to do, naming the party, issue, draft, position or event. Internal.
 *
 * @internal
 */
export interface ShapeProblem {
  readonly at: string
  readonly message: string
}

type Obj = Readonly<Record<string, unknown>>

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const CONDITION_KINDS = ['value', 'acceptance', 'sequence', 'other']
const DOMAIN_KINDS = ['flag', 'choice', 'quantity', 'subset']

/** What a value is, in a message: `null`, `undefined`, a list, an object, or its JSON. */
export const shown = (u: unknown): string =>
  u === undefined
    ? '`undefined`'
    : u === null
      ? '`null`'
      : Array.isArray(u)
        ? 'a list'
        : typeof u === 'object'
          ? 'an object'
          : typeof u === 'string' || typeof u === 'number'
            ? `\`${String(u)}\``
            : `\`${JSON.stringify(u) ?? typeof u}\``

const isText = (u: unknown): u is string => typeof u === 'string'

/** True when `u` is a real calendar date written `YYYY-MM-DD`. */
export const isDate = (u: unknown): u is string => isText(u) && isIsoDateString(u)

const ROLES = ['principal', 'mediator', 'guarantor', 'observer']

// A priority, reservation or score: a number from 0 to 1 (NaN is not), as the format's codec takes it.
const isShare = boundedNumber('share', 0, 1).is

const isTextList = (u: unknown): boolean => Array.isArray(u) && u.every(isText)

// A thing named by its id, else by what it is (its place follows in each message).
const named = (what: string, id: unknown): string => (isText(id) ? `${what} \`${id}\`` : `the ${what}`)

// A problem of `who` at `at`, told as `who (at): what is wrong; what to do`.
const push = (out: ShapeProblem[], who: string, at: string, message: string): void => {
  out.push({ at, message: `${who} (${at}): ${message}` })
}

// A required text field.
const text = (out: ShapeProblem[], o: Obj, field: string, who: string, at: string, fix: string): void => {
  if (!isText(o[field]))
    push(out, who, `${at}.${field}`, `\`${field}\` is ${shown(o[field])}, not text; ${fix}`)
}

// A required date, or an optional one.
const date = (
  out: ShapeProblem[],
  o: Obj,
  field: string,
  who: string,
  at: string,
  optional = false,
): void => {
  if (!(isDate(o[field]) || (optional && o[field] === undefined)))
    push(out, who, `${at}.${field}`, `\`${field}\` is ${shown(o[field])}, not a date; write it YYYY-MM-DD`)
}

// A required list of ids.
const ids = (out: ShapeProblem[], o: Obj, field: string, who: string, at: string, fix: string): void => {
  if (!isTextList(o[field]))
    push(out, who, `${at}.${field}`, `\`${field}\` is ${shown(o[field])}, not a list of ids; ${fix}`)
}

// An optional list of ids.
const optionalIds = (out: ShapeProblem[], o: Obj, field: string, who: string, at: string): void => {
  if (o[field] !== undefined && !isTextList(o[field]))
    push(
      out,
      who,
      `${at}.${field}`,
      `\`${field}\` is ${shown(o[field])}, not a list of ids; list them, or leave \`${field}\` out`,
    )
}

// A value set as a condition requires it: `where` names the field (`in`, `when.in`).
const valueSet = (out: ShapeProblem[], u: unknown, who: string, at: string, where: string): void => {
  if (u === undefined)
    push(
      out,
      who,
      `${at}.${where}`,
      `the value condition has no \`${where}\`; give the values it requires, e.g. \`{ kind: 'flags', values: [true] }\``,
    )
  else if (!ValueSet.is(u))
    push(
      out,
      who,
      `${at}.${where}`,
      `\`${where}\` is not a value set; write options, flags, intervals or subsets with their list, e.g. \`{ kind: 'options', options: ['a'] }\``,
    )
  else emptyRanges(out, u, who, `${at}.${where}`)
}

/**
 * The ranges of a well-formed value set that hold nothing (an interval whose min is above its max, or with an open
 * bound at a single number; a subset constraint whose minSize is above its maxSize): the analyses would read the set
 * as accepting nothing there, where the writer meant the range the other way round.
 */
const emptyRanges = (out: ShapeProblem[], s: ValueSet, who: string, at: string): void => {
  if (s.kind === 'intervals')
    s.intervals.forEach((i, j) => {
      if (isEmptyInterval(i))
        push(
          out,
          who,
          `${at}.intervals[${String(j)}]`,
          i.min > i.max
            ? `the interval from ${String(i.min)} to ${String(i.max)} is empty: its min is above its max; swap them`
            : `the interval at ${String(i.min)} with an open bound holds no number; close the bound or widen it`,
        )
    })
  if (s.kind === 'subsets')
    s.any.forEach((c, j) => {
      if (c.minSize !== undefined && c.maxSize !== undefined && c.minSize > c.maxSize)
        push(
          out,
          who,
          `${at}.any[${String(j)}]`,
          `its minSize ${String(c.minSize)} is above its maxSize ${String(c.maxSize)}, so no subset fits; swap them`,
        )
    })
}

const conditionProblems = (out: ShapeProblem[], c: unknown, who: string, at: string): void => {
  if (!isPlainObject(c)) {
    push(out, who, at, `the condition is ${shown(c)}, not a condition; write the condition or leave it out`)
    return
  }
  if (!isText(c['kind']) || !CONDITION_KINDS.includes(c['kind'])) {
    push(
      out,
      who,
      `${at}.kind`,
      `the condition's kind is ${shown(c['kind'])}; a condition is a \`value\`, \`acceptance\`, \`sequence\` or \`other\` condition`,
    )
    return
  }
  const fix = 'write it as the format says (docs/format.md, conditions)'
  switch (c['kind']) {
    case 'value': {
      text(out, c, 'issue', who, at, 'name the issue whose value is required')
      valueSet(out, c['in'], who, at, 'in')
      const when = c['when']
      if (when !== undefined) {
        if (!isPlainObject(when))
          push(out, who, `${at}.when`, `\`when\` is ${shown(when)}, not an issue and its values; ${fix}`)
        else {
          text(out, when, 'issue', who, `${at}.when`, 'name the issue the condition depends on')
          valueSet(out, when['in'], who, at, 'when.in')
        }
      }
      break
    }
    case 'acceptance':
      text(out, c, 'party', who, at, 'name the party whose acceptance is required')
      if (c['proposal'] !== undefined && !isText(c['proposal']))
        push(out, who, `${at}.proposal`, `\`proposal\` is ${shown(c['proposal'])}, not a draft id; ${fix}`)
      optionalIds(out, c, 'issues', who, at)
      break
    case 'sequence':
      text(out, c, 'first', who, at, 'name the issue settled first')
      text(out, c, 'then', who, at, 'name the issue settled then')
      if (c['by'] !== undefined && !isText(c['by']))
        push(out, who, `${at}.by`, `\`by\` is ${shown(c['by'])}, not a party id; ${fix}`)
      break
    case 'other':
      text(out, c, 'text', who, at, 'say in words what the condition requires')
      break
  }
  optionalIds(out, c, 'appliesTo', who, at)
}

// An optional list of conditions (`conditions`, `sequencing`).
const conditionList = (out: ShapeProblem[], o: Obj, field: string, who: string, at: string): void => {
  const cs = o[field]
  if (cs === undefined) return
  if (!Array.isArray(cs)) {
    push(
      out,
      who,
      `${at}.${field}`,
      `\`${field}\` is ${shown(cs)}, not a list; write the conditions as a list, or leave \`${field}\` out`,
    )
    return
  }
  cs.forEach((c: unknown, i) => {
    conditionProblems(out, c, who, `${at}.${field}[${String(i)}]`)
  })
}

const optionsOf = (out: ShapeProblem[], d: Obj, field: string, who: string, at: string): void => {
  const os = d[field]
  if (!Array.isArray(os)) {
    push(
      out,
      who,
      `${at}.${field}`,
      `\`${field}\` is ${shown(os)}, not a list; list the options, each with an id and a label`,
    )
    return
  }
  os.forEach((o: unknown, i) => {
    const place = `${at}.${field}[${String(i)}]`
    if (!isPlainObject(o)) push(out, who, place, `the option is ${shown(o)}; give it an id and a label`)
    else {
      text(out, o, 'id', who, place, 'give the option an id')
      text(out, o, 'label', who, place, 'give the option a label')
    }
  })
}

const domainProblems = (out: ShapeProblem[], d: unknown, who: string, at: string): void => {
  if (!isPlainObject(d)) {
    push(
      out,
      who,
      at,
      `the domain is ${shown(d)}; give the issue a domain (flag, choice, quantity or subset)`,
    )
    return
  }
  const kind = d['kind']
  if (!isText(kind) || !DOMAIN_KINDS.includes(kind)) {
    push(
      out,
      who,
      `${at}.kind`,
      `the domain's kind is ${shown(kind)}; a domain is a \`flag\`, \`choice\`, \`quantity\` or \`subset\``,
    )
    return
  }
  if (kind === 'choice') optionsOf(out, d, 'options', who, at)
  if (kind === 'subset') optionsOf(out, d, 'universe', who, at)
  if (kind === 'quantity') {
    for (const bound of ['min', 'max'])
      if (typeof d[bound] !== 'number')
        push(
          out,
          who,
          `${at}.${bound}`,
          `\`${bound}\` is ${shown(d[bound])}, not a number; give the range's ${bound}`,
        )
  }
}

// A required collection of the negotiation: a list or a record.
const collection = (out: ShapeProblem[], n: Obj, field: string, list: boolean): boolean => {
  const v = n[field]
  if (list ? Array.isArray(v) : isPlainObject(v)) return true
  const empty = list ? '[]' : '{}'
  out.push({
    at: field,
    message:
      v === undefined
        ? `the negotiation has no \`${field}\`; write \`${field}: ${empty}\` when it has none (the loader fills this in; a negotiation built in code must give it)`
        : `the negotiation's \`${field}\` is ${shown(v)}, not ${list ? 'a list' : 'a record by id'}; write \`${field}: ${empty}\` when it has none`,
  })
  return false
}

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

/**
 * The problems of one draft: `title`, `date`, `tabledBy`, `sources`, `terms` (each term an object) and its
 * conditions and sequencing, at `at` (`proposals.d2`), named by its id when it has one. Internal.
 *
 * @internal
 */
export const proposalShape = (p: unknown, at: string, id?: string): ShapeProblem[] => {
  const out: ShapeProblem[] = []
  const who = named('proposal', id)
  if (!isPlainObject(p)) {
    push(out, who, at, `it is ${shown(p)}, not a draft; write the draft or leave it out`)
    return out
  }
  text(out, p, 'title', who, at, 'give the draft a title')
  date(out, p, 'date', who, at)
  ids(out, p, 'tabledBy', who, at, 'list the parties that tabled it (`[]` when that is not known)')
  ids(out, p, 'sources', who, at, 'list its sources (`[]` when there are none)')
  const terms = p['terms']
  if (!isPlainObject(terms))
    push(
      out,
      who,
      `${at}.terms`,
      `\`terms\` is ${shown(terms)}, not a record by issue; write \`terms: {}\` when it has none`,
    )
  else
    for (const issue of Object.keys(terms))
      if (!isPlainObject(terms[issue]))
        push(
          out,
          who,
          `${at}.terms.${issue}`,
          `the term on issue \`${issue}\` is ${shown(terms[issue])}, not a term; write it \`{ value: … }\`, or leave the issue out`,
        )
  conditionList(out, p, 'conditions', who, at)
  conditionList(out, p, 'sequencing', who, at)
  return out
}

/**
 * The problems of the parts of a negotiation that every analysis reads: `parties`, `issues`, `proposals` and
 * `sources` present as records and `positions` and `events` as lists, each party with a `name` and a `role`, each
 * issue with a `label` and a domain of a known kind (a choice's or subset's options each with an id and a label, a
 * quantity's bounds). Cheap: it does not look into positions, drafts or events. Internal.
 *
 * @internal
 */
export const documentShape = (negotiation: unknown): ShapeProblem[] => {
  const out: ShapeProblem[] = []
  if (!isPlainObject(negotiation)) {
    out.push({
      at: '',
      message: `the negotiation is ${shown(negotiation)}, not a document; load it with Load.decode`,
    })
    return out
  }
  const n = negotiation
  const parties = collection(out, n, 'parties', false)
  const issues = collection(out, n, 'issues', false)
  collection(out, n, 'proposals', false)
  collection(out, n, 'sources', false)
  collection(out, n, 'positions', true)
  collection(out, n, 'events', true)
  if (n['asOf'] !== undefined && !isDate(n['asOf']))
    out.push({
      at: 'asOf',
      message: `the negotiation's \`asOf\` is ${shown(n['asOf'])}, not a date; write it YYYY-MM-DD`,
    })
  if (parties) {
    const ps = n['parties'] as Obj
    for (const id of Object.keys(ps)) {
      const at = `parties.${id}`
      const who = named('party', id)
      const p = ps[id]
      if (!isPlainObject(p)) push(out, who, at, `it is ${shown(p)}, not a party; give it a name and a role`)
      else {
        text(out, p, 'name', who, at, 'give the party a name')
        if (!ROLES.includes(p['role'] as string))
          push(
            out,
            who,
            `${at}.role`,
            `its role is ${shown(p['role'])}; a role is principal, mediator, guarantor or observer`,
          )
      }
    }
  }
  if (issues) {
    const is = n['issues'] as Obj
    for (const id of Object.keys(is)) {
      const at = `issues.${id}`
      const who = named('issue', id)
      const issue = is[id]
      if (!isPlainObject(issue))
        push(out, who, at, `it is ${shown(issue)}, not an issue; give it a label, a category and a domain`)
      else {
        text(out, issue, 'label', who, at, 'give the issue a label')
        domainProblems(out, issue['domain'], who, `${at}.domain`)
      }
    }
  }
  return out
}

/**
 * The problems of a whole negotiation as the charts and the report read it: `documentShape`, each issue's
 * `category` and a quantity's `unit`, then every draft
 * (`proposalShape`), every position (an object with an `id`, `party`, `issue`, `asOf`, a list of `sources` and a list
 * of well-formed `conditions`; no range of its `acceptable` or `redLines` that holds nothing; its `priority` and
 * `reservation`, when given, numbers from 0 to 1) and every event (an object with a `kind` and a `date`; a
 * response's `conditions` well formed). Linear in the size of the document. Internal.
 *
 * @internal
 */
export const negotiationShape = (negotiation: unknown): ShapeProblem[] => {
  const out = documentShape(negotiation)
  if (!isPlainObject(negotiation)) return out
  const n = negotiation
  // what the charts and the report print and the diff does not read
  if (isPlainObject(n['issues'])) {
    const is = n['issues']
    for (const id of Object.keys(is)) {
      const issue = is[id]
      if (!isPlainObject(issue)) continue
      const at = `issues.${id}`
      const who = named('issue', id)
      text(out, issue, 'category', who, at, 'give the issue a category')
      const d = issue['domain']
      if (isPlainObject(d) && d['kind'] === 'quantity')
        text(out, d, 'unit', who, `${at}.domain`, 'give the unit the quantity counts')
    }
  }
  if (isPlainObject(n['proposals'])) {
    const ps = n['proposals']
    for (const id of Object.keys(ps)) out.push(...proposalShape(ps[id], `proposals.${id}`, id))
  }
  if (Array.isArray(n['positions']))
    (n['positions'] as readonly unknown[]).forEach((p, i) => {
      const at = `positions[${String(i)}]`
      if (!isPlainObject(p)) {
        push(out, 'the position', at, `it is ${shown(p)}, not a position; write the position or leave it out`)
        return
      }
      const who = named('position', p['id'])
      text(out, p, 'id', who, at, "give the position's `id`")
      for (const [field, what] of [
        ['party', 'parties'],
        ['issue', 'issues'],
      ] as const) {
        const known = n[what]
        if (!isText(p[field])) text(out, p, field, who, at, `give the position's \`${field}\``)
        else if (isPlainObject(known) && !hasOwn(known, p[field]))
          push(
            out,
            who,
            `${at}.${field}`,
            `the ${field} \`${p[field]}\` is not in the negotiation's \`${what}\`; name one of them, or add it`,
          )
      }
      date(out, p, 'asOf', who, at)
      ids(out, p, 'sources', who, at, 'list its sources (`[]` when there are none)')
      conditionList(out, p, 'conditions', who, at)
      // a malformed set is left to each analysis, which names its party and issue
      for (const field of ['acceptable', 'redLines'])
        if (ValueSet.is(p[field])) emptyRanges(out, p[field], who, `${at}.${field}`)
      for (const field of ['priority', 'reservation'])
        if (p[field] !== undefined && !isShare(p[field]))
          push(
            out,
            who,
            `${at}.${field}`,
            `\`${field}\` is ${shown(p[field])}, not a number from 0 to 1; give one, or leave \`${field}\` out`,
          )
    })
  if (Array.isArray(n['events']))
    (n['events'] as readonly unknown[]).forEach((e, i) => {
      const at = `events[${String(i)}]`
      if (!isPlainObject(e)) {
        push(out, 'the event', at, `it is ${shown(e)}, not an event; write the event or leave it out`)
        return
      }
      const who = named('event', e['id'])
      text(out, e, 'kind', who, at, "give the event's kind")
      date(out, e, 'date', who, at)
      date(out, e, 'expires', who, at, true)
      if (e['kind'] === 'response') {
        optionalIds(out, e, 'terms', who, at)
        conditionList(out, e, 'conditions', who, at)
      }
    })
  return out
}

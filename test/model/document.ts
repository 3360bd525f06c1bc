/**
 * A small valid negotiation document (one issue of each domain kind) and a way to break it, for the tests that spell
 * out what the loader says about each kind of mistake.
 */
import { deepFreeze } from '../quality/helpers'

// -------------------------------------------------------------------------------------
// a small valid document and edits to it
// -------------------------------------------------------------------------------------

/** A valid document with one issue of each domain kind, built fresh for each call. */
export const base = (): Record<string, unknown> => ({
  format: 'negotiation-positions/1',
  title: 'Messages',
  parties: {
    RU: { name: 'Russia', role: 'principal' },
    UA: { name: 'Ukraine', role: 'principal' },
    US: { name: 'United States', role: 'mediator' },
  },
  issues: {
    nato: {
      label: 'NATO membership',
      category: 'alliance',
      domain: {
        kind: 'choice',
        ordered: true,
        options: [
          { id: 'member', label: 'Member' },
          { id: 'path', label: 'Path' },
          { id: 'neutral', label: 'Neutral' },
        ],
      },
    },
    days: {
      label: 'Ceasefire days',
      category: 'ceasefire',
      domain: { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true },
    },
    guarantors: {
      label: 'Guarantors',
      category: 'security-guarantees',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'us', label: 'United States' },
          { id: 'uk', label: 'United Kingdom' },
          { id: 'fr', label: 'France' },
        ],
      },
    },
    iaea: { label: 'IAEA at the plant', category: 'energy', domain: { kind: 'flag' } },
  },
  sources: { s1: { title: 'A source' } },
  positions: [
    { id: 'ua-nato', party: 'UA', issue: 'nato', asOf: '2025-03-11', sources: ['s1'], ideal: 'member' },
  ],
  proposals: {
    p1: {
      title: '30-day ceasefire',
      date: '2025-03-11',
      tabledBy: ['US'],
      terms: { days: { value: 30 } },
      sources: ['s1'],
    },
  },
  events: [
    {
      id: 'e1',
      kind: 'response',
      date: '2025-03-13',
      party: 'RU',
      proposal: 'p1',
      stance: 'rejected',
      sources: [],
    },
  ],
})

/** The value of an edit that deletes the field. */
export const REMOVE = Symbol('remove')

/** An edit: sets (or, with `REMOVE`, deletes) the value at a dotted path: `['positions.0.ideal', 'nuetral']`. */
export type Edit = readonly [path: string, value: unknown]

/** The document from `base` with the edits applied, deeply frozen. */
export const edited = (edits: ReadonlyArray<Edit>): unknown => {
  const doc = base()
  for (const [path, value] of edits) {
    const keys = path.split('.')
    const last = keys.pop() as string
    let node = doc
    for (const k of keys) node = node[k] as Record<string, unknown>
    if (value === REMOVE) delete node[last]
    else node[last] = value
  }
  return deepFreeze(doc)
}

/** A position of `UA` on `issue`, with the given fields. */
export const position = (issue: string, fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'q',
  party: 'UA',
  issue,
  asOf: '2025-03-11',
  sources: [],
  ...fields,
})

/** A draft like `p1`, with the given fields. */
export const proposal = (fields: Record<string, unknown>): Record<string, unknown> => ({
  title: 'Draft',
  date: '2025-03-11',
  tabledBy: ['US'],
  terms: { days: { value: 30 } },
  sources: [],
  ...fields,
})

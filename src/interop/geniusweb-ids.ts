/**
 * Ids for GeniusWeb names. GeniusWeb names issues, values and profiles with free text (`"lease car"`,
 * `"Custom, Handmade"`); a negotiation document uses short ids. Each name becomes an id made of its letters, digits
 * and `. _ : -` (other runs of characters become `-`), made unique with a numbered suffix; the name itself is kept as
 * the label. The mapping depends only on the names and their order, so it is the same every time. Internal.
 *
 * @internal
 */
import { HOSTILE_KEYS, isIdString } from '../internal/codec'

const slug = (name: string): string => {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 90)
  return s.length === 0 ? 'x' : HOSTILE_KEYS.has(s) ? `${s}-1` : s
}

/**
 * Ids for a list of names, in order: each a valid id, all distinct (and distinct from `taken`).
 *
 * @internal
 */
export const idsFor = (
  names: readonly string[],
  taken: ReadonlySet<string> = new Set(),
): readonly string[] => {
  const used = new Set(taken)
  return names.map((name) => {
    const base = slug(name)
    let id = base
    for (let k = 2; used.has(id) || !isIdString(id); k++) id = `${base}-${String(k)}`
    used.add(id)
    return id
  })
}

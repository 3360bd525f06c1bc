/**
 * What the events of a ledger share: their strings, their lists of strings and their conditions, each kept once
 * (frozen) and handed out again for equal ones, so that a million events share them rather than each holding its
 * own. Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { copy, jsonHash, sameJson } from './plain'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A lookup table by string: an object without a prototype (so any string is an ordinary key, `__proto__`
 * included), which V8 keeps as a hash table; for the strings of a parsed feed, a lookup is quicker than a `Map`'s.
 */
export type Dictionary<A> = Record<string, A | undefined>

/** An empty `Dictionary`. */
export const dictionary = <A>(): Dictionary<A> => Object.create(null) as Dictionary<A>

const EMPTY: ReadonlyArray<never> = Object.freeze([])

// bound here once (see intake.ts)
const hashOf = jsonHash
const same = sameJson

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** The strings, lists and conditions a ledger's events share. */
export class Interner {
  private readonly lists = new Map<string, ReadonlyArray<string>>()
  /** The one-element lists, by their element. */
  private readonly singles: Dictionary<ReadonlyArray<string>> = dictionary()
  private readonly words: Dictionary<string> = dictionary()
  /** Copies of conditions that are JSON data, by their hash: equal conditions share one frozen copy. */
  private readonly conditionCopies = new Map<number, unknown[]>()

  /** The string kept for `s` (the first one equal to it). */
  word<S extends string>(s: S): S {
    const hit = this.words[s]
    if (hit !== undefined) return hit as S
    this.words[s] = s
    return s
  }

  /**
   * A frozen copy of a list of strings (`undefined` if it is not one), its strings interned. One-element lists are
   * shared, and so are longer ones with `share` (lists of parties or terms, which repeat; lists of sources mostly
   * do not, and sharing them would cost more than it saves).
   */
  list<S extends string>(xs: unknown, share = false): ReadonlyArray<S> | undefined {
    if (!Array.isArray(xs)) return undefined
    const n = xs.length
    if (n === 0) return EMPTY
    const first: unknown = xs[0]
    if (n === 1 && typeof first === 'string') {
      let hit = this.singles[first]
      if (hit === undefined) this.singles[first] = hit = Object.freeze([first])
      return hit as ReadonlyArray<S>
    }
    const second: unknown = xs[1]
    if (n === 2 && !share && typeof first === 'string' && typeof second === 'string')
      return Object.freeze([this.word(first), this.word(second)]) as ReadonlyArray<S>
    // a hole reads as undefined, so a list with one (`['s1', , 's2']`) is not a list of strings either
    for (let i = 0; i < n; i++) if (typeof xs[i] !== 'string') return undefined
    if (!share) return Object.freeze(xs.map((x: string) => this.word(x))) as ReadonlyArray<S>
    const key = (xs as string[]).join('\n')
    const hit = this.lists.get(key)
    if (hit !== undefined && hit.length === n && hit.every((x, i) => x === xs[i]))
      return hit as ReadonlyArray<S>
    const copy = Object.freeze(xs.map((x: string) => this.word(x))) as ReadonlyArray<S>
    this.lists.set(key, copy)
    return copy
  }

  /** A deep-frozen copy of a response's conditions (shared by equal ones), or `undefined` if it cannot be copied. */
  conditions(u: unknown): unknown {
    const hash = hashOf(u, 0)
    if (hash < 0) return copy(u)
    let copies = this.conditionCopies.get(hash)
    if (copies === undefined) this.conditionCopies.set(hash, (copies = []))
    for (let i = 0; i < copies.length; i++) if (same(u, copies[i])) return copies[i]
    const made = copy(u)
    copies.push(made)
    return made
  }
}

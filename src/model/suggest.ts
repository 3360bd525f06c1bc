/**
 * "Did you mean ...?": the nearest valid id or word to a mistyped one, and short lists of the valid ones, shared by
 * every loading message.
 *
 * @internal
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The edit distance between two strings, counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring characters as one edit (`memebr` is one edit from `member`).
 *
 * @category suggestions
 * @since 0.1.0
 */
export const editDistance = (a: string, b: string): number => {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) rows.push(new Array<number>(b.length + 1).fill(0))
  const at = (i: number, j: number): number => (rows[i] as number[])[j] as number
  for (let i = 0; i <= a.length; i++) (rows[i] as number[])[0] = i
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(i - 2, j - 2) + 1)
      ;(rows[i] as number[])[j] = d
    }
  }
  return at(a.length, b.length)
}

/**
 * The candidate nearest to `word`, when one is near enough to be a likely typo: the same word in another case, or
 * within about one edit per three characters. Ties go to the candidate listed first.
 *
 * @category suggestions
 * @since 0.1.0
 */
export const nearest = (word: string, candidates: Iterable<string>): string | undefined => {
  const lower = word.toLowerCase()
  const limit = Math.max(1, Math.floor(word.length / 3))
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - word.length) > limit) continue
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase())
    if (d <= limit && d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

const SHOWN = 20

/**
 * A comma-separated list of valid ids or words for a message, cut after 20 (`a, b, c, … (12 more)`), or `(none)`.
 *
 * @category suggestions
 * @since 0.1.0
 */
export const listOf = (items: ReadonlyArray<string>): string => {
  if (items.length === 0) return '(none)'
  const shown = items.slice(0, SHOWN).join(', ')
  return items.length > SHOWN ? `${shown}, … (${String(items.length - SHOWN)} more)` : shown
}

/**
 * The sentence tail that helps fix an unknown name: `did you mean \`member\`? options are: member, path`, or just the
 * list when nothing is close.
 *
 * @category suggestions
 * @since 0.1.0
 */
export const didYouMean = (word: string, candidates: ReadonlyArray<string>, plural: string): string => {
  const near = nearest(word, candidates)
  const list = `${plural} are: ${listOf(candidates)}`
  return near === undefined ? list : `did you mean \`${near}\`? ${list}`
}

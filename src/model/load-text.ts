/**
 * Where things are in a text: the result of reading a JSON or YAML text (value, problems, and a way to find where
 * each path starts), and adding line and column to problems.
 *
 * @internal
 * @since 0.1.0
 */
import type { DecodeIssue, PathSegments } from './errors'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a path starts in the text a document was read from (1-based line and column), when known.
 *
 * @internal
 */
export type Locate = (
  segments: PathSegments,
) => { readonly line: number; readonly column: number } | undefined

/**
 * What reading a text gives: the value (when the text could be read), the problems met, and where each path starts.
 *
 * @internal
 */
export interface TextRead {
  readonly value: unknown
  readonly issues: ReadonlyArray<DecodeIssue>
  readonly locate: Locate
}

/**
 * Adds the line and column of a problem's path (or of its nearest ancestor in the text) to the problem.
 *
 * @internal
 */
export const locateIssue = (issue: DecodeIssue, locate: Locate): DecodeIssue => {
  if (issue.line !== undefined) return issue
  for (let n = issue.pathSegments.length; n >= 0; n--) {
    const at = locate(issue.pathSegments.slice(0, n))
    if (at !== undefined) return { ...issue, line: at.line, column: at.column }
  }
  return issue
}

/**
 * A locator over a map from path keys to offsets, with a function from offset to line and column.
 *
 * @internal
 */
export const locatorOf =
  (
    offsets: ReadonlyMap<string, number>,
    lineColumn: (offset: number) => { readonly line: number; readonly column: number },
  ): Locate =>
  (segments) => {
    const offset = offsets.get(pathKey(segments))
    return offset === undefined ? undefined : lineColumn(offset)
  }

/**
 * The key under which a path is stored in location maps.
 *
 * @internal
 */
export const pathKey = (segments: PathSegments): string => JSON.stringify(segments)

/**
 * A function from an offset in `text` to its 1-based line and column.
 *
 * @category loading
 * @since 0.1.0
 */
export const lineColumnOf = (text: string): ((offset: number) => { line: number; column: number }) => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 }
  }
}

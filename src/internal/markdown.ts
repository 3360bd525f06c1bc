/**
 * Markdown shared by the renderers of diffs, deadlock findings and reports: text from a document made safe to print,
 * and sources printed as links only when their address is a web address. Internal.
 *
 * @internal
 * @since 0.1.0
 */

/**
 * Escapes text for Markdown: line breaks become spaces, the characters that would start emphasis, code, a link,
 * HTML, a heading or a table cell are escaped, and so is a list marker at the start (`\-`, `1\.`: escapes that read the
 * same wherever the text lands in a line).
 *
 * @internal
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3')

/**
 * Whether an address is an `http` or `https` address without spaces, angle brackets or quotes: the only kind a
 * renderer prints as a link (a `javascript:` address, say, is printed as text).
 *
 * @internal
 */
export const isWebUrl = (u: string): boolean => /^https?:\/\/[^\s<>"']+$/i.test(u)

/**
 * A source's title as Markdown: a link when its address is a web address (in angle brackets when it has
 * parentheses), else the title followed by the address as text; both escaped.
 *
 * @internal
 */
export const sourceMarkdown = (title: string, url: string | null): string =>
  url === null
    ? escapeMarkdown(title)
    : isWebUrl(url)
      ? `[${escapeMarkdown(title)}](${/[()]/.test(url) ? `<${url}>` : url})`
      : `${escapeMarkdown(title)} ${escapeMarkdown(url)}`

import { fc, test } from '../fast-check'
import { either as E } from 'fp-ts'
import { expect } from 'vitest'
import * as Load from '../../src/model/load'
import * as Report from '../../src/report'
import { talks } from './fixture'

/** Any text an author might write (and some they should not), made non-blank and tagged with markup. */
const text = fc.string({ maxLength: 40, unit: 'grapheme' }).map((s) => `x${s}<x-probe a="1">|*_\``)

const withNames = (title: string, party: string, issue: string) => {
  const doc = JSON.parse(JSON.stringify(talks())) as Record<string, Record<string, Record<string, unknown>>>
  const r = Load.decode({
    ...doc,
    title,
    parties: { ...doc['parties'], N: { name: party, role: 'principal' } },
    issues: { ...doc['issues'], harbour: { ...doc['issues']?.['harbour'], label: issue } },
  })
  if (E.isLeft(r)) throw new Error(Load.format(r.left))
  return r.right
}

const unescapedPipes = (line: string): number => (line.replace(/\\\\/g, '').match(/(?<!\\)\|/g) ?? []).length

test.prop([text, text, text], { numRuns: 25 })(
  'no text from the document escapes into the HTML or breaks a Markdown table',
  (title, party, issue) => {
    const r = Report.build(withNames(title, party, issue), {
      sections: ['positions', 'deadlocks'],
      timeline: false,
    })
    if (E.isLeft(r)) throw new Error('unexpected')
    const html = Report.toHtml(r.right)
    expect(html).not.toContain('<x-probe')
    expect(html.split('<table').length).toBe(html.split('</table>').length)
    const md = Report.toMarkdown(r.right).split('\n')
    let header = -1
    for (const line of md) {
      if (!line.startsWith('|')) header = -1
      else if (header < 0) header = unescapedPipes(line)
      else expect(unescapedPipes(line)).toBe(header)
    }
    expect(JSON.parse(Report.toJson(r.right))).toEqual(JSON.parse(JSON.stringify(r.right)))
  },
)

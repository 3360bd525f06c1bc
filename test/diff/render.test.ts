import { describe, expect, it } from 'vitest'
import { Diff } from '../../src'
import { ok } from '../algebra/arbitraries'
import { negotiation } from './fixture'

// built inside each test, not while the tests are collected, so that mutation testing's per-test coverage ties
// what the diff and its renderings run to the tests that check them
const d = () => ok(Diff.proposals(negotiation, 'p28', 'e3'))

describe('Diff.toText', () => {
  const text = () => Diff.toText(d())

  it('names the drafts and counts the changes', () => {
    expect(text().split('\n').slice(0, 3)).toEqual([
      '"28-point plan" (p28, US, 2025-11-20) [1]',
      '→ "E3 counter-text" (e3, EUR, 2025-11-23) [2]',
      'Terms: 3 changed, 1 added, 1 removed, 0 unchanged; 2 reworded, 1 renumbered',
    ])
  })

  it('gives one line per term, with sources as footnotes', () => {
    expect(text()).toContain(
      '~ Army size: 600,000 → 800,000 troops (+200,000, +33.3%); wording changed [1, 2]\n',
    )
    expect(text()).toContain(
      '    text: "The armed forces are capped at 600,000." → "Peacetime armed forces are capped at 800,000."\n',
    )
    expect(text()).toContain('~ Guarantors: added European states; item 5 → 4\n')
    expect(text()).toContain('  ~ Army size before Energy moratorium → Energy moratorium before Army size\n')
    expect(text()).toContain(
      '~ NATO membership: Barred → Deferred (2 steps toward membership); wording changed\n',
    )
    expect(text()).toContain('- Energy moratorium: dropped (was in force)\n')
    expect(text()).toContain('+ Talks format: added: Mediated\n')
    expect(text()).toContain('  [1] The 28 points — Axios, 2025-11-20, https://example.org/28\n')
  })

  it('reports each party, principals first and the others separately', () => {
    const t = text()
    const who = t.slice(t.indexOf('Who gains'))
    expect(who.indexOf('Principals:')).toBeLessThan(who.indexOf('Other parties (reported separately):'))
    expect(who).toContain('    Ukraine (UA, principal): gains, utility 0.533 → 0.650 (+0.117)\n')
    expect(who).toContain('      red lines newly crossed: Army size\n')
    expect(who).toContain('    No stated position on the changed issues: United States (US)\n')
    expect(who).toContain('  Gained most: Ukraine (UA)\n')
  })

  it('is the same text for the same diff', () => {
    expect(Diff.toText(ok(Diff.proposals(negotiation, 'p28', 'e3')))).toBe(text())
  })
})

describe('Diff.toMarkdown', () => {
  const md = () => Diff.toMarkdown(d())

  it('has a table of terms and a table per kind of party', () => {
    expect(md()).toContain(
      '| ~ | Army size | 600,000 → 800,000 troops (+200,000, +33.3%); reworded | [1] [2] |\n',
    )
    expect(md()).toContain('| Principal | Utility | Gained | Lost | Red lines crossed |\n')
    expect(md()).toContain('| Russia | -0.300 | — | NATO membership, Army size | Army size (new) |\n')
    expect(md()).toContain('| European states | guarantor | +0.333 | Guarantors | — | — |\n')
    expect(md()).toContain('No stated position on the changed issues: United States.\n')
    expect(md()).toContain('1. [The 28 points](https://example.org/28) — Axios, 2025-11-20\n')
  })

  it('keeps table rows on one line and escapes pipes', () => {
    const diff = d()
    const piped = { ...diff, terms: [{ ...diff.terms[0]!, label: 'A | B\nC' }] }
    expect(Diff.toMarkdown(piped)).toContain('| A \\| B C |')
  })
})

describe('Diff.changes', () => {
  const rows = () => Diff.changes(d())

  it('flattens terms, wording, numbering, conditions, sequencing, basedOn and party effects', () => {
    const all = rows()
    expect(all.filter((r) => r.party === null).map((r) => [r.kind, r.subject, r.status])).toEqual([
      ['term', 'alliance.nato', 'changed'],
      ['wording', 'alliance.nato', 'changed'],
      ['term', 'army.size', 'changed'],
      ['wording', 'army.size', 'changed'],
      ['term', 'energy.moratorium', 'removed'],
      ['term', 'guarantees.guarantors', 'changed'],
      ['point', 'guarantees.guarantors', 'changed'],
      ['term', 'negotiation.format', 'added'],
      ['condition', 'value:alliance.nato', 'changed'],
      ['sequencing', 'sequence:army.size|energy.moratorium', 'changed'],
      ['based-on', 'basedOn', 'added'],
    ])
    expect(all.find((r) => r.party === 'RU' && r.subject === 'army.size')).toEqual({
      kind: 'party',
      subject: 'army.size',
      status: 'loss',
      party: 'RU',
      from: '0.40',
      to: '0.20',
      summary: 'Russia: Army size — loss (away from its ideal; left its acceptable set; crosses a red line)',
    })
    expect(Object.isFrozen(all[0])).toBe(true)
  })
})

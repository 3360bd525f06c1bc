/**
 * The command line in-process, with a fake terminal and file system: the same commands as the process tests in
 * cli.test.ts, quicker, and counted by coverage.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/program'
import { TALKS_PATH } from '../report/fixture'
import { fake } from './fake-io'

const talks = readFileSync(TALKS_PATH, 'utf8')

describe('run', { timeout: 60_000 }, () => {
  it('validates a YAML file, and says what is wrong with a broken one', async () => {
    const ok = fake({ 'talks.yaml': talks })
    expect(await run(['validate', 'talks.yaml'], ok.io)).toBe(0)
    expect(ok.stdout()).toContain('✓ talks.yaml is a valid negotiation document: “Harbour talks”')
    const json = fake({ 'talks.yaml': talks })
    expect(await run(['validate', 'talks.yaml', '-f', 'json'], json.io)).toBe(0)
    expect(JSON.parse(json.stdout())).toMatchObject({
      valid: true,
      title: 'Harbour talks',
      counts: { parties: 3 },
    })
    const bad = fake({ 'bad.yaml': 'format: negotiation-positions/1\ntitle: x\nparties: {}\n' })
    expect(await run(['validate', 'bad.yaml'], bad.io)).toBe(1)
    expect(bad.stderr()).toBe(
      'bad.yaml: 1 problem in the negotiation document\n✖ missing required field `issues` (issues) in Negotiation; add it\n  → at issues (line 1, column 1)\n',
    )
  })

  it('reads standard input with -, and says when a file cannot be read', async () => {
    const stdin = fake({}, talks)
    expect(await run(['zone', '-'], stdin.io)).toBe(0)
    expect(stdin.stdout()).toContain('AGREEMENT ZONE (AS OF 2025-06-30)')
    const missing = fake()
    expect(await run(['ledger', 'nowhere.json'], missing.io)).toBe(1)
    expect(missing.stderr()).toBe('cannot read nowhere.json: no such file\n')
  })

  it('diffs the drafts named, or the latest revision, in text, Markdown or JSON', async () => {
    const named = fake({ 't.yaml': talks })
    expect(await run(['diff', 't.yaml', 'm-plan', 'm-plan-2', '--as-of', '2025-06-30'], named.io)).toBe(0)
    expect(named.stdout()).toContain('~ Troops at the border: 3000 → 1500 troops')
    expect(named.stdout()).toContain('Who gains (positions as of 2025-06-30)')
    const latest = fake({ 't.yaml': talks })
    expect(await run(['diff', 't.yaml', '-f', 'json'], latest.io)).toBe(0)
    expect(JSON.parse(latest.stdout())).toMatchObject({ from: { id: 'm-plan' }, to: { id: 'm-plan-2' } })
    const carried = fake({ 't.yaml': talks })
    expect(await run(['diff', 't.yaml', '--no-carry-over', '-f', 'md'], carried.io)).toBe(0)
    expect(carried.stdout()).toContain('Troops at the border')
    const none = fake({
      'one.yaml': talks.replace(/ {2}m-plan-2:[\s\S]*?(?=events:)/, '').replace(/.*m-plan-2.*\n/g, ''),
    })
    expect(await run(['diff', 'one.yaml'], none.io)).toBe(1)
    expect(none.stderr()).toBe('Only one draft was tabled: there is nothing to compare it with.\n')
  })

  it('prints the ledger as text, Mermaid or Vega-Lite', async () => {
    const text = fake({ 't.yaml': talks })
    expect(await run(['ledger', 't.yaml'], text.io)).toBe(0)
    expect(text.stdout()).toContain('Agreed by every principal')
    const mmd = fake({ 't.yaml': talks })
    expect(await run(['ledger', 't.yaml', '-f', 'mermaid'], mmd.io)).toBe(0)
    expect(mmd.stdout().startsWith('timeline\n')).toBe(true)
    const vl = fake({ 't.yaml': talks })
    expect(await run(['ledger', 't.yaml', '-f', 'vl', '--as-of', '2025-05-01'], vl.io)).toBe(0)
    const values = (JSON.parse(vl.stdout()) as { data: { values: { end: string }[] } }).data.values
    expect(values.every((v) => v.end <= '2025-05-02')).toBe(true)
  })

  it('fails on deadlocks only when asked', async () => {
    const plain = fake({ 't.yaml': talks })
    expect(await run(['deadlocks', 't.yaml', '-f', 'md'], plain.io)).toBe(0)
    expect(plain.stdout()).toContain('## Deadlocks (as of 2025-06-30)')
    expect(await run(['deadlocks', 't.yaml', '--fail-on-findings'], fake({ 't.yaml': talks }).io)).toBe(1)
  })

  it('writes the report where asked, and says so when it cannot', async () => {
    const ok = fake({ 't.yaml': talks })
    expect(await run(['report', 't.yaml', '-f', 'md', '-o', 'out/r.md', '--no-timeline'], ok.io)).toBe(0)
    expect(ok.written['out/r.md']?.startsWith('# Harbour talks\n')).toBe(true)
    expect(ok.stderr()).toBe('wrote out/r.md\n')
    const dash = fake({ 't.yaml': talks })
    expect(await run(['report', 't.yaml', '-f', 'json', '-o', '-', '--as-of', '2025-03-01'], dash.io)).toBe(0)
    expect((JSON.parse(dash.stdout()) as { asOf: string }).asOf).toBe('2025-03-01')
    const denied = fake({ 't.yaml': talks })
    expect(await run(['report', 't.yaml', '-o', '/read-only/r.txt', '--no-timeline'], denied.io)).toBe(1)
    expect(denied.stderr()).toBe('error: cannot write /read-only/r.txt: EACCES: permission denied\n')
  })

  it('returns 2 for usage errors and 0 for --help and --version', async () => {
    const cases: [string[], number][] = [
      [['--version'], 0],
      [['report', '--help'], 0],
      [['frobnicate'], 2],
      [['zone', '--as-of', 'tomorrow'], 2],
      [['diff', 'a', 'b', 'c', 'd'], 2],
      [[], 2],
    ]
    for (const [argv, code] of cases) expect([argv, await run(argv, fake().io)]).toEqual([argv, code])
    const v = fake()
    await run(['--version'], v.io)
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string
    }
    expect(v.stdout()).toBe(`${pkg.version}\n`)
  })
})

/**
 * The command line, run as a user runs it: a separate process per command, on the embedded dataset, on a YAML file,
 * on broken files and with bad arguments; exit codes and what is printed where. The CLI is bundled from
 * src/cli/main.ts once (as `npm run build` does for dist/cli.js), then each test spawns `node` on the bundle.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const fixtures = join(__dirname, 'fixtures')
const talks = join(fixtures, 'talks.yaml')
let dir = ''
let cli: string[] = []

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const run = (args: readonly string[], input?: string): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cli, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input ?? '')
  })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'np-cli-'))
  try {
    const esbuild = await import('esbuild')
    esbuild.buildSync({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: join(dir, 'cli.js'),
      logLevel: 'warning',
    })
    cli = [join(dir, 'cli.js')]
  } catch {
    // no bundler at hand: run the sources through tsx (slower, same behaviour)
    cli = [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'main.ts')]
  }
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.concurrent('negotiation-positions', { timeout: 120_000 }, () => {
  it('lists its commands and exit codes with --help (exit 0)', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    for (const c of ['validate', 'diff', 'ledger', 'zone', 'deadlocks', 'report'])
      expect(r.stdout).toContain(`  ${c} [options]`)
    expect(r.stdout).toContain('Exit codes: 0 done; 1 invalid input')
  })

  it('has --help for each command', async () => {
    const runs = await Promise.all(
      ['validate', 'diff', 'ledger', 'zone', 'deadlocks', 'report'].map((c) => run([c, '--help'])),
    )
    for (const [i, c] of ['validate', 'diff', 'ledger', 'zone', 'deadlocks', 'report'].entries()) {
      expect(runs[i]?.code).toBe(0)
      expect(runs[i]?.stdout).toContain(`Usage: negotiation-positions ${c} [options]`)
      expect(runs[i]?.stdout).toContain('Examples:')
    }
  })

  it('validates the embedded dataset when no file is given, a YAML file, and standard input', async () => {
    const [dataset, yaml, stdin] = await Promise.all([
      run(['validate']),
      run(['validate', talks]),
      run(['validate', '-'], readFileSync(talks, 'utf8')),
    ])
    expect(dataset.code).toBe(0)
    expect(dataset.stdout).toMatch(/^✓ dataset ru-ua-2025 is a valid negotiation document: “Russia–Ukraine/)
    expect(yaml.code).toBe(0)
    expect(yaml.stdout).toContain(
      '“Harbour talks” — 3 parties, 3 issues, 8 positions, 2 drafts, 4 events, 5 sources.',
    )
    expect(stdin.code).toBe(0)
    expect(stdin.stdout).toMatch(/^✓ - is a valid negotiation document/)
  })

  it('prints the loader’s readable list of problems on standard error and exits 1 for a broken file', async () => {
    const [syntax, invalid, missing] = await Promise.all([
      run(['validate', join(fixtures, 'broken.yaml')]),
      run(['validate', join(fixtures, 'invalid.json')]),
      run(['report', join(fixtures, 'no-such-file.yaml')]),
    ])
    expect(syntax.code).toBe(1)
    expect(syntax.stdout).toBe('')
    expect(syntax.stderr).toContain('broken.yaml: 1 problem in the negotiation document\n✖ YAML syntax:')
    expect(syntax.stderr).toContain('(line 7, column 1)')
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain(
      '✖ issue `nato` has no option `memebr`; did you mean `member`? options are: member, neutral\n  → at positions[0].ideal (line 19, column 96)',
    )
    expect(invalid.stderr).toContain('✖ unknown party `X` (not in `parties`); did you mean `N`?')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read .*no-such-file\.yaml: no such file/)
  })

  it('diffs two drafts of the dataset, and by default the latest revision of a YAML file', async () => {
    const [dataset, yaml, md] = await Promise.all([
      run(['diff', 'us-28-point-2025-11-20', 'e3-counter-2025-11-23', '--carry-over']),
      run(['diff', talks]),
      run(['diff', talks, 'm-plan', 'm-plan-2', '-f', 'md']),
    ])
    expect(dataset.code).toBe(0)
    expect(dataset.stdout).toContain(
      "~ Cap on Ukraine's armed forces: 600,000 → 800,000 troops (+200,000, +33.3%)",
    )
    expect(yaml.code).toBe(0)
    expect(yaml.stdout).toContain('~ Troops at the border: 3000 → 1500 troops (-1500, -50%)')
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^#+ /)
  })

  it('exits 1 for drafts the document does not have, 2 for the wrong number of arguments', async () => {
    const [unknown, wrong] = await Promise.all([
      run(['diff', talks, 'm-plan', 'plan-9']),
      run(['diff', talks, 'm-plan']),
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('there is no proposal `plan-9`')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('give a file, two draft ids, or a file and two draft ids')
  })

  it('reads the ledger as of a date, as text or as a Vega-Lite spec', async () => {
    const [text, early, vl] = await Promise.all([
      run(['ledger', talks, '--as-of', '2025-06-30']),
      run(['ledger', talks, '--as-of', '2025-03-01']),
      run(['ledger', talks, '-f', 'vl']),
    ])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('ACCEPTANCES AND BROKEN COMMITMENTS (AS OF 2025-06-30)')
    expect(text.stdout).toContain('violation alleged 2025-06-10 (by Northland)')
    expect(early.stdout).toContain('No commitment had been broken.')
    expect((JSON.parse(vl.stdout) as { $schema: string }).$schema).toBe(
      'https://vega.github.io/schema/vega-lite/v5.json',
    )
  })

  it('finds the agreement zone', async () => {
    const r = await run(['zone', talks, '-f', 'md'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('## Agreement zone (as of 2025-06-30)')
    expect(r.stdout).toContain('| Harbour | Shared control |')
  })

  it('finds deadlocks, and fails on findings only when asked and only when there are some', async () => {
    const [plain, failing, before] = await Promise.all([
      run(['deadlocks', talks]),
      run(['deadlocks', talks, '--fail-on-findings']),
      run(['deadlocks', talks, '--fail-on-findings', '--as-of', '2025-01-11']),
    ])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('3 findings, 3 still holding')
    expect(failing.code).toBe(1)
    expect(before.code).toBe(0)
    expect(before.stdout).toContain('No deadlock was found.')
  })

  it('writes the report in each format, to a file when asked', async () => {
    const out = join(dir, 'sub', 'report.html')
    const [html, json, text] = await Promise.all([
      run(['report', talks, '-f', 'html', '--out', out]),
      run(['report', talks, '--format', 'json', '--no-timeline']),
      run(['report', talks]),
    ])
    expect(html.code).toBe(0)
    expect(html.stderr).toBe(`wrote ${out}\n`)
    expect(existsSync(out) && readFileSync(out, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true)
    expect(json.code).toBe(0)
    expect((JSON.parse(json.stdout) as { asOf: string }).asOf).toBe('2025-06-30')
    expect(text.stdout.startsWith('Harbour talks\n=============\n')).toBe(true)
  })

  it('writes the same report bytes for the dataset in two separate runs', async () => {
    const [a, b] = await Promise.all([
      run(['report', '-f', 'html', '--no-timeline']),
      run(['report', '-f', 'html', '--no-timeline']),
    ])
    expect(a.code).toBe(0)
    expect(a.stdout.length).toBeGreaterThan(100_000)
    expect(b.stdout === a.stdout).toBe(true)
  })

  it('exits 2 for usage errors: unknown command or option, bad date, bad format, unknown dataset', async () => {
    const runs = await Promise.all([
      run(['negotiate']),
      run(['report', '--colour']),
      run(['ledger', '--as-of', '2025-02-30']),
      run(['report', '-f', 'pdf']),
      run(['--dataset', 'ru-ua-2024', 'validate']),
      run([]),
    ])
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2])
    expect(runs[0]?.stderr).toContain("error: unknown command 'negotiate'")
    expect(runs[1]?.stderr).toContain("error: unknown option '--colour'")
    expect(runs[2]?.stderr).toContain('expected a date written YYYY-MM-DD')
    expect(runs[3]?.stderr).toContain('Allowed choices are text, md, html, json')
    expect(runs.every((r) => r.stdout === '' || r.stdout.startsWith('Usage:'))).toBe(true)
  })
})

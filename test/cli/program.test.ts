/**
 * The command line in-process, as a user meets it: the help each command prints, the messages for usage errors and
 * unreadable files, which argument is read as a file and which as a draft id, the embedded dataset when no file is
 * given, and the exit codes. A fake terminal and file system stand in for the process (src/cli/io.ts), so mutation
 * testing sees these runs (it cannot see the child processes of cli.test.ts).
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { diff, ledger, report, section } from '../../src/cli/commands'
import { CLI_VERSION, run } from '../../src/cli/program'
import { ruUa2025 } from '../../src/datasets'
import { deepFreeze } from '../../src/internal/freeze'
import type { IsoDate } from '../../src/model/date'
import type { ProposalId } from '../../src/model/ids'
import type { Negotiation } from '../../src/model/negotiation'
import { TALKS_PATH, talks } from '../report/fixture'
import type { Io } from '../../src/cli/io'
import { type Failure, failure, fake } from './fake-io'

/** Runs the command line on a fresh fake and returns what a user would see. */
const cli = async (argv: readonly string[], files: Record<string, string | Failure> = {}, stdin = '') => {
  const f = fake(files, stdin)
  const code = await run(argv, f.io)
  return { code, stdout: f.stdout(), stderr: f.stderr(), written: f.written }
}

/** Help text with its line wrapping undone (the wrap width depends on the terminal). */
const flat = (s: string): string => s.replace(/\s+/g, ' ')

const TALKS = readFileSync(TALKS_PATH, 'utf8')

/** The fixture with the revised plan restating fewer terms (it leaves out the harbour). */
const AMENDING = TALKS.replace(
  /( {2}m-plan-2:[\s\S]*?terms:\n {6}truce: \{ value: true \}\n) {6}harbour: \{ value: shared \}\n/,
  '$1',
)

/** A small document in YAML's flow style: it starts with `{` but is not JSON. */
const FLOW_YAML =
  '{format: negotiation-positions/1, title: Flow talks, parties: {A: {name: Aland, role: principal}}, issues: {}}\n'

const ARGUMENT_FILE = 'file JSON or YAML document (- for standard input; default: the embedded dataset)'
const HELP_OPTION = '-h, --help display help for command'

describe('help', () => {
  it('describes the program, its options, its commands and its exit codes', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const help = flat(r.stdout)
    for (const line of [
      'Usage: negotiation-positions [options] [command]',
      'Analyse a negotiation document (JSON or YAML): check it, compare drafts, read the acceptance ledger, find ' +
        'the agreement zone and the deadlocks, or write the whole report. With no file, the embedded dataset is ' +
        'used; `-` reads standard input.',
      '-V, --version output the version number',
      '--dataset <name> the embedded dataset used when no file is given (choices: "ru-ua-2025", default: "ru-ua-2025")',
      'validate [options] [file] check a negotiation document and report every problem at once',
      'diff [options] [args...] what changed between two drafts, in whose favour (default: the latest revision ' +
        'against the draft it revises)',
      'ledger [options] [file] who had accepted which term on a date, and which commitments were broken',
      'zone [options] [file] the agreement zone issue by issue and as packages, or the nearest agreement when ' +
        'there is none',
      'deadlocks [options] [file] what blocks the negotiation, who holds it, since when, with the evidence',
      'report [options] [file] the whole report: positions, drafts, acceptances, deadlocks, the agreement zone, ' +
        'charts and sources',
    ])
      expect(help).toContain(line)
    expect(r.stdout).toContain(
      '\nExit codes: 0 done; 1 invalid input, or findings with --fail-on-findings; 2 usage error.\n',
    )
  })

  const commands: readonly {
    readonly argv: readonly string[]
    readonly lines: readonly string[]
    readonly examples: readonly string[]
  }[] = [
    {
      argv: ['validate', '--help'],
      lines: [
        'Usage: negotiation-positions validate [options] [file]',
        'check a negotiation document and report every problem at once',
        ARGUMENT_FILE,
        '-f, --format <format> output format (choices: "text", "json", default: "text")',
      ],
      examples: ['validate talks.yaml', 'validate - < talks.json'],
    },
    {
      argv: ['diff', '--help'],
      lines: [
        'Usage: negotiation-positions diff [options] [file] [<from> <to>]',
        'what changed between two drafts, in whose favour (default: the latest revision against the draft it revises)',
        'args [file] <from> <to>: the document, then two draft ids',
        '--as-of <date> read the parties’ positions as of this date (default: the later draft’s date)',
        '--carry-over read the later draft as amending the earlier (terms it does not state carry over)',
        '--no-carry-over read the later draft as a full text',
        '-f, --format <format> output format (choices: "text", "md", "json", default: "text")',
      ],
      examples: [
        'diff us-28-point-2025-11-20 e3-counter-2025-11-23 --carry-over',
        'diff talks.yaml draft-1 draft-2 -f md',
        'diff',
      ],
    },
    {
      argv: ['ledger', '--help'],
      lines: [
        'Usage: negotiation-positions ledger [options] [file]',
        'who had accepted which term on a date, and which commitments were broken',
        ARGUMENT_FILE,
        '--as-of <date> the date to read the ledger on (default: the document’s date)',
        '-f, --format <format> output format (choices: "text", "md", "json", "vl", "mermaid", default: "text")',
      ],
      examples: ['ledger --as-of 2025-04-01', 'ledger talks.yaml -f vl > acceptance.vl.json'],
    },
    {
      argv: ['zone', '--help'],
      lines: [
        'Usage: negotiation-positions zone [options] [file]',
        'the agreement zone issue by issue and as packages, or the nearest agreement when there is none',
        ARGUMENT_FILE,
        '--as-of <date> read the positions as of this date',
        '-f, --format <format> output format (choices: "text", "md", "json", default: "text")',
      ],
      examples: ['zone', 'zone talks.yaml --as-of 2025-08-15 -f md'],
    },
    {
      argv: ['deadlocks', '--help'],
      lines: [
        'Usage: negotiation-positions deadlocks [options] [file]',
        'what blocks the negotiation, who holds it, since when, with the evidence',
        ARGUMENT_FILE,
        '--as-of <date> detect as of this date',
        '-f, --format <format> output format (choices: "text", "md", "json", default: "text")',
        '--fail-on-findings exit with code 1 when a deadlock holds (for scripts and CI)',
      ],
      examples: ['deadlocks --as-of 2025-06-02', 'deadlocks talks.yaml --fail-on-findings'],
    },
    {
      argv: ['report', '--help'],
      lines: [
        'Usage: negotiation-positions report [options] [file]',
        'the whole report: positions, drafts, acceptances, deadlocks, the agreement zone, charts and sources',
        ARGUMENT_FILE,
        '-f, --format <format> output format (choices: "text", "md", "html", "json", default: "text")',
        '--as-of <date> the date of the report (default: the document’s date)',
        '-o, --out <file> write the report to this file instead of standard output',
        '--no-timeline leave out the deadlock timeline chart (quicker on a long negotiation)',
      ],
      examples: ['report -f html -o out/report.html', 'report talks.yaml --as-of 2025-12-31 -f md'],
    },
  ]

  for (const c of commands)
    it(`${c.argv.join(' ')}: its usage, arguments, options and examples`, async () => {
      const r = await cli(c.argv)
      expect(r.code).toBe(0)
      expect(r.stderr).toBe('')
      const help = flat(r.stdout)
      for (const line of [...c.lines, HELP_OPTION]) expect(help).toContain(line)
      expect(r.stdout).toContain(
        `\nExamples:\n${c.examples.map((e) => `  $ negotiation-positions ${e}\n`).join('')}`,
      )
    })

  it('prints the version with -V as with --version', async () => {
    for (const flag of ['-V', '--version']) {
      const r = await cli([flag])
      expect([flag, r.code, r.stdout, r.stderr]).toEqual([flag, 0, `${CLI_VERSION}\n`, ''])
    }
  })
})

describe('usage errors (exit 2)', () => {
  it('a date not written YYYY-MM-DD, with an example of one', async () => {
    const r = await cli(['zone', '--as-of', 'tomorrow'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      "error: option '--as-of <date>' argument 'tomorrow' is invalid. expected a date written YYYY-MM-DD, e.g. 2025-11-20\n" +
        '(run with --help for usage)\n',
    )
  })

  it('a format the command does not have, with the formats it has', async () => {
    const r = await cli(['zone', '-f', 'vl'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      "error: option '-f, --format <format>' argument 'vl' is invalid. Allowed choices are text, md, json.\n" +
        '(run with --help for usage)\n',
    )
  })

  it('a dataset that is not embedded, with the ones that are', async () => {
    const r = await cli(['--dataset', 'ru-ua-2024', 'validate'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      "error: option '--dataset <name>' argument 'ru-ua-2024' is invalid. Allowed choices are ru-ua-2025.",
    )
  })

  it('diff: arguments that are neither a file, two draft ids, nor a file and two draft ids', async () => {
    const cases: readonly [readonly string[], number][] = [
      [['diff', 'a', 'b', 'c', 'd'], 4],
      [['diff', 'talks.yaml', 'm-plan'], 2],
      [['diff', 'm-plan'], 1],
    ]
    for (const [argv, n] of cases) {
      const r = await cli(argv, { 'talks.yaml': TALKS })
      expect([argv, r.code, r.stdout, r.stderr]).toEqual([
        argv,
        2,
        '',
        `error: give a file, two draft ids, or a file and two draft ids (got ${n === 1 ? '1 argument' : `${String(n)} arguments`})\n` +
          '(run with --help for usage)\n',
      ])
    }
  })
})

describe('the embedded dataset, when no file is given', () => {
  let doc: Negotiation
  let counts: Readonly<
    Record<'parties' | 'issues' | 'positions' | 'proposals' | 'events' | 'sources', number>
  >
  beforeEach(() => {
    doc = ruUa2025()
    counts = {
      parties: Object.keys(doc.parties).length,
      issues: Object.keys(doc.issues).length,
      positions: doc.positions.length,
      proposals: Object.keys(doc.proposals).length,
      events: doc.events.length,
      sources: Object.keys(doc.sources).length,
    }
  })

  it('validate names it and counts what is in it', async () => {
    const r = await cli(['validate'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      `✓ dataset ru-ua-2025 is a valid negotiation document: “${doc.title}” — ${String(counts.parties)} parties, ` +
        `${String(counts.issues)} issues, ${String(counts.positions)} positions, ${String(counts.proposals)} drafts, ` +
        `${String(counts.events)} events, ${String(counts.sources)} sources.\n`,
    )
  })

  it('validate -f json: the same facts as data, with an empty list of problems', async () => {
    const r = await cli(['--dataset', 'ru-ua-2025', 'validate', '-f', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      valid: true,
      file: 'dataset ru-ua-2025',
      title: doc.title,
      counts,
      problems: [],
    })
  })

  it('diff with two draft ids compares those drafts of the dataset', async () => {
    const r = await cli(['diff', 'us-28-point-2025-11-20', 'e3-counter-2025-11-23'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const title = (id: string): string | undefined => doc.proposals[id as ProposalId]?.title
    const [from, to] = r.stdout.split('\n')
    expect(from).toContain(`"${String(title('us-28-point-2025-11-20'))}" (us-28-point-2025-11-20,`)
    expect(to).toContain(`→ "${String(title('e3-counter-2025-11-23'))}" (e3-counter-2025-11-23,`)
  })

  it('diff with no argument compares the dataset’s latest revision with the draft it revises', async () => {
    const r = await cli(['diff'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout.split('\n')[1]).toMatch(/^→ ".+" \([a-z0-9-]+, /)
    expect(r.stdout).toMatch(/\nTerms: \d+ changed, \d+ added, \d+ removed, \d+ unchanged/)
  })

  it('diff names a draft id the dataset does not have, even one that ends like a file name', async () => {
    const r = await cli(['diff', 'draft.yaml-old', 'draft-new'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.split('\n')
    expect(lines[0]).toMatch(/^error: from: there is no proposal `draft\.yaml-old`; proposals are: /)
    expect(lines[1]).toMatch(/^error: to: there is no proposal `draft-new`; proposals are: /)
    expect(lines[0]).toContain('e3-counter-2025-11-23')
  })
})

describe('reading the document', () => {
  it('reads a .yml file as YAML, even in flow style (which starts with `{` like JSON)', async () => {
    const r = await cli(['validate', 'talks.yml'], { 'talks.yml': FLOW_YAML })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      '✓ talks.yml is a valid negotiation document: “Flow talks” — 1 party, 0 issues, 0 positions, 0 drafts, 0 events, 0 sources.\n',
    )
  })

  it('reads a file with another extension by its content: YAML unless it starts with `{`', async () => {
    const yaml = await cli(['validate', 'talks.json.bak'], { 'talks.json.bak': TALKS })
    expect([yaml.code, yaml.stderr]).toEqual([0, ''])
    expect(yaml.stdout).toContain('✓ talks.json.bak is a valid negotiation document: “Harbour talks”')
    const flow = await cli(['validate', 'talks.yaml.bak'], { 'talks.yaml.bak': FLOW_YAML })
    expect(flow.code).toBe(1)
    expect(flow.stdout).toBe('')
    expect(flow.stderr).toMatch(
      /^talks\.yaml\.bak: 1 problem in the negotiation document\n✖ .*\n {2}→ at .*\(line 1, column \d+\)\n$/,
    )
  })

  it('reads a .json file as JSON only', async () => {
    const r = await cli(['validate', 'talks.json'], { 'talks.json': TALKS })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^talks\.json: 1 problem in the negotiation document\n✖ /)
  })

  it('diff takes one argument that looks like a file (by extension, a path, or -) as the document', async () => {
    for (const [argv, files, stdin] of [
      [['diff', 'talks.yml'], { 'talks.yml': TALKS }, ''],
      [['diff', 'talks.JSON'], { 'talks.JSON': JSON.stringify(talks()) }, ''],
      [['diff', 'docs/talks'], { 'docs/talks': TALKS }, ''],
      [['diff', '-'], {}, TALKS],
    ] as const) {
      const r = await cli(argv, files, stdin)
      expect([argv, r.code, r.stderr]).toEqual([argv, 0, ''])
      expect(r.stdout.split('\n').slice(0, 2)).toEqual([
        '"Mediator\'s plan" (m-plan, M, 2025-02-01) [2]',
        '→ "Mediator\'s revised plan <v2>" (m-plan-2, M, 2025-05-15) [3]',
      ])
    }
  })

  it('says why a file cannot be read: missing, a directory, not allowed, or the system’s own reason', async () => {
    const files = {
      'talks-dir': failure('EISDIR', 'EISDIR: illegal operation on a directory, read'),
      'secret.yaml': failure('EACCES', "EACCES: permission denied, open 'secret.yaml'"),
      'disk.yaml': failure('EIO', 'EIO: i/o error, read'),
    }
    const cases: readonly [string, string][] = [
      ['missing.yaml', 'cannot read missing.yaml: no such file\n'],
      ['talks-dir', 'cannot read talks-dir: it is a directory\n'],
      ['secret.yaml', 'cannot read secret.yaml: permission denied\n'],
      ['disk.yaml', 'cannot read disk.yaml: EIO: i/o error, read\n'],
    ]
    for (const [file, message] of cases) {
      const r = await cli(['validate', file], files)
      expect([file, r.code, r.stdout, r.stderr]).toEqual([file, 1, '', message])
    }
  })
})

describe('diff: carrying over the terms a revision leaves out', () => {
  const removed = (stdout: string): string | undefined =>
    stdout.split('\n').find((l) => l.startsWith('Terms: '))

  it('by default reads a revision that states fewer terms as an amendment; --no-carry-over as a full text', async () => {
    const files = { 't.yaml': AMENDING }
    const plain = await cli(['diff', 't.yaml'], files)
    expect(plain.code).toBe(0)
    expect(removed(plain.stdout)).toBe('Terms: 1 changed, 0 added, 0 removed, 2 unchanged')
    const carried = await cli(['diff', 't.yaml', '--carry-over'], files)
    expect(removed(carried.stdout)).toBe('Terms: 1 changed, 0 added, 0 removed, 2 unchanged')
    const full = await cli(['diff', 't.yaml', '--no-carry-over'], files)
    expect(full.code).toBe(0)
    expect(removed(full.stdout)).toBe('Terms: 1 changed, 0 added, 1 removed, 1 unchanged')
    expect(full.stdout).toContain('\n- Harbour: dropped (was Shared control)\n')
  })

  it('for two drafts named, reads the later as a full text unless --carry-over is given', async () => {
    const files = { 't.yaml': AMENDING }
    const named = await cli(['diff', 't.yaml', 'm-plan', 'm-plan-2'], files)
    expect(named.code).toBe(0)
    expect(removed(named.stdout)).toBe('Terms: 1 changed, 0 added, 1 removed, 1 unchanged')
    const carried = await cli(['diff', 't.yaml', 'm-plan', 'm-plan-2', '--carry-over'], files)
    expect(carried.code).toBe(0)
    expect(removed(carried.stdout)).toBe('Terms: 1 changed, 0 added, 0 removed, 2 unchanged')
    expect(carried.stdout).not.toContain('Harbour: dropped')
  })
})

describe('one section of the report', () => {
  /** The headings of a text report: a line in capitals underlined with dashes. */
  const headings = (text: string): string[] =>
    text.split('\n').filter((l, i, all) => /^[A-Z]/.test(l) && /^-+$/.test(all[i + 1] ?? ''))

  it('zone, deadlocks and ledger print the summary, their own section and its sources only', async () => {
    const files = { 't.yaml': TALKS }
    expect(headings((await cli(['zone', 't.yaml'], files)).stdout)).toEqual([
      'SUMMARY',
      'AGREEMENT ZONE (AS OF 2025-06-30)',
    ])
    expect(headings((await cli(['deadlocks', 't.yaml', '--as-of', '2025-03-01'], files)).stdout)).toEqual([
      'SUMMARY',
      'DEADLOCKS (AS OF 2025-03-01)',
      'SOURCES',
    ])
    expect(headings((await cli(['ledger', 't.yaml'], files)).stdout)).toEqual([
      'SUMMARY',
      'ACCEPTANCES AND BROKEN COMMITMENTS (AS OF 2025-06-30)',
      'SOURCES',
    ])
  })

  it('deadlocks --fail-on-findings exits 0 when no deadlock holds', async () => {
    const r = await cli(['deadlocks', 't.yaml', '--as-of', '2025-01-11', '--fail-on-findings'], {
      't.yaml': TALKS,
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('DEADLOCKS (AS OF 2025-01-11)')
    expect(r.stdout).toContain('No deadlock was found.')
  })

  it('ledger -f vl charts up to the last date there is, the same as with no date', async () => {
    const last = await cli(['ledger', 't.yaml', '-f', 'vl', '--as-of', '9999-12-31'], { 't.yaml': TALKS })
    const open = await cli(['ledger', 't.yaml', '-f', 'vl'], { 't.yaml': TALKS })
    expect(last.stderr).toBe('')
    expect(last.code).toBe(0)
    expect(last.stdout).toBe(open.stdout)
    const earlier = await cli(['ledger', 't.yaml', '-f', 'vl', '--as-of', '9999-12-30'], { 't.yaml': TALKS })
    expect(earlier.code).toBe(0)
    expect(JSON.parse(earlier.stdout)).toHaveProperty('$schema')
  })

  it('ledger -f vl --as-of ends every bar of the chart the day after that date', async () => {
    type Bar = { readonly start: string; readonly end: string }
    const bars = (stdout: string): Bar[] => (JSON.parse(stdout) as { data: { values: Bar[] } }).data.values
    const open = bars((await cli(['ledger', 't.yaml', '-f', 'vl'], { 't.yaml': TALKS })).stdout)
    const first = open.map((b) => b.start).sort()[0] as string
    const next = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    const r = await cli(['ledger', 't.yaml', '-f', 'vl', '--as-of', first], { 't.yaml': TALKS })
    expect(r.code).toBe(0)
    const cut = bars(r.stdout)
    expect(cut.length).toBeGreaterThan(0)
    expect(cut.map((b) => b.end)).toEqual(cut.map(() => next))
    expect(open.some((b) => b.end > next)).toBe(true)
  })
})

describe('report', () => {
  it('prints HTML with -f html', async () => {
    const r = await cli(['report', 't.yaml', '-f', 'html', '--no-timeline'], { 't.yaml': TALKS })
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true)
    expect(r.stdout).toContain('Harbour talks')
  })
})

describe('a failure that is not the user’s', () => {
  it('is reported as an internal error to report, with exit 1', async () => {
    const f = fake({ 't.yaml': TALKS })
    const io: Io = {
      ...f.io,
      stdout: () => {
        throw new Error('the terminal went away')
      },
    }
    expect(await run(['validate', 't.yaml'], io)).toBe(1)
    expect(f.stderr()).toBe(
      'internal error: the terminal went away; this is a bug in negotiation-positions — please report it\n',
    )
  })
})

describe('the commands on a document the command line did not check', () => {
  const bad = (): Negotiation => {
    const n = talks()
    return deepFreeze({
      ...n,
      events: [
        ...n.events,
        {
          id: 'e9',
          kind: 'response',
          date: '2025-03-01',
          party: 'X',
          proposal: 'm-plan',
          stance: 'accepted',
          sources: [],
        },
      ],
    }) as unknown as Negotiation
  }

  it('ledger -f mermaid and -f vl name the event that cannot be placed, and how to fix it', () => {
    for (const format of ['mermaid', 'vl'] as const) {
      const f = fake()
      expect(ledger(f.io, bad(), { format })).toBe(1)
      expect(f.stdout()).toBe('')
      expect(f.stderr()).toBe(
        'error: event `e9` (response): `X` is not a party of the negotiation. Add it to the parties or correct ' +
          'the id; did you mean `N`? parties are: N, S, M.\n',
      )
    }
  })

  it('diff says, in one line, every reason the latest revision cannot be compared', () => {
    const n = talks()
    const revised = n.proposals['m-plan-2' as ProposalId]
    const broken = deepFreeze({
      ...n,
      proposals: {
        ...n.proposals,
        'm-plan-2': { ...revised, terms: { ...revised?.terms, ports: { value: 'x' }, fleet: { value: 3 } } },
      },
    }) as unknown as Negotiation
    const f = fake()
    expect(diff(f.io, broken, undefined, { format: 'text' })).toBe(1)
    expect(f.stdout()).toBe('')
    const why = (issue: string): string =>
      `The drafts could not be compared: the term addresses \`${issue}\`, which is not an issue of the ` +
      'negotiation; add the issue or fix the id (issues are: harbour, troops, truce).'
    expect(f.stderr()).toBe(`${why('ports')} ${why('fleet')}\n`)
  })

  it('a report date that is not a date is named, whatever the command', async () => {
    const asOf = '2025-02-30' as IsoDate
    const message = 'error: the report date must be written YYYY-MM-DD, not "2025-02-30"\n'
    const z = fake()
    expect(section(z.io, talks(), 'zone', { asOf, format: 'text' })).toBe(1)
    expect([z.stdout(), z.stderr()]).toEqual(['', message])
    const d = fake()
    expect(diff(d.io, talks(), undefined, { asOf, format: 'text' })).toBe(1)
    expect([d.stdout(), d.stderr()]).toEqual(['', message])
    const r = fake()
    expect(await report(r.io, talks(), { asOf, format: 'md', timeline: false })).toBe(1)
    expect([r.stdout(), r.stderr(), r.written]).toEqual(['', message, {}])
  })
})

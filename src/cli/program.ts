/**
 * The `negotiation-positions` command line: `validate`, `diff`, `ledger`, `zone`, `deadlocks` and `report`, each on
 * a JSON or YAML file, standard input (`-`) or, with no file, the embedded dataset. Exit codes: 0 done; 1 invalid
 * input (the loader's list of problems on standard error), or findings where asked (`deadlocks
 * --fail-on-findings`); 2 a usage error (unknown command or option, missing argument, bad date).
 *
 * @internal
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { either as E } from 'fp-ts'
import { names as datasetNames } from '../datasets'
import { count } from '../internal/text'
import { IsoDate } from '../model/date'
import { diff, type Format, ledger, report, section, validate } from './commands'
import { readNegotiation } from './input'
import type { Io } from './io'

/** The package version the CLI reports. @internal */
export const CLI_VERSION = '0.1.0'

const date = (value: string): IsoDate => {
  if (!IsoDate.is(value))
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, e.g. 2025-11-20`)
  return value
}

const formatOption = (choices: readonly Format[], fallback: Format): Option =>
  new Option('-f, --format <format>', 'output format').choices(choices).default(fallback)

const asOfOption = (what: string): Option => new Option('--as-of <date>', what).argParser(date)

const looksLikeFile = (s: string): boolean => s === '-' || /\.(json|ya?ml)$/i.test(s) || /[\\/]/.test(s)

const EXAMPLES = (lines: readonly string[]): string =>
  `\nExamples:\n${lines.map((l) => `  $ negotiation-positions ${l}`).join('\n')}\n`

/**
 * Runs the command line on `argv` (the arguments after the program name) and returns the exit code.
 *
 * @internal
 */
export const run = async (argv: readonly string[], io: Io): Promise<number> => {
  let code = 0
  const program = new Command('negotiation-positions')
  program
    .description(
      'Analyse a negotiation document (JSON or YAML): check it, compare drafts, read the acceptance ledger, find the ' +
        'agreement zone and the deadlocks, or write the whole report. With no file, the embedded dataset is used; ' +
        '`-` reads standard input.',
    )
    .version(CLI_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addOption(
      new Option('--dataset <name>', 'the embedded dataset used when no file is given')
        .choices(datasetNames)
        .default('ru-ua-2025'),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 done; 1 invalid input, or findings with --fail-on-findings; 2 usage error.\n',
    )

  const input = async (file: string | undefined) => {
    const r = await readNegotiation(io, file, program.opts<{ dataset: string }>().dataset)
    if (E.isLeft(r)) {
      io.stderr(`${r.left.message}\n`)
      code = 1
      return undefined
    }
    return r.right
  }

  program
    .command('validate')
    .description('check a negotiation document and report every problem at once')
    .argument('[file]', 'JSON or YAML document (- for standard input; default: the embedded dataset)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', EXAMPLES(['validate talks.yaml', 'validate - < talks.json']))
    .action(async (file: string | undefined, o: { format: Format }) => {
      const got = await input(file)
      if (got !== undefined) code = validate(io, got.negotiation, got.name, o.format)
    })

  program
    .command('diff')
    .description(
      'what changed between two drafts, in whose favour (default: the latest revision against the draft it revises)',
    )
    .argument('[args...]', '[file] <from> <to>: the document, then two draft ids')
    .usage('[options] [file] [<from> <to>]')
    .addOption(asOfOption('read the parties’ positions as of this date (default: the later draft’s date)'))
    .option(
      '--carry-over',
      'read the later draft as amending the earlier (terms it does not state carry over)',
    )
    .option('--no-carry-over', 'read the later draft as a full text')
    .addOption(formatOption(['text', 'md', 'json'], 'text'))
    .addHelpText(
      'after',
      EXAMPLES([
        'diff us-28-point-2025-11-20 e3-counter-2025-11-23 --carry-over',
        'diff talks.yaml draft-1 draft-2 -f md',
        'diff',
      ]),
    )
    .action(
      async (args: string[], o: { asOf?: IsoDate; carryOver?: boolean; format: Format }, cmd: Command) => {
        let file: string | undefined
        let drafts: [string, string] | undefined
        if (args.length === 3) [file, ...drafts] = args as [string, string, string]
        else if (args.length === 2 && !looksLikeFile(args[0] as string)) drafts = args as [string, string]
        else if (args.length === 1 && looksLikeFile(args[0] as string)) file = args[0]
        else if (args.length > 0)
          cmd.error(
            `error: give a file, two draft ids, or a file and two draft ids (got ${count(args.length, 'argument')})`,
            { code: 'commander.invalidArgument', exitCode: 2 },
          )
        const got = await input(file)
        if (got !== undefined) code = diff(io, got.negotiation, drafts, o)
      },
    )

  program
    .command('ledger')
    .description('who had accepted which term on a date, and which commitments were broken')
    .argument('[file]', 'JSON or YAML document (- for standard input; default: the embedded dataset)')
    .addOption(asOfOption('the date to read the ledger on (default: the document’s date)'))
    .addOption(formatOption(['text', 'md', 'json', 'vl', 'mermaid'], 'text'))
    .addHelpText(
      'after',
      EXAMPLES(['ledger --as-of 2025-04-01', 'ledger talks.yaml -f vl > acceptance.vl.json']),
    )
    .action(async (file: string | undefined, o: { asOf?: IsoDate; format: Format }) => {
      const got = await input(file)
      if (got !== undefined) code = ledger(io, got.negotiation, o)
    })

  program
    .command('zone')
    .description(
      'the agreement zone issue by issue and as packages, or the nearest agreement when there is none',
    )
    .argument('[file]', 'JSON or YAML document (- for standard input; default: the embedded dataset)')
    .addOption(asOfOption('read the positions as of this date'))
    .addOption(formatOption(['text', 'md', 'json'], 'text'))
    .addHelpText('after', EXAMPLES(['zone', 'zone talks.yaml --as-of 2025-08-15 -f md']))
    .action(async (file: string | undefined, o: { asOf?: IsoDate; format: Format }) => {
      const got = await input(file)
      if (got !== undefined) code = section(io, got.negotiation, 'zone', o)
    })

  program
    .command('deadlocks')
    .description('what blocks the negotiation, who holds it, since when, with the evidence')
    .argument('[file]', 'JSON or YAML document (- for standard input; default: the embedded dataset)')
    .addOption(asOfOption('detect as of this date'))
    .addOption(formatOption(['text', 'md', 'json'], 'text'))
    .option('--fail-on-findings', 'exit with code 1 when a deadlock holds (for scripts and CI)')
    .addHelpText(
      'after',
      EXAMPLES(['deadlocks --as-of 2025-06-02', 'deadlocks talks.yaml --fail-on-findings']),
    )
    .action(
      async (file: string | undefined, o: { asOf?: IsoDate; format: Format; failOnFindings?: boolean }) => {
        const got = await input(file)
        if (got !== undefined) code = section(io, got.negotiation, 'deadlocks', o)
      },
    )

  program
    .command('report')
    .description(
      'the whole report: positions, drafts, acceptances, deadlocks, the agreement zone, charts and sources',
    )
    .argument('[file]', 'JSON or YAML document (- for standard input; default: the embedded dataset)')
    .addOption(formatOption(['text', 'md', 'html', 'json'], 'text'))
    .addOption(asOfOption('the date of the report (default: the document’s date)'))
    .option('-o, --out <file>', 'write the report to this file instead of standard output')
    .option('--no-timeline', 'leave out the deadlock timeline chart (quicker on a long negotiation)')
    .addHelpText(
      'after',
      EXAMPLES(['report -f html -o out/report.html', 'report talks.yaml --as-of 2025-12-31 -f md']),
    )
    .action(
      async (
        file: string | undefined,
        o: { asOf?: IsoDate; format: Format; out?: string; timeline: boolean },
      ) => {
        const got = await input(file)
        if (got !== undefined) code = await report(io, got.negotiation, o)
      },
    )

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (e) {
    if (e instanceof CommanderError)
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2
    io.stderr(
      `internal error: ${e instanceof Error ? e.message : String(e)}; this is a bug in negotiation-positions — please report it\n`,
    )
    return 1
  }
}

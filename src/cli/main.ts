/**
 * The `entente` command: reads the command line with Node's `util.parseArgs`, runs one
 * command, and turns every error about the arguments or the input into one line on standard
 * error and an exit code (0 ok, 1 bad input, 2 bad usage). Anything else is a bug, and is
 * left to surface with its stack.
 */
import { createRequire } from 'node:module'
import { EntenteError } from '../index.js'
import { chart, help as chartHelp } from './chart.js'
import { chronology, help as chronologyHelp } from './chronology.js'
import { colorEnabled } from './format.js'
import type { Context } from './io.js'
import { project, help as projectHelp } from './project.js'
import { report, help as reportHelp } from './report.js'
import { schema, help as schemaHelp } from './schema.js'
import { EXIT, InputError, UsageError } from './usage.js'
import { validate, help as validateHelp } from './validate.js'

interface Command {
  readonly run: (args: readonly string[], context: Context) => Promise<number>
  readonly help: string
}

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: { run: validate, help: validateHelp },
  project: { run: project, help: projectHelp },
  chronology: { run: chronology, help: chronologyHelp },
  schema: { run: schema, help: schemaHelp },
  chart: { run: chart, help: chartHelp },
  report: { run: report, help: reportHelp },
}

const HELP = `Usage: entente COMMAND [options]

Asks dated questions of a sourced, bitemporal log of diplomatic events, kept as NDJSON
(one event a line). Wherever a command reads a FILE, "-" reads standard input.

Commands:
  validate FILE...   Check timelines: report every problem, or summarise each
  project FILE A B   The relationship of A and B at a date (--at); or --membership ORG,
                     --offices ACTOR, --proposal ID, --network
  chronology FILE    The events in the order they occurred, one a line
  schema [KIND]      The JSON Schema of an event, or of one kind
  chart FILE A B     The tone of A and B over time as SVG, PNG, HTML or Vega-Lite;
                     or --network at a date
  report FILE A B    A self-contained HTML report on A and B at a date (--at)
  help [COMMAND]     Show this help, or a command's

Options:
  -h, --help         Show this help
  -v, --version      Show the version

Run "entente COMMAND --help" for a command's options.
`

/** The version of the package, read from its package.json (two levels up, from src/cli or dist/cli). */
function version(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version: string }
  return manifest.version
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after `entente`
 * @param context - the streams
 * @returns the exit code
 */
async function main(argv: readonly string[], context: Context): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    context.err.write(HELP)
    return EXIT.usage
  }
  if (first === '-h' || first === '--help') {
    context.out.write(HELP)
    return EXIT.ok
  }
  if (first === '-v' || first === '--version') {
    context.out.write(`${version()}\n`)
    return EXIT.ok
  }
  if (first === 'help') {
    const [topic, ...extra] = rest
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]!}"`)
    if (topic === undefined) context.out.write(HELP)
    else context.out.write(commandOf(topic).help)
    return EXIT.ok
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`)
  return commandOf(first).run(rest, context)
}

function commandOf(name: string): Command {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (command === undefined)
    throw new UsageError(`unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(', ')}`)
  return command
}

/**
 * Runs the command line and reports what went wrong with the arguments or the input.
 *
 * @param argv - the arguments after `entente`
 * @param context - the streams
 * @returns the exit code
 */
async function run(argv: readonly string[], context: Context): Promise<number> {
  const fail = (lines: readonly string[], code: number): number => {
    context.err.write(lines.map((line) => `entente: ${line}\n`).join(''))
    return code
  }
  try {
    return await main(argv, context)
  } catch (error) {
    if (error instanceof UsageError) {
      const pointer = error.command === undefined ? 'entente --help' : `entente ${error.command} --help`
      return fail([`${error.message} (see "${pointer}")`], EXIT.usage)
    }
    if (error instanceof InputError) return fail(error.lines, EXIT.input)
    if (error instanceof EntenteError)
      return fail([error.message], error.code === 'invalid-argument' ? EXIT.usage : EXIT.input)
    throw error
  }
}

const context: Context = {
  out: { write: (text) => void process.stdout.write(text), color: colorEnabled(process.stdout, process.env) },
  err: { write: (text) => void process.stderr.write(text), color: colorEnabled(process.stderr, process.env) },
  stdin: process.stdin,
}

// A reader that stops early (`entente chronology big.ndjson | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok)
  throw error
})

process.exitCode = await run(process.argv.slice(2), context)

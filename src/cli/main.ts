/**
 * The `entente` command: reads the command line with Node's `util.parseArgs`, runs one
 * command, and turns every error about the arguments or the input into one line on standard
 * error and an exit code (0 ok, 1 bad input, 2 bad usage). Anything else is a bug, and is
 * left to surface with its stack.
 *
 * The entry loads nothing but what it needs to read the command line: each command (and with
 * it the library) is imported only when it runs, so `entente --help` and `--version` start as
 * fast as Node does.
 */
import { createRequire } from 'node:module'
import { EXIT, InputError, UsageError } from './exit.js'
import { colorEnabled, visible } from './format.js'
import type { Context } from './io.js'
import { didYouMean } from './suggest.js'

/** A command, once loaded: what it runs, and its help. */
interface Command {
  readonly run: (args: readonly string[], context: Context) => Promise<number>
  readonly help: string
}

/** A command as the entry knows it before loading it. */
interface CommandEntry {
  /** The command with its arguments, as the help lists it (`project FILE A B`). */
  readonly synopsis: string
  /** What it does, for the list of commands in the help (lines after the first are indented to match). */
  readonly summary: string
  /** Imports the command's module: only when it runs, or when its help is asked for. */
  readonly load: () => Promise<Command>
}

/**
 * Every command, in the order the help lists them. Adding a command is adding an entry: the
 * help, `entente help COMMAND` and the suggestions for a misspelt command all read this table.
 */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    synopsis: 'validate FILE...',
    summary: 'Check timelines: report every problem, or summarise each',
    load: () => import('./validate.js').then((m) => ({ run: m.validate, help: m.help })),
  },
  project: {
    synopsis: 'project FILE A B',
    summary:
      'The relationship of A and B at a date (--at); or --membership ORG,\n--offices ACTOR, --proposal ID, --network',
    load: () => import('./project.js').then((m) => ({ run: m.project, help: m.help })),
  },
  chronology: {
    synopsis: 'chronology FILE',
    summary: 'The events in the order they occurred, one a line',
    load: () => import('./chronology.js').then((m) => ({ run: m.chronology, help: m.help })),
  },
  schema: {
    synopsis: 'schema [KIND]',
    summary: 'The JSON Schema of an event, or of one kind',
    load: () => import('./schema.js').then((m) => ({ run: m.schema, help: m.help })),
  },
  import: {
    synopsis: 'import FORMAT FILE',
    summary: 'Events from GDELT, ICEWS or PLOVER rows, as NDJSON',
    load: () => import('./import.js').then((m) => ({ run: m.importCommand, help: m.help })),
  },
  load: {
    synopsis: 'load FILE --db DB',
    summary: 'Store a timeline in a database: a folder (embedded PostgreSQL) or a\npostgres:// URL',
    load: () => import('./load.js').then((m) => ({ run: m.load, help: m.help })),
  },
  chart: {
    synopsis: 'chart FILE A B',
    summary: 'The tone of A and B over time as SVG, PNG, HTML or Vega-Lite;\nor --network at a date',
    load: () => import('./chart.js').then((m) => ({ run: m.chart, help: m.help })),
  },
  report: {
    synopsis: 'report FILE A B',
    summary: 'A self-contained HTML report on A and B at a date (--at)',
    load: () => import('./report.js').then((m) => ({ run: m.report, help: m.help })),
  },
}

/** The list of commands in the help, aligned: the table's entries, then `help`. */
function commandList(): string {
  const rows = [
    ...Object.values(COMMANDS).map(({ synopsis, summary }) => [synopsis, summary] as const),
    ['help [COMMAND]', "Show this help, or a command's"] as const,
  ]
  const column = Math.max(19, ...rows.map(([synopsis]) => synopsis.length + 2))
  return rows
    .flatMap(([synopsis, summary]) => {
      const [first, ...more] = summary.split('\n')
      return [`  ${synopsis.padEnd(column)}${first}`, ...more.map((line) => `  ${' '.repeat(column)}${line}`)]
    })
    .join('\n')
}

const help = (): string => `Usage: entente COMMAND [options]

Asks dated questions of a sourced, bitemporal log of diplomatic events, kept as NDJSON
(one event a line). Wherever a command reads a FILE, "-" reads standard input.

Commands:
${commandList()}

Options:
  --db DB            Read a stored log (a folder or a postgres:// URL) instead of a FILE:
                     entente project --db ./log JPN NATO --at 2023-07-12
  -h, --help         Show this help
  -v, --version      Show the version

Run "entente COMMAND --help" for a command's options.
`

const GLOBAL_OPTIONS = ['--help', '--version']

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
    context.err.write(help())
    return EXIT.usage
  }
  if (first === '-h' || first === '--help') {
    context.out.write(help())
    return EXIT.ok
  }
  if (first === '-v' || first === '--version') {
    context.out.write(`${version()}\n`)
    return EXIT.ok
  }
  if (first === 'help') {
    const [topic, ...extra] = rest
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]!}"`)
    if (topic === undefined) context.out.write(help())
    else context.out.write((await commandOf(topic).load()).help)
    return EXIT.ok
  }
  if (first.startsWith('-'))
    throw new UsageError(`unknown option ${first}${first.startsWith('--') ? didYouMean(first, GLOBAL_OPTIONS) : ''}`)
  // --db stands where a command takes its FILE; `load` and `import` take it as where to store.
  const at = rest.indexOf('--db')
  if (at === -1 || first === 'load' || first === 'import') return (await commandOf(first).load()).run(rest, context)
  const db = rest[at + 1]
  if (db === undefined || db.startsWith('-')) throw new UsageError('--db needs a folder or a postgres:// URL', first)
  const others = [...rest.slice(0, at), ...rest.slice(at + 2)]
  return (await commandOf(first).load()).run([db, ...others], { ...context, db })
}

function commandOf(name: string): CommandEntry {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (command === undefined) {
    const names = Object.keys(COMMANDS)
    throw new UsageError(`unknown command "${name}"${didYouMean(name, names)}; the commands are ${names.join(', ')}`)
  }
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
    // What an error quotes may come from the file: escaped, it cannot drive the terminal.
    context.err.write(lines.map((line) => `entente: ${visible(line)}\n`).join(''))
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
    // Only a command throws the library's errors, so the library is loaded by now.
    const { EntenteError } = await import('../index.js')
    if (error instanceof EntenteError)
      return fail([error.message], error.code === 'invalid-argument' ? EXIT.usage : EXIT.input)
    throw error
  }
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  EBADF: 'the stream is closed',
  EAGAIN: 'the stream is not ready',
}

/**
 * A failed write of the output ends the command with one line and exit code 1. A reader that
 * stops early (`entente chronology big.ndjson | head`) is not an error: the command ends
 * quietly with exit code 0, as it would have had the reader read everything.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok)
  const why = (error.code === undefined ? undefined : WRITE_ERRORS[error.code]) ?? error.message
  process.stderr.write(
    `entente: cannot write the output: ${why}${error.code === undefined ? '' : ` (${error.code})`}\n`,
  )
  process.exit(EXIT.input)
})
// Nowhere is left to report a failed write of the errors themselves: the exit code says it.
process.stderr.on('error', () => process.exit(EXIT.input))

const context: Context = {
  out: { write: (text) => void process.stdout.write(text), color: colorEnabled(process.stdout, process.env) },
  err: { write: (text) => void process.stderr.write(text), color: colorEnabled(process.stderr, process.env) },
  stdin: process.stdin,
}

process.exitCode = await run(process.argv.slice(2), context)

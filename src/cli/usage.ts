/**
 * What the command line refuses, and how: a usage error (exit 2) for arguments it cannot
 * read, an input error (exit 1) for input it cannot use. Both print one line, never a stack.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { dateStringSchema } from '../index.js'

/** The exit codes of `entente`. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const

/** The arguments cannot be read: an unknown command or option, a missing argument, a bad date. */
export class UsageError extends Error {
  /**
   * @param message - what is wrong with the arguments
   * @param command - the command whose help to point to, if any
   */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * The input cannot be used: a file that cannot be read or holds bad events, an actor or a
 * proposal it does not hold. Each line names one problem.
 */
export class InputError extends Error {
  /** The problems, one a line. */
  readonly lines: readonly string[]

  /** @param problems - what is wrong with the input: one problem, or several */
  constructor(problems: string | readonly string[]) {
    const lines = typeof problems === 'string' ? [problems] : problems
    super(lines.join('\n'))
    this.name = 'InputError'
    this.lines = lines
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/** The parsed arguments of a command: option values and positionals, or a request for help. */
export interface Parsed<O extends Options> {
  readonly values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']
  readonly positionals: readonly string[]
  readonly help: boolean
}

/**
 * Parses a command's arguments with `util.parseArgs`, adding `-h/--help`, and turns its
 * errors into usage errors that name the option at fault.
 *
 * @param command - the command's name, for the help pointer
 * @param args - the arguments after the command's name
 * @param options - the command's options
 */
export function parseCommand<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
    const { help, ...rest } = values as Record<string, unknown>
    return { values: rest as Parsed<O>['values'], positionals, help: help === true }
  } catch (error) {
    throw new UsageError(describeParseError(error), command)
  }
}

function describeParseError(error: unknown): string {
  if (!(error instanceof Error)) throw error
  const code = (error as Error & { code?: string }).code
  const quoted = /'([^']+)'/.exec(error.message)?.[1]
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? error.message}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument is ambiguous/.test(error.message) && quoted !== undefined
        ? `${quoted} needs a value (write ${quoted}=VALUE for a value that starts with "-")`
        : /argument missing/.test(error.message) && quoted !== undefined
          ? `${quoted.replace(/ <value>$/, '')} needs a value`
          : /does not take an argument/.test(error.message) && quoted !== undefined
            ? `${quoted} does not take a value`
            : error.message
    default:
      if (code?.startsWith('ERR_PARSE_ARGS') === true) return error.message
      throw error
  }
}

/**
 * Checks a date given to an option (`--at`, `--known-on`, `--from`, `--to`) by the library's
 * own rules, so a bad date is a usage error before any file is read.
 *
 * @param command - the command's name
 * @param option - the option's name, as typed (`--at`)
 * @param value - the date given
 * @returns the date, unchanged
 */
export function checkDate(command: string, option: string, value: string): string {
  const result = dateStringSchema.safeParse(value)
  if (result.success) return value
  throw new UsageError(`${option}: ${result.error.issues[0]?.message ?? `"${value}" is not a date`}`, command)
}

/**
 * Checks that a command got exactly the positionals it needs.
 *
 * @param command - the command's name
 * @param positionals - what it got
 * @param names - what it needs, by name (`FILE`, `A`, `B`)
 */
export function expectPositionals(command: string, positionals: readonly string[], names: readonly string[]): void {
  if (positionals.length < names.length)
    throw new UsageError(`missing ${names.slice(positionals.length).join(' ')}`, command)
  if (positionals.length > names.length) {
    throw new UsageError(
      `unexpected argument${positionals.length - names.length > 1 ? 's' : ''} ${positionals
        .slice(names.length)
        .map((p) => JSON.stringify(p))
        .join(' ')}`,
      command,
    )
  }
}

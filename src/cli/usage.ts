/**
 * Reading a command's arguments: options by `util.parseArgs`, dates by the library's rules,
 * positionals by count. What it refuses is a {@link UsageError} (exit 2).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { dateStringSchema, toInterval } from '../index.js'
import { didYouMean } from '../suggest.js'
import { UsageError } from './exit.js'

export { EXIT, InputError, UsageError } from './exit.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** The parsed arguments of a command: option values and positionals, or a request for help. */
export interface Parsed<O extends Options> {
  readonly values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']
  readonly positionals: readonly string[]
  readonly help: boolean
}

/**
 * Parses a command's arguments with `util.parseArgs`, adding `-h/--help`, and turns its
 * errors into usage errors that name the option at fault (with the option it was likely meant
 * to be, for a misspelt one). An option that takes one value may be given once.
 *
 * @param command - the command's name, for the help pointer
 * @param args - the arguments after the command's name
 * @param options - the command's options
 * @returns the option values and positionals, and whether help was asked for
 */
export function parseCommand<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } }
  let parsed: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true; strict: true; tokens: true }>>
  try {
    parsed = parseArgs({ args: [...args], options: all, allowPositionals: true, strict: true, tokens: true })
  } catch (error) {
    throw new UsageError(describeParseError(error, all), command)
  }
  // parseArgs keeps the last of repeated values silently: `--at 2023 --at 2024` would answer about 2024.
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || all[token.name]?.type !== 'string' || all[token.name]?.multiple === true) continue
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} is given more than once; give it once`, command)
    seen.add(token.name)
  }
  const { help, ...rest } = parsed.values as Record<string, unknown>
  return { values: rest as Parsed<O>['values'], positionals: parsed.positionals, help: help === true }
}

function describeParseError(error: unknown, options: Options): string {
  if (!(error instanceof Error)) throw error
  const code = (error as Error & { code?: string }).code
  const quoted = /'([^']+)'/.exec(error.message)?.[1]
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const option = quoted ?? error.message
      const known = Object.keys(options).map((name) => `--${name}`)
      return `unknown option ${option}${option.startsWith('--') ? didYouMean(option, known) : ''}`
    }
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

/**
 * Refuses a range whose start comes after its end (`--from 2024 --to 2023`): it would match
 * nothing, or only what spans the gap, and look like an empty answer. A range within one day
 * (`--from 2023-07-12 --to 2023-07-12`) is that day.
 *
 * @param command - the command's name
 * @param from - the start, as given to `--from` (already checked)
 * @param to - the end, as given to `--to` (already checked)
 */
export function checkRange(command: string, from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined) return
  if (toInterval(from).start >= toInterval(to).end)
    throw new UsageError(`--from ${from} is after --to ${to}: give the earlier date to --from`, command)
}

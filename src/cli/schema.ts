/**
 * `entente schema [KIND]`: the JSON Schema of an event, or of one kind, generated from the
 * same zod schemas that validate the log, so the two can never disagree.
 */
import { z } from 'zod'
import { type EventKind, eventSchema, KINDS, kindSchemas } from '../index.js'
import { wrapList } from './format.js'
import type { Context } from './io.js'
import { EXIT, expectPositionals, parseCommand, UsageError } from './usage.js'

/** The help of `entente schema`. */
export const help = `Usage: entente schema [KIND]

Prints the JSON Schema (draft 2020-12) of an event of any kind, or of one kind. It
describes events as they may be written: fields that have defaults are optional.

Kinds:
${wrapList(KINDS, 2, 88).join('\n')}

Options:
  -h, --help  Show this help

Example:
  entente schema meeting > meeting.schema.json
`

/**
 * Runs `entente schema`.
 *
 * @param args - the arguments after `schema`
 * @param context - the streams
 * @returns the exit code
 */
export function schema(args: readonly string[], context: Context): Promise<number> {
  const { positionals, help: wantsHelp } = parseCommand('schema', args, {})
  if (wantsHelp) {
    context.out.write(help)
    return Promise.resolve(EXIT.ok)
  }
  if (positionals.length > 1) expectPositionals('schema', positionals, ['KIND'])
  const kind = positionals[0]
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown kind "${kind}"; the kinds are ${KINDS.join(', ')}`, 'schema')
  }
  const source = kind === undefined ? eventSchema : kindSchemas[kind as EventKind]
  context.out.write(`${JSON.stringify(z.toJSONSchema(source, { io: 'input' }), null, 2)}\n`)
  return Promise.resolve(EXIT.ok)
}

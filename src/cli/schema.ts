/**
 * `entente schema [KIND]`: the JSON Schema of an event, or of one kind. It prints the schemas the
 * package publishes in docs/schema, which are generated from the same zod schemas that validate
 * the log; where they are missing, it generates them from the zod schemas itself.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { type EventKind, eventSchema, KINDS, kindSchemas } from '../index.js'
import { didYouMean } from '../suggest.js'
import { wrapList } from './format.js'
import type { Context } from './io.js'
import { EXIT, expectPositionals, parseCommand, UsageError } from './usage.js'

/** The help of `entente schema`. */
export const help = `Usage: entente schema [KIND]

Prints the JSON Schema (draft 2020-12) of an event of any kind, or of one kind, as
published in the package's docs/schema. It describes events as they may be written:
fields that have defaults are optional.

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
    throw new UsageError(
      `unknown kind "${kind}"${didYouMean(kind, KINDS)}; the kinds are ${KINDS.join(', ')}`,
      'schema',
    )
  }
  context.out.write(published(`${kind ?? 'event'}.schema.json`) ?? generated(kind as EventKind | undefined))
  return Promise.resolve(EXIT.ok)
}

/** A schema file of docs/schema, two levels up from src/cli or dist/cli; undefined if absent. */
function published(file: string): string | undefined {
  try {
    return readFileSync(new URL(`../../docs/schema/${file}`, import.meta.url), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function generated(kind: EventKind | undefined): string {
  const source = kind === undefined ? eventSchema : kindSchemas[kind]
  return `${JSON.stringify(z.toJSONSchema(source, { io: 'input' }), null, 2)}\n`
}

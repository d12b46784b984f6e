/** `entente validate FILE...`: check timelines, and report every problem or a summary of each. */
import { type Timeline, toInterval } from '../index.js'
import { visible } from './format.js'
import { type Context, checkStdinOnce, displayName, readTimeline } from './io.js'
import { EXIT, InputError, parseCommand, UsageError } from './usage.js'

/** The help of `entente validate`. */
export const help = `Usage: entente validate FILE...

Checks each timeline (NDJSON, one event a line; "-" reads standard input): every event
against the schema of its kind, ids unique, actors declared before they are used, and
corrections, retractions and positions naming events the log holds.

Prints every problem found, on standard error, as
  entente: FILE:LINE: event "ID": path: message
and exits with 1; or prints one line for each file (events, actors declared, the dates
the events occurred between) and exits with 0.

Options:
  -h, --help  Show this help
`

/**
 * Runs `entente validate`.
 *
 * @param args - the arguments after `validate`
 * @param context - the streams
 * @returns the exit code
 */
export async function validate(args: readonly string[], context: Context): Promise<number> {
  const { positionals: files, help: wantsHelp } = parseCommand('validate', args, {})
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  if (files.length === 0) throw new UsageError('missing FILE', 'validate')
  checkStdinOnce(files, 'validate')
  let failed = false
  for (const file of files) {
    try {
      const timeline = await readTimeline(file, context, { collectErrors: true })
      context.out.write(`${summary(file, timeline)}\n`)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      failed = true
      context.err.write(error.lines.map((line) => `entente: ${visible(line)}\n`).join(''))
    }
  }
  return failed ? EXIT.input : EXIT.ok
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** One line about a valid timeline: `FILE: 146 events, 58 actors declared, occurred 1949-04-04 to 2023-07-14`. */
function summary(file: string, timeline: Timeline): string {
  let first: string | undefined
  let last: string | undefined
  let actors = 0
  for (const event of timeline.events) if (event.kind === 'actor') actors++
  // Dates as the log knows them: corrected, and without retracted events.
  for (const { event } of timeline.chronology()) {
    const { start, end } = toInterval(event.occurred)
    if (first === undefined || start < first) first = start
    if (last === undefined || end > last) last = end
  }
  const parts = [count(timeline.version, 'event'), `${count(actors, 'actor')} declared`]
  if (first !== undefined && last !== undefined)
    parts.push(`occurred ${first.slice(0, 10)} to ${new Date(Date.parse(last) - 1).toISOString().slice(0, 10)}`)
  return `${displayName(file)}: ${parts.join(', ')}`
}

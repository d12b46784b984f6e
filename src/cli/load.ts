/** `entente load FILE --db DB`: store a timeline in a database, embedded or on a server. */
import { type Context, displayName, readTimeline } from './io.js'
import { EXIT, parseCommand, UsageError } from './usage.js'

/** The help of `entente load`. */
export const help = `Usage: entente load FILE --db DB

Reads a timeline (NDJSON, one event a line; "-" reads standard input), checks it as
"entente validate" does, and stores the events the database does not hold yet, in one
transaction: all of them or, on any problem, none.

DB is a folder for an embedded PostgreSQL (PGlite; made if missing; needs the package
@electric-sql/pglite) or a postgres:// URL for a server (needs the package pg). The
database must hold an entente log made from the same events so far, or nothing.

Then ask it questions with --db in place of a FILE:
  entente project --db ./log JPN NATO --at 2023-07-12

Options:
  --db DB     Where to store (required)
  -h, --help  Show this help
`

/**
 * Runs `entente load`.
 *
 * @param args - the arguments after `load`
 * @param context - the streams
 * @returns the exit code
 */
export async function load(args: readonly string[], context: Context): Promise<number> {
  const { positionals, values, help: wantsHelp } = parseCommand('load', args, { db: { type: 'string' } })
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  const [file, ...extra] = positionals
  if (file === undefined) throw new UsageError('missing FILE', 'load')
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]!}"`, 'load')
  const db = values.db as string | undefined
  if (db === undefined) throw new UsageError('missing --db: a folder or a postgres:// URL', 'load')
  const timeline = await readTimeline(file, context)
  const { PostgresLog } = await import('../postgres/index.js')
  const log = await PostgresLog.open(db)
  try {
    const before = await log.storedVersion()
    const stored = await log.append(timeline.events)
    context.out.write(
      `${displayName(file)}: ${stored.version - before} events stored in ${db} (${stored.version} in all)\n`,
    )
  } finally {
    await log.close()
  }
  return EXIT.ok
}

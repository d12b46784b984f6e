/**
 * `entente import FORMAT FILE`: reads GDELT, ICEWS or PLOVER rows and writes them as NDJSON
 * events, or appends them to a stored log (`--db`) a batch a transaction, with a summary (and,
 * on a terminal, a progress bar) on standard error.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import {
  BadRowError,
  IMPORT_FORMATS,
  type ImportDiagnostic,
  type ImportFormat,
  type ImportRun,
  type ImportSummary,
  importEvents,
  type UnknownActors,
} from '../import/index.js'
import { EntenteError, type Timeline } from '../index.js'
import type { Citation } from '../model/citation.js'
import type { PostgresLog } from '../postgres/index.js'
import { visible } from './format.js'
import { type Context, displayName, readTimeline } from './io.js'
import { checkDate, EXIT, expectPositionals, InputError, parseCommand, UsageError } from './usage.js'

/** The help of `entente import`. */
export const help = `Usage: entente import FORMAT FILE [options]

Reads the rows of a machine-coded event dataset and writes them as events (NDJSON, one
event a line): a "coded" event for each row, keeping its code, quad class, Goldstein
value, actors, counts, place and source, and an "actor" event declaring each actor
before its first use. FORMAT is one of:
  gdelt    GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns) event rows, tab-separated
  icews    ICEWS coded event data: 20 tab-separated columns under a header row
  plover   PLOVER records (as POLECAT codes them): JSON lines, or a JSON array
FILE "-" reads standard input.

Every row is written, merged or skipped; a row that cannot be imported is reported
with its line and the import goes on (or stops, with --strict). The summary (rows read,
written, merged, skipped by reason, warnings) goes to standard error.

With --db, the events are appended to a stored log (as "entente load" stores a file),
a batch at a time, each batch in one transaction: all of it or none. Actors and
citations the log holds already are not given again. If the import stops (a bad row
under --strict, an event the log refuses, another writer), the batches before are kept
and nothing of the batch at fault is stored.

Options:
  -o, --out FILE             Write the events to FILE (replaced only once the import
                             succeeds) instead of standard output
      --db DB                Append the events to the log in DB: a folder (PGlite) or a
                             postgres:// URL, as for "entente load"
      --batch N              With --db, how many events a transaction holds (default 5000)
      --strict               Stop at the first row that cannot be imported (exit 1)
      --merge                Merge rows that say the same thing (same day, actors, code,
                             Goldstein value and source), keeping every row's id and
                             summing their counts
      --unknown-actors WHAT  For actors the code tables do not know: declare (default),
                             skip (their rows), or error (stop)
      --skip-one-sided       Skip rows that name only one side
      --declared FILE        A timeline whose actors are declared already: they are not
                             declared again (to append the output to it)
      --release-title TEXT   The title of the release, cited by every event
      --release-date DATE    The date of the release (default: the first row's day)
      --verbose              Report every skipped row and every warning, not the first 20
  -h, --help                 Show this help
`

/** How many skipped rows are reported one by one without --verbose. */
const SHOWN = 20

/**
 * Runs `entente import`.
 *
 * @param args - the arguments after `import`
 * @param context - the streams
 * @returns the exit code
 */
export async function importCommand(args: readonly string[], context: Context): Promise<number> {
  const {
    values,
    positionals,
    help: wantsHelp,
  } = parseCommand('import', args, {
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
    batch: { type: 'string' },
    strict: { type: 'boolean' },
    merge: { type: 'boolean' },
    'unknown-actors': { type: 'string' },
    'skip-one-sided': { type: 'boolean' },
    declared: { type: 'string' },
    'release-title': { type: 'string' },
    'release-date': { type: 'string' },
    verbose: { type: 'boolean' },
  })
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  expectPositionals('import', positionals, ['FORMAT', 'FILE'])
  const [format, file] = positionals as [string, string]
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`"${format}" is not a format: use ${IMPORT_FORMATS.join(', ')}`, 'import')
  const unknown = values['unknown-actors'] ?? 'declare'
  if (!['declare', 'skip', 'error'].includes(unknown))
    throw new UsageError(`--unknown-actors: "${unknown}" is not declare, skip or error`, 'import')
  if (values['release-date'] !== undefined) checkDate('import', '--release-date', values['release-date'])
  if (values.out !== undefined && values.out === values.declared)
    throw new UsageError(
      '--out and --declared name the same file: write the import elsewhere, then join them',
      'import',
    )
  if (values.db !== undefined && values.out !== undefined)
    throw new UsageError('--out and --db: write the events to a file or to a database, not both', 'import')
  if (values.db !== undefined && values.declared !== undefined)
    throw new UsageError('--declared and --db: the actors the database holds are not declared again', 'import')
  if (values.batch !== undefined && values.db === undefined)
    throw new UsageError('--batch: only with --db (it sets how many events a transaction holds)', 'import')
  const batchSize = values.batch === undefined ? 5000 : Number(values.batch)
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1_000_000)
    throw new UsageError(`--batch: "${values.batch}" is not a whole number from 1 to 1000000`, 'import')
  const target = values.db === undefined ? undefined : await openLog(values.db)
  try {
    return await runImport(format as ImportFormat, file, values, context, target, batchSize)
  } finally {
    await target?.log.close()
  }
}

/** The options of `entente import`, as read. */
interface Values {
  out?: string | undefined
  db?: string | undefined
  strict?: boolean | undefined
  merge?: boolean | undefined
  'unknown-actors'?: string | undefined
  'skip-one-sided'?: boolean | undefined
  declared?: string | undefined
  'release-title'?: string | undefined
  'release-date'?: string | undefined
  verbose?: boolean | undefined
}

/** A stored log the events are appended to, and the timeline it held when the import began. */
interface Target {
  readonly log: PostgresLog
  readonly timeline: Timeline
}

async function openLog(db: string): Promise<Target> {
  const { PostgresLog } = await import('../postgres/index.js')
  const log = await PostgresLog.open(db)
  try {
    return { log, timeline: await log.timeline() }
  } catch (error) {
    await log.close()
    throw error
  }
}

async function runImport(
  format: ImportFormat,
  file: string,
  values: Values,
  context: Context,
  target: Target | undefined,
  batchSize: number,
): Promise<number> {
  const unknown = values['unknown-actors'] ?? 'declare'
  const releaseDate =
    values['release-date'] === undefined ? undefined : checkDate('import', '--release-date', values['release-date'])
  const stored = target?.timeline.events
  const declared =
    stored !== undefined
      ? stored.filter((e) => e.kind === 'actor').map((e) => e.actors[0]!)
      : values.declared === undefined
        ? undefined
        : (await readTimeline(values.declared, context)).events
            .filter((e) => e.kind === 'actor')
            .map((e) => e.actors[0]!)
  const citations =
    stored === undefined
      ? undefined
      : stored.flatMap((e) => e.sources.filter((s): s is Citation => typeof s !== 'string'))
  const name = displayName(file)
  let shown = 0
  const verbose = values.verbose === true
  const progress = Progress.start(file, context)
  const onDiagnostic = (d: ImportDiagnostic): void => {
    if (d.severity === 'merged') return
    if (!verbose && (d.severity === 'warning' || ++shown > SHOWN)) return
    progress.clear()
    // Messages quote the row, which may hold anything: control characters are shown escaped.
    context.err.write(`${visible(name)}:${d.line}: ${d.severity} (${d.reason}): ${visible(d.message)}\n`)
  }
  const source: { stream: AsyncIterable<string | Uint8Array>; close?: () => Promise<void> } =
    file === '-' ? { stream: context.stdin } : await openSource(file, progress)
  const run = importEvents(format, source.stream, {
    unknownActors: unknown as UnknownActors,
    strict: values.strict === true,
    merge: values.merge === true,
    skipOneSided: values['skip-one-sided'] === true,
    ...(declared === undefined ? {} : { declared }),
    ...(citations === undefined ? {} : { citations }),
    ...(values['release-title'] === undefined && releaseDate === undefined
      ? {}
      : {
          release: {
            ...(values['release-title'] === undefined ? {} : { title: values['release-title'] }),
            ...(releaseDate === undefined ? {} : { published: releaseDate }),
          },
        }),
    onDiagnostic,
  })
  if (target !== undefined) {
    await store(run, target, batchSize, name, values.db!, progress, context).finally(() => source.close?.())
  } else {
    await writeOut(run, values.out, name, progress, context).finally(() => source.close?.())
  }
  progress.clear()
  const summary = run.summary
  if (!verbose && shown > SHOWN)
    context.err.write(`${visible(name)}: ${shown - SHOWN} more skipped rows not shown (--verbose shows them)\n`)
  context.err.write(`${summaryLine(visible(name), summary)}\n`)
  return EXIT.ok
}

/** Writes the events as NDJSON to a file (replaced only once all is written) or standard output. */
async function writeOut(
  run: ImportRun,
  out: string | undefined,
  name: string,
  progress: Progress,
  context: Context,
): Promise<void> {
  const temporary = out === undefined ? undefined : `${out}.${process.pid}.partial`
  const sink = temporary === undefined ? undefined : createWriteStream(temporary)
  try {
    for await (const batch of run.batches()) {
      let lines = ''
      for (const event of batch) lines += `${JSON.stringify(event)}\n`
      await write(lines, sink, context)
      progress.update(run.summary.rows)
    }
    if (sink !== undefined) await close(sink)
    if (temporary !== undefined && out !== undefined) await rename(temporary, out)
  } catch (error) {
    if (sink !== undefined) {
      // Writes still queued fail once the stream is destroyed: the file they were for is removed.
      sink.on('error', () => {})
      sink.destroy()
      await rm(temporary!, { force: true })
    }
    throw failure(error, name, progress)
  }
}

/**
 * Appends the events to a stored log, `size` events a transaction, each at the version the
 * one before left (so another writer in between stops the import rather than interleaving).
 */
async function store(
  run: ImportRun,
  target: Target,
  size: number,
  name: string,
  db: string,
  progress: Progress,
  context: Context,
): Promise<void> {
  const before = target.timeline.version
  let version = before
  // An event the log holds already (an import run again, or resumed) is not stored twice.
  let there = 0
  let pending: unknown[] = []
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const events = pending
    pending = []
    version = (await target.log.append(events, { expectedVersion: version })).version
  }
  try {
    for await (const batch of run.batches()) {
      for (const event of batch) {
        if (target.timeline.get(event.id) !== undefined) {
          there++
          continue
        }
        pending.push(event)
        if (pending.length >= size) await flush()
      }
      progress.update(run.summary.rows)
    }
    await flush()
  } catch (error) {
    const kept =
      version === before
        ? 'nothing was stored'
        : `the ${version - before} events of the batches before are stored (${version} in all)`
    throw failure(error, name, progress, `; ${kept}`)
  }
  progress.clear()
  const already = there === 0 ? '' : `; ${there} already there`
  context.out.write(
    `${visible(name)}: ${version - before} events stored in ${visible(db)} (${version} in all)${already}\n`,
  )
}

/** The error an import stops with, saying where (the row's line) and, when storing, what was kept. */
function failure(error: unknown, name: string, progress: Progress, kept = ''): unknown {
  progress.clear()
  if (error instanceof BadRowError)
    return new InputError(`${name}:${error.line}: ${error.message.replace(/^line \d+: /, '')}${kept}`)
  if (error instanceof EntenteError) return new InputError(`${name}: ${error.message}${kept}`)
  return error
}

/** The summary: `FILE: 1000 rows: 990 written, 5 merged, 5 skipped (column-count 3, bad-date 2); ...`. */
export function summaryLine(name: string, s: Readonly<ImportSummary>): string {
  const by = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ')
  const skipped = s.skipped === 0 ? '0 skipped' : `${s.skipped} skipped (${by(s.skippedBy)})`
  const warnings = Object.keys(s.warnings).length === 0 ? '' : `; warnings: ${by(s.warnings)}`
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  return `${name}: ${count(s.rows, 'row')}: ${s.written} written, ${s.merged} merged, ${skipped}; ${count(s.events, 'event')}, ${count(s.actors, 'actor')} declared${warnings}`
}

async function write(text: string, sink: Writable | undefined, context: Context): Promise<void> {
  if (text === '') return
  if (sink === undefined) {
    context.out.write(text)
    return
  }
  // `once` rejects on 'error' and removes both listeners whichever comes: a listener left for
  // each batch that waited piled up, with a warning, and held every batch's promise.
  if (!sink.write(text)) await once(sink, 'drain')
}

function close(sink: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    sink.once('error', reject)
    sink.end(resolve)
  })
}

/** Opens a file to read as a stream, counting the bytes read for the progress bar. */
async function openSource(
  file: string,
  progress: Progress,
): Promise<{ stream: AsyncIterable<Uint8Array>; close?: () => Promise<void> }> {
  try {
    const handle = await open(file, 'r')
    progress.total = (await stat(file)).size
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: 1 << 20 })
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        progress.bytes += chunk.length
        yield chunk
      }
    }
    return { stream: counted(), close: () => handle.close() }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`)
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory, not a file`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${file}: permission denied`)
    throw error
  }
}

/** A progress bar on standard error, drawn only when it is a terminal. */
class Progress {
  total = 0
  bytes = 0
  private drawn = false
  private last = 0

  private constructor(private readonly context: Context | undefined) {}

  static start(_file: string, context: Context): Progress {
    return new Progress(process.stderr.isTTY === true ? context : undefined)
  }

  update(rows: number): void {
    if (this.context === undefined) return
    const now = Date.now()
    if (now - this.last < 200) return
    this.last = now
    const share = this.total > 0 ? Math.min(1, this.bytes / this.total) : undefined
    const bar =
      share === undefined ? '' : `[${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${Math.floor(share * 100)}% `
    this.context.err.write(`\r${bar}${rows.toLocaleString('en-US')} rows`)
    this.drawn = true
  }

  clear(): void {
    if (!this.drawn || this.context === undefined) return
    this.context.err.write('\r\u001b[K')
    this.drawn = false
  }
}

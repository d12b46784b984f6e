/**
 * `entente import FORMAT FILE`: reads GDELT, ICEWS or PLOVER rows and writes them as NDJSON
 * events, with a summary (and, on a terminal, a progress bar) on standard error.
 */
import { createWriteStream } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import {
  BadRowError,
  IMPORT_FORMATS,
  type ImportDiagnostic,
  type ImportFormat,
  type ImportSummary,
  importEvents,
  type UnknownActors,
} from '../import/index.js'
import { EntenteError } from '../index.js'
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

Options:
  -o, --out FILE             Write the events to FILE (replaced only once the import
                             succeeds) instead of standard output
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
  const releaseDate =
    values['release-date'] === undefined ? undefined : checkDate('import', '--release-date', values['release-date'])
  if (values.out !== undefined && values.out === values.declared)
    throw new UsageError(
      '--out and --declared name the same file: write the import elsewhere, then join them',
      'import',
    )

  const declared =
    values.declared === undefined
      ? undefined
      : (await readTimeline(values.declared, context)).events.filter((e) => e.kind === 'actor').map((e) => e.actors[0]!)
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
  const run = importEvents(format as ImportFormat, source.stream, {
    unknownActors: unknown as UnknownActors,
    strict: values.strict === true,
    merge: values.merge === true,
    skipOneSided: values['skip-one-sided'] === true,
    ...(declared === undefined ? {} : { declared }),
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
  const target = values.out
  const temporary = target === undefined ? undefined : `${target}.${process.pid}.partial`
  const sink = temporary === undefined ? undefined : createWriteStream(temporary)
  try {
    let batch = ''
    let count = 0
    for await (const event of run) {
      batch += `${JSON.stringify(event)}\n`
      if (++count % 1000 === 0) {
        await write(batch, sink, context)
        batch = ''
        progress.update(run.summary.rows)
      }
    }
    await write(batch, sink, context)
    if (sink !== undefined) await close(sink)
    if (temporary !== undefined && target !== undefined) await rename(temporary, target)
  } catch (error) {
    if (sink !== undefined) {
      sink.destroy()
      await rm(temporary!, { force: true })
    }
    progress.clear()
    if (error instanceof BadRowError)
      throw new InputError(`${name}:${error.line}: ${error.message.replace(/^line \d+: /, '')}`)
    if (error instanceof EntenteError) throw new InputError(`${name}: ${error.message}`)
    throw error
  } finally {
    await source.close?.()
  }
  progress.clear()
  const summary = run.summary
  if (!verbose && shown > SHOWN)
    context.err.write(`${visible(name)}: ${shown - SHOWN} more skipped rows not shown (--verbose shows them)\n`)
  context.err.write(`${summaryLine(visible(name), summary)}\n`)
  return EXIT.ok
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
  if (!sink.write(text))
    await new Promise<void>((resolve, reject) => {
      sink.once('drain', resolve)
      sink.once('error', reject)
    })
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

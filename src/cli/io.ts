/**
 * Where the command line reads and writes: a timeline from a file or standard input (`-`),
 * streamed so that a large log never has to fit in memory as text, and the two output streams.
 */
import { open } from 'node:fs/promises'
import { formatIssue } from '../errors.js'
import { EntenteError, type ReadOptions, Timeline, ValidationError } from '../index.js'
import { InputError, UsageError } from './exit.js'
import { type colorEnabled, visible } from './format.js'

/** One output stream, and whether it may be coloured. */
export interface Output {
  write(text: string): void
  /** Whether to colour (see {@link colorEnabled}). */
  readonly color: boolean
}

/** Everything a command touches outside itself. */
export interface Context {
  readonly out: Output
  readonly err: Output
  readonly stdin: AsyncIterable<string | Uint8Array>
}

/** The name a file is reported under: the path as given, or `<stdin>` for `-`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file
}

/**
 * Reads a timeline from a file, or from standard input when the file is `-`. Errors of the
 * file system and problems in the content become an {@link InputError} naming the file, one
 * problem a line. An empty input is a warning on standard error, not an error.
 *
 * @param file - a path, or `-`
 * @param context - where standard input comes from
 * @param options - how to read (e.g. `collectErrors`)
 */
export async function readTimeline(file: string, context: Context, options: ReadOptions = {}): Promise<Timeline> {
  const timeline = await readAny(file, context, options)
  // An empty file is a valid, empty log; but it is more often a wrong path or a failed export than a choice.
  if (timeline.version === 0)
    context.err.write(`entente: warning: ${visible(displayName(file))} is empty: it holds no events\n`)
  return timeline
}

async function readAny(file: string, context: Context, options: ReadOptions): Promise<Timeline> {
  if (file === '-') {
    try {
      return await Timeline.readNdjson(context.stdin, options)
    } catch (error) {
      throw asInputError(file, error)
    }
  }
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw asInputError(file, error)
  }
  try {
    return await Timeline.readNdjson(handle.createReadStream({ autoClose: false }), options)
  } catch (error) {
    throw asInputError(file, error)
  } finally {
    await handle.close()
  }
}

/** Refuses a second `-`: standard input can be read only once. */
export function checkStdinOnce(files: readonly string[], command: string): void {
  if (files.filter((file) => file === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once', command)
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
}

function asInputError(file: string, error: unknown): unknown {
  const found = problems(file, error)
  if (found !== undefined) return new InputError(found)
  if (error instanceof EntenteError || !(error instanceof Error)) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === undefined || !/^E[A-Z0-9]+$/.test(code)) return error
  return new InputError(`${displayName(file)}: ${FS_ERRORS[code] ?? error.message}`)
}

/**
 * The problems an error of the library found in a file, one line each, as
 * `FILE:LINE: event "ID": path: message` (parts that are unknown are left out); undefined
 * for an error that is not about the input.
 */
function problems(file: string, error: unknown): string[] | undefined {
  const name = displayName(file)
  if (error instanceof ValidationError) {
    return error.issues.map(
      ({ line, ...issue }) => `${name}${line === undefined ? '' : `:${line}`}: ${formatIssue(issue)}`,
    )
  }
  if (error instanceof EntenteError && error.code !== 'invalid-argument') {
    const line = (error as EntenteError & { line?: number }).line
    return [`${name}${line === undefined ? '' : `:${line}`}: ${error.message.replace(/^line \d+: /, '')}`]
  }
  return undefined
}

/**
 * Node helpers: read a timeline from a file on disk, streaming.
 *
 * @packageDocumentation
 */
import { createReadStream } from 'node:fs'
import { ValidationError } from './errors.js'
import { type ReadOptions, Timeline } from './log/timeline.js'
import type { EventBase } from './model/envelope.js'
import type { DiplomaticEvent } from './model/event.js'

/**
 * Reads a timeline from an NDJSON file, streaming it with bounded memory. A file ending in
 * `.json` is read as a JSON array instead.
 *
 * @param path - the file's path
 * @param options - vocabulary, limits, and whether to collect every error
 * @returns a promise of the timeline
 * @throws `ValidationError` (with line numbers) or another `EntenteError` for bad input; the file system's error for a missing file
 * @example
 * ```ts
 * import { readTimelineFile } from 'entente-timeline/node'
 *
 * const timeline = await readTimelineFile('fixtures/vilnius-2023.ndjson')
 * console.log(timeline.version)
 * ```
 */
export async function readTimelineFile<E extends EventBase = DiplomaticEvent>(
  path: string,
  options: ReadOptions<E> = {},
): Promise<Timeline<E>> {
  if (path.endsWith('.json')) {
    const { readFile } = await import('node:fs/promises')
    // Decoded strictly, as NDJSON streams are: reading as 'utf8' would put U+FFFD for invalid
    // bytes and load the damaged text as if it were what the file said.
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path))
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      throw new ValidationError([{ path: [], message: 'is not valid UTF-8' }], { cause: error })
    }
    return Timeline.fromJson(text, options)
  }
  return Timeline.readNdjson(createReadStream(path), options)
}

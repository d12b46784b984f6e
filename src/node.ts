/**
 * Node helpers: read a timeline from a file on disk, streaming.
 *
 * @packageDocumentation
 */
import { createReadStream } from 'node:fs'
import type { DiplomaticEvent } from './model/event.js'
import type { EventBase } from './model/envelope.js'
import { Timeline, type ReadOptions } from './log/timeline.js'

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
 * import { readTimelineFile } from 'entente/node'
 *
 * const timeline = await readTimelineFile('fixtures/vilnius-2023.ndjson')
 * console.log(timeline.version)
 * ```
 */
export async function readTimelineFile<E extends EventBase = DiplomaticEvent>(path: string, options: ReadOptions<E> = {}): Promise<Timeline<E>> {
  if (path.endsWith('.json')) {
    const { readFile } = await import('node:fs/promises')
    return Timeline.fromJson(await readFile(path, 'utf8'), options)
  }
  return Timeline.readNdjson(createReadStream(path), options)
}

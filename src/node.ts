/**
 * Node helpers: read a timeline from a file on disk, streaming, and find the fixtures that ship
 * with the package.
 *
 * @packageDocumentation
 * @module entente-timeline/node
 */
import { createReadStream } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InvalidArgumentError, ValidationError } from './errors.js'
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
      throw new ValidationError([{ code: 'invalid-encoding', path: [], message: 'is not valid UTF-8' }], {
        cause: error,
      })
    }
    return Timeline.fromJson(text, options)
  }
  return Timeline.readNdjson(createReadStream(path), options)
}

/**
 * The fixtures that ship with the package, by name: real, sourced timelines to try questions on.
 *
 * @example
 * ```ts
 * import { FIXTURES } from 'entente-timeline/node'
 *
 * console.log(FIXTURES) //=> [ 'vilnius-2023' ]
 * ```
 */
export const FIXTURES = Object.freeze(['vilnius-2023'] as const)

/**
 * The name of a fixture that ships with the package.
 *
 * @example
 * ```ts
 * import { type FixtureName, fixturePath } from 'entente-timeline/node'
 *
 * const name: FixtureName = 'vilnius-2023'
 * fixturePath(name).endsWith('fixtures/vilnius-2023.ndjson') //=> true
 * ```
 */
export type FixtureName = (typeof FIXTURES)[number]

/**
 * The absolute path of a fixture that ships with the package, wherever the package is installed,
 * so that nobody spells out `node_modules`. The file is also exported as
 * `entente-timeline/fixtures/NAME.ndjson` for tools that resolve package paths.
 *
 * @param name - the fixture's name, one of {@link FIXTURES}
 * @returns the path of its NDJSON file
 * @throws `InvalidArgumentError` for a name that is not a fixture
 * @example
 * ```ts
 * import { fixturePath, readTimelineFile } from 'entente-timeline/node'
 *
 * const timeline = await readTimelineFile(fixturePath('vilnius-2023'))
 * console.log(timeline.get('summit-nato-vilnius-2023')?.kind) //=> summit
 * ```
 */
export function fixturePath(name: FixtureName): string {
  if (!(FIXTURES as readonly unknown[]).includes(name))
    throw new InvalidArgumentError(
      'name',
      `${JSON.stringify(name)} is not a fixture; the fixtures are ${FIXTURES.join(', ')}`,
    )
  // The fixtures folder sits beside src/ and dist/ alike, so one relative path serves both.
  return fileURLToPath(new URL(`../fixtures/${name}.ndjson`, import.meta.url))
}

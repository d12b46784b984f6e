/** The in-memory log, for those who keep events in a log of their own (a cache, a store that fills one). */
import { defaultVocabulary, type Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import type { EventLog } from './event-log.js'
import { _MemoryLog } from './store.js'

/**
 * An empty in-memory log: the implementation of `EventLog` every timeline uses by default.
 *
 * @param vocabulary - the kinds it holds, whose references and actors it indexes (the built-in ones unless given)
 * @returns an empty log, to fill with validated, frozen events and read through `Timeline.over`
 * @throws never
 * @example
 * ```ts
 * import { memoryLog, relationship, Timeline } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const log = memoryLog()
 * log.append(Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')).events)
 * Timeline.over(log).project(relationship('JPN', 'NATO'), { at: '2023-07-12' }).ties.map((tie) => tie.status)
 * //=> ['partner']
 * ```
 */
export function memoryLog<E extends EventBase = DiplomaticEvent>(
  vocabulary: Vocabulary<E> = defaultVocabulary as unknown as Vocabulary<E>,
): EventLog<E> {
  return new _MemoryLog(vocabulary)
}

/**
 * The actors a file declares, as the commands check the ones they are asked about: an id the
 * file does not declare is refused with the id it was most likely meant to be, found by its
 * spelling (`NATOO` → `NATO`) or by the name or alias it was declared with (`Japan` → `JPN`).
 */
import { type ActorKind, type Timeline, UnknownReferenceError } from '../index.js'
import { closest } from '../suggest.js'
import { InputError } from './exit.js'
import { displayName } from './io.js'

/** The declarations of a timeline, by actor id: its kind, and the names it goes by. */
export interface Declarations {
  readonly kinds: ReadonlyMap<string, ActorKind>
  /** Every name and alias, in lower case, with the id it names. */
  readonly names: ReadonlyMap<string, string>
}

/**
 * Reads the declarations as the timeline knows them: corrections applied, retracted
 * declarations left out.
 *
 * @param timeline - the timeline
 * @returns the actors it declares
 */
export function declarations(timeline: Timeline): Declarations {
  const kinds = new Map<string, ActorKind>()
  const names = new Map<string, string>()
  // Retracted declarations still count as declared, as the log's checks count them.
  for (const event of timeline.events) if (event.kind === 'actor') kinds.set(event.actors[0]!, event.actorKind)
  for (const { event } of timeline.chronology({ kinds: ['actor'] })) {
    if (event.kind !== 'actor') continue
    const id = event.actors[0]!
    kinds.set(id, event.actorKind)
    for (const name of [event.name, ...event.aliases])
      if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), id)
  }
  return { kinds, names }
}

/**
 * Refuses an actor the file does not declare, suggesting the one it was likely meant to be.
 *
 * @param declared - the file's declarations
 * @param id - the actor asked about
 * @param file - the file, as given
 * @throws {@link InputError} when the file does not declare `id`
 */
export function checkActor(declared: Declarations, id: string, file: string): void {
  if (declared.kinds.has(id)) return
  const meant = declared.names.get(id.toLowerCase()) ?? closest(id, declared.kinds.keys())
  throw new InputError(
    `${displayName(file)}: unknown actor "${id}"${meant === undefined ? '' : ` (did you mean "${meant}"?)`}`,
  )
}

/**
 * Runs a question of the library, and turns its refusal of an actor or a proposal the file
 * does not hold (an `UnknownReferenceError`) into a message about the file, with the id it was
 * likely meant to be.
 *
 * @param file - the file, as given
 * @param ask - the question
 * @returns what the question returns
 * @throws {@link InputError} when the library refuses a name the question gives
 */
export function asking<R>(file: string, ask: () => R): R {
  try {
    return ask()
  } catch (error) {
    if (!(error instanceof UnknownReferenceError) || error.projection === undefined) throw error
    const name = displayName(file)
    if (error.found !== undefined)
      throw new InputError(
        `${name}: "${error.reference}" is ${/^[aeiou]/.test(error.found) ? 'an' : 'a'} ${error.found} event, not a ${error.referenceKind}`,
      )
    const later =
      error.recordedLater === undefined
        ? ''
        : ` as known on ${error.knownOn ?? 'this version'} (the file records it at ${error.recordedLater})`
    const meant = error.suggestion === undefined ? '' : ` (did you mean "${error.suggestion}"?)`
    throw new InputError(`${name}: unknown ${error.referenceKind} "${error.reference}"${later}${meant}`)
  }
}

/**
 * The types that let the compiler check events written in code, while values of unknown type
 * (read from JSON, say) are still accepted and validated when they are appended.
 */
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEventInput, EventKind } from '../model/event.js'

/**
 * An event as it may be written for a timeline of `E`: for a built-in kind, the input of its
 * schema (fields with defaults may be left out); for a kind of one's own, its event type. A
 * misspelt or unknown field in an event literal of this type is a compile error.
 *
 * @example
 * ```ts
 * import type { EventInputOf, DiplomaticEvent } from 'entente-timeline'
 *
 * const meeting: EventInputOf<DiplomaticEvent> = {
 *   id: 'kishida-meets-stoltenberg', kind: 'meeting', occurred: '2023-07-12', recorded: '2023-07-12',
 *   actors: ['kishida-fumio', 'stoltenberg-jens'], sources: [{ id: 'nato', publisher: 'NATO', published: '2023-07-12' }],
 *   participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
 * }
 * console.log(meeting.kind)
 * //=> meeting
 * ```
 */
export type EventInputOf<E extends EventBase> = E extends { readonly kind: infer K }
  ? K extends EventKind
    ? ReadonlyInput<Extract<DiplomaticEventInput, { readonly kind: K }>>
    : E
  : never

/**
 * A value with every array and object in it read-only: what the log is given, it never changes,
 * so read-only data (`as const`) may be given as it is.
 *
 * @example
 * ```ts
 * import type { ReadonlyInput } from 'entente-timeline'
 *
 * const actors: ReadonlyInput<string[]> = ['JPN', 'NATO'] as const
 * console.log(actors.length)
 * //=> 2
 * ```
 */
export type ReadonlyInput<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyInput<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T

/**
 * `T` itself unless its type claims a built-in `kind` (then `never`): the timeline's methods
 * accept values whose type says nothing checkable (`unknown` from JSON, `object`, a `kind` of
 * type `string`, a kind of one's own) and validate them when appended, while an event whose
 * type names a built-in kind, such as an event literal, must be an {@link EventInputOf} event,
 * so that a misspelt field is a compile error.
 *
 * @example
 * ```ts
 * import type { UncheckedInput } from 'entente-timeline'
 *
 * const parsed: UncheckedInput<unknown> = JSON.parse('{"id": "x"}')
 * console.log(typeof parsed)
 * //=> object
 * ```
 */
export type UncheckedInput<T> = [T] extends [{ readonly kind: EventKind }] ? never : T

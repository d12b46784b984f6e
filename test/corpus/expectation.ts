/**
 * What a corpus file must produce, as its sidecar `<case>.expect.json` writes it: a timeline
 * with some facts, or one error with its class, code, line, event id, path and words.
 */
import type { EntenteErrorCode } from '../../src/index.js'

/** The ways a corpus file is read. */
export type CorpusReader =
  /** The file decoded as UTF-8 and given to `Timeline.fromNdjson`. */
  | 'fromNdjson'
  /** The file's bytes, in one chunk, given to `Timeline.readNdjson`. */
  | 'readNdjson'
  /** The file's bytes in 7-byte chunks (splitting lines, characters and the BOM) given to `Timeline.readNdjson`. */
  | 'readNdjson-chunked'
  /** The file given by its path to `readTimelineFile` of `entente/node`. */
  | 'readTimelineFile'
  /** The file decoded as UTF-8 and given to `Timeline.fromJson`. */
  | 'fromJson'

/** The error a file must produce. `null` means the field must be absent; an omitted field is not checked. */
export interface ExpectedError {
  /** The error's class name. */
  readonly class: 'ValidationError' | 'LimitExceededError' | 'UnknownReferenceError' | 'DuplicateEventError'
  /** Its `code`. */
  readonly code: EntenteErrorCode
  /** The 1-based line (of the first issue, for a ValidationError). */
  readonly line?: number | null
  /** The event id (of the first issue, for a ValidationError). */
  readonly eventId?: string | null
  /** The field path (of the first issue, for a ValidationError), exactly. */
  readonly path?: readonly (string | number)[]
  /** Words the error's message must contain. */
  readonly message: string
  /** For a LimitExceededError: the limit's name. */
  readonly limit?: string
  /** For an UnknownReferenceError: the missing id. */
  readonly reference?: string
  /** For an UnknownReferenceError: what it should have named. */
  readonly referenceKind?: string
}

/** Facts of the timeline a good file reads to. */
export interface ExpectedTimeline {
  /** How many events it holds. */
  readonly version: number
  /** A field of an event (as appended), by path, and its value. */
  readonly values?: readonly {
    readonly id: string
    readonly path: readonly (string | number)[]
    readonly equals: unknown
  }[]
  /** A key that must not be an own key of the object at the path in an event. */
  readonly absent?: readonly {
    readonly id: string
    readonly path: readonly (string | number)[]
    readonly key: string
  }[]
  /** Ids the timeline must not hold. */
  readonly missing?: readonly string[]
  /** The UTC instant an event's `recorded` names: known from that instant on, not a millisecond before. */
  readonly recordedAt?: readonly { readonly id: string; readonly instant: string }[]
  /** The UTC instant an event's `occurred` starts at. */
  readonly occurredFrom?: readonly { readonly id: string; readonly instant: string }[]
}

/** A sidecar: what the case is, how it is read, and what it must produce. */
export interface CorpusExpectation {
  /** What is wrong (or right) with the file, in words. */
  readonly description: string
  /** The readers the case applies to. */
  readonly readers: readonly CorpusReader[]
  /** The error every reader must throw. */
  readonly error?: ExpectedError
  /** The timeline every reader must give. */
  readonly timeline?: ExpectedTimeline
}

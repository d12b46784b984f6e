/**
 * The errors entente throws: one base class with a stable `code`, and subclasses only where a
 * caller needs more than a message.
 */

/**
 * Every code an {@link EntenteError} can carry. The docs list each with its cause and remedy.
 *
 * @example
 * ```ts
 * import { EntenteError, type EntenteErrorCode } from 'entente-timeline'
 *
 * function describe(error: unknown): EntenteErrorCode | 'unknown' {
 *   return error instanceof EntenteError ? error.code : 'unknown'
 * }
 * ```
 */
export type EntenteErrorCode =
  | 'validation'
  | 'duplicate-event'
  | 'concurrency'
  | 'unknown-reference'
  | 'limit-exceeded'
  | 'invalid-argument'
  | 'bad-row'
  | 'storage'

/**
 * The base class of every error entente throws. Catch it to handle all of them; switch on
 * `code` to tell them apart.
 *
 * @example
 * ```ts
 * import { EntenteError, parseEvent } from 'entente-timeline'
 *
 * try {
 *   parseEvent({ kind: 'meeting' })
 * } catch (error) {
 *   if (error instanceof EntenteError) console.log(error.code) // 'validation'
 * }
 * ```
 */
export class EntenteError extends Error {
  /** A stable, machine-readable code: see {@link EntenteErrorCode}. */
  readonly code: EntenteErrorCode

  /**
   * @param code - the stable code of this error
   * @param message - what went wrong, where and why
   * @param options - the underlying cause, if any
   */
  constructor(code: EntenteErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EntenteError'
    this.code = code
  }
}

/**
 * Every code a {@link ValidationIssue} can carry: what kind of problem it is, stable across
 * releases, so that a program can tell problems apart without reading messages.
 *
 * - `invalid-json`: a line (or a JSON file) is not JSON, or a JSON timeline is not an array
 * - `invalid-encoding`: the input is not UTF-8
 * - `too-deep`: a value nests deeper than the limit
 * - `required`: a field is missing
 * - `invalid-type`: a field has the wrong type
 * - `unknown-field`: a field the kind does not have
 * - `unknown-kind`: `kind` names no kind of the vocabulary
 * - `invalid-value`: a value is not one of those allowed
 * - `invalid-format`: a string of the wrong form (an id, an actor id, a currency)
 * - `invalid-date`: not a calendar date or timestamp, or a range that ends before it begins
 * - `too-small`, `too-big`: too few or too many items or characters, or a number out of range
 * - `reserved-key`: a key such as `__proto__` that input may not use
 * - `rule`: a rule of the kind's own (an actor event declares one actor, a correction changes something)
 * - `citation-conflict`: a citation given again with other details
 * - `invalid-target`: a correction or retraction aims at an event it cannot change
 * - `recorded-too-early`: recorded before the event began, or before the event it corrects
 * - `source-after-recorded`: cites a source published after the event was recorded (and the
 *   event does not say why it is `backdated`)
 * - `unknown-reference`, `duplicate-event`, `limit-exceeded`: the error of that code, kept as an
 *   issue when errors are collected
 *
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente-timeline'
 *
 * const result = safeParseEvent({ id: 'x', kind: 'meeting', occurred: '2023-02-30' })
 * if (!result.ok) console.log(result.error.issues.map((issue) => issue.code))
 * //=> [ 'invalid-date', 'required', 'required', 'required', 'required' ]
 * ```
 */
export type ValidationIssueCode =
  | 'invalid-json'
  | 'invalid-encoding'
  | 'too-deep'
  | 'required'
  | 'invalid-type'
  | 'unknown-field'
  | 'unknown-kind'
  | 'invalid-value'
  | 'invalid-format'
  | 'invalid-date'
  | 'too-small'
  | 'too-big'
  | 'reserved-key'
  | 'rule'
  | 'citation-conflict'
  | 'invalid-target'
  | 'recorded-too-early'
  | 'source-after-recorded'
  | 'unknown-reference'
  | 'duplicate-event'
  | 'limit-exceeded'

/**
 * One problem found in an event: what kind (a stable `code`), where (line, event id, field path)
 * and why.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'entente-timeline'
 *
 * const issue: ValidationIssue = {
 *   code: 'invalid-date',
 *   line: 14,
 *   eventId: 'dprk-launch',
 *   path: ['occurred'],
 *   message: '"2023-02-30" is not a calendar date',
 * }
 * ```
 */
export interface ValidationIssue {
  /** What kind of problem it is: see {@link ValidationIssueCode}. */
  readonly code: ValidationIssueCode
  /** The 1-based line of the input the event came from, when it came from text. */
  readonly line?: number
  /** The id of the event, where it could be read. */
  readonly eventId?: string
  /** The path of the offending field inside the event (empty for the event as a whole). */
  readonly path: readonly (string | number)[]
  /** Why the value is wrong, in words. */
  readonly message: string
}

/**
 * Formats one issue as `line 14: event "id": path.to.field: message`.
 *
 * @param issue - the issue to format
 * @returns a one-line description
 * @example
 * ```ts
 * import { formatIssue } from 'entente-timeline'
 *
 * formatIssue({ code: 'invalid-date', line: 3, eventId: 'x', path: ['occurred'], message: 'bad date' })
 * // 'line 3: event "x": occurred: bad date'
 * ```
 */
export function formatIssue(issue: ValidationIssue): string {
  const parts: string[] = []
  if (issue.line !== undefined) parts.push(`line ${issue.line}`)
  if (issue.eventId !== undefined) parts.push(`event "${issue.eventId}"`)
  if (issue.path.length > 0) parts.push(formatPath(issue.path))
  parts.push(issue.message)
  return parts.join(': ')
}

/**
 * Formats a field path as `participants[0].actor`.
 *
 * @param path - the path segments
 * @returns the path in dotted form
 * @example
 * ```ts
 * import { formatPath } from 'entente-timeline'
 *
 * formatPath(['participants', 0, 'actor']) // 'participants[0].actor'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}

/**
 * An event (or a line of input) is not valid. `issues` lists every problem found, each with
 * its line, event id and field path where known.
 *
 * @example
 * ```ts
 * import { ValidationError, parseEvent } from 'entente-timeline'
 *
 * try {
 *   parseEvent({ id: 'x', kind: 'visit' })
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const issue of error.issues) console.log(issue.path, issue.message)
 * }
 * ```
 */
export class ValidationError extends EntenteError {
  /** Every problem found, in input order (with `collectErrors`, the first 1,000 of them). */
  readonly issues: readonly ValidationIssue[]
  /** How many problems were found: more than `issues` holds when only the first were kept. */
  readonly total: number

  /**
   * @param issues - the problems found (at least one)
   * @param options - the underlying cause, if any, and how many problems were found in all
   *   when `issues` holds only the first of them
   */
  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown; total?: number }) {
    const total = Math.max(options?.total ?? 0, issues.length)
    const shown = issues.slice(0, 5).map(formatIssue)
    const more = total > 5 ? `\n(and ${total - 5} more)` : ''
    super('validation', shown.join('\n') + more, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ValidationError'
    this.total = total
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    )
  }
}

/**
 * An event with an id already in the log, but with other content, was appended. (Appending the
 * very same event again is a no-op.)
 *
 * @example
 * ```ts
 * import { DuplicateEventError } from 'entente-timeline'
 *
 * const error = new DuplicateEventError('summit-vilnius')
 * console.log(error.eventId) // 'summit-vilnius'
 * ```
 */
export class DuplicateEventError extends EntenteError {
  /** The id both events share. */
  readonly eventId: string
  /** The 1-based line of the input the new event came from, when it came from text. */
  readonly line: number | undefined

  /**
   * @param eventId - the id both events share
   * @param line - the input line of the new event, if it came from text
   */
  constructor(eventId: string, line?: number) {
    super(
      'duplicate-event',
      `${line === undefined ? '' : `line ${line}: `}event "${eventId}": an event with this id and other content is already in the log`,
    )
    this.name = 'DuplicateEventError'
    this.eventId = eventId
    this.line = line
  }
}

/**
 * An append named an `expectedVersion` that is not the timeline's version: someone else
 * appended first.
 *
 * @example
 * ```ts
 * import { ConcurrencyError } from 'entente-timeline'
 *
 * const error = new ConcurrencyError(3, 4)
 * console.log(error.expected, error.actual) // 3 4
 * ```
 */
export class ConcurrencyError extends EntenteError {
  /** The version the caller expected. */
  readonly expected: number
  /** The version the timeline has. */
  readonly actual: number

  /**
   * @param expected - the version the caller expected
   * @param actual - the version the timeline has
   */
  constructor(expected: number, actual: number) {
    super('concurrency', `expected version ${expected}, but the timeline is at version ${actual}`)
    this.name = 'ConcurrencyError'
    this.expected = expected
    this.actual = actual
  }
}

/**
 * What a question names that the timeline it asks does not hold: the projection, its argument,
 * and what could be found instead. See {@link UnknownReferenceError}.
 *
 * @example
 * ```ts
 * import { UnknownReferenceError, type UnknownQueryReference } from 'entente-timeline'
 *
 * const missing: UnknownQueryReference = {
 *   projection: 'relationship(kor, PRK)',
 *   argument: 'a',
 *   referenceKind: 'actor',
 *   reference: 'kor',
 *   suggestion: 'KOR',
 * }
 * new UnknownReferenceError(missing).message
 * //=> 'relationship(kor, PRK): a: unknown actor "kor": the timeline declares no such actor (did you mean "KOR"?)'
 * ```
 */
export interface UnknownQueryReference {
  /** The projection asked, by its name (`relationship(KOR, JPN)`). */
  readonly projection: string
  /** The projection's argument that names it (`a`, `b`, `organisation`, `actor`, `id`). */
  readonly argument: string
  /** What the argument should name. */
  readonly referenceKind: 'actor' | 'event' | 'proposal'
  /** The id asked about. */
  readonly reference: string
  /** The day (or, when it ends within a day, the last instant) a `knownOn` view knows up to; ISO 8601. */
  readonly knownOn?: string
  /**
   * When the log holds it but this timeline does not see it yet (a `knownOn` view before it was
   * recorded, or a version before it was appended): the time it was recorded (ISO timestamp).
   */
  readonly recordedLater?: string
  /** The kind of the event found under that id, when it is not of the kind wanted. */
  readonly found?: string
  /** The id it was most likely meant to be: by spelling, or by an actor's name or alias. */
  readonly suggestion?: string
}

/**
 * An event names an actor, event or citation that the log does not (yet) hold; or a question
 * (a projection such as `relationship('KOR', 'JPN')`) names an actor the timeline it asks never
 * declared, or a proposal it does not hold. Then `eventId` is undefined and `projection` names
 * the question.
 *
 * @example
 * ```ts
 * import { UnknownReferenceError } from 'entente-timeline'
 *
 * const error = new UnknownReferenceError('meet-1', ['participants', 0, 'actor'], 'actor', 'kishida-fumio')
 * console.log(error.reference) // 'kishida-fumio'
 * ```
 */
export class UnknownReferenceError extends EntenteError {
  /** The id of the event that holds the reference; undefined for a question. */
  readonly eventId: string | undefined
  /** The path of the field that holds the reference (for a question, the argument's name). */
  readonly path: readonly (string | number)[]
  /** What the reference should name. */
  readonly referenceKind: 'actor' | 'event' | 'proposal' | 'summit' | 'citation' | 'agreement'
  /** The id that could not be found. */
  readonly reference: string
  /** The 1-based line of the input the event came from, when it came from text. */
  readonly line: number | undefined
  /** The projection asked, for a question; undefined for an event. */
  readonly projection: string | undefined
  /** The id it was most likely meant to be, when one is close (questions only). */
  readonly suggestion: string | undefined
  /** The kind of the event found under the id, when it is not of the kind wanted (questions only). */
  readonly found: string | undefined
  /** The day (or, when it ends within a day, the last instant) the `knownOn` view asked knows up to (questions only). */
  readonly knownOn: string | undefined
  /**
   * When the log holds the id but the timeline asked does not see it yet: the time it was
   * recorded (questions only).
   */
  readonly recordedLater: string | undefined

  /**
   * @param query - what a question names that the timeline does not hold
   */
  constructor(query: UnknownQueryReference)
  /**
   * @param eventId - the event that holds the reference
   * @param path - the field that holds it
   * @param referenceKind - what it should name
   * @param reference - the missing id
   * @param line - the input line, if the event came from text
   */
  constructor(
    eventId: string,
    path: readonly (string | number)[],
    referenceKind: UnknownReferenceError['referenceKind'],
    reference: string,
    line?: number,
  )
  constructor(
    eventOrQuery: string | UnknownQueryReference,
    path: readonly (string | number)[] = [],
    referenceKind: UnknownReferenceError['referenceKind'] = 'actor',
    reference = '',
    line?: number,
  ) {
    if (typeof eventOrQuery !== 'string') {
      const query = eventOrQuery
      super('unknown-reference', queryMessage(query))
      this.name = 'UnknownReferenceError'
      this.eventId = undefined
      this.path = Object.freeze([query.argument])
      this.referenceKind = query.referenceKind
      this.reference = query.reference
      this.line = undefined
      this.projection = query.projection
      this.suggestion = query.suggestion
      this.found = query.found
      this.knownOn = query.knownOn
      this.recordedLater = query.recordedLater
      return
    }
    const eventId = eventOrQuery
    const where = line === undefined ? '' : `line ${line}: `
    const field = path.length > 0 ? `${formatPath(path)}: ` : ''
    const hint =
      referenceKind === 'actor'
        ? ' (declare it with an "actor" event recorded before this one)'
        : referenceKind === 'citation'
          ? ' (give the citation inline in an earlier event, or inline here)'
          : ''
    super('unknown-reference', `${where}event "${eventId}": ${field}unknown ${referenceKind} "${reference}"${hint}`)
    this.name = 'UnknownReferenceError'
    this.eventId = eventId
    this.path = Object.freeze([...path])
    this.referenceKind = referenceKind
    this.reference = reference
    this.line = line
    this.projection = undefined
    this.suggestion = undefined
    this.found = undefined
    this.knownOn = undefined
    this.recordedLater = undefined
  }
}

/** The message of a question's unknown reference: what was asked, what is missing, what may have been meant. */
function queryMessage(query: UnknownQueryReference): string {
  const timeline = query.knownOn === undefined ? 'the timeline' : `the timeline as known on ${query.knownOn}`
  const what =
    query.found !== undefined
      ? `"${query.reference}" is ${/^[aeiou]/.test(query.found) ? 'an' : 'a'} ${query.found} event, not ${query.referenceKind === 'proposal' ? 'a proposal' : `an ${query.referenceKind}`}`
      : query.referenceKind === 'actor'
        ? `unknown actor "${query.reference}": ${timeline} declares no such actor`
        : `unknown ${query.referenceKind} "${query.reference}": ${timeline} holds no such event`
  const later =
    query.recordedLater === undefined
      ? ''
      : ` (the log learns of it at ${query.recordedLater}, later than this timeline knows)`
  const meant = query.suggestion === undefined ? '' : ` (did you mean "${query.suggestion}"?)`
  return `${query.projection}: ${query.argument}: ${what}${later}${meant}`
}

/**
 * Input went past one of the configured limits (line length, nesting depth, string length).
 *
 * @example
 * ```ts
 * import { LimitExceededError } from 'entente-timeline'
 *
 * const error = new LimitExceededError('maxLineLength', 1_000_000, 'line 7 is longer than 1000000 characters')
 * console.log(error.limit) // 'maxLineLength'
 * ```
 */
export class LimitExceededError extends EntenteError {
  /** The name of the limit, as in {@link ReadLimits}. */
  readonly limit: string
  /** The value of the limit in force. */
  readonly value: number
  /** The 1-based line of the input, when known. */
  readonly line: number | undefined

  /**
   * @param limit - the name of the limit
   * @param value - its value in force
   * @param message - what went past it
   * @param line - the input line, if known
   */
  constructor(limit: string, value: number, message: string, line?: number) {
    super('limit-exceeded', message)
    this.name = 'LimitExceededError'
    this.limit = limit
    this.value = value
    this.line = line
  }
}

/**
 * An argument given to the API (a query date, an option) is not valid.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError } from 'entente-timeline'
 *
 * const error = new InvalidArgumentError('at', '"2023-13-01" is not a date')
 * console.log(error.argument) // 'at'
 * ```
 */
export class InvalidArgumentError extends EntenteError {
  /** The name of the argument. */
  readonly argument: string

  /**
   * @param argument - the name of the argument
   * @param message - why it is wrong
   */
  constructor(argument: string, message: string) {
    super('invalid-argument', `${argument}: ${message}`)
    this.name = 'InvalidArgumentError'
    this.argument = argument
  }
}

/**
 * A row of an event dataset (GDELT, ICEWS, PLOVER) cannot be imported: a strict import stops
 * on the first such row, and an actor the tables do not know stops an import told to stop.
 *
 * @example
 * ```ts
 * import { BadRowError } from 'entente-timeline'
 *
 * const error = new BadRowError(12, 'column-count', 'has 40 columns; GDELT rows have 57, 58 or 61')
 * console.log(error.message) // 'line 12: has 40 columns; GDELT rows have 57, 58 or 61'
 * ```
 */
export class BadRowError extends EntenteError {
  /** The 1-based line of the row. */
  readonly line: number
  /** Why the row cannot be imported, as the import summary counts it (`column-count`, `bad-date`, ...). */
  readonly reason: string
  /** The column or field at fault, when one is. */
  readonly field: string | undefined

  /**
   * @param line - the row's line
   * @param reason - the reason, as the summary counts it
   * @param message - what is wrong, and where in the row
   * @param field - the column or field at fault
   */
  constructor(line: number, reason: string, message: string, field?: string) {
    super('bad-row', `line ${line}: ${message}`)
    this.name = 'BadRowError'
    this.line = line
    this.reason = reason
    this.field = field
  }
}

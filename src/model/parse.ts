/** Validation at the boundary: from unknown input to a typed event, or a ValidationError. */
import type { z } from 'zod'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { type DiplomaticEvent, eventSchema } from './event.js'
import { type _DescribedIssue, _describeIssues } from './issues.js'

/**
 * The result of {@link safeParseEvent}: the event, or the error that {@link parseEvent} would
 * have thrown.
 *
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente-timeline'
 *
 * const result = safeParseEvent({})
 * if (!result.ok) console.log(result.error.issues.length)
 * ```
 */
export type ParseResult<E> =
  | { readonly ok: true; readonly value: E }
  | { readonly ok: false; readonly error: ValidationError }

/** Where an input came from, so issues can say so. */
export interface _IssueOrigin {
  readonly line?: number | undefined
}

/**
 * Validates one event with a schema and turns zod's issues into {@link ValidationIssue}s that
 * say what, where and why. Internal; the public entry points are below.
 */
export function _validate<E>(schema: z.ZodType<E>, value: unknown, origin: _IssueOrigin = {}): ParseResult<E> {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  const eventId = readId(value)
  const issues = _describeIssues(result.error.issues, value).map((issue) => withOrigin(issue, eventId, origin))
  return { ok: false, error: new ValidationError(issues) }
}

/**
 * Validates an unknown value as a built-in event.
 *
 * @param value - anything, typically a parsed JSON object
 * @returns the event, with defaults filled in
 * @throws {@link ValidationError} listing every problem, with field paths
 * @example
 * ```ts
 * import { parseEvent } from 'entente-timeline'
 *
 * const event = parseEvent({
 *   id: 'actor-nato', kind: 'actor', occurred: '1949-04-04', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['NATO'], sources: [{ id: 'nato-history', publisher: 'NATO', published: '2023' }],
 *   actorKind: 'organisation', name: 'North Atlantic Treaty Organization',
 * })
 * event.certainty // 'reported'
 * ```
 */
export function parseEvent(value: unknown): DiplomaticEvent {
  const result = _validate(eventSchema, value)
  if (!result.ok) throw result.error
  return result.value
}

/**
 * Validates an unknown value as a built-in event without throwing.
 *
 * @param value - anything, typically a parsed JSON object
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente-timeline'
 *
 * const result = safeParseEvent({ id: 'x', kind: 'visit' })
 * result.ok // false
 * ```
 */
export function safeParseEvent(value: unknown): ParseResult<DiplomaticEvent> {
  return _validate(eventSchema, value)
}

function readId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, 'id')) return undefined
  const id = (value as { id: unknown }).id
  return typeof id === 'string' && id.length <= 200 ? id : undefined
}

function withOrigin(issue: _DescribedIssue, eventId: string | undefined, origin: _IssueOrigin): ValidationIssue {
  return {
    ...(origin.line === undefined ? {} : { line: origin.line }),
    ...(eventId === undefined ? {} : { eventId }),
    code: issue.code,
    path: issue.path,
    message: issue.message,
  }
}

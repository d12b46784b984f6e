/** Validation at the boundary: from unknown input to a typed event, or a ValidationError. */
import type { z } from 'zod'
import { ValidationError, type ValidationIssue } from '../errors.js'
import { _truncate } from './actor-id.js'
import { type DiplomaticEvent, eventSchema } from './event.js'

/**
 * The result of {@link safeParseEvent}: the event, or the error that {@link parseEvent} would
 * have thrown.
 *
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente'
 *
 * const result = safeParseEvent({})
 * if (!result.ok) console.log(result.error.issues.length)
 * ```
 */
export type ParseResult<E> = { readonly ok: true; readonly value: E } | { readonly ok: false; readonly error: ValidationError }

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
  const issues = result.error.issues.flatMap((issue) => describe(issue, value)).map((issue) => withOrigin(issue, eventId, origin))
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
 * import { parseEvent } from 'entente'
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
 * import { safeParseEvent } from 'entente'
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

function withOrigin(issue: Omit<ValidationIssue, 'line' | 'eventId'>, eventId: string | undefined, origin: _IssueOrigin): ValidationIssue {
  return {
    ...(origin.line === undefined ? {} : { line: origin.line }),
    ...(eventId === undefined ? {} : { eventId }),
    path: issue.path,
    message: issue.message,
  }
}

type Issue = z.core.$ZodIssue

function keyPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((segment): segment is string | number => typeof segment !== 'symbol')
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined
    current = (current as Record<string | number, unknown>)[segment]
  }
  return current
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${_truncate(value)}"`
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** Rewrites one zod issue into plain words, flattening unions to the branch that fits best. */
function describe(issue: Issue, root: unknown, prefix: readonly (string | number)[] = []): Omit<ValidationIssue, 'line' | 'eventId'>[] {
  const path = [...prefix, ...keyPath(issue.path)]
  const input = valueAt(root, path)
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined && !(path.length > 0 && hasKey(root, path))) return [{ path, message: `is required (${issue.expected})` }]
      return [{ path, message: `expected ${issue.expected}, got ${show(input)}` }]
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${_truncate(key)}"` }))
    case 'invalid_value':
      return [{ path, message: `${show(input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }]
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = (issue as { options?: unknown[] }).options ?? []
        return [{ path, message: `${input === undefined ? 'is required' : `${show(input)} is not a known kind`}: expected one of ${options.join(', ')}` }]
      }
      const branches = issue.errors.map((branch) => branch.flatMap((inner) => describe(inner, root, path)))
      const custom = branches.find((branch) => branch.some((b) => !b.message.startsWith('expected ')))
      const best = custom ?? branches.reduce((a, b) => (b.length < a.length ? b : a), branches[0] ?? [])
      return best.length > 0 ? best : [{ path, message: issue.message }]
    }
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` }]
      if (issue.origin === 'string') return [{ path, message: issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters` }]
      return [{ path, message: `${show(input)} is below the minimum ${issue.minimum}` }]
    case 'too_big':
      if (issue.origin === 'array') return [{ path, message: `has more than ${issue.maximum} items` }]
      if (issue.origin === 'string') return [{ path, message: `is longer than ${issue.maximum} characters` }]
      return [{ path, message: `${show(input)} is above the maximum ${issue.maximum}` }]
    case 'invalid_format':
      return [{ path, message: `${show(input)} is not a valid ${issue.format}` }]
    case 'invalid_key':
      return issue.issues.flatMap((inner) => describe(inner, root, path)).map((d) => ({ ...d, message: `key: ${d.message}` }))
    case 'invalid_element':
      return issue.issues.flatMap((inner) => describe(inner, root, path))
    default:
      return [{ path, message: issue.message }]
  }
}

function hasKey(root: unknown, path: readonly (string | number)[]): boolean {
  const parent = valueAt(root, path.slice(0, -1))
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]!)
}

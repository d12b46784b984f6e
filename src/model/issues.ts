/**
 * Turns zod's issues into issues that say what, where and why, in the words of
 * {@link ValidationIssue}: one path and one plain message each.
 */
import type { z } from 'zod'
import type { ValidationIssue, ValidationIssueCode } from '../errors.js'
import { _truncate } from './actor-id.js'

type Issue = z.core.$ZodIssue

/** An issue before the line and event id of its input are known. */
export type _DescribedIssue = Omit<ValidationIssue, 'line' | 'eventId'>

/**
 * Describes zod's issues for a value, flattening unions to the branch that fits best.
 * Internal: `parseEvent`, the vocabularies and `toInterval` use it.
 */
export function _describeIssues(
  issues: readonly Issue[],
  root: unknown,
  prefix: readonly (string | number)[] = [],
): _DescribedIssue[] {
  return withoutLengthNoise(issues).flatMap((issue) => describe(issue, root, prefix))
}

/**
 * zod still checks the length of a value of the wrong type when it has one (a string where an
 * array belongs); saying "needs at least 2 items" of a string only confuses, so those go.
 */
function withoutLengthNoise(issues: readonly Issue[]): readonly Issue[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => pathKey(issue.path)))
  if (mistyped.size === 0) return issues
  return issues.filter(
    (issue) => !((issue.code === 'too_small' || issue.code === 'too_big') && mistyped.has(pathKey(issue.path))),
  )
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(keyPath(path))
}

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

function hasKey(root: unknown, path: readonly (string | number)[]): boolean {
  const parent = valueAt(root, path.slice(0, -1))
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]!)
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${_truncate(value)}"`
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return String(value)
}

function wrongType(path: (string | number)[], root: unknown, expected: string): _DescribedIssue {
  const input = valueAt(root, path)
  if (input === undefined && !(path.length > 0 && hasKey(root, path)))
    return { code: 'required', path, message: `is required (${expected})` }
  return { code: 'invalid-type', path, message: `expected ${expected}, got ${show(input)}` }
}

/** A union branch that failed only because the value itself has another type. */
function isTypeMismatch(branch: readonly Issue[]): boolean {
  return branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0
}

/**
 * How far a union branch is from the value: every missing, mistyped or unknown field counts
 * twice, and a mismatch of the value's own type once more, so that a branch whose shape fits
 * (and whose only problem is, say, an impossible date) wins over one that does not.
 */
function distance(branch: readonly Issue[]): number {
  let score = 0
  for (const issue of branch) {
    if (issue.code === 'invalid_type') score += issue.path.length === 0 ? 3 : 2
    else if (issue.code === 'unrecognized_keys') score += 2 * issue.keys.length
  }
  return score
}

/** Rewrites one zod issue into plain words. */
function describe(issue: Issue, root: unknown, prefix: readonly (string | number)[]): _DescribedIssue[] {
  const path = [...prefix, ...keyPath(issue.path)]
  const input = valueAt(root, path)
  switch (issue.code) {
    case 'invalid_type':
      return [wrongType(path, root, issue.expected)]
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-field',
        path: [...path, key],
        message: `unknown field "${_truncate(key)}"`,
      }))
    case 'invalid_value':
      return [
        {
          code: 'invalid-value',
          path,
          message: `${show(input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ]
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = (issue as { options?: unknown[] }).options ?? []
        return [
          {
            code: input === undefined ? 'required' : 'unknown-kind',
            path,
            message: `${input === undefined ? 'is required' : `${show(input)} is not a known kind`}: expected one of ${options.join(', ')}`,
          },
        ]
      }
      const branches = issue.errors
      if (branches.length > 0 && branches.every(isTypeMismatch)) {
        const expected = [...new Set(branches.map((branch) => (branch[0] as { expected: string }).expected))]
        return [wrongType(path, root, expected.join(' or '))]
      }
      const best = branches.reduce<readonly Issue[] | undefined>(
        (a, b) => (a === undefined || distance(b) < distance(a) ? b : a),
        undefined,
      )
      const described = best === undefined ? [] : _describeIssues(best, root, path)
      return described.length > 0 ? described : [{ code: 'invalid-type', path, message: issue.message }]
    }
    case 'too_small':
      if (issue.origin === 'array')
        return [
          { code: 'too-small', path, message: `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` },
        ]
      if (issue.origin === 'string')
        return [
          {
            code: 'too-small',
            path,
            message: issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`,
          },
        ]
      return [{ code: 'too-small', path, message: `${show(input)} is below the minimum ${issue.minimum}` }]
    case 'too_big':
      if (issue.origin === 'array') return [{ code: 'too-big', path, message: `has more than ${issue.maximum} items` }]
      if (issue.origin === 'string')
        return [{ code: 'too-big', path, message: `is longer than ${issue.maximum} characters` }]
      return [{ code: 'too-big', path, message: `${show(input)} is above the maximum ${issue.maximum}` }]
    case 'invalid_format':
      // A pattern's own message says what the value should look like; "not a valid regex" would not.
      if (issue.format === 'regex')
        return [{ code: 'invalid-format', path, message: `${show(input)}: ${issue.message}` }]
      return [{ code: 'invalid-format', path, message: `${show(input)} is not a valid ${issue.format}` }]
    case 'invalid_key':
      return _describeIssues(issue.issues, root, path).map((d) => ({ ...d, message: `key: ${d.message}` }))
    case 'invalid_element':
      return _describeIssues(issue.issues, root, path)
    case 'custom':
      return [{ code: (issue.params?.code as ValidationIssueCode | undefined) ?? 'rule', path, message: issue.message }]
    default:
      return [{ code: 'invalid-value', path, message: issue.message }]
  }
}

/** Reading the issues of an invalid event in tests, failing loudly when there are none. */
import { expect } from 'vitest'
import { formatIssue } from '../../src/errors.js'
import { safeParseEvent, type ValidationIssue } from '../../src/index.js'

/** The issues `safeParseEvent` finds in a value; fails the test when the value is valid. */
export function issuesOf(value: unknown): readonly ValidationIssue[] {
  const result = safeParseEvent(value)
  if (result.ok) expect.fail(`expected the event to be rejected, but it parsed: ${JSON.stringify(result.value)}`)
  return result.error.issues
}

/** The one issue `safeParseEvent` finds in a value; fails the test unless there is exactly one. */
export function onlyIssue(value: unknown): ValidationIssue {
  const issues = issuesOf(value)
  if (issues.length !== 1)
    expect.fail(`expected exactly one issue, got ${issues.length}:\n${issues.map(formatIssue).join('\n')}`)
  return issues[0]!
}

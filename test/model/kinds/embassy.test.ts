import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('embassy events', () => {
  it.each(validCases.embassy)('accepts $name', ({ value }) => {
    // given a valid embassy event, when it is parsed, then it comes back as one
    expect(parseEvent(value).kind).toBe('embassy')
  })

  it.each(invalidCases.embassy)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })
})

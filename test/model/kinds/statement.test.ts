import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('statement events', () => {
  it.each(validCases.statement)('accepts $name', ({ value }) => {
    // given a valid statement event, when it is parsed, then it comes back as a statement
    expect(parseEvent(value).kind).toBe('statement')
  })

  it.each(invalidCases.statement)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('fills in an empty list of actors spoken about', () => {
    // given a statement about no one in particular
    const statement = without(build.statement(), 'about')
    // when it is parsed, then about is an empty list
    const parsed = parseEvent(statement)
    expect(parsed.kind === 'statement' && parsed.about).toEqual([])
  })

  it('rejects a quote longer than 10000 characters', () => {
    const issue = onlyIssue(build.statement({ quote: 'a'.repeat(10_001) }))
    expect(issue.path).toEqual(['quote'])
    expect(issue.message).toBe('is longer than 10000 characters')
  })
})

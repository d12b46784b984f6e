import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('retraction events', () => {
  it.each(validCases.retraction)('accepts $name', ({ value }) => {
    // given a valid retraction event, when it is parsed, then it comes back as a retraction
    expect(parseEvent(value).kind).toBe('retraction')
  })

  it.each(invalidCases.retraction)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('rejects a reason longer than 2000 characters', () => {
    const issue = onlyIssue(build.retraction({ reason: 'x'.repeat(2001) }))
    expect(issue.path).toEqual(['reason'])
    expect(issue.message).toBe('is longer than 2000 characters')
  })

  it('names no actors in its own fields, so any listed actors will do', () => {
    // given a retraction listing an actor its fields do not name
    const retraction = build.retraction({ actors: ['KOR'] })
    // when it is parsed, then it is accepted
    expect(parseEvent(retraction).actors).toEqual(['KOR'])
  })
})

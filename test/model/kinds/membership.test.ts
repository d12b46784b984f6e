import { describe, expect, it } from 'vitest'
import { MEMBERSHIP_STATUSES, parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('membership events', () => {
  it.each(validCases.membership)('accepts $name', ({ value }) => {
    // given a valid membership event, when it is parsed, then it comes back as a membership
    expect(parseEvent(value).kind).toBe('membership')
  })

  it.each(invalidCases.membership)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it.each(MEMBERSHIP_STATUSES)('accepts the status %s', (status) => {
    // given a membership in each of the statuses
    const membership = build.membership({ status })
    // when it is parsed, then the status is kept
    expect(parseEvent(membership)).toMatchObject({ status })
  })

  it('rejects an organisation not listed in actors', () => {
    const issue = onlyIssue(build.membership({ actors: ['FIN'] }))
    expect(issue.path).toEqual(['organisation'])
    expect(issue.message).toContain('"NATO" must also be listed in actors')
  })
})

import { describe, expect, it } from 'vitest'
import { AGREEMENT_ACTS, parseEvent } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('agreement-act events', () => {
  it.each(validCases['agreement-act'])('accepts $name', ({ value }) => {
    // given a valid agreement-act event, when it is parsed, then it comes back as one
    expect(parseEvent(value).kind).toBe('agreement-act')
  })

  it.each(invalidCases['agreement-act'])('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })
})

describe('an agreement act', () => {
  it.each(AGREEMENT_ACTS.filter((act) => act !== 'withdrawal'))('accepts the act %s without a party', (act) => {
    expect(parseEvent(without(build['agreement-act']({ act }), 'party'))).toMatchObject({ act })
  })
})

import { describe, expect, it } from 'vitest'
import { MILITARY_ACTIVITIES, parseEvent } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('military-activity events', () => {
  it.each(validCases['military-activity'])('accepts $name', ({ value }) => {
    // given a valid military-activity event, when it is parsed, then it comes back as a military-activity
    expect(parseEvent(value).kind).toBe('military-activity')
  })

  it.each(invalidCases['military-activity'])('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('fills in no nearby actors and no details', () => {
    // given a launch reported with nothing more
    const launch = without(build['military-activity'](), 'near', 'details')
    // when it is parsed
    const parsed = parseEvent(launch)
    // then near and details are empty
    expect(parsed).toMatchObject({ near: [], details: {} })
  })

  it.each(MILITARY_ACTIVITIES)('accepts the activity %s', (activity) => {
    expect(parseEvent(build['military-activity']({ activity }))).toMatchObject({ activity })
  })
})

import { describe, expect, it } from 'vitest'
import { parseEvent, THREATS } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('threat events', () => {
  it.each(validCases.threat)('accepts $name', ({ value }) => {
    // given a valid threat event, when it is parsed, then it comes back as one
    expect(parseEvent(value).kind).toBe('threat')
  })

  it.each(invalidCases.threat)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })
})

describe('a threat', () => {
  it.each(THREATS)('accepts the threat %s', (threat) => {
    expect(parseEvent(build.threat({ threat }))).toMatchObject({ threat })
  })

  it('is unspecified when it does not say what', () => {
    expect(parseEvent(without(build.threat(), 'threat'))).toMatchObject({ threat: 'unspecified' })
  })
})

import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('office events', () => {
  it.each(validCases.office)('accepts $name', ({ value }) => {
    // given a valid office event, when it is parsed, then it comes back as a office
    expect(parseEvent(value).kind).toBe('office')
  })

  it.each(invalidCases.office)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('accepts a person holding an office of an organisation', () => {
    // given Stoltenberg taking office as NATO's Secretary General
    const office = build.office({
      person: 'stoltenberg-jens',
      office: 'Secretary General',
      of: 'NATO',
      occurred: '2014-10-01',
    })
    // when it is parsed, then it names both
    expect(parseEvent(office)).toMatchObject({
      person: 'stoltenberg-jens',
      of: 'NATO',
      actors: ['stoltenberg-jens', 'NATO'],
    })
  })

  it('rejects an office whose title is empty', () => {
    const issue = onlyIssue(build.office({ office: '' }))
    expect(issue.path).toEqual(['office'])
    expect(issue.message).toBe('must not be empty')
  })
})

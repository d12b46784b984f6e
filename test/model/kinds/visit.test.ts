import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('visit events', () => {
  it.each(validCases.visit)('accepts $name', ({ value }) => {
    // given a valid visit event, when it is parsed, then it comes back as a visit
    expect(parseEvent(value).kind).toBe('visit')
  })

  it.each(invalidCases.visit)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('rejects an empty purpose', () => {
    const issue = onlyIssue(build.visit({ purpose: '' }))
    expect(issue.path).toEqual(['purpose'])
    expect(issue.message).toBe('must not be empty')
  })

  it('accepts a visitor that is a state rather than a person', () => {
    // given Japan's delegation visiting Lithuania
    const visit = build.visit({ visitor: 'JPN' })
    // when it is parsed, then the state is the visitor
    expect(parseEvent(visit)).toMatchObject({ visitor: 'JPN', actors: ['JPN', 'LTU'] })
  })
})

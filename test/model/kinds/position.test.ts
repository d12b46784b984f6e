import { describe, expect, it } from 'vitest'
import { parseEvent, STANCES } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('position events', () => {
  it.each(validCases.position)('accepts $name', ({ value }) => {
    // given a valid position event, when it is parsed, then it comes back as a position
    expect(parseEvent(value).kind).toBe('position')
  })

  it.each(invalidCases.position)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it.each(STANCES)('accepts the stance %s', (stance) => {
    expect(parseEvent(build.position({ stance }))).toMatchObject({ stance })
  })

  it('accepts a proposal that is only an id, without checking that it exists', () => {
    // given a position on a proposal the log may learn of later
    const position = build.position({ proposal: 'proposal-not-yet-known' })
    // when it is parsed, then the reference is kept as it is (the log checks references)
    expect(parseEvent(position)).toMatchObject({ proposal: 'proposal-not-yet-known' })
  })
})

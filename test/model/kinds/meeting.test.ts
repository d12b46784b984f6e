import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { issuesOf, onlyIssue } from '../../support/issues.js'

describe('meeting events', () => {
  it.each(validCases.meeting)('accepts $name', ({ value }) => {
    // given a valid meeting event, when it is parsed, then it comes back as a meeting
    expect(parseEvent(value).kind).toBe('meeting')
  })

  it.each(invalidCases.meeting)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('reports each participant missing from actors in an issue of its own', () => {
    // given a meeting of two people, neither listed in actors
    const meeting = build.meeting({
      participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
      actors: ['JPN'],
    })
    // when it is parsed
    const issues = issuesOf(meeting)
    // then both are named, each at its own path
    expect(issues.map((issue) => issue.path)).toEqual([
      ['participants', 0, 'actor'],
      ['participants', 1, 'actor'],
    ])
  })

  it('does not report a length when participants is not even a list', () => {
    // given participants as a single string (a string has a length too)
    const meeting = build.meeting({ participants: 'x' as never, actors: ['JPN'] })
    // when it is parsed, then only the type is blamed, not "at least 2 items"
    expect(issuesOf(meeting).map((issue) => issue.message)).toEqual(['expected array, got "x"'])
  })
})

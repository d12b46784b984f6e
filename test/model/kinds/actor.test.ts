import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { actor, build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('actor events', () => {
  it.each(validCases.actor)('accepts $name', ({ value }) => {
    // given a valid actor event, when it is parsed, then it comes back as a actor
    expect(parseEvent(value).kind).toBe('actor')
  })

  it.each(invalidCases.actor)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('fills in an empty list of aliases when none are given', () => {
    // given an actor declared without aliases
    const declared = build.actor()
    // when it is parsed
    const parsed = parseEvent(declared)
    // then it has no aliases
    expect(parsed.kind === 'actor' && parsed.aliases).toEqual([])
  })

  it('accepts a three-letter code declared as an organisation', () => {
    // given the Organization of American States, whose code looks like a state's
    const declared = actor('OAS', 'organisation', { name: 'Organization of American States' })
    // when it is parsed, then it is an organisation
    expect(parseEvent(declared)).toMatchObject({ actors: ['OAS'], actorKind: 'organisation' })
  })

  it('rejects an organisation declared with a lower-case slug', () => {
    // given NATO declared with a person's kind of id
    const declared = actor('nato', 'organisation')
    // when it is parsed, then the id is blamed for not being an organisation's
    const issue = onlyIssue(declared)
    expect(issue.path).toEqual(['actors', 0])
    expect(issue.message).toContain('"nato" is not the id of an organisation')
  })
})

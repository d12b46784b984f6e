import { describe, expect, it } from 'vitest'
import { parseEvent, REACTION_STANCES } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('reaction events', () => {
  it.each(validCases.reaction)('accepts $name', ({ value }) => {
    // given a valid reaction event, when it is parsed, then it comes back as a reaction
    expect(parseEvent(value).kind).toBe('reaction')
  })

  it.each(invalidCases.reaction)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it.each(REACTION_STANCES)('accepts the stance %s', (stance) => {
    expect(parseEvent(build.reaction({ stance }))).toMatchObject({ stance })
  })

  it('rejects an actor reacting without being listed in actors', () => {
    const issue = onlyIssue(build.reaction({ actors: ['NATO'] }))
    expect(issue.path).toEqual(['actor'])
    expect(issue.message).toContain('"CHN" must also be listed in actors')
  })
})

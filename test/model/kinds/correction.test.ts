import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('correction events', () => {
  it.each(validCases.correction)('accepts $name', ({ value }) => {
    // given a valid correction event, when it is parsed, then it comes back as a correction
    expect(parseEvent(value).kind).toBe('correction')
  })

  it.each(invalidCases.correction)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('keeps the changed values as they were given', () => {
    // given a correction of the date and the certainty
    const correction = build.correction({ changes: { certainty: 'confirmed', occurred: '2023-07-12T01:59Z' } })
    // when it is parsed, then the changes are kept (the log checks them against their target)
    expect(parseEvent(correction)).toMatchObject({ changes: { certainty: 'confirmed', occurred: '2023-07-12T01:59Z' } })
  })

  it('rejects a correction that changes the kind', () => {
    const issue = onlyIssue(build.correction({ changes: { kind: 'visit' } }))
    expect(issue.path).toEqual(['changes'])
    expect(issue.message).toBe('a correction cannot change "id", "kind" or "recorded"')
  })
})

import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('agreement events', () => {
  it.each(validCases.agreement)('accepts $name', ({ value }) => {
    // given a valid agreement event, when it is parsed, then it comes back as a agreement
    expect(parseEvent(value).kind).toBe('agreement')
  })

  it.each(invalidCases.agreement)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('fills in an empty list of areas', () => {
    const parsed = parseEvent(without(build.agreement(), 'areas'))
    expect(parsed.kind === 'agreement' && parsed.areas).toEqual([])
  })

  it('accepts an agreement in force for a single day', () => {
    // given an agreement whose last day in force is its first (until is included at its precision)
    const agreement = build.agreement({ inForce: { from: '2023-07-12', until: '2023-07-12' } })
    // when it is parsed, then it is kept
    expect(parseEvent(agreement)).toMatchObject({ inForce: { from: '2023-07-12', until: '2023-07-12' } })
  })

  it('rejects a period in force starting on an impossible day', () => {
    const issue = onlyIssue(build.agreement({ inForce: { from: '2023-02-29' } }))
    expect(issue.path).toEqual(['inForce', 'from'])
    expect(issue.message).toBe('"2023-02-29" is not a calendar date')
  })
})

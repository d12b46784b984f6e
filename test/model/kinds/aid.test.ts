import { describe, expect, it } from 'vitest'
import { AID_KINDS, parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('aid events', () => {
  it.each(validCases.aid)('accepts $name', ({ value }) => {
    // given a valid aid event, when it is parsed, then it comes back as a aid
    expect(parseEvent(value).kind).toBe('aid')
  })

  it.each(invalidCases.aid)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it.each(AID_KINDS)('accepts aid of the kind %s', (aidKind) => {
    expect(parseEvent(build.aid({ aidKind }))).toMatchObject({ aidKind })
  })

  it('rejects an amount with an unknown field', () => {
    const issue = onlyIssue(build.aid({ amount: { value: 1, currency: 'JPY', unit: 'billion' } as never }))
    expect(issue.path).toEqual(['amount', 'unit'])
    expect(issue.message).toBe('unknown field "unit"')
  })
})

import { describe, expect, it } from 'vitest'
import { PROPOSAL_STATUSES, parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('proposal events', () => {
  it.each(validCases.proposal)('accepts $name', ({ value }) => {
    // given a valid proposal event, when it is parsed, then it comes back as a proposal
    expect(parseEvent(value).kind).toBe('proposal')
  })

  it.each(invalidCases.proposal)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('starts a proposal as proposed when no status is given', () => {
    const parsed = parseEvent(build.proposal())
    expect(parsed.kind === 'proposal' && parsed.status).toBe('proposed')
  })

  it.each(PROPOSAL_STATUSES)('accepts the status %s', (status) => {
    expect(parseEvent(build.proposal({ status }))).toMatchObject({ status })
  })
})

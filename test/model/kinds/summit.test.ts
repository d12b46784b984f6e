import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('summit events', () => {
  it.each(validCases.summit)('accepts $name', ({ value }) => {
    // given a valid summit event, when it is parsed, then it comes back as a summit
    expect(parseEvent(value).kind).toBe('summit')
  })

  it.each(invalidCases.summit)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('rejects a convening organisation not listed in actors', () => {
    // given a summit convened by NATO, with NATO missing from actors
    const summit = build.summit({ actors: ['LTU', 'JPN'] })
    // when it is parsed, then the organisation is blamed
    const issue = onlyIssue(summit)
    expect(issue.path).toEqual(['organisation'])
    expect(issue.message).toContain('"NATO" must also be listed in actors')
  })

  it('keeps the attendees in the order given', () => {
    const summit = build.summit({
      attendees: [
        { actor: 'JPN', status: 'partner' },
        { actor: 'UKR', status: 'invitee' },
        { actor: 'LTU', status: 'member' },
      ],
    })
    const parsed = parseEvent(summit)
    expect(parsed.kind === 'summit' && parsed.attendees.map((a) => a.actor)).toEqual(['JPN', 'UKR', 'LTU'])
  })
})

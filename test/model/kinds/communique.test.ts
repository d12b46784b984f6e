import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/index.js'
import { build, without } from '../../support/build.js'
import { invalidCases, validCases } from '../../support/cases.js'
import { onlyIssue } from '../../support/issues.js'

describe('communique events', () => {
  it.each(validCases.communique)('accepts $name', ({ value }) => {
    // given a valid communique event, when it is parsed, then it comes back as a communique
    expect(parseEvent(value).kind).toBe('communique')
  })

  it.each(invalidCases.communique)('rejects $name', ({ value, path, message }) => {
    // given an event that is wrong in one way, when it is parsed, then that one way is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('fills in an empty list of characterisations', () => {
    const parsed = parseEvent(without(build.communique(), 'characterizations'))
    expect(parsed.kind === 'communique' && parsed.characterizations).toEqual([])
  })

  it('rejects an issuer not listed in actors', () => {
    const issue = onlyIssue(build.communique({ actors: ['CHN'] }))
    expect(issue.path).toEqual(['issuer'])
    expect(issue.message).toContain('"NATO" must also be listed in actors')
  })
})

import { describe, expect, it } from 'vitest'
import { Timeline, ValidationError, type ValidationIssueCode } from '../../src/index.js'
import { actor, build, citation, without } from '../support/build.js'
import { issuesOf } from '../support/issues.js'

/** The codes of the issues a timeline refuses, read through `collectErrors`. */
function codesOfTimeline(ndjson: string): ValidationIssueCode[] {
  try {
    Timeline.fromNdjson(ndjson, { collectErrors: true })
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => issue.code)
    throw error
  }
  return expect.fail('expected the timeline to be refused')
}

const lines = (...events: unknown[]): string => events.map((event) => JSON.stringify(event)).join('\n')
const declared = [actor('JPN', 'state'), actor('NATO', 'organisation'), actor('kishida-fumio', 'person')]

describe('the code of a validation issue', () => {
  it.each<[string, unknown, ValidationIssueCode]>([
    ['a missing field', without(build.visit(), 'host'), 'required'],
    ['a field of the wrong type', build.visit({ host: 7 as never }), 'invalid-type'],
    ['a field the kind does not have', { ...build.visit(), colour: 'blue' }, 'unknown-field'],
    ['a kind nobody defined', { ...build.visit(), kind: 'sanction' }, 'unknown-kind'],
    ['a value outside an enumeration', build.visit({ certainty: 'likely' as never }), 'invalid-value'],
    ['an id that is not a slug', build.visit({ id: 'no spaces allowed' }), 'invalid-format'],
    ['an actor id of no form', build.visit({ host: 'Japan' }), 'invalid-format'],
    ['a day that is not in the calendar', build.visit({ occurred: '2023-02-30' }), 'invalid-date'],
    ['an empty list of sources', build.visit({ sources: [] }), 'too-small'],
    ['a rule of the kind', build.actor({ actors: ['JPN', 'KOR'] }), 'rule'],
  ])('is stable for %s', (_what, value, code) => {
    expect(issuesOf(value).map((issue) => issue.code)).toContain(code)
  })

  it('is reserved-key for a constructor key in details', () => {
    const launch = build['military-activity']()
    const value = JSON.parse(JSON.stringify(launch).replace('"details":{', '"details":{"constructor":1,'))
    expect(issuesOf(value).map((issue) => issue.code)).toContain('reserved-key')
  })

  it('is invalid-json for a line that is not JSON', () => {
    expect(codesOfTimeline('{"id": "half-written"')).toEqual(['invalid-json'])
  })

  it('is unknown-reference for an actor nobody declared, and duplicate-event for a second event of one id', () => {
    const visit = build.visit({ id: 'kishida-to-nato', visitor: 'JPN', host: 'NATO' })
    expect(codesOfTimeline(lines(visit))).toEqual(['unknown-reference'])
    expect(codesOfTimeline(lines(...declared, visit, { ...visit, notes: 'another text' }))).toEqual(['duplicate-event'])
  })

  it('is citation-conflict for a citation given again with another publisher', () => {
    const first = build.visit({ id: 'first', visitor: 'JPN', host: 'NATO' })
    const second = build.visit({ id: 'second', visitor: 'JPN', host: 'NATO', sources: [citation({ publisher: 'AP' })] })
    expect(codesOfTimeline(lines(...declared, first, second))).toEqual(['citation-conflict'])
  })

  it('is recorded-too-early for an event recorded before it happened', () => {
    const statement = build.statement({
      speaker: 'kishida-fumio',
      about: ['NATO'],
      actors: ['kishida-fumio', 'NATO'],
      occurred: '2023-08-01',
      recorded: '2023-07-13',
    })
    expect(codesOfTimeline(lines(...declared, statement))).toEqual(['recorded-too-early'])
  })

  it('is invalid-target for a retraction of a retraction', () => {
    const visit = build.visit({ id: 'visit', visitor: 'JPN', host: 'NATO' })
    const withdrawn = build.retraction({ id: 'withdrawn', target: 'visit' })
    const again = build.retraction({ id: 'again', target: 'withdrawn' })
    expect(codesOfTimeline(lines(...declared, visit, withdrawn, again))).toEqual(['invalid-target'])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EntenteError, parseEvent, safeParseEvent, ValidationError } from '../../src/index.js'
import { anyEvent } from '../support/arbitraries.js'
import { build, without } from '../support/build.js'
import { issuesOf, onlyIssue } from '../support/issues.js'

/** The error parseEvent throws for a value; fails the test when it throws none. */
function thrownBy(value: unknown): ValidationError {
  try {
    parseEvent(value)
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  return expect.fail('expected parseEvent to throw')
}

describe('parseEvent', () => {
  it('returns the event with its defaults filled in', () => {
    // given a proposal that gives neither certainty nor status
    const proposal = build.proposal()
    // when it is parsed
    const parsed = parseEvent(proposal)
    // then both are filled in and everything else is as given
    expect(parsed).toEqual({ ...proposal, certainty: 'reported', status: 'proposed' })
  })

  it('returns a new object and leaves its input untouched', () => {
    const input = build.proposal()
    const before = structuredClone(input)
    const parsed = parseEvent(input)
    expect(parsed).not.toBe(input)
    expect(input).toEqual(before)
  })

  it('throws a ValidationError, which is an EntenteError with the code "validation"', () => {
    const error = thrownBy({ kind: 'meeting' })
    expect(error).toBeInstanceOf(EntenteError)
    expect(error.code).toBe('validation')
  })

  it('says in its message which event and which field are wrong, and why', () => {
    // given a launch on an impossible day
    const error = thrownBy(build['military-activity']({ occurred: '2023-02-30' }))
    // then the message reads like a sentence about that event and field
    expect(error.message).toBe('event "prk-launch-2023-07-12": occurred: "2023-02-30" is not a calendar date')
  })

  it('puts the id of the event in every issue', () => {
    const issues = issuesOf(without(build.visit(), 'visitor', 'host'))
    expect(issues.map((issue) => issue.eventId)).toEqual(['kishida-visits-ltu', 'kishida-visits-ltu'])
  })

  it('leaves the event id out when the id is not a string', () => {
    expect(onlyIssue(build.visit({ id: 42 as never })).eventId).toBeUndefined()
  })

  it('lists every problem of an event, not just the first', () => {
    // given a visit missing three fields
    const visit = without(build.visit(), 'visitor', 'host', 'sources')
    // then all three are reported
    expect(issuesOf(visit).map((issue) => issue.path)).toEqual([['sources'], ['visitor'], ['host']])
  })

  it('shows at most five issues in its message and counts the rest', () => {
    const error = thrownBy({ kind: 'visit' })
    expect(error.issues.length).toBeGreaterThan(5)
    expect(error.message.split('\n')).toHaveLength(6)
    expect(error.message).toContain(`(and ${error.issues.length - 5} more)`)
  })

  it('freezes its issues', () => {
    const error = thrownBy({ kind: 'visit' })
    expect(Object.isFrozen(error.issues)).toBe(true)
    expect(Object.isFrozen(error.issues[0])).toBe(true)
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true)
  })

  it('rejects an array, a string and undefined as events', () => {
    expect([[], 'meeting', undefined].map((value) => safeParseEvent(value).ok)).toEqual([false, false, false])
  })

  it('gives back what it was given after a trip through JSON (parse ∘ serialise = identity)', () => {
    fc.assert(
      fc.property(anyEvent, (input) => {
        const parsed = parseEvent(input)
        expect(parseEvent(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed)
      }),
    )
  })

  it('accepts every generated event of every kind', () => {
    fc.assert(
      fc.property(anyEvent, (input) => {
        expect(safeParseEvent(input)).toMatchObject({ ok: true })
      }),
    )
  })
})

describe('safeParseEvent', () => {
  it('returns ok and the event for a valid event', () => {
    expect(safeParseEvent(build.visit())).toEqual({ ok: true, value: { ...build.visit(), certainty: 'reported' } })
  })

  it('returns the error parseEvent would throw for an invalid one', () => {
    const result = safeParseEvent(build.visit({ certainty: 'likely' as never }))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toBe(thrownBy(build.visit({ certainty: 'likely' as never })).message)
  })
})

describe('messages of issues', () => {
  it('says "is required" of a missing field, with the type it needs', () => {
    expect(onlyIssue(without(build.visit(), 'host')).message).toBe('is required (string)')
  })

  it('says "expected …, got …" of a field of the wrong type', () => {
    expect(onlyIssue(build.visit({ purpose: false as never })).message).toBe('expected string, got false')
  })

  it('does not add a length complaint to a string given where a list belongs', () => {
    // given actors as one string, which zod would also measure against the list's minimum
    const visit = build.visit({ actors: 'kishida-fumio' as never })
    // then only the type is reported
    expect(issuesOf(visit)).toEqual([
      expect.objectContaining({ path: ['actors'], message: 'expected array, got "kishida-fumio"' }),
    ])
  })

  it('does not add a length complaint to a list given where a string belongs', () => {
    expect(issuesOf(build.statement({ quote: [] as never }))).toEqual([
      expect.objectContaining({ path: ['quote'], message: 'expected string, got an array' }),
    ])
  })

  it('reports the branch of a date that fits its shape', () => {
    // given an approximate date in a thirteenth month
    const visit = build.visit({ occurred: { date: '2023-13', approximate: true } })
    // then the month is blamed, not the missing "from" and "to" of an interval
    expect(onlyIssue(visit)).toMatchObject({ path: ['occurred', 'date'], message: '"2023-13" is not a calendar month' })
  })

  it('reports a citation missing a field rather than asking for an id instead', () => {
    const visit = build.visit({ sources: [{ id: 'nhk-1', published: '2023' } as never] })
    expect(onlyIssue(visit)).toMatchObject({ path: ['sources', 0, 'publisher'], message: 'is required (string)' })
  })

  it('names every type a union would take when the value has none of them', () => {
    expect(onlyIssue(build.visit({ occurred: true as never })).message).toBe('expected string or object, got true')
  })

  it('shortens a huge value in a message', () => {
    const issue = onlyIssue(build.visit({ certainty: 'x'.repeat(5000) as never }))
    expect(issue.message.length).toBeLessThan(200)
  })

  it('names every kind when the kind is unknown', () => {
    expect(onlyIssue({ ...build.visit(), kind: 'sanction' }).message).toBe(
      '"sanction" is not a known kind: expected one of actor, office, membership, summit, meeting, visit, statement, communique, agreement, proposal, position, military-activity, reaction, aid, correction, retraction, coded, agreement-act, sanctions, expulsion, ambassador, embassy, recognition, threat',
    )
  })
})

describe('prototype safety', () => {
  it('rejects an own "__proto__" field of an event and leaves Object.prototype alone', () => {
    // given JSON with a "__proto__" key, which JSON.parse makes an own property
    const value = JSON.parse(JSON.stringify(build.visit()).replace('{', '{"__proto__":{"polluted":true},'))
    // when it is parsed
    const issue = onlyIssue(value)
    // then the key is an unknown field, and no object gained "polluted"
    expect(issue).toMatchObject({ path: ['__proto__'], message: 'unknown field "__proto__"' })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it.each(['constructor', 'prototype'])('rejects a field named %s', (key) => {
    const value = JSON.parse(JSON.stringify(build.visit()).replace('{', `{"${key}":{"polluted":true},`))
    expect(onlyIssue(value)).toMatchObject({ path: [key], message: `unknown field "${key}"` })
  })

  it('rejects a "__proto__" key of a record, as it rejects "constructor" and "prototype"', () => {
    // given details with a "__proto__" key beside a real one
    const details = JSON.parse('{"__proto__":{"polluted":true},"flightMinutes":74}')
    // when the launch is parsed, then the key is refused at its path and no object gained "polluted"
    expect(onlyIssue(build['military-activity']({ details }))).toMatchObject({
      path: ['details', '__proto__'],
      message: 'this key is reserved and not allowed in input',
    })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it.each(['constructor', 'prototype'])('rejects the record key %s', (key) => {
    const details = JSON.parse(`{"${key}":"x"}`)
    expect(onlyIssue(build['military-activity']({ details }))).toMatchObject({
      path: ['details', key],
      message: expect.stringContaining('reserved'),
    })
  })

  it('rejects a correction whose only change is under "__proto__", as changing nothing and as reserved', () => {
    const changes = JSON.parse('{"__proto__":{"certainty":"confirmed"}}')
    expect(issuesOf(build.correction({ changes })).map((issue) => issue.path)).toEqual([
      ['changes'],
      ['changes', '__proto__'],
    ])
  })

  it('rejects a "__proto__" key nested in a changed value, and leaves Object.prototype alone', () => {
    // given a change whose value holds an own "__proto__" key
    const changes = JSON.parse('{"notes":{"__proto__":{"polluted":true}}}')
    // when it is parsed, then the key is refused at its path
    expect(onlyIssue(build.correction({ changes })).path).toEqual(['changes', 'notes', '__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('rejects reserved tags', () => {
    expect(
      issuesOf(build.visit({ tags: ['ok', '__proto__', 'constructor', 'prototype'] })).map((issue) => issue.path),
    ).toEqual([
      ['tags', 1],
      ['tags', 2],
      ['tags', 3],
    ])
  })
})

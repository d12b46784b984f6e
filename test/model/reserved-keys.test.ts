import { describe, expect, it } from 'vitest'
import { parseEvent, Timeline, ValidationError } from '../../src/index.js'
import { build } from '../support/build.js'
import { thrown } from '../support/thrown.js'
import { timelineOf } from '../support/timeline.js'

/** An event as JSON.parse reads it, with a `__proto__` key (an own key, as JSON text makes it) in one of its records. */
function withProtoKey(event: object, record: string): unknown {
  const text = JSON.stringify(event).replace(`"${record}":{`, `"${record}":{"__proto__":{"polluted":true},`)
  return JSON.parse(text)
}

const launch = build['military-activity']({ id: 'launch', recorded: '2023-07-13T00:00:00Z' })

describe('a __proto__ key in input', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('is refused in details, as %s is', (key) => {
    const text = JSON.stringify(launch).replace('"details":{', `"details":{"${key}":1,`)
    const error = thrown(() => parseEvent(JSON.parse(text)))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.path).toEqual(['details', key])
  })

  it('is refused in the changes of a correction', () => {
    const correction = build.correction({ target: 'launch', changes: { certainty: 'confirmed' } })
    const error = thrown(() => parseEvent(withProtoKey(correction, 'changes')))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.path).toEqual(['changes', '__proto__'])
  })

  it('is refused in an NDJSON line, with its line number', () => {
    const timeline = timelineOf([launch])
    const correction = JSON.stringify(build.correction({ target: 'launch' }))
    const text = `${timeline.toNdjson()}${correction.replace('"changes":{', '"changes":{"__proto__":1,')}\n`
    const error = thrown(() => Timeline.fromNdjson(text))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({
      line: timeline.version + 1,
      path: ['changes', '__proto__'],
    })
  })
})

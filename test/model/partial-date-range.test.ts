import { describe, expect, it } from 'vitest'
import { dateStringSchema, parseEvent, ValidationError } from '../../src/index.js'
import { build } from '../support/build.js'
import { thrown } from '../support/thrown.js'

describe('a timestamp with an offset', () => {
  it.each([
    ['0000-01-01T00:30:00+01:00', 'the year -1'],
    ['9999-12-31T23:30:00-01:00', 'the year 10000'],
  ])('is refused when the offset moves %s into %s', (value) => {
    const result = dateStringSchema.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toContain('outside the years 0000 to 9999')
  })

  it('is refused as the recorded time of an event', () => {
    const error = thrown(() => parseEvent(build.meeting({ recorded: '9999-12-31T23:59:00-00:30' })))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.path).toEqual(['recorded'])
  })

  it('is kept when the offset leaves it inside the years 0000 to 9999', () => {
    expect(dateStringSchema.safeParse('0000-01-01T01:00:00+01:00').success).toBe(true)
    expect(dateStringSchema.safeParse('9999-12-31T23:00:00-00:59').success).toBe(true)
  })
})

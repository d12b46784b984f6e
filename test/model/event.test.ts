import { describe, expect, it } from 'vitest'
import { eventSchema, KINDS, kindSchemas } from '../../src/index.js'
import { event } from '../support/build.js'

describe('the event union', () => {
  it('has the twenty-four kinds of the vocabulary, in the order of the table', () => {
    expect(KINDS).toEqual([
      'actor',
      'office',
      'membership',
      'summit',
      'meeting',
      'visit',
      'statement',
      'communique',
      'agreement',
      'proposal',
      'position',
      'military-activity',
      'reaction',
      'aid',
      'correction',
      'retraction',
      'coded',
      'agreement-act',
      'sanctions',
      'expulsion',
      'ambassador',
      'embassy',
      'recognition',
      'threat',
    ])
  })

  it('freezes the list of kinds', () => {
    expect(Object.isFrozen(KINDS)).toBe(true)
  })

  it.each(KINDS)('keys the schema of %s by the kind it accepts', (kind) => {
    expect(kindSchemas[kind].shape.kind.value).toBe(kind)
  })

  it.each(KINDS)('joins the schema of %s into the union', (kind) => {
    // given a valid event of each kind, when the union parses it, then the kind's own schema agrees
    const value = event(kind)
    expect(eventSchema.parse(value)).toEqual(kindSchemas[kind].parse(value))
  })

  it.each(KINDS)('lets the schema of %s accept only its own kind', (kind) => {
    const other = kind === 'visit' ? event('meeting') : event('visit')
    expect(kindSchemas[kind].safeParse(other).success).toBe(false)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { actorIdFits, actorIdSchema, eventIdSchema, isPersonId } from '../../src/index.js'
import { eventId, organisationId, personId, stateId } from '../support/arbitraries.js'

/** The messages a schema gives for a value; fails the test when the value is accepted. */
function messagesOf(schema: typeof actorIdSchema | typeof eventIdSchema, value: unknown): string[] {
  const result = schema.safeParse(value)
  if (result.success) return expect.fail(`expected ${JSON.stringify(value)} to be rejected`)
  return result.error.issues.map((issue) => issue.message)
}

describe('actorIdSchema', () => {
  it.each(['JPN', 'PRK', 'NATO', 'EU', 'G7', 'UNSC', 'kishida-fumio', 'stoltenberg-jens', 'yoon-suk-yeol'])(
    'accepts %s',
    (id) => {
      expect(actorIdSchema.parse(id)).toBe(id)
    },
  )

  it.each(['Kishida', 'kishida_fumio', 'kishida--fumio', 'kishida-', '-kishida', 'N', 'nato ', 'Nato', '日本', ''])(
    'rejects %j, naming it and the forms an id can take',
    (id) => {
      // given an id of no known form, when it is checked, then the message names it and says what would do
      const [message] = messagesOf(actorIdSchema, id)
      expect(message).toContain(`"${id}" is not an actor id`)
      expect(message).toContain('ISO 3166-1 alpha-3')
    },
  )

  it('rejects an id longer than 64 characters', () => {
    expect(messagesOf(actorIdSchema, 'a'.repeat(65))).toContainEqual(expect.stringContaining('64'))
  })

  it('shortens a huge id in its message', () => {
    // given an id of ten thousand characters, when it is rejected, then the message stays short
    const messages = messagesOf(actorIdSchema, 'x'.repeat(10_000))
    expect(messages.every((message) => message.length < 400)).toBe(true)
  })

  it('rejects a number', () => {
    expect(actorIdSchema.safeParse(392).success).toBe(false)
  })

  it('accepts every id of the form of a state, an organisation or a person', () => {
    fc.assert(
      fc.property(fc.oneof(stateId, organisationId, personId), (id) => {
        expect(actorIdSchema.safeParse(id).success).toBe(true)
      }),
    )
  })
})

describe('actorIdFits', () => {
  it.each([
    ['JPN', 'state', true],
    ['NATO', 'state', false],
    ['NATO', 'organisation', true],
    ['JPN', 'organisation', true],
    ['kishida-fumio', 'person', true],
    ['kishida-fumio', 'state', false],
    ['JPN', 'person', false],
  ] as const)('says whether %s has the form of a %s: %s', (id, kind, fits) => {
    expect(actorIdFits(id, kind)).toBe(fits)
  })

  it('finds every person id of the form of a person, and of no other kind', () => {
    fc.assert(
      fc.property(personId, (id) => {
        expect([actorIdFits(id, 'person'), actorIdFits(id, 'state'), actorIdFits(id, 'organisation')]).toEqual([
          true,
          false,
          false,
        ])
      }),
    )
  })
})

describe('isPersonId', () => {
  it('tells a person from a state', () => {
    expect([isPersonId('stoltenberg-jens'), isPersonId('NOR')]).toEqual([true, false])
  })
})

describe('eventIdSchema', () => {
  it.each(['summit-vilnius-2023', 'a.b_c:d-e', 'X', '2023-07-12'])('accepts %s', (id) => {
    expect(eventIdSchema.parse(id)).toBe(id)
  })

  it.each(['-leading-dash', 'with space', '', 'slash/in/it', 'é'])('rejects %j, saying what a slug is', (id) => {
    expect(messagesOf(eventIdSchema, id)).toContainEqual(expect.stringContaining('an id is a slug'))
  })

  it('rejects an id longer than 200 characters', () => {
    expect(eventIdSchema.safeParse('a'.repeat(201)).success).toBe(false)
  })

  it('accepts every slug', () => {
    fc.assert(
      fc.property(eventId, (id) => {
        expect(eventIdSchema.safeParse(id).success).toBe(true)
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  actorIdSchema,
  defaultVocabulary,
  defineKind,
  EntenteError,
  extendVocabulary,
  InvalidArgumentError,
  KINDS,
  ValidationError,
  WEIGHTS,
} from '../../src/index.js'
import { build } from '../support/build.js'

const sanctionWeights = {
  default: {
    cameo: '163',
    label: 'Impose embargo, boycott, or sanctions',
    quadClass: 'material-conflict',
    goldstein: -8,
  },
} as const

const sanction = defineKind(
  'sanction',
  { imposer: actorIdSchema, target: actorIdSchema, measures: z.array(z.string().min(1)).min(1) },
  {
    weights: sanctionWeights,
    actors: (e) => [
      [['imposer'], e.imposer],
      [['target'], e.target],
    ],
    direction: (e) => ({ from: [e.imposer], to: [e.target] }),
  },
)

const euSanctionsRussia = {
  id: 'eu-sanctions-rus-11',
  kind: 'sanction',
  occurred: '2023-06-23',
  recorded: '2023-06-24T00:00:00Z',
  actors: ['EU', 'RUS'],
  sources: ['eu-council-2023-06-23'],
  imposer: 'EU',
  target: 'RUS',
  measures: ['export ban'],
}

/** The error a function throws; fails the test when it throws none. */
function thrownBy(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  return expect.fail('expected an error')
}

describe('defineKind', () => {
  it('returns a frozen definition with the kind, its schema and its weights', () => {
    expect(Object.isFrozen(sanction)).toBe(true)
    expect(sanction.kind).toBe('sanction')
    expect(sanction.weights).toBe(sanctionWeights)
  })

  it('joins the envelope to the kind’s fields', () => {
    // given a sanction event, when its schema parses it, then envelope defaults are filled in
    expect(sanction.schema.parse(euSanctionsRussia)).toEqual({ ...euSanctionsRussia, certainty: 'reported' })
  })

  it('checks that the actors named by the kind’s fields are listed', () => {
    const result = sanction.schema.safeParse({ ...euSanctionsRussia, actors: ['EU'] })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['target'], message: '"RUS" must also be listed in actors' }),
    ])
  })

  it('gives a kind without weights no tone', () => {
    const note = defineKind('note', { text: z.string() })
    expect(note.weights.default).toMatchObject({ cameo: null, quadClass: null, goldstein: 0 })
  })

  it('keeps who acts on whom', () => {
    expect(sanction.direction?.(sanction.schema.parse(euSanctionsRussia))).toEqual({ from: ['EU'], to: ['RUS'] })
  })

  it.each(KINDS)('refuses the built-in name %s', (kind) => {
    // given a kind named like a built-in one, when it is defined, then an InvalidArgumentError says so
    const error = thrownBy(() => defineKind(kind, {}))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as InvalidArgumentError).message).toBe(`kind: "${kind}" is a built-in kind`)
  })

  it.each(['id', 'kind', 'recorded', 'actors', 'certainty'])(
    'refuses a shape that redefines the envelope field %s',
    (field) => {
      // given a kind whose own fields would replace one of the envelope's
      const error = thrownBy(() => defineKind('sanction', { [field]: z.number() }))
      // then it is refused, naming the field
      expect(error).toBeInstanceOf(InvalidArgumentError)
      expect((error as Error).message).toBe(`shape: "${field}" is a field of the envelope: a kind cannot redefine it`)
    },
  )

  it.each(['__proto__', 'constructor', 'prototype', ''])('refuses the reserved name %j', (kind) => {
    const error = thrownBy(() => defineKind(kind, {}))
    expect(error).toBeInstanceOf(EntenteError)
    expect((error as EntenteError).code).toBe('invalid-argument')
  })
})

describe('extendVocabulary', () => {
  const vocabulary = extendVocabulary(sanction)

  it('knows the built-in kinds and the new one', () => {
    expect(vocabulary.kinds).toEqual([...KINDS, 'sanction'])
  })

  it('parses an event of the new kind', () => {
    expect(vocabulary.parse(euSanctionsRussia)).toMatchObject({
      kind: 'sanction',
      target: 'RUS',
      certainty: 'reported',
    })
  })

  it('still parses the built-in kinds', () => {
    expect(vocabulary.parse(build.meeting()).kind).toBe('meeting')
  })

  it('rejects an invalid event of the new kind with a ValidationError at the field', () => {
    const result = vocabulary.safeParse({ ...euSanctionsRussia, measures: [] })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.issues).toEqual([
      { code: 'too-small', eventId: 'eu-sanctions-rus-11', path: ['measures'], message: 'needs at least 1 item' },
    ])
  })

  it('throws a ValidationError from parse', () => {
    expect(() => vocabulary.parse({ ...euSanctionsRussia, imposer: 'the EU' })).toThrow(ValidationError)
  })

  it('names the new kind among those expected when a kind is unknown', () => {
    const result = vocabulary.safeParse({ ...euSanctionsRussia, kind: 'embargo' })
    expect(!result.ok && result.error.issues[0]?.message).toContain('threat, sanction')
  })

  it('adds the new kind’s weights to the built-in ones', () => {
    expect(vocabulary.weights).toEqual({ ...WEIGHTS, sanction: sanctionWeights })
  })

  it('keeps the directions of the kinds that give one', () => {
    expect(Object.keys(vocabulary.directions)).toEqual(['sanction'])
  })

  it('refuses two kinds of the same name', () => {
    const error = thrownBy(() => extendVocabulary(sanction, defineKind('sanction', {})))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as Error).message).toBe('definitions: the kind "sanction" is defined twice')
  })

  it('leaves the default vocabulary as it was', () => {
    expect(defaultVocabulary.kinds).toEqual(KINDS)
    expect(defaultVocabulary.safeParse(euSanctionsRussia).ok).toBe(false)
  })
})

describe('defaultVocabulary', () => {
  it('knows the twenty-four built-in kinds', () => {
    expect(defaultVocabulary.kinds).toHaveLength(24)
  })

  it('parses as parseEvent does', () => {
    expect(defaultVocabulary.parse(build.aid())).toMatchObject({ kind: 'aid', certainty: 'reported' })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(defaultVocabulary)).toBe(true)
    expect(Object.isFrozen(defaultVocabulary.kinds)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { actorIdSchema, envelope, envelopeShape, parseEvent } from '../../src/index.js'
import { build } from '../support/build.js'
import { invalidEnvelopeCases, validEnvelopeCases } from '../support/cases.js'
import { issuesOf, onlyIssue } from '../support/issues.js'

describe('the envelope every event shares', () => {
  it.each(validEnvelopeCases)('accepts $name', ({ value }) => {
    expect(() => parseEvent(value)).not.toThrow()
  })

  it.each(invalidEnvelopeCases)('rejects $name', ({ value, path, message }) => {
    // given an event wrong in one field of its envelope, when it is parsed, then that field is reported
    const issue = onlyIssue(value)
    expect(issue.path).toEqual(path)
    expect(issue.message).toContain(message)
  })

  it('takes a certainty of "reported" when none is given', () => {
    // given a visit that does not say how sure its source is
    const visit = build.visit()
    // when it is parsed, then it is reported
    expect(parseEvent(visit).certainty).toBe('reported')
  })

  it('keeps a certainty that is given', () => {
    expect(parseEvent(build.visit({ certainty: 'disputed' })).certainty).toBe('disputed')
  })

  it('reports every unknown field, each at its own path', () => {
    const visit = { ...build.visit(), note: 'typo', sorce: 'typo' }
    expect(issuesOf(visit)).toEqual([
      expect.objectContaining({ path: ['note'], message: 'unknown field "note"' }),
      expect.objectContaining({ path: ['sorce'], message: 'unknown field "sorce"' }),
    ])
  })

  it('lists the shared fields in one shape, without kind', () => {
    expect(Object.keys(envelopeShape)).toEqual([
      'id',
      'occurred',
      'recorded',
      'actors',
      'sources',
      'certainty',
      'location',
      'tags',
      'notes',
      'weight',
      'backdated',
    ])
  })
})

describe('envelope', () => {
  const sanctionSchema = envelope(
    'sanction',
    { imposer: actorIdSchema, target: actorIdSchema, measures: z.array(z.string()) },
    (e) => [
      [['imposer'], e.imposer],
      [['target'], e.target],
    ],
  )
  const sanction = {
    id: 'eu-sanctions-rus',
    kind: 'sanction',
    occurred: '2023-06-23',
    recorded: '2023-06-24T00:00:00Z',
    actors: ['EU', 'RUS'],
    sources: ['eu-council-2023-06-23'],
    imposer: 'EU',
    target: 'RUS',
    measures: ['export ban'],
  }

  it('joins the envelope to the fields of a kind', () => {
    // given a kind made with envelope, when an event of it is parsed, then envelope defaults are filled in
    expect(sanctionSchema.parse(sanction)).toEqual({ ...sanction, certainty: 'reported' })
  })

  it('checks that the actors the kind names are listed in actors', () => {
    // given a sanction whose target is not listed
    const result = sanctionSchema.safeParse({ ...sanction, actors: ['EU'] })
    // then the target is blamed at its path
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['target'], message: '"RUS" must also be listed in actors' }),
    ])
  })

  it('checks the actors named against a long list of actors as against a short one', () => {
    // given a sanction whose actors list twenty bystanders besides the imposer
    const bystanders = Array.from({ length: 20 }, (_, i) => `ORG${String.fromCharCode(65 + i)}`)
    const listed = { ...sanction, actors: ['EU', ...bystanders, 'RUS'] }
    // then it is valid with the target listed last, and the target is blamed when it is left out
    expect(sanctionSchema.safeParse(listed).success).toBe(true)
    const result = sanctionSchema.safeParse({ ...listed, actors: ['EU', ...bystanders] })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['target'], message: '"RUS" must also be listed in actors' }),
    ])
  })

  it('rejects fields that are neither the envelope’s nor the kind’s', () => {
    expect(sanctionSchema.safeParse({ ...sanction, severity: 'high' }).success).toBe(false)
  })

  it('refuses a kind whose fields would replace the envelope’s', () => {
    // given a kind that makes recorded optional, when it is made, then it is refused
    expect(() => envelope('rumour', { recorded: z.string().optional() })).toThrow(
      'shape: "recorded" is a field of the envelope: a kind cannot redefine it',
    )
  })

  it('rejects an event of another kind', () => {
    expect(sanctionSchema.safeParse({ ...sanction, kind: 'embargo' }).success).toBe(false)
  })
})

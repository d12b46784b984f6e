import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findStaleSchemas, generateSchemas, SCHEMA_DIRECTORY } from '../../scripts/schemas.js'
import { dateStringSchema, type EventKind, eventSchema, KINDS, kindSchemas } from '../../src/index.js'
import { anyEvent, dateString, eventOf, inlineCitation } from '../support/arbitraries.js'
import { invalidCases, invalidEnvelopeCases, validCases, validEnvelopeCases } from '../support/cases.js'

const directory = join(fileURLToPath(new URL('../..', import.meta.url)), SCHEMA_DIRECTORY)
const readSchema = (file: string): object => JSON.parse(readFileSync(join(directory, file), 'utf8')) as object

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validateEvent = ajv.compile(readSchema('event.schema.json'))
const validateKind = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(readSchema(`${kind}.schema.json`))]))

/** The kind of a value, if it has one. */
const kindOf = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' && 'kind' in value && typeof value.kind === 'string'
    ? value.kind
    : undefined
const isKind = (kind: string | undefined): kind is EventKind =>
  (KINDS as readonly (string | undefined)[]).includes(kind)

/** A path as a JSON Pointer, as ajv reports where an error is. */
const pointer = (path: readonly (string | number)[]) => path.map((segment) => `/${segment}`).join('')

/** Where each ajv error is, naming the missing or unknown field for errors reported at its parent. */
function errorPointers(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const field =
      (error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ??
      (error.params as { missingProperty?: string }).missingProperty
    return field === undefined ? error.instancePath : `${error.instancePath}/${field}`
  })
}

const everyValid = [...Object.values(validCases).flat(), ...validEnvelopeCases]
const everyInvalid = [...Object.values(invalidCases).flat(), ...invalidEnvelopeCases]

describe('docs/schema', () => {
  it('is what the zod schemas generate now (run npm run schema when this fails)', async () => {
    expect(await findStaleSchemas(directory)).toEqual([])
  })

  it('holds the union and one schema per kind', () => {
    expect([...generateSchemas().keys()].sort()).toEqual(
      ['event.schema.json', ...KINDS.map((kind) => `${kind}.schema.json`)].sort(),
    )
  })

  it('gives each schema an $id, a title and a description, and ends it with a newline', () => {
    for (const [file, content] of generateSchemas()) {
      expect(JSON.parse(content)).toMatchObject({
        $id: expect.stringMatching(new RegExp(`/${file}$`)),
        title: expect.any(String),
        description: expect.any(String),
      })
      expect(content.endsWith('}\n')).toBe(true)
    }
  })
})

describe('the JSON Schema of events, held to the zod schemas', () => {
  it.each(everyValid)('accepts $name, as zod does', ({ value }) => {
    // given an event zod accepts, then the JSON Schema accepts it too
    expect(eventSchema.safeParse(value).success).toBe(true)
    expect(validateEvent(value), ajv.errorsText(validateEvent.errors)).toBe(true)
  })

  it.each(everyInvalid.filter((c) => c.jsonSchema === 'rejects'))('rejects $name, as zod does', ({ value }) => {
    // given an event wrong in a way JSON Schema can express, then both reject it
    expect(eventSchema.safeParse(value).success).toBe(false)
    expect(validateEvent(value)).toBe(false)
  })

  it.each(everyInvalid.filter((c) => c.jsonSchema === 'rejects' && isKind(kindOf(c.value))))(
    'rejects $name in the schema of its kind, at the same path',
    ({ value, path }) => {
      const validate = validateKind[kindOf(value)!]!
      expect(validate(value)).toBe(false)
      expect(errorPointers(validate.errors)).toContain(pointer(path))
    },
  )

  it.each(everyInvalid.filter((c) => c.jsonSchema === 'zod-only'))(
    'leaves $name to zod, which rejects it',
    ({ value }) => {
      // given an event only zod's own checks can fault, then zod rejects it
      expect(eventSchema.safeParse(value).success).toBe(false)
    },
  )

  it.each(KINDS)('has a schema of %s that accepts the valid events of that kind', (kind) => {
    for (const { value } of validCases[kind])
      expect(validateKind[kind]!(value), ajv.errorsText(validateKind[kind]!.errors)).toBe(true)
  })

  it.each(KINDS)('has a schema of %s that rejects events of the other kinds', (kind) => {
    const others = KINDS.filter((other) => other !== kind).map((other) => validCases[other][0]!.value)
    expect(others.filter((value) => validateKind[kind]!(value))).toEqual([])
  })

  it('accepts every generated event that zod accepts', () => {
    fc.assert(
      fc.property(anyEvent, (value) => {
        expect(eventSchema.safeParse(value).success).toBe(true)
        expect(validateEvent(value), ajv.errorsText(validateEvent.errors)).toBe(true)
      }),
    )
  })

  it.each(KINDS)('accepts every generated %s event in the schema of its kind', (kind) => {
    fc.assert(
      fc.property(eventOf(kind), (value) => {
        expect(kindSchemas[kind].safeParse(value).success).toBe(true)
        expect(validateKind[kind]!(value), ajv.errorsText(validateKind[kind]!.errors)).toBe(true)
      }),
      { numRuns: 30 },
    )
  })

  it('accepts in a date field every string that zod accepts as a date, and more only where the calendar decides', () => {
    // given any string at all, or any date string, the JSON Schema is never stricter than zod
    const occurred = (value: string) =>
      validateKind.visit!({ ...(validCases.visit[0]!.value as object), occurred: value })
    fc.assert(
      fc.property(
        fc.oneof(
          dateString,
          fc.string({ maxLength: 30 }),
          fc.stringMatching(/^\d{4}(-\d{2}){0,2}(T\d{2}:\d{2}(:\d{2})?Z?)?$/),
        ),
        (value) => {
          if (dateStringSchema.safeParse(value).success) expect(occurred(value)).toBe(true)
        },
      ),
    )
  })

  it('accepts every citation zod accepts, URLs included', () => {
    const withSource = (source: unknown) => ({ ...(validCases.visit[0]!.value as object), sources: [source] })
    fc.assert(
      fc.property(
        fc.oneof(
          inlineCitation,
          inlineCitation.chain((c) =>
            fc
              .webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
              .map((url) => ({ ...c, url: ` ${url.toUpperCase()} ` })),
          ),
        ),
        (citation) => {
          if (eventSchema.safeParse(withSource(citation)).success)
            expect(validateEvent(withSource(citation)), ajv.errorsText(validateEvent.errors)).toBe(true)
        },
      ),
    )
  })
})

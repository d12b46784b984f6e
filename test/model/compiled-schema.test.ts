import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generate } from '../../bench/generate.js'
import { defaultVocabulary, Timeline, ValidationError } from '../../src/index.js'
import { _GIVE_UP, _parseJsonValue } from '../../src/model/compiled-schema.js'
import { anyEvent } from '../support/arbitraries.js'

const schema = defaultVocabulary.schema

/** What zod says of a value: its output, or its issues. */
function zodSays(value: unknown): { ok: true; text: string } | { ok: false } {
  const result = defaultVocabulary.safeParse(value)
  return result.ok ? { ok: true, text: JSON.stringify(result.value) } : { ok: false }
}

/** A JSON value as `JSON.parse` gives it. */
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

/** Values that break a field in one way or another. */
const badValue = fc.constantFrom<unknown>(
  null,
  0,
  -1,
  11,
  1.5,
  true,
  '',
  ' ',
  'x'.repeat(2_001),
  '2023-02-30',
  '2023-13',
  '2023-07-12T25:00:00Z',
  'NOT AN ID',
  'ftp://example.org',
  'not-a-kind',
  [],
  [''],
  {},
  { from: '2023-07-12', to: '2023-07-11' },
  '__proto__',
)

/** Every path to a field of a JSON value (objects and arrays). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return keys.flatMap((key) => [
    [...prefix, key],
    ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key]),
  ])
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown }

function mutate(event: unknown, path: (string | number)[], mutation: Mutation): unknown {
  const copy = viaJson(event) as Record<string, unknown>
  let parent: Record<string | number, unknown> = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (mutation.kind === 'set') parent[last] = mutation.value
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (!Array.isArray(parent)) parent[mutation.key] = mutation.value
  return copy
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  badValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.constantFrom('extra', 'id', 'kind', 'quote', 'for'), badValue).map(([key, value]) => ({
    kind: 'add' as const,
    key,
    value,
  })),
)

/** A valid event broken (or, by chance, left valid) at one of its fields. */
const mutatedEvent = anyEvent.chain((event) => {
  const paths = pathsOf(viaJson(event))
  return fc.tuple(fc.constantFrom(...paths), mutation).map(([path, how]) => mutate(event, path, how))
})

describe('the validator compiled from the event schema', () => {
  it('accepts every valid event with the very output zod gives, keys in the same order', () => {
    fc.assert(
      fc.property(anyEvent, (event) => {
        const value = viaJson(event)
        const zod = zodSays(value)
        const compiled = _parseJsonValue(schema, value)
        expect(zod.ok).toBe(true)
        expect(compiled).not.toBe(_GIVE_UP)
        expect(JSON.stringify(compiled)).toBe((zod as { text: string }).text)
        expect(compiled).toStrictEqual(defaultVocabulary.parse(value))
      }),
      { numRuns: 300 },
    )
  })

  it('gives up on every value zod rejects, and agrees with zod on every one it accepts', () => {
    let rejected = 0
    fc.assert(
      fc.property(mutatedEvent, (value) => {
        const zod = zodSays(value)
        const compiled = _parseJsonValue(schema, value)
        if (!zod.ok) {
          rejected++
          expect(compiled).toBe(_GIVE_UP)
        } else if (compiled !== _GIVE_UP) expect(JSON.stringify(compiled)).toBe(zod.text)
      }),
      { numRuns: 1_000 },
    )
    // The mutations must mostly break events, or the property says little.
    expect(rejected).toBeGreaterThan(500)
  })

  it('accepts the generated log as zod does, without giving up', () => {
    for (const event of generate({ events: 3_000, seed: 5 })) {
      const value = viaJson(event)
      const compiled = _parseJsonValue(schema, value)
      expect(compiled).not.toBe(_GIVE_UP)
      expect(JSON.stringify(compiled)).toBe((zodSays(value) as { text: string }).text)
    }
  })

  it('leaves the errors of a load to zod: same issues, same line', () => {
    fc.assert(
      fc.property(mutatedEvent, (value) => {
        const zod = defaultVocabulary.safeParse(value)
        fc.pre(!zod.ok)
        const text = `\n${JSON.stringify(value)}\n`
        let thrown: unknown
        try {
          Timeline.fromNdjson(text)
        } catch (error) {
          thrown = error
        }
        expect(thrown).toBeInstanceOf(ValidationError)
        const expected = (zod as { error: ValidationError }).error.issues.map((issue) => ({ ...issue, line: 2 }))
        expect((thrown as ValidationError).issues).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})

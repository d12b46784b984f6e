import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { generate } from '../../bench/generate.js'
import { defaultVocabulary, Timeline, ValidationError } from '../../src/index.js'
import { _compiledAs, _GIVE_UP, _parseJsonValue as parseJsonValue } from '../../src/model/compiled-schema.js'
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

/** The same JSON value with the keys of each object in another order, decided by `seed`. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item) => reordered(item, seed))
  if (typeof value !== 'object' || value === null) return value
  const rank = (key: string): number => {
    let hash = seed
    for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0
    return hash
  }
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b))
  return Object.fromEntries(keys.map((key) => [key, reordered((value as Record<string, unknown>)[key], seed)]))
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

/** Both ways of compiling: generated code, and the closures used where code cannot be made. */
describe.each(['code', 'closures'] as const)('compiled as %s', (how) => {
  const made = new Map<z.ZodType, (value: unknown) => unknown>()
  /** What `_parseJsonValue` answers, by this way of compiling. */
  const _parseJsonValue = (schema: z.ZodType, value: unknown): unknown => {
    let validator = made.get(schema)
    if (validator === undefined) made.set(schema, (validator = _compiledAs(schema, how)))
    try {
      return validator(value)
    } catch {
      return _GIVE_UP
    }
  }

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

    it("gives zod's output for keys in any order, and the event itself for keys in the schema's order", () => {
      // given valid events with the keys of every object shuffled
      fc.assert(
        fc.property(anyEvent, fc.nat(), (event, seed) => {
          const shuffled = reordered(viaJson(event), seed)
          const zod = defaultVocabulary.parse(shuffled)
          // then the output is zod's, keys in zod's order, whatever order they came in
          expect(JSON.stringify(_parseJsonValue(schema, shuffled))).toBe(JSON.stringify(zod))
          // and an event whose keys already come in that order is its own output, not a copy
          const ordered = viaJson(zod)
          expect(_parseJsonValue(schema, ordered)).toBe(ordered)
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
  })

  describe('the compiled validator of any schema', () => {
    // Each construct it reads itself, and some it leaves to zod (records, transforms, coercion,
    // catch-alls, nullable), in one schema: its answers must be zod's.
    const custom = z.strictObject({
      name: z.string().min(2).max(8),
      count: z.number().int().min(0).lt(100).optional(),
      ratio: z.number().gt(0).max(1).optional(),
      flag: z.boolean().default(false),
      tags: z
        .array(z.enum(['a', 'b']))
        .max(2)
        .optional(),
      either: z.union([z.literal('x'), z.number(), z.strictObject({ y: z.string() })]).optional(),
      loose: z.object({ keep: z.string() }).optional(),
      extra: z.object({ keep: z.string() }).catchall(z.number()).optional(),
      record: z.record(z.string(), z.number()).optional(),
      shout: z
        .string()
        .transform((s) => s.toUpperCase())
        .optional(),
      coerced: z.coerce.number().optional(),
      coercedText: z.coerce.string().optional(),
      coercedFlag: z.coerce.boolean().optional(),
      big: z.bigint().min(1n).max(5n).optional(),
      sometimes: z
        .string()
        .refine((s) => s !== 'no', { when: () => false })
        .optional(),
      maybe: z.string().nullable().optional(),
      trimmed: z.string().trim().optional(),
      checked: z
        .string()
        .check((ctx) => {
          if (ctx.value === 'no') ctx.issues.push({ code: 'custom', input: ctx.value, message: 'no' })
        })
        .optional(),
    })
    const field = fc.oneof(
      fc.constant(undefined),
      badValue,
      fc.string({ maxLength: 10 }),
      fc.integer({ min: -5, max: 120 }),
      fc.double({ min: -1, max: 2, noNaN: true }),
      fc.boolean(),
      fc.constantFrom('x', 'no', ' padded ', 'a', 'b'),
      fc.constantFrom({ y: 'z' }, { y: 1 }, { keep: 'k' }, { keep: 'k', more: 1 }, { keep: 'k', more: 'm' }),
      fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    )
    const keys = ['count', 'ratio', 'flag', 'tags', 'either', 'loose', 'extra', 'record', 'shout', 'coerced']
    const moreKeys = ['maybe', 'trimmed', 'checked', 'coercedText', 'coercedFlag', 'big', 'sometimes', 'unknown']
    // Each key is mostly absent, so that some values are wholly valid and others broken at a few keys.
    const value = fc
      .tuple(
        fc.oneof({ arbitrary: fc.constantFrom('ab', 'abcdefgh'), weight: 4 }, { arbitrary: field, weight: 1 }),
        ...[...keys, ...moreKeys].map((key) =>
          fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: field.map((v) => [[key, v]]), weight: 1 }),
        ),
      )
      .map(([name, ...entries]) => ({ name, ...Object.fromEntries((entries as [string, unknown][][]).flat()) }))

    it('accepts only what zod accepts, and gives what zod gives', () => {
      let accepted = 0
      fc.assert(
        fc.property(value, (raw) => {
          const input = viaJson(raw)
          const zod = custom.safeParse(input)
          const compiled = _parseJsonValue(custom, input)
          if (!zod.success) expect(compiled).toBe(_GIVE_UP)
          else if (compiled !== _GIVE_UP) {
            accepted++
            expect(JSON.stringify(compiled)).toBe(JSON.stringify(zod.data))
          }
        }),
        { numRuns: 2_000 },
      )
      expect(accepted).toBeGreaterThan(0)
    })

    it('fills defaults and drops unknown keys of a non-strict object as zod does', () => {
      const input = { name: 'ab', loose: { keep: 'k', more: 1 } }
      expect(_parseJsonValue(custom, input)).toEqual({ name: 'ab', flag: false, loose: { keep: 'k' } })
    })

    it('gives up on a value zod rewrites or reads in its own way', () => {
      for (const input of [
        { name: 'ab', shout: 'hey' },
        { name: 'ab', coerced: '3' },
        { name: 'ab', trimmed: ' padded ' },
        { name: 'ab', record: { a: 1 } },
      ]) {
        const compiled = _parseJsonValue(custom, input)
        if (compiled !== _GIVE_UP) expect(compiled).toEqual(custom.parse(input))
      }
      expect(_parseJsonValue(custom, { name: 'ab', trimmed: ' padded ' })).toBe(_GIVE_UP)
    })

    it('writes a copy of any set of keys, in any order, as zod writes it: past the sets it keeps, and past thirty keys', () => {
      // given an object of nine optional keys, each an array of objects, and one of thirty-two
      const narrow = z.strictObject(
        Object.fromEntries(
          Array.from({ length: 9 }, (_, i) => [
            `k${i}`,
            z.array(z.object({ n: z.number(), s: z.string() })).optional(),
          ]),
        ),
      )
      const wide = z.strictObject(
        Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`k${i}`, z.number().optional()])),
      )
      // the keys of `keys` (a bit each), in an order decided by `seed`, and inner objects' keys reversed
      const inputOf = (keys: number, count: number, seed: number): Record<string, unknown> => {
        const present = Array.from({ length: count }, (_, i) => i).filter((i) => (keys >>> i) % 2 === 1)
        const rank = (i: number): number => Math.imul(i + 1, 2_654_435_761 ^ seed) >>> 0
        const value = (i: number): unknown =>
          count === 9
            ? [
                { n: i, s: 'a' },
                { s: 'b', n: i },
              ]
            : i
        return Object.fromEntries(present.sort((a, b) => rank(a) - rank(b)).map((i) => [`k${i}`, value(i)]))
      }
      const sameAsZod = (schema: z.ZodType, input: unknown): void => {
        const compiled = _parseJsonValue(schema, input) as object
        const zod = schema.parse(input) as object
        // then each is zod's output, keys in zod's order (no key it leaves out), a plain object like zod's
        expect(JSON.stringify(compiled)).toBe(JSON.stringify(zod))
        expect(Object.keys(compiled)).toEqual(Object.keys(zod))
        expect(Object.getPrototypeOf(compiled)).toBe(Object.prototype)
      }
      // every one of the 512 sets of the narrow object's keys (more than are kept written out)
      for (let keys = 0; keys < 512; keys++) sameAsZod(narrow, inputOf(keys, 9, keys))
      fc.assert(
        fc.property(fc.nat(), fc.nat(), (keys, seed) => sameAsZod(wide, inputOf(keys, 32, seed))),
        { numRuns: 200 },
      )
    })

    it('gives up on a key that an object has only through its prototype, which zod reads', () => {
      const schema = z.object({ constructor: z.string().optional() })
      expect(schema.safeParse({}).success).toBe(false)
      expect(_parseJsonValue(schema, {})).toBe(_GIVE_UP)
    })

    it("gives zod's output for the nodes it leaves to zod, the input where zod's equals it", () => {
      // given nodes zod reads itself: a tuple, a record of objects, and transforms that add,
      // rename or replace keys
      const cases: [z.ZodType, unknown][] = [
        [z.tuple([z.string(), z.number()]), ['a', 1]],
        [z.tuple([z.string(), z.number()]), ['a', 'b']],
        [z.object({ t: z.tuple([z.array(z.string()), z.number()]) }), { t: [['x'], 1] }],
        [z.record(z.string(), z.object({ n: z.number() })), { a: { n: 1 }, b: { n: 2 } }],
        [z.object({ a: z.string() }).transform((v) => ({ ...v, b: 1 })), { a: 'x' }],
        [z.object({ a: z.string() }).transform((v) => ({ c: v.a })), { a: 'x' }],
        [z.object({ a: z.string() }).transform((v) => new Map([['a', v.a]])), { a: 'x' }],
        [z.object({ a: z.array(z.number()) }).transform((v) => ({ a: [...v.a, 0] })), { a: [1] }],
      ]
      for (const [schema, input] of cases) {
        const zod = schema.safeParse(input)
        const compiled = _parseJsonValue(schema, input)
        // then each answer is zod's, and a value zod gives back unchanged is the input itself
        if (!zod.success) expect(compiled).toBe(_GIVE_UP)
        else {
          expect(compiled).toEqual(zod.data)
          if (JSON.stringify(zod.data) === JSON.stringify(input) && !(zod.data instanceof Map))
            expect(compiled).toBe(input)
        }
      }
    })

    it('reads a discriminated union by its discriminator, as zod does', () => {
      const schema = z.discriminatedUnion('k', [
        z.strictObject({ k: z.literal('a'), n: z.number() }),
        z.strictObject({ k: z.literal('b') }),
      ])
      for (const input of [{ k: 'a', n: 1 }, { k: 'a' }, { k: 'b' }, { k: 'c' }, 'a', null, ['a']]) {
        const compiled = _parseJsonValue(schema, input)
        const zod = schema.safeParse(input)
        if (!zod.success) expect(compiled).toBe(_GIVE_UP)
        else expect(compiled).toEqual(zod.data)
      }
    })

    it('leaves a discriminated union with a fallback to zod', () => {
      const schema = z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })], {
        unionFallback: true,
      })
      for (const input of [{ k: 'a' }, { k: 'c' }, 'a']) {
        const compiled = _parseJsonValue(schema, input)
        const zod = schema.safeParse(input)
        if (!zod.success) expect(compiled).toBe(_GIVE_UP)
        else expect(compiled).toEqual(zod.data)
      }
    })

    it('tests literal values of every JSON type, and sets of many, as zod does', () => {
      // given literals of a number, a boolean and null, a large number, and an enum of nine values
      const literals = z.strictObject({
        level: z.literal(3).optional(),
        yes: z.literal(true).optional(),
        nothing: z.literal(null).optional(),
        huge: z.literal(1e21).optional(),
        either: z.union([z.literal(0), z.literal(false)]).optional(),
        many: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']).optional(),
      })
      const field = fc.constantFrom<unknown>(3, '3', 4, true, false, 'true', null, 0, 1e21, 'i', 'j', 'a', [], {})
      const keys = ['level', 'yes', 'nothing', 'huge', 'either', 'many', 'other']
      let accepted = 0
      fc.assert(
        fc.property(fc.subarray(keys), fc.array(field, { minLength: 7, maxLength: 7 }), (present, values) => {
          const input = viaJson(Object.fromEntries(present.map((key) => [key, values[keys.indexOf(key)]])))
          const zod = literals.safeParse(input)
          const compiled = _parseJsonValue(literals, input)
          // then each answer is zod's
          if (!zod.success) expect(compiled).toBe(_GIVE_UP)
          else {
            accepted++
            expect(JSON.stringify(compiled)).toBe(JSON.stringify(zod.data))
          }
        }),
        { numRuns: 500 },
      )
      expect(accepted).toBeGreaterThan(0)
    })

    it('writes any key of a schema into its code as the key itself', () => {
      // given keys that need quoting in code, and keys the prototype of an object has
      const awkward = z.strictObject({
        'a"b': z.string().optional(),
        "it's": z.number().optional(),
        'back\\slash': z.boolean().optional(),
        'line\u2028break': z.literal('x').optional(),
        toString: z.string().optional(),
        'x y': z.enum(['p', 'q']).default('p'),
      })
      const inputs: Record<string, unknown>[] = [
        {},
        { 'a"b': 'v', "it's": 1, 'back\\slash': true, 'line\u2028break': 'x', toString: 's', 'x y': 'q' },
        { 'a"b': 1 },
        { "it's": 'no' },
        { 'line\u2028break': 'y' },
        { toString: 2 },
        { 'x y': 'r' },
        { other: 1 },
      ]
      // and a key the prototype's setter would take, as JSON.parse makes it: an own key
      for (const input of [...inputs.map(viaJson), JSON.parse('{"__proto__": {"x": 1}}')]) {
        const zod = awkward.safeParse(input)
        const compiled = _parseJsonValue(awkward, input)
        // then each answer is zod's: refused alike, or the same output
        if (!zod.success) expect(compiled).toBe(_GIVE_UP)
        else if (compiled !== _GIVE_UP) expect(JSON.stringify(compiled)).toBe(JSON.stringify(zod.data))
      }
      expect(_parseJsonValue(awkward, viaJson(inputs[1]))).toEqual(inputs[1])
    })
  })
})

describe("the library's own compiled validator", () => {
  it('gives the answers of generated code where the runtime makes code, for any schema', () => {
    // given a schema of one's own, validated through the library's entry, and through generated code
    const schema = z.strictObject({ name: z.string().min(2), tags: z.array(z.enum(['a', 'b'])).optional() })
    const code = _compiledAs(schema, 'code')
    // then both answer alike
    for (const input of [{ name: 'ab' }, { name: 'a' }, { name: 'ab', tags: ['b'] }, { name: 'ab', tags: ['c'] }, {}])
      expect(parseJsonValue(schema, input)).toEqual(code(input))
  })
})

describe('loading an invalid event', () => {
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

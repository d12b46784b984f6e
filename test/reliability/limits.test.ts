/**
 * The input limits (ReadLimits: line length, nesting depth, string length): documented with
 * their defaults, enforced on every way in (NDJSON strings and streams, JSON, objects given to
 * append), configurable per call, and sized for real abuse: lines and strings of tens of
 * megabytes, made here rather than committed. test/log/codec/limits.test.ts covers the
 * boundaries of each limit on small inputs.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  actorIdSchema,
  DEFAULT_LIMITS,
  defineKind,
  extendVocabulary,
  InvalidArgumentError,
  LimitExceededError,
  type ReadLimits,
  Timeline,
  ValidationError,
} from '../../src/index.js'
import { build } from '../support/build.js'
import { rejected, thrown } from '../support/thrown.js'
import { declarations } from '../support/timeline.js'

const MB = 1_000_000
const declared = declarations(['stoltenberg-jens', 'NATO', 'JPN'])
const head = `${declared.map((event) => JSON.stringify(event)).join('\n')}\n`
const lastLine = declared.length + 1
const statement = build.statement({ id: 'long' })

/** The statement's JSON with `padding` spaces before its closing brace: valid JSON of any length. */
const padded = (padding: number) => `${JSON.stringify(statement).slice(0, -1)}${' '.repeat(padding)}}`

/** A stream of the text in 64 KiB pieces that counts how many pieces were asked for. */
function pieces(text: string): { stream: AsyncGenerator<string>; asked: () => number; total: number } {
  const size = 65_536
  let asked = 0
  async function* stream(): AsyncGenerator<string> {
    for (let at = 0; at < text.length; at += size) {
      asked++
      yield text.slice(at, at + size)
    }
  }
  return { stream: stream(), asked: () => asked, total: Math.ceil(text.length / size) }
}

/** A kind of one's own with a text field of any length and a payload of any shape. */
const note = defineKind(
  'note',
  { author: actorIdSchema, text: z.string().optional(), payload: z.unknown().optional() },
  { actors: (e) => [[['author'], e.author]] },
)
const vocabulary = extendVocabulary(note)
const noteOf = (fields: { text?: string; payload?: unknown }) => ({
  id: 'note',
  kind: 'note',
  occurred: '2023-07-12',
  recorded: '2023-07-13T00:00:00Z',
  actors: ['JPN'],
  sources: [{ id: 'memo', publisher: 'Memo', published: '2023-07-13' }],
  author: 'JPN',
  ...fields,
})
const nested = (depth: number): unknown => {
  let value: unknown = 'core'
  for (let i = 0; i < depth; i++) value = { inner: value }
  return value
}

describe('ReadLimits', () => {
  const source = readFileSync(new URL('../../src/log/codec/limits.ts', import.meta.url), 'utf8')

  it('documents every limit with the default that is enforced', () => {
    // given the TSDoc of each field of ReadLimits
    const documented = new Map<string, number>()
    for (const match of source.matchAll(
      /\/\*\*((?:(?!\*\/)[\s\S])*?)@defaultValue ([\d_]+)\s*\*\/\s*readonly (\w+)\?: number/g,
    )) {
      expect(match[1]!.replace(/[\s*]/g, '').length, `${match[3]} says what it limits`).toBeGreaterThan(20)
      documented.set(match[3]!, Number(match[2]!.replaceAll('_', '')))
    }
    // then each limit in force is documented, with its default
    expect(Object.fromEntries(documented)).toEqual({ ...DEFAULT_LIMITS })
  })

  it('are frozen defaults that a caller cannot change for everyone', () => {
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true)
  })

  it.each<[string, ReadLimits]>([
    ['NaN', { maxDepth: Number.NaN }],
    ['zero', { maxLineLength: 0 }],
    ['a negative number', { maxStringLength: -1 }],
    ['a fraction', { maxDepth: 2.5 }],
    ['a string', { maxDepth: '64' as unknown as number }],
  ])('refuses %s as a limit, naming it, rather than lifting or breaking it', (_, limits) => {
    for (const read of [
      () => Timeline.fromNdjson('', { limits }),
      () => Timeline.fromJson('[]', { limits }),
      () => Timeline.empty({ limits }),
    ]) {
      const error = thrown(read)
      expect(error).toBeInstanceOf(InvalidArgumentError)
      expect((error as InvalidArgumentError).argument).toBe(`limits.${Object.keys(limits)[0]}`)
    }
  })

  it('keeps the default for a limit given as undefined', () => {
    // given a limit written out as undefined, as a caller passing on an unset option would
    const limits = { maxDepth: undefined } as unknown as ReadLimits
    // then the default depth still holds
    expect(thrown(() => Timeline.fromNdjson(head + '['.repeat(100), { limits }))).toMatchObject({
      limit: 'maxDepth',
      value: DEFAULT_LIMITS.maxDepth,
    })
  })

  it('take Infinity as no limit', () => {
    const line = padded(2 * MB)
    expect(Timeline.fromNdjson(head + line, { limits: { maxLineLength: Infinity } }).get('long')?.id).toBe('long')
  })
})

describe('a line of 20 MB', () => {
  const line = padded(20 * MB)

  it('is refused by default, from a string, naming the limit and the line', () => {
    const error = thrown(() => Timeline.fromNdjson(head + line))
    expect(error).toBeInstanceOf(LimitExceededError)
    expect(error).toMatchObject({
      code: 'limit-exceeded',
      limit: 'maxLineLength',
      value: DEFAULT_LIMITS.maxLineLength,
      line: lastLine,
    })
  })

  it('is refused by default from a stream, which stops reading soon after the limit', async () => {
    const { stream, asked, total } = pieces(head + line)
    const error = await rejected(Timeline.readNdjson(stream))
    expect(error).toMatchObject({ limit: 'maxLineLength', line: lastLine })
    // a 1 MB limit is passed within the first 17 pieces of 64 KiB; the line has over 300
    expect(asked()).toBeLessThan(20)
    expect(total).toBeGreaterThan(300)
  })

  it('is read, from a string and from a stream, when the caller raises the limit', async () => {
    const limits = { maxLineLength: 25 * MB }
    const quoteOf = (timeline: Timeline) => (timeline.get('long') as { quote?: string } | undefined)?.quote
    expect(quoteOf(Timeline.fromNdjson(head + line, { limits }))).toBe(statement.quote)
    expect(quoteOf(await Timeline.readNdjson(pieces(head + line).stream, { limits }))).toBe(statement.quote)
  }, 30_000)

  it('is held to no line limit in a JSON text, which is whole in memory already', () => {
    const json = `[${[...declared.map((event) => JSON.stringify(event)), line].join(',')}]`
    expect(Timeline.fromJson(json).get('long')?.id).toBe('long')
  }, 30_000)
})

describe('a string of 20 MB', () => {
  const text = 'x'.repeat(20 * MB)
  const raised = { maxLineLength: 25 * MB }

  it('is refused by default, in NDJSON and in JSON, naming the limit', async () => {
    const line = JSON.stringify({ ...statement, notes: text })
    expect(thrown(() => Timeline.fromNdjson(head + line, { limits: raised }))).toMatchObject({
      limit: 'maxStringLength',
      value: DEFAULT_LIMITS.maxStringLength,
      line: lastLine,
    })
    expect(thrown(() => Timeline.fromJson(`[${line}]`))).toMatchObject({ limit: 'maxStringLength', line: undefined })
    expect(await rejected(Timeline.readNdjson(pieces(head + line).stream, { limits: raised }))).toMatchObject({
      limit: 'maxStringLength',
      line: lastLine,
    })
  }, 30_000)

  it('passes the reader when the caller raises the limit, and meets the schema of its field, in a short message', () => {
    // given notes of 20 MB, where the envelope allows 10,000 characters
    const line = JSON.stringify({ ...statement, notes: text })
    const error = thrown(() => Timeline.fromNdjson(head + line, { limits: { ...raised, maxStringLength: 25 * MB } }))
    // then the schema refuses them, and the message does not repeat them
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({
      line: lastLine,
      eventId: 'long',
      path: ['notes'],
      message: 'is longer than 10000 characters',
    })
    expect((error as Error).message.length).toBeLessThan(200)
  }, 30_000)

  it('is kept whole in a kind of one’s own that allows it, once the caller raises the limits', async () => {
    const ndjson = `${JSON.stringify(declarations(['JPN'])[0])}\n${JSON.stringify(noteOf({ text }))}\n`
    const limits = { maxLineLength: 25 * MB, maxStringLength: 25 * MB }
    expect(thrown(() => Timeline.fromNdjson(ndjson, { vocabulary }))).toBeInstanceOf(LimitExceededError)
    expect(
      (Timeline.fromNdjson(ndjson, { vocabulary, limits }).get('note') as { text?: string } | undefined)?.text === text,
    ).toBe(true)
    expect((await Timeline.readNdjson(pieces(ndjson).stream, { vocabulary, limits })).get('note')?.kind).toBe('note')
  }, 30_000)
})

describe('nesting', () => {
  const declaredJapan = declarations(['JPN'])
  const ndjsonOf = (payload: unknown) => `${JSON.stringify(declaredJapan[0])}\n${JSON.stringify(noteOf({ payload }))}\n`

  it('deeper than the default is refused from text and from objects, and read when the caller raises the limit', async () => {
    // given a payload 100 levels deep, which the kind allows (the event itself is one more)
    const payload = nested(100)
    const ndjson = ndjsonOf(payload)
    // then by default every way in refuses it
    expect(thrown(() => Timeline.fromNdjson(ndjson, { vocabulary }))).toMatchObject({ limit: 'maxDepth', line: 2 })
    expect(thrown(() => Timeline.fromJson(`[${ndjson.trim().replace('\n', ',')}]`, { vocabulary }))).toMatchObject({
      limit: 'maxDepth',
    })
    const timeline = Timeline.from(declaredJapan, { vocabulary })
    const error = thrown(() => timeline.append(noteOf({ payload })))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({
      eventId: 'note',
      message: 'nests deeper than 64 levels',
    })
    // and with the limit raised, each reads it, and writes it back
    const limits = { maxDepth: 150 }
    const read = Timeline.fromNdjson(ndjson, { vocabulary, limits })
    expect(read.get('note')).toMatchObject({ payload })
    expect((await Timeline.readNdjson(pieces(ndjson).stream, { vocabulary, limits })).events).toEqual(read.events)
    expect(Timeline.from(declaredJapan, { vocabulary, limits }).append(noteOf({ payload })).toNdjson()).toBe(
      read.toNdjson(),
    )
  })

  it('of objects given to append is copied, so the caller’s object stays theirs and unfrozen', () => {
    // given a note whose payload is the caller's object
    const payload = { figures: [1, 2, 3] }
    const timeline = Timeline.from(declaredJapan, { vocabulary }).append(noteOf({ payload }))
    // then the log holds a frozen copy, and the caller may go on changing theirs
    const kept = timeline.get('note') as unknown as { payload: { figures: number[] } }
    expect(kept.payload).toEqual({ figures: [1, 2, 3] })
    expect(kept.payload).not.toBe(payload)
    expect(Object.isFrozen(payload)).toBe(false)
    payload.figures.push(4)
    expect(kept.payload.figures).toEqual([1, 2, 3])
  })

  it('of a correction’s changes follows the limits of the timeline appended to', () => {
    // given a launch in a timeline whose depth limit is 2
    const launch = build['military-activity']({ id: 'launch' })
    const timeline = Timeline.from([...declarations(['PRK', 'JPN']), launch], { limits: { maxDepth: 2 } })
    // when a correction changes its details (changes, then details: 2 levels) or nests one more level
    const ok = build.correction({ id: 'fix', target: 'launch', changes: { details: { flightMinutes: 73 } } })
    const deep = build.correction({ id: 'fix', target: 'launch', changes: { details: { flight: { minutes: 73 } } } })
    // then the first is appended, the second refused at its changes, in every version and view of the timeline
    expect(timeline.append(ok).version).toBe(timeline.version + 1)
    for (const t of [timeline, timeline.knownOn('2023-07-31'), timeline.append(ok).knownOn('2023-07-12')]) {
      const error = thrown(() => t.append(deep))
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues[0]).toMatchObject({
        eventId: 'fix',
        path: ['changes'],
        message: 'nests deeper than 2 levels',
      })
    }
  })
})

/**
 * Writes the bad-input corpus: one file a case under test/corpus/<group>/, each with its
 * sidecar `<case>.expect.json`, and the index in test/corpus/README.md. The files are
 * committed and read byte for byte by test/reliability/corpus.test.ts; run
 * `npx tsx test/corpus/generate.ts` to write them again after changing a case here.
 *
 * Bytes that no string can hold (invalid UTF-8, UTF-16) are written from byte arrays, which is
 * why the corpus is made by a script and not by hand.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, without } from '../support/build.js'
import { declarations, declarationsFor } from '../support/timeline.js'
import type { CorpusExpectation, CorpusReader, ExpectedError, ExpectedTimeline } from './expectation.js'

const here = dirname(fileURLToPath(import.meta.url))
const encoder = new TextEncoder()

/** An event with `id` and `kind` first, so a reader of a cut line can still find its id. */
function ordered(event: object): Record<string, unknown> {
  const e = event as Record<string, unknown>
  return { id: e['id'], kind: e['kind'], ...e }
}

/** One line of NDJSON: an event, or raw text. */
type Line = object | string

const textOf = (line: Line): string => (typeof line === 'string' ? line : JSON.stringify(ordered(line)))

/** NDJSON text of the lines, each ending with a newline. */
function ndjson(lines: readonly Line[]): string {
  return lines.map((line) => `${textOf(line)}\n`).join('')
}

/** The JSON of an event with raw text put in before its closing brace (for keys JSON.stringify cannot write twice). */
function withRaw(event: object, raw: string): string {
  const text = JSON.stringify(ordered(event))
  return `${text.slice(0, -1)},${raw}}`
}

/** The JSON of an event with the value of one placeholder string replaced by raw JSON text. */
function withRawValue(event: object, placeholder: string, raw: string): string {
  return JSON.stringify(ordered(event)).replace(JSON.stringify(placeholder), raw)
}

// The events the cases start from: each valid, with the actors it names declared before it.
const statement = build.statement({ id: 'stoltenberg-on-japan' })
const launch = build['military-activity']({ id: 'launch' })
const meeting = build.meeting({ id: 'kishida-meets-stoltenberg', summit: undefined })
const summit = build.summit({ id: 'vilnius' })
const confirm = build.correction({ id: 'launch-confirmed', target: 'launch' })

/** The declarations an event needs. */
const declare = (...events: object[]): object[] => declarationsFor(events)

interface Case {
  readonly name: string
  readonly description: string
  readonly content: string | Uint8Array
  readonly ext?: 'ndjson' | 'json'
  readonly readers?: readonly CorpusReader[]
  readonly error?: ExpectedError
  readonly timeline?: ExpectedTimeline
}

const NDJSON_READERS: readonly CorpusReader[] = ['fromNdjson', 'readNdjson', 'readNdjson-chunked', 'readTimelineFile']
const BYTE_READERS: readonly CorpusReader[] = ['readNdjson', 'readNdjson-chunked', 'readTimelineFile']
const JSON_READERS: readonly CorpusReader[] = ['fromJson', 'readTimelineFile']

const cases: Case[] = []

/** A case whose last line is `bad`, after the declarations `base` needs (and any `before`). */
function lastLine(
  name: string,
  description: string,
  base: object,
  bad: Line,
  error: Omit<ExpectedError, 'line'>,
  before: readonly object[] = [],
): void {
  const lines = [...declare(base, ...before), ...before, bad]
  cases.push({ name, description, content: ndjson(lines), error: { line: lines.length, ...error } })
}

/**
 * The event recorded at another time, citing an archive note of that UTC day when its source
 * would otherwise be published after it was recorded (which the log refuses).
 */
function recordedAt<T extends object>(event: T, recorded: string): T {
  const day = new Date(recorded).toISOString().slice(0, 10)
  return { ...event, recorded, sources: [{ id: `archive-${day}`, publisher: 'Archive', published: day }] }
}

/** A ValidationError on the last line, at `path`, for the event `eventId`. */
function invalid(path: (string | number)[], message: string, eventId: string | null): Omit<ExpectedError, 'line'> {
  return { class: 'ValidationError', code: 'validation', eventId, path, message }
}

/** A case that reads to a timeline. */
function good(
  name: string,
  description: string,
  content: string | Uint8Array,
  timeline: ExpectedTimeline,
  readers?: readonly CorpusReader[],
): void {
  cases.push({ name, description, content, timeline, ...(readers === undefined ? {} : { readers }) })
}

// --- encoding: byte-order marks, line ends, blank lines, and bytes that are not UTF-8 --------

{
  const lines = [...declare(statement), statement]
  const version = lines.length
  good('encoding/bom', 'starts with a UTF-8 byte-order mark, which is skipped', `\uFEFF${ndjson(lines)}`, { version })
  good('encoding/crlf', 'ends its lines with CRLF', ndjson(lines).replaceAll('\n', '\r\n'), { version })
  good(
    'encoding/blank-lines',
    'has blank lines before, between and after the events, some of spaces and tabs only',
    `\n\n${lines.map(textOf).join('\n \n\t\n\n')}\n\n\n`,
    { version },
  )
  good(
    'encoding/bom-crlf-blank-lines',
    'has a byte-order mark, CRLF line ends and blank CRLF lines',
    `\uFEFF\r\n${lines.map(textOf).join('\r\n\r\n')}\r\n`,
    { version },
  )
  good('encoding/no-final-newline', 'ends its last line without a newline', lines.map(textOf).join('\n'), { version })
  good(
    'encoding/unicode-blank-lines',
    'has lines of no-break spaces and of a lone byte-order mark, which JavaScript trims away, so they count as blank',
    `${lines.map(textOf).join('\n\u00A0\u00A0\n\uFEFF\n')}\n`,
    { version },
  )
  const quote = 'Japan 日本 — Україна 🇺🇦 e\u0301'
  good(
    'encoding/multibyte-text',
    'quotes Japanese, Cyrillic, a flag emoji and a combining accent, kept as written',
    ndjson([...declare(statement), { ...statement, quote }]),
    {
      version,
      values: [{ id: statement.id, path: ['quote'], equals: quote }],
    },
  )
  good(
    'encoding/escaped-lone-surrogate',
    'quotes a lone surrogate written as a JSON escape: valid JSON, kept as a JavaScript string, and written back escaped',
    ndjson([...declare(statement), withRawValue(statement, statement.quote!, '"half of a pair: \\ud800"')]),
    { version, values: [{ id: statement.id, path: ['quote'], equals: 'half of a pair: \ud800' }] },
  )
  good(
    'encoding/escaped-nul',
    'has a NUL character written as \\u0000 in its notes, which is text like any other',
    ndjson([...declare(statement), { ...statement, notes: 'a\u0000b' }]),
    {
      version,
      values: [{ id: statement.id, path: ['notes'], equals: 'a\u0000b' }],
    },
  )

  const declared = declare(statement)
  const head = encoder.encode(ndjson(declared))
  const badLine = declared.length + 1
  /** The declarations, then the statement's line with `bytes` put in the middle of its quote. */
  const withBytes = (bytes: number[], tail = '\n'): Uint8Array => {
    const text = textOf(statement)
    const at = text.indexOf(statement.quote!) + 5
    return concat(head, encoder.encode(text.slice(0, at)), new Uint8Array(bytes), encoder.encode(text.slice(at) + tail))
  }
  const notUtf8 = (name: string, description: string, content: Uint8Array, line: number): void => {
    cases.push({
      name,
      description,
      content,
      readers: BYTE_READERS,
      error: {
        class: 'ValidationError',
        code: 'validation',
        line,
        eventId: null,
        path: [],
        message: 'is not valid UTF-8',
      },
    })
  }
  notUtf8(
    'encoding/invalid-utf8-byte',
    'has a 0xFF byte, which never occurs in UTF-8, inside a quote',
    withBytes([0xff]),
    badLine,
  )
  notUtf8(
    'encoding/invalid-utf8-truncated-sequence',
    'has the first two bytes of a three-byte character, then a plain character',
    withBytes([0xe2, 0x82]),
    badLine,
  )
  notUtf8(
    'encoding/invalid-utf8-overlong',
    'has an overlong encoding of "/" (0xC0 0xAF)',
    withBytes([0xc0, 0xaf]),
    badLine,
  )
  notUtf8(
    'encoding/invalid-utf8-surrogate',
    'has a UTF-16 surrogate encoded as UTF-8 (0xED 0xA0 0x80), which UTF-8 forbids',
    withBytes([0xed, 0xa0, 0x80]),
    badLine,
  )
  notUtf8(
    'encoding/invalid-utf8-continuation',
    'has a continuation byte (0x80) with no character before it',
    withBytes([0x80]),
    badLine,
  )
  notUtf8(
    'encoding/invalid-utf8-at-end-of-file',
    'ends with the first two bytes of a three-byte character and no newline',
    concat(head, encoder.encode(textOf(statement)), new Uint8Array([0xe2, 0x82])),
    badLine,
  )
  const tailLines = encoder.encode(ndjson([build.statement({ id: 'later', quote: 'after the bad line' })]))
  notUtf8(
    'encoding/invalid-utf8-mid-file',
    'has a bad byte on one line, with good lines after it: the error names the bad line, not the first line of its chunk',
    concat(withBytes([0xff]), tailLines),
    badLine,
  )
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...[...ndjson(declared)].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ])
  notUtf8('encoding/utf16le', 'is UTF-16LE with its byte-order mark (0xFF 0xFE), not UTF-8', utf16, 1)

  const events = [...declare(statement), statement]
  lastLineRaw(
    'encoding/bom-mid-file',
    'has a byte-order mark at the start of its last line, which is not JSON whitespace',
    events.slice(0, -1),
    `\uFEFF${textOf(statement)}`,
    { class: 'ValidationError', code: 'validation', eventId: statement.id, path: [], message: 'is not valid JSON' },
  )
  cases.push({
    name: 'encoding/cr-line-ends',
    description: 'ends its lines with a lone CR (classic Mac OS), so the whole file is one line, which is not JSON',
    content: `${events.map(textOf).join('\r')}\r`,
    error: {
      class: 'ValidationError',
      code: 'validation',
      line: 1,
      eventId: (events[0] as { id: string }).id,
      path: [],
      message: 'is not valid JSON',
    },
  })
}

/** A case whose last line is raw text, after the given lines. */
function lastLineRaw(
  name: string,
  description: string,
  before: readonly Line[],
  raw: string,
  error: Omit<ExpectedError, 'line'>,
): void {
  cases.push({ name, description, content: ndjson([...before, raw]), error: { line: before.length + 1, ...error } })
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

// --- syntax: lines that are not JSON, or not an object -----------------------------------------

{
  const before = declare(statement)
  const text = textOf(statement)
  const notJson = (eventId: string | null): Omit<ExpectedError, 'line'> => ({
    class: 'ValidationError',
    code: 'validation',
    eventId,
    path: [],
    message: 'is not valid JSON',
  })
  lastLineRaw(
    'syntax/truncated-line',
    'ends with a line cut off after 80 characters',
    before,
    text.slice(0, 80),
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/truncated-in-string',
    'ends with a line cut off inside its quote',
    before,
    text.slice(0, text.indexOf(statement.quote!) + 10),
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/truncated-before-id',
    'ends with a line cut off inside its id, so no id can be read',
    before,
    text.slice(0, 12),
    notJson(null),
  )
  lastLineRaw(
    'syntax/truncated-after-key',
    'ends with a line cut off after a key and its colon',
    before,
    text.slice(0, text.indexOf('"kind":') + 7),
    notJson(statement.id),
  )
  cases.push({
    name: 'syntax/truncated-mid-file',
    description: 'has a line cut off in the middle of the file, with good lines after it',
    content: ndjson([before[0]!, text.slice(0, 100), ...before.slice(1), statement]),
    error: { line: 2, ...notJson(statement.id) },
  })
  lastLineRaw(
    'syntax/trailing-comma',
    'has a comma after its last field',
    before,
    `${text.slice(0, -1)},}`,
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/single-quotes',
    'quotes a key with single quotes, as JavaScript would but JSON does not',
    before,
    text.replace('"tone"', "'tone'"),
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/comment-line',
    'has a line that is a JavaScript comment',
    before,
    '// the statement follows',
    notJson(null),
  )
  lastLineRaw(
    'syntax/two-objects-on-one-line',
    'has two events on one line',
    before,
    `${text} ${text}`,
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/nan',
    'has NaN, which JSON cannot write, as a weight',
    before,
    withRaw(statement, '"weight":NaN'),
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/raw-tab-in-string',
    'has a raw tab inside a string, which JSON requires to be escaped',
    before,
    text.replace(statement.quote!, 'one\ttwo'),
    notJson(statement.id),
  )
  lastLineRaw(
    'syntax/unquoted-key',
    'has an unquoted key',
    before,
    text.replace('"tone"', 'tone'),
    notJson(statement.id),
  )
  const notAnObject = (raw: string, got: string, what: string) =>
    lastLineRaw(
      `syntax/${what}-line`,
      `has a line that is ${what === 'array' ? 'an array' : `a ${what}`}, not an event`,
      before,
      raw,
      {
        class: 'ValidationError',
        code: 'validation',
        eventId: null,
        path: [],
        message: `expected object, got ${got}`,
      },
    )
  notAnObject(`[${text}]`, 'an array', 'array')
  notAnObject('null', 'null', 'null')
  notAnObject('"stoltenberg-on-japan"', '"stoltenberg-on-japan"', 'string')
  notAnObject('42', '42', 'number')
  notAnObject('true', 'true', 'boolean')
  lastLineRaw('syntax/empty-object', 'has an empty object', before, '{}', {
    class: 'ValidationError',
    code: 'validation',
    eventId: null,
    path: ['kind'],
    message: 'kind: is required',
  })
  cases.push({
    name: 'syntax/json-array-as-ndjson',
    description: 'is a JSON array of events on one line, not one event a line',
    content: `${JSON.stringify([...before, statement].map(ordered))}\n`,
    error: {
      class: 'ValidationError',
      code: 'validation',
      line: 1,
      eventId: null,
      path: [],
      message: 'expected object, got an array',
    },
  })
}

// --- json: a timeline as one JSON array ----------------------------------------------------------

{
  const events = [...declare(statement), statement].map(ordered)
  const json = (
    name: string,
    description: string,
    content: string,
    outcome: { error?: ExpectedError; timeline?: ExpectedTimeline },
  ) => cases.push({ name, description, content, ext: 'json', readers: JSON_READERS, ...outcome })
  json('json/array', 'is a JSON array of events, pretty-printed over many lines', JSON.stringify(events, null, 2), {
    timeline: { version: events.length },
  })
  json('json/bom', 'is a JSON array after a byte-order mark', `\uFEFF${JSON.stringify(events)}`, {
    timeline: { version: events.length },
  })
  json('json/empty-array', 'is an empty array', '[]\n', { timeline: { version: 0 } })
  json('json/not-an-array', 'is one event, not an array of events', JSON.stringify(ordered(statement)), {
    error: {
      class: 'ValidationError',
      code: 'validation',
      line: null,
      eventId: null,
      path: [],
      message: 'a JSON timeline is an array of events',
    },
  })
  json('json/truncated', 'is cut off in the middle of its last event', JSON.stringify(events).slice(0, -40), {
    error: { class: 'ValidationError', code: 'validation', line: null, path: [], message: 'is not valid JSON' },
  })
  const last = events.length - 1
  json(
    'json/invalid-event',
    'has an event on the 30th of February: the path starts with its index',
    JSON.stringify([...events.slice(0, -1), { ...ordered(statement), occurred: '2023-02-30' }]),
    {
      error: {
        class: 'ValidationError',
        code: 'validation',
        line: null,
        eventId: statement.id,
        path: [last, 'occurred'],
        message: `[${last}].occurred: "2023-02-30" is not a calendar date`,
      },
    },
  )
  json(
    'json/event-without-id',
    'has an event with no id: only its index tells which it is',
    JSON.stringify([...events.slice(0, -1), without(ordered(statement), 'id')]),
    {
      error: {
        class: 'ValidationError',
        code: 'validation',
        line: null,
        eventId: null,
        path: [last, 'id'],
        message: 'is required',
      },
    },
  )
  json('json/undeclared-actor', 'has an event naming an actor no event declares', JSON.stringify(events.slice(1)), {
    error: {
      class: 'UnknownReferenceError',
      code: 'unknown-reference',
      line: null,
      eventId: statement.id,
      path: ['actors', 0],
      referenceKind: 'actor',
      reference: 'stoltenberg-jens',
      message: 'unknown actor "stoltenberg-jens"',
    },
  })
  json(
    'json/duplicate-id',
    'has two events with one id and other content',
    JSON.stringify([...events, { ...ordered(statement), tone: 'critical' }]),
    {
      error: {
        class: 'DuplicateEventError',
        code: 'duplicate-event',
        line: null,
        eventId: statement.id,
        message: 'other content',
      },
    },
  )
  json('json/deep-100k', 'is an array nested 100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), {
    error: {
      class: 'LimitExceededError',
      code: 'limit-exceeded',
      line: null,
      limit: 'maxDepth',
      message: 'nests deeper than 64 levels',
    },
  })
}

// --- types: each envelope field, and fields of several kinds, with a value of the wrong type -------

{
  const typed = (
    name: string,
    description: string,
    base: object,
    bad: Line,
    path: (string | number)[],
    message: string,
    eventId: string | null = (base as { id: string }).id,
  ) => lastLine(`types/${name}`, description, base, bad, invalid(path, message, eventId))
  const s = ordered(statement)
  typed('id-number', 'has a number for its id', statement, { ...s, id: 42 }, ['id'], 'expected string, got 42', null)
  typed(
    'id-not-a-slug',
    'has an id with a space and an exclamation mark',
    statement,
    { ...s, id: 'bad id!' },
    ['id'],
    'an id is a slug',
    'bad id!',
  )
  typed(
    'id-too-long',
    'has an id of 201 characters',
    statement,
    { ...s, id: 'a'.repeat(201) },
    ['id'],
    'is longer than 200 characters',
    null,
  )
  typed('id-empty', 'has an empty id', statement, { ...s, id: '' }, ['id'], 'an id is a slug', '')
  typed('kind-number', 'has a number for its kind', statement, { ...s, kind: 7 }, ['kind'], '7 is not a known kind')
  typed(
    'kind-unknown',
    'has a kind the vocabulary does not hold',
    statement,
    { ...s, kind: 'sanction' },
    ['kind'],
    '"sanction" is not a known kind: expected one of actor',
  )
  typed('kind-missing', 'has no kind', statement, without(s, 'kind'), ['kind'], 'is required')
  typed(
    'occurred-number',
    'has a number for occurred',
    statement,
    { ...s, occurred: 20230712 },
    ['occurred'],
    'expected string or object, got 20230712',
  )
  typed(
    'occurred-array',
    'has an array for occurred',
    statement,
    { ...s, occurred: ['2023-07-12'] },
    ['occurred'],
    'got an array',
  )
  typed('occurred-missing', 'has no occurred', statement, without(s, 'occurred'), ['occurred'], 'is required')
  typed(
    'occurred-interval-extra-field',
    'has an interval with a field of its own',
    statement,
    { ...s, occurred: { from: '2023-07-11', to: '2023-07-12', when: 'evening' } },
    ['occurred', 'when'],
    'unknown field "when"',
  )
  typed(
    'recorded-number',
    'has epoch milliseconds for recorded',
    statement,
    { ...s, recorded: 1689206400000 },
    ['recorded'],
    'expected string, got 1689206400000',
  )
  typed(
    'recorded-null',
    'has null for recorded',
    statement,
    { ...s, recorded: null },
    ['recorded'],
    'expected string, got null',
  )
  typed(
    'actors-string',
    'has a string for actors',
    statement,
    { ...s, actors: 'JPN' },
    ['actors'],
    'expected array, got "JPN"',
  )
  typed('actors-empty', 'has no actors', statement, { ...s, actors: [] }, ['actors'], 'needs at least 1 item')
  typed(
    'actors-number-item',
    'has a number (an ISO numeric country code) among its actors',
    statement,
    { ...s, actors: [...statement.actors!, 392] },
    ['actors', 3],
    'expected string, got 392',
  )
  typed(
    'sources-string',
    'has a string of several citation ids for sources',
    statement,
    { ...s, sources: 'kyodo, nhk' },
    ['sources'],
    'expected array',
  )
  typed('sources-empty', 'cites no source', statement, { ...s, sources: [] }, ['sources'], 'needs at least 1 item')
  typed(
    'source-missing-publisher',
    'has an inline citation with no publisher',
    statement,
    { ...s, sources: [without(statement.sources![0] as { publisher: string }, 'publisher')] },
    ['sources', 0, 'publisher'],
    'is required',
  )
  typed(
    'source-url-javascript',
    'has an inline citation whose url runs script',
    statement,
    { ...s, sources: [{ ...(statement.sources![0] as object), url: 'javascript:alert(1)' }] },
    ['sources', 0, 'url'],
    'url',
  )
  typed(
    'source-published-number',
    'has an inline citation published in the year 2023, as a number',
    statement,
    { ...s, sources: [{ ...(statement.sources![0] as object), published: 2023 }] },
    ['sources', 0, 'published'],
    'expected string, got 2023',
  )
  typed(
    'certainty-unknown',
    'has a certainty the vocabulary does not hold',
    statement,
    { ...s, certainty: 'certain' },
    ['certainty'],
    '"certain" is not one of "confirmed", "reported", "suspected", "disputed"',
  )
  typed(
    'certainty-boolean',
    'has true for certainty',
    statement,
    { ...s, certainty: true },
    ['certainty'],
    'true is not one of',
  )
  typed(
    'location-number',
    'has a number for location',
    statement,
    { ...s, location: 54.6872 },
    ['location'],
    'expected string, got 54.6872',
  )
  typed('location-empty', 'has an empty location', statement, { ...s, location: '' }, ['location'], 'must not be empty')
  typed('tags-string', 'has a string for tags', statement, { ...s, tags: 'vilnius-2023' }, ['tags'], 'expected array')
  typed(
    'tags-number-item',
    'has a number among its tags',
    statement,
    { ...s, tags: ['vilnius', 2023] },
    ['tags', 1],
    'expected string, got 2023',
  )
  typed(
    'notes-object',
    'has an object for notes',
    statement,
    { ...s, notes: { text: 'a note' } },
    ['notes'],
    'expected string, got an object',
  )
  typed(
    'notes-too-long',
    'has notes of 10,001 characters',
    statement,
    { ...s, notes: 'n'.repeat(10_001) },
    ['notes'],
    'is longer than 10000 characters',
  )
  typed(
    'weight-string',
    'has a string for weight',
    statement,
    { ...s, weight: '5' },
    ['weight'],
    'expected number, got "5"',
  )
  typed(
    'weight-out-of-range',
    'has a weight above the Goldstein scale',
    statement,
    { ...s, weight: 11 },
    ['weight'],
    '11 is above the maximum 10',
  )
  typed(
    'weight-overflow',
    'has a weight of 1e400, which JSON reads as Infinity',
    statement,
    withRaw(s, '"weight":1e400'),
    ['weight'],
    'weight: expected number, got Infinity',
  )
  typed(
    'unknown-envelope-field',
    'has a field no kind knows ("source" for "sources")',
    statement,
    { ...s, source: 'kyodo' },
    ['source'],
    'unknown field "source"',
  )

  const m = ordered(meeting)
  typed(
    'meeting-participants-string',
    'has a string for participants',
    meeting,
    { ...m, participants: 'kishida-fumio' },
    ['participants'],
    'expected array',
  )
  typed(
    'meeting-one-participant',
    'has a meeting of one',
    meeting,
    { ...m, participants: [meeting.participants[0]] },
    ['participants'],
    'needs at least 2 items',
  )
  typed(
    'meeting-participant-not-in-actors',
    'has a participant its actors do not list',
    meeting,
    { ...m, actors: ['kishida-fumio', 'JPN', 'NATO'] },
    ['participants', 1, 'actor'],
    '"stoltenberg-jens" must also be listed in actors',
  )
  const su = ordered(summit)
  typed(
    'summit-attendee-status',
    'has an attendee with a status the vocabulary does not hold',
    summit,
    { ...su, attendees: [summit.attendees[0], { actor: 'JPN', status: 'guest' }] },
    ['attendees', 1, 'status'],
    '"guest" is not one of',
  )
  typed(
    'statement-tone',
    'has a tone the vocabulary does not hold',
    statement,
    { ...s, tone: 'angry' },
    ['tone'],
    '"angry" is not one of',
  )
  typed(
    'statement-quote-number',
    'has a number for its quote',
    statement,
    { ...s, quote: 1 },
    ['quote'],
    'expected string, got 1',
  )
  const agreement = build.agreement({ id: 'itpp' })
  typed(
    'agreement-in-force-missing-from',
    'has an agreement in force from no date',
    agreement,
    { ...ordered(agreement), inForce: {} },
    ['inForce', 'from'],
    'is required',
  )
  typed(
    'agreement-areas-string',
    'has a string for areas',
    agreement,
    { ...ordered(agreement), areas: 'cyber defence' },
    ['areas'],
    'expected array',
  )
  const aid = build.aid({ id: 'aid' })
  typed(
    'aid-amount-value-string',
    'has an amount written as a string',
    aid,
    { ...ordered(aid), amount: { value: '30 million', currency: 'USD' } },
    ['amount', 'value'],
    'expected number, got "30 million"',
  )
  const joins = build.membership({ id: 'joins' })
  typed(
    'membership-status',
    'has a membership status the vocabulary does not hold',
    joins,
    { ...ordered(joins), status: 'ally' },
    ['status'],
    '"ally" is not one of',
  )
  const office = build.office({ id: 'takes-office' })
  typed(
    'office-change',
    'has an office change that is neither start nor end',
    office,
    { ...ordered(office), change: 'begin' },
    ['change'],
    '"begin" is not one of "start", "end"',
  )
  const l = ordered(launch)
  typed(
    'military-activity-details-nested',
    'has an object among its details',
    launch,
    { ...l, details: { weapon: { name: 'Hwasong-18' } } },
    ['details', 'weapon'],
    'expected string or number or boolean, got an object',
  )
  typed(
    'military-activity-activity',
    'has an activity the vocabulary does not hold',
    launch,
    { ...l, activity: 'parade' },
    ['activity'],
    '"parade" is not one of',
  )
  const reaction = build.reaction({
    id: 'rebuts',
    respondsTo: statement.id,
    actors: ['CHN', 'NATO'],
    towards: ['NATO'],
  })
  lastLine(
    'types/reaction-stance',
    'has a reaction stance the vocabulary does not hold',
    reaction,
    { ...ordered(reaction), stance: 'like' },
    invalid(['stance'], '"like" is not one of', reaction.id),
    [statement],
  )
  const c = ordered(confirm)
  lastLine(
    'types/correction-changes-empty',
    'has a correction that changes nothing',
    confirm,
    { ...c, changes: {} },
    invalid(['changes'], 'a correction changes at least one field', confirm.id),
    [launch],
  )
  lastLine(
    'types/correction-changes-id',
    'has a correction that changes the id of its target',
    confirm,
    { ...c, changes: { id: 'renamed' } },
    invalid(['changes'], 'a correction cannot change "id", "kind" or "recorded"', confirm.id),
    [launch],
  )
  lastLine(
    'types/correction-changes-string',
    'has a string for changes',
    confirm,
    { ...c, changes: 'certainty: confirmed' },
    invalid(['changes'], 'expected record', confirm.id),
    [launch],
  )
  lastLine(
    'types/correction-breaks-target',
    'has a correction that would give its target a certainty the vocabulary does not hold',
    confirm,
    { ...c, changes: { certainty: 'sure' } },
    invalid(['changes', 'certainty'], 'would make "launch" invalid', confirm.id),
    [launch],
  )
  const retraction = build.retraction({ id: 'withdrawn', target: launch.id })
  lastLine(
    'types/retraction-missing-reason',
    'has a retraction that gives no reason',
    retraction,
    without(ordered(retraction), 'reason'),
    invalid(['reason'], 'is required', retraction.id),
    [launch],
  )
  const nato = declarations(['NATO'])[0]!
  lastLine(
    'types/actor-id-of-another-kind',
    'declares NATO as a state, though a state is three letters',
    nato,
    { ...ordered(nato), actorKind: 'state' },
    invalid(['actors', 0], '"NATO" is not the id of a state', nato.id),
  )
  lastLine(
    'types/actor-two-actors',
    'declares two actors in one actor event',
    nato,
    { ...ordered(nato), actors: ['NATO', 'EU'] },
    invalid(['actors'], 'an actor event lists exactly the one actor it declares', nato.id),
  )
  lastLine(
    'types/actor-kind-unknown',
    'declares an actor of a kind the vocabulary does not hold',
    nato,
    { ...ordered(nato), actorKind: 'alliance' },
    invalid(['actorKind'], '"alliance" is not one of', nato.id),
  )
}

// --- dates: impossible, ambiguous and zoned ------------------------------------------------------

{
  const s = ordered(statement)
  const date = (name: string, description: string, bad: object, path: (string | number)[], message: string) =>
    lastLine(`dates/${name}`, description, statement, bad, invalid(path, message, statement.id))
  date(
    'occurred-february-30',
    'happened on the 30th of February',
    { ...s, occurred: '2023-02-30' },
    ['occurred'],
    '"2023-02-30" is not a calendar date',
  )
  date(
    'occurred-month-13-day',
    'happened on a day of the 13th month',
    { ...s, occurred: '2023-13-01' },
    ['occurred'],
    '"2023-13-01" is not a calendar date',
  )
  date(
    'occurred-month-13',
    'happened in the 13th month',
    { ...s, occurred: '2023-13' },
    ['occurred'],
    '"2023-13" is not a calendar month',
  )
  date(
    'occurred-month-00',
    'happened in month 00',
    { ...s, occurred: '2023-00' },
    ['occurred'],
    '"2023-00" is not a calendar month',
  )
  date(
    'occurred-day-00',
    'happened on day 00',
    { ...s, occurred: '2023-07-00' },
    ['occurred'],
    '"2023-07-00" is not a calendar date',
  )
  date(
    'occurred-february-29-2023',
    'happened on the 29th of February of a common year',
    { ...s, occurred: '2023-02-29' },
    ['occurred'],
    '"2023-02-29" is not a calendar date',
  )
  date(
    'occurred-february-29-1900',
    'happened on the 29th of February 1900, which was not a leap year',
    { ...s, occurred: '1900-02-29' },
    ['occurred'],
    '"1900-02-29" is not a calendar date',
  )
  date(
    'recorded-24-61',
    'was recorded at 24:61',
    { ...s, recorded: '2023-07-13T24:61:00Z' },
    ['recorded'],
    '"2023-07-13T24:61:00Z" is not a time of day',
  )
  date(
    'recorded-hour-24',
    'was recorded at 24:00, which ISO allows for midnight but this format does not',
    { ...s, recorded: '2023-07-13T24:00:00Z' },
    ['recorded'],
    'is not a time of day',
  )
  date(
    'recorded-leap-second',
    'was recorded in a leap second, 23:59:60',
    { ...s, recorded: '2016-12-31T23:59:60Z' },
    ['recorded'],
    '"2016-12-31T23:59:60Z" is not a time of day',
  )
  date(
    'occurred-without-zone',
    'happened at a time with no time zone',
    { ...s, occurred: '2023-07-12T10:00:00' },
    ['occurred'],
    'has no time zone',
  )
  date(
    'recorded-without-zone',
    'was recorded at a time with no time zone',
    { ...s, recorded: '2023-07-13T09:00' },
    ['recorded'],
    'has no time zone: end a timestamp with Z or an offset',
  )
  date(
    'occurred-two-digit-year',
    'happened on 23-07-12, which could be any century',
    { ...s, occurred: '23-07-12' },
    ['occurred'],
    '"23-07-12" is not a date',
  )
  date(
    'occurred-day-month-year',
    'happened on 12/07/2023, which could be December or July',
    { ...s, occurred: '12/07/2023' },
    ['occurred'],
    '"12/07/2023" is not a date',
  )
  date(
    'occurred-space-for-t',
    'happened at a time separated from its date by a space',
    { ...s, occurred: '2023-07-12 10:00:00Z' },
    ['occurred'],
    'is not a date',
  )
  date(
    'occurred-lower-case',
    'happened at a time written with a lower-case t and z',
    { ...s, occurred: '2023-07-12t10:00:00z' },
    ['occurred'],
    'is not a date',
  )
  date(
    'occurred-week-date',
    'happened in an ISO week (2023-W28)',
    { ...s, occurred: '2023-W28' },
    ['occurred'],
    'is not a date',
  )
  date(
    'occurred-five-digit-year',
    'happened in the year 20230',
    { ...s, occurred: '20230-07-12' },
    ['occurred'],
    'is not a date',
  )
  date(
    'occurred-long-string',
    'happened on a string of 50,000 characters: refused in a message that quotes only its start',
    { ...s, occurred: 'x'.repeat(50_000) },
    ['occurred'],
    '…" is not a date',
  )
  date(
    'recorded-long-fraction',
    'was recorded at a time with 50,000 digits of a second and no zone',
    { ...s, recorded: `2023-07-13T09:00:00.${'1'.repeat(50_000)}` },
    ['recorded'],
    '…" has no time zone',
  )
  date(
    'recorded-month',
    'was recorded in a month, too coarse for a transaction time',
    { ...s, recorded: '2023-07' },
    ['recorded'],
    'is too coarse for a recorded time',
  )
  date(
    'recorded-year',
    'was recorded in a year',
    { ...s, recorded: '2023' },
    ['recorded'],
    'is too coarse for a recorded time',
  )
  date(
    'recorded-offset-15-hours',
    'was recorded at an offset of +15:00, beyond any time zone',
    { ...s, recorded: '2023-07-13T09:00:00+15:00' },
    ['recorded'],
    'has an impossible time-zone offset',
  )
  date(
    'recorded-offset-60-minutes',
    'was recorded at an offset of +09:60',
    { ...s, recorded: '2023-07-13T09:00:00+09:60' },
    ['recorded'],
    'has an impossible time-zone offset',
  )
  date(
    'recorded-offset-without-colon',
    'was recorded at an offset written +0900',
    { ...s, recorded: '2023-07-13T09:00:00+0900' },
    ['recorded'],
    'is not a date',
  )
  date(
    'occurred-interval-reversed',
    'happened in an interval that ends before it begins',
    { ...s, occurred: { from: '2023-07-12', to: '2023-07-11' } },
    ['occurred', 'to'],
    'ends before "from"',
  )
  date(
    'occurred-interval-bad-from',
    'happened in an interval from the 30th of February',
    { ...s, occurred: { from: '2023-02-30', to: '2023-07-12' } },
    ['occurred', 'from'],
    'is not a calendar date',
  )
  date(
    'occurred-approximate-bad-date',
    'happened at about the 30th of February',
    { ...s, occurred: { date: '2023-02-30', approximate: true } },
    ['occurred', 'date'],
    'is not a calendar date',
  )
  date(
    'occurred-approximate-string',
    'says approximate with a string, not a boolean',
    { ...s, occurred: { date: '2023-07', approximate: 'yes' } },
    ['occurred', 'approximate'],
    'expected boolean',
  )
  date(
    'citation-published-february-30',
    'cites a source published on the 30th of February',
    { ...s, sources: [{ ...(statement.sources![0] as object), published: '2023-02-30' }] },
    ['sources', 0, 'published'],
    'is not a calendar date',
  )
  const agreement = build.agreement({ id: 'itpp' })
  lastLine(
    'dates/agreement-in-force-month-13',
    'has an agreement in force from the 13th month',
    agreement,
    { ...ordered(agreement), inForce: { from: '2023-13' } },
    invalid(['inForce', 'from'], 'is not a calendar month', agreement.id),
  )

  good(
    'dates/leap-days',
    'happened on the 29th of February of 2024 and of 2000, both leap years',
    ndjson([
      ...declare(statement),
      recordedAt({ ...statement, id: 'leap-2024', occurred: '2024-02-29' }, '2024-03-01T00:00:00Z'),
      recordedAt({ ...statement, id: 'leap-2000', occurred: '2000-02-29' }, '2000-03-01T00:00:00Z'),
    ]),
    {
      version: declare(statement).length + 2,
      occurredFrom: [
        { id: 'leap-2024', instant: '2024-02-29T00:00:00.000Z' },
        { id: 'leap-2000', instant: '2000-02-29T00:00:00.000Z' },
      ],
    },
  )
  const zoned = [
    ['recorded-tokyo', '2023-07-13T08:30:00+09:00', '2023-07-12T23:30:00.000Z'],
    ['recorded-new-york', '2023-07-12T19:30:00-05:00', '2023-07-13T00:30:00.000Z'],
    ['recorded-kathmandu', '2023-07-13T05:45:00+05:45', '2023-07-13T00:00:00.000Z'],
    ['recorded-kiritimati', '2023-07-13T14:00:00+14:00', '2023-07-13T00:00:00.000Z'],
    ['recorded-baker-island', '2023-07-12T12:00:00-12:00', '2023-07-13T00:00:00.000Z'],
    ['recorded-minus-zero', '2023-07-13T01:00:00-00:00', '2023-07-13T01:00:00.000Z'],
    ['recorded-nanoseconds', '2023-07-13T09:00:00.123456789Z', '2023-07-13T09:00:00.123Z'],
    ['recorded-no-seconds', '2023-07-13T09:00+02:00', '2023-07-13T07:00:00.000Z'],
    ['recorded-day', '2023-07-13', '2023-07-13T00:00:00.000Z'],
  ] as const
  const launchedInTokyo = {
    ...launch,
    id: 'launch-tokyo-morning',
    occurred: '2023-07-12T07:00:00+09:00',
    recorded: '2023-07-12T03:00:00Z',
  }
  const zonedEvents = [...zoned.map(([id, recorded]) => ({ ...launch, id, recorded })), launchedInTokyo]
  good(
    'dates/time-zone-offsets',
    'has times with offsets from -12:00 to +14:00 (and -00:00), nanoseconds, no seconds, and a day: each names its UTC instant',
    ndjson([...declare(launch), ...zonedEvents]),
    {
      version: declare(launch).length + zonedEvents.length,
      recordedAt: zoned.map(([id, , instant]) => ({ id, instant })),
      occurredFrom: [{ id: launchedInTokyo.id, instant: '2023-07-11T22:00:00.000Z' }],
    },
  )
  const early = (name: string, description: string, bad: object) =>
    lastLine(
      `dates/${name}`,
      description,
      statement,
      bad,
      invalid(['recorded'], 'is before the event began', statement.id),
    )
  early(
    'recorded-before-occurred',
    'has a statement recorded the day before it was made',
    recordedAt(s, '2023-07-11T23:00:00Z'),
  )
  early(
    'recorded-before-occurred-by-offset',
    'has a statement recorded at 08:00 in Tokyo on its day, which is still the day before in UTC',
    recordedAt(s, '2023-07-12T08:00:00+09:00'),
  )
  early('recorded-before-occurred-month', 'has a statement of August recorded on the last second of July', {
    ...s,
    occurred: '2023-08',
    recorded: '2023-07-31T23:59:59Z',
  })
  const launchLate = recordedAt({ ...launch, id: 'launch' }, '2023-07-11T12:00:00Z')
  lastLine(
    'dates/launch-recorded-before-it-happened',
    'has a missile launch recorded before its day',
    launch,
    launchLate,
    invalid(
      ['recorded'],
      'only summit, meeting, visit, office, membership, agreement, agreement-act events can be recorded before they happen',
      launch.id,
    ),
  )
  good(
    'dates/recorded-as-it-began',
    'has a statement recorded at the first instant of its day, which is allowed',
    ndjson([...declare(statement), recordedAt(statement, '2023-07-12T00:00:00Z')]),
    { version: declare(statement).length + 1 },
  )
  good(
    'dates/meeting-scheduled',
    'has a meeting recorded a month before it takes place, as a scheduled kind may be',
    ndjson([...declare(meeting), recordedAt(meeting, '2023-06-12T00:00:00Z')]),
    { version: declare(meeting).length + 1 },
  )
  lastLine(
    'dates/correction-recorded-before-target',
    'has a correction recorded before the event it corrects',
    confirm,
    recordedAt({ ...confirm, occurred: '2023-07-12' }, '2023-07-12T02:00:00Z'),
    invalid(['recorded'], 'is before the recorded time of its target "launch"', confirm.id),
    [launch],
  )
  const retraction = build.retraction({
    id: 'withdrawn',
    target: launch.id,
    recorded: '2023-07-12T02:00:00Z',
    occurred: '2023-07-12',
  })
  lastLine(
    'dates/retraction-recorded-before-target',
    'has a retraction recorded before the event it withdraws',
    retraction,
    retraction,
    invalid(['recorded'], 'is before the recorded time of its target "launch"', retraction.id),
    [launch],
  )
  const later = build.correction({
    id: 'later',
    target: statement.id,
    actors: ['NATO'],
    recorded: '2023-08-01T00:00:00Z',
    occurred: '2023-08-01',
    changes: { occurred: '2023-07-20' },
  })
  lastLine(
    'dates/correction-moves-past-recorded',
    'has a correction that moves a statement to a day after the statement was recorded: refused, as the statement itself would be',
    statement,
    later,
    invalid(['changes', 'occurred'], 'is before the event began', later.id),
    [statement],
  )
}

// --- references: actors, events, proposals, summits and citations the log does not hold ----------

{
  const unknown = (
    referenceKind: string,
    reference: string,
    path: (string | number)[],
    eventId: string,
  ): Omit<ExpectedError, 'line'> => ({
    class: 'UnknownReferenceError',
    code: 'unknown-reference',
    eventId,
    path,
    referenceKind,
    reference,
    message: `unknown ${referenceKind} "${reference}"`,
  })
  const withFrance = build.statement({ id: 'france-on-japan', speaker: 'FRA', for: undefined, about: ['JPN'] })
  cases.push({
    name: 'references/undeclared-actor',
    description: 'has a statement by France, whom no event declares',
    content: ndjson([...declarations(['JPN']), withFrance]),
    error: { line: 2, ...unknown('actor', 'FRA', ['actors', 0], withFrance.id) },
  })
  cases.push({
    name: 'references/actor-declared-after-use',
    description: 'declares France only after its statement',
    content: ndjson([...declarations(['JPN']), withFrance, ...declarations(['FRA'])]),
    error: { line: 2, ...unknown('actor', 'FRA', ['actors', 0], withFrance.id) },
  })
  const s = ordered(statement)
  lastLine(
    'references/actor-id-malformed',
    'names "Japan" where an actor id belongs',
    statement,
    { ...s, about: ['Japan'], actors: ['stoltenberg-jens', 'NATO', 'Japan'] },
    invalid(['actors', 2], '"Japan" is not an actor id', statement.id),
  )
  lastLine(
    'references/actor-not-listed',
    'is about Japan, but its actors do not list Japan',
    statement,
    { ...s, actors: ['stoltenberg-jens', 'NATO'] },
    invalid(['about', 0], '"JPN" must also be listed in actors', statement.id),
  )
  lastLine(
    'references/correction-target-missing',
    'corrects an event the log does not hold',
    confirm,
    { ...confirm, target: 'no-such-launch' },
    unknown('event', 'no-such-launch', ['target'], confirm.id),
  )
  const retraction = build.retraction({ id: 'withdrawn', target: 'no-such-visit' })
  lastLine(
    'references/retraction-target-missing',
    'withdraws an event the log does not hold',
    retraction,
    retraction,
    unknown('event', 'no-such-visit', ['target'], retraction.id),
  )
  cases.push({
    name: 'references/correction-before-target',
    description: 'has a correction on the line before the event it corrects',
    content: ndjson([...declare(launch, confirm), confirm, launch]),
    error: { line: declare(launch, confirm).length + 1, ...unknown('event', 'launch', ['target'], confirm.id) },
  })
  const position = build.position({ id: 'france-opposes', proposal: 'no-such-proposal' })
  lastLine(
    'references/position-proposal-missing',
    'takes a position on a proposal the log does not hold',
    position,
    position,
    unknown('proposal', 'no-such-proposal', ['proposal'], position.id),
  )
  const onStatement = build.position({ id: 'france-opposes', proposal: statement.id })
  lastLine(
    'references/position-proposal-not-a-proposal',
    'takes a position on a statement, as if it were a proposal',
    onStatement,
    onStatement,
    unknown('proposal', statement.id, ['proposal'], onStatement.id),
    [statement],
  )
  const inNoSummit = { ...meeting, summit: 'no-such-summit' }
  lastLine(
    'references/meeting-summit-missing',
    'meets on the sidelines of a summit the log does not hold',
    meeting,
    inNoSummit,
    unknown('summit', 'no-such-summit', ['summit'], meeting.id),
  )
  const inStatement = { ...meeting, summit: statement.id }
  lastLine(
    'references/meeting-summit-not-a-summit',
    'meets on the sidelines of a statement',
    meeting,
    inStatement,
    unknown('summit', statement.id, ['summit'], meeting.id),
    [statement],
  )
  const communique = build.communique({ id: 'communique', summit: 'no-such-summit' })
  lastLine(
    'references/communique-summit-missing',
    'issues a communiqué at a summit the log does not hold',
    communique,
    communique,
    unknown('summit', 'no-such-summit', ['summit'], communique.id),
  )
  const reaction = build.reaction({ id: 'rebuts', respondsTo: 'no-such-communique' })
  lastLine(
    'references/reaction-responds-to-missing',
    'responds to an event the log does not hold',
    reaction,
    reaction,
    unknown('event', 'no-such-communique', ['respondsTo'], reaction.id),
  )
  const byId = { ...statement, sources: ['no-such-citation'] }
  lastLine(
    'references/citation-id-unknown',
    'cites by id a source never given inline',
    statement,
    byId,
    unknown('citation', 'no-such-citation', ['sources', 0], statement.id),
  )
  const other = {
    ...statement,
    id: 'stoltenberg-on-japan-again',
    sources: [{ ...(statement.sources![0] as object), publisher: 'Another publisher' }],
  }
  lastLine(
    'references/citation-conflicting',
    'gives a citation inline again under its id, with another publisher',
    statement,
    other,
    invalid(['sources', 0], 'was given before with another publisher', other.id),
    [statement],
  )
  const again = build.correction({
    id: 'correct-the-correction',
    target: confirm.id,
    recorded: '2023-07-14T00:00:00Z',
    occurred: '2023-07-14',
    changes: { certainty: 'disputed' },
  })
  lastLine(
    'references/correction-of-correction',
    'corrects a correction',
    confirm,
    again,
    invalid(['target'], 'a correction cannot target a correction', again.id),
    [launch, confirm],
  )
  const withdraw = build.retraction({ id: 'withdraw-launch', target: launch.id, actors: ['PRK'] })
  const withdrawAgain = build.retraction({
    id: 'withdraw-the-withdrawal',
    target: withdraw.id,
    actors: ['PRK'],
    recorded: '2023-07-15T00:00:00Z',
    occurred: '2023-07-15',
  })
  lastLine(
    'references/retraction-of-retraction',
    'withdraws a retraction',
    withdraw,
    withdrawAgain,
    invalid(['target'], 'a retraction cannot target a retraction', withdrawAgain.id),
    [launch, withdraw],
  )
  const correctWithdrawal = build.correction({
    id: 'correct-the-withdrawal',
    target: withdraw.id,
    actors: ['PRK'],
    recorded: '2023-07-15T00:00:00Z',
    occurred: '2023-07-15',
    changes: { certainty: 'confirmed' },
  })
  lastLine(
    'references/correction-of-retraction',
    'corrects a retraction',
    withdraw,
    correctWithdrawal,
    invalid(['target'], 'a correction cannot target a retraction', correctWithdrawal.id),
    [launch, withdraw],
  )
  const withdrawCorrection = build.retraction({
    id: 'withdraw-the-correction',
    target: confirm.id,
    actors: ['PRK'],
    recorded: '2023-07-15T00:00:00Z',
    occurred: '2023-07-15',
  })
  good(
    'references/retraction-of-correction',
    'withdraws a correction, which is allowed: the launch reads as first reported again',
    ndjson([...declare(launch, confirm), launch, confirm, withdrawCorrection]),
    {
      version: declare(launch, confirm).length + 3,
    },
  )
  const addsKorea = build.correction({
    id: 'adds-korea',
    target: launch.id,
    changes: { near: ['JPN', 'KOR'], actors: ['PRK', 'JPN', 'KOR'] },
  })
  cases.push({
    name: 'references/correction-adds-undeclared-actor',
    description: 'corrects a launch to name South Korea, whom no event declares',
    content: ndjson([...declare(launch), launch, addsKorea]),
    error: { line: declare(launch).length + 2, ...unknown('actor', 'KOR', ['changes', 'actors', 2], addsKorea.id) },
  })
}

// --- duplicates: ids and keys ----------------------------------------------------------------------

{
  const before = declare(statement)
  const n = before.length
  cases.push({
    name: 'duplicates/id-with-other-content',
    description: 'has a second event with the id of the first and another tone',
    content: ndjson([...before, statement, { ...statement, tone: 'critical' }]),
    error: {
      class: 'DuplicateEventError',
      code: 'duplicate-event',
      line: n + 2,
      eventId: statement.id,
      message: `line ${n + 2}: event "${statement.id}": an event with this id and other content is already in the log`,
    },
  })
  good(
    'duplicates/identical-event',
    'has the same event twice: the second is a no-op',
    ndjson([...before, statement, statement]),
    { version: n + 1 },
  )
  good(
    'duplicates/identical-with-defaults-written',
    'has the same event twice, the second with its default certainty written out',
    ndjson([...before, statement, { ...statement, certainty: 'reported' }]),
    { version: n + 1 },
  )
  const s = ordered(statement)
  good(
    'duplicates/keys-last-wins',
    'writes "tone" twice in one object: JSON.parse keeps the last, so the statement is critical',
    ndjson([...before, withRaw(s, '"tone":"critical"')]),
    {
      version: n + 1,
      values: [{ id: statement.id, path: ['tone'], equals: 'critical' }],
    },
  )
  lastLineRaw(
    'duplicates/keys-last-invalid',
    'writes "occurred" twice: a good date, then the 30th of February, which is the one read',
    before,
    withRaw(s, '"occurred":"2023-02-30"'),
    invalid(['occurred'], '"2023-02-30" is not a calendar date', statement.id),
  )
  good(
    'duplicates/keys-first-invalid',
    'writes "occurred" twice: the 30th of February, then a good date, which is the one read',
    ndjson([...before, withRaw({ ...s, occurred: '2023-02-30' }, '"occurred":"2023-07-12"')]),
    {
      version: n + 1,
      values: [{ id: statement.id, path: ['occurred'], equals: '2023-07-12' }],
    },
  )
  good(
    'duplicates/id-key-twice',
    'writes "id" twice: the event has the second id, and the first is nowhere',
    ndjson([...before, withRaw(s, '"id":"second-id"')]),
    {
      version: n + 1,
      values: [{ id: 'second-id', path: ['kind'], equals: 'statement' }],
      missing: [statement.id],
    },
  )
  const l = ordered(launch)
  good(
    'duplicates/keys-nested',
    'writes "flightMinutes" twice inside details: the last is kept',
    ndjson([
      ...declare(launch),
      withRawValue({ ...l, details: '@details' }, '@details', '{"flightMinutes":10,"flightMinutes":74}'),
    ]),
    {
      version: declare(launch).length + 1,
      values: [{ id: launch.id, path: ['details'], equals: { flightMinutes: 74 } }],
    },
  )
}

// --- prototype: __proto__, constructor and prototype as keys and as ids ---------------------------

{
  const s = ordered(statement)
  const poison = '{"polluted":true}'
  const beforeS = declare(statement)
  lastLineRaw(
    'prototype/proto-top-level',
    'has a "__proto__" key on the event',
    beforeS,
    withRaw(s, `"__proto__":${poison}`),
    invalid(['__proto__'], 'unknown field "__proto__"', statement.id),
  )
  lastLineRaw(
    'prototype/constructor-top-level',
    'has a "constructor" key on the event',
    beforeS,
    withRaw(s, `"constructor":{"prototype":${poison}}`),
    invalid(['constructor'], 'unknown field "constructor"', statement.id),
  )
  lastLineRaw(
    'prototype/prototype-top-level',
    'has a "prototype" key on the event',
    beforeS,
    withRaw(s, `"prototype":${poison}`),
    invalid(['prototype'], 'unknown field "prototype"', statement.id),
  )
  lastLineRaw(
    'prototype/proto-in-citation',
    'has a "__proto__" key in an inline citation',
    beforeS,
    withRawValue(
      { ...s, sources: ['@source'] },
      '@source',
      `${JSON.stringify(statement.sources![0]).slice(0, -1)},"__proto__":${poison}}`,
    ),
    invalid(['sources', 0, '__proto__'], 'unknown field "__proto__"', statement.id),
  )
  lastLineRaw(
    'prototype/proto-in-interval',
    'has a "__proto__" key in its occurred interval',
    beforeS,
    withRawValue(
      { ...s, occurred: '@occurred' },
      '@occurred',
      `{"from":"2023-07-11","to":"2023-07-12","__proto__":${poison}}`,
    ),
    invalid(['occurred', '__proto__'], 'unknown field "__proto__"', statement.id),
  )
  lastLineRaw(
    'prototype/proto-tag',
    'has "__proto__" as a tag',
    beforeS,
    JSON.stringify({ ...s, tags: ['__proto__'] }),
    invalid(['tags', 0], 'reserved', statement.id),
  )
  lastLineRaw(
    'prototype/proto-in-notes',
    'has an object with a "__proto__" key where its notes belong',
    beforeS,
    withRawValue({ ...s, notes: '@notes' }, '@notes', `{"__proto__":${poison}}`),
    invalid(['notes'], 'expected string, got an object', statement.id),
  )

  const m = ordered(meeting)
  const beforeM = declare(meeting)
  lastLineRaw(
    'prototype/proto-in-participant',
    'has a "__proto__" key in a participant',
    beforeM,
    withRawValue(
      { ...m, participants: ['@p', meeting.participants[1]] },
      '@p',
      `{"actor":"kishida-fumio","for":"JPN","__proto__":${poison}}`,
    ),
    invalid(['participants', 0, '__proto__'], 'unknown field "__proto__"', meeting.id),
  )

  const l = ordered(launch)
  const beforeL = declare(launch)
  const details = (raw: string) => withRawValue({ ...l, details: '@details' }, '@details', raw)
  lastLineRaw(
    'prototype/proto-in-details',
    'has a "__proto__" key among its details: refused, as "constructor" and "prototype" are',
    beforeL,
    details(`{"__proto__":${poison},"flightMinutes":74}`),
    invalid(['details', '__proto__'], 'this key is reserved and not allowed in input', launch.id),
  )
  lastLineRaw(
    'prototype/constructor-in-details',
    'has a "constructor" key among its details',
    beforeL,
    details('{"constructor":"x"}'),
    invalid(['details', 'constructor'], 'this key is reserved and not allowed in input', launch.id),
  )
  lastLineRaw(
    'prototype/prototype-in-details',
    'has a "prototype" key among its details',
    beforeL,
    details('{"prototype":"x"}'),
    invalid(['details', 'prototype'], 'this key is reserved and not allowed in input', launch.id),
  )

  const c = ordered(confirm)
  const beforeC = [...declare(launch, confirm), launch]
  const changes = (raw: string) => withRawValue({ ...c, changes: '@changes' }, '@changes', raw)
  lastLineRaw(
    'prototype/proto-only-in-changes',
    'corrects nothing but a "__proto__" key, which zod drops (leaving no change) and the log refuses',
    beforeC,
    changes(`{"__proto__":{"certainty":"confirmed"}}`),
    invalid(['changes'], 'a correction changes at least one field', confirm.id),
  )
  lastLineRaw(
    'prototype/proto-beside-a-change',
    'corrects the certainty beside a "__proto__" key: refused',
    beforeC,
    changes(`{"__proto__":${poison},"certainty":"confirmed"}`),
    invalid(['changes', '__proto__'], 'this key is reserved and not allowed in input', confirm.id),
  )
  lastLineRaw(
    'prototype/constructor-in-changes',
    'corrects a "constructor" field',
    beforeC,
    changes('{"constructor":{"prototype":{"polluted":true}}}'),
    invalid(['changes', 'constructor'], 'this key is reserved and not allowed in input', confirm.id),
  )
  lastLineRaw(
    'prototype/prototype-in-changes',
    'corrects a "prototype" field',
    beforeC,
    changes(`{"prototype":${poison}}`),
    invalid(['changes', 'prototype'], 'this key is reserved and not allowed in input', confirm.id),
  )
  lastLineRaw(
    'prototype/proto-nested-in-changes',
    'corrects the details with a "__proto__" key inside them: refused',
    beforeC,
    changes(`{"certainty":"confirmed","details":{"__proto__":${poison},"flightMinutes":74}}`),
    invalid(['changes', 'details', '__proto__'], 'this key is reserved and not allowed in input', confirm.id),
  )
  lastLineRaw(
    'prototype/constructor-nested-in-changes',
    'corrects the details with "constructor" and "prototype" keys inside them: refused',
    beforeC,
    changes('{"details":{"constructor":{"prototype":{"polluted":true}},"prototype":"x","flightMinutes":74}}'),
    invalid(['changes', 'details', 'constructor'], 'this key is reserved and not allowed in input', confirm.id),
  )
  const nested = JSON.parse('{"a":{"b":{"__proto__":{"polluted":true},"c":1}}}') as unknown
  lastLineRaw(
    'prototype/proto-deep-in-changes',
    'corrects a field the event does not have with an object that hides a "__proto__" key three levels down',
    beforeC,
    changes(JSON.stringify({ extra: nested })),
    invalid(['changes', 'extra', 'a', 'b', '__proto__'], 'this key is reserved and not allowed in input', confirm.id),
  )
  lastLine(
    'prototype/proto-as-actor-id',
    'names "__proto__" as an actor',
    statement,
    { ...s, about: ['__proto__'], actors: ['stoltenberg-jens', 'NATO', '__proto__'] },
    invalid(['actors', 2], 'is not an actor id', statement.id),
  )
  lastLine(
    'prototype/proto-as-event-id',
    'has "__proto__" as its id',
    statement,
    { ...s, id: '__proto__' },
    invalid(['id'], 'an id is a slug', '__proto__'),
  )

  const person = declarations(['constructor', 'NATO', 'JPN'])
  const named = [
    ...person,
    build.proposal({ id: 'toString', proposer: 'NATO', actors: ['NATO'] }),
    build.position({ id: 'hasOwnProperty', actor: 'JPN', proposal: 'toString', stance: 'support', actors: ['JPN'] }),
    build.statement({ id: 'valueOf', speaker: 'constructor', for: undefined, about: ['JPN'] }),
    build.meeting({ id: 'constructor', summit: undefined, participants: [{ actor: 'constructor' }, { actor: 'JPN' }] }),
  ]
  good(
    'prototype/names-of-object-members',
    'has a person called "constructor" and events called "toString", "hasOwnProperty", "valueOf" and "constructor": valid ids, kept as data',
    ndjson(named),
    {
      version: named.length,
      values: [
        { id: 'constructor', path: ['participants', 0, 'actor'], equals: 'constructor' },
        { id: 'hasOwnProperty', path: ['proposal'], equals: 'toString' },
      ],
    },
  )
}

// --- limits: nesting deeper than the default ------------------------------------------------------

{
  const before = declare(statement)
  const s = ordered(statement)
  const nestedNotes = (depth: number) =>
    withRawValue({ ...s, notes: '@notes' }, '@notes', '['.repeat(depth) + ']'.repeat(depth))
  lastLineRaw('limits/deep-100k-arrays', 'has notes nested in 100,000 arrays', before, nestedNotes(100_000), {
    class: 'LimitExceededError',
    code: 'limit-exceeded',
    limit: 'maxDepth',
    message: 'nests deeper than 64 levels',
  })
  lastLineRaw(
    'limits/deep-100k-unclosed',
    'has 100,000 opening brackets and nothing else',
    before,
    '['.repeat(100_000),
    { class: 'LimitExceededError', code: 'limit-exceeded', limit: 'maxDepth', message: 'nests deeper than 64 levels' },
  )
  lastLineRaw(
    'limits/deep-65',
    'has notes nested so that the event reaches 65 levels, one more than the default limit',
    before,
    nestedNotes(64),
    { class: 'LimitExceededError', code: 'limit-exceeded', limit: 'maxDepth', message: 'nests deeper than 64 levels' },
  )
  lastLineRaw(
    'limits/deep-64',
    'has notes nested so that the event reaches 64 levels, within the limit: the schema refuses the array',
    before,
    nestedNotes(63),
    invalid(['notes'], 'expected string, got an array', statement.id),
  )
  good(
    'limits/brackets-in-string',
    'quotes 10,000 opening brackets: text, not nesting',
    ndjson([...before, { ...statement, quote: '['.repeat(10_000) }]),
    { version: before.length + 1 },
  )
}

// --- writing -------------------------------------------------------------------------------------

for (const entry of readdirSync(here, { withFileTypes: true })) {
  if (entry.isDirectory()) rmSync(join(here, entry.name), { recursive: true })
}
const names = new Set<string>()
for (const c of cases) {
  if (names.has(c.name)) throw new Error(`two cases are called ${c.name}`)
  names.add(c.name)
  if ((c.error === undefined) === (c.timeline === undefined))
    throw new Error(`${c.name} must expect an error or a timeline`)
  const ext = c.ext ?? 'ndjson'
  const file = join(here, `${c.name}.${ext}`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, c.content)
  const expectation: CorpusExpectation = {
    description: c.description,
    readers: c.readers ?? (ext === 'json' ? JSON_READERS : NDJSON_READERS),
    ...(c.error === undefined ? {} : { error: c.error }),
    ...(c.timeline === undefined ? {} : { timeline: c.timeline }),
  }
  writeFileSync(join(here, `${c.name}.expect.json`), `${JSON.stringify(expectation, null, 2)}\n`)
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
const rows = cases.map((c) => {
  const ext = c.ext ?? 'ndjson'
  const outcome =
    c.error === undefined
      ? `reads to ${c.timeline!.version} events`
      : [
          `${c.error.class} (\`${c.error.code}\`)`,
          c.error.line === undefined || c.error.line === null ? '' : `line ${c.error.line}`,
          typeof c.error.eventId === 'string'
            ? `event \`${c.error.eventId.length > 40 ? `${c.error.eventId.slice(0, 40)}…` : c.error.eventId}\``
            : '',
          c.error.path === undefined ? '' : `path \`${JSON.stringify(c.error.path)}\``,
          c.error.limit === undefined ? '' : `limit \`${c.error.limit}\``,
          `“${c.error.message}”`,
        ]
          .filter((part) => part !== '')
          .join(', ')
  return `| [${c.name}.${ext}](${c.name}.${ext}) | ${cell(c.description)} | ${cell(outcome)} |`
})

writeFileSync(
  join(here, 'README.md'),
  `# The bad-input corpus

Files that a reader of timelines must refuse with the right error, or read as documented. Each
case is one file (\`.ndjson\` or \`.json\`) beside its sidecar \`<case>.expect.json\`, which gives
the readers it applies to and either the error (class, \`code\`, line, event id, field path, words
of the message, and for some errors the limit or the missing reference) or facts of the timeline
it must read to. \`test/reliability/corpus.test.ts\` reads every file with every reader its
sidecar names (\`Timeline.fromNdjson\`, \`Timeline.readNdjson\` in one chunk and in 7-byte chunks,
\`readTimelineFile\` of \`entente/node\`, \`Timeline.fromJson\`) and checks that it gets exactly
that: always an \`EntenteError\`, never a \`TypeError\`, a stack overflow or a hang, and
\`Object.prototype\` (with \`Object\`, \`Function.prototype\` and \`Array.prototype\`) untouched.

The files are written by \`test/corpus/generate.ts\` (\`npx tsx test/corpus/generate.ts\`), which
also writes this index; bytes that are not UTF-8 can only be written from a script. Inputs of
tens of megabytes (long lines, long strings, a stream of 200,000 events) are made on the fly by
\`test/reliability/limits.test.ts\` and \`test/reliability/corpus.test.ts\`, not committed.

## What the corpus documents

- **Blank lines, a byte-order mark, CRLF.** A UTF-8 byte-order mark at the start is skipped;
  CRLF and LF both end a line; a line that is empty or holds only whitespace (spaces, tabs, and
  any Unicode space JavaScript's \`trim\` removes, such as U+00A0 and U+FEFF) is skipped but
  counted, so line numbers are those of the file. A lone CR does not end a line.
- **Invalid UTF-8.** Readers of bytes (\`readNdjson\`, \`readTimelineFile\`) decode strictly and
  refuse bytes that are not UTF-8 with a \`ValidationError\` on the line they are on.
  \`fromNdjson\` and \`fromJson\` take a string that is already decoded: decode it yourself with
  \`new TextDecoder('utf-8', { fatal: true })\`, or read files with \`readTimelineFile\`, since
  \`readFileSync(path, 'utf8')\` silently puts U+FFFD for bad bytes.
- **Duplicate keys.** NDJSON lines are read with \`JSON.parse\`, which keeps the *last* of two
  equal keys in one object, at any depth, \`id\` included; nothing warns. The value that counts is
  the one validated: a bad first value is ignored, a bad last one is refused.
- **Reserved keys.** A \`__proto__\`, \`constructor\` or \`prototype\` key on an event, a citation,
  an interval or a participant is an unknown field. As a key of \`details\` or of a correction's
  \`changes\`, at any depth, all three are refused with the path of the key; no key of the input is
  ever dropped without a word, and none reaches a prototype. Ids that are names of members of
  \`Object.prototype\` (\`constructor\`, \`toString\`, \`valueOf\`) are valid and kept as data.
- **Dates.** \`YYYY\`, \`YYYY-MM\`, \`YYYY-MM-DD\` and timestamps with \`Z\` or an offset from
  \`-14:00\` to \`+14:00\`; anything else (a timestamp with no zone, two-digit years, \`24:00\`,
  leap seconds, week dates) is refused, each with a message saying why. An offset names the UTC
  instant it stands for, and fractions of a second past milliseconds are cut off.
- **Deep nesting** is refused with a \`LimitExceededError\` before \`JSON.parse\` sees the text, at
  any depth (100,000 levels here); the default limit is 64 levels, counting the event itself.

## Cases

| File | What it holds | What it must give |
|---|---|---|
${rows.join('\n')}
`,
)

console.log(`wrote ${cases.length} cases`)

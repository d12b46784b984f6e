import { describe, expect, it } from 'vitest'
import { DuplicateEventError, Timeline, UnknownReferenceError, ValidationError } from '../../../src/index.js'
import { build } from '../../support/build.js'
import { rejected, thrown } from '../../support/thrown.js'
import { declarationsFor, eventIds, idsOf } from '../../support/timeline.js'

// Kishida meets Stoltenberg; NATO's Secretary General speaks of Ukraine in Ukrainian; a launch, confirmed.
const meeting = build.meeting({ id: 'meeting', summit: undefined })
const statement = build.statement({ id: 'statement', quote: 'Слава Україні — glory to Ukraine', about: ['UKR'] })
const launch = build['military-activity']({ id: 'launch' })
const confirmed = build.correction({ id: 'launch-confirmed', target: 'launch' })
const events = [...declarationsFor([meeting, statement, launch]), meeting, statement, launch, confirmed]
const ndjson = `${events.map((event) => JSON.stringify(event)).join('\n')}\n`

/** The lines of an NDJSON text: declarations, then the events given, each on its own line. */
const linesOf = (...lines: string[]) => `${lines.join('\n')}\n`
const declared = declarationsFor([meeting, statement, launch]).map((event) => JSON.stringify(event))

describe('Timeline.fromNdjson', () => {
  it('reads one event a line, in order', () => {
    // given NDJSON of the events, when it is read
    const timeline = Timeline.fromNdjson(ndjson)
    // then the timeline holds them in the same order
    expect(idsOf(timeline.events)).toEqual(idsOf(events))
  })

  it('skips blank lines, and takes a byte-order mark and CRLF line ends', () => {
    // given the same events with a BOM, CRLF line ends, and blank and whitespace-only lines between them
    const messy = `\uFEFF${events.map((event) => JSON.stringify(event)).join('\r\n\r\n   \r\n')}\r\n`
    // then it reads to the same events
    expect(Timeline.fromNdjson(messy).events).toEqual(Timeline.fromNdjson(ndjson).events)
  })

  it('reads a last line with no newline after it', () => {
    // given NDJSON whose last event has no newline, then that event is read too
    expect(Timeline.fromNdjson(ndjson.trimEnd()).get('launch-confirmed')?.id).toBe('launch-confirmed')
  })

  it('reports malformed JSON with its 1-based line, counting blank lines, and the id it can read', () => {
    // given a bad line (a missing closing brace) as the third line, after a blank one
    const text = linesOf(declared[0]!, '', '{"id":"broken","kind":"meeting"')
    const error = thrown(() => Timeline.fromNdjson(text))
    // then it is a ValidationError on line 3, naming the id found on it
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ line: 3, eventId: 'broken', path: [] }),
    ])
    expect((error as ValidationError).message).toMatch(/^line 3: event "broken": is not valid JSON/)
  })

  it('reports an invalid event with its line, id and the path of the field', () => {
    // given a meeting on the 30th of February on the line after the declarations
    const text = linesOf(...declared, JSON.stringify({ ...meeting, occurred: '2023-02-30' }))
    const error = thrown(() => Timeline.fromNdjson(text))
    // then the issue has that line, the meeting's id and the path of `occurred`
    expect((error as ValidationError).issues[0]).toMatchObject({
      line: declared.length + 1,
      eventId: 'meeting',
      path: ['occurred'],
    })
  })

  it('reports an unknown reference with its line', () => {
    // given a statement by an actor nobody declared, on line 1
    const error = thrown(() => Timeline.fromNdjson(linesOf(JSON.stringify(statement))))
    // then the UnknownReferenceError carries line 1
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({ line: 1, eventId: 'statement' })
  })

  it('reports a duplicate with its line', () => {
    // given the meeting twice, with other dates, the second on the last line
    const text = linesOf(...declared, JSON.stringify(meeting), JSON.stringify({ ...meeting, occurred: '2023-07-11' }))
    const error = thrown(() => Timeline.fromNdjson(text))
    // then the DuplicateEventError names that line
    expect(error).toBeInstanceOf(DuplicateEventError)
    expect(error).toMatchObject({ line: declared.length + 2, eventId: 'meeting' })
  })

  it('with collectErrors, lists every bad line and reads on past them', () => {
    // given bad JSON on one line, an invalid event on another, an unknown actor on a third,
    // and good events between and after them
    const text = linesOf(
      ...declared,
      '{not json',
      JSON.stringify(meeting),
      JSON.stringify({ ...launch, occurred: '2023-13-01' }),
      JSON.stringify(build.visit({ id: 'visit', visitor: 'macron-emmanuel', host: 'LTU' })),
      JSON.stringify(statement),
    )
    const error = thrown(() => Timeline.fromNdjson(text, { collectErrors: true }))
    // then one ValidationError lists the three bad lines, each with its event where known
    const n = declared.length
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => [issue.line, issue.eventId])).toEqual([
      [n + 1, undefined],
      [n + 3, 'launch'],
      [n + 4, 'visit'],
    ])
  })

  it('with collectErrors and no bad line, reads the timeline', () => {
    // given good NDJSON, then collecting errors changes nothing
    expect(idsOf(Timeline.fromNdjson(ndjson, { collectErrors: true }).events)).toEqual(idsOf(events))
  })
})

describe('Timeline.toNdjson', () => {
  it('writes one event a line, and reads back to the same events', () => {
    // given a timeline, when it is written and read back
    const timeline = Timeline.fromNdjson(ndjson)
    const text = timeline.toNdjson()
    // then there is one line per event, and the events are equal
    expect(text.split('\n')).toHaveLength(timeline.version + 1)
    expect(Timeline.fromNdjson(text).events).toEqual(timeline.events)
  })

  it('writes a knownOn view with only the events it knows', () => {
    // given the view from before the launch was confirmed, when it is written
    const text = Timeline.fromNdjson(ndjson).knownOn('2023-07-12').toNdjson()
    // then of the events it holds only the launch: the others were recorded on 13 July
    expect(eventIds(Timeline.fromNdjson(text))).toEqual(['launch'])
  })
})

describe('Timeline.fromJson', () => {
  it('reads an array of events', () => {
    // given the events as a JSON array (with a byte-order mark), then it reads to the same events
    expect(idsOf(Timeline.fromJson(`\uFEFF${JSON.stringify(events)}`).events)).toEqual(idsOf(events))
  })

  it('refuses JSON that is not an array', () => {
    // given one event, not in an array, then it is a ValidationError
    expect(() => Timeline.fromJson(JSON.stringify(meeting))).toThrow(ValidationError)
  })

  it('refuses malformed JSON', () => {
    // given a truncated array, then it is a ValidationError
    expect(() => Timeline.fromJson('[{"id":')).toThrow(ValidationError)
  })
})

const encoder = new TextEncoder()

/** Splits bytes into chunks of `size` bytes. */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size))
  return out
}

function streamOf<T>(parts: readonly T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const part of parts) controller.enqueue(part)
      controller.close()
    },
  })
}

async function* iterate<T>(parts: readonly T[]): AsyncGenerator<T> {
  for (const part of parts) yield part
}

describe('Timeline.readNdjson', () => {
  it('reads a web ReadableStream of bytes whose chunks split lines and a multi-byte character', async () => {
    // given the NDJSON as UTF-8 in 7-byte chunks, so some chunk ends inside a Cyrillic letter
    const bytes = encoder.encode(ndjson)
    const parts = chunks(bytes, 7)
    const splitsACharacter = parts.some(
      (part) => (part[part.length - 1]! & 0xc0) === 0xc0 || (part[0]! & 0xc0) === 0x80,
    )
    expect(splitsACharacter).toBe(true)
    // when it is read from a stream
    const timeline = await Timeline.readNdjson(streamOf(parts))
    // then the events, the quote included, are as read from the string
    expect(timeline.events).toEqual(Timeline.fromNdjson(ndjson).events)
    expect(timeline.get('statement')).toMatchObject({ quote: 'Слава Україні — glory to Ukraine' })
  })

  it('reads an async iterable of strings whose chunks split lines', async () => {
    // given the NDJSON in 5-character pieces
    const parts = ndjson.match(/[\s\S]{1,5}/g)!
    // then it reads to the same events
    expect((await Timeline.readNdjson(iterate(parts))).events).toEqual(Timeline.fromNdjson(ndjson).events)
  })

  it('takes a byte-order mark, CRLF line ends and blank lines in a byte stream', async () => {
    // given a BOM, CRLF, and blank lines, split into 2-byte chunks (so the 3-byte BOM is split)
    const messy = `\uFEFF${events.map((event) => JSON.stringify(event)).join('\r\n\r\n')}\r\n`
    const timeline = await Timeline.readNdjson(iterate(chunks(encoder.encode(messy), 2)))
    // then it reads to the same events
    expect(timeline.events).toEqual(Timeline.fromNdjson(ndjson).events)
  })

  it('reports a bad line with its 1-based line number, counting blank lines', async () => {
    // given a good first line, a blank line, and an event on the 30th of February
    const text = linesOf(declared[0]!, '', JSON.stringify({ ...launch, occurred: '2023-02-30' }))
    const error = await rejected(Timeline.readNdjson(iterate([text])))
    // then the ValidationError is on line 3, for the launch, at `occurred`
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ line: 3, eventId: 'launch', path: ['occurred'] })
  })

  it('with collectErrors, lists every bad line of the stream', async () => {
    // given two bad lines among good ones
    const text = linesOf(
      ...declared,
      '[',
      JSON.stringify(meeting),
      JSON.stringify(build.visit({ id: 'visit', visitor: 'macron-emmanuel', host: 'LTU' })),
    )
    const error = await rejected(Timeline.readNdjson(iterate([text]), { collectErrors: true }))
    // then both are listed with their lines
    const n = declared.length
    expect((error as ValidationError).issues.map((issue) => issue.line)).toEqual([n + 1, n + 3])
  })

  it('refuses bytes that are not UTF-8, with their line', async () => {
    // given a first good line, then a line with a byte that cannot start a UTF-8 character
    const good = encoder.encode(`${declared[0]!}\n`)
    const bad = new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])
    const error = await rejected(Timeline.readNdjson(iterate([good, bad])))
    // then it is a ValidationError on line 2
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.line).toBe(2)
  })
})

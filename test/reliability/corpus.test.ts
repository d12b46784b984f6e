/**
 * The bad-input corpus (test/corpus): every file read with every reader its sidecar names must
 * give exactly the documented error (an EntenteError with its line, event id and path) or the
 * documented timeline, within a time limit, leaving every prototype as it was. Then what is too
 * big to commit, made on the fly: nesting 100,000 levels deep given as objects, and a stream of
 * 200,000 events read with bounded memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import {
  actorIdSchema,
  defineKind,
  defineProjection,
  EntenteError,
  extendVocabulary,
  LimitExceededError,
  network,
  proposal,
  relationship,
  Timeline,
  toInterval,
  ValidationError,
  type ValidationIssue,
} from '../../src/index.js'
import { readTimelineFile } from '../../src/node.js'
import type { CorpusExpectation, CorpusReader, ExpectedError, ExpectedTimeline } from '../corpus/expectation.js'
import { build } from '../support/build.js'
import { thrown } from '../support/thrown.js'
import { declarations } from '../support/timeline.js'
import { expectPrototypesUntouched, prototypesNow } from './support/prototypes.js'

const root = fileURLToPath(new URL('../corpus/', import.meta.url))

interface CorpusCase {
  readonly name: string
  readonly file: string
  readonly expectation: CorpusExpectation
}

/** Every case of the corpus: each data file beside its sidecar. */
function corpus(): CorpusCase[] {
  const cases: CorpusCase[] = []
  for (const group of readdirSync(root, { withFileTypes: true })) {
    if (!group.isDirectory()) continue
    for (const name of readdirSync(join(root, group.name)).sort()) {
      if (name.endsWith('.expect.json') || !/\.(nd)?json$/.test(name)) continue
      const file = join(root, group.name, name)
      const sidecar = file.replace(/\.(nd)?json$/, '.expect.json')
      cases.push({
        name: relative(root, file),
        file,
        expectation: JSON.parse(readFileSync(sidecar, 'utf8')) as CorpusExpectation,
      })
    }
  }
  return cases
}

const cases = corpus()

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

/** The file's text, decoded strictly, with a byte-order mark kept for the reader to see. */
const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)

function read(reader: CorpusReader, file: string, bytes: Uint8Array): Promise<Timeline> {
  switch (reader) {
    case 'fromNdjson':
      return Promise.resolve().then(() => Timeline.fromNdjson(text(bytes)))
    case 'readNdjson':
      return Timeline.readNdjson(once(bytes))
    case 'readNdjson-chunked':
      return Timeline.readNdjson(chunked(bytes, 7))
    case 'readTimelineFile':
      return readTimelineFile(file)
    case 'fromJson':
      return Promise.resolve().then(() => Timeline.fromJson(text(bytes)))
  }
}

async function outcome(action: () => Promise<Timeline>): Promise<{ timeline: Timeline } | { error: unknown }> {
  try {
    return { timeline: await action() }
  } catch (error) {
    return { error }
  }
}

/** Checks a field that may be required absent (`null`), required equal, or not asked about (`undefined`). */
function expectField(actual: unknown, expected: unknown, what: string): void {
  if (expected === undefined) return
  if (expected === null) expect(actual, what).toBeUndefined()
  else expect(actual, what).toEqual(expected)
}

function expectError(error: unknown, expected: ExpectedError): void {
  // never a TypeError, a RangeError or anything else the library did not mean to throw
  expect(error, String(error)).toBeInstanceOf(EntenteError)
  const e = error as EntenteError & Record<string, unknown>
  expect(e.name).toBe(expected.class)
  expect(e.code).toBe(expected.code)
  expect(e.message).toContain(expected.message)
  // a message says what and where, and never floods with the input
  expect(e.message.length).toBeLessThan(2_000)
  if (e instanceof ValidationError) {
    expect(e.issues.length).toBeGreaterThan(0)
    const issue = e.issues[0]!
    expectField(issue.line, expected.line, 'line')
    expectField(issue.eventId, expected.eventId, 'eventId')
    expectField(issue.path, expected.path, 'path')
    for (const each of e.issues) expect(each.message).not.toBe('')
  } else {
    expectField(e['line'], expected.line, 'line')
    expectField(e['eventId'], expected.eventId, 'eventId')
    expectField(e['path'], expected.path, 'path')
    expectField(e['limit'], expected.limit, 'limit')
    expectField(e['reference'], expected.reference, 'reference')
    expectField(e['referenceKind'], expected.referenceKind, 'referenceKind')
  }
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value
  for (const segment of path) current = (current as Record<string | number, unknown>)[segment]
  return current
}

function expectTimeline(timeline: Timeline, expected: ExpectedTimeline): void {
  expect(timeline.version).toBe(expected.version)
  for (const { id, path, equals } of expected.values ?? [])
    expect(valueAt(timeline.get(id), path), `${id} ${path.join('.')}`).toEqual(equals)
  for (const { id, path, key } of expected.absent ?? [])
    expect(Object.hasOwn(valueAt(timeline.get(id), path) as object, key), `${id} ${path.join('.')} has ${key}`).toBe(
      false,
    )
  for (const id of expected.missing ?? []) expect(timeline.get(id)).toBeUndefined()
  for (const { id, instant } of expected.recordedAt ?? []) {
    const ms = Date.parse(instant)
    expect(timeline.knownOn(new Date(ms)).get(id), `${id} known at ${instant}`).toBeDefined()
    expect(timeline.knownOn(new Date(ms - 1)).get(id), `${id} unknown just before ${instant}`).toBeUndefined()
  }
  for (const { id, instant } of expected.occurredFrom ?? [])
    expect(toInterval(timeline.get(id)!.occurred).start, id).toBe(instant)
  // what was read can be written and read back to the same events
  expect(Timeline.fromNdjson(timeline.toNdjson()).events).toEqual(timeline.events)
}

const before = prototypesNow()
afterEach(() => expectPrototypesUntouched(before))

describe('the corpus', () => {
  it('holds cases of every group, each with a sidecar that expects an error or a timeline', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150)
    for (const c of cases) {
      expect((c.expectation.error === undefined) !== (c.expectation.timeline === undefined), c.name).toBe(true)
      expect(c.expectation.readers.length, c.name).toBeGreaterThan(0)
      // an error of NDJSON always says which line it is on
      if (c.name.endsWith('.ndjson') && c.expectation.error !== undefined)
        expect(typeof c.expectation.error.line, c.name).toBe('number')
    }
  })

  it('is listed in full in its README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    for (const c of cases) expect(readme, c.name).toContain(`](${c.name})`)
  })

  for (const c of cases) {
    const bytes = new Uint8Array(readFileSync(c.file))
    describe(c.name, () => {
      for (const reader of c.expectation.readers) {
        it(`${c.expectation.error === undefined ? 'reads' : 'refuses'} it with ${reader}: ${c.expectation.description}`, async () => {
          const result = await outcome(() => read(reader, c.file, bytes))
          if (c.expectation.error !== undefined) {
            expect('error' in result, 'expected the file to be refused').toBe(true)
            expectError((result as { error: unknown }).error, c.expectation.error)
          } else {
            if ('error' in result) throw result.error
            expectTimeline(result.timeline, c.expectation.timeline!)
          }
        }, 10_000)
      }
      const error = c.expectation.error
      if (error !== undefined && c.expectation.readers.includes('fromNdjson')) {
        it('lists the same problem, on the same line, when every error is collected', () => {
          let thrown: unknown
          try {
            Timeline.fromNdjson(text(bytes), { collectErrors: true })
          } catch (e) {
            thrown = e
          }
          expect(thrown).toBeInstanceOf(ValidationError)
          const issues: readonly ValidationIssue[] = (thrown as ValidationError).issues
          expect(
            issues.some(
              (issue) =>
                issue.line === error.line && (typeof error.eventId !== 'string' || issue.eventId === error.eventId),
            ),
          ).toBe(true)
        }, 10_000)
      }
    })
  }
})

describe('ids that are names of members of Object.prototype', () => {
  const file = join(root, 'prototype/names-of-object-members.ndjson')

  it('project as data: a person called "constructor" has a tone, a proposal called "toString" has stances', () => {
    // given the corpus's timeline of a person called "constructor" and a proposal called "toString"
    expect(existsSync(file)).toBe(true)
    const timeline = Timeline.fromNdjson(readFileSync(file, 'utf8')).appendMany([
      build.position({
        id: 'nato-supports',
        actor: 'NATO',
        proposal: 'toString',
        stance: 'support',
        actors: ['NATO', 'JPN'],
      }),
      build.position({
        id: 'japan-supports',
        actor: 'JPN',
        proposal: 'toString',
        stance: 'support',
        actors: ['JPN', 'NATO'],
      }),
    ])
    // when their relationships, the network and the proposal are projected
    const person = timeline.project(relationship('constructor', 'JPN'), { at: '2023-12-31' })
    const pair = timeline.project(relationship('JPN', 'NATO'), { at: '2023-12-31' })
    const everyone = timeline.project(network(), { at: '2023-12-31' })
    const office = timeline.project(proposal('toString'), { at: '2023-12-31' })
    // then every number is a number, and each stance sits on the proposal it was taken on
    expect(Number.isFinite(person.tone.byDirection['constructor'])).toBe(true)
    expect(person.tone.byDirection['constructor']).toBeGreaterThan(0)
    expect(person.contacts.meetings).toBe(1)
    for (const dyad of everyone.dyads)
      for (const value of Object.values(dyad.tone.byDirection)) expect(Number.isFinite(value)).toBe(true)
    expect(office.supporters).toEqual(['JPN', 'NATO'])
    expect(pair.stances).toEqual([{ proposal: 'toString', stances: { JPN: 'support', NATO: 'support' } }])
    // and nothing reached Object, Object.prototype or its methods
    expectPrototypesUntouched(before)
  })
})

describe('kinds of one’s own named after members of Object.prototype', () => {
  it.each(['valueOf', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'constructor'])(
    'are projected as kinds like any other when one is called %s',
    (name) => {
      // given a kind called after a method every object inherits, with a direction and a weight
      const make = () =>
        defineKind(
          name,
          { by: actorIdSchema, to: actorIdSchema },
          {
            actors: (e) => [
              [['by'], e.by],
              [['to'], e.to],
            ],
            direction: (e) => ({ from: [e.by], to: [e.to] }),
            weights: { default: { cameo: '040', label: 'Consult', quadClass: 'verbal-cooperation', goldstein: 1 } },
          },
        )
      if (name === 'constructor') {
        // `constructor` is a reserved key: the kind is refused when it is defined
        expect(thrown(make)).toBeInstanceOf(EntenteError)
        return
      }
      const vocabulary = extendVocabulary(make())
      const timeline = Timeline.from(
        [
          ...declarations(['JPN', 'NATO']),
          {
            id: 'k',
            kind: name,
            occurred: '2023-07-12',
            recorded: '2023-07-13T00:00:00Z',
            actors: ['JPN', 'NATO'],
            sources: [{ id: 's', publisher: 'P', published: '2023' }],
            by: 'JPN',
            to: 'NATO',
          },
        ],
        { vocabulary },
      )
      const counted = defineProjection({
        name: 'meetings',
        initial: { n: 0 },
        on: { meeting: (draft) => void draft.n++ },
      })
      // then a projection without a reducer for it passes it by, and the tone counts it with its own weight
      expect(timeline.project(counted as never, { at: '2023-12-31' })).toEqual({ n: 0 })
      const { tone } = timeline.project(relationship('JPN', 'NATO') as never, { at: '2023-07-12' }) as {
        tone: { index: number; byDirection: Record<string, number>; verbalCooperation: number }
      }
      expect(tone.verbalCooperation).toBe(1)
      expect(tone.index).toBeCloseTo(1, 2)
      expect(tone.byDirection).toEqual({ JPN: tone.index, NATO: 0 })
      expectPrototypesUntouched(before)
    },
  )
})

describe('nesting 100,000 levels deep', () => {
  const depth = 100_000
  let objects: Record<string, unknown> = {}
  for (let i = 0; i < depth; i++) objects = { inner: objects }
  let arrays: unknown[] = []
  for (let i = 0; i < depth; i++) arrays = [arrays]
  const statement = build.statement({ id: 'deep' })
  const declared = declarations(['stoltenberg-jens', 'NATO', 'JPN'])

  it.each([
    ['objects', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`],
    ['arrays', '['.repeat(depth) + ']'.repeat(depth)],
    ['objects in arrays', `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`],
  ])(
    'of %s in a line is a LimitExceededError, never a RangeError',
    async (_, nested) => {
      // given a line whose notes nest 100,000 levels deep
      const line = JSON.stringify({ ...statement, notes: '@' }).replace('"@"', nested)
      const ndjson = [...declared.map((e) => JSON.stringify(e)), line].join('\n')
      // when it is read from a string, a stream and as JSON, then each refuses it at the depth limit
      for (const read of [() => Timeline.fromNdjson(ndjson), () => Timeline.fromJson(`[${line}]`)]) {
        let error: unknown
        try {
          read()
        } catch (e) {
          error = e
        }
        expect(error).toBeInstanceOf(LimitExceededError)
      }
      await expect(Timeline.readNdjson(once(new TextEncoder().encode(ndjson)))).rejects.toMatchObject({
        code: 'limit-exceeded',
        limit: 'maxDepth',
        line: declared.length + 1,
      })
    },
    20_000,
  )

  it.each([
    ['notes', { notes: objects }],
    ['an unknown field', { extra: arrays }],
    ['sources', { sources: [arrays] }],
    ['occurred', { occurred: objects }],
    ['a correction’s changes', { kind: 'correction', target: 'x', changes: { notes: objects }, reason: 'r' }],
  ])(
    'of objects given in %s to append is an EntenteError, never a RangeError',
    (_, fields) => {
      // given an event object with a value nested 100,000 levels deep
      const timeline = Timeline.from([...declared, statement, build.statement({ id: 'x' })])
      let error: unknown
      try {
        timeline.append({ ...build.statement({ id: 'deep-object' }), ...fields })
      } catch (e) {
        error = e
      }
      // then it is refused as an EntenteError, and the timeline is as it was
      expect(error).toBeInstanceOf(EntenteError)
      expect(timeline.version).toBe(declared.length + 2)
    },
    20_000,
  )

  it('refuses a cycle in a correction’s changes at the depth limit, never looping', () => {
    // given changes that hold themselves
    const cycle: Record<string, unknown> = { certainty: 'confirmed' }
    cycle['details'] = cycle
    const launch = build['military-activity']({ id: 'launch' })
    const timeline = Timeline.from([...declarations(['PRK', 'JPN']), launch])
    // then the correction is refused at its changes
    let error: unknown
    try {
      timeline.append(build.correction({ id: 'cyclic', target: 'launch', changes: cycle }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path[0]).toBe('changes')
  })
})

describe('a stream of 200,000 events', () => {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  const heap = (): number => {
    gc()
    return process.memoryUsage().heapUsed
  }
  const head = [
    ...declarations(['JPN', 'NATO']).map((e) => ({
      ...e,
      sources: [{ id: 'src', publisher: 'P', published: '1900' }],
    })),
  ]
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10)
  /** NDJSON of `count` events in 64 KiB chunks; `repeat` makes each of `repeat` lines in a row the same event. */
  async function* generate(
    count: number,
    repeat: number,
    seen: { bytes: number; peak: number; base: number },
  ): AsyncGenerator<string> {
    let buffer = `${head.map((e) => JSON.stringify(e)).join('\n')}\n`
    for (let i = 0; i < count; i++) {
      const n = Math.floor(i / repeat)
      buffer += `{"id":"m${n}","kind":"meeting","occurred":"${day(n)}","recorded":"${day(n)}T12:00:00Z","actors":["JPN","NATO"],"sources":["src"],"participants":[{"actor":"JPN"},{"actor":"NATO"}]}\n`
      if (buffer.length >= 65_536) {
        seen.bytes += buffer.length
        yield buffer
        buffer = ''
      }
      if (i % 50_000 === 49_999) seen.peak = Math.max(seen.peak, heap() - seen.base)
    }
    seen.bytes += buffer.length
    yield buffer
  }

  it('is read to the end, holding no more than a few times the input', async () => {
    // given 200,000 meetings generated as they are read (about 36 MB of NDJSON)
    const seen = { bytes: 0, peak: 0, base: heap() }
    // when they are streamed through readNdjson
    const timeline = await Timeline.readNdjson(generate(200_000, 1, seen))
    const held = heap() - seen.base
    // then every event is in the timeline
    expect(timeline.version).toBe(200_002)
    expect(timeline.get('m199999')?.kind).toBe('meeting')
    // and the heap grew by no more than 8 bytes a byte of input, at any point of the read
    expect(seen.bytes).toBeGreaterThan(30_000_000)
    expect(held / seen.bytes).toBeLessThan(8)
    expect(seen.peak / seen.bytes).toBeLessThan(8)
  }, 180_000)

  it('holds only what it keeps: a stream of re-appends grows the heap by a fraction of the input', async () => {
    // given 100,000 lines, each event repeated on 100 lines in a row (identical re-appends are no-ops)
    const seen = { bytes: 0, peak: 0, base: heap() }
    // when they are streamed
    const timeline = await Timeline.readNdjson(generate(100_000, 100, seen))
    const held = heap() - seen.base
    // then the timeline holds each event once, and the heap holds far less than the input
    expect(timeline.version).toBe(1_002)
    expect(seen.bytes).toBeGreaterThan(15_000_000)
    expect(held / seen.bytes).toBeLessThan(0.25)
    expect(seen.peak / seen.bytes).toBeLessThan(0.5)
  }, 180_000)
})

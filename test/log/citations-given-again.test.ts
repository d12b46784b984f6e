import { describe, expect, it } from 'vitest'
import { citationSchema, memoryLog, Timeline, ValidationError } from '../../src/index.js'
import { _viewOf } from '../../src/log/timeline.js'
import { actor, build, citation } from '../support/build.js'

const declared = [actor('JPN', 'state'), actor('NATO', 'organisation')]
const lines = (...events: unknown[]): string => events.map((event) => JSON.stringify(event)).join('\n')
const visit = (id: string, source: unknown) =>
  build.visit({ id, visitor: 'JPN', host: 'NATO', sources: [source as ReturnType<typeof citation>] })

/** The error a load of the lines throws, or undefined when it loads. */
function refusal(text: string): ValidationError | undefined {
  try {
    Timeline.fromNdjson(text)
    return undefined
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
}

describe('a citation given inline again under its id', () => {
  const fields = {
    publisher: 'AP',
    title: 'Another title',
    author: 'A. Writer',
    url: 'https://apnews.com/',
    published: '2023-07-12',
  }

  it.each(Object.entries(fields))('conflicts when its %s differs', (field, value) => {
    // given the citation, then the same id with one field changed (or added, for the author)
    const error = refusal(lines(...declared, visit('first', citation()), visit('second', citation({ [field]: value }))))
    // then the second is refused at its source, naming the citation
    expect(error?.issues).toMatchObject([
      { code: 'citation-conflict', line: 4, eventId: 'second', path: ['sources', 0] },
    ])
  })

  it('conflicts when it leaves out a field it gave before', () => {
    const { title: _title, ...untitled } = citation()
    expect(refusal(lines(...declared, visit('first', citation()), visit('second', untitled)))?.issues[0]?.code).toBe(
      'citation-conflict',
    )
  })

  it('agrees in any key order and with another quote', () => {
    // given the same citation with its keys reversed and a quote of its own
    const again = Object.fromEntries(Object.entries({ ...citation(), quote: 'a line of it' }).reverse())
    const timeline = Timeline.fromNdjson(lines(...declared, visit('first', citation()), visit('second', again)))
    // then both load, and the log keeps the citation as first given, without the quote
    expect(timeline.version).toBe(4)
    const log = memoryLog()
    log.append(timeline.events)
    expect(log.citation('kyodo-2023-07-13')).toEqual(citation())
  })

  it('is kept without the quote of the event that first gave it, the same each time it is read', () => {
    // given the citation first given with a quote, then cited by its id
    const quoted = { ...citation(), quote: 'the first quote' }
    const second = build.visit({ id: 'second', visitor: 'JPN', host: 'NATO', sources: [citation().id] })
    const log = memoryLog()
    log.append(Timeline.fromNdjson(lines(...declared, visit('first', quoted), second)).events)
    // then the log gives it without the quote, and the event keeps its quote
    expect(log.citation(citation().id)).toEqual(citation())
    expect(log.citation(citation().id)).toBe(log.citation(citation().id))
    expect(log.event(log.positionOf('first')!).sources).toEqual([quoted])
  })

  it('is known to a version that holds an event giving it, and to no version before', () => {
    // given a citation given inline only by an event recorded on the 14th
    const later = citation({ id: 'later-report', published: '2023-07-14' })
    const giver = { ...visit('giver', later), recorded: '2023-07-14T00:00:00Z' }
    const timeline = Timeline.fromNdjson(lines(...declared, visit('first', citation()), giver))
    const citing = (id: string, recorded: string) =>
      build.visit({ id, visitor: 'JPN', host: 'NATO', recorded, sources: [later.id] })
    // then an event appended to what was known on the 13th cannot cite it by its id
    const before = timeline.knownOn('2023-07-13T12:00:00Z')
    expect(() => before.append(citing('too-soon', '2023-07-13T12:00:00Z'))).toThrow(/unknown citation "later-report"/)
    // and one appended to what was known on the 15th can, as one appended to the whole log
    const known = timeline.knownOn('2023-07-15').append(citing('known', '2023-07-15T00:00:00Z'))
    expect(known.version).toBe(5)
    // (the new event's log reads the citation from the log it was appended over)
    expect(_viewOf(known).log.citation(later.id)).toEqual(later)
    const unrelated = before.append(
      build.visit({ id: 'none', visitor: 'JPN', host: 'NATO', recorded: '2023-07-13T12:00:00Z' }),
    )
    expect(_viewOf(unrelated).log.citation(later.id)).toBeUndefined()
    expect(timeline.append(citing('latest', '2023-07-15T00:00:00Z')).version).toBe(5)
  })

  it('is compared field by field as strings, which every field of the schema is', () => {
    // The comparison reads each field but the quote as a string: a field of another type would need a deeper one.
    for (const [field, schema] of Object.entries(citationSchema.shape)) {
      const inner = schema.def.type === 'optional' ? schema.def.innerType : schema
      expect([field, inner.def.type]).toEqual([field, 'string'])
    }
  })
})

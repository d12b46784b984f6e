import { describe, expect, it } from 'vitest'
import { citationSchema, memoryLog, Timeline, ValidationError } from '../../src/index.js'
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

  it('is compared field by field as strings, which every field of the schema is', () => {
    // The comparison reads each field but the quote as a string: a field of another type would need a deeper one.
    for (const [field, schema] of Object.entries(citationSchema.shape)) {
      const inner = schema.def.type === 'optional' ? schema.def.innerType : schema
      expect([field, inner.def.type]).toEqual([field, 'string'])
    }
  })
})

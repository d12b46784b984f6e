import { describe, expect, it } from 'vitest'
import { citationSchema, sourceSchema } from '../../src/index.js'
import { citation, without } from '../support/build.js'

/** The issues zod finds in a citation, as path and message; fails the test when it is valid. */
function issuesOfCitation(value: unknown): { path: PropertyKey[]; message: string }[] {
  const result = citationSchema.safeParse(value)
  if (result.success) return expect.fail(`expected ${JSON.stringify(value)} to be rejected`)
  return result.error.issues.map(({ path, message }) => ({ path, message }))
}

describe('citationSchema', () => {
  it('accepts a citation with every field', () => {
    // given a citation with an author and a quote, when it is parsed, then it is kept whole
    const full = citation({ author: 'A. Reporter', quote: 'Japan and NATO agreed.' })
    expect(citationSchema.parse(full)).toEqual(full)
  })

  it('accepts a citation with only an id, a publisher and a publication date', () => {
    expect(citationSchema.parse({ id: 'nhk-1', publisher: 'NHK', published: '2023' })).toEqual({
      id: 'nhk-1',
      publisher: 'NHK',
      published: '2023',
    })
  })

  it('requires a publication date', () => {
    expect(issuesOfCitation(without(citation(), 'published'))).toEqual([
      { path: ['published'], message: expect.any(String) },
    ])
  })

  it('rejects a publication date that is not in the calendar, naming it', () => {
    expect(issuesOfCitation(citation({ published: '2023-06-31' }))).toEqual([
      { path: ['published'], message: '"2023-06-31" is not a calendar date' },
    ])
  })

  it('rejects an empty publisher', () => {
    expect(issuesOfCitation(citation({ publisher: '' }))).toEqual([
      { path: ['publisher'], message: expect.any(String) },
    ])
  })

  it.each(['http://example.org/a', 'https://example.org/a?b=c#d', 'https://ja.wikipedia.org/wiki/岸田文雄'])(
    'accepts the web address %s',
    (url) => {
      expect(citationSchema.safeParse(citation({ url })).success).toBe(true)
    },
  )

  it.each(['ftp://example.org/a', 'javascript:alert(1)', 'https:example.org', 'example.org', 'https://exa mple.org/'])(
    'rejects %s as an address',
    (url) => {
      expect(issuesOfCitation(citation({ url }))).toEqual([{ path: ['url'], message: expect.any(String) }])
    },
  )

  it('rejects an unknown field', () => {
    expect(issuesOfCitation({ ...citation(), page: 3 })).toEqual([
      { path: [], message: expect.stringContaining('page') },
    ])
  })
})

describe('sourceSchema', () => {
  it('accepts the id of a citation given elsewhere', () => {
    expect(sourceSchema.parse('kyodo-2023-07-13')).toBe('kyodo-2023-07-13')
  })

  it('accepts an inline citation', () => {
    expect(sourceSchema.parse(citation())).toEqual(citation())
  })

  it('rejects an id that is not a slug', () => {
    expect(sourceSchema.safeParse('Kyodo News, 13 July').success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_COLLECTED_ISSUES, Timeline, ValidationError } from '../../src/index.js'
import { rejected, thrown } from '../support/thrown.js'

// 2,500 lines, each a JSON object that is not an event.
const bad = 2500
const text = '{"id":"x"}\n'.repeat(bad)

describe('collectErrors', () => {
  it('keeps the first 1,000 issues of fromNdjson and counts them all', () => {
    const error = thrown(() => Timeline.fromNdjson(text, { collectErrors: true })) as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(MAX_COLLECTED_ISSUES).toBe(1000)
    expect(error.issues).toHaveLength(MAX_COLLECTED_ISSUES)
    expect(error.issues[0]!.line).toBe(1)
    expect(error.issues.at(-1)!.line).toBeLessThanOrEqual(MAX_COLLECTED_ISSUES)
    expect(error.total).toBeGreaterThanOrEqual(bad)
    expect(error.message).toContain(`(and ${error.total - 5} more)`)
  })

  it('keeps the first 1,000 issues of readNdjson and counts them all', async () => {
    async function* chunks() {
      yield text
    }
    const error = (await rejected(Timeline.readNdjson(chunks(), { collectErrors: true }))) as ValidationError
    expect(error.issues).toHaveLength(MAX_COLLECTED_ISSUES)
    expect(error.total).toBe(
      (thrown(() => Timeline.fromNdjson(text, { collectErrors: true })) as ValidationError).total,
    )
  })

  it('keeps every issue, and counts them, below the cap', () => {
    const error = thrown(() => Timeline.fromNdjson('{}\n{}\n', { collectErrors: true })) as ValidationError
    expect(error.total).toBe(error.issues.length)
    expect(new Set(error.issues.map((issue) => issue.line))).toEqual(new Set([1, 2]))
  })
})

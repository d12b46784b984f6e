import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, LimitExceededError, Timeline, ValidationError } from '../../../src/index.js'
import { _checkJsonText } from '../../../src/log/codec/limits.js'
import { build } from '../../support/build.js'
import { rejected, thrown } from '../../support/thrown.js'
import { declarationsFor } from '../../support/timeline.js'

const statement = (quote: string) => build.statement({ id: 'statement', quote })
const declared = declarationsFor([statement('x')]).map((event) => JSON.stringify(event))
/** NDJSON of the declarations, then `line` as the last line. */
const withLast = (line: string) => `${[...declared, line].join('\n')}\n`
const lastLine = declared.length + 1

async function* once(text: string): AsyncGenerator<string> {
  yield text
}

describe('maxLineLength', () => {
  it('refuses a longer line, naming the limit and the line', () => {
    // given a statement whose line is longer than 400 characters
    const line = JSON.stringify(statement('a'.repeat(400)))
    const error = thrown(() => Timeline.fromNdjson(withLast(line), { limits: { maxLineLength: 400 } }))
    // then it is a LimitExceededError on its line
    expect(error).toBeInstanceOf(LimitExceededError)
    expect(error).toMatchObject({ code: 'limit-exceeded', limit: 'maxLineLength', value: 400, line: lastLine })
    expect((error as Error).message).toContain(`line ${lastLine}`)
  })

  it('lets the same line through when the limit is raised', () => {
    // given the same long line, with a limit above its length, then it is read
    const line = JSON.stringify(statement('a'.repeat(400)))
    expect(Timeline.fromNdjson(withLast(line), { limits: { maxLineLength: line.length } }).get('statement')?.id).toBe(
      'statement',
    )
  })

  it('stops a stream at a line longer than the limit before the line ends', async () => {
    // given a stream whose last line goes on and on without a newline
    async function* endless(): AsyncGenerator<string> {
      yield `${declared.join('\n')}\n`
      for (let i = 0; i < 1_000; i++) yield `"${'x'.repeat(1_000)}`
      expect.fail('the reader should have stopped at the limit')
    }
    const error = await rejected(Timeline.readNdjson(endless(), { limits: { maxLineLength: 10_000 } }))
    // then it stops with a LimitExceededError on that line
    expect(error).toBeInstanceOf(LimitExceededError)
    expect(error).toMatchObject({ limit: 'maxLineLength', line: lastLine })
  })
})

describe('maxDepth', () => {
  it('refuses JSON nested deeper than the limit, naming the line', () => {
    // given a line whose `notes` nest 10 arrays deep, with a limit of 8
    const deep = JSON.stringify({ ...statement('q'), notes: JSON.parse('['.repeat(10) + ']'.repeat(10)) })
    const error = thrown(() => Timeline.fromNdjson(withLast(deep), { limits: { maxDepth: 8 } }))
    // then it is a LimitExceededError on that line
    expect(error).toMatchObject({ limit: 'maxDepth', value: 8, line: lastLine })
  })

  it('refuses a line nested a million deep without overflowing the stack', () => {
    // given a line of a million opening brackets
    const error = thrown(() =>
      Timeline.fromNdjson(withLast('['.repeat(1_000_000)), { limits: { maxLineLength: 2_000_000 } }),
    )
    // then it is a LimitExceededError at the default depth
    expect(error).toBeInstanceOf(LimitExceededError)
    expect(error).toMatchObject({ limit: 'maxDepth', value: DEFAULT_LIMITS.maxDepth, line: lastLine })
  })

  it('counts brackets inside strings as text', () => {
    // given a quote made of a hundred opening brackets, then it is read
    const line = JSON.stringify(statement('['.repeat(100)))
    expect(Timeline.fromNdjson(withLast(line), { limits: { maxDepth: 4 } }).get('statement')?.id).toBe('statement')
  })
})

describe('maxStringLength', () => {
  it('refuses a longer string, naming the line', () => {
    // given a quote of 101 characters with a limit of 100
    const error = thrown(() =>
      Timeline.fromNdjson(withLast(JSON.stringify(statement('q'.repeat(101)))), { limits: { maxStringLength: 100 } }),
    )
    // then it is a LimitExceededError on that line
    expect(error).toMatchObject({ limit: 'maxStringLength', value: 100, line: lastLine })
  })

  it('takes a string of exactly the limit', () => {
    // given a quote of 100 characters with a limit of 100, then it is read
    expect(
      Timeline.fromNdjson(withLast(JSON.stringify(statement('q'.repeat(100)))), { limits: { maxStringLength: 100 } })
        .version,
    ).toBe(lastLine)
  })

  it('applies to streams too', async () => {
    // given the long quote in a stream
    const error = await rejected(
      Timeline.readNdjson(once(withLast(JSON.stringify(statement('q'.repeat(101))))), {
        limits: { maxStringLength: 100 },
      }),
    )
    // then it is refused with its line
    expect(error).toMatchObject({ limit: 'maxStringLength', line: lastLine })
  })
})

describe('limits with collectErrors', () => {
  it('list a line past a limit among the other bad lines', () => {
    // given a long quote on one line and malformed JSON on the next
    const text = [...declared, JSON.stringify(statement('q'.repeat(101))), '{'].join('\n')
    const error = thrown(() => Timeline.fromNdjson(text, { collectErrors: true, limits: { maxStringLength: 100 } }))
    // then both lines are listed
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((issue) => issue.line)).toEqual([lastLine, lastLine + 1])
  })
})

describe('the scan of a line for its limits', () => {
  /**
   * The scan as first written, one character at a time: inside a string a backslash skips the
   * next character, and a string's length is counted as written, escapes included.
   */
  function reference(text: string, maxDepth: number, maxStringLength: number): 'maxDepth' | 'maxStringLength' | 'ok' {
    let depth = 0
    let inString = false
    let stringStart = 0
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (inString) {
        if (c === '\\') i++
        else if (c === '"') {
          inString = false
          if (i - stringStart > maxStringLength) return 'maxStringLength'
        }
      } else if (c === '"') {
        inString = true
        stringStart = i + 1
      } else if (c === '{' || c === '[') {
        if (++depth > maxDepth) return 'maxDepth'
      } else if (c === '}' || c === ']') depth--
    }
    return 'ok'
  }

  const verdict = (text: string, maxDepth: number, maxStringLength: number): string => {
    try {
      _checkJsonText(text, { maxLineLength: Infinity, maxDepth, maxStringLength }, 1)
      return 'ok'
    } catch (error) {
      if (error instanceof LimitExceededError) return error.limit
      throw error
    }
  }

  // Texts of quotes, backslashes, brackets and letters, half-written ones included, and real JSON.
  const text = fc.oneof(
    fc.array(fc.constantFrom('"', '\\', '{', '[', '}', ']', 'a', ':', ','), { maxLength: 60 }).map((cs) => cs.join('')),
    fc.json({ maxDepth: 6 }),
  )

  it('finds what a scan one character at a time finds, on any text', () => {
    // given any text and limits, then the scan refuses it for the same limit, or lets it through
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), (value, depth, length) => {
        expect(verdict(value, depth, length)).toBe(reference(value, depth, length))
      }),
      { numRuns: 3000 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, LimitExceededError, Timeline, ValidationError } from '../../../src/index.js'
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

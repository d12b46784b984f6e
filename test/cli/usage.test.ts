import { describe, expect, it } from 'vitest'
import {
  checkDate,
  checkRange,
  EXIT,
  expectPositionals,
  InputError,
  parseCommand,
  UsageError,
} from '../../src/cli/usage.js'

const OPTIONS = {
  at: { type: 'string' },
  actor: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const

/** The error a call throws, to look at its fields. */
function thrown(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('parseCommand', () => {
  it('reads options and positionals, and whether help was asked for', () => {
    const parsed = parseCommand('x', ['FILE', '--at', '2023', '--actor', 'JPN', '--actor', 'KOR', '--json'], OPTIONS)
    expect(parsed).toEqual({
      values: { at: '2023', actor: ['JPN', 'KOR'], json: true },
      positionals: ['FILE'],
      help: false,
    })
    expect(parseCommand('x', ['-h'], OPTIONS).help).toBe(true)
  })

  it('refuses an option that takes one value when it is given twice, however it is written', () => {
    for (const args of [
      ['--at', '2023', '--at', '2024'],
      ['--at=2023', '--at', '2024'],
    ]) {
      const error = thrown(() => parseCommand('x', args, OPTIONS))
      expect(error).toBeInstanceOf(UsageError)
      expect((error as UsageError).message).toBe('--at is given more than once; give it once')
      expect((error as UsageError).command).toBe('x')
    }
  })

  it('names an unknown option, with the option it was likely meant to be', () => {
    expect((thrown(() => parseCommand('x', ['--actr', 'JPN'], OPTIONS)) as Error).message).toBe(
      'unknown option --actr (did you mean "--actor"?)',
    )
    expect((thrown(() => parseCommand('x', ['--zzzzzz'], OPTIONS)) as Error).message).toBe('unknown option --zzzzzz')
    expect((thrown(() => parseCommand('x', ['-q'], OPTIONS)) as Error).message).toBe('unknown option -q')
  })

  it('says which option lacks a value, or has one it does not take', () => {
    expect((thrown(() => parseCommand('x', ['--at'], OPTIONS)) as Error).message).toBe('--at needs a value')
    expect((thrown(() => parseCommand('x', ['--at', '--json'], OPTIONS)) as Error).message).toContain(
      '--at needs a value (write --at=VALUE',
    )
    expect((thrown(() => parseCommand('x', ['--json=yes'], OPTIONS)) as Error).message).toBe(
      '--json does not take a value',
    )
  })
})

describe('checkDate', () => {
  it('returns a date the library reads, and refuses one it does not', () => {
    expect(checkDate('x', '--at', '2023-07-12')).toBe('2023-07-12')
    expect((thrown(() => checkDate('x', '--at', '2023-02-30')) as Error).message).toBe(
      '--at: "2023-02-30" is not a calendar date',
    )
  })
})

describe('checkRange', () => {
  it('accepts a range within one day, or with one end missing', () => {
    expect(() => checkRange('x', '2023-07-12', '2023-07-12')).not.toThrow()
    expect(() => checkRange('x', '2023-07-12', '2023-07')).not.toThrow()
    expect(() => checkRange('x', undefined, '2023')).not.toThrow()
    expect(() => checkRange('x', '2023', undefined)).not.toThrow()
  })

  it('refuses a start after the end', () => {
    expect((thrown(() => checkRange('x', '2023-08', '2023-07-31')) as Error).message).toBe(
      '--from 2023-08 is after --to 2023-07-31: give the earlier date to --from',
    )
    expect(() => checkRange('x', '2023-07-12T12:00:00Z', '2023-07-12T11:59:59Z')).toThrow(UsageError)
  })
})

describe('expectPositionals', () => {
  it('names what is missing, and what is too much', () => {
    expect(() => expectPositionals('x', ['F', 'A', 'B'], ['FILE', 'A', 'B'])).not.toThrow()
    expect((thrown(() => expectPositionals('x', ['F'], ['FILE', 'A', 'B'])) as Error).message).toBe('missing A B')
    expect((thrown(() => expectPositionals('x', ['F', 'a', 'b'], ['FILE'])) as Error).message).toBe(
      'unexpected arguments "a" "b"',
    )
  })
})

describe('InputError', () => {
  it('keeps each problem as a line', () => {
    expect(new InputError('one').lines).toEqual(['one'])
    expect(new InputError(['one', 'two']).message).toBe('one\ntwo')
    expect(EXIT).toEqual({ ok: 0, input: 1, usage: 2 })
  })
})

import { describe, expect, it } from 'vitest'
import { ConcurrencyError, type EntenteError, InvalidArgumentError, relationship, Timeline } from '../../src/index.js'
import { rejected, thrown } from '../support/thrown.js'

const empty = Timeline.empty()

describe('a public call given arguments of the wrong type', () => {
  it.each([
    ['Timeline.from(null)', () => Timeline.from(null as never), 'events'],
    ['Timeline.from(7)', () => Timeline.from(7 as never), 'events'],
    ['Timeline.fromNdjson(null)', () => Timeline.fromNdjson(null as never), 'text'],
    ['Timeline.fromNdjson(a Buffer)', () => Timeline.fromNdjson(Buffer.from('{}') as never), 'text'],
    ['Timeline.fromJson(null)', () => Timeline.fromJson(null as never), 'text'],
    ['timeline.appendMany(null)', () => empty.appendMany(null as never), 'events'],
    [
      'timeline.project(p) with no options',
      () => empty.project(relationship('JPN', 'NATO'), undefined as never),
      'options',
    ],
    ['timeline.project(p, null)', () => empty.project(relationship('JPN', 'NATO'), null as never), 'options'],
    ['timeline.project(null, ...)', () => empty.project(null as never, { at: '2023' }), 'projection'],
    ['expectedVersion "1"', () => empty.append({}, { expectedVersion: '1' as never }), 'expectedVersion'],
    ['expectedVersion 0.5', () => empty.appendMany([], { expectedVersion: 0.5 }), 'expectedVersion'],
  ])('%s throws an InvalidArgumentError naming the argument', (_, call, argument) => {
    const error = thrown(call)
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as InvalidArgumentError).message.startsWith(`${argument}:`)).toBe(true)
  })

  it.each([
    ['null', null],
    ['a number', 7],
    ['a plain object', {}],
  ])('Timeline.readNdjson(%s) rejects with an InvalidArgumentError', async (_, source) => {
    const error = await rejected(Timeline.readNdjson(source as never))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as EntenteError).code).toBe('invalid-argument')
  })

  it('Timeline.readNdjson of a stream that yields numbers rejects with an InvalidArgumentError', async () => {
    async function* numbers() {
      yield 7
    }
    const error = await rejected(Timeline.readNdjson(numbers() as never))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as InvalidArgumentError).message).toContain('source:')
  })

  it('still reports a real version conflict as a ConcurrencyError', () => {
    const error = thrown(() => empty.appendMany([], { expectedVersion: 1 }))
    expect(error).toBeInstanceOf(ConcurrencyError)
    expect((error as ConcurrencyError).message).toBe('expected version 1, but the timeline is at version 0')
  })
})

/** Events told for people: a line of what happened with actors by name, and dates as written. */
import { describe, expect, it } from 'vitest'
import { _describe, _whenOf } from '../../src/chart/describe.js'
import { KINDS, parseEvent } from '../../src/index.js'
import { event } from '../support/build.js'

const name = (id: string): string => `«${id}»`

describe('_describe', () => {
  it.each(KINDS.map((kind) => [kind]))('tells a %s event in one line, naming its actors', (kind) => {
    const parsed = parseEvent(event(kind))
    const line = _describe(parsed, name)
    expect(line.length).toBeGreaterThan(5)
    expect(line).not.toContain('undefined')
    expect(line).not.toContain('\n')
    // actors are named through the names given (a summit, an agreement and a declaration carry their own titles)
    if (!['summit', 'agreement', 'actor'].includes(kind)) expect(line).toMatch(/«[^»]+»/)
  })

  it('cuts a long quote to a readable length', () => {
    const line = _describe(parseEvent(event('statement', { quote: 'word '.repeat(100) })), name)
    expect(line.length).toBeLessThan(160)
    expect(line).toContain('…')
  })
})

describe('_whenOf', () => {
  it('writes a date as precisely as its evidence', () => {
    expect(_whenOf('2023')).toBe('2023')
    expect(_whenOf('2023-07')).toBe('2023-07')
    expect(_whenOf('2023-07-12T09:59:00+09:00')).toBe('2023-07-12')
    expect(_whenOf({ from: '2023-07-11', to: '2023-07-12' })).toBe('2023-07-11 to 2023-07-12')
    expect(_whenOf({ date: '2023-07-12', approximate: true })).toBe('about 2023-07-12')
    expect(_whenOf({ from: '2023-06', to: '2023-07', approximate: true })).toBe('about 2023-06 to 2023-07')
  })
})

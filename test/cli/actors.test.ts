import { describe, expect, it } from 'vitest'
import { checkActor, declarations } from '../../src/cli/actors.js'
import { InputError } from '../../src/cli/exit.js'
import { Timeline } from '../../src/index.js'
import { actor, build } from '../support/build.js'

const timeline = Timeline.from([
  actor('JPN', 'state', { name: 'Japan', aliases: ['Nippon'] }),
  actor('NATO', 'organisation', { name: 'North Atlantic Treaty Organization' }),
  actor('kishida-fumio', 'person', { name: 'Kishida Fumio' }),
  build.retraction({ id: 'withdraw-kishida', target: 'actor-kishida-fumio', reason: 'a test' }),
])

function problem(id: string): string {
  try {
    checkActor(declarations(timeline), id, 'f.ndjson')
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).message
  }
  return 'accepted'
}

describe('declarations', () => {
  it('knows each declared actor with its kind', () => {
    const { kinds } = declarations(timeline)
    expect(Object.fromEntries(kinds)).toEqual({ JPN: 'state', NATO: 'organisation', 'kishida-fumio': 'person' })
  })
})

describe('checkActor', () => {
  it('accepts a declared actor', () => {
    expect(problem('JPN')).toBe('accepted')
    expect(problem('kishida-fumio')).toBe('accepted')
  })

  it('suggests the id of an actor named by its name or an alias, in any case', () => {
    expect(problem('japan')).toBe('f.ndjson: unknown actor "japan" (did you mean "JPN"?)')
    expect(problem('Nippon')).toBe('f.ndjson: unknown actor "Nippon" (did you mean "JPN"?)')
  })

  it('suggests the closest id of a misspelt one, and nothing for one far from all', () => {
    expect(problem('NAT')).toBe('f.ndjson: unknown actor "NAT" (did you mean "NATO"?)')
    expect(problem('XYZ')).toBe('f.ndjson: unknown actor "XYZ"')
  })
})

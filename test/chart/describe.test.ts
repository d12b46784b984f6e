/** Events told for people: a line of what happened with actors by name, and dates as written. */

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { _describe, _KIND_ORDER, _kindLabel, _titlesOf, _whenOf } from '../../src/chart/describe.js'
import { KINDS, parseEvent, Timeline } from '../../src/index.js'
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

  it.each([
    ['agreement-act', {}, 'Withdrawal of an agreement by «USA»'],
    ['agreement-act', { act: 'entry-into-force', party: undefined }, 'Entry into force of an agreement'],
    ['sanctions', {}, '«EU» imposes sanctions on «RUS» (asset freezes)'],
    ['sanctions', { action: 'lift', measures: [] }, '«EU» lifts sanctions on «RUS»'],
    ['expulsion', {}, '«FRA» expels 35 diplomats of «RUS»'],
    ['expulsion', { count: undefined }, '«FRA» expels diplomats of «RUS»'],
    ['ambassador', {}, '«FRA» recalls its ambassador from «AUS»'],
    ['ambassador', { action: 'return' }, '«FRA» returns its ambassador to «AUS»'],
    ['embassy', {}, '«USA» closes its embassy in «UKR»'],
    ['embassy', { action: 'reopen', mission: 'consulate in Lviv' }, '«USA» reopens its consulate in Lviv in «UKR»'],
    ['recognition', {}, '«ESP» recognises «PSE»'],
    ['recognition', { action: 'withdraw' }, '«ESP» withdraws recognition of «PSE»'],
    ['threat', {}, '«PRK» threatens «USA» with military force'],
    ['threat', { threat: 'unspecified', quote: 'a sea of fire' }, '«PRK» threatens «USA»: "a sea of fire"'],
    ['coded', {}, 'Make a visit (gdelt-2 042): «JPN» towards «NATO»'],
    ['retraction', {}, 'Retraction of rumoured-visit, about «JPN»: the visit did not take place'],
  ] as const)('tells a %s event in words: %o', (kind, overrides, line) => {
    const input = { ...event(kind), ...overrides } as Record<string, unknown>
    for (const [field, value] of Object.entries(overrides)) if (value === undefined) delete input[field]
    expect(_describe(parseEvent(input), name)).toBe(line)
  })

  it('names the agreement an act is on by its title, when the timeline holds it', () => {
    const act = parseEvent(event('agreement-act'))
    const titles = (id: string) => (id === 'inf-treaty' ? 'Intermediate-Range Nuclear Forces Treaty' : undefined)
    expect(_describe(act, name, titles)).toBe('Withdrawal of "Intermediate-Range Nuclear Forces Treaty" by «USA»')
  })

  it('finds the titles of a timeline’s agreements, and nothing for other events', () => {
    const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
    const agreement = timeline.events.find((e) => e.kind === 'agreement')!
    expect(_titlesOf(timeline)(agreement.id)).toBe((agreement as { title: string }).title)
    expect(_titlesOf(timeline)(timeline.events.find((e) => e.kind === 'summit')!.id)).toBeUndefined()
    expect(_titlesOf(timeline)('no-such-event')).toBeUndefined()
  })

  it('tells a kind of one’s own by its name in words and its actors', () => {
    const custom = { ...parseEvent(event('visit')), kind: 'trade-deal', actors: ['JPN', 'NATO'] }
    expect(_describe(custom, name)).toBe('Trade deal: «JPN», «NATO»')
  })

  it('cuts a long quote to a readable length', () => {
    const line = _describe(parseEvent(event('statement', { quote: 'word '.repeat(100) })), name)
    expect(line.length).toBeLessThan(160)
    expect(line).toContain('…')
  })
})

describe('_kindLabel', () => {
  it.each(KINDS.map((kind) => [kind]))('names the built-in kind %s in words, not by its id', (kind) => {
    const label = _kindLabel(kind)
    expect(label).toMatch(/^[A-Z]/)
    expect(label).not.toContain('-')
    expect(label).not.toBe(kind)
    expect(_KIND_ORDER).toContain(label)
  })

  it('gives every built-in kind a name of its own, once in the chart’s order', () => {
    expect(new Set(KINDS.map(_kindLabel)).size).toBe(KINDS.length)
    expect(_KIND_ORDER).toHaveLength(KINDS.length)
  })

  it('names the newer kinds as people say them', () => {
    expect(_kindLabel('agreement-act')).toBe('Agreement act')
    expect(_kindLabel('expulsion')).toBe('Expulsion of diplomats')
    expect(_kindLabel('ambassador')).toBe('Ambassador recalled, returned')
    expect(_kindLabel('embassy')).toBe('Embassy closed, reopened')
    expect(_kindLabel('coded')).toBe('Coded event (dataset)')
  })

  it('makes words of a kind of one’s own, in sentence case', () => {
    expect(_kindLabel('trade-deal')).toBe('Trade deal')
    expect(_kindLabel('cyber_attack')).toBe('Cyber attack')
    expect(_kindLabel('cyberAttack')).toBe('Cyber attack')
    expect(_kindLabel('UN-vote')).toBe('Un vote')
    expect(_kindLabel('-')).toBe('-')
  })

  it('does not take a name from the object prototype for a kind called so', () => {
    expect(_kindLabel('constructor')).toBe('Constructor')
    expect(_kindLabel('toString')).toBe('To string')
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

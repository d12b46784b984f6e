import { describe, expect, it } from 'vitest'
import { generate, mulberry32, toNdjson } from '../../bench/generate.js'
import { Timeline } from '../../src/index.js'

describe('generate', () => {
  it('gives the same events for the same seed', () => {
    expect(toNdjson(generate({ events: 3_000, seed: 7 }))).toBe(toNdjson(generate({ events: 3_000, seed: 7 })))
  })

  it('gives other events for another seed', () => {
    expect(toNdjson(generate({ events: 3_000, seed: 7 }))).not.toBe(toNdjson(generate({ events: 3_000, seed: 8 })))
  })

  it('makes a 10k log that a timeline loads, from objects and from NDJSON alike', () => {
    const events = generate({ events: 10_000, seed: 1 })
    expect(events).toHaveLength(10_000)
    const timeline = Timeline.fromNdjson(toNdjson(events))
    expect(timeline.version).toBe(10_000)
    expect(Timeline.from(events).toNdjson()).toBe(timeline.toNdjson())
  })

  it('declares every actor before anything else', () => {
    const events = generate({ events: 10_000, seed: 1 })
    const firstOther = events.findIndex((event) => event.kind !== 'actor')
    expect(events.slice(firstOther).some((event) => event.kind === 'actor')).toBe(false)
  })

  it('mixes kinds as a news chronology does: statements and meetings most, summits rarely', () => {
    const events = generate({ events: 10_000, seed: 1 })
    const share = (kind: string) => events.filter((event) => event.kind === kind).length / events.length
    expect(share('statement')).toBeGreaterThan(0.2)
    expect(share('meeting')).toBeGreaterThan(0.12)
    for (const kind of [
      'visit',
      'reaction',
      'military-activity',
      'aid',
      'position',
      'proposal',
      'agreement',
      'communique',
      'membership',
      'office',
      'correction',
    ]) {
      expect(share(kind), kind).toBeGreaterThan(0.005)
      expect(share(kind), kind).toBeLessThan(0.12)
    }
    expect(share('retraction')).toBeGreaterThan(0)
    expect(share('summit')).toBeGreaterThan(0)
    expect(share('summit')).toBeLessThan(0.005)
  })

  it('dates most events to a day, some coarser, some as intervals or approximately', () => {
    const events = generate({ events: 10_000, seed: 1 }).filter((event) => event.kind !== 'actor')
    const days = events.filter((event) => typeof event.occurred === 'string' && event.occurred.length === 10).length
    const intervals = events.filter((event) => typeof event.occurred === 'object' && 'from' in event.occurred).length
    const approximate = events.filter(
      (event) => typeof event.occurred === 'object' && 'approximate' in event.occurred,
    ).length
    expect(days / events.length).toBeGreaterThan(0.75)
    expect(intervals).toBeGreaterThan(0)
    expect(approximate).toBeGreaterThan(0)
  })

  it('records a few per cent of events months or years after they happened', () => {
    const events = generate({ events: 10_000, seed: 1 }).filter(
      (event) => typeof event.occurred === 'string' && event.occurred.length === 10,
    )
    const late = events.filter(
      (event) => Date.parse(event.recorded) - Date.parse(`${event.occurred as string}T00:00:00Z`) > 30 * 86_400_000,
    )
    expect(late.length / events.length).toBeGreaterThan(0.01)
    expect(late.length / events.length).toBeLessThan(0.06)
  })

  it('gives each citation inline once, then cites it by id', () => {
    const inline = new Set<string>()
    for (const event of generate({ events: 10_000, seed: 1 })) {
      for (const source of event.sources) {
        if (typeof source === 'string') expect(inline.has(source)).toBe(true)
        else {
          expect(inline.has(source['id']!)).toBe(false)
          inline.add(source['id']!)
        }
      }
    }
  })
})

describe('mulberry32', () => {
  it('draws the same floats in [0, 1) for the same seed', () => {
    const a = mulberry32(3)
    const b = mulberry32(3)
    const draws = Array.from({ length: 1_000 }, () => a())
    expect(draws).toEqual(Array.from({ length: 1_000 }, () => b()))
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true)
  })
})

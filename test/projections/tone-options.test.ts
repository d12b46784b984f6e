import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, network, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { timelineOf } from '../support/timeline.js'

describe('tone half-life', () => {
  it.each([0, -30, Number.NaN, Number.POSITIVE_INFINITY])('refuses a half-life of %s days', (days) => {
    expect(() => relationship('JPN', 'NATO', { halfLifeDays: days })).toThrow(InvalidArgumentError)
    expect(() => network({ halfLifeDays: days })).toThrow(/halfLifeDays: must be a positive number of days/)
  })

  it('accepts a positive half-life', () => {
    expect(relationship('JPN', 'NATO', { halfLifeDays: 30 }).name).toBe('relationship(JPN, NATO)')
  })
})

describe('tone rounding', () => {
  it('shows a conflict decayed below the fourth decimal as 0, not -0', () => {
    // given a critical statement (-2) thirty days before, with a one-day half-life: -2 × 2^-30 rounds to zero
    const words = build.statement({ id: 'words', occurred: '2023-06-12', recorded: '2023-06-12T12:00:00Z' })
    words.tone = 'critical'
    const tone = timelineOf([words]).project(relationship('JPN', 'NATO', { halfLifeDays: 1 }), {
      at: '2023-07-12',
    }).tone
    expect(tone.verbalConflict).toBe(1)
    expect(Object.is(tone.index, 0)).toBe(true)
    expect(Object.is(tone.byDirection.NATO, 0)).toBe(true)
  })
})

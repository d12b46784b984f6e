import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, network, relationship } from '../../src/index.js'

describe('tone half-life', () => {
  it.each([0, -30, Number.NaN, Number.POSITIVE_INFINITY])('refuses a half-life of %s days', (days) => {
    expect(() => relationship('JPN', 'NATO', { halfLifeDays: days })).toThrow(InvalidArgumentError)
    expect(() => network({ halfLifeDays: days })).toThrow(/halfLifeDays: must be a positive number of days/)
  })

  it('accepts a positive half-life', () => {
    expect(relationship('JPN', 'NATO', { halfLifeDays: 30 }).name).toBe('relationship(JPN, NATO)')
  })
})

import { describe, expect, it } from 'vitest'
import { defineProjection, InvalidArgumentError, network, relationship, WEIGHTS } from '../../src/index.js'
import { thrown } from '../support/thrown.js'

const meeting = (goldstein: unknown) => ({ meeting: { default: { ...WEIGHTS.meeting.default, goldstein } } })

describe.each([
  ['relationship', (weights: unknown) => relationship('JPN', 'NATO', { weights: weights as never })],
  ['network', (weights: unknown) => network({ weights: weights as never })],
])('%s with weights of its own', (_, make) => {
  it.each([
    ['a NaN weight', meeting(Number.NaN), 'weights.meeting.default.goldstein'],
    ['an infinite weight', meeting(Number.POSITIVE_INFINITY), 'weights.meeting.default.goldstein'],
    ['a weight above +10', meeting(99), 'weights.meeting.default.goldstein'],
    ['a weight below -10', meeting(-10.5), 'weights.meeting.default.goldstein'],
    ['a weight given as text', meeting('3'), 'weights.meeting.default.goldstein'],
    ['a kind without weights', { meeting: null }, 'weights.meeting'],
    ['an unknown quad class', { meeting: { default: { ...WEIGHTS.meeting.default, quadClass: 'warm' } } }, 'quadClass'],
    [
      'a bad sub-type weight',
      { statement: { ...WEIGHTS.statement, subtypes: { cooperative: { ...WEIGHTS.meeting.default, goldstein: 11 } } } },
      'weights.statement.subtypes.cooperative.goldstein',
    ],
    ['weights that are not an object', 7, 'weights'],
  ])('refuses %s with an InvalidArgumentError', (_name, weights, where) => {
    const error = thrown(() => make(weights))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as InvalidArgumentError).message).toContain(where)
  })

  it('takes weights from -10 to +10', () => {
    expect(() => make(meeting(-10))).not.toThrow()
    expect(() => make(meeting(10))).not.toThrow()
    expect(() => make({ ...meeting(0), statement: WEIGHTS.statement })).not.toThrow()
  })
})

describe('defineProjection with weights', () => {
  it('refuses a weight out of range, as the built-ins do', () => {
    const error = thrown(() => defineProjection({ name: 'p', initial: {}, on: {}, weights: meeting(12) as never }))
    expect(error).toBeInstanceOf(InvalidArgumentError)
  })
})

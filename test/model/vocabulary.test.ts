import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CERTAINTIES,
  certaintyRank,
  changeSchema,
  membershipStatusSchema,
  safeKeySchema,
  stanceSchema,
  toneSchema,
} from '../../src/index.js'

describe('certainties', () => {
  it('ranks each certainty above the ones after it', () => {
    expect(CERTAINTIES.map(certaintyRank)).toEqual([4, 3, 2, 1])
  })

  it('ranks confirmed above reported', () => {
    expect(certaintyRank('confirmed')).toBeGreaterThan(certaintyRank('reported'))
  })
})

describe('safeKeySchema', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('rejects %s, saying the key is reserved', (key) => {
    const result = safeKeySchema.safeParse(key)
    expect(result.error?.issues[0]?.message).toBe('this key is reserved and not allowed in input')
  })

  it('rejects an empty key', () => {
    expect(safeKeySchema.safeParse('').success).toBe(false)
  })

  it('rejects a key longer than 100 characters', () => {
    expect(safeKeySchema.safeParse('k'.repeat(101)).success).toBe(false)
  })

  it('accepts any other key of 1 to 100 characters', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 100 })
          .filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key)),
        (key) => {
          expect(safeKeySchema.safeParse(key).success).toBe(true)
        },
      ),
    )
  })
})

describe('closed word lists', () => {
  it.each([
    [changeSchema, 'begin'],
    [membershipStatusSchema, 'ally'],
    [stanceSchema, 'against'],
    [toneSchema, 'warm'],
  ] as const)('rejects a word outside the list (%#)', (schema, word) => {
    expect(schema.safeParse(word).success).toBe(false)
  })

  it.each([
    [changeSchema, 'end'],
    [membershipStatusSchema, 'invitee'],
    [stanceSchema, 'neutral'],
    [toneSchema, 'hostile'],
  ] as const)('accepts a word in the list (%#)', (schema, word) => {
    expect(schema.parse(word)).toBe(word)
  })
})

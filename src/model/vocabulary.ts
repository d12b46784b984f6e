/** The closed word lists of the vocabulary: certainty, membership status, tones and stances. */
import { z } from 'zod'

/**
 * How sure the source is, strongest first.
 *
 * @example
 * ```ts
 * import { CERTAINTIES } from 'entente-timeline'
 *
 * CERTAINTIES[0] // 'confirmed'
 * ```
 */
export const CERTAINTIES = ['confirmed', 'reported', 'suspected', 'disputed'] as const

/**
 * How sure the source is: `'confirmed' | 'reported' | 'suspected' | 'disputed'`.
 *
 * @example
 * ```ts
 * import type { Certainty } from 'entente-timeline'
 *
 * const launch: Certainty = 'suspected'
 * ```
 */
export type Certainty = (typeof CERTAINTIES)[number]

/**
 * The schema of {@link Certainty}.
 *
 * @example
 * ```ts
 * import { certaintySchema } from 'entente-timeline'
 *
 * certaintySchema.parse('reported')
 * ```
 */
export const certaintySchema = z.enum(CERTAINTIES)

/**
 * How strong a certainty is, 4 for `confirmed` down to 1 for `disputed`.
 *
 * @param certainty - a certainty
 * @returns its rank; higher is stronger
 * @example
 * ```ts
 * import { certaintyRank } from 'entente-timeline'
 *
 * certaintyRank('confirmed') > certaintyRank('reported') // true
 * ```
 */
export function certaintyRank(certainty: Certainty): number {
  return CERTAINTIES.length - CERTAINTIES.indexOf(certainty)
}

/**
 * The statuses an actor can hold in an organisation or at a summit.
 *
 * @example
 * ```ts
 * import { MEMBERSHIP_STATUSES } from 'entente-timeline'
 *
 * MEMBERSHIP_STATUSES.includes('partner') // true
 * ```
 */
export const MEMBERSHIP_STATUSES = ['member', 'partner', 'observer', 'invitee', 'applicant'] as const

/**
 * A status in an organisation: `'member' | 'partner' | 'observer' | 'invitee' | 'applicant'`.
 *
 * @example
 * ```ts
 * import type { MembershipStatus } from 'entente-timeline'
 *
 * const japan: MembershipStatus = 'partner'
 * ```
 */
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

/**
 * The schema of {@link MembershipStatus}.
 *
 * @example
 * ```ts
 * import { membershipStatusSchema } from 'entente-timeline'
 *
 * membershipStatusSchema.parse('observer')
 * ```
 */
export const membershipStatusSchema = z.enum(MEMBERSHIP_STATUSES)

/**
 * The tone of a statement or a characterisation, from warm to hostile.
 *
 * @example
 * ```ts
 * import { TONES } from 'entente-timeline'
 *
 * TONES // ['cooperative', 'neutral', 'critical', 'hostile']
 * ```
 */
export const TONES = ['cooperative', 'neutral', 'critical', 'hostile'] as const

/**
 * The tone of words: `'cooperative' | 'neutral' | 'critical' | 'hostile'`.
 *
 * @example
 * ```ts
 * import type { Tone } from 'entente-timeline'
 *
 * const praise: Tone = 'cooperative'
 * ```
 */
export type Tone = (typeof TONES)[number]

/**
 * The schema of {@link Tone}.
 *
 * @example
 * ```ts
 * import { toneSchema } from 'entente-timeline'
 *
 * toneSchema.parse('critical')
 * ```
 */
export const toneSchema = z.enum(TONES)

/**
 * The stances an actor can take on a proposal.
 *
 * @example
 * ```ts
 * import { STANCES } from 'entente-timeline'
 *
 * STANCES // ['support', 'oppose', 'neutral']
 * ```
 */
export const STANCES = ['support', 'oppose', 'neutral'] as const

/**
 * A stance on a proposal: `'support' | 'oppose' | 'neutral'`.
 *
 * @example
 * ```ts
 * import type { Stance } from 'entente-timeline'
 *
 * const france: Stance = 'oppose'
 * ```
 */
export type Stance = (typeof STANCES)[number]

/**
 * The schema of {@link Stance}.
 *
 * @example
 * ```ts
 * import { stanceSchema } from 'entente-timeline'
 *
 * stanceSchema.parse('support')
 * ```
 */
export const stanceSchema = z.enum(STANCES)

/**
 * Whether something starts or ends (an office, a membership).
 *
 * @example
 * ```ts
 * import { changeSchema } from 'entente-timeline'
 *
 * changeSchema.parse('start')
 * ```
 */
export const changeSchema = z.enum(['start', 'end'])

/**
 * A key safe to use in a record: never `__proto__`, `constructor` or `prototype`, so that
 * input can never reach an object's prototype.
 *
 * @example
 * ```ts
 * import { safeKeySchema } from 'entente-timeline'
 *
 * safeKeySchema.safeParse('__proto__').success // false
 * ```
 */
export const safeKeySchema = z
  .string()
  .min(1)
  .max(100)
  .refine((key) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype', {
    message: 'this key is reserved and not allowed in input',
    params: { code: 'reserved-key' },
  })

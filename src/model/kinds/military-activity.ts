import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { safeKeySchema } from '../vocabulary.js'

/**
 * The kinds of military activity, each with its own weight.
 *
 * @example
 * ```ts
 * import { MILITARY_ACTIVITIES } from 'entente-timeline'
 *
 * MILITARY_ACTIVITIES.includes('missile-launch') // true
 * ```
 */
export const MILITARY_ACTIVITIES = [
  'missile-launch',
  'missile-test',
  'nuclear-test',
  'exercise',
  'joint-exercise',
  'deployment',
  'incursion',
  'strike',
] as const

/**
 * A missile launch or test, an exercise, a deployment, an incursion or a strike, optionally
 * near other actors, with details such as flight minutes.
 *
 * @example
 * ```ts
 * import { militaryActivityEventSchema } from 'entente-timeline'
 *
 * militaryActivityEventSchema.parse({
 *   id: 'dprk-launch', kind: 'military-activity', occurred: '2023-07-12', recorded: '2023-07-12T03:00:00Z',
 *   actors: ['PRK', 'JPN'], sources: ['japan-forward-2023-07-13'], certainty: 'suspected',
 *   actor: 'PRK', activity: 'missile-launch', near: ['JPN'], details: { weapon: 'ICBM', flightMinutes: 74 },
 * })
 * ```
 */
export const militaryActivityEventSchema = envelope(
  'military-activity',
  {
    actor: actorIdSchema,
    activity: z.enum(MILITARY_ACTIVITIES),
    near: z.array(actorIdSchema).max(100).default([]),
    details: z.record(safeKeySchema, z.union([z.string().max(2000), z.number(), z.boolean()])).default({}),
  },
  (e) => [[['actor'], e.actor], ...e.near.map((a, i) => [['near', i], a] as const)],
)

/**
 * A `military-activity` event: see {@link militaryActivityEventSchema}.
 *
 * @example
 * ```ts
 * import type { MilitaryActivityEvent } from 'entente-timeline'
 *
 * const minutes = (event: MilitaryActivityEvent) => event.details['flightMinutes']
 * ```
 */
export type MilitaryActivityEvent = z.infer<typeof militaryActivityEventSchema>

import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * Sanctions imposed on a target, or lifted: an embargo, asset freezes, export bans, travel bans.
 *
 * @example
 * ```ts
 * import { sanctionsEventSchema } from 'entente-timeline'
 *
 * const event = sanctionsEventSchema.parse({
 *   id: 'eu-sanctions-rus-2023-06-23', kind: 'sanctions', occurred: '2023-06-23', recorded: '2023-06-23',
 *   actors: ['EU', 'RUS'], sources: ['eu-council-2023-06-23'],
 *   imposer: 'EU', target: 'RUS', action: 'impose', measures: ['anti-circumvention tool'],
 * })
 * console.log(event.action)
 * //=> impose
 * ```
 */
export const sanctionsEventSchema = envelope(
  'sanctions',
  {
    imposer: actorIdSchema,
    target: actorIdSchema,
    action: z.enum(['impose', 'lift']),
    measures: z.array(z.string().min(1).max(500)).max(200).default([]),
  },
  (e) => [
    [['imposer'], e.imposer],
    [['target'], e.target],
  ],
)

/**
 * A `sanctions` event: see {@link sanctionsEventSchema}.
 *
 * @example
 * ```ts
 * import type { SanctionsEvent } from 'entente-timeline'
 *
 * const lifted = (event: SanctionsEvent) => event.action === 'lift'
 * ```
 */
export type SanctionsEvent = z.infer<typeof sanctionsEventSchema>

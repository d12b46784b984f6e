import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * A state recalls its ambassador from another (for consultations or in protest), or sends
 * the ambassador back.
 *
 * @example
 * ```ts
 * import { ambassadorEventSchema } from 'entente-timeline'
 *
 * const event = ambassadorEventSchema.parse({
 *   id: 'ambassador-example', kind: 'ambassador', occurred: '2021-09-17', recorded: '2021-09-17',
 *   actors: ['FRA', 'AUS'], sources: ['example-source'],
 *   sender: 'FRA', host: 'AUS', action: 'recall',
 * })
 * console.log(event.action)
 * //=> recall
 * ```
 */
export const ambassadorEventSchema = envelope(
  'ambassador',
  {
    /** The state whose ambassador it is. */
    sender: actorIdSchema,
    /** The state (or organisation) the ambassador is accredited to. */
    host: actorIdSchema,
    action: z.enum(['recall', 'return']),
  },
  (e) => [
    [['sender'], e.sender],
    [['host'], e.host],
  ],
)

/**
 * An `ambassador` event: see {@link ambassadorEventSchema}.
 *
 * @example
 * ```ts
 * import type { AmbassadorEvent } from 'entente-timeline'
 *
 * const recalled = (event: AmbassadorEvent) => event.action === 'recall'
 * ```
 */
export type AmbassadorEvent = z.infer<typeof ambassadorEventSchema>

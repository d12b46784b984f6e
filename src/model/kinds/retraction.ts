import { z } from 'zod'
import { eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * Withdraws an earlier event (`target`) from projections, as seen from the time the
 * retraction was recorded. The event itself stays in the log.
 *
 * @example
 * ```ts
 * import { retractionEventSchema } from 'entente-timeline'
 *
 * retractionEventSchema.parse({
 *   id: 'retract-rumour', kind: 'retraction', occurred: '2023-07-14', recorded: '2023-07-14T00:00:00Z',
 *   actors: ['JPN'], sources: ['kyodo-2023-07-13'], target: 'rumoured-visit', reason: 'the visit did not take place',
 * })
 * ```
 */
export const retractionEventSchema = envelope('retraction', {
  target: eventIdSchema,
  reason: z.string().min(1).max(2000),
})

/**
 * A `retraction` event: see {@link retractionEventSchema}.
 *
 * @example
 * ```ts
 * import type { RetractionEvent } from 'entente-timeline'
 *
 * const why = (event: RetractionEvent) => event.reason
 * ```
 */
export type RetractionEvent = z.infer<typeof retractionEventSchema>

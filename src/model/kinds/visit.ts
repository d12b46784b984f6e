import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * One actor's leader (or the actor itself) visits another's territory.
 *
 * @example
 * ```ts
 * import { visitEventSchema } from 'entente-timeline'
 *
 * visitEventSchema.parse({
 *   id: 'kishida-kyiv', kind: 'visit', occurred: '2023-03-21', recorded: '2023-03-21T12:00:00Z',
 *   actors: ['kishida-fumio', 'UKR'], sources: ['japan-forward-2023-07-13'],
 *   visitor: 'kishida-fumio', host: 'UKR',
 * })
 * ```
 */
export const visitEventSchema = envelope(
  'visit',
  {
    visitor: actorIdSchema,
    host: actorIdSchema,
    purpose: z.string().min(1).max(1000).optional(),
  },
  (e) => [
    [['visitor'], e.visitor],
    [['host'], e.host],
  ],
)

/**
 * A `visit` event: see {@link visitEventSchema}.
 *
 * @example
 * ```ts
 * import type { VisitEvent } from 'entente-timeline'
 *
 * const where = (event: VisitEvent) => event.host
 * ```
 */
export type VisitEvent = z.infer<typeof visitEventSchema>

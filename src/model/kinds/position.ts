import { z } from 'zod'
import { actorIdSchema, eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { stanceSchema } from '../vocabulary.js'

/**
 * An actor supports, opposes or is neutral on a proposal (`proposal`: the proposal event's id).
 *
 * @example
 * ```ts
 * import { positionEventSchema } from 'entente-timeline'
 *
 * positionEventSchema.parse({
 *   id: 'fra-opposes-office', kind: 'position', occurred: '2023-07', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['FRA'], sources: ['japan-forward-2023-07-13'],
 *   actor: 'FRA', proposal: 'nato-tokyo-office', stance: 'oppose',
 * })
 * ```
 */
export const positionEventSchema = envelope(
  'position',
  {
    actor: actorIdSchema,
    proposal: eventIdSchema,
    stance: stanceSchema,
    quote: z.string().min(1).max(10_000).optional(),
  },
  (e) => [[['actor'], e.actor]],
)

/**
 * A `position` event: see {@link positionEventSchema}.
 *
 * @example
 * ```ts
 * import type { PositionEvent } from 'entente-timeline'
 *
 * const against = (event: PositionEvent) => event.stance === 'oppose'
 * ```
 */
export type PositionEvent = z.infer<typeof positionEventSchema>

import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * A state declares diplomats of another persona non grata or otherwise expels them.
 *
 * @example
 * ```ts
 * import { expulsionEventSchema } from 'entente-timeline'
 *
 * const event = expulsionEventSchema.parse({
 *   id: 'expulsion-example', kind: 'expulsion', occurred: '2022-04-05', recorded: '2022-04-05',
 *   actors: ['FRA', 'RUS'], sources: ['example-source'],
 *   expeller: 'FRA', sender: 'RUS', count: 35,
 * })
 * console.log(event.sender, event.count)
 * //=> RUS 35
 * ```
 */
export const expulsionEventSchema = envelope(
  'expulsion',
  {
    /** The state that expels. */
    expeller: actorIdSchema,
    /** The state whose diplomats are expelled. */
    sender: actorIdSchema,
    /** How many diplomats, when the sources say. */
    count: z.number().int().min(1).optional(),
  },
  (e) => [
    [['expeller'], e.expeller],
    [['sender'], e.sender],
  ],
)

/**
 * An `expulsion` event: see {@link expulsionEventSchema}.
 *
 * @example
 * ```ts
 * import type { ExpulsionEvent } from 'entente-timeline'
 *
 * const expelled = (event: ExpulsionEvent) => event.count ?? 0
 * ```
 */
export type ExpulsionEvent = z.infer<typeof expulsionEventSchema>

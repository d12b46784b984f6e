import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * A state closes its embassy (or another mission) in another state, or reopens it.
 *
 * @example
 * ```ts
 * import { embassyEventSchema } from 'entente-timeline'
 *
 * const event = embassyEventSchema.parse({
 *   id: 'embassy-example', kind: 'embassy', occurred: '2022-02-28', recorded: '2022-02-28',
 *   actors: ['USA', 'UKR'], sources: ['example-source'],
 *   owner: 'USA', host: 'UKR', action: 'close',
 * })
 * console.log(event.action)
 * //=> close
 * ```
 */
export const embassyEventSchema = envelope(
  'embassy',
  {
    /** The state whose mission it is. */
    owner: actorIdSchema,
    /** The state (or organisation) where it is. */
    host: actorIdSchema,
    action: z.enum(['close', 'reopen']),
    /** What kind of mission, when not an embassy ("consulate in Houston"). */
    mission: z.string().min(1).max(500).optional(),
  },
  (e) => [
    [['owner'], e.owner],
    [['host'], e.host],
  ],
)

/**
 * An `embassy` event: see {@link embassyEventSchema}.
 *
 * @example
 * ```ts
 * import type { EmbassyEvent } from 'entente-timeline'
 *
 * const closed = (event: EmbassyEvent) => event.action === 'close'
 * ```
 */
export type EmbassyEvent = z.infer<typeof embassyEventSchema>

import { z } from 'zod'
import { actorIdSchema, eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * One side of a meeting: a person (or a state or organisation as such), and optionally whom
 * they acted for. Without `for`, a person acts for the actor they held office in at the date.
 *
 * @example
 * ```ts
 * import { participantSchema } from 'entente-timeline'
 *
 * participantSchema.parse({ actor: 'stoltenberg-jens', for: 'NATO' })
 * ```
 */
export const participantSchema = z.strictObject({
  actor: actorIdSchema,
  for: actorIdSchema.optional(),
})

/**
 * Bilateral or small-group talks, possibly on the sidelines of a summit (`summit`: the
 * summit event's id).
 *
 * @example
 * ```ts
 * import { meetingEventSchema } from 'entente-timeline'
 *
 * meetingEventSchema.parse({
 *   id: 'kishida-stoltenberg', kind: 'meeting', occurred: '2023-07-12', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['kishida-fumio', 'stoltenberg-jens'], sources: ['japan-forward-2023-07-13'],
 *   participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
 * })
 * ```
 */
export const meetingEventSchema = envelope(
  'meeting',
  {
    participants: z.array(participantSchema).min(2).max(100),
    summit: eventIdSchema.optional(),
    topics: z.array(z.string().min(1).max(200)).max(100).optional(),
  },
  (e) =>
    e.participants.flatMap((p, i) => [
      [['participants', i, 'actor'], p.actor] as const,
      ...(p.for === undefined ? [] : [[['participants', i, 'for'], p.for] as const]),
    ]),
)

/**
 * A `meeting` event: see {@link meetingEventSchema}.
 *
 * @example
 * ```ts
 * import type { MeetingEvent } from 'entente-timeline'
 *
 * const who = (event: MeetingEvent) => event.participants.map((p) => p.actor)
 * ```
 */
export type MeetingEvent = z.infer<typeof meetingEventSchema>

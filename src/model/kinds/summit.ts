import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { membershipStatusSchema } from '../vocabulary.js'

/**
 * One actor at a summit, with the status it attended in.
 *
 * @example
 * ```ts
 * import { attendeeSchema } from 'entente-timeline'
 *
 * attendeeSchema.parse({ actor: 'JPN', status: 'partner' })
 * ```
 */
export const attendeeSchema = z.strictObject({
  actor: actorIdSchema,
  status: membershipStatusSchema,
})

/**
 * A multilateral gathering: who convened it, who hosted it, who attended in which status.
 * `occurred` is usually an interval of days.
 *
 * @example
 * ```ts
 * import { summitEventSchema } from 'entente-timeline'
 *
 * summitEventSchema.parse({
 *   id: 'nato-vilnius-2023', kind: 'summit', occurred: { from: '2023-07-11', to: '2023-07-12' },
 *   recorded: '2023-07-13T00:00:00Z', actors: ['NATO', 'LTU', 'JPN'], sources: ['kyodo-2023-07-13'],
 *   name: 'NATO Summit Vilnius 2023', organisation: 'NATO', host: 'LTU', location: 'Vilnius',
 *   attendees: [{ actor: 'LTU', status: 'member' }, { actor: 'JPN', status: 'partner' }],
 * })
 * ```
 */
export const summitEventSchema = envelope(
  'summit',
  {
    name: z.string().min(1).max(500),
    organisation: actorIdSchema.optional(),
    host: actorIdSchema,
    attendees: z.array(attendeeSchema).min(1).max(1000),
  },
  (e) => [
    [['host'], e.host],
    ...(e.organisation === undefined ? [] : [[['organisation'], e.organisation] as const]),
    ...e.attendees.map((a, i) => [['attendees', i, 'actor'], a.actor] as const),
  ],
)

/**
 * A `summit` event: see {@link summitEventSchema}.
 *
 * @example
 * ```ts
 * import type { SummitEvent } from 'entente-timeline'
 *
 * const partners = (event: SummitEvent) => event.attendees.filter((a) => a.status === 'partner')
 * ```
 */
export type SummitEvent = z.infer<typeof summitEventSchema>

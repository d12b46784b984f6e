import type { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { changeSchema, membershipStatusSchema } from '../vocabulary.js'

/**
 * An actor joins or leaves an organisation, or gains or loses a status in it (member,
 * partner, observer, invitee, applicant).
 *
 * @example
 * ```ts
 * import { membershipEventSchema } from 'entente-timeline'
 *
 * membershipEventSchema.parse({
 *   id: 'fin-joins-nato', kind: 'membership', occurred: '2023-04-04', recorded: '2023-04-04T00:00:00Z',
 *   actors: ['FIN', 'NATO'], sources: ['nato-members'],
 *   member: 'FIN', organisation: 'NATO', status: 'member', change: 'start',
 * })
 * ```
 */
export const membershipEventSchema = envelope(
  'membership',
  {
    member: actorIdSchema,
    organisation: actorIdSchema,
    status: membershipStatusSchema,
    change: changeSchema,
  },
  (e) => [
    [['member'], e.member],
    [['organisation'], e.organisation],
  ],
)

/**
 * A `membership` event: see {@link membershipEventSchema}.
 *
 * @example
 * ```ts
 * import type { MembershipEvent } from 'entente-timeline'
 *
 * const joins = (event: MembershipEvent) => event.change === 'start' && event.status === 'member'
 * ```
 */
export type MembershipEvent = z.infer<typeof membershipEventSchema>

import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * The kinds of support one actor gives another.
 *
 * @example
 * ```ts
 * import { AID_KINDS } from 'entente-timeline'
 *
 * AID_KINDS // ['economic', 'humanitarian', 'diplomatic', 'military']
 * ```
 */
export const AID_KINDS = ['economic', 'humanitarian', 'diplomatic', 'military'] as const

/**
 * Economic, humanitarian, diplomatic or military support from a donor to a recipient.
 *
 * @example
 * ```ts
 * import { aidEventSchema } from 'entente-timeline'
 *
 * aidEventSchema.parse({
 *   id: 'jpn-aid-ukr', kind: 'aid', occurred: '2023', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['JPN', 'UKR'], sources: ['japan-forward-2023-07-13'],
 *   donor: 'JPN', recipient: 'UKR', aidKind: 'diplomatic',
 * })
 * ```
 */
export const aidEventSchema = envelope(
  'aid',
  {
    donor: actorIdSchema,
    recipient: actorIdSchema,
    aidKind: z.enum(AID_KINDS),
    amount: z
      .strictObject({
        value: z.number().nonnegative(),
        currency: z.string().regex(/^[A-Z]{3}$/, { message: 'a currency is an ISO 4217 code such as USD' }),
      })
      .optional(),
    description: z.string().min(1).max(2000).optional(),
  },
  (e) => [
    [['donor'], e.donor],
    [['recipient'], e.recipient],
  ],
)

/**
 * An `aid` event: see {@link aidEventSchema}.
 *
 * @example
 * ```ts
 * import type { AidEvent } from 'entente-timeline'
 *
 * const military = (event: AidEvent) => event.aidKind === 'military'
 * ```
 */
export type AidEvent = z.infer<typeof aidEventSchema>

import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * The states a proposal can be in. A correction of the proposal event moves it on.
 *
 * @example
 * ```ts
 * import { PROPOSAL_STATUSES } from 'entente-timeline'
 *
 * PROPOSAL_STATUSES[0] // 'proposed'
 * ```
 */
export const PROPOSAL_STATUSES = ['proposed', 'adopted', 'rejected', 'withdrawn', 'shelved'] as const

/**
 * A proposal put on the table: by whom (if the sources say), about what.
 *
 * @example
 * ```ts
 * import { proposalEventSchema } from 'entente-timeline'
 *
 * proposalEventSchema.parse({
 *   id: 'nato-tokyo-office', kind: 'proposal', occurred: '2023-05', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['NATO', 'JPN'], sources: ['japan-forward-2023-07-13'],
 *   proposer: 'NATO', subject: 'A NATO liaison office in Tokyo',
 * })
 * ```
 */
export const proposalEventSchema = envelope(
  'proposal',
  {
    proposer: actorIdSchema,
    subject: z.string().min(1).max(2000),
    status: z.enum(PROPOSAL_STATUSES).default('proposed'),
  },
  (e) => [[['proposer'], e.proposer]],
)

/**
 * A `proposal` event: see {@link proposalEventSchema}.
 *
 * @example
 * ```ts
 * import type { ProposalEvent } from 'entente-timeline'
 *
 * const open = (event: ProposalEvent) => event.status === 'proposed'
 * ```
 */
export type ProposalEvent = z.infer<typeof proposalEventSchema>

import { z } from 'zod'
import { actorIdSchema, eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * The ways an actor can respond to another event, each with its own weight.
 *
 * @example
 * ```ts
 * import { REACTION_STANCES } from 'entente-timeline'
 *
 * REACTION_STANCES.includes('rebuttal') // true
 * ```
 */
export const REACTION_STANCES = ['praise', 'support', 'concern', 'rebuttal', 'condemnation'] as const

/**
 * A response to another event (`respondsTo`: its id): praise, support, concern, rebuttal or
 * condemnation. The response is directed at the actors of the event it responds to, or at
 * `towards` when given.
 *
 * @example
 * ```ts
 * import { reactionEventSchema } from 'entente-timeline'
 *
 * reactionEventSchema.parse({
 *   id: 'chn-rebuts-communique', kind: 'reaction', occurred: '2023-07-12', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['CHN', 'NATO'], sources: ['japan-forward-2023-07-13'],
 *   actor: 'CHN', respondsTo: 'vilnius-communique', stance: 'rebuttal', towards: ['NATO'],
 * })
 * ```
 */
export const reactionEventSchema = envelope(
  'reaction',
  {
    actor: actorIdSchema,
    respondsTo: eventIdSchema,
    stance: z.enum(REACTION_STANCES),
    towards: z.array(actorIdSchema).max(100).optional(),
    quote: z.string().min(1).max(10_000).optional(),
  },
  (e) => [[['actor'], e.actor], ...(e.towards ?? []).map((a, i) => [['towards', i], a] as const)],
)

/**
 * A `reaction` event: see {@link reactionEventSchema}.
 *
 * @example
 * ```ts
 * import type { ReactionEvent } from 'entente-timeline'
 *
 * const hostile = (event: ReactionEvent) => event.stance === 'condemnation'
 * ```
 */
export type ReactionEvent = z.infer<typeof reactionEventSchema>

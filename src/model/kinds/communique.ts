import { z } from 'zod'
import { actorIdSchema, eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { toneSchema } from '../vocabulary.js'

/**
 * What a joint text says of one actor: the terms it uses and their tone.
 *
 * @example
 * ```ts
 * import { characterizationSchema } from 'entente-timeline'
 *
 * characterizationSchema.parse({ actor: 'CHN', terms: ['coercive'], tone: 'critical' })
 * ```
 */
export const characterizationSchema = z.strictObject({
  actor: actorIdSchema,
  terms: z.array(z.string().min(1).max(500)).min(1).max(100),
  tone: toneSchema,
})

/**
 * A joint text issued by an organisation or a summit, with what it calls other actors.
 *
 * @example
 * ```ts
 * import { communiqueEventSchema } from 'entente-timeline'
 *
 * communiqueEventSchema.parse({
 *   id: 'vilnius-communique', kind: 'communique', occurred: '2023-07-11', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['NATO', 'CHN'], sources: ['japan-forward-2023-07-13'], issuer: 'NATO', title: 'Vilnius Summit Communiqué',
 *   characterizations: [{ actor: 'CHN', terms: ['coercive'], tone: 'critical' }],
 * })
 * ```
 */
export const communiqueEventSchema = envelope(
  'communique',
  {
    issuer: actorIdSchema,
    title: z.string().min(1).max(1000),
    summit: eventIdSchema.optional(),
    characterizations: z.array(characterizationSchema).max(200).default([]),
    quote: z.string().min(1).max(10_000).optional(),
  },
  (e) => [
    [['issuer'], e.issuer],
    ...e.characterizations.map((c, i) => [['characterizations', i, 'actor'], c.actor] as const),
  ],
)

/**
 * A `communique` event: see {@link communiqueEventSchema}.
 *
 * @example
 * ```ts
 * import type { CommuniqueEvent } from 'entente-timeline'
 *
 * const terms = (event: CommuniqueEvent) => event.characterizations.flatMap((c) => c.terms)
 * ```
 */
export type CommuniqueEvent = z.infer<typeof communiqueEventSchema>

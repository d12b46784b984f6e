import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * What an actor threatens to do, as CAMEO tells threats apart (its root code 13).
 *
 * @example
 * ```ts
 * import { THREATS } from 'entente-timeline'
 *
 * console.log(THREATS.includes('military-force'))
 * //=> true
 * ```
 */
export const THREATS = [
  'unspecified',
  'non-force',
  'sanctions',
  'break-relations',
  'military-force',
  'ultimatum',
] as const

/**
 * An actor threatens others: with sanctions, a break of relations, force, or an ultimatum.
 *
 * @example
 * ```ts
 * import { threatEventSchema } from 'entente-timeline'
 *
 * const event = threatEventSchema.parse({
 *   id: 'threat-example', kind: 'threat', occurred: '2023-07-10', recorded: '2023-07-10',
 *   actors: ['PRK', 'USA'], sources: ['example-source'],
 *   actor: 'PRK', targets: ['USA'], threat: 'military-force',
 * })
 * console.log(event.threat)
 * //=> military-force
 * ```
 */
export const threatEventSchema = envelope(
  'threat',
  {
    /** Who threatens (a person counts for the actor they held office in). */
    actor: actorIdSchema,
    /** Whom. */
    targets: z.array(actorIdSchema).min(1).max(100),
    threat: z.enum(THREATS).default('unspecified'),
    /** The words, when a source quotes them. */
    quote: z.string().min(1).max(10_000).optional(),
  },
  (e) => [[['actor'], e.actor], ...e.targets.map((t, i) => [['targets', i], t] as const)],
)

/**
 * A `threat` event: see {@link threatEventSchema}.
 *
 * @example
 * ```ts
 * import type { ThreatEvent } from 'entente-timeline'
 *
 * const ofForce = (event: ThreatEvent) => event.threat === 'military-force'
 * ```
 */
export type ThreatEvent = z.infer<typeof threatEventSchema>

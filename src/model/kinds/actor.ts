import { z } from 'zod'
import { ACTOR_KINDS, actorIdFits } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * Declares a state, an organisation or a person, so the log describes itself. `actors` holds
 * exactly the declared id, and the id must have the form of its kind.
 *
 * @example
 * ```ts
 * import { actorEventSchema } from 'entente-timeline'
 *
 * actorEventSchema.parse({
 *   id: 'actor-jpn', kind: 'actor', occurred: '1952-04-28', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['JPN'], sources: ['kyodo-2023-07-13'], actorKind: 'state', name: 'Japan',
 * })
 * ```
 */
export const actorEventSchema = envelope('actor', {
  actorKind: z.enum(ACTOR_KINDS),
  name: z.string().min(1).max(500),
  aliases: z.array(z.string().min(1).max(500)).max(100).default([]),
}).check((ctx) => {
  const { actors, actorKind } = ctx.value
  if (actors.length !== 1) {
    ctx.issues.push({
      code: 'custom',
      input: actors,
      path: ['actors'],
      message: 'an actor event lists exactly the one actor it declares',
    })
  } else if (!actorIdFits(actors[0]!, actorKind)) {
    ctx.issues.push({
      code: 'custom',
      input: actors[0],
      path: ['actors', 0],
      message: `"${actors[0]}" is not the id of ${actorKind === 'organisation' ? 'an' : 'a'} ${actorKind}`,
    })
  }
})

/**
 * An `actor` event: see {@link actorEventSchema}.
 *
 * @example
 * ```ts
 * import type { ActorEvent } from 'entente-timeline'
 *
 * const declared = (event: ActorEvent) => `${event.actors[0]} is ${event.name}`
 * ```
 */
export type ActorEvent = z.infer<typeof actorEventSchema>

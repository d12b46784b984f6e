/**
 * The envelope every event shares, and the helper that joins it to the fields of one kind.
 */
import { z } from 'zod'
import { InvalidArgumentError } from '../errors.js'
import { _truncate, actorIdSchema, eventIdSchema } from './actor-id.js'
import { sourceSchema } from './citation.js'
import { _parseDateString, partialDateSchema, recordedSchema } from './partial-date.js'
import { certaintySchema, safeKeySchema } from './vocabulary.js'

/**
 * The fields every event has: id, kind, occurred (valid time), recorded (transaction time),
 * actors, sources, certainty, and optional location, tags, notes and weight.
 *
 * @deprecated Use `defineKind`, which adds them to a kind of one's own; until 0.3.
 * @example
 * ```ts
 * import { envelopeShape } from 'entente-timeline'
 *
 * Object.keys(envelopeShape).slice(0, 3) //=> [ 'id', 'occurred', 'recorded' ]
 * ```
 */
export const envelopeShape = {
  /** A stable, unique slug chosen by the caller. */
  id: eventIdSchema,
  /** When it happened, as precisely as the sources tell (valid time). */
  occurred: partialDateSchema,
  /** When the log learned of it (transaction time): an ISO timestamp, or a day meaning its start. */
  recorded: recordedSchema,
  /** Every actor involved: states, organisations and people. */
  actors: z.array(actorIdSchema).min(1).max(1000),
  /** The sources, inline or by citation id: at least one. */
  sources: z.array(sourceSchema).min(1).max(100),
  /** How sure the sources are. */
  certainty: certaintySchema.default('reported'),
  /** Where it happened, in words ("Vilnius"). */
  location: z.string().min(1).max(500).optional(),
  /** Free labels for filtering. */
  tags: z.array(safeKeySchema).max(100).optional(),
  /** Anything worth saying about the event or how it was dated. */
  notes: z.string().max(10_000).optional(),
  /** A Goldstein weight (-10..10) that overrides the kind's default. */
  weight: z.number().min(-10).max(10).optional(),
  /**
   * Why this entry cites sources published after it was `recorded`: an archive entry that
   * records what was known at a past date from sources written later. Without it, such a
   * source is refused.
   */
  backdated: z.string().min(1).max(2000).optional(),
} as const

/**
 * What every event has, whatever its kind: the envelope's fields and `kind`.
 *
 * @example
 * ```ts
 * import type { EventBase } from 'entente-timeline'
 *
 * const label = (event: EventBase) => `${event.kind} ${event.id}`
 * ```
 */
export type EventBase = z.output<z.ZodObject<typeof envelopeShape>> & { readonly kind: string }

/**
 * A field of a kind that names actors, with the path it sits at, for the actors check.
 *
 * @example
 * ```ts
 * import type { ActorRef } from 'entente-timeline'
 *
 * const target: ActorRef = [['target'], 'RUS']
 * ```
 */
export type ActorRef = readonly [path: readonly (string | number)[], actor: string]

/**
 * Joins the envelope to the fields of one kind, and checks that every actor the kind's fields
 * name is listed in `actors`.
 *
 * @param kind - the kind's name, the value of `kind`
 * @param shape - the kind's own fields
 * @param actorRefs - lists the actors the kind's fields name, with their paths
 * @returns the kind's strict object schema
 * @throws {@link InvalidArgumentError} when the shape redefines a field of the envelope or `kind`
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { actorIdSchema, envelope } from 'entente-timeline'
 *
 * const sanctionSchema = envelope('sanction', { imposer: actorIdSchema, target: actorIdSchema }, (e) => [
 *   [['imposer'], e.imposer],
 *   [['target'], e.target],
 * ])
 * ```
 */
export function envelope<const K extends string, const S extends z.ZodRawShape>(
  kind: K,
  shape: S,
  actorRefs?: (event: z.output<z.ZodObject<S>>) => Iterable<ActorRef>,
) {
  // A kind's field spread over the envelope's would replace it (an `id` that is a number, a
  // `recorded` that is optional) and break what the log relies on, so it is refused.
  for (const field of Object.keys(shape)) {
    if (Object.hasOwn(envelopeShape, field) || field === 'kind') {
      throw new InvalidArgumentError('shape', `"${field}" is a field of the envelope: a kind cannot redefine it`)
    }
  }
  // `kind` second, as events are written: an event whose keys come in this order is validated
  // in place, without a copy (see the compiled validator).
  const { id, ...rest } = envelopeShape
  const schema = z.strictObject({ id, kind: z.literal(kind), ...rest, ...shape })
  return schema.check((ctx) => {
    const event = ctx.value as {
      actors: readonly string[]
      recorded: string
      backdated?: string
      sources: readonly (string | { id: string; published: string })[]
    }
    if (event.backdated === undefined) {
      const sources = event.sources
      for (let i = 0; i < sources.length; i++) {
        const source = sources[i]!
        if (typeof source === 'string') continue
        const late = _sourceAfterRecorded(source, event.recorded)
        if (late !== undefined)
          ctx.issues.push({
            code: 'custom',
            input: source.published,
            path: ['sources', i, 'published'],
            message: late,
            params: { code: 'source-after-recorded' },
          })
      }
    }
    if (actorRefs === undefined) return
    // Most events list a few actors: looking through them costs less than a set of them.
    const actors = event.actors
    const listed = actors.length > 16 ? new Set(actors) : undefined
    for (const [path, actor] of actorRefs(ctx.value as unknown as z.output<z.ZodObject<S>>)) {
      if (!(listed === undefined ? actors.includes(actor) : listed.has(actor))) {
        ctx.issues.push({
          code: 'custom',
          input: actor,
          path: [...path],
          message: `"${_truncate(actor)}" must also be listed in actors`,
        })
      }
    }
  })
}

/**
 * Why a citation cannot be a source of an event recorded at `recorded`: it was published
 * after (its publication began after the recorded instant). Undefined when it can be.
 */
export function _sourceAfterRecorded(
  citation: { id: string; published: string },
  recorded: string,
): string | undefined {
  const published = _parseDateString(citation.published)
  const known = _parseDateString(recorded)
  if (typeof published === 'string' || typeof known === 'string' || published.start <= known.start) return undefined
  return `citation "${citation.id}" was published ${citation.published}, after the event was recorded (${recorded}): nobody knew it from a source not yet written. Record the event when the source was published, or say in "backdated" why this entry is recorded earlier than its sources`
}

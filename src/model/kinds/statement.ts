import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { toneSchema } from '../vocabulary.js'

/**
 * A public remark, with its words, about or towards other actors. An analyst's view is a
 * statement by a person with an `affiliation` and no office.
 *
 * @example
 * ```ts
 * import { statementEventSchema } from 'entente-timeline'
 *
 * statementEventSchema.parse({
 *   id: 'no-partner-closer', kind: 'statement', occurred: '2023-07-12', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['stoltenberg-jens', 'JPN'], sources: ['kyodo-2023-07-13'],
 *   speaker: 'stoltenberg-jens', about: ['JPN'], quote: 'No partner is closer than Japan', tone: 'cooperative',
 * })
 * ```
 */
export const statementEventSchema = envelope(
  'statement',
  {
    speaker: actorIdSchema,
    for: actorIdSchema.optional(),
    affiliation: z.string().min(1).max(500).optional(),
    about: z.array(actorIdSchema).max(100).default([]),
    quote: z.string().min(1).max(10_000),
    tone: toneSchema,
  },
  (e) => [
    [['speaker'], e.speaker],
    ...(e.for === undefined ? [] : [[['for'], e.for] as const]),
    ...e.about.map((a, i) => [['about', i], a] as const),
  ],
)

/**
 * A `statement` event: see {@link statementEventSchema}.
 *
 * @example
 * ```ts
 * import type { StatementEvent } from 'entente-timeline'
 *
 * const line = (event: StatementEvent) => `${event.speaker}: "${event.quote}"`
 * ```
 */
export type StatementEvent = z.infer<typeof statementEventSchema>

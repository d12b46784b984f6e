/** Sources: every event cites at least one, inline or by the id of a citation given earlier. */
import { z } from 'zod'
import { eventIdSchema } from './actor-id.js'
import { dateStringSchema } from './partial-date.js'

/**
 * A source: who published what, when, and optionally the words quoted from it for this event.
 *
 * @example
 * ```ts
 * import { citationSchema } from 'entente-timeline'
 *
 * citationSchema.parse({ id: 'kyodo-2023-07-13', publisher: 'Kyodo News', published: '2023-07-13' })
 * ```
 */
export const citationSchema = z
  .object({
    id: eventIdSchema,
    publisher: z.string().min(1).max(500),
    title: z.string().min(1).max(2000).optional(),
    author: z.string().min(1).max(500).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    published: dateStringSchema,
    quote: z.string().min(1).max(10_000).optional(),
  })
  .strict()

/**
 * A source as given inline in an event: see {@link citationSchema}.
 *
 * @example
 * ```ts
 * import type { Citation } from 'entente-timeline'
 *
 * const kyodo: Citation = { id: 'kyodo-2023-07-13', publisher: 'Kyodo News', published: '2023-07-13' }
 * ```
 */
export type Citation = z.infer<typeof citationSchema>

/**
 * One entry of an event's `sources`: a full citation, or the id of one given in an earlier event.
 *
 * @example
 * ```ts
 * import { sourceSchema } from 'entente-timeline'
 *
 * sourceSchema.parse('kyodo-2023-07-13')
 * ```
 */
export const sourceSchema = z.union([eventIdSchema, citationSchema])

/**
 * A citation or a citation id: see {@link sourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from 'entente-timeline'
 *
 * const byId: Source = 'kyodo-2023-07-13'
 * ```
 */
export type Source = z.infer<typeof sourceSchema>

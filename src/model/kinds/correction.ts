import { z } from 'zod'
import { eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { safeKeySchema } from '../vocabulary.js'

/**
 * Replaces fields of an earlier event (`target`), e.g. `{ certainty: 'confirmed' }`, as seen
 * from the time the correction was recorded. `id`, `kind` and `recorded` cannot be changed
 * (`recorded` is the log's transaction time, not the event's); the corrected event must still be valid.
 *
 * @example
 * ```ts
 * import { correctionEventSchema } from 'entente-timeline'
 *
 * correctionEventSchema.parse({
 *   id: 'dprk-launch-confirmed', kind: 'correction', occurred: '2023-07-13', recorded: '2023-07-13T09:00:00Z',
 *   actors: ['PRK'], sources: ['kyodo-2023-07-13'],
 *   target: 'dprk-launch', changes: { certainty: 'confirmed' },
 * })
 * ```
 */
export const correctionEventSchema = envelope('correction', {
  target: eventIdSchema,
  changes: z
    .record(safeKeySchema, z.unknown())
    .refine((changes) => Object.keys(changes).length > 0, { message: 'a correction changes at least one field' })
    .refine((changes) => !('id' in changes) && !('kind' in changes) && !('recorded' in changes), {
      message: 'a correction cannot change "id", "kind" or "recorded"',
    }),
  reason: z.string().min(1).max(2000).optional(),
})

/**
 * A `correction` event: see {@link correctionEventSchema}.
 *
 * @example
 * ```ts
 * import type { CorrectionEvent } from 'entente-timeline'
 *
 * const fields = (event: CorrectionEvent) => Object.keys(event.changes)
 * ```
 */
export type CorrectionEvent = z.infer<typeof correctionEventSchema>

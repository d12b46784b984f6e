import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * A state recognises another state or government diplomatically, or withdraws its recognition.
 *
 * @example
 * ```ts
 * import { recognitionEventSchema } from 'entente-timeline'
 *
 * const event = recognitionEventSchema.parse({
 *   id: 'recognition-example', kind: 'recognition', occurred: '2024-05-28', recorded: '2024-05-28',
 *   actors: ['ESP', 'PSE'], sources: ['example-source'],
 *   recognizer: 'ESP', recognized: 'PSE', action: 'give',
 * })
 * console.log(event.action)
 * //=> give
 * ```
 */
export const recognitionEventSchema = envelope(
  'recognition',
  {
    recognizer: actorIdSchema,
    recognized: actorIdSchema,
    action: z.enum(['give', 'withdraw']),
  },
  (e) => [
    [['recognizer'], e.recognizer],
    [['recognized'], e.recognized],
  ],
)

/**
 * A `recognition` event: see {@link recognitionEventSchema}.
 *
 * @example
 * ```ts
 * import type { RecognitionEvent } from 'entente-timeline'
 *
 * const given = (event: RecognitionEvent) => event.action === 'give'
 * ```
 */
export type RecognitionEvent = z.infer<typeof recognitionEventSchema>

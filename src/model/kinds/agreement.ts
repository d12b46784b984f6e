import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { _parseDateString, dateStringSchema } from '../partial-date.js'

/**
 * A signed or adopted instrument between parties, with its areas and the period it is in
 * force (`until` included at its own precision; absent while open-ended).
 *
 * @example
 * ```ts
 * import { agreementEventSchema } from 'entente-timeline'
 *
 * agreementEventSchema.parse({
 *   id: 'jpn-nato-itpp', kind: 'agreement', occurred: '2023-07-12', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['JPN', 'NATO'], sources: ['kyodo-2023-07-13'], parties: ['JPN', 'NATO'],
 *   title: 'Individually Tailored Partnership Programme', areas: ['cyber defence', 'outer space'],
 *   inForce: { from: '2023-07-12', until: '2026' },
 * })
 * ```
 */
export const agreementEventSchema = envelope(
  'agreement',
  {
    parties: z.array(actorIdSchema).min(2).max(500),
    title: z.string().min(1).max(1000),
    areas: z.array(z.string().min(1).max(200)).max(200).default([]),
    inForce: z.strictObject({ from: dateStringSchema, until: dateStringSchema.optional() }).check((ctx) => {
      const { from, until } = ctx.value
      if (until === undefined) return
      const a = _parseDateString(from)
      const b = _parseDateString(until)
      if (typeof a !== 'string' && typeof b !== 'string' && b.end <= a.start) {
        ctx.issues.push({
          code: 'custom',
          params: { code: 'invalid-date' },
          input: until,
          path: ['until'],
          message: `"until" (${until}) ends before "from" (${from}) begins`,
        })
      }
    }),
  },
  (e) => e.parties.map((p, i) => [['parties', i], p] as const),
)

/**
 * An `agreement` event: see {@link agreementEventSchema}.
 *
 * @example
 * ```ts
 * import type { AgreementEvent } from 'entente-timeline'
 *
 * const areas = (event: AgreementEvent) => event.areas.length
 * ```
 */
export type AgreementEvent = z.infer<typeof agreementEventSchema>

import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'
import { changeSchema } from '../vocabulary.js'

/**
 * A person takes (`change: 'start'`) or leaves (`'end'`) an office of a state or organisation.
 * While in office, the person acts for `of`.
 *
 * @example
 * ```ts
 * import { officeEventSchema } from 'entente-timeline'
 *
 * officeEventSchema.parse({
 *   id: 'kishida-pm', kind: 'office', occurred: '2021-10-04', recorded: '2021-10-04T00:00:00Z',
 *   actors: ['kishida-fumio', 'JPN'], sources: ['kyodo-2023-07-13'],
 *   person: 'kishida-fumio', office: 'Prime Minister', of: 'JPN', change: 'start',
 * })
 * ```
 */
export const officeEventSchema = envelope(
  'office',
  {
    person: actorIdSchema,
    office: z.string().min(1).max(200),
    of: actorIdSchema,
    change: changeSchema,
  },
  (e) => [
    [['person'], e.person],
    [['of'], e.of],
  ],
)

/**
 * An `office` event: see {@link officeEventSchema}.
 *
 * @example
 * ```ts
 * import type { OfficeEvent } from 'entente-timeline'
 *
 * const title = (event: OfficeEvent) => `${event.office} of ${event.of}`
 * ```
 */
export type OfficeEvent = z.infer<typeof officeEventSchema>

import { z } from 'zod'
import { actorIdSchema, eventIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * What can happen to an agreement after it is recorded.
 *
 * @example
 * ```ts
 * import { AGREEMENT_ACTS } from 'entente-timeline'
 *
 * console.log(AGREEMENT_ACTS.length)
 * //=> 7
 * ```
 */
export const AGREEMENT_ACTS = [
  'signature',
  'entry-into-force',
  'suspension',
  'resumption',
  'withdrawal',
  'termination',
  'expiry',
] as const

/**
 * One act in the life of an `agreement`: its signature, entry into force, suspension and
 * resumption, a party's withdrawal, its termination or expiry. Each is dated by when it
 * happened, so `relationship()` shows the agreement's state at any date, as known on any date.
 * A withdrawal names the `party` that withdraws; a termination may name the agreement that
 * replaces it (`supersededBy`).
 *
 * @example
 * ```ts
 * import { agreementActEventSchema } from 'entente-timeline'
 *
 * const event = agreementActEventSchema.parse({
 *   id: 'inf-withdrawal-usa', kind: 'agreement-act', occurred: '2019-08-02', recorded: '2019-08-02',
 *   actors: ['USA', 'RUS'], sources: ['example-source'],
 *   agreement: 'inf-treaty', act: 'withdrawal', party: 'USA',
 * })
 * console.log(event.act, event.party)
 * //=> withdrawal USA
 * ```
 */
export const agreementActEventSchema = envelope(
  'agreement-act',
  {
    /** The `agreement` event the act is about. */
    agreement: eventIdSchema,
    act: z.enum(AGREEMENT_ACTS),
    /** The party that withdraws (a withdrawal only). */
    party: actorIdSchema.optional(),
    /** The agreement that replaces it (a termination only). */
    supersededBy: eventIdSchema.optional(),
  },
  (e) => (e.party === undefined ? [] : [[['party'], e.party]]),
).check((ctx) => {
  const { act, party, supersededBy } = ctx.value
  if (act === 'withdrawal' && party === undefined)
    ctx.issues.push({
      code: 'custom',
      input: party,
      path: ['party'],
      message: 'a withdrawal names the party that withdraws',
    })
  if (act !== 'withdrawal' && party !== undefined)
    ctx.issues.push({
      code: 'custom',
      input: party,
      path: ['party'],
      message: `only a withdrawal names a party, not a ${act}`,
    })
  if (act !== 'termination' && supersededBy !== undefined)
    ctx.issues.push({
      code: 'custom',
      input: supersededBy,
      path: ['supersededBy'],
      message: `only a termination is superseded, not a ${act}`,
    })
})

/**
 * An `agreement-act` event: see {@link agreementActEventSchema}.
 *
 * @example
 * ```ts
 * import type { AgreementActEvent } from 'entente-timeline'
 *
 * const ends = (event: AgreementActEvent) => ['termination', 'expiry'].includes(event.act)
 * ```
 */
export type AgreementActEvent = z.infer<typeof agreementActEventSchema>

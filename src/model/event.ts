/** The discriminated union of every built-in kind of event. */
import { z } from 'zod'
import { actorEventSchema } from './kinds/actor.js'
import { agreementEventSchema } from './kinds/agreement.js'
import { agreementActEventSchema } from './kinds/agreement-act.js'
import { aidEventSchema } from './kinds/aid.js'
import { ambassadorEventSchema } from './kinds/ambassador.js'
import { communiqueEventSchema } from './kinds/communique.js'
import { correctionEventSchema } from './kinds/correction.js'
import { embassyEventSchema } from './kinds/embassy.js'
import { expulsionEventSchema } from './kinds/expulsion.js'
import { meetingEventSchema } from './kinds/meeting.js'
import { membershipEventSchema } from './kinds/membership.js'
import { militaryActivityEventSchema } from './kinds/military-activity.js'
import { officeEventSchema } from './kinds/office.js'
import { positionEventSchema } from './kinds/position.js'
import { proposalEventSchema } from './kinds/proposal.js'
import { reactionEventSchema } from './kinds/reaction.js'
import { recognitionEventSchema } from './kinds/recognition.js'
import { retractionEventSchema } from './kinds/retraction.js'
import { sanctionsEventSchema } from './kinds/sanctions.js'
import { statementEventSchema } from './kinds/statement.js'
import { summitEventSchema } from './kinds/summit.js'
import { threatEventSchema } from './kinds/threat.js'
import { visitEventSchema } from './kinds/visit.js'

/**
 * The schema of each built-in kind, keyed by kind.
 *
 * @example
 * ```ts
 * import { kindSchemas } from 'entente-timeline'
 *
 * Object.keys(kindSchemas).length // 16
 * ```
 */
export const kindSchemas = {
  actor: actorEventSchema,
  office: officeEventSchema,
  membership: membershipEventSchema,
  summit: summitEventSchema,
  meeting: meetingEventSchema,
  visit: visitEventSchema,
  statement: statementEventSchema,
  communique: communiqueEventSchema,
  agreement: agreementEventSchema,
  proposal: proposalEventSchema,
  position: positionEventSchema,
  'military-activity': militaryActivityEventSchema,
  reaction: reactionEventSchema,
  aid: aidEventSchema,
  correction: correctionEventSchema,
  retraction: retractionEventSchema,
  'agreement-act': agreementActEventSchema,
  sanctions: sanctionsEventSchema,
  expulsion: expulsionEventSchema,
  ambassador: ambassadorEventSchema,
  embassy: embassyEventSchema,
  recognition: recognitionEventSchema,
  threat: threatEventSchema,
} as const

/**
 * The names of the built-in kinds.
 *
 * @example
 * ```ts
 * import { KINDS } from 'entente-timeline'
 *
 * KINDS.includes('military-activity') // true
 * ```
 */
export const KINDS = Object.freeze(Object.keys(kindSchemas)) as readonly EventKind[]

/**
 * The schema of any built-in event: a union discriminated on `kind`.
 *
 * @example
 * ```ts
 * import { eventSchema } from 'entente-timeline'
 *
 * const result = eventSchema.safeParse({ kind: 'meeting' })
 * result.success // false
 * ```
 */
export const eventSchema = z.discriminatedUnion('kind', [
  actorEventSchema,
  officeEventSchema,
  membershipEventSchema,
  summitEventSchema,
  meetingEventSchema,
  visitEventSchema,
  statementEventSchema,
  communiqueEventSchema,
  agreementEventSchema,
  proposalEventSchema,
  positionEventSchema,
  militaryActivityEventSchema,
  reactionEventSchema,
  aidEventSchema,
  correctionEventSchema,
  retractionEventSchema,
  agreementActEventSchema,
  sanctionsEventSchema,
  expulsionEventSchema,
  ambassadorEventSchema,
  embassyEventSchema,
  recognitionEventSchema,
  threatEventSchema,
])

/**
 * Any built-in event, as it is once validated: narrow on `kind` to reach a kind's fields.
 *
 * @example
 * ```ts
 * import type { DiplomaticEvent } from 'entente-timeline'
 *
 * function summary(event: DiplomaticEvent): string {
 *   return event.kind === 'meeting' ? `${event.participants.length} met` : event.kind
 * }
 * ```
 */
export type DiplomaticEvent = z.infer<typeof eventSchema>

/**
 * Any built-in event as it may be written, before defaults are filled in.
 *
 * @example
 * ```ts
 * import type { DiplomaticEventInput } from 'entente-timeline'
 *
 * const input: DiplomaticEventInput = {
 *   id: 'a', kind: 'actor', occurred: '1949-04-04', recorded: '2023-07-13T00:00:00Z',
 *   actors: ['NATO'], sources: ['kyodo-2023-07-13'], actorKind: 'organisation', name: 'NATO',
 * }
 * ```
 */
export type DiplomaticEventInput = z.input<typeof eventSchema>

/**
 * The name of a built-in kind.
 *
 * @example
 * ```ts
 * import type { EventKind } from 'entente-timeline'
 *
 * const kind: EventKind = 'communique'
 * ```
 */
export type EventKind = DiplomaticEvent['kind']

/**
 * The event type of one kind, from a union of events.
 *
 * @example
 * ```ts
 * import type { DiplomaticEvent, EventOfKind } from 'entente-timeline'
 *
 * type Launch = EventOfKind<DiplomaticEvent, 'military-activity'>
 * ```
 */
export type EventOfKind<E extends { kind: string }, K extends E['kind']> = Extract<E, { kind: K }>

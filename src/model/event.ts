/** The discriminated union of every built-in kind of event. */
import { z } from 'zod'
import { type ActorEvent, actorEventSchema } from './kinds/actor.js'
import { type AgreementEvent, agreementEventSchema } from './kinds/agreement.js'
import { type AgreementActEvent, agreementActEventSchema } from './kinds/agreement-act.js'
import { type AidEvent, aidEventSchema } from './kinds/aid.js'
import { type AmbassadorEvent, ambassadorEventSchema } from './kinds/ambassador.js'
import { type CodedEvent, codedEventSchema } from './kinds/coded.js'
import { type CommuniqueEvent, communiqueEventSchema } from './kinds/communique.js'
import { type CorrectionEvent, correctionEventSchema } from './kinds/correction.js'
import { type EmbassyEvent, embassyEventSchema } from './kinds/embassy.js'
import { type ExpulsionEvent, expulsionEventSchema } from './kinds/expulsion.js'
import { type MeetingEvent, meetingEventSchema } from './kinds/meeting.js'
import { type MembershipEvent, membershipEventSchema } from './kinds/membership.js'
import { type MilitaryActivityEvent, militaryActivityEventSchema } from './kinds/military-activity.js'
import { type OfficeEvent, officeEventSchema } from './kinds/office.js'
import { type PositionEvent, positionEventSchema } from './kinds/position.js'
import { type ProposalEvent, proposalEventSchema } from './kinds/proposal.js'
import { type ReactionEvent, reactionEventSchema } from './kinds/reaction.js'
import { type RecognitionEvent, recognitionEventSchema } from './kinds/recognition.js'
import { type RetractionEvent, retractionEventSchema } from './kinds/retraction.js'
import { type SanctionsEvent, sanctionsEventSchema } from './kinds/sanctions.js'
import { type StatementEvent, statementEventSchema } from './kinds/statement.js'
import { type SummitEvent, summitEventSchema } from './kinds/summit.js'
import { type ThreatEvent, threatEventSchema } from './kinds/threat.js'
import { type VisitEvent, visitEventSchema } from './kinds/visit.js'

/**
 * The schema of each built-in kind, keyed by kind.
 *
 * @example
 * ```ts
 * import { kindSchemas } from 'entente-timeline'
 *
 * Object.keys(kindSchemas).length // 24
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
  coded: codedEventSchema,
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
  codedEventSchema,
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
// Named kind by kind (a type test holds it equal to z.infer<typeof eventSchema>), so that
// signatures and the API reference say DiplomaticEvent instead of spelling out every kind.
export type DiplomaticEvent =
  | ActorEvent
  | OfficeEvent
  | MembershipEvent
  | SummitEvent
  | MeetingEvent
  | VisitEvent
  | StatementEvent
  | CommuniqueEvent
  | AgreementEvent
  | ProposalEvent
  | PositionEvent
  | MilitaryActivityEvent
  | ReactionEvent
  | AidEvent
  | CorrectionEvent
  | RetractionEvent
  | CodedEvent
  | AgreementActEvent
  | SanctionsEvent
  | ExpulsionEvent
  | AmbassadorEvent
  | EmbassyEvent
  | RecognitionEvent
  | ThreatEvent

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

/**
 * entente: an immutable, bitemporal log of diplomatic events, and projections of the
 * relationships between actors at any date, as known on any later date.
 *
 * @packageDocumentation
 * @module entente-timeline
 */

// Errors
export {
  BadRowError,
  ConcurrencyError,
  DuplicateEventError,
  EntenteError,
  type EntenteErrorCode,
  InvalidArgumentError,
  LimitExceededError,
  UnknownReferenceError,
  ValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
} from './errors.js'
// Vocabulary
export {
  ACTOR_KINDS,
  type ActorId,
  type ActorKind,
  actorIdSchema,
  eventIdSchema,
  isPersonId,
} from './model/actor-id.js'
export { type Citation, citationSchema, type Source, sourceSchema } from './model/citation.js'
export {
  type CustomEvent,
  type DefineKindOptions,
  type Direction,
  defaultVocabulary,
  defineKind,
  extendVocabulary,
  type KindDefinition,
  type Vocabulary,
} from './model/define-kind.js'
export type { ActorRef, EventBase } from './model/envelope.js'
export {
  type DiplomaticEvent,
  type DiplomaticEventInput,
  type EventKind,
  type EventOfKind,
  eventSchema,
} from './model/event.js'
export type { KindReference } from './model/kind-rules.js'
export { type ActorEvent, actorEventSchema } from './model/kinds/actor.js'
export { type AgreementEvent, agreementEventSchema } from './model/kinds/agreement.js'
export { AID_KINDS, type AidEvent, aidEventSchema } from './model/kinds/aid.js'
export {
  CODING_SCHEMES,
  type CodedEvent,
  type CodedParty,
  type CodedPlace,
  codedEventSchema,
  codedPartySchema,
  codedPlaceSchema,
  codedSidesOf,
  contactOf,
} from './model/kinds/coded.js'
export { type CommuniqueEvent, characterizationSchema, communiqueEventSchema } from './model/kinds/communique.js'
export { type CorrectionEvent, correctionEventSchema } from './model/kinds/correction.js'
export { type MeetingEvent, meetingEventSchema, participantSchema } from './model/kinds/meeting.js'
export { type MembershipEvent, membershipEventSchema } from './model/kinds/membership.js'
export {
  MILITARY_ACTIVITIES,
  type MilitaryActivityEvent,
  militaryActivityEventSchema,
} from './model/kinds/military-activity.js'
export { type OfficeEvent, officeEventSchema } from './model/kinds/office.js'
export { type PositionEvent, positionEventSchema } from './model/kinds/position.js'
export { PROPOSAL_STATUSES, type ProposalEvent, proposalEventSchema } from './model/kinds/proposal.js'
export { REACTION_STANCES, type ReactionEvent, reactionEventSchema } from './model/kinds/reaction.js'
export { type RetractionEvent, retractionEventSchema } from './model/kinds/retraction.js'
export { type StatementEvent, statementEventSchema } from './model/kinds/statement.js'
export { attendeeSchema, type SummitEvent, summitEventSchema } from './model/kinds/summit.js'
export { type VisitEvent, visitEventSchema } from './model/kinds/visit.js'
export { AGREEMENT_ACTS, type AgreementActEvent, agreementActEventSchema } from './model/kinds/agreement-act.js'
export { type AmbassadorEvent, ambassadorEventSchema } from './model/kinds/ambassador.js'
export { type EmbassyEvent, embassyEventSchema } from './model/kinds/embassy.js'
export { type ExpulsionEvent, expulsionEventSchema } from './model/kinds/expulsion.js'
export { type RecognitionEvent, recognitionEventSchema } from './model/kinds/recognition.js'
export { type SanctionsEvent, sanctionsEventSchema } from './model/kinds/sanctions.js'
export { THREATS, type ThreatEvent, threatEventSchema } from './model/kinds/threat.js'
export { type ParseResult, parseEvent, safeParseEvent } from './model/parse.js'
export {
  approximateDateSchema,
  type DateInterval,
  type DatePrecision,
  type DateRange,
  dateRangeSchema,
  dateStringSchema,
  type PartialDate,
  partialDateSchema,
  precisionOf,
  recordedSchema,
  toInterval,
} from './model/partial-date.js'
export {
  CERTAINTIES,
  type Certainty,
  certaintySchema,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  membershipStatusSchema,
  STANCES,
  type Stance,
  stanceSchema,
  TONES,
  type Tone,
  toneSchema,
} from './model/vocabulary.js'
export { type KindWeights, QUAD_CLASSES, type QuadClass, WEIGHTS, type Weight, weightOf } from './model/weights.js'

// The log
export type { EventInputOf, ReadonlyInput, UncheckedInput } from './log/authoring.js'
export { DEFAULT_LIMITS, type ReadLimits } from './log/codec/limits.js'
export type { NdjsonSource } from './log/codec/ndjson.js'
export type { EventLog } from './log/event-log.js'
export { memoryLog } from './log/memory-log.js'
export type { ValidTimeEntry } from './log/order.js'
export type { Projectable } from './log/fold-port.js'
export type { QueryDate } from './log/query-date.js'
export {
  type AppendOptions,
  type ChronologyEntry,
  type ChronologyOptions,
  MAX_COLLECTED_ISSUES,
  type ProjectOptions,
  type ReadOptions,
  Timeline,
  type TimelineOptions,
} from './log/timeline.js'

// Projections
export {
  type CopyOnWrite,
  defineProjection,
  type EventContext,
  type Projection,
  type ProjectionDefinition,
  type ProjectionScope,
  type Reducers,
  type ResultContext,
} from './projection/define-projection.js'
export type { Diff, Explanation, Step } from './projection/explain.js'
export type { Uncertainty } from './projection/uncertainty.js'

// Built-in projections
export type { AlternativeClaim, Tie } from './projections/claims.js'
export { type Member, type MembershipResult, membership } from './projections/membership.js'
export { type Dyad, type NetworkOptions, type NetworkResult, network } from './projections/network.js'
export { type OfficeHolder, type OfficeHoldersResult, officeHolders } from './projections/office-holders.js'
export { type ProposalResult, proposal } from './projections/proposal.js'
export {
  type AgreementInForce,
  type EndedAgreement,
  type Quote,
  type RelationshipOptions,
  type RelationshipResult,
  relationship,
} from './projections/relationship.js'
export type { ToneSummary } from './projections/tone.js'

// Series and charts
export {
  type RelationshipPoint,
  type RelationshipSeries,
  relationshipSeries,
  SERIES_STEPS,
  type Series,
  type SeriesOptions,
  type SeriesSample,
  type SeriesStep,
  series,
} from './chart/series.js'
export {
  type NetworkChartOptions,
  networkChart,
  type ToneChartOptions,
  toneChart,
  type VegaLiteSpec,
} from './chart/vega-lite.js'

// Renamed or withdrawn in 0.2, kept until 0.3
export {
  actorIdFits,
  certaintyRank,
  changeSchema,
  dateIntervalSchema,
  envelope,
  envelopeShape,
  formatIssue,
  formatPath,
  KINDS,
  kindSchemas,
  type Relationship,
  safeKeySchema,
  type ToneOptions,
} from './deprecated.js'

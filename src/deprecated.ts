/**
 * Names that 0.2 renamed or took out of the public surface, kept for one minor version so that
 * code written for 0.1 still compiles and runs. Each says what to use instead; all go in 0.3.
 */
import { formatIssue as formatIssueOf, formatPath as formatPathOf } from './errors.js'
import { actorIdFits as actorIdFitsOf } from './model/actor-id.js'
import { envelope as envelopeOf } from './model/envelope.js'
import { type EventKind, KINDS as KINDS_OF, kindSchemas as kindSchemasOf } from './model/event.js'
import { dateRangeSchema } from './model/partial-date.js'
import {
  certaintyRank as certaintyRankOf,
  changeSchema as changeSchemaOf,
  safeKeySchema as safeKeySchemaOf,
} from './model/vocabulary.js'
import type { RelationshipOptions, RelationshipResult } from './projections/relationship.js'

/**
 * What `relationship()` returns.
 *
 * @deprecated Renamed {@link RelationshipResult}, like the results of the other projections.
 * @example
 * ```ts
 * import type { RelationshipResult } from 'entente-timeline'
 *
 * const warm = (r: RelationshipResult) => r.tone.index > 0
 * ```
 */
export type Relationship = RelationshipResult

/**
 * Options of `relationship()` and `network()`.
 *
 * @deprecated Use {@link RelationshipOptions} for `relationship()` and `NetworkOptions` for `network()`.
 * @example
 * ```ts
 * import type { RelationshipOptions } from 'entente-timeline'
 *
 * const options: RelationshipOptions = { halfLifeDays: 180 }
 * ```
 */
export type ToneOptions = RelationshipOptions

/**
 * A range between two date strings.
 *
 * @deprecated Renamed `dateRangeSchema`: `DateInterval` is the half-open interval `toInterval` returns, another shape.
 * @example
 * ```ts
 * import { dateRangeSchema } from 'entente-timeline'
 *
 * dateRangeSchema.parse({ from: '2023-07-11', to: '2023-07-12' })
 * //=> { from: '2023-07-11', to: '2023-07-12' }
 * ```
 */
export const dateIntervalSchema = dateRangeSchema

/**
 * The names of the built-in kinds.
 *
 * @deprecated Use `defaultVocabulary.kinds` (or the `kinds` of your own vocabulary).
 * @example
 * ```ts
 * import { defaultVocabulary } from 'entente-timeline'
 *
 * defaultVocabulary.kinds.includes('military-activity') //=> true
 * ```
 */
export const KINDS: readonly EventKind[] = KINDS_OF

/**
 * The schema of each built-in kind, keyed by kind.
 *
 * @deprecated Use each kind's own schema (`meetingEventSchema`, ...) or the union `eventSchema`.
 * @example
 * ```ts
 * import { meetingEventSchema } from 'entente-timeline'
 *
 * meetingEventSchema.shape.kind.value //=> 'meeting'
 * ```
 */
export const kindSchemas = kindSchemasOf

/**
 * Joins the envelope to the fields of one kind.
 *
 * @deprecated Use `defineKind`, the one way to define a kind of one's own.
 * @example
 * ```ts
 * import { actorIdSchema, defineKind } from 'entente-timeline'
 *
 * const sanction = defineKind('sanction', { imposer: actorIdSchema, target: actorIdSchema }, {
 *   actors: (e) => [[['imposer'], e.imposer], [['target'], e.target]],
 * })
 * sanction.kind //=> 'sanction'
 * ```
 */
export const envelope = envelopeOf

// EventBase is written in terms of the envelope's shape, so the original is re-exported (its
// own documentation carries the deprecation) rather than an alias the reference would not link.
export { envelopeShape } from './model/envelope.js'

/**
 * Formats one issue as `line 14: event "id": path.to.field: message`.
 *
 * @deprecated An error's `message` holds its issues formatted; read `issue.code` and `issue.path` to tell them apart.
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente-timeline'
 *
 * const result = safeParseEvent({ kind: 'meeting' })
 * if (!result.ok) console.log(result.error.issues[0]?.code) //=> 'required'
 * ```
 */
export const formatIssue = formatIssueOf

/**
 * Formats a field path as `participants[0].actor`.
 *
 * @deprecated An error's `message` holds its paths formatted; `issue.path` holds them as data.
 * @example
 * ```ts
 * import { safeParseEvent } from 'entente-timeline'
 *
 * const result = safeParseEvent({ kind: 'meeting' })
 * if (!result.ok) console.log(result.error.issues[0]?.path) //=> [ 'id' ]
 * ```
 */
export const formatPath = formatPathOf

/**
 * Whether an id has the form of an actor kind's ids.
 *
 * @deprecated Internal; an `actor` event checks that its id fits its kind.
 * @example
 * ```ts
 * import { isPersonId } from 'entente-timeline'
 *
 * isPersonId('kishida-fumio') //=> true
 * ```
 */
export const actorIdFits = actorIdFitsOf

/**
 * How strong a certainty is.
 *
 * @deprecated Internal; `CERTAINTIES` lists them from the strongest down.
 * @example
 * ```ts
 * import { CERTAINTIES } from 'entente-timeline'
 *
 * CERTAINTIES.indexOf('confirmed') < CERTAINTIES.indexOf('reported') //=> true
 * ```
 */
export const certaintyRank = certaintyRankOf

/**
 * `start` or `end`, of an office or a membership.
 *
 * @deprecated Internal; the `change` field of `officeEventSchema` and `membershipEventSchema`.
 * @example
 * ```ts
 * import { officeEventSchema } from 'entente-timeline'
 *
 * officeEventSchema.shape.change.options //=> [ 'start', 'end' ]
 * ```
 */
export const changeSchema = changeSchemaOf

/**
 * A key safe to use in a record.
 *
 * @deprecated Internal; every schema that takes keys from input uses it.
 * @example
 * ```ts
 * import { safeKeySchema } from 'entente-timeline'
 *
 * safeKeySchema.safeParse('__proto__').success //=> false
 * ```
 */
export const safeKeySchema = safeKeySchemaOf

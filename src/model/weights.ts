/**
 * The tone of each kind of event: its CAMEO code, quad class and default Goldstein weight.
 *
 * Sources of the numbers. Codes follow the CAMEO codebook (Schrodt, "CAMEO Conflict and
 * Mediation Event Observations Event and Actor Codebook", v1.1b3, 2012). Weights follow the
 * Goldstein scale (Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", Journal of
 * Conflict Resolution 36(2), 1992) as mapped onto CAMEO codes in the tables distributed with
 * CAMEO and used by the ICEWS and Phoenix event data sets. Quad classes follow the ICEWS
 * grouping of root codes: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal
 * conflict, 14–20 material conflict. Where a kind covers several CAMEO codes, each sub-type
 * names the code it stands for. Bookkeeping kinds (actor, office, correction, retraction)
 * carry no tone. The Goldstein values of the codes added for sanctions, expulsions, ambassadors,
 * embassies, recognition, threats and agreement acts (054, 050, 057, 085, 130, 131, 1312, 1313,
 * 138, 139, 160, 161, 163) are those of the same CAMEO-to-Goldstein table (as GDELT distributes it
 * in CAMEO.goldsteinscale.txt). Every weight can be overridden per event (`weight`) and per call.
 */
import { z } from 'zod'
import { InvalidArgumentError } from '../errors.js'
import type { DiplomaticEvent } from './event.js'

/**
 * The four quad classes of event data.
 *
 * @example
 * ```ts
 * import { QUAD_CLASSES } from 'entente-timeline'
 *
 * QUAD_CLASSES.length // 4
 * ```
 */
export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const

/**
 * A quad class: verbal or material, cooperation or conflict.
 *
 * @example
 * ```ts
 * import type { QuadClass } from 'entente-timeline'
 *
 * const launch: QuadClass = 'material-conflict'
 * ```
 */
export type QuadClass = (typeof QUAD_CLASSES)[number]

/**
 * The tone of one kind (or sub-type) of event.
 *
 * @example
 * ```ts
 * import type { Weight } from 'entente-timeline'
 *
 * const praise: Weight = { cameo: '051', label: 'Praise or endorse', quadClass: 'verbal-cooperation', goldstein: 3.4 }
 * ```
 */
export interface Weight {
  /** The CAMEO event code (its first two digits are the root code), or null for bookkeeping. */
  readonly cameo: string | null
  /** The CAMEO name of the code. */
  readonly label: string
  /** The quad class, or null for events that carry no tone. */
  readonly quadClass: QuadClass | null
  /** The default Goldstein weight, -10 (most conflictual) to +10 (most cooperative). */
  readonly goldstein: number
}

/**
 * How one kind maps to weights: a default, and optionally one weight per value of a field
 * (`by`) that tells its sub-types apart.
 *
 * @example
 * ```ts
 * import type { KindWeights } from 'entente-timeline'
 *
 * const sanction: KindWeights = { default: { cameo: '163', label: 'Impose embargo, boycott, or sanctions', quadClass: 'material-conflict', goldstein: -8 } }
 * ```
 */
export interface KindWeights {
  /** The weight of the kind when no sub-type applies. */
  readonly default: Weight
  /** The field whose value picks a sub-type. */
  readonly by?: string
  /** The weight of each sub-type, keyed by the value of `by`. */
  readonly subtypes?: Readonly<Record<string, Weight>>
}

const NONE: Weight = { cameo: null, label: 'No tone (bookkeeping)', quadClass: null, goldstein: 0 }
const w = (cameo: string, label: string, quadClass: QuadClass, goldstein: number): Weight => ({
  cameo,
  label,
  quadClass,
  goldstein,
})

/** Words weighed by their tone: statements, and what communiqués say of each actor. */
function byTone(): KindWeights {
  return {
    default: w('010', 'Make statement', 'verbal-cooperation', 0.0),
    by: 'tone',
    subtypes: {
      cooperative: w('051', 'Praise or endorse', 'verbal-cooperation', 3.4),
      neutral: w('010', 'Make statement', 'verbal-cooperation', 0.0),
      critical: w('111', 'Criticize or denounce', 'verbal-conflict', -2.0),
      hostile: w('130', 'Threaten', 'verbal-conflict', -4.4),
    },
  }
}

/**
 * The default weights of the built-in kinds. Frozen; to change a weight, pass your own table
 * to the projections, or give an event a `weight`.
 *
 * @example
 * ```ts
 * import { WEIGHTS } from 'entente-timeline'
 *
 * WEIGHTS['military-activity'].subtypes?.['missile-launch']?.goldstein // -7.2
 * ```
 */
export const WEIGHTS: Readonly<Record<DiplomaticEvent['kind'], KindWeights>> = deepFreeze({
  actor: { default: NONE },
  office: { default: NONE },
  membership: {
    default: w('057', 'Sign formal agreement', 'verbal-cooperation', 8.0),
    by: 'change',
    subtypes: {
      start: w('057', 'Sign formal agreement', 'verbal-cooperation', 8.0),
      end: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
    },
  },
  summit: { default: w('044', 'Meet at a third location', 'verbal-cooperation', 2.5) },
  meeting: { default: w('040', 'Consult', 'verbal-cooperation', 1.0) },
  visit: { default: w('042', 'Make a visit', 'verbal-cooperation', 1.9) },
  statement: byTone(),
  // A communiqué's tone is per characterised actor: its acts name the sub-type.
  communique: byTone(),
  agreement: { default: w('057', 'Sign formal agreement', 'verbal-cooperation', 8.0) },
  proposal: { default: w('030', 'Express intent to cooperate', 'verbal-cooperation', 4.0) },
  position: {
    default: w('010', 'Make statement', 'verbal-cooperation', 0.0),
    by: 'stance',
    subtypes: {
      support: w('051', 'Praise or endorse', 'verbal-cooperation', 3.4),
      neutral: w('010', 'Make statement', 'verbal-cooperation', 0.0),
      oppose: w('120', 'Reject', 'verbal-conflict', -4.0),
    },
  },
  'military-activity': {
    default: w('150', 'Demonstrate military or police power', 'material-conflict', -7.2),
    by: 'activity',
    subtypes: {
      'missile-launch': w('150', 'Demonstrate military or police power', 'material-conflict', -7.2),
      'missile-test': w('150', 'Demonstrate military or police power', 'material-conflict', -7.2),
      'nuclear-test': w('138', 'Threaten with military force', 'verbal-conflict', -7.0),
      exercise: w('150', 'Demonstrate military or police power', 'material-conflict', -7.2),
      'joint-exercise': w('062', 'Cooperate militarily', 'material-cooperation', 7.4),
      deployment: w('154', 'Mobilize or increase armed forces', 'material-conflict', -7.2),
      incursion: w('192', 'Occupy territory', 'material-conflict', -9.5),
      strike: w('190', 'Use conventional military force', 'material-conflict', -10.0),
    },
  },
  reaction: {
    default: w('010', 'Make statement', 'verbal-cooperation', 0.0),
    by: 'stance',
    subtypes: {
      praise: w('051', 'Praise or endorse', 'verbal-cooperation', 3.4),
      support: w('050', 'Engage in diplomatic cooperation', 'verbal-cooperation', 3.5),
      concern: w('110', 'Disapprove', 'verbal-conflict', -2.0),
      rebuttal: w('125', 'Reject proposal to meet, discuss, or negotiate', 'verbal-conflict', -5.0),
      condemnation: w('111', 'Criticize or denounce', 'verbal-conflict', -2.0),
    },
  },
  aid: {
    default: w('070', 'Provide aid', 'material-cooperation', 7.0),
    by: 'aidKind',
    subtypes: {
      economic: w('071', 'Provide economic aid', 'material-cooperation', 7.4),
      military: w('072', 'Provide military aid', 'material-cooperation', 8.3),
      humanitarian: w('073', 'Provide humanitarian aid', 'material-cooperation', 7.4),
      diplomatic: w('050', 'Engage in diplomatic cooperation', 'verbal-cooperation', 3.5),
    },
  },
  correction: { default: NONE },
  retraction: { default: NONE },
  // A coded row carries its own code, quad class and Goldstein value (its `weight`): the table
  // only gives the quad class, and 0 for a row that has no Goldstein value, so none is invented.
  coded: {
    default: { cameo: null, label: 'Coded event', quadClass: null, goldstein: 0 },
    by: 'quadClass',
    subtypes: {
      'verbal-cooperation': { cameo: null, label: 'Coded event', quadClass: 'verbal-cooperation', goldstein: 0 },
      'material-cooperation': { cameo: null, label: 'Coded event', quadClass: 'material-cooperation', goldstein: 0 },
      'verbal-conflict': { cameo: null, label: 'Coded event', quadClass: 'verbal-conflict', goldstein: 0 },
      'material-conflict': { cameo: null, label: 'Coded event', quadClass: 'material-conflict', goldstein: 0 },
    },
  },
  // CAMEO has no code for an agreement's entry into force, termination or expiry: they carry
  // no tone (the agreement itself weighs 057); a suspension or a withdrawal reduces relations.
  'agreement-act': {
    default: NONE,
    by: 'act',
    subtypes: {
      signature: w('057', 'Sign formal agreement', 'verbal-cooperation', 8.0),
      'entry-into-force': NONE,
      suspension: w('160', 'Reduce relations', 'material-conflict', -4.0),
      resumption: w('050', 'Engage in diplomatic cooperation', 'verbal-cooperation', 3.5),
      withdrawal: w('160', 'Reduce relations', 'material-conflict', -4.0),
      termination: NONE,
      expiry: NONE,
    },
  },
  sanctions: {
    default: w('163', 'Impose embargo, boycott, or sanctions', 'material-conflict', -8.0),
    by: 'action',
    subtypes: {
      impose: w('163', 'Impose embargo, boycott, or sanctions', 'material-conflict', -8.0),
      lift: w('085', 'Ease economic sanctions, boycott, embargo', 'material-cooperation', 7.0),
    },
  },
  // CAMEO codes the expulsion of diplomats and the recall of an ambassador as reducing
  // diplomatic relations (161); it has no code for restoring them, so a return and a reopening
  // are coded as diplomatic cooperation (050).
  expulsion: { default: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0) },
  ambassador: {
    default: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
    by: 'action',
    subtypes: {
      recall: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
      return: w('050', 'Engage in diplomatic cooperation', 'verbal-cooperation', 3.5),
    },
  },
  embassy: {
    default: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
    by: 'action',
    subtypes: {
      close: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
      reopen: w('050', 'Engage in diplomatic cooperation', 'verbal-cooperation', 3.5),
    },
  },
  recognition: {
    default: w('054', 'Grant diplomatic recognition', 'verbal-cooperation', 6.0),
    by: 'action',
    subtypes: {
      give: w('054', 'Grant diplomatic recognition', 'verbal-cooperation', 6.0),
      withdraw: w('161', 'Reduce or break diplomatic relations', 'material-conflict', -4.0),
    },
  },
  threat: {
    default: w('130', 'Threaten', 'verbal-conflict', -4.4),
    by: 'threat',
    subtypes: {
      unspecified: w('130', 'Threaten', 'verbal-conflict', -4.4),
      'non-force': w('131', 'Threaten non-force', 'verbal-conflict', -5.8),
      sanctions: w('1312', 'Threaten to boycott, embargo, or sanction', 'verbal-conflict', -5.8),
      'break-relations': w('1313', 'Threaten to reduce or break relations', 'verbal-conflict', -5.8),
      'military-force': w('138', 'Threaten to use military force', 'verbal-conflict', -7.0),
      ultimatum: w('139', 'Give ultimatum', 'verbal-conflict', -7.0),
    },
  },
})

/**
 * The weight of one event under a weights table: the sub-type's weight where the kind has
 * sub-types, the kind's default otherwise, and the event's own `weight` over either.
 *
 * @param event - an event (built-in or of a kind in `table`)
 * @param table - the weights table to use
 * @param subtype - the sub-type to use, when it is not a field of the event (a communiqué's tone towards one actor)
 * @returns the weight, with the event's own Goldstein override applied
 * @defaultValue table - {@link WEIGHTS}
 * @example
 * ```ts
 * import { weightOf } from 'entente-timeline'
 *
 * weightOf({ kind: 'aid', aidKind: 'military' }).goldstein // 8.3
 * ```
 */
export function weightOf(
  event: { readonly kind: string; readonly weight?: number | undefined; readonly [field: string]: unknown },
  table: Readonly<Record<string, KindWeights>> = WEIGHTS,
  subtype?: string,
): Weight {
  // An own key only: a kind named "constructor" must not find Object's.
  const entry = Object.hasOwn(table, event.kind) ? table[event.kind] : undefined
  if (entry === undefined) return event.weight === undefined ? NONE : { ...NONE, goldstein: event.weight }
  let weight = entry.default
  const key = subtype ?? (entry.by === undefined ? undefined : event[entry.by])
  if (typeof key === 'string' && entry.subtypes?.[key] !== undefined) weight = entry.subtypes[key]
  return event.weight === undefined ? weight : { ...weight, goldstein: event.weight }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const goldsteinSchema = z
  .number({ error: 'must be a number' })
  .refine((n) => Number.isFinite(n) && n >= -10 && n <= 10, {
    error: (issue) => `must be a finite number from -10 to +10, not ${String(issue.input)}`,
  })

const weightSchema = z.object({
  cameo: z.string().nullable(),
  label: z.string(),
  quadClass: z.enum(QUAD_CLASSES).nullable(),
  goldstein: goldsteinSchema,
})

const kindWeightsSchema = z.object({
  default: weightSchema,
  by: z.string().optional(),
  subtypes: z.record(z.string(), weightSchema).optional(),
})

const weightTableSchema = z.record(z.string(), kindWeightsSchema, {
  error: 'must be an object of weights by kind',
})

/**
 * Checks a table of weights given to a projection, as any input is checked: every Goldstein
 * weight a finite number from -10 to +10, every quad class one of {@link QUAD_CLASSES}.
 * Internal: projections call it on the weights they are given.
 *
 * @throws {@link InvalidArgumentError} naming the first bad field (`weights.meeting.default.goldstein`)
 */
export function _checkWeights(weights: unknown, argument = 'weights'): void {
  const result = weightTableSchema.safeParse(weights)
  if (result.success) return
  const issue = result.error.issues[0]!
  throw new InvalidArgumentError([argument, ...issue.path.map(String)].join('.'), issue.message)
}

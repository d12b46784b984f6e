/**
 * Kinds of one's own: a schema and a weight, joined to the built-in union so that timelines,
 * reducers and projections type them like any other kind.
 */
import { z } from 'zod'
import { InvalidArgumentError } from '../errors.js'
import { type ActorRef, type EventBase, envelope } from './envelope.js'
import { type DiplomaticEvent, eventSchema } from './event.js'
import { _BUILT_IN_RULES, type _KindRules, type KindReference } from './kind-rules.js'
import { _validate, type ParseResult } from './parse.js'
import { safeKeySchema } from './vocabulary.js'
import { type KindWeights, WEIGHTS } from './weights.js'

/**
 * Who acts and who is acted upon in an event, for the tone between them.
 *
 * @example
 * ```ts
 * import type { Direction } from 'entente-timeline'
 *
 * const direction: Direction = { from: ['CHN'], to: ['NATO'] }
 * ```
 */
export interface Direction {
  /** The acting side. */
  readonly from: readonly string[]
  /** The side acted upon; for mutual acts (a meeting), the same as `from`. */
  readonly to: readonly string[]
}

/**
 * A kind of one's own, made by {@link defineKind}.
 *
 * @example
 * ```ts
 * import { actorIdSchema, defineKind } from 'entente-timeline'
 *
 * const sanction = defineKind('sanction', { imposer: actorIdSchema, target: actorIdSchema })
 * sanction.kind // 'sanction'
 * sanction.weights.default.quadClass // null: no weights were given, so it carries no tone
 * sanction.schema.safeParse({ kind: 'sanction' }).success // false: the envelope's fields are missing
 * ```
 */
export interface KindDefinition<
  K extends string = string,
  E extends EventBase & { readonly kind: K } = EventBase & { readonly kind: K },
> {
  /** The kind's name. */
  readonly kind: K
  /** The kind's schema: the envelope joined to its own fields. */
  readonly schema: z.ZodType<E>
  /** Its tone: CAMEO code, quad class and Goldstein weight. */
  readonly weights: KindWeights
  /** Who acts and who is acted upon; without it, the first of `actors` acts on the others. */
  readonly direction: ((event: E) => Direction) | undefined
  /** The events an event of the kind references, checked to exist; without it, none. */
  readonly references: ((event: E) => Iterable<KindReference>) | undefined
  /** Whether an event of the kind may be recorded before it begins (a planned summit). */
  readonly schedulable: boolean
}

/**
 * Options of {@link defineKind}.
 *
 * @example
 * ```ts
 * import type { DefineKindOptions } from 'entente-timeline'
 *
 * const options: DefineKindOptions<{ imposer: string; target: string }> = {
 *   weights: { default: { cameo: '163', label: 'Impose embargo, boycott, or sanctions', quadClass: 'material-conflict', goldstein: -8 } },
 * }
 * ```
 */
export interface DefineKindOptions<E> {
  /** Its tone: CAMEO code, quad class and Goldstein weight. @defaultValue no tone */
  readonly weights?: KindWeights
  /**
   * The actors the kind's fields name, each with its path, so `actors` can be checked to list
   * them. @defaultValue no check
   */
  readonly actors?: (event: E) => Iterable<ActorRef>
  /** Who acts and who is acted upon, for tone. @defaultValue the first of `actors` acts on the others */
  readonly direction?: (event: E) => Direction
  /**
   * The events an event of the kind references by id: the log checks that they exist (and are
   * of the kind named by `mustBe`) and indexes them, so a question about one finds the others.
   * @defaultValue none
   */
  readonly references?: (event: E) => Iterable<KindReference>
  /** Whether an event of the kind may be recorded before it begins (something planned). @defaultValue false */
  readonly schedulable?: boolean
}

const NO_REFERENCES: readonly KindReference[] = Object.freeze([])

const NO_WEIGHTS: KindWeights = { default: { cameo: null, label: 'No tone', quadClass: null, goldstein: 0 } }

/**
 * The event type of a kind of one's own: the envelope, `kind`, and the kind's fields.
 *
 * @example
 * ```ts
 * import type { CustomEvent } from 'entente-timeline'
 * import type { z } from 'zod'
 *
 * type Sanction = CustomEvent<'sanction', { target: z.ZodString }>
 * ```
 */
export type CustomEvent<K extends string, S extends z.ZodRawShape> = Omit<EventBase, 'kind'> & {
  readonly kind: K
} & z.output<z.ZodObject<S>>

/**
 * Defines a kind of one's own: the envelope every event has, joined to the kind's fields.
 *
 * @param kind - its name, the value of `kind`; must not be a built-in kind
 * @param shape - its own fields, as zod schemas
 * @param options - its weights, the actors its fields name, and who acts on whom
 * @returns the kind, to pass to {@link extendVocabulary}
 * @throws {@link InvalidArgumentError} when the name is a built-in kind's or a reserved key, or
 * the shape redefines a field of the envelope
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { actorIdSchema, defineKind } from 'entente-timeline'
 *
 * const sanction = defineKind('sanction', { imposer: actorIdSchema, target: actorIdSchema, measures: z.array(z.string()) }, {
 *   weights: { default: { cameo: '163', label: 'Impose embargo, boycott, or sanctions', quadClass: 'material-conflict', goldstein: -8 } },
 *   actors: (e) => [[['imposer'], e.imposer], [['target'], e.target]],
 *   direction: (e) => ({ from: [e.imposer], to: [e.target] }),
 * })
 * ```
 */
export function defineKind<const K extends string, const S extends z.ZodRawShape>(
  kind: K,
  shape: S,
  options: DefineKindOptions<CustomEvent<K, S>> = {},
): KindDefinition<K, CustomEvent<K, S>> {
  if (Object.hasOwn(WEIGHTS, kind)) throw new InvalidArgumentError('kind', `"${kind}" is a built-in kind`)
  if (!safeKeySchema.safeParse(kind).success) {
    throw new InvalidArgumentError(
      'kind',
      `"${kind}" cannot name a kind: use a non-empty name other than __proto__, constructor or prototype`,
    )
  }
  const schema = envelope(kind, shape, options.actors as never)
  return Object.freeze({
    kind,
    schema: schema as never,
    weights: options.weights ?? NO_WEIGHTS,
    direction: options.direction,
    references: options.references,
    schedulable: options.schedulable ?? false,
  })
}

/**
 * The kinds a timeline accepts, with their schema, weights and directions. The default is the
 * built-in vocabulary; {@link extendVocabulary} adds kinds of one's own.
 *
 * @example
 * ```ts
 * import { defaultVocabulary } from 'entente-timeline'
 *
 * defaultVocabulary.kinds.length // 24
 * ```
 */
export interface Vocabulary<E extends EventBase = DiplomaticEvent> {
  /** The union of every kind's schema. */
  readonly schema: z.ZodType<E>
  /** The names of the kinds. */
  readonly kinds: readonly E['kind'][]
  /** The weights of every kind. */
  readonly weights: Readonly<Record<string, KindWeights>>
  /** Who acts on whom, for the kinds of one's own that say. */
  readonly directions: Readonly<Record<string, (event: never) => Direction>>
  /**
   * The events an event references, by its kind's rules.
   *
   * @param event - a valid event of the vocabulary
   * @returns its references, in the order of its fields
   */
  references(event: E): readonly KindReference[]
  /**
   * Whether events of a kind may be recorded before they begin.
   *
   * @param kind - a kind of the vocabulary
   * @returns true for planned kinds (summits, meetings, visits, offices, memberships, agreements)
   */
  schedulable(kind: string): boolean
  /** The kinds whose events may be recorded before they begin. */
  readonly schedulableKinds: readonly string[]
  /**
   * Validates one event.
   *
   * @throws {@link ValidationError} when it is not valid
   */
  parse(value: unknown): E
  /** Validates one event without throwing. */
  safeParse(value: unknown): ParseResult<E>
  /** @internal The kinds whose events the log lists per actor as they arrive (the others when first asked for). */
  readonly _listedByActor?: ReadonlySet<string>
}

function makeVocabulary<E extends EventBase>(
  schema: z.ZodType<E>,
  kinds: readonly string[],
  weights: Record<string, KindWeights>,
  directions: Record<string, (event: never) => Direction>,
  rules: Record<string, _KindRules>,
): Vocabulary<E> {
  const frozenRules = Object.freeze({ ...rules })
  // The kinds whose reference rule is the built-in one, decided once: their rules make a new array each time.
  const builtIn = new Set(
    Object.keys(frozenRules).filter(
      (kind) =>
        Object.hasOwn(_BUILT_IN_RULES, kind) &&
        (_BUILT_IN_RULES as Record<string, _KindRules>)[kind]!.references === frozenRules[kind]!.references,
    ),
  )
  return Object.freeze({
    schema,
    kinds: Object.freeze([...kinds]) as readonly E['kind'][],
    weights: Object.freeze(weights),
    directions: Object.freeze(directions),
    references(event: E): readonly KindReference[] {
      const rule = Object.hasOwn(frozenRules, event.kind) ? frozenRules[event.kind]!.references : undefined
      if (rule === undefined) return NO_REFERENCES
      // A built-in rule makes a new array each time, the caller's to keep; a rule of one's own
      // may return any iterable, or the same array each time, so it is copied.
      const references = rule(event as never)
      return builtIn.has(event.kind) && Array.isArray(references) ? references : [...references]
    },
    schedulable(kind: string): boolean {
      return Object.hasOwn(frozenRules, kind) && frozenRules[kind]!.schedulable === true
    },
    schedulableKinds: Object.freeze(Object.keys(frozenRules).filter((kind) => frozenRules[kind]!.schedulable === true)),
    parse(value: unknown): E {
      const result = _validate(schema, value)
      if (!result.ok) throw result.error
      return result.value
    },
    safeParse(value: unknown): ParseResult<E> {
      return _validate(schema, value)
    },
    _listedByActor: new Set(Object.keys(frozenRules).filter((kind) => frozenRules[kind]!.listedByActor === true)),
  })
}

/**
 * The built-in vocabulary: the 24 kinds of the event table and their weights.
 *
 * @example
 * ```ts
 * import { defaultVocabulary } from 'entente-timeline'
 *
 * defaultVocabulary.safeParse({}).ok // false
 * ```
 */
export const defaultVocabulary: Vocabulary<DiplomaticEvent> = makeVocabulary(
  eventSchema,
  eventSchema.options.map((o) => o.shape.kind.value),
  { ...WEIGHTS },
  {},
  { ..._BUILT_IN_RULES },
)

/**
 * The built-in vocabulary with kinds of one's own added. Pass it to `Timeline.empty`,
 * `Timeline.from` or `defineProjection` to keep the new kinds typed.
 *
 * @param definitions - the kinds to add, from {@link defineKind}
 * @returns a vocabulary of the built-in kinds and the new ones
 * @throws {@link InvalidArgumentError} when two kinds share a name
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { Timeline, actorIdSchema, defineKind, extendVocabulary } from 'entente-timeline'
 *
 * const sanction = defineKind('sanction', { imposer: actorIdSchema, target: actorIdSchema }, {
 *   actors: (e) => [[['imposer'], e.imposer], [['target'], e.target]],
 * })
 * const vocabulary = extendVocabulary(sanction)
 * const timeline = Timeline.empty({ vocabulary })
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: the schema's type of each definition is inferred from the call
export function extendVocabulary<const D extends readonly KindDefinition<string, any>[]>(
  ...definitions: D
): Vocabulary<DiplomaticEvent | (D[number] extends KindDefinition<string, infer X> ? X : never)> {
  const names = new Set<string>(defaultVocabulary.kinds)
  const weights: Record<string, KindWeights> = { ...WEIGHTS }
  const directions: Record<string, (event: never) => Direction> = {}
  const rules: Record<string, _KindRules> = { ..._BUILT_IN_RULES }
  for (const definition of definitions) {
    if (names.has(definition.kind))
      throw new InvalidArgumentError('definitions', `the kind "${definition.kind}" is defined twice`)
    names.add(definition.kind)
    weights[definition.kind] = definition.weights
    if (definition.direction !== undefined)
      directions[definition.kind] = definition.direction as (event: never) => Direction
    rules[definition.kind] = {
      references: definition.references as ((event: never) => Iterable<KindReference>) | undefined,
      schedulable: definition.schedulable,
    }
  }
  const options = [...eventSchema.options, ...definitions.map((d) => d.schema)] as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ]
  const schema = z.discriminatedUnion('kind', options) as unknown as z.ZodType<
    DiplomaticEvent | (D[number] extends KindDefinition<string, infer X> ? X : never)
  >
  return makeVocabulary(schema, [...names], weights, directions, rules)
}

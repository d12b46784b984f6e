/**
 * What the log must know of a kind beyond its schema: the events it references (checked to
 * exist, indexed so that a scoped question finds them) and whether it may be recorded before
 * it happens. The built-in kinds' rules are this table; a kind of one's own gives its own to
 * `defineKind`.
 */

/**
 * A reference from an event to another event, by id.
 *
 * @example
 * ```ts
 * import type { KindReference } from 'entente-timeline'
 *
 * const toProposal: KindReference = { path: ['proposal'], id: 'nato-tokyo-office', label: 'proposal', mustBe: 'proposal' }
 * ```
 */
export interface KindReference {
  /** Where the id sits in the event. */
  readonly path: readonly (string | number)[]
  /** The id of the event referenced. */
  readonly id: string
  /** What the reference is called in messages (`event`, `proposal`, `summit`, ...). */
  readonly label: string
  /** The kind the referenced event must be. @defaultValue any kind */
  readonly mustBe?: string
  /** Whether the event modifies the one it references (a correction or a retraction). @defaultValue false */
  readonly modifies?: boolean
}

/** A kind's rules, as the log reads them. */
export interface _KindRules {
  readonly references?: ((event: never) => Iterable<KindReference>) | undefined
  readonly schedulable?: boolean | undefined
  /**
   * Whether the log lists each actor's events of this kind as they arrive: the kinds a question
   * about two sides reads for each side alone (its positions, and the offices that say who acts
   * for it). Every other kind's list is gathered when first asked for.
   */
  readonly listedByActor?: boolean | undefined
}

type Fields = Record<string, unknown>

const target = (event: Fields): KindReference[] => [
  { path: ['target'], id: event['target'] as string, label: 'event', modifies: true },
]
const summit = (event: Fields): KindReference[] =>
  event['summit'] === undefined
    ? []
    : [{ path: ['summit'], id: event['summit'] as string, label: 'summit', mustBe: 'summit' }]

/** The rules of the built-in kinds. */
export const _BUILT_IN_RULES: Readonly<Record<string, _KindRules>> = Object.freeze({
  summit: { schedulable: true },
  meeting: { schedulable: true, references: summit },
  visit: { schedulable: true },
  office: { schedulable: true, listedByActor: true },
  membership: { schedulable: true },
  actor: {},
  statement: {},
  communique: { references: summit },
  agreement: { schedulable: true },
  proposal: {},
  position: {
    listedByActor: true,
    references: (event: Fields) => [
      { path: ['proposal'], id: event['proposal'] as string, label: 'proposal', mustBe: 'proposal' },
    ],
  },
  'military-activity': {},
  reaction: {
    references: (event: Fields) => [{ path: ['respondsTo'], id: event['respondsTo'] as string, label: 'event' }],
  },
  aid: {},
  correction: { references: target },
  retraction: { references: target },
  coded: {},
  'agreement-act': {
    schedulable: true,
    references: (event: Fields) => [
      { path: ['agreement'], id: event['agreement'] as string, label: 'agreement', mustBe: 'agreement' },
      ...(event['supersededBy'] === undefined
        ? []
        : [{ path: ['supersededBy'], id: event['supersededBy'] as string, label: 'agreement', mustBe: 'agreement' }]),
    ],
  },
  sanctions: {},
  expulsion: {},
  ambassador: {},
  embassy: {},
  recognition: {},
  threat: {},
} satisfies Record<
  string,
  { references?: (event: Fields) => KindReference[]; schedulable?: boolean; listedByActor?: boolean }
>)

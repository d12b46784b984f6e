/**
 * Actor ids: states by ISO 3166-1 alpha-3, organisations by short upper-case codes, people by
 * lower-case slugs.
 */
import { z } from 'zod'

const STATE = /^[A-Z]{3}$/
const ORGANISATION = /^[A-Z][A-Z0-9]{1,15}$/
const PERSON = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * The kinds of actor the log knows.
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS } from 'entente-timeline'
 *
 * ACTOR_KINDS.includes('state') // true
 * ```
 */
export const ACTOR_KINDS = ['state', 'organisation', 'person'] as const

/**
 * A kind of actor: `'state' | 'organisation' | 'person'`.
 *
 * @example
 * ```ts
 * import type { ActorKind } from 'entente-timeline'
 *
 * const kind: ActorKind = 'organisation'
 * ```
 */
export type ActorKind = (typeof ACTOR_KINDS)[number]

/**
 * An actor id: `JPN`, `NATO`, `G7` or `kishida-fumio`.
 *
 * @example
 * ```ts
 * import { actorIdSchema } from 'entente-timeline'
 *
 * actorIdSchema.parse('NATO')
 * actorIdSchema.safeParse('Kishida').success // false
 * ```
 */
export const actorIdSchema = z
  .string()
  .max(64)
  .check((ctx) => {
    if (!ORGANISATION.test(ctx.value) && !PERSON.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        params: { code: 'invalid-format' },
        input: ctx.value,
        message: `"${truncate(ctx.value)}" is not an actor id: use ISO 3166-1 alpha-3 for a state (JPN), an upper-case code for an organisation (NATO) or a lower-case slug for a person (kishida-fumio)`,
      })
    }
  })

/**
 * An actor id: see {@link actorIdSchema}.
 *
 * @example
 * ```ts
 * import type { ActorId } from 'entente-timeline'
 *
 * const japan: ActorId = 'JPN'
 * ```
 */
export type ActorId = z.infer<typeof actorIdSchema>

/**
 * Whether an id has the form of the given kind of actor: three upper-case letters for a
 * state, an upper-case code for an organisation, a lower-case slug for a person.
 *
 * @param id - the actor id
 * @param kind - the kind it should be
 * @returns true when the id has that kind's form
 * @example
 * ```ts
 * import { actorIdFits } from 'entente-timeline'
 *
 * actorIdFits('JPN', 'state') // true
 * actorIdFits('kishida-fumio', 'state') // false
 * ```
 */
export function actorIdFits(id: string, kind: ActorKind): boolean {
  switch (kind) {
    case 'state':
      return STATE.test(id)
    case 'organisation':
      return ORGANISATION.test(id)
    case 'person':
      return PERSON.test(id)
  }
}

/**
 * Whether an id has the form of a person's id (a lower-case slug).
 *
 * @param id - the actor id
 * @returns true for a person's id
 * @example
 * ```ts
 * import { isPersonId } from 'entente-timeline'
 *
 * isPersonId('stoltenberg-jens') // true
 * ```
 */
export function isPersonId(id: string): boolean {
  return PERSON.test(id)
}

/** Shortens a value for a message, so a huge string never floods an error. */
export function _truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value
}
const truncate = _truncate

/**
 * An event id: a stable slug chosen by the caller (letters, digits, `.`, `_`, `:` and `-`).
 *
 * @example
 * ```ts
 * import { eventIdSchema } from 'entente-timeline'
 *
 * eventIdSchema.parse('summit-vilnius-2023')
 * ```
 */
export const eventIdSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    message: 'an id is a slug: letters, digits, ".", "_", ":" and "-", starting with a letter or digit',
  })

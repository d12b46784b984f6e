/** The members of an organisation at a date, each with its status and the events that say so. */
import type { ActorId } from '../model/actor-id.js'
import { defineProjection, type Projection } from '../projection/define-projection.js'
import { _applyMembership, type _Claims, _ties, type Tie } from './claims.js'

/**
 * One actor's status in the organisation.
 *
 * @example
 * ```ts
 * import type { Member } from 'entente-timeline'
 *
 * const line = (m: Member) => `${m.actor}: ${m.status} since ${m.since}`
 * ```
 */
export interface Member extends Omit<Tie, 'member' | 'organisation'> {
  /** The member (or partner, observer, ...). */
  readonly actor: ActorId
}

/**
 * What {@link membership} returns.
 *
 * @example
 * ```ts
 * import type { MembershipResult } from 'entente-timeline'
 *
 * const full = (r: MembershipResult) => r.members.filter((m) => m.status === 'member').length
 * ```
 */
export interface MembershipResult {
  /** The organisation, as asked. */
  readonly organisation: ActorId
  /** The day asked about, `YYYY-MM-DD`. */
  readonly at: string
  /** Every actor with a status in it, by actor id; disputed statuses appear once per claim. */
  readonly members: readonly Member[]
}

/**
 * The members of an organisation at a date, with their statuses (member, partner, observer,
 * invitee, applicant), since when, and the events that say so.
 *
 * @param organisation - the organisation's id
 * @returns a projection, for `timeline.project`
 * @throws {@link UnknownReferenceError} when asked of a timeline that does not declare `organisation` (as known on `knownOn`)
 * @example
 * ```ts
 * import { Timeline, membership } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const nato = timeline.project(membership('NATO'), { at: '2023-07-12' })
 * console.log(nato.members.filter((m) => m.status === 'member').length) // 31
 * ```
 */
export function membership(organisation: ActorId): Projection<MembershipResult> {
  return defineProjection<{ claims: _Claims }, MembershipResult>({
    name: `membership(${organisation})`,
    key: `membership:${organisation}`,
    scope: { actors: [organisation] },
    references: { actors: [{ argument: 'organisation', id: organisation }] },
    initial: { claims: {} },
    on: {
      membership(draft, event, ctx) {
        if (event.organisation !== organisation) return
        _applyMembership(draft.claims, event, ctx.certainty, ctx.when)
      },
    },
    result(state, ctx) {
      const members = Object.entries(state.claims)
        .flatMap(([key, group]) => _ties(key, group))
        .map(({ member, organisation: _organisation, ...tie }) => ({ actor: member, ...tie }))
        .sort((p, q) => p.actor.localeCompare(q.actor) || p.status.localeCompare(q.status))
      return { organisation, at: ctx.at, members }
    },
  })
}

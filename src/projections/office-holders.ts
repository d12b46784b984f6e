/** Who held which office of a state or organisation at a date. */
import type { ActorId } from '../model/actor-id.js'
import { defineProjection, type Projection } from '../projection/define-projection.js'

/**
 * One office and its holder.
 *
 * @example
 * ```ts
 * import type { OfficeHolder } from 'entente-timeline'
 *
 * const line = (o: OfficeHolder) => `${o.office}: ${o.person} since ${o.since}`
 * ```
 */
export interface OfficeHolder {
  /** The office, as the office event names it (`Prime Minister`). */
  readonly office: string
  /** The person who holds it. */
  readonly person: ActorId
  /** When they took it, as precisely as the office event says (`2021-10-04`, or `2021-10` when known to the month). */
  readonly since: string
  /** The office event that says so. */
  readonly evidence: readonly string[]
}

/**
 * What {@link officeHolders} returns.
 *
 * @example
 * ```ts
 * import type { OfficeHoldersResult } from 'entente-timeline'
 *
 * const pm = (r: OfficeHoldersResult) => r.offices.find((o) => o.office === 'Prime Minister')?.person
 * ```
 */
export interface OfficeHoldersResult {
  /** The state or organisation, as asked. */
  readonly actor: ActorId
  /** The day asked about, `YYYY-MM-DD`. */
  readonly at: string
  /** Every office held at the date, by office then person. */
  readonly offices: readonly OfficeHolder[]
}

/**
 * Who held which office of a state or organisation at a date.
 *
 * @param actor - the state or organisation
 * @returns a projection, for `timeline.project`
 * @throws {@link UnknownReferenceError} when asked of a timeline that does not declare `actor` (as known on `knownOn`)
 * @example
 * ```ts
 * import { Timeline, officeHolders } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const japan = timeline.project(officeHolders('JPN'), { at: '2023-07-12' })
 * console.log(japan.offices.map((o) => `${o.office}: ${o.person}`))
 * ```
 */
export function officeHolders(actor: ActorId): Projection<OfficeHoldersResult> {
  return defineProjection<{ held: Record<string, OfficeHolder> }, OfficeHoldersResult>({
    name: `officeHolders(${actor})`,
    key: `officeHolders:${actor}`,
    scope: { actors: [actor] },
    references: { actors: [{ argument: 'actor', id: actor }] },
    initial: { held: {} },
    on: {
      office(draft, event, ctx) {
        if (event.of !== actor) return
        const key = `${event.office}|${event.person}`
        // A second start of an office the person holds restates it: the term runs from the first.
        const held = Object.hasOwn(draft.held, key) ? draft.held[key] : undefined
        if (event.change === 'end') delete draft.held[key]
        else if (held !== undefined) held.evidence.push(event.id)
        else draft.held[key] = { office: event.office, person: event.person, since: ctx.when, evidence: [event.id] }
      },
    },
    result(state, ctx) {
      const offices = Object.values(state.held).sort(
        (p, q) => p.office.localeCompare(q.office) || p.person.localeCompare(q.person),
      )
      return { actor, at: ctx.at, offices }
    },
  })
}

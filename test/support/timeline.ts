/**
 * Timelines for tests: the actors a test's events name are declared first (recorded long before
 * anything else, so every knownOn view knows them), and a test lists only the events that matter
 * to it. Also small readers of results: ids, days, and a projection that traces its fold.
 */
import { type ActorKind, defineProjection, Timeline } from '../../src/index.js'
import { actor, type EventInput } from './build.js'

/** When the test actors were declared: before anything a test records. */
export const DECLARED = '1900-01-01T00:00:00Z'

/** The kind of actor an id reads as: a lower-case slug is a person, three capitals a state, any other code an organisation. */
export function actorKindOf(id: string): ActorKind {
  if (/^[a-z]/.test(id)) return 'person'
  return /^[A-Z]{3}$/.test(id) ? 'state' : 'organisation'
}

/** An `actor` event for each id, recorded at {@link DECLARED}. */
export function declarations(ids: Iterable<string>): EventInput<'actor'>[] {
  return [...new Set(ids)].map((id) => actor(id, actorKindOf(id), { occurred: '1900', recorded: DECLARED }))
}

/** Every actor an event input names: its `actors`, and those a correction adds. */
function actorsNamed(event: object): string[] {
  const e = event as { actors?: unknown; changes?: { actors?: unknown } }
  const own = Array.isArray(e.actors) ? (e.actors as string[]) : []
  const added = Array.isArray(e.changes?.actors) ? (e.changes.actors as string[]) : []
  return [...own, ...added]
}

/** The declarations a list of events needs (actors they name that none of them declares). */
export function declarationsFor(events: readonly object[]): EventInput<'actor'>[] {
  const declaredHere = new Set(events.filter((e) => (e as { kind?: unknown }).kind === 'actor').flatMap(actorsNamed))
  return declarations(events.flatMap(actorsNamed).filter((id) => !declaredHere.has(id)))
}

/** A timeline of these events, in this order, after declarations of every actor they name. */
export function timelineOf(events: readonly object[]): Timeline {
  return Timeline.from([...declarationsFor(events), ...events])
}

/** The ids of events, in order. */
export function idsOf(events: readonly { readonly id: string }[]): string[] {
  return events.map((event) => event.id)
}

/** The ids of a timeline's events that are not actor declarations, in append order. */
export function eventIds(timeline: Timeline): string[] {
  return idsOf(timeline.events.filter((event) => event.kind !== 'actor'))
}

/** The ISO day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
}

/**
 * A projection that lists, in fold order, every meeting, statement and military activity it
 * folds, with the day and certainty it was folded with: a trace of the fold, so tests can see
 * order, placement and corrections.
 */
export const trace = defineProjection({
  name: 'trace',
  initial: { folded: [] as string[] },
  on: {
    meeting(draft, event, ctx) {
      draft.folded.push(`${event.id}@${ctx.date}:${ctx.certainty}`)
    },
    statement(draft, event, ctx) {
      draft.folded.push(`${event.id}@${ctx.date}:${ctx.certainty}`)
    },
    'military-activity'(draft, event, ctx) {
      draft.folded.push(`${event.id}@${ctx.date}:${ctx.certainty}`)
    },
  },
})

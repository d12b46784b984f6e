/**
 * The actors and events a projection is asked about must be in the log it reads: a question
 * about an id the log never heard of (a misspelling, an actor not yet declared) would otherwise
 * answer with nothing, as if the log knew there was nothing to tell.
 */
import { UnknownReferenceError } from '../errors.js'
import type { _View } from '../log/view.js'
import type { EventBase } from '../model/envelope.js'
import { closest } from '../suggest.js'
import type { ProjectionReferences } from './define-projection.js'

/**
 * Throws an {@link UnknownReferenceError} for the first actor the view does not declare, or the
 * first event it does not hold (or holds with another kind), in the order the projection lists
 * them. Declared means by an `actor` event the view sees, whatever its valid time: a declaration
 * retracted later still counts, as it does for the log's own checks.
 */
export function _checkReferences<E extends EventBase>(
  view: _View<E>,
  name: string,
  references: ProjectionReferences | undefined,
): void {
  if (references === undefined) return
  for (const { argument, id } of references.actors ?? []) {
    if (declared(view, id)) continue
    const later = view.log.declaredAt(id)
    // An actor the log declares later is no misspelling: no suggestion then.
    const { ids, names } = later === undefined ? declarations(view) : { ids: [], names: new Map<string, string>() }
    const suggestion = names.get(id.toLowerCase()) ?? closest(id, ids)
    throw new UnknownReferenceError({
      projection: name,
      argument,
      referenceKind: 'actor',
      reference: id,
      ...knownOn(view),
      ...(later === undefined ? {} : { recordedLater: new Date(later).toISOString() }),
      ...(suggestion === undefined ? {} : { suggestion }),
    })
  }
  for (const { argument, id, kind } of references.events ?? []) {
    const seq = view.log.positionOf(id)
    const seen = seq !== undefined && view.sees(seq)
    const found = seen ? view.log.event(seq).kind : undefined
    if (seen && (kind === undefined || found === kind)) continue
    const referenceKind = kind === 'proposal' ? 'proposal' : 'event'
    const suggestion = seq !== undefined ? undefined : closestEvent(view, id, kind)
    throw new UnknownReferenceError({
      projection: name,
      argument,
      referenceKind,
      reference: id,
      ...knownOn(view),
      ...(seq !== undefined && !seen ? { recordedLater: new Date(view.log.recorded(seq)).toISOString() } : {}),
      ...(found === undefined ? {} : { found }),
      ...(suggestion === undefined ? {} : { suggestion }),
    })
  }
}

/** Whether an `actor` event the view sees declares the actor: the index first, a scan only when it cannot tell. */
function declared<E extends EventBase>(view: _View<E>, id: string): boolean {
  const at = view.log.declaredAt(id)
  if (at === undefined) return false
  if (!(at < view.bound)) return false
  // The whole log, as known on some date: the earliest declaration is recorded before it.
  if (view.length === view.log.length && view.log.absent === 0) return true
  // An older version or a fork: the earliest declaration may lie past what the view holds.
  for (const entry of view.log.actorEntries(id))
    if (view.sees(entry.seq) && view.log.event(entry.seq).kind === 'actor') return true
  return false
}

/**
 * The `knownOn` of a view that does not see all it holds, for the message: the day, when the view
 * knows up to the end of one (`knownOn: '2023-07-12'`), else the last instant it knows.
 */
function knownOn<E extends EventBase>(view: _View<E>): { knownOn?: string } {
  if (view.bound === Infinity) return {}
  const last = new Date(view.bound - 1).toISOString()
  return { knownOn: last.endsWith('T23:59:59.999Z') ? last.slice(0, 10) : last }
}

/** The actors the view declares, and the names and aliases they go by (lower case), for a suggestion. */
function declarations<E extends EventBase>(view: _View<E>): { ids: string[]; names: Map<string, string> } {
  const ids = new Set<string>()
  const names = new Map<string, string>()
  for (let seq = 0; seq < view.length; seq++) {
    if (!view.sees(seq)) continue
    const event = view.log.event(seq) as EventBase & { name?: unknown; aliases?: unknown }
    if (event.kind !== 'actor') continue
    const id = event.actors[0]!
    ids.add(id)
    for (const name of [event.name, ...(Array.isArray(event.aliases) ? event.aliases : [])])
      if (typeof name === 'string' && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), id)
  }
  return { ids: [...ids], names }
}

/** The id of an event of the kind wanted closest to the one asked about, if one is close. */
function closestEvent<E extends EventBase>(view: _View<E>, id: string, kind: string | undefined): string | undefined {
  const ids: string[] = []
  for (let seq = 0; seq < view.length; seq++)
    if (view.sees(seq) && (kind === undefined || view.log.event(seq).kind === kind)) ids.push(view.log.event(seq).id)
  return closest(id, ids)
}

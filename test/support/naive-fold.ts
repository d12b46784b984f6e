/**
 * The slowest correct answer to "what does this projection say at this date, as known on that
 * date": a fold from the initial state over the whole log, one immer `produce` per event, with
 * no indexes, caches or checkpoints. Properties compare the engine with it.
 *
 * What it implements, from the design: a view keeps the events recorded before `knownOn`; an
 * event reads with the corrections the view knows applied in recorded order (a retracted
 * correction is not applied), and is left out when the view knows a retraction of it; events
 * fold in order of their (corrected) interval start, then recorded time, then append position;
 * under 'strict' an event counts once its interval has ended by `at`, under 'possible' once it
 * has begun; a person acts for the actors whose office they held at the event's start.
 */
import { produce } from 'immer'
import {
  type DiplomaticEvent,
  type EventContext,
  type PartialDate,
  type Projection,
  parseEvent,
  type ResultContext,
  toInterval,
  type Uncertainty,
  WEIGHTS,
  weightOf,
} from '../../src/index.js'
import { asWritten } from './reference/built-ins.js'

const DAY = 86_400_000

/** The exclusive bound of a query date given as a day (its end) or an instant (just after it). */
export function boundOf(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) + DAY : Date.parse(date) + 1
}

interface Placed {
  readonly event: DiplomaticEvent
  readonly seq: number
  readonly rec: number
  readonly start: number
  readonly end: number
  readonly approximate: boolean
}

const parsed = new WeakMap<object, DiplomaticEvent>()
/** Parses an input once (inputs are objects a test does not change). */
function parse(input: unknown): DiplomaticEvent {
  if (input === null || typeof input !== 'object') return parseEvent(input)
  let event = parsed.get(input)
  if (event === undefined) parsed.set(input, (event = parseEvent(input)))
  return event
}

const recordedMs = (recorded: string): number =>
  Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(recorded) ? `${recorded}T00:00:00Z` : recorded)

/** The events of a log as a view knows them: corrected, without retracted ones, each placed in valid time. */
export function naiveView(inputs: readonly unknown[], knownOn?: string): Placed[] {
  const known = knownOn === undefined ? Infinity : boundOf(knownOn)
  const all = inputs.map((input, seq) => ({ event: parse(input), seq }))
  const visible = all.filter(({ event }) => recordedMs(event.recorded) < known)
  const retracted = new Set(visible.flatMap(({ event }) => (event.kind === 'retraction' ? [event.target] : [])))
  const placed: Placed[] = []
  for (const { event, seq } of visible) {
    if (retracted.has(event.id)) continue
    const corrections = visible
      .filter(({ event: c }) => c.kind === 'correction' && c.target === event.id && !retracted.has(c.id))
      .sort((p, q) => recordedMs(p.event.recorded) - recordedMs(q.event.recorded) || p.seq - q.seq)
    let current: DiplomaticEvent = event
    for (const { event: correction } of corrections) {
      if (correction.kind === 'correction') current = parseEvent({ ...current, ...correction.changes })
    }
    const interval = toInterval(current.occurred as PartialDate)
    placed.push({
      event: current,
      seq,
      rec: recordedMs(event.recorded),
      start: Date.parse(interval.start),
      end: Date.parse(interval.end),
      approximate: interval.approximate,
    })
  }
  return placed.sort((p, q) => p.start - q.start || p.rec - q.rec || p.seq - q.seq)
}

/** Who acted for whom, from the office events a view knows, taken in valid-time order. */
function naiveOffices(placed: readonly Placed[]): (actor: string, at: number) => readonly string[] {
  const terms: { person: string; office: string; of: string; start: number; end: number }[] = []
  for (const { event, start } of placed) {
    if (event.kind !== 'office') continue
    const open = terms.findLast(
      (t) => t.person === event.person && t.office === event.office && t.of === event.of && t.end === Infinity,
    )
    // A second start of an office the person holds restates it (docs/projections.md): one term.
    if (event.change === 'start' && open === undefined)
      terms.push({ person: event.person, office: event.office, of: event.of, start, end: Infinity })
    else if (event.change === 'end' && open !== undefined) open.end = start
  }
  return (actor, at) => {
    const held = [...new Set(terms.filter((t) => t.person === actor && t.start <= at && at < t.end).map((t) => t.of))]
    return held.length > 0 ? held : [actor]
  }
}

/** A query of the naive fold. */
export interface NaiveQuery {
  readonly at: string
  readonly knownOn?: string | undefined
  readonly uncertainty?: Uncertainty | undefined
}

/** The projection's result, folded from nothing over the whole log, one event at a time. */
export function naiveProject<R>(inputs: readonly unknown[], projection: Projection<R>, query: NaiveQuery): R {
  const definition = projection.definition
  const bound = boundOf(query.at)
  const policy = query.uncertainty ?? 'strict'
  const placed = naiveView(inputs, query.knownOn)
  const actingFor = naiveOffices(placed)
  const weights = { ...WEIGHTS, ...definition.weights }
  let state = definition.initial
  for (const { event, start, end, approximate } of placed) {
    if (policy === 'strict' ? end > bound : start >= bound) continue
    const ctx: EventContext = {
      at: new Date(bound - 1).toISOString(),
      date: new Date(start).toISOString().slice(0, 10),
      when: asWritten(event.occurred as unknown),
      interval: { start: new Date(start).toISOString(), end: new Date(end).toISOString(), approximate },
      certainty: event.certainty,
      actingFor: (actor) => actingFor(actor, start),
      weight: (subtype) => weightOf(event, weights, subtype),
    }
    state = produce(state, (draft) => {
      const reducer = (
        definition.on as Record<string, ((d: unknown, e: unknown, c: EventContext) => void) | undefined>
      )[event.kind]
      reducer?.(draft, event, ctx)
      definition.every?.(draft as never, event, ctx)
    })
  }
  if (definition.result === undefined) return state as R
  const instant = bound - 1
  const resultCtx: ResultContext = {
    at: new Date(instant).toISOString().slice(0, 10),
    instant: new Date(instant).toISOString(),
    daysSince: (date) => (instant - Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date)) / DAY,
    // Every state or organisation an office event the view knows has the person take an office of.
    officesHeld: (actor) => [
      ...new Set(
        placed
          .map(({ event }) => event)
          .filter((event) => event.kind === 'office' && event.change === 'start' && event.person === actor)
          .map((event) => (event as { of: string }).of),
      ),
    ],
  }
  return definition.result(state, resultCtx) as R
}

/**
 * Whether a question names an actor or event the log does not hold as known on `knownOn`
 * (docs/projections.md, "What a question may name"): an actor declared by an `actor` event
 * recorded by then, an event recorded by then and of the kind asked.
 */
export function naiveRefuses(inputs: readonly unknown[], projection: Projection<unknown>, query: NaiveQuery): boolean {
  const bound = query.knownOn === undefined ? Infinity : boundOf(query.knownOn)
  const known = (inputs as { id: string; kind: string; recorded: string; actors: string[] }[]).filter(
    (input) => Date.parse(input.recorded) < bound,
  )
  const references = projection.definition.references
  const actorMissing = (references?.actors ?? []).some(
    ({ id }) => !known.some((input) => input.kind === 'actor' && input.actors[0] === id),
  )
  const eventMissing = (references?.events ?? []).some(
    ({ id, kind }) => !known.some((input) => input.id === id && (kind === undefined || input.kind === kind)),
  )
  return actorMissing || eventMissing
}

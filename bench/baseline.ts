/**
 * Hand-written baselines for the benchmarks: what a careful programmer would write without the
 * library, with plain mutable objects and loops. They compute the same results as `network()`
 * and `relationship(a, b)` (the benchmark checks that before timing), with the same tone and
 * ties arithmetic, so the comparison measures the engine, not the model.
 *
 * They take shortcuts the library cannot: the log is fixed once prepared, and corrections are
 * assumed to change only `certainty` (as in the synthetic logs of bench/generate.ts).
 */
import {
  type DiplomaticEvent,
  isPersonId,
  type NetworkResult,
  type RelationshipResult,
  type Stance,
  type Unattributed,
  WEIGHTS,
  weightOf,
} from '../src/index.js'
import { _dateOf, _parseDateString, _recordedMs, _toMsInterval } from '../src/model/partial-date.js'
import { _actsOf, _resolve } from '../src/projections/acts.js'
import { _applyMembership, type _Claims, _ties } from '../src/projections/claims.js'
import { _add, _initialTone, _sideSum, _summary, type _ToneState } from '../src/projections/tone.js'

const DAY = 86_400_000

/** An event placed in valid time, with what later corrected or retracted it. */
export interface Placed {
  readonly seq: number
  readonly start: number
  readonly end: number
  readonly rec: number
  readonly event: DiplomaticEvent
  /** Corrections (new certainty) and retractions, by recorded time. */
  readonly mods: { readonly rec: number; readonly certainty?: string; readonly retracted?: true }[]
}

interface Term {
  readonly of: string
  readonly start: number
  readonly startRec: number
  end: number
  endRec: number
  readonly office: string
}

/** A log made ready for hand-written folds: events in valid-time order and the terms of office. */
export interface Prepared {
  readonly placed: readonly Placed[]
  readonly terms: ReadonlyMap<string, Term[]>
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function boundDay(bound: number): string {
  return isoDay(bound - 1)
}

/** Sorts the log into valid-time order and collects its corrections and terms of office. */
export function prepare(events: readonly DiplomaticEvent[]): Prepared {
  const bySeq: Placed[] = []
  const seqOf = new Map<string, number>()
  events.forEach((event, seq) => {
    const interval = _toMsInterval(event.occurred)
    seqOf.set(event.id, seq)
    bySeq.push({ seq, start: interval.start, end: interval.end, rec: _recordedMs(event.recorded), event, mods: [] })
  })
  for (const placed of bySeq) {
    const event = placed.event
    if (event.kind === 'correction') {
      const keys = Object.keys(event.changes)
      if (keys.length !== 1 || keys[0] !== 'certainty')
        throw new Error(`the baseline handles corrections of certainty only (${event.id})`)
      bySeq[seqOf.get(event.target)!]!.mods.push({ rec: placed.rec, certainty: event.changes['certainty'] as string })
    } else if (event.kind === 'retraction') {
      const target = bySeq[seqOf.get(event.target)!]!
      if (target.event.kind === 'correction')
        throw new Error(`the baseline does not handle retracted corrections (${event.id})`)
      target.mods.push({ rec: placed.rec, retracted: true })
    }
  }
  for (const placed of bySeq) placed.mods.sort((a, b) => a.rec - b.rec)
  const placed = [...bySeq].sort((a, b) => a.start - b.start || a.rec - b.rec || a.seq - b.seq)
  const terms = new Map<string, Term[]>()
  for (const p of placed) {
    const event = p.event
    if (event.kind !== 'office' || p.mods.some((m) => m.retracted === true)) continue
    let list = terms.get(event.person)
    if (list === undefined) terms.set(event.person, (list = []))
    if (event.change === 'start')
      list.push({
        of: event.of,
        office: event.office,
        start: p.start,
        startRec: p.rec,
        end: Infinity,
        endRec: Infinity,
      })
    else {
      const open = list.findLast(
        (term) => term.office === event.office && term.of === event.of && term.end === Infinity,
      )
      if (open !== undefined) {
        open.end = p.start
        open.endRec = p.rec
      }
    }
  }
  return { placed, terms }
}

/** The certainty of an event as known before `known`, or null when a known retraction withdrew it. */
function certaintyOf(p: Placed, known: number): string | null {
  let certainty: string = p.event.certainty
  for (const mod of p.mods) {
    if (mod.rec >= known) break
    if (mod.retracted === true) return null
    certainty = mod.certainty!
  }
  return certainty
}

/** Who a person acted for at an instant, by the terms known before `known`. */
function actingFor(terms: Prepared['terms'], actor: string, at: number, known: number): readonly string[] {
  const list = terms.get(actor)
  if (list === undefined) return [actor]
  const out: string[] = []
  for (const term of list) {
    if (term.startRec >= known) continue
    const end = term.endRec < known ? term.end : Infinity
    if (term.start <= at && at < end && !out.includes(term.of)) out.push(term.of)
  }
  return out.length > 0 ? out : [actor]
}

interface DyadState {
  tone: _ToneState
  claims?: _Claims
}

/**
 * The network at a date, folded by hand over the whole log, as `network()` computes it.
 *
 * @param prepared - the prepared log
 * @param bound - the exclusive bound of the date asked about (ms)
 * @param halfLife - the tone half-life (ms)
 */
export function networkFold(prepared: Prepared, bound: number, halfLife: number): NetworkResult {
  const dyads: Record<string, DyadState> = {}
  const dyad = (p: string, q: string): DyadState => {
    const key = p < q ? `${p}|${q}` : `${q}|${p}`
    return (dyads[key] ??= { tone: _initialTone() })
  }
  const { placed, terms } = prepared
  let start = 0
  const resolveFor = (actor: string): readonly string[] => actingFor(terms, actor, start, Infinity)
  const counted = new Set<string>()
  for (const p of placed) {
    if (p.start >= bound) break
    if (p.end > bound) continue
    const certainty = certaintyOf(p, Infinity)
    if (certainty === null) continue
    const event = p.event
    start = p.start
    if (event.kind === 'membership' && event.member !== event.organisation) {
      const state = dyad(event.member, event.organisation)
      _applyMembership((state.claims ??= {}), event, certainty as never, _dateOf(event.occurred))
    }
    const acts = _actsOf(event, {})
    if (acts.length === 0) continue
    const t = Math.floor(p.start / DAY) * DAY
    for (const act of acts) {
      const weight = weightOf(event as never, WEIGHTS, act.subtype)
      if (weight.quadClass === null) continue
      const from = _resolve(act.from, resolveFor)
      const to = act.mutual ? from : _resolve(act.to, resolveFor)
      counted.clear()
      for (let i = 0; i < from.length; i++) {
        for (let j = act.mutual ? i + 1 : 0; j < to.length; j++) {
          const f = from[i]!
          const g = to[j]!
          const lo = f < g ? f : g
          const hi = f < g ? g : f
          if (lo === hi) continue
          const key = `${lo}|${hi}`
          if (counted.has(key)) continue
          counted.add(key)
          const tone = dyad(lo, hi).tone
          _add(tone.all, weight.goldstein, t, halfLife)
          tone.quads[weight.quadClass]++
          if (act.mutual) {
            _add(_sideSum(tone.by, lo), weight.goldstein, t, halfLife)
            _add(_sideSum(tone.by, hi), weight.goldstein, t, halfLife)
          } else _add(_sideSum(tone.by, from.includes(lo) && to.includes(hi) ? lo : hi), weight.goldstein, t, halfLife)
        }
      }
    }
  }
  const out = Object.keys(dyads)
    .sort()
    .map((key) => {
      const [p, q] = key.split('|') as [string, string]
      const entry = dyads[key]!
      const ties =
        entry.claims === undefined
          ? []
          : Object.entries(entry.claims).flatMap(([claimKey, group]) => _ties(claimKey, group))
      return { pair: [p, q] as const, tone: _summary(entry.tone, [p, q], bound, halfLife), ties }
    })
  return { at: boundDay(bound), dyads: out }
}

function connects(from: readonly string[], to: readonly string[], a: string, b: string): boolean {
  return (from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a))
}

function firstStartingAtOrAfter(list: readonly Placed[], ms: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]!.start < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

interface RelationshipState {
  claims: _Claims
  agreements: Record<
    string,
    { id: string; title: string; areas: string[]; from: string; fromMs: number; until?: string; untilMs: number }
  >
  meetings: number
  visits: number
  summits: number
  last?: { date: string; event: string }
  tone: _ToneState
  positions: Record<string, Record<string, Stance>>
  quotes: { speaker: string; quote: string; date: string; event: string }[]
  unattributed: (Unattributed & { actors: string[] })[]
  evidence: Record<string, true>
}

/** Kinds that are contacts, counted or not, whatever their tone. */
const CONTACTS = new Set(['meeting', 'visit', 'summit'])

/**
 * A per-dyad index: for every pair of actors that appear together in an event (people resolved
 * to the actors they acted for), that pair's events in valid-time order; and every actor's
 * positions. A relationship at a date is a binary search and a fold of the pair's events.
 */
export class DyadIndex {
  readonly dyads = new Map<string, Placed[]>()
  readonly positions = new Map<string, Placed[]>()

  constructor(readonly prepared: Prepared) {
    const { terms } = prepared
    const resolved: string[] = []
    for (const p of prepared.placed) {
      resolved.length = 0
      for (const actor of p.event.actors) {
        for (const side of actingFor(terms, actor, p.start, Infinity)) if (!resolved.includes(side)) resolved.push(side)
        // As the engine's pair streams: a person stands for every side they ever held office in,
        // so that an event of theirs outside their terms is there to be reported as unattributed.
        for (const term of terms.get(actor) ?? []) if (!resolved.includes(term.of)) resolved.push(term.of)
      }
      if (p.event.kind === 'position') {
        for (const side of actingFor(terms, p.event.actor, p.start, Infinity)) push(this.positions, side, p)
        continue
      }
      for (let i = 0; i < resolved.length; i++) {
        for (let j = i + 1; j < resolved.length; j++) {
          const f = resolved[i]!
          const g = resolved[j]!
          push(this.dyads, f < g ? `${f}|${g}` : `${g}|${f}`, p)
        }
      }
    }
  }

  /** The relationship of `a` and `b` at a bound (ms), as known before `known` (ms). */
  relationship(a: string, b: string, bound: number, known: number, halfLife: number): RelationshipResult {
    const [x, y] = a < b ? [a, b] : [b, a]
    const { terms } = this.prepared
    const state: RelationshipState = {
      claims: {},
      agreements: {},
      meetings: 0,
      visits: 0,
      summits: 0,
      tone: _initialTone(),
      positions: {},
      quotes: [],
      unattributed: [],
      evidence: {},
    }
    let start = 0
    const resolveFor = (actor: string): readonly string[] => actingFor(terms, actor, start, known)
    let lastDay = ''
    const contact = (date: string, day: string, id: string): void => {
      if (state.last === undefined || day >= lastDay) {
        state.last = { date, event: id }
        lastDay = day
      }
    }
    const list = this.dyads.get(`${x}|${y}`) ?? []
    const px = this.positions.get(x) ?? []
    const py = this.positions.get(y) ?? []
    // The pair's events and either side's positions, merged in valid-time order: decayed sums
    // must see acts in time order.
    for (
      let i = 0,
        j = 0,
        k = 0,
        hi = firstStartingAtOrAfter(list, bound),
        hx = firstStartingAtOrAfter(px, bound),
        hy = firstStartingAtOrAfter(py, bound);
      i < hi || j < hx || k < hy;
    ) {
      let p = i < hi ? list[i]! : undefined
      if (j < hx && (p === undefined || compare(px[j]!, p) < 0)) p = px[j]!
      if (k < hy && (p === undefined || compare(py[k]!, p) < 0)) p = py[k]!
      if (i < hi && list[i] === p) i++
      if (j < hx && px[j] === p) j++
      if (k < hy && py[k] === p) k++
      if (p === undefined || p.end > bound || p.rec >= known) continue
      const certainty = certaintyOf(p, known)
      if (certainty === null) continue
      const event = p.event
      // Days order the contacts; results keep the precision of the event's date.
      const day = isoDay(p.start)
      const date = _dateOf(event.occurred)
      start = p.start
      switch (event.kind) {
        case 'membership':
          if (connects([event.member], [event.organisation], x, y)) {
            _applyMembership(state.claims, event, certainty as never, date)
            state.evidence[event.id] = true
          }
          break
        case 'agreement':
          if (event.parties.includes(x) && event.parties.includes(y)) {
            const from = _parseDateString(event.inForce.from) as { start: number }
            const until =
              event.inForce.until === undefined ? undefined : (_parseDateString(event.inForce.until) as { end: number })
            state.agreements[event.id] = {
              id: event.id,
              title: event.title,
              areas: [...event.areas],
              from: event.inForce.from,
              fromMs: from.start,
              ...(event.inForce.until === undefined ? {} : { until: event.inForce.until }),
              untilMs: until === undefined ? Infinity : until.end,
            }
            state.evidence[event.id] = true
          }
          break
        case 'meeting': {
          const present = _resolve(
            event.participants.map((q) => q.for ?? q.actor),
            resolveFor,
          )
          if (present.includes(x) && present.includes(y)) {
            state.meetings++
            contact(date, day, event.id)
            state.evidence[event.id] = true
          }
          break
        }
        case 'visit':
          if (connects(resolveFor(event.visitor), resolveFor(event.host), x, y)) {
            state.visits++
            contact(date, day, event.id)
            state.evidence[event.id] = true
          }
          break
        case 'summit': {
          const present = _resolve(
            [
              event.host,
              ...(event.organisation === undefined ? [] : [event.organisation]),
              ...event.attendees.map((q) => q.actor),
            ],
            resolveFor,
          )
          if (present.includes(x) && present.includes(y)) {
            state.summits++
            contact(date, day, event.id)
            state.evidence[event.id] = true
          }
          break
        }
        case 'position':
          for (const side of _resolve([event.actor], resolveFor)) {
            if (side !== x && side !== y) continue
            if (!Object.hasOwn(state.positions, event.proposal)) state.positions[event.proposal] = {}
            state.positions[event.proposal]![side] = event.stance
            state.evidence[event.id] = true
          }
          break
        case 'statement':
          if (connects(_resolve([event.for ?? event.speaker], resolveFor), _resolve(event.about, resolveFor), x, y)) {
            state.quotes.push({ speaker: event.speaker, quote: event.quote, date, event: event.id })
            state.evidence[event.id] = true
          }
          break
        default:
          break
      }
      const acts = _actsOf(event, {})
      const t = Math.floor(p.start / DAY) * DAY
      for (const act of acts) {
        const from = _resolve(act.from, resolveFor)
        const to = act.mutual ? from : _resolve(act.to, resolveFor)
        if (!connects(from, to, x, y)) continue
        const weight = weightOf(event as never, WEIGHTS, act.subtype)
        if (weight.quadClass === null) continue
        _add(state.tone.all, weight.goldstein, t, halfLife)
        state.tone.quads[weight.quadClass]++
        if (act.mutual) {
          _add(_sideSum(state.tone.by, x), weight.goldstein, t, halfLife)
          _add(_sideSum(state.tone.by, y), weight.goldstein, t, halfLife)
        } else _add(_sideSum(state.tone.by, from.includes(x) && to.includes(y) ? x : y), weight.goldstein, t, halfLife)
        state.evidence[event.id] = true
      }
      // An event of the pair that counted for nothing while people in it held no office.
      if (!Object.hasOwn(state.evidence, event.id) && CONTACTS.has(event.kind)) {
        const named =
          event.kind === 'meeting'
            ? event.participants.filter((q) => q.for === undefined).map((q) => q.actor)
            : event.kind === 'visit'
              ? [event.visitor, event.host]
              : event.kind === 'summit'
                ? [event.host, ...event.attendees.map((q) => q.actor)]
                : []
        const people = [...new Set(named)].filter((actor) => {
          if (!isPersonId(actor)) return false
          const sides = resolveFor(actor)
          return sides.length === 1 && sides[0] === actor
        })
        if (people.length > 0) {
          const who =
            people.length === 1 ? `${people[0]} held` : `${people.slice(0, -1).join(', ')} and ${people.at(-1)} held`
          state.unattributed.push({
            event: event.id,
            kind: event.kind,
            date,
            people: [...people].sort(),
            reason: `${who} no office on ${date}: it counts for no state or organisation`,
            actors: [...event.actors],
          })
        }
      }
    }
    // Of those, the pair's: each side named (itself or someone who ever held an office of it, as
    // known), and someone unplaced who held an office of either side at another time.
    const held = (actor: string): string[] =>
      (terms.get(actor) ?? []).filter((t) => t.startRec < known).map((t) => t.of)
    const names = (actors: readonly string[], side: string): boolean =>
      actors.some((actor) => actor === side || held(actor).includes(side))
    const unattributed = state.unattributed
      .filter(
        (u) =>
          u.people.some((person) => held(person).includes(x) || held(person).includes(y)) &&
          names(u.actors, x) &&
          names(u.actors, y),
      )
      .map(({ actors: _actors, ...u }) => u)
    const ties = Object.entries(state.claims).flatMap(([key, group]) => _ties(key, group))
    const agreements = Object.values(state.agreements)
      .filter((agreement) => agreement.fromMs < bound && bound <= agreement.untilMs)
      .map((agreement) => ({
        id: agreement.id,
        title: agreement.title,
        areas: agreement.areas,
        inForce: { from: agreement.from, ...(agreement.until === undefined ? {} : { until: agreement.until }) },
        status: 'in-force' as const,
        withdrawn: [],
        evidence: [agreement.id],
      }))
    // The synthetic logs have no agreement acts: an agreement ends only by its `until`.
    const ended = Object.values(state.agreements)
      .filter((agreement) => agreement.fromMs < bound && agreement.untilMs < bound)
      .map((agreement) => ({
        id: agreement.id,
        title: agreement.title,
        ended: agreement.until!,
        how: 'expiry' as const,
        withdrawn: [],
        evidence: [agreement.id],
      }))
      .sort((p, q) => (p.ended < q.ended ? -1 : p.ended > q.ended ? 1 : p.id < q.id ? -1 : 1))
    const stances = Object.entries(state.positions)
      .filter(([, stances]) => Object.hasOwn(stances, x) && Object.hasOwn(stances, y))
      .map(([proposal, stances]) => ({ proposal, stances: { [a]: stances[a]!, [b]: stances[b]! } }))
    return {
      pair: [a, b] as const,
      at: boundDay(bound),
      ties,
      agreements,
      ended,
      areas: [...new Set(agreements.flatMap((agreement) => agreement.areas))].sort(),
      contacts: {
        meetings: state.meetings,
        visits: state.visits,
        summits: state.summits,
        ...(state.last === undefined ? {} : { last: state.last }),
      },
      tone: _summary(state.tone, [a, b], bound, halfLife),
      stances,
      quotes: state.quotes,
      unattributed,
      evidence: Object.keys(state.evidence).sort(),
    }
  }
}

function compare(a: Placed, b: Placed): number {
  return a.start - b.start || a.rec - b.rec || a.seq - b.seq
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/**
 * The relationship of two actors at a date: ties, agreements in force, contacts, tone, stances
 * on shared proposals and quotes, every fact with the events it came from.
 */
import type { ActorId } from '../model/actor-id.js'
import { _parseDateString } from '../model/partial-date.js'
import type { Stance } from '../model/vocabulary.js'
import type { KindWeights } from '../model/weights.js'
import { defineProjection, type EventContext, type Projection } from '../projection/define-projection.js'
import { _dayStartOf, _directionsOf } from '../projection/run.js'
import { _actsOf, _resolve } from './acts.js'
import { _applyMembership, type _Claims, _ties, type Tie } from './claims.js'
import { _add, _halfLifeMs, _initialTone, _sideSum, _summary, type _ToneState, type ToneSummary } from './tone.js'

/**
 * Options of {@link relationship}: how tone is weighed.
 *
 * @example
 * ```ts
 * import { relationship, type RelationshipOptions } from 'entente-timeline'
 *
 * const options: RelationshipOptions = { halfLifeDays: 180 }
 * relationship('JPN', 'NATO', options)
 * ```
 */
export interface RelationshipOptions {
  /** The half-life of tone, in days: an act weighs half as much this many days later. @defaultValue 365 */
  readonly halfLifeDays?: number
  /**
   * Weights of the kinds to weigh otherwise, laid kind by kind over the timeline's vocabulary's
   * (see `WEIGHTS`). @defaultValue the vocabulary's weights
   */
  readonly weights?: Readonly<Record<string, KindWeights>>
}

/**
 * An agreement in force between the two actors.
 *
 * @example
 * ```ts
 * import type { AgreementInForce } from 'entente-timeline'
 *
 * const until = (agreement: AgreementInForce) => agreement.inForce.until ?? 'open-ended'
 * ```
 */
export interface AgreementInForce {
  /** The agreement event's id. */
  readonly id: string
  /** Its title. */
  readonly title: string
  /** Its areas of cooperation, as the event lists them. */
  readonly areas: readonly string[]
  /** When it is in force, as the event writes it. */
  readonly inForce: {
    /** The first date it is in force. */
    readonly from: string
    /** The last date it is in force, included at its own precision (`2026`: through 31 December 2026); absent while open-ended. */
    readonly until?: string
  }
  /** The agreement event. */
  readonly evidence: readonly string[]
}

/**
 * A quote between the two actors.
 *
 * @example
 * ```ts
 * import type { Quote } from 'entente-timeline'
 *
 * const line = (quote: Quote) => `${quote.speaker} (${quote.date}): "${quote.quote}"`
 * ```
 */
export interface Quote {
  /** Who said it: the person (or actor) who spoke, not whom they spoke for. */
  readonly speaker: ActorId
  /** The words, as the statement event quotes them. */
  readonly quote: string
  /** The first day of the statement's date. */
  readonly date: string
  /** The statement event's id. */
  readonly event: string
}

/**
 * What {@link relationship} returns.
 *
 * @example
 * ```ts
 * import type { RelationshipResult } from 'entente-timeline'
 *
 * const warm = (r: RelationshipResult) => r.tone.index > 0
 * ```
 */
export interface RelationshipResult {
  /** The pair, as asked. */
  readonly pair: readonly [ActorId, ActorId]
  /** The day asked about. */
  readonly at: string
  /** Statuses one holds in the other (membership, partnership, observer status). */
  readonly ties: readonly Tie[]
  /** Agreements between them in force at the date. */
  readonly agreements: readonly AgreementInForce[]
  /** The areas of those agreements, sorted. */
  readonly areas: readonly string[]
  /** Meetings, visits and summits attended together, and the last contact. */
  readonly contacts: {
    /** How many meetings both sides took part in (people count for the actors they held office in). */
    readonly meetings: number
    /** How many visits one side paid the other. */
    readonly visits: number
    /** How many summits both attended, as host, convening organisation or attendee. */
    readonly summits: number
    /** The latest meeting, visit or summit; absent before the first. */
    readonly last?: {
      /** Its first day. */
      readonly date: string
      /** Its event's id. */
      readonly event: string
    }
  }
  /** The tone between them. */
  readonly tone: ToneSummary
  /** Proposals both took a position on, with each side's stance. */
  readonly stances: readonly {
    /** The proposal event's id. */
    readonly proposal: string
    /** Each side's latest stance on it, keyed by the actor ids as asked. */
    readonly stances: Readonly<Record<ActorId, Stance>>
  }[]
  /** What one said about the other, oldest first. */
  readonly quotes: readonly Quote[]
  /** Every event behind any of the above, sorted. */
  readonly evidence: readonly string[]
}

interface State {
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
  quotes: Quote[]
  evidence: Record<string, true>
}

/** Whether the resolved sides of an act connect `a` and `b` (either way). */
function connects(from: readonly string[], to: readonly string[], a: string, b: string): boolean {
  return (from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a))
}

/**
 * The relationship of two actors (the pair is unordered: facts are the same both ways, and
 * `pair` keeps the order asked). People count for the states and organisations they held
 * office in at the date of each event.
 *
 * @param a - one actor
 * @param b - the other
 * @param options - tone half-life and weights
 * @returns a projection, for `timeline.project`
 * @example
 * ```ts
 * import { Timeline, relationship } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
 * console.log(r.ties[0]?.status, r.contacts.meetings, r.tone.index)
 * ```
 */
export function relationship(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions = {},
): Projection<RelationshipResult> {
  const halfLife = _halfLifeMs(options.halfLifeDays)
  const [x, y] = a < b ? [a, b] : [b, a]
  const keyed = options.weights === undefined ? `${halfLife}` : undefined
  const touch = (draft: State, id: string): void => {
    draft.evidence[id] = true
  }
  const contact = (draft: State, ctx: EventContext, id: string): void => {
    if (draft.last === undefined || ctx.date >= draft.last.date) draft.last = { date: ctx.date, event: id }
  }
  return defineProjection<State, RelationshipResult>({
    name: `relationship(${a}, ${b})`,
    ...(keyed === undefined ? {} : { key: `relationship:${x}:${y}:${keyed}` }),
    scope: { pair: [x, y] },
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    initial: {
      claims: {},
      agreements: {},
      meetings: 0,
      visits: 0,
      summits: 0,
      tone: _initialTone(),
      positions: {},
      quotes: [],
      evidence: {},
    },
    on: {
      membership(draft, event, ctx) {
        if (!connects([event.member], [event.organisation], x, y)) return
        _applyMembership(draft.claims, event, ctx.certainty, ctx.date)
        touch(draft, event.id)
      },
      agreement(draft, event) {
        if (!(event.parties.includes(x) && event.parties.includes(y))) return
        const from = _parseDateString(event.inForce.from) as { start: number }
        const until =
          event.inForce.until === undefined ? undefined : (_parseDateString(event.inForce.until) as { end: number })
        draft.agreements[event.id] = {
          id: event.id,
          title: event.title,
          areas: [...event.areas],
          from: event.inForce.from,
          fromMs: from.start,
          ...(event.inForce.until === undefined ? {} : { until: event.inForce.until }),
          untilMs: until === undefined ? Infinity : until.end,
        }
        touch(draft, event.id)
      },
      meeting(draft, event, ctx) {
        const present = _resolve(
          event.participants.map((p) => p.for ?? p.actor),
          ctx.actingFor,
        )
        if (!(present.includes(x) && present.includes(y))) return
        draft.meetings++
        contact(draft, ctx, event.id)
        touch(draft, event.id)
      },
      visit(draft, event, ctx) {
        if (!connects(ctx.actingFor(event.visitor), ctx.actingFor(event.host), x, y)) return
        draft.visits++
        contact(draft, ctx, event.id)
        touch(draft, event.id)
      },
      summit(draft, event, ctx) {
        const present = _resolve(
          [
            event.host,
            ...(event.organisation === undefined ? [] : [event.organisation]),
            ...event.attendees.map((p) => p.actor),
          ],
          ctx.actingFor,
        )
        if (!(present.includes(x) && present.includes(y))) return
        draft.summits++
        contact(draft, ctx, event.id)
        touch(draft, event.id)
      },
      position(draft, event, ctx) {
        for (const side of _resolve([event.actor], ctx.actingFor)) {
          if (side !== x && side !== y) continue
          // A proposal's id may be `toString`: only an own key holds its stances.
          if (!Object.hasOwn(draft.positions, event.proposal)) draft.positions[event.proposal] = {}
          draft.positions[event.proposal]![side] = event.stance
          touch(draft, event.id)
        }
      },
      statement(draft, event, ctx) {
        const from = _resolve([event.for ?? event.speaker], ctx.actingFor)
        if (!connects(from, _resolve(event.about, ctx.actingFor), x, y)) return
        draft.quotes.push({ speaker: event.speaker, quote: event.quote, date: ctx.date, event: event.id })
        touch(draft, event.id)
      },
    },
    every(draft, event, ctx) {
      const acts = _actsOf(event, _directionsOf(ctx))
      if (acts.length === 0) return
      const t = _dayStartOf(ctx)
      for (const act of acts) {
        const from = _resolve(act.from, ctx.actingFor)
        const to = act.mutual ? from : _resolve(act.to, ctx.actingFor)
        if (!connects(from, to, x, y)) continue
        const weight = ctx.weight(act.subtype)
        if (weight.quadClass === null) continue
        // Each act counts once for the pair, as it does for the pair's dyad in network().
        _add(draft.tone.all, weight.goldstein, t, halfLife)
        draft.tone.quads[weight.quadClass]++
        for (const side of act.mutual ? [x, y] : from.includes(x) && to.includes(y) ? [x] : [y]) {
          _add(_sideSum(draft.tone.by, side), weight.goldstein, t, halfLife)
        }
        touch(draft, event.id)
      }
    },
    result(state, ctx) {
      const at = Date.parse(ctx.instant) + 1
      const ties = Object.entries(state.claims).flatMap(([key, group]) => _ties(key, group))
      const agreements = Object.values(state.agreements)
        .filter((agreement) => agreement.fromMs < at && at <= agreement.untilMs)
        .map((agreement) => ({
          id: agreement.id,
          title: agreement.title,
          areas: agreement.areas,
          inForce: { from: agreement.from, ...(agreement.until === undefined ? {} : { until: agreement.until }) },
          evidence: [agreement.id],
        }))
      const stances = Object.entries(state.positions)
        .filter(([, stances]) => Object.hasOwn(stances, x) && Object.hasOwn(stances, y))
        .map(([proposal, stances]) => ({ proposal, stances: { [a]: stances[a]!, [b]: stances[b]! } }))
      return {
        pair: [a, b] as const,
        at: ctx.at,
        ties,
        agreements,
        areas: [...new Set(agreements.flatMap((agreement) => agreement.areas))].sort(),
        contacts: {
          meetings: state.meetings,
          visits: state.visits,
          summits: state.summits,
          ...(state.last === undefined ? {} : { last: state.last }),
        },
        tone: _summary(state.tone, [a, b], at, halfLife),
        stances,
        quotes: state.quotes,
        evidence: Object.keys(state.evidence).sort(),
      }
    },
  })
}

/**
 * Series: a projection sampled over a range of dates at a step, as plain data, computed in one
 * pass forward through the log rather than one query per date.
 */
import { addDays, addMonths, addQuarters, addWeeks, addYears } from 'date-fns'
import { InvalidArgumentError } from '../errors.js'
import { _boundDay, _queryBound, type QueryDate } from '../log/query-date.js'
import { _viewOf, type Timeline } from '../log/timeline.js'
import type { ActorId } from '../model/actor-id.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import { _parseDateString } from '../model/partial-date.js'
import type { MembershipStatus } from '../model/vocabulary.js'
import type { Projection } from '../projection/define-projection.js'
import { _sample } from '../projection/sample.js'
import type { Uncertainty } from '../projection/uncertainty.js'
import {
  type _RelationshipPoints,
  _relationshipPoints,
  type RelationshipOptions,
  type relationship,
} from '../projections/relationship.js'

/**
 * The step between two dates of a series.
 *
 * @example
 * ```ts
 * import { SERIES_STEPS, type SeriesStep } from 'entente-timeline'
 *
 * const step: SeriesStep = 'quarter'
 * SERIES_STEPS //=> ['day', 'week', 'month', 'quarter', 'year']
 * ```
 */
export type SeriesStep = 'day' | 'week' | 'month' | 'quarter' | 'year'

/**
 * Every step a series can take, shortest first.
 *
 * @example
 * ```ts
 * import { SERIES_STEPS } from 'entente-timeline'
 *
 * SERIES_STEPS.includes('month') //=> true
 * ```
 */
export const SERIES_STEPS: readonly SeriesStep[] = Object.freeze(['day', 'week', 'month', 'quarter', 'year'] as const)

/** The most dates a series samples: a daily series over 270 years. */
const MAX_SAMPLES = 100_000

/**
 * Options of {@link series}.
 *
 * @example
 * ```ts
 * import type { SeriesOptions } from 'entente-timeline'
 *
 * const options: SeriesOptions = { from: '2022-01-01', to: '2024-12-31', step: 'month', knownOn: 'each' }
 * ```
 */
export interface SeriesOptions {
  /** The first date sampled: a day, or the first day of the month or year it names. */
  readonly from: QueryDate
  /** The last date that may be sampled: a day, or the last day of the month or year it names. */
  readonly to: QueryDate
  /** The step from one date to the next, counted from `from` (month ends stay in their month). @defaultValue 'month' */
  readonly step?: SeriesStep
  /**
   * What the log knew: a transaction-time date for every sample, or `'each'` for each date as
   * known on that date (the "as known then" line). @defaultValue everything the timeline holds
   */
  readonly knownOn?: QueryDate | 'each'
  /** When imprecise events count. @defaultValue 'strict' */
  readonly uncertainty?: Uncertainty
}

/**
 * One date of a series: the projection's answer once that day is over, and the events that
 * came to count since the date before.
 *
 * @example
 * ```ts
 * import type { SeriesSample } from 'entente-timeline'
 *
 * const line = (sample: SeriesSample<number>) => `${sample.at}: ${sample.value} (${sample.events.length} new events)`
 * ```
 */
export interface SeriesSample<T> {
  /** The day sampled, `YYYY-MM-DD`: the answer is the state once that day is over. */
  readonly at: string
  /** The day the log is read as known on, when the series was asked as known on a date or on each date. */
  readonly knownOn?: string
  /** The answer at this date (what `select` made of the projection's result, if given). */
  readonly value: T
  /**
   * The ids of the events that came to count since the previous date (for the first date, since
   * one step before it), in valid-time order; along the diagonal, also the events that became
   * known since the previous date and count, with the events they correct or retract.
   */
  readonly events: readonly string[]
}

/**
 * What {@link series} returns: plain, frozen, JSON-serialisable data.
 *
 * @example
 * ```ts
 * import type { Series } from 'entente-timeline'
 *
 * const last = <T>(s: Series<T>) => s.samples.at(-1)?.value
 * ```
 */
export interface Series<T> {
  /** The first day sampled. */
  readonly from: string
  /** The last day that could be sampled. */
  readonly to: string
  /** The step between dates. */
  readonly step: SeriesStep
  /** The transaction-time day every sample is read as known on, or `'each'`; absent for everything. */
  readonly knownOn?: string
  /** The samples, oldest first. */
  readonly samples: readonly SeriesSample<T>[]
}

/**
 * Samples a projection over a range of dates, in one pass forward: each date's state is folded
 * on from the previous one's, so the cost is about one replay of the log, not one per date.
 * The answers are the same as `timeline.project` gives at each date.
 *
 * @param timeline - the timeline
 * @param projection - a built-in projection or one from `defineProjection`
 * @param options - the range, the step, what the log knew, and the uncertainty policy
 * @param select - what to keep of each result (by default the whole result)
 * @returns the series
 * @throws {@link InvalidArgumentError} for a bad date, step or policy, `to` before `from`, or more than 100 000 dates
 * @example
 * ```ts
 * import { Timeline, membership, series } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const nato = series(timeline, membership('NATO'), { from: '2022-01-01', to: '2024-12-31', step: 'year' },
 *   (result) => result.members.filter((m) => m.status === 'member').length)
 * nato.samples.map((sample) => [sample.at, sample.value])
 * //=> [['2022-01-01', 30], ['2023-01-01', 30], ['2024-01-01', 31]]
 * ```
 */
export function series<R, T = R, E extends EventBase = DiplomaticEvent>(
  timeline: Timeline<E>,
  projection: Projection<R, E> | Projection<R, DiplomaticEvent>,
  options: SeriesOptions,
  select?: (result: R) => T,
): Series<T> {
  const step = options.step ?? 'month'
  if (!SERIES_STEPS.includes(step))
    throw new InvalidArgumentError('step', `must be one of ${SERIES_STEPS.join(', ')}, not ${JSON.stringify(step)}`)
  const policy = options.uncertainty ?? 'strict'
  if (policy !== 'strict' && policy !== 'possible')
    throw new InvalidArgumentError('uncertainty', `must be "strict" or "possible", not ${JSON.stringify(policy)}`)
  const from = firstDay(options.from)
  const to = _boundDay(_queryBound(options.to, 'to'))
  if (to < from) throw new InvalidArgumentError('to', `(${to}) is before "from" (${from})`)
  const days = datesOf(from, to, step)
  const diagonal = options.knownOn === 'each'
  const fixed = options.knownOn === undefined || diagonal ? undefined : (options.knownOn as QueryDate)
  const knownOnDay = fixed === undefined ? undefined : _boundDay(_queryBound(fixed, 'knownOn'))
  const view = _viewOf(fixed === undefined ? timeline : timeline.knownOn(fixed))
  const samples: SeriesSample<T>[] = []
  const pick = select ?? ((result: R) => result as unknown as T)
  _sample(
    view,
    projection as Projection<unknown, E>,
    { bounds: days.map(dayBound), before: dayBound(shift(from, step, -1)), policy, diagonal },
    (result, events) => {
      const at = days[samples.length]!
      const knownOn = diagonal ? at : knownOnDay
      samples.push(
        Object.freeze({
          at,
          ...(knownOn === undefined ? {} : { knownOn }),
          value: pick(result as R),
          events: Object.freeze(events),
        }),
      )
    },
  )
  return Object.freeze({
    from,
    to,
    step,
    ...(diagonal ? { knownOn: 'each' } : knownOnDay === undefined ? {} : { knownOn: knownOnDay }),
    samples: Object.freeze(samples),
  })
}

/**
 * The numbers of a relationship at one date, as a series keeps them: tone overall and by
 * direction, the quad-class tallies, contacts, and the ties and agreements in force.
 *
 * @example
 * ```ts
 * import type { RelationshipPoint } from 'entente-timeline'
 *
 * const warm = (point: RelationshipPoint) => point.tone > 0 && point.materialConflict === 0
 * ```
 */
export interface RelationshipPoint {
  /** The tone index (Goldstein-weighted, decayed with the half-life): above 0 cooperative. */
  readonly tone: number
  /** The tone of each side's acts towards the other, keyed by the acting side. */
  readonly toneByDirection: Readonly<Record<ActorId, number>>
  /** Acts of verbal cooperation counted so far. */
  readonly verbalCooperation: number
  /** Acts of material cooperation counted so far. */
  readonly materialCooperation: number
  /** Acts of verbal conflict counted so far. */
  readonly verbalConflict: number
  /** Acts of material conflict counted so far. */
  readonly materialConflict: number
  /** Meetings both sides took part in so far. */
  readonly meetings: number
  /** Visits one paid the other so far. */
  readonly visits: number
  /** Summits both attended so far. */
  readonly summits: number
  /** The statuses one holds in the other at the date. */
  readonly ties: readonly {
    /** The actor holding the status. */
    readonly member: ActorId
    /** The organisation it holds it in. */
    readonly organisation: ActorId
    /** The status. */
    readonly status: MembershipStatus
    /** Whether sources of equal certainty disagree on it. */
    readonly disputed: boolean
  }[]
  /** The agreements between them in force at the date. */
  readonly agreements: readonly {
    /** The agreement event's id. */
    readonly id: string
    /** Its title. */
    readonly title: string
  }[]
}

/**
 * What {@link relationshipSeries} returns: a series of a relationship's numbers, with the pair
 * and the tone's half-life (which a chart's axis names).
 *
 * @example
 * ```ts
 * import type { RelationshipSeries } from 'entente-timeline'
 *
 * const title = (s: RelationshipSeries) => `${s.pair.join('–')}, half-life ${s.halfLifeDays} days`
 * ```
 */
export interface RelationshipSeries extends Series<RelationshipPoint> {
  /** The pair, as asked. */
  readonly pair: readonly [ActorId, ActorId]
  /** The half-life of the tone, in days. */
  readonly halfLifeDays: number
}

/**
 * The numbers of a relationship over a range of dates: {@link series} of {@link relationship},
 * each sample keeping a {@link RelationshipPoint}, and as its events only those that are
 * evidence of the relationship (the events that moved its tone, contacts, ties or agreements).
 *
 * @param timeline - the timeline
 * @param a - one actor
 * @param b - the other
 * @param options - the range, step, what the log knew, uncertainty, and the tone's half-life and weights
 * @returns the series
 * @throws {@link InvalidArgumentError} as {@link series} does, or for a bad half-life
 * @example
 * ```ts
 * import { Timeline, relationshipSeries } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const japanNato = relationshipSeries(timeline, 'JPN', 'NATO', { from: '2023-07-01', to: '2023-08-01', step: 'month' })
 * japanNato.samples.map((sample) => sample.value.summits) //=> [1, 2]
 * japanNato.samples[1]?.events.includes('summit-nato-vilnius-2023') //=> true
 * ```
 */
export function relationshipSeries<E extends EventBase = DiplomaticEvent>(
  timeline: Timeline<E>,
  a: ActorId,
  b: ActorId,
  options: SeriesOptions & RelationshipOptions,
): RelationshipSeries {
  const halfLifeDays = options.halfLifeDays ?? 365
  const toneOptions = {
    halfLifeDays,
    ...(options.weights === undefined ? {} : { weights: options.weights }),
  }
  // The relationship's fold, with a result that does not list every id behind it at each date.
  const raw = series(timeline, _relationshipPoints(a, b, toneOptions), options, (result: _RelationshipPoints) => ({
    point: relationshipPoint(result),
    isEvidence: result.isEvidence,
  }))
  return Object.freeze({
    ...raw,
    pair: Object.freeze([a, b] as const),
    halfLifeDays,
    samples: Object.freeze(
      raw.samples.map((sample) =>
        Object.freeze({
          ...sample,
          value: sample.value.point,
          events: Object.freeze(sample.events.filter(sample.value.isEvidence)),
        }),
      ),
    ),
  })
}

function relationshipPoint(result: _RelationshipPoints): RelationshipPoint {
  return Object.freeze({
    tone: result.tone.index,
    toneByDirection: result.tone.byDirection,
    verbalCooperation: result.tone.verbalCooperation,
    materialCooperation: result.tone.materialCooperation,
    verbalConflict: result.tone.verbalConflict,
    materialConflict: result.tone.materialConflict,
    meetings: result.contacts.meetings,
    visits: result.contacts.visits,
    summits: result.contacts.summits,
    ties: Object.freeze(
      result.ties.map((tie) =>
        Object.freeze({
          member: tie.member,
          organisation: tie.organisation,
          status: tie.status,
          disputed: tie.disputed,
        }),
      ),
    ),
    agreements: Object.freeze(
      result.agreements.map((agreement) => Object.freeze({ id: agreement.id, title: agreement.title })),
    ),
  })
}

/** The first day of the period a date names. */
function firstDay(date: QueryDate): string {
  const bound = _queryBound(date, 'from')
  if (typeof date === 'string') {
    const parsed = _parseDateString(date)
    if (typeof parsed !== 'string' && parsed.precision !== 'instant')
      return new Date(parsed.start).toISOString().slice(0, 10)
  }
  return _boundDay(bound)
}

/** The days from `from` to `to` at the step, each counted from `from` so that month ends do not drift. */
function datesOf(from: string, to: string, step: SeriesStep): string[] {
  const days: string[] = []
  for (let i = 0; ; i++) {
    const day = shift(from, step, i)
    if (day > to) break
    if (days.length === MAX_SAMPLES)
      throw new InvalidArgumentError('step', `samples more than ${MAX_SAMPLES} dates from ${from} to ${to}`)
    days.push(day)
  }
  return days
}

const ADD = { day: addDays, week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears } as const

/**
 * A day moved by a number of steps. The calendar arithmetic is date-fns's, done on a local date
 * with the day's fields, so that no time zone shifts the day.
 */
function shift(day: string, step: SeriesStep, count: number): string {
  const local = new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  local.setFullYear(Number(day.slice(0, 4)))
  const moved = ADD[step](local, count)
  const year = String(moved.getFullYear()).padStart(4, '0')
  return `${year}-${String(moved.getMonth() + 1).padStart(2, '0')}-${String(moved.getDate()).padStart(2, '0')}`
}

/** The bound of a day: the first instant after it. */
function dayBound(day: string): number {
  return _queryBound(day, 'at')
}

/**
 * Random logs for properties: actor declarations, then meetings, statements, military
 * activity, memberships and offices at random dates and precisions, recorded at random times
 * (some long after they occurred, some scheduled in advance), with corrections (of certainty
 * and of the date) and retractions of earlier events. A log is generated as a list of steps and
 * made into event inputs by {@link eventsOf}.
 */
import fc from 'fast-check'
import {
  CERTAINTIES,
  type Certainty,
  MEMBERSHIP_STATUSES,
  MILITARY_ACTIVITIES,
  TONES,
  type Tone,
} from '../../src/index.js'
import { build } from './build.js'
import { declarations } from './timeline.js'

/** The actors of every random log. Japan and NATO (and the people who may lead them) come up most. */
export const RANDOM_ACTORS = ['JPN', 'NATO', 'kishida-fumio', 'stoltenberg-jens', 'KOR', 'PRK', 'CHN'] as const
/** The sides meetings and statements pick from: Japan's and NATO's twice as likely as the others. */
const ONE_SIDE = ['JPN', 'kishida-fumio', 'JPN', 'kishida-fumio', 'KOR', 'PRK', 'CHN'] as const
const OTHER_SIDE = ['NATO', 'stoltenberg-jens', 'NATO', 'stoltenberg-jens', 'KOR', 'PRK', 'CHN'] as const
const STATES = ['JPN', 'KOR', 'PRK', 'CHN'] as const
const PEOPLE = ['kishida-fumio', 'stoltenberg-jens'] as const
const OFFICES_OF = ['JPN', 'NATO', 'KOR'] as const

const DAY = 86_400_000
/** The first day of the random logs' valid time. */
export const RANDOM_START = Date.UTC(2021, 0, 1)
/** How many days of valid time the random logs span. */
export const RANDOM_DAYS = 900

/** A date: a day, and the precision it is written with. */
export interface When {
  readonly day: number
  readonly precision: 'day' | 'month' | 'year' | 'instant' | 'interval' | 'approximate'
  readonly span: number
  readonly ms: number
}

/** How long after the date (or after its target) a step was recorded. */
interface Lag {
  readonly days: number
  readonly ms: number
}

/** One step of a random log. Actor and target choices are indexes, resolved when the log is made. */
export type Step =
  | { readonly kind: 'meeting'; readonly a: number; readonly b: number; readonly when: When; readonly lag: Lag }
  | {
      readonly kind: 'statement'
      readonly speaker: number
      readonly about: number
      readonly tone: Tone
      readonly when: When
      readonly lag: Lag
    }
  | {
      readonly kind: 'military-activity'
      readonly actor: number
      readonly near: number
      readonly activity: (typeof MILITARY_ACTIVITIES)[number]
      readonly certainty: Certainty
      readonly when: When
      readonly lag: Lag
    }
  | {
      readonly kind: 'membership'
      readonly member: number
      readonly status: number
      readonly start: boolean
      readonly when: When
      readonly lag: Lag
    }
  | {
      readonly kind: 'office'
      readonly person: number
      readonly of: number
      readonly start: boolean
      readonly when: When
      readonly lag: Lag
    }
  | {
      readonly kind: 'correction'
      readonly target: number
      readonly certainty: Certainty | undefined
      readonly move: When | undefined
      readonly lag: Lag
    }
  | { readonly kind: 'retraction'; readonly target: number; readonly lag: Lag }

const when: fc.Arbitrary<When> = fc.record({
  day: fc.integer({ min: 0, max: RANDOM_DAYS }),
  precision: fc.constantFrom('day', 'day', 'day', 'day', 'month', 'year', 'instant', 'interval', 'approximate'),
  span: fc.integer({ min: 1, max: 20 }),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
})

/** Mostly a few days, sometimes a year or two late. */
const lag: fc.Arbitrary<Lag> = fc.record({
  days: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 700 }) },
  ),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
})

/** For kinds that may be scheduled: sometimes recorded before they happen. */
const scheduleLag: fc.Arbitrary<Lag> = fc.oneof(
  lag,
  fc.record({ days: fc.integer({ min: -60, max: -1 }), ms: fc.integer({ min: 0, max: DAY - 1 }) }),
)

const index = fc.nat({ max: 1000 })

/** One random step. */
export const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('meeting' as const), a: index, b: index, when, lag: scheduleLag }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('statement' as const),
      speaker: index,
      about: index,
      tone: fc.constantFrom(...TONES),
      when,
      lag,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('military-activity' as const),
      actor: index,
      near: index,
      activity: fc.constantFrom(...MILITARY_ACTIVITIES),
      certainty: fc.constantFrom(...CERTAINTIES),
      when,
      lag,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('membership' as const),
      member: index,
      status: index,
      start: fc.boolean(),
      when,
      lag: scheduleLag,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('office' as const),
      person: index,
      of: index,
      start: fc.boolean(),
      when,
      lag: scheduleLag,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correction' as const),
      target: index,
      certainty: fc.option(fc.constantFrom(...CERTAINTIES), { nil: undefined }),
      move: fc.option(when, { nil: undefined }),
      lag,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retraction' as const), target: index, lag }) },
)

/** A random log of `min` to `max` steps. */
export function steps(min: number, max: number): fc.Arbitrary<Step[]> {
  return fc.array(step, { minLength: min, maxLength: max, size: 'max' })
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The partial date a `When` stands for, and the first instant of it. */
export function dateOf(w: When): { occurred: string | object; start: number } {
  const dayStart = RANDOM_START + w.day * DAY
  const day = isoDay(dayStart)
  switch (w.precision) {
    case 'day':
      return { occurred: day, start: dayStart }
    case 'month':
      return { occurred: day.slice(0, 7), start: Date.parse(`${day.slice(0, 7)}-01T00:00:00Z`) }
    case 'year':
      return { occurred: day.slice(0, 4), start: Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`) }
    case 'instant':
      return { occurred: new Date(dayStart + w.ms).toISOString(), start: dayStart + w.ms }
    case 'interval':
      return { occurred: { from: day, to: isoDay(dayStart + w.span * DAY) }, start: dayStart }
    case 'approximate':
      return {
        occurred: { date: day.slice(0, 7), approximate: true },
        start: Date.parse(`${day.slice(0, 7)}-01T00:00:00Z`),
      }
  }
}

/** The kinds that may be recorded before they happen. */
const SCHEDULED = new Set(['summit', 'meeting', 'visit', 'office', 'membership', 'agreement'])

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!
const other = <T>(list: readonly T[], first: T, i: number): T => {
  const rest = list.filter((item) => item !== first)
  return pick(rest, i)
}

/**
 * The event inputs of a random log, declarations first, with ids `e0`, `e1`, ... (a step whose
 * target cannot be resolved is left out, so ids may skip).
 */
export function eventsOf(log: readonly Step[]): object[] {
  const out: object[] = [...declarations(RANDOM_ACTORS)]
  const made: { id: string; kind: string; rec: number }[] = []
  log.forEach((s, i) => {
    const id = `e${i}`
    const recordedAfter = (ms: number, l: Lag) => ms + l.days * DAY + l.ms
    let event: object
    let rec: number
    switch (s.kind) {
      case 'meeting': {
        const a = pick(ONE_SIDE, s.a)
        const b = other(OTHER_SIDE, a, s.b)
        const { occurred, start } = dateOf(s.when)
        rec = recordedAfter(start, s.lag)
        event = build.meeting({
          id,
          occurred: occurred as never,
          recorded: new Date(rec).toISOString(),
          summit: undefined,
          participants: [{ actor: a }, { actor: b }],
        })
        break
      }
      case 'statement': {
        const [from, to] = s.speaker % 2 === 0 ? [ONE_SIDE, OTHER_SIDE] : [OTHER_SIDE, ONE_SIDE]
        const speaker = pick(from, s.speaker >> 1)
        const about = other(to, speaker, s.about)
        const { occurred, start } = dateOf(s.when)
        rec = recordedAfter(start, { days: Math.max(0, s.lag.days), ms: s.lag.ms })
        event = build.statement({
          id,
          occurred: occurred as never,
          recorded: new Date(rec).toISOString(),
          speaker,
          for: undefined,
          about: [about],
          tone: s.tone,
        })
        break
      }
      case 'military-activity': {
        const actor = pick(STATES, s.actor)
        const near = other(STATES, actor, s.near)
        const { occurred, start } = dateOf(s.when)
        rec = recordedAfter(start, { days: Math.max(0, s.lag.days), ms: s.lag.ms })
        event = build['military-activity']({
          id,
          occurred: occurred as never,
          recorded: new Date(rec).toISOString(),
          actor,
          near: [near],
          activity: s.activity,
          certainty: s.certainty,
        })
        break
      }
      case 'membership': {
        const member = pick(STATES, s.member)
        const { occurred, start } = dateOf(s.when)
        rec = recordedAfter(start, s.lag)
        event = build.membership({
          id,
          occurred: occurred as never,
          recorded: new Date(rec).toISOString(),
          member,
          organisation: 'NATO',
          status: pick(MEMBERSHIP_STATUSES, s.status),
          change: s.start ? 'start' : 'end',
        })
        break
      }
      case 'office': {
        const { occurred, start } = dateOf(s.when)
        rec = recordedAfter(start, s.lag)
        event = build.office({
          id,
          occurred: occurred as never,
          recorded: new Date(rec).toISOString(),
          person: pick(PEOPLE, s.person),
          office: 'Leader',
          of: pick(OFFICES_OF, s.of),
          change: s.start ? 'start' : 'end',
        })
        break
      }
      case 'correction': {
        const targets = made.filter((m) => m.kind !== 'correction' && m.kind !== 'retraction')
        if (targets.length === 0) return
        const target = pick(targets, s.target)
        // A move is made only where the log takes it: an unscheduled kind cannot begin after it was recorded.
        const moved = s.move === undefined ? undefined : dateOf(s.move)
        const move =
          moved !== undefined && (SCHEDULED.has(target.kind) || moved.start <= target.rec) ? moved : undefined
        if (s.certainty === undefined && move === undefined) return
        rec = recordedAfter(target.rec, s.lag)
        const changes = {
          ...(s.certainty === undefined ? {} : { certainty: s.certainty }),
          ...(move === undefined ? {} : { occurred: move.occurred }),
        }
        event = build.correction({
          id,
          occurred: isoDay(rec),
          recorded: new Date(rec).toISOString(),
          actors: ['JPN'],
          target: target.id,
          changes,
        })
        break
      }
      case 'retraction': {
        const targets = made.filter((m) => m.kind !== 'retraction')
        if (targets.length === 0) return
        const target = pick(targets, s.target)
        rec = recordedAfter(target.rec, s.lag)
        event = build.retraction({
          id,
          occurred: isoDay(rec),
          recorded: new Date(rec).toISOString(),
          actors: ['JPN'],
          target: target.id,
        })
        break
      }
    }
    made.push({ id, kind: s.kind, rec })
    out.push(event)
  })
  return out
}

/** A query date in or after the random logs' span: a day, or an instant. */
export const queryDate: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -10, max: RANDOM_DAYS + 800 }).map((day) => isoDay(RANDOM_START + day * DAY)),
  fc.integer({ min: -10 * DAY, max: (RANDOM_DAYS + 800) * DAY }).map((ms) => new Date(RANDOM_START + ms).toISOString()),
)

/** Splits the inputs of a random log into those of the steps before `step` (with the declarations) and the rest. */
export function splitAt(inputs: readonly object[], step: number): [object[], object[]] {
  const isTail = (input: object) => {
    const id = (input as { id: string }).id
    return /^e\d+$/.test(id) && Number(id.slice(1)) >= step
  }
  return [inputs.filter((input) => !isTail(input)), inputs.filter(isTail)]
}

/**
 * Splits the inputs of a random log into what may be appended first and what is recorded at or
 * after `bound` (an exclusive transaction-time bound) and comes at or after `step`. The second
 * part can always be appended after the first: nothing in the first refers to it.
 */
export function splitRecordedAfter(inputs: readonly object[], bound: number, step = 0): [object[], object[]] {
  const isLater = (input: object) => {
    const { id, recorded } = input as { id: string; recorded: string }
    return /^e\d+$/.test(id) && Number(id.slice(1)) >= step && Date.parse(recorded) >= bound
  }
  return [inputs.filter((input) => !isLater(input)), inputs.filter(isLater)]
}

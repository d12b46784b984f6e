/**
 * Random timelines for the reference comparison: offices (some corrected to another person or
 * organisation), meetings (people with and without `for`), visits, summits, statements, military
 * activity, reactions, aid, memberships, proposals and positions (some moved to another
 * proposal), corrections of certainty and date, and retractions, recorded at random times.
 * Events are appended one by one; one the log refuses is left out, so the timeline holds only
 * what the log accepted.
 */
import fc from 'fast-check'
import { CERTAINTIES, MEMBERSHIP_STATUSES, MILITARY_ACTIVITIES, Timeline, TONES } from '../../../src/index.js'
import { build } from '../build.js'
import { declarations } from '../timeline.js'

export const STATES = ['JPN', 'KOR', 'CHN', 'USA'] as const
export const ORGANISATIONS = ['NATO', 'EU'] as const
export const PEOPLE = ['kishida-fumio', 'yoon-suk-yeol', 'stoltenberg-jens'] as const
const ANYONE = [...STATES, ...ORGANISATIONS, ...PEOPLE]
const DAY = 86_400_000
const START = Date.UTC(2021, 0, 1)
/** How many days of valid time a random timeline spans. */
export const SPAN_DAYS = 400

/** One random choice per field; resolved into an event by {@link timelineOf}. */
const step = fc.record({
  kind: fc.constantFrom(
    'office',
    'office',
    'meeting',
    'meeting',
    'meeting',
    'visit',
    'summit',
    'statement',
    'military-activity',
    'reaction',
    'aid',
    'membership',
    'proposal',
    'position',
    'position',
    'correction',
    'correction',
    'retraction',
  ),
  picks: fc.array(fc.nat({ max: 1000 }), { minLength: 6, maxLength: 6 }),
  day: fc.integer({ min: 0, max: SPAN_DAYS }),
  precision: fc.constantFrom('day', 'day', 'day', 'month', 'instant', 'interval'),
  lag: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 300 }) },
    { weight: 1, arbitrary: fc.integer({ min: -30, max: -1 }) },
  ),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
})

/** The steps of a random timeline. */
export const steps = (min: number, max: number) => fc.array(step, { minLength: min, maxLength: max })

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const SCHEDULED = new Set(['summit', 'meeting', 'visit', 'office', 'membership', 'agreement'])

function dateOf(s: Step): { occurred: unknown; start: number } {
  const dayStart = START + s.day * DAY
  switch (s.precision) {
    case 'month':
      return {
        occurred: isoDay(dayStart).slice(0, 7),
        start: Date.parse(`${isoDay(dayStart).slice(0, 7)}-01T00:00:00Z`),
      }
    case 'instant':
      return { occurred: new Date(dayStart + s.ms).toISOString(), start: dayStart + s.ms }
    case 'interval':
      return { occurred: { from: isoDay(dayStart), to: isoDay(dayStart + (1 + (s.ms % 5)) * DAY) }, start: dayStart }
    default:
      return { occurred: isoDay(dayStart), start: dayStart }
  }
}

/** The timeline of a list of steps, every actor declared first. */
export function timelineOf(list: readonly Step[]): Timeline {
  let timeline = Timeline.from(declarations(ANYONE))
  const made: { id: string; kind: string; rec: number; start: number; event: Record<string, unknown> }[] = []
  list.forEach((s, i) => {
    const id = `e${i}`
    const [p0, p1, p2, p3, p4, p5] = s.picks as [number, number, number, number, number, number]
    const { occurred, start } = dateOf(s)
    const scheduled = SCHEDULED.has(s.kind)
    let rec = start + (scheduled ? s.lag : Math.max(0, s.lag)) * DAY + (s.ms % 3_600_000)
    const certainty = pick(CERTAINTIES, p5)
    const common = { id, occurred: occurred as never, recorded: new Date(rec).toISOString(), certainty }
    let event: Record<string, unknown> | undefined
    const other = <T>(list: readonly T[], not: T, n: number): T =>
      pick(
        list.filter((x) => x !== not),
        n,
      )
    switch (s.kind) {
      case 'office': {
        const person = pick(PEOPLE, p0)
        event = build.office({
          ...common,
          person,
          of: pick([...STATES, ...ORGANISATIONS], p1),
          office: pick(['Leader', 'Minister'], p2),
          change: p3 % 3 === 0 ? 'end' : 'start',
        })
        break
      }
      case 'meeting': {
        const a = pick(ANYONE, p0)
        const b = other(ANYONE, a, p1)
        const participants = [
          { actor: a, ...(p2 % 4 === 0 && PEOPLE.includes(a as never) ? { for: pick(STATES, p3) } : {}) },
          { actor: b },
          ...(p4 % 3 === 0 ? [{ actor: other(ANYONE, a, p4 >> 2) }].filter((x) => x.actor !== b) : []),
        ]
        event = build.meeting({ ...common, summit: undefined, participants })
        break
      }
      case 'visit': {
        const visitor = pick([...PEOPLE, ...STATES], p0)
        event = build.visit({ ...common, visitor, host: other(STATES, visitor, p1) })
        break
      }
      case 'summit': {
        const host = pick(STATES, p0)
        const attendees = [...new Set([pick(ANYONE, p1), pick(ANYONE, p2), pick(ANYONE, p3)])].map((actor) => ({
          actor,
          status: 'member' as const,
        }))
        event = build.summit({
          ...common,
          host,
          organisation: p4 % 2 === 0 ? pick(ORGANISATIONS, p4) : undefined,
          attendees,
        })
        break
      }
      case 'statement': {
        const speaker = pick(ANYONE, p0)
        event = build.statement({
          ...common,
          speaker,
          for: undefined,
          about: [other(ANYONE, speaker, p1)],
          tone: pick(TONES, p2),
        })
        break
      }
      case 'military-activity': {
        const actor = pick(STATES, p0)
        event = build['military-activity']({
          ...common,
          actor,
          near: [other(STATES, actor, p1)],
          activity: pick(MILITARY_ACTIVITIES, p2),
        })
        break
      }
      case 'reaction': {
        if (made.length === 0) return
        const actor = pick(ANYONE, p0)
        const towards = p2 % 4 === 0 ? undefined : [other(ANYONE, actor, p3)]
        event = build.reaction({
          ...common,
          actor,
          respondsTo: pick(made, p1).id,
          towards,
          stance: pick(['praise', 'support', 'concern', 'rebuttal', 'condemnation'] as const, p4),
        })
        break
      }
      case 'aid': {
        const donor = pick(STATES, p0)
        event = build.aid({
          ...common,
          donor,
          recipient: other([...STATES, ...ORGANISATIONS], donor, p1),
          aidKind: pick(['economic', 'humanitarian', 'military', 'diplomatic'] as const, p2),
          amount: undefined,
        })
        break
      }
      case 'membership':
        event = build.membership({
          ...common,
          member: pick(STATES, p0),
          organisation: pick(ORGANISATIONS, p1),
          status: pick(MEMBERSHIP_STATUSES, p2),
          change: p3 % 3 === 0 ? 'end' : 'start',
        })
        break
      case 'proposal':
        event = build.proposal({
          ...common,
          id: `p${p0 % 3}`,
          proposer: pick(ANYONE, p1),
          subject: `Proposal ${p0 % 3}`,
        })
        break
      case 'position': {
        const proposals = made.filter((m) => m.kind === 'proposal')
        if (proposals.length === 0) return
        event = build.position({
          ...common,
          actor: pick(ANYONE, p0),
          proposal: pick(proposals, p1).id,
          stance: pick(['support', 'oppose', 'neutral'] as const, p2),
        })
        break
      }
      case 'correction': {
        const targets = made.filter((m) => m.kind !== 'correction' && m.kind !== 'retraction')
        if (targets.length === 0) return
        const target = pick(targets, p0)
        rec = target.rec + Math.max(0, s.lag) * DAY + 1
        const changes: Record<string, unknown> = {}
        if (p1 % 2 === 0) changes['certainty'] = certainty
        if (p2 % 3 === 0 && (SCHEDULED.has(target.kind) || start <= target.rec)) changes['occurred'] = occurred
        if (target.kind === 'office' && p3 % 2 === 0) {
          const person = pick(PEOPLE, p4)
          const of = p4 % 2 === 0 ? pick([...STATES, ...ORGANISATIONS], p5) : (target.event['of'] as string)
          Object.assign(changes, { person, of, actors: [person, of] })
        }
        if (target.kind === 'position' && p3 % 2 === 0) {
          const proposals = made.filter((m) => m.kind === 'proposal')
          changes['proposal'] = pick(proposals, p4).id
        }
        if (Object.keys(changes).length === 0) changes['certainty'] = certainty
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
        const target = pick(targets, p0)
        rec = target.rec + Math.max(0, s.lag) * DAY + 1
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
    if (event === undefined) return
    try {
      timeline = timeline.append(event)
      made.push({ id: event['id'] as string, kind: s.kind, rec, start, event })
    } catch {
      // The log refused it (a proposal id taken, an end before any start is fine, ...): left out.
    }
  })
  return timeline
}

/** A question's dates: a day in or after the span, sometimes as known on an earlier day. */
export const question = fc.record({
  at: fc.integer({ min: -5, max: SPAN_DAYS + 200 }).map((d) => isoDay(START + d * DAY)),
  knownOn: fc.option(
    fc.integer({ min: 0, max: SPAN_DAYS + 300 }).map((d) => isoDay(START + d * DAY)),
    { nil: undefined },
  ),
  uncertainty: fc.constantFrom('strict' as const, 'strict' as const, 'possible' as const),
})

import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  actorIdSchema,
  type DiplomaticEvent,
  defineKind,
  defineProjection,
  type EventContext,
  extendVocabulary,
  type MeetingEvent,
  type MembershipResult,
  type MilitaryActivityEvent,
  membership,
  type NetworkResult,
  network,
  type OfficeHoldersResult,
  officeHolders,
  type Projection,
  type ProposalResult,
  proposal,
  type RelationshipResult,
  type ResultContext,
  relationship,
  Timeline,
} from '../../src/index.js'

describe('defineProjection', () => {
  it('types each reducer with the event of its kind', () => {
    defineProjection({
      name: 'meetings',
      initial: { topics: [] as string[] },
      on: {
        meeting(draft, event, ctx) {
          expectTypeOf(event).toEqualTypeOf<MeetingEvent>()
          expectTypeOf(event.participants[0]!.actor).toEqualTypeOf<string>()
          expectTypeOf(ctx).toEqualTypeOf<EventContext>()
          draft.topics.push(...(event.topics ?? []))
        },
        'military-activity'(_draft, event) {
          expectTypeOf(event).toEqualTypeOf<MilitaryActivityEvent>()
          expectTypeOf(event.details).toEqualTypeOf<Record<string, string | number | boolean>>()
        },
      },
    })
  })

  it('refuses a field the kind does not have', () => {
    defineProjection({
      name: 'wrong field',
      initial: { n: 0 },
      on: {
        meeting(_draft, event) {
          // @ts-expect-error a meeting has participants, not a speaker
          void event.speaker
        },
      },
    })
  })

  it('refuses a reducer for a kind that does not exist', () => {
    defineProjection({
      name: 'no such kind',
      initial: { n: 0 },
      on: {
        // @ts-expect-error "sanction" is not a kind of the built-in vocabulary
        sanction() {},
      },
    })
  })

  it('gives reducers a draft of the state they can change', () => {
    defineProjection({
      name: 'draft',
      initial: { ids: [] as readonly string[], count: 0 },
      on: {
        visit(draft, event) {
          expectTypeOf(draft.count).toEqualTypeOf<number>()
          draft.ids = [...draft.ids, event.id]
          draft.count++
        },
      },
    })
  })

  it('types `every` with any event', () => {
    defineProjection({
      name: 'every',
      initial: { n: 0 },
      on: {},
      every(_draft, event) {
        expectTypeOf(event).toEqualTypeOf<DiplomaticEvent>()
      },
    })
  })

  it('types the result by `result`, or as the state without it', () => {
    const count = defineProjection({ name: 'count', initial: { n: 0 }, on: { meeting: (draft) => void draft.n++ } })
    const summary = defineProjection({
      name: 'summary',
      initial: { n: 0 },
      on: {},
      result: (state, ctx) => {
        expectTypeOf(ctx).toEqualTypeOf<ResultContext>()
        return `${state.n} by ${ctx.at}`
      },
    })
    expectTypeOf(count).toEqualTypeOf<Projection<{ n: number }>>()
    expectTypeOf(Timeline.empty().project(summary, { at: '2023-07-12' })).toEqualTypeOf<string>()
  })

  it('types the reducer of a kind of one’s own, given the vocabulary', () => {
    const sanction = defineKind(
      'sanction',
      { imposer: actorIdSchema, target: actorIdSchema, measures: z.array(z.string()) },
      {
        actors: (e) => [
          [['imposer'], e.imposer],
          [['target'], e.target],
        ],
      },
    )
    const vocabulary = extendVocabulary(sanction)
    const measures = defineProjection({
      name: 'measures',
      vocabulary,
      initial: { measures: [] as string[] },
      on: {
        sanction(draft, event) {
          expectTypeOf(event.kind).toEqualTypeOf<'sanction'>()
          expectTypeOf(event.imposer).toEqualTypeOf<string>()
          expectTypeOf(event.measures).toEqualTypeOf<string[]>()
          // @ts-expect-error a sanction has no participants
          void event.participants
          draft.measures.push(...event.measures)
        },
        meeting(_draft, event) {
          expectTypeOf(event).toEqualTypeOf<MeetingEvent>()
        },
      },
    })
    expectTypeOf(Timeline.empty({ vocabulary }).project(measures, { at: '2023-07-12' }).measures).toEqualTypeOf<
      string[]
    >()
  })
})

describe('timeline.project', () => {
  it('takes dates as strings or Dates, and only the two policies', () => {
    const timeline = Timeline.empty()
    timeline.project(membership('NATO'), { at: new Date(), knownOn: '2023-07-13', uncertainty: 'possible' })
    // @ts-expect-error a date is a string or a Date, never a number
    timeline.project(membership('NATO'), { at: 1_689_120_000_000 })
    // @ts-expect-error the policies are 'strict' and 'possible'
    timeline.project(membership('NATO'), { at: '2023-07-12', uncertainty: 'likely' })
  })

  it('gives each built-in projection its result type', () => {
    const timeline = Timeline.empty()
    const at = { at: '2023-07-12' }
    expectTypeOf(timeline.project(relationship('JPN', 'NATO'), at)).toEqualTypeOf<RelationshipResult>()
    expectTypeOf(timeline.project(membership('NATO'), at)).toEqualTypeOf<MembershipResult>()
    expectTypeOf(timeline.project(officeHolders('JPN'), at)).toEqualTypeOf<OfficeHoldersResult>()
    expectTypeOf(timeline.project(proposal('nato-tokyo-office'), at)).toEqualTypeOf<ProposalResult>()
    expectTypeOf(timeline.project(network(), at)).toEqualTypeOf<NetworkResult>()
  })

  it('types explain and diff by the projection’s result', () => {
    const timeline = Timeline.empty()
    expectTypeOf(timeline.explain(membership('NATO'), { at: '2023-07-12' }).result).toEqualTypeOf<MembershipResult>()
    expectTypeOf(
      timeline.diff(relationship('JPN', 'NATO'), { from: '2022', to: '2023' }).after,
    ).toEqualTypeOf<RelationshipResult>()
  })
})

describe('built-in projections on a timeline with kinds of its own', () => {
  it('accepts relationship() and network() on an extended timeline', () => {
    const sanction = defineKind('sanction', { imposer: actorIdSchema, target: actorIdSchema })
    const timeline = Timeline.empty({ vocabulary: extendVocabulary(sanction) })
    expectTypeOf(timeline.project(relationship('EU', 'RUS'), { at: '2023-12-31' })).toEqualTypeOf<RelationshipResult>()
    expectTypeOf(timeline.diff(network(), { from: '2023', to: '2024' }).after).toEqualTypeOf<NetworkResult>()
  })
})

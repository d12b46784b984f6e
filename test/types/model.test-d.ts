import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  type AidEvent,
  actorIdSchema,
  type Certainty,
  type DateInterval,
  type DiplomaticEvent,
  type DiplomaticEventInput,
  defineKind,
  type EventKind,
  type EventOfKind,
  type eventSchema,
  extendVocabulary,
  type MeetingEvent,
  type ParseResult,
  type PartialDate,
  parseEvent,
  safeParseEvent,
  toInterval,
  type ValidationError,
  type Vocabulary,
  type Weight,
  weightOf,
} from '../../src/index.js'
import { build, type EventInput } from '../support/build.js'

declare const event: DiplomaticEvent

describe('DiplomaticEvent', () => {
  it('is exactly what the event schema parses to, kind by kind', () => {
    expectTypeOf<DiplomaticEvent>().toEqualTypeOf<z.infer<typeof eventSchema>>()
  })

  it('is told apart by twenty-four kinds', () => {
    expectTypeOf<EventKind>().toEqualTypeOf<
      | 'actor'
      | 'office'
      | 'membership'
      | 'summit'
      | 'meeting'
      | 'visit'
      | 'statement'
      | 'communique'
      | 'agreement'
      | 'proposal'
      | 'position'
      | 'military-activity'
      | 'reaction'
      | 'aid'
      | 'correction'
      | 'retraction'
      | 'coded'
      | 'agreement-act'
      | 'sanctions'
      | 'expulsion'
      | 'ambassador'
      | 'embassy'
      | 'recognition'
      | 'threat'
    >()
  })

  it('narrows on kind to the fields of that kind', () => {
    if (event.kind === 'meeting') {
      expectTypeOf(event).toEqualTypeOf<MeetingEvent>()
      expectTypeOf(event.participants).toEqualTypeOf<{ actor: string; for?: string | undefined }[]>()
      expectTypeOf(event.summit).toEqualTypeOf<string | undefined>()
    }
    if (event.kind === 'military-activity') {
      expectTypeOf(event.activity).toEqualTypeOf<
        | 'missile-launch'
        | 'missile-test'
        | 'nuclear-test'
        | 'exercise'
        | 'joint-exercise'
        | 'deployment'
        | 'incursion'
        | 'strike'
      >()
      expectTypeOf(event.details).toEqualTypeOf<Record<string, string | number | boolean>>()
    }
  })

  it('does not offer the fields of other kinds after narrowing', () => {
    if (event.kind === 'meeting') {
      // @ts-expect-error a meeting has no speaker
      void event.speaker
      // @ts-expect-error a meeting has no aidKind
      void event.aidKind
    }
  })

  it('offers only the envelope before narrowing', () => {
    expectTypeOf(event.id).toEqualTypeOf<string>()
    expectTypeOf(event.actors).toEqualTypeOf<string[]>()
    // @ts-expect-error participants belong to meetings only
    void event.participants
  })

  it('has a certainty once parsed, filled in by its default', () => {
    expectTypeOf(event.certainty).toEqualTypeOf<Certainty>()
  })

  it('picks one kind with EventOfKind', () => {
    expectTypeOf<EventOfKind<DiplomaticEvent, 'aid'>>().toEqualTypeOf<AidEvent>()
  })
})

describe('DiplomaticEventInput', () => {
  it('leaves fields with defaults optional', () => {
    const input: DiplomaticEventInput = {
      id: 'jpn-aid-ukr',
      kind: 'aid',
      occurred: '2023',
      recorded: '2023-07-13T00:00:00Z',
      actors: ['JPN', 'UKR'],
      sources: ['kyodo-2023-07-13'],
      donor: 'JPN',
      recipient: 'UKR',
      aidKind: 'humanitarian',
    }
    expectTypeOf(input).toExtend<{ kind: string }>()
  })

  it('refuses a field of the wrong type', () => {
    const input: DiplomaticEventInput = {
      id: 'v',
      kind: 'visit',
      occurred: '2023',
      recorded: '2023-07-13',
      actors: ['JPN'],
      sources: ['s'],
      // @ts-expect-error a visitor is an actor id, not a number
      visitor: 5,
      host: 'JPN',
    }
    void input
  })

  it('refuses a field another kind has', () => {
    const input: DiplomaticEventInput = {
      id: 'v',
      kind: 'visit',
      occurred: '2023',
      recorded: '2023-07-13',
      actors: ['JPN'],
      sources: ['s'],
      visitor: 'JPN',
      host: 'KOR',
      // @ts-expect-error participants belong to meetings
      participants: [],
    }
    void input
  })

  it('refuses an unknown kind', () => {
    const input: DiplomaticEventInput = {
      id: 's',
      // @ts-expect-error there is no built-in kind "sanction"
      kind: 'sanction',
      occurred: '2023',
      recorded: '2023-07-13',
      actors: ['EU'],
      sources: ['s'],
    }
    void input
  })
})

describe('parsing', () => {
  it('returns a DiplomaticEvent from anything', () => {
    expectTypeOf(parseEvent).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseEvent).returns.toEqualTypeOf<DiplomaticEvent>()
  })

  it('returns a result to narrow on ok from safeParseEvent', () => {
    const result = safeParseEvent({})
    expectTypeOf(result).toEqualTypeOf<ParseResult<DiplomaticEvent>>()
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<DiplomaticEvent>()
    else expectTypeOf(result.error).toEqualTypeOf<ValidationError>()
  })
})

describe('dates', () => {
  it('takes strings and date objects as partial dates, and gives back ISO strings', () => {
    expectTypeOf<string>().toExtend<PartialDate>()
    expectTypeOf<{ from: string; to: string }>().toExtend<PartialDate>()
    expectTypeOf<{ date: string; approximate: true }>().toExtend<PartialDate>()
    expectTypeOf(toInterval).returns.toEqualTypeOf<DateInterval>()
    expectTypeOf<DateInterval['start']>().toEqualTypeOf<string>()
  })

  it('refuses a number as a partial date', () => {
    // @ts-expect-error dates in are ISO strings, never timestamps
    toInterval(1689120000000)
  })
})

describe('weights', () => {
  it('weighs any event', () => {
    expectTypeOf(weightOf(event)).toEqualTypeOf<Weight>()
  })
})

describe('builders', () => {
  it('return the input type of their kind', () => {
    expectTypeOf(build.meeting()).toEqualTypeOf<EventInput<'meeting'>>()
    expectTypeOf(build['military-activity']().kind).toEqualTypeOf<'military-activity'>()
  })

  it('refuse fields of other kinds', () => {
    // @ts-expect-error a meeting has no speaker
    build.meeting({ speaker: 'kishida-fumio' })
  })
})

describe('custom kinds', () => {
  const sanction = defineKind(
    'sanction',
    { imposer: actorIdSchema, target: actorIdSchema, measures: z.array(z.string()) },
    {
      actors: (e) => {
        expectTypeOf(e.imposer).toEqualTypeOf<string>()
        expectTypeOf(e.kind).toEqualTypeOf<'sanction'>()
        return [[['target'], e.target]]
      },
      direction: (e) => ({ from: [e.imposer], to: [e.target] }),
    },
  )
  const vocabulary = extendVocabulary(sanction)
  type Extended = ReturnType<typeof vocabulary.parse>

  it('joins the custom kind to the union of kinds', () => {
    expectTypeOf<Extended['kind']>().toEqualTypeOf<EventKind | 'sanction'>()
    expectTypeOf(vocabulary).toExtend<Vocabulary<Extended>>()
  })

  it('narrows to the custom kind’s typed fields and the envelope', () => {
    const parsed = vocabulary.parse({})
    if (parsed.kind === 'sanction') {
      expectTypeOf(parsed.imposer).toEqualTypeOf<string>()
      expectTypeOf(parsed.measures).toEqualTypeOf<string[]>()
      expectTypeOf(parsed.certainty).toEqualTypeOf<Certainty>()
      // @ts-expect-error a sanction has no participants
      void parsed.participants
    }
    if (parsed.kind === 'meeting') expectTypeOf(parsed).toEqualTypeOf<MeetingEvent>()
  })

  it('refuses an actors callback that reads a field the kind does not have', () => {
    defineKind(
      'embargo',
      { imposer: actorIdSchema },
      {
        // @ts-expect-error an embargo has no target
        actors: (e) => [[['target'], e.target]],
      },
    )
  })

  it('refuses a direction that is not lists of actors', () => {
    defineKind(
      'embargo',
      { imposer: actorIdSchema },
      {
        // @ts-expect-error from must be a list
        direction: (e) => ({ from: e.imposer, to: [] }),
      },
    )
  })
})

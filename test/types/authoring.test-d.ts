import { describe, expectTypeOf, it } from 'vitest'
import { type DiplomaticEvent, type EventInputOf, Timeline, type UncheckedInput } from '../../src/index.js'

type Input = EventInputOf<DiplomaticEvent>

const sources = [{ id: 'nato', publisher: 'NATO', published: '2023-07-12' }]
const envelope = {
  id: 'kishida-meets-stoltenberg',
  occurred: '2023-07-12',
  recorded: '2023-07-12',
  actors: ['kishida-fumio', 'stoltenberg-jens'],
  sources,
} as const
const participants = [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }]

describe('an event literal of a built-in kind', () => {
  it('is accepted as written, read-only or not, with its defaults left out', () => {
    Timeline.empty().append({ ...envelope, kind: 'meeting', participants })
    const meeting: Input = { ...envelope, kind: 'meeting', participants }
    expectTypeOf(meeting.kind).toEqualTypeOf<'meeting'>()
  })

  it('is refused with a misspelt required field, at the field', () => {
    const meeting: Input = {
      ...envelope,
      kind: 'meeting',
      // @ts-expect-error "partcipants" is not a field of a meeting
      partcipants: participants,
    }
    void meeting
  })

  it('is refused with a misspelt optional field, at the field', () => {
    const meeting: Input = {
      ...envelope,
      kind: 'meeting',
      participants,
      // @ts-expect-error "locaton" is not a field of the envelope
      locaton: 'Vilnius',
    }
    void meeting
  })

  it('is refused with a value outside its kind’s list', () => {
    // @ts-expect-error sanctions are imposed or lifted, not extended
    const sanctions: Input = { ...envelope, kind: 'sanctions', imposer: 'EU', target: 'RUS', action: 'extend' }
    void sanctions
  })
})

describe('Timeline.append, appendMany and from with a misspelt field', () => {
  it('do not compile', () => {
    // @ts-expect-error "locaton" is not a field: no overload takes the literal
    Timeline.empty().append({ ...envelope, kind: 'meeting', participants, locaton: 'Vilnius' })
    // @ts-expect-error "visiter" is not a field of a visit
    Timeline.empty().appendMany([{ ...envelope, id: 'v', kind: 'visit', visiter: 'kishida-fumio', host: 'LTU' }])
    // @ts-expect-error "organization" is not a field of a membership (it is "organisation")
    Timeline.from([
      { ...envelope, kind: 'membership', member: 'JPN', organization: 'NATO', status: 'partner', change: 'start' },
    ])
  })

  it('compile once the field is right', () => {
    Timeline.empty().append({ ...envelope, kind: 'meeting', participants, location: 'Vilnius' })
    Timeline.empty().appendMany([{ ...envelope, id: 'v', kind: 'visit', visitor: 'kishida-fumio', host: 'LTU' }])
    Timeline.from([
      { ...envelope, kind: 'membership', member: 'JPN', organisation: 'NATO', status: 'partner', change: 'start' },
    ])
  })
})

describe('values the compiler cannot check', () => {
  it('are accepted, to be validated at run time: unknown values, as read from JSON', () => {
    const parsed: unknown = JSON.parse('{}')
    const many: unknown[] = JSON.parse('[]')
    expectTypeOf(Timeline.empty().append(parsed)).toEqualTypeOf<Timeline>()
    expectTypeOf(Timeline.from(many)).toEqualTypeOf<Timeline>()
    expectTypeOf(Timeline.empty().appendMany(many)).toEqualTypeOf<Timeline>()
  })

  it('are accepted when their kind is a plain string, as in a record built at run time', () => {
    const record = { kind: 'meeting' as string, id: 'x' }
    expectTypeOf(Timeline.empty().append(record)).toEqualTypeOf<Timeline>()
  })
})

describe('EventInputOf and UncheckedInput', () => {
  it('give the input of each built-in kind, defaults optional', () => {
    expectTypeOf<Extract<Input, { kind: 'threat' }>['threat']>().toEqualTypeOf<
      'unspecified' | 'non-force' | 'sanctions' | 'break-relations' | 'military-force' | 'ultimatum' | undefined
    >()
  })

  it('let unknown through and turn a type that names a built-in kind into never', () => {
    expectTypeOf<UncheckedInput<unknown>>().toEqualTypeOf<unknown>()
    expectTypeOf<UncheckedInput<{ kind: 'meeting' }>>().toBeNever()
    expectTypeOf<UncheckedInput<{ kind: string }>>().toEqualTypeOf<{ kind: string }>()
  })
})

/**
 * The Timeline against a deliberately naive model, step by step (fast-check `commands`): random
 * sequences of appends and batches (some of them failing: duplicates with other content,
 * undeclared actors, dangling references, bad dates, corrections of corrections, wrong expected
 * versions), identical re-appends, late events, corrections and retractions, with knownOn views
 * and projections asked between them. The model is a plain array of the accepted events: a
 * knownOn view is that array filtered by recorded time, and a projection is the naive fold of
 * test/support/naive-fold.ts over it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CERTAINTIES,
  type Certainty,
  ConcurrencyError,
  type DiplomaticEvent,
  DuplicateEventError,
  type EntenteError,
  MEMBERSHIP_STATUSES,
  membership,
  network,
  officeHolders,
  type Projection,
  parseEvent,
  proposal,
  relationship,
  STANCES,
  type Stance,
  Timeline,
  TONES,
  type Tone,
  type Uncertainty,
  UnknownReferenceError,
  ValidationError,
} from '../../src/index.js'
import { build } from '../support/build.js'
import { boundOf, type NaiveQuery, naiveProject, naiveRefuses } from '../support/naive-fold.js'
import { dateOf, queryDate, RANDOM_START, type When } from '../support/random-log.js'
import { declarations, trace } from '../support/timeline.js'

const DAY = 86_400_000

/** Declared before the first command. */
const FIRST_ACTORS = ['JPN', 'NATO', 'KOR', 'PRK', 'CHN', 'kishida-fumio', 'stoltenberg-jens'] as const
/** Declared by commands, so that some events name actors declared late, and some batches declare actors they use. */
const LATER_ACTORS = ['FRA', 'UKR', 'macron-emmanuel'] as const
/** Never declared. */
const UNDECLARED = 'BRA'
const STATES = ['JPN', 'KOR', 'PRK', 'CHN', 'FRA', 'UKR']
const ONE_SIDE = ['JPN', 'kishida-fumio', 'KOR', 'FRA', 'macron-emmanuel']
const OTHER_SIDE = ['NATO', 'stoltenberg-jens', 'PRK', 'CHN', 'UKR']
const PEOPLE = ['kishida-fumio', 'stoltenberg-jens', 'macron-emmanuel']
const OFFICES_OF = ['JPN', 'NATO', 'KOR', 'FRA']

const projections: readonly [string, Projection<unknown>][] = [
  ['trace', trace],
  ['relationship(JPN, NATO)', relationship('JPN', 'NATO')],
  ['relationship(PRK, KOR)', relationship('PRK', 'KOR')],
  ['network()', network()],
  ['membership(NATO)', membership('NATO')],
  ['officeHolders(JPN)', officeHolders('JPN')],
  ['proposal(p0)', proposal('p0')],
]

// --- the model --------------------------------------------------------------------------------

/** The model: the inputs the timeline accepted, in order, and what follows from them. */
interface Model {
  readonly inputs: object[]
  readonly events: DiplomaticEvent[]
  readonly declared: Set<string>
  /** Counters for fresh ids. */
  next: number
  proposals: number
  /** Versions the real timeline had, with what they showed, to check they never change. */
  readonly history: { readonly timeline: Timeline; readonly version: number; readonly ndjson: string }[]
}

interface Real {
  timeline: Timeline
}

const recordedMs = (event: { recorded: string }): number =>
  Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(event.recorded) ? `${event.recorded}T00:00:00Z` : event.recorded)
const iso = (ms: number) => new Date(ms).toISOString()
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!

/** What a batch sees while it is built: the model's events and those staged before in the batch. */
interface Staged {
  readonly inputs: object[]
  readonly events: DiplomaticEvent[]
  readonly declared: Set<string>
}

const stagedFrom = (model: Model): Staged => ({
  inputs: [...model.inputs],
  events: [...model.events],
  declared: new Set(model.declared),
})

/** Accepts an input into the staged state (and returns whether it added an event). */
function stage(staged: Staged, input: object): boolean {
  const event = parseEvent(input)
  if (staged.events.some((e) => e.id === event.id)) return false
  staged.inputs.push(input)
  staged.events.push(event)
  if (event.kind === 'actor') staged.declared.add(event.actors[0]!)
  return true
}

// --- dates ------------------------------------------------------------------------------------

const when: fc.Arbitrary<When> = fc.record({
  day: fc.integer({ min: 0, max: 900 }),
  precision: fc.constantFrom('day', 'day', 'day', 'month', 'year', 'instant', 'interval', 'approximate'),
  span: fc.integer({ min: 1, max: 20 }),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
})

/** How long after its date (or its target) an event is recorded: mostly days, sometimes years (a late event). */
const lag = fc.record({
  days: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 800 }) },
  ),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
})
/** For kinds that may be scheduled: sometimes recorded before they happen. */
const scheduleLag = fc.oneof(
  lag,
  fc.record({ days: fc.integer({ min: -60, max: -1 }), ms: fc.integer({ min: 0, max: DAY - 1 }) }),
)
type Lag = { readonly days: number; readonly ms: number }
const after = (ms: number, l: Lag) => iso(ms + l.days * DAY + l.ms)

// --- valid steps --------------------------------------------------------------------------------

const n = fc.nat({ max: 1000 })

type Valid =
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
      readonly kind: 'launch'
      readonly actor: number
      readonly near: number
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
  | { readonly kind: 'proposal'; readonly proposer: number; readonly when: When; readonly lag: Lag }
  | {
      readonly kind: 'position'
      readonly actor: number
      readonly proposal: number
      readonly stance: Stance
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
  | { readonly kind: 'declare'; readonly actor: number; readonly days: number }
  | { readonly kind: 'reappend'; readonly target: number }

const valid: fc.Arbitrary<Valid> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('meeting' as const), a: n, b: n, when, lag: scheduleLag }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('statement' as const),
      speaker: n,
      about: n,
      tone: fc.constantFrom(...TONES),
      when,
      lag,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('launch' as const),
      actor: n,
      near: n,
      certainty: fc.constantFrom(...CERTAINTIES),
      when,
      lag,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('membership' as const),
      member: n,
      status: n,
      start: fc.boolean(),
      when,
      lag: scheduleLag,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('office' as const),
      person: n,
      of: n,
      start: fc.boolean(),
      when,
      lag: scheduleLag,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proposal' as const), proposer: n, when, lag }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('position' as const),
      actor: n,
      proposal: n,
      stance: fc.constantFrom(...STANCES),
      when,
      lag,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correction' as const),
      target: n,
      certainty: fc.option(fc.constantFrom(...CERTAINTIES), { nil: undefined }),
      move: fc.option(when, { nil: undefined }),
      lag,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retraction' as const), target: n, lag }) },
  // Recorded before anything that could name the actor: a declaration must be recorded no later than its use.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('declare' as const), actor: n, days: fc.integer({ min: 61, max: 400 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reappend' as const), target: n }) },
)

const declaredOf = (staged: Staged, pool: readonly string[]) => pool.filter((actor) => staged.declared.has(actor))
const targetsOf = (staged: Staged, kinds: readonly string[]) =>
  staged.events.filter((event) => kinds.includes(event.kind))
const CORRECTABLE = ['meeting', 'statement', 'military-activity', 'membership', 'office', 'proposal', 'position']

/** The input a valid step makes, against what is staged; undefined when it cannot be made yet. */
function validInput(step: Valid, staged: Staged, model: Model): object | undefined {
  const id = `e${model.next++}`
  switch (step.kind) {
    case 'meeting': {
      const a = pick(declaredOf(staged, ONE_SIDE), step.a)
      const b = pick(declaredOf(staged, OTHER_SIDE), step.b)
      const { occurred, start } = dateOf(step.when)
      return build.meeting({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        summit: undefined,
        participants: [{ actor: a }, { actor: b }],
      })
    }
    case 'statement': {
      const [from, to] = step.speaker % 2 === 0 ? [ONE_SIDE, OTHER_SIDE] : [OTHER_SIDE, ONE_SIDE]
      const { occurred, start } = dateOf(step.when)
      return build.statement({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        speaker: pick(declaredOf(staged, from), step.speaker >> 1),
        for: undefined,
        about: [pick(declaredOf(staged, to), step.about)],
        tone: step.tone,
      })
    }
    case 'launch': {
      const states = declaredOf(staged, STATES)
      const actor = pick(states, step.actor)
      const near = pick(
        states.filter((state) => state !== actor),
        step.near,
      )
      const { occurred, start } = dateOf(step.when)
      return build['military-activity']({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        actor,
        near: [near],
        certainty: step.certainty,
      })
    }
    case 'membership': {
      const { occurred, start } = dateOf(step.when)
      return build.membership({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        member: pick(declaredOf(staged, STATES), step.member),
        organisation: 'NATO',
        status: pick(MEMBERSHIP_STATUSES, step.status),
        change: step.start ? 'start' : 'end',
      })
    }
    case 'office': {
      const { occurred, start } = dateOf(step.when)
      return build.office({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        person: pick(declaredOf(staged, PEOPLE), step.person),
        office: 'Leader',
        of: pick(declaredOf(staged, OFFICES_OF), step.of),
        change: step.start ? 'start' : 'end',
      })
    }
    case 'proposal': {
      const { occurred, start } = dateOf(step.when)
      return build.proposal({
        id: `p${model.proposals++}`,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        proposer: pick(['NATO', 'JPN', 'KOR'], step.proposer),
      })
    }
    case 'position': {
      const proposals = targetsOf(staged, ['proposal'])
      if (proposals.length === 0) return undefined
      const { occurred, start } = dateOf(step.when)
      return build.position({
        id,
        occurred: occurred as never,
        recorded: after(start, step.lag),
        actor: pick(
          declaredOf(staged, ['JPN', 'NATO', 'KOR', 'CHN', 'kishida-fumio', 'stoltenberg-jens', 'macron-emmanuel']),
          step.actor,
        ),
        proposal: pick(proposals, step.proposal).id,
        stance: step.stance,
      })
    }
    case 'correction': {
      const targets = targetsOf(staged, CORRECTABLE)
      if (targets.length === 0 || (step.certainty === undefined && step.move === undefined)) return undefined
      const target = pick(targets, step.target)
      const recorded = after(recordedMs(target), step.lag)
      // A move is made only where the log takes it: an unscheduled kind cannot begin after it was recorded.
      const moved = step.move === undefined ? undefined : dateOf(step.move)
      const scheduled = ['meeting', 'membership', 'office'].includes(target.kind)
      const move = moved !== undefined && (scheduled || moved.start <= recordedMs(target)) ? moved : undefined
      if (step.certainty === undefined && move === undefined) return undefined
      const changes = {
        ...(step.certainty === undefined ? {} : { certainty: step.certainty }),
        ...(move === undefined ? {} : { occurred: move.occurred }),
      }
      return build.correction({
        id,
        occurred: recorded.slice(0, 10),
        recorded,
        actors: ['JPN'],
        target: target.id,
        changes,
      })
    }
    case 'retraction': {
      const targets = targetsOf(staged, [...CORRECTABLE, 'correction'])
      if (targets.length === 0) return undefined
      const target = pick(targets, step.target)
      const recorded = after(recordedMs(target), step.lag)
      return build.retraction({ id, occurred: recorded.slice(0, 10), recorded, actors: ['JPN'], target: target.id })
    }
    case 'declare': {
      const undeclared = LATER_ACTORS.filter((actor) => !staged.declared.has(actor))
      if (undeclared.length === 0) return undefined
      const actor = pick(undeclared, step.actor)
      return { ...declarations([actor])[0]!, recorded: iso(RANDOM_START - step.days * DAY) }
    }
    case 'reappend':
      return pick(staged.inputs, step.target)
  }
}

// --- failing steps ------------------------------------------------------------------------------

type Bad =
  | { readonly kind: 'duplicate'; readonly target: number }
  | { readonly kind: 'undeclared-actor'; readonly statement: boolean }
  | { readonly kind: 'dangling'; readonly which: 'correction' | 'retraction' | 'position' | 'summit' | 'reaction' }
  | { readonly kind: 'bad-date'; readonly value: string; readonly field: 'occurred' | 'recorded' }
  | { readonly kind: 'correction-of-correction'; readonly target: number }
  | { readonly kind: 'retraction-of-retraction'; readonly target: number }
  | { readonly kind: 'correction-before-target'; readonly target: number }
  | { readonly kind: 'recorded-before-occurred' }
  | { readonly kind: 'declared-too-late'; readonly actor: number }

const bad: fc.Arbitrary<Bad> = fc.oneof(
  fc.record({ kind: fc.constant('duplicate' as const), target: n }),
  fc.record({ kind: fc.constant('undeclared-actor' as const), statement: fc.boolean() }),
  fc.record({
    kind: fc.constant('dangling' as const),
    which: fc.constantFrom(
      'correction' as const,
      'retraction' as const,
      'position' as const,
      'summit' as const,
      'reaction' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('bad-date' as const),
    value: fc.constantFrom(
      '2023-02-30',
      '2023-13-01',
      '2023-07-12T24:61:00Z',
      '2023-07-12T10:00:00',
      '23-07-12',
      '2023-07-12 10:00Z',
    ),
    field: fc.constantFrom('occurred' as const, 'recorded' as const),
  }),
  fc.record({ kind: fc.constant('correction-of-correction' as const), target: n }),
  fc.record({ kind: fc.constant('retraction-of-retraction' as const), target: n }),
  fc.record({ kind: fc.constant('correction-before-target' as const), target: n }),
  fc.constant({ kind: 'recorded-before-occurred' as const }),
  fc.record({ kind: fc.constant('declared-too-late' as const), actor: n }),
)

/** The input a failing step makes and the error it must give; undefined when it cannot be made yet. */
function badInput(
  step: Bad,
  staged: Staged,
  model: Model,
): { inputs: object[]; error: new (...args: never[]) => EntenteError } | undefined {
  const made = badInputOf(step, staged, model)
  if (made === undefined) return undefined
  return 'inputs' in made ? made : { inputs: [made.input], error: made.error }
}

function badInputOf(
  step: Bad,
  staged: Staged,
  model: Model,
):
  | { input: object; error: new (...args: never[]) => EntenteError }
  | { inputs: object[]; error: new (...args: never[]) => EntenteError }
  | undefined {
  const id = `x${model.next++}`
  switch (step.kind) {
    case 'duplicate': {
      const target = pick(staged.inputs, step.target)
      return { input: { ...target, notes: 'the same id, with other content' }, error: DuplicateEventError }
    }
    case 'undeclared-actor':
      return {
        input: step.statement
          ? build.statement({ id, speaker: UNDECLARED, for: undefined, about: ['JPN'] })
          : build.meeting({ id, summit: undefined, participants: [{ actor: 'JPN' }, { actor: UNDECLARED }] }),
        error: UnknownReferenceError,
      }
    case 'dangling': {
      const inputs = {
        correction: build.correction({ id, actors: ['JPN'], target: 'no-such-event' }),
        retraction: build.retraction({ id, actors: ['JPN'], target: 'no-such-event' }),
        position: build.position({ id, actor: 'JPN', proposal: 'no-such-proposal' }),
        summit: build.meeting({ id, participants: [{ actor: 'JPN' }, { actor: 'NATO' }], summit: 'no-such-summit' }),
        reaction: build.reaction({ id, actor: 'CHN', towards: ['NATO'], respondsTo: 'no-such-event' }),
      }
      return { input: inputs[step.which], error: UnknownReferenceError }
    }
    case 'bad-date':
      return {
        input: build.statement({ id, speaker: 'JPN', for: undefined, about: ['NATO'], [step.field]: step.value }),
        error: ValidationError,
      }
    case 'correction-of-correction': {
      const targets = targetsOf(staged, ['correction'])
      if (targets.length === 0) return undefined
      const target = pick(targets, step.target)
      const recorded = after(recordedMs(target), { days: 1, ms: 0 })
      return {
        input: build.correction({ id, occurred: recorded.slice(0, 10), recorded, actors: ['JPN'], target: target.id }),
        error: ValidationError,
      }
    }
    case 'retraction-of-retraction': {
      const targets = targetsOf(staged, ['retraction'])
      if (targets.length === 0) return undefined
      const target = pick(targets, step.target)
      const recorded = after(recordedMs(target), { days: 1, ms: 0 })
      return {
        input: build.retraction({ id, occurred: recorded.slice(0, 10), recorded, actors: ['JPN'], target: target.id }),
        error: ValidationError,
      }
    }
    case 'correction-before-target': {
      const targets = targetsOf(staged, CORRECTABLE)
      if (targets.length === 0) return undefined
      const target = pick(targets, step.target)
      const recorded = iso(recordedMs(target) - DAY)
      return {
        input: build.correction({ id, occurred: recorded.slice(0, 10), recorded, actors: ['JPN'], target: target.id }),
        error: ValidationError,
      }
    }
    case 'recorded-before-occurred':
      return {
        input: build.statement({
          id,
          speaker: 'JPN',
          for: undefined,
          about: ['NATO'],
          occurred: '2023-07-12',
          recorded: '2023-07-11T23:59:59Z',
        }),
        error: ValidationError,
      }
    case 'declared-too-late': {
      // an actor declared in the same batch, but recorded after the event that names it
      const undeclared = LATER_ACTORS.filter((actor) => !staged.declared.has(actor))
      if (undeclared.length === 0) return undefined
      const actor = pick(undeclared, step.actor)
      const declaration = { ...declarations([actor])[0]!, recorded: '2030-01-01T00:00:00Z' }
      return {
        inputs: [declaration, build.meeting({ id, summit: undefined, participants: [{ actor: 'NATO' }, { actor }] })],
        error: UnknownReferenceError,
      }
    }
  }
}

// --- checks -------------------------------------------------------------------------------------

/** The real timeline shows the model's events, and every earlier version still shows what it showed. */
function expectSame(model: Model, real: Real): void {
  expect(real.timeline.version).toBe(model.events.length)
  expect(real.timeline.events).toEqual(model.events)
}

function remember(model: Model, timeline: Timeline): void {
  model.history.push({ timeline, version: timeline.version, ndjson: timeline.toNdjson() })
  if (model.history.length > 6) model.history.splice(1, 1)
}

function expectFailure(action: () => unknown, error: new (...args: never[]) => EntenteError): void {
  let thrown: unknown
  try {
    action()
  } catch (e) {
    thrown = e
  }
  expect(thrown, 'expected the append to fail').toBeInstanceOf(error)
  expect((thrown as EntenteError).message).not.toBe('')
}

// --- commands -----------------------------------------------------------------------------------

class Append implements fc.Command<Model, Real> {
  constructor(
    readonly step: Valid,
    readonly withVersion: boolean,
  ) {}
  check = () => true
  run(model: Model, real: Real): void {
    const staged = stagedFrom(model)
    const input = validInput(this.step, staged, model)
    if (input === undefined) return
    const before = real.timeline
    const next = before.append(input, this.withVersion ? { expectedVersion: model.events.length } : {})
    if (stage(staged, input)) {
      model.inputs.push(input)
      model.events.push(staged.events.at(-1)!)
      if (staged.events.at(-1)!.kind === 'actor') model.declared.add(staged.events.at(-1)!.actors[0]!)
    } else {
      // an identical re-append gives back the very same timeline
      expect(next).toBe(before)
    }
    real.timeline = next
    expectSame(model, real)
    remember(model, next)
  }
  toString = () => `append ${JSON.stringify(this.step)}${this.withVersion ? ' at the expected version' : ''}`
}

class AppendMany implements fc.Command<Model, Real> {
  constructor(
    readonly steps: readonly Valid[],
    readonly failure: { readonly step: Bad; readonly at: number } | undefined,
  ) {}
  check = () => true
  run(model: Model, real: Real): void {
    const staged = stagedFrom(model)
    const batch: object[] = []
    let failing: { inputs: object[]; error: new (...args: never[]) => EntenteError } | undefined
    const place = this.failure === undefined ? -1 : this.failure.at % (this.steps.length + 1)
    for (let i = 0; i <= this.steps.length; i++) {
      if (i === place) {
        failing = badInput(this.failure!.step, staged, model)
        if (failing !== undefined) batch.push(...failing.inputs)
      }
      if (i === this.steps.length) break
      const input = validInput(this.steps[i]!, staged, model)
      if (input === undefined) continue
      batch.push(input)
      stage(staged, input)
    }
    const before = real.timeline
    const ndjson = before.toNdjson()
    if (failing !== undefined) {
      // all or nothing: the batch fails, and the timeline is as it was
      expectFailure(() => before.appendMany(batch), failing.error)
      expect(before.toNdjson()).toBe(ndjson)
      expectSame(model, real)
      return
    }
    real.timeline = before.appendMany(batch)
    model.inputs.splice(0, model.inputs.length, ...staged.inputs)
    model.events.splice(0, model.events.length, ...staged.events)
    for (const actor of staged.declared) model.declared.add(actor)
    expectSame(model, real)
    remember(model, real.timeline)
  }
  toString = () =>
    `appendMany ${JSON.stringify(this.steps)}${this.failure === undefined ? '' : ` failing with ${JSON.stringify(this.failure)}`}`
}

class AppendBad implements fc.Command<Model, Real> {
  constructor(readonly step: Bad | 'concurrency') {}
  check = () => true
  run(model: Model, real: Real): void {
    const before = real.timeline
    const ndjson = before.toNdjson()
    if (this.step === 'concurrency') {
      const input = build.statement({ id: `c${model.next++}`, speaker: 'JPN', for: undefined, about: ['NATO'] })
      expectFailure(() => before.append(input, { expectedVersion: model.events.length + 1 }), ConcurrencyError)
    } else {
      const failing = badInput(this.step, stagedFrom(model), model)
      if (failing === undefined) return
      expectFailure(
        () => (failing.inputs.length === 1 ? before.append(failing.inputs[0]) : before.appendMany(failing.inputs)),
        failing.error,
      )
    }
    // a failed append changes nothing
    expect(real.timeline).toBe(before)
    expect(before.toNdjson()).toBe(ndjson)
    expectSame(model, real)
  }
  toString = () => `append failing ${JSON.stringify(this.step)}`
}

class KnownOn implements fc.Command<Model, Real> {
  constructor(readonly date: string | { readonly event: number; readonly shift: -1 | 0 }) {}
  check = () => true
  run(model: Model, real: Real): void {
    const date =
      typeof this.date === 'string' ? this.date : iso(recordedMs(pick(model.events, this.date.event)) + this.date.shift)
    const bound = boundOf(date)
    const known = model.events.filter((event) => recordedMs(event) < bound)
    const view = real.timeline.knownOn(date)
    expect(view.events).toEqual(known)
    expect(view.version).toBe(known.length)
  }
  toString = () => `knownOn ${JSON.stringify(this.date)}`
}

class Project implements fc.Command<Model, Real> {
  constructor(
    readonly projection: number,
    readonly query: NaiveQuery,
  ) {}
  check = () => true
  run(model: Model, real: Real): void {
    const [name, projection] = pick(projections, this.projection)
    const { at, knownOn, uncertainty } = this.query
    const options = {
      at,
      ...(knownOn === undefined ? {} : { knownOn }),
      ...(uncertainty === undefined ? {} : { uncertainty }),
    }
    // A question about an actor or proposal the log does not hold is refused, as the model says.
    if (naiveRefuses(model.inputs, projection, this.query)) {
      expect(() => real.timeline.project(projection, options), `${name} ${JSON.stringify(options)}`).toThrow(
        UnknownReferenceError,
      )
      return
    }
    expect(real.timeline.project(projection, options), `${name} ${JSON.stringify(options)}`).toEqual(
      naiveProject(model.inputs, projection, this.query),
    )
  }
  toString = () => `project ${pick(projections, this.projection)[0]} ${JSON.stringify(this.query)}`
}

class History implements fc.Command<Model, Real> {
  check = (model: Readonly<Model>) => model.history.length > 0
  run(model: Model): void {
    // every version handed out earlier still shows exactly what it showed
    for (const { timeline, version, ndjson } of model.history) {
      expect(timeline.version).toBe(version)
      expect(timeline.toNdjson()).toBe(ndjson)
    }
  }
  toString = () => 'earlier versions'
}

const query: fc.Arbitrary<NaiveQuery> = fc.record({
  at: queryDate,
  knownOn: fc.option(queryDate, { nil: undefined }),
  uncertainty: fc.constantFrom<Uncertainty>('strict', 'possible'),
})

const append = fc.tuple(valid, fc.boolean()).map(([step, withVersion]) => new Append(step, withVersion))
/** Batches long enough that logs pass the 64 entries after which the engine keeps checkpoints. */
const appendMany = fc
  .tuple(
    fc.array(valid, { minLength: 1, maxLength: 40, size: 'max' }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.record({ step: bad, at: n }) },
    ),
  )
  .map(([steps, failure]) => new AppendMany(steps, failure))
const project = fc.tuple(n, query).map(([projection, q]) => new Project(projection, q))
const commands = [
  append,
  append,
  appendMany,
  appendMany,
  fc.oneof(bad, fc.constant('concurrency' as const)).map((step) => new AppendBad(step)),
  fc
    .oneof(queryDate, fc.record({ event: n, shift: fc.constantFrom(-1 as const, 0 as const) }))
    .map((date) => new KnownOn(date)),
  project,
  project,
  project,
  fc.constant(new History()),
]

function setup(): { model: Model; real: Timeline } {
  const inputs = declarations(FIRST_ACTORS)
  const real = Timeline.from(inputs)
  const model: Model = {
    inputs: [...inputs],
    events: inputs.map((input) => parseEvent(input)),
    declared: new Set(FIRST_ACTORS),
    next: 0,
    proposals: 0,
    history: [],
  }
  return { model, real }
}

describe('the Timeline, step by step against a naive model', () => {
  it('accepts, refuses, views and projects as the model does', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 50, size: '+1' }), (cmds) => {
        fc.modelRun(() => {
          const { model, real } = setup()
          return { model, real: { timeline: real } }
        }, cmds)
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})

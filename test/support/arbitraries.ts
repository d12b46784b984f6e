/**
 * fast-check arbitraries of valid vocabulary: actor ids, event ids, partial dates, citations,
 * and whole events of every kind, for properties that must hold of any event.
 */
import fc from 'fast-check'
import { AID_KINDS, CERTAINTIES, type EventKind, KINDS, MILITARY_ACTIVITIES, TONES } from '../../src/index.js'
import { _parseDateString } from '../../src/model/partial-date.js'
import { type CitationInput, type EventInput, event, type Overrides } from './build.js'

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])

/** A state's id: three upper-case letters. */
export const stateId = fc.stringMatching(/^[A-Z]{3}$/)

/** An organisation's id: an upper-case code of 2 to 16 letters and digits. */
export const organisationId = fc.stringMatching(/^[A-Z][A-Z0-9]{1,15}$/)

/** A person's id: a lower-case slug of up to 64 characters. */
export const personId = fc.stringMatching(/^[a-z][a-z0-9]{0,11}(?:-[a-z0-9]{1,12}){0,3}$/)

/** Any actor id. */
export const actorId = fc.oneof(stateId, organisationId, personId)

/** An event or citation id: a slug. */
export const eventId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$/)

/** A key that is safe in a record (never `__proto__`, `constructor` or `prototype`). */
export const safeKey = fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !RESERVED.has(key))

/** Any instant from the year 0000 to 9999. */
export const instant = fc.date({
  min: new Date('0000-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
})

/** A calendar day `YYYY-MM-DD`. */
export const isoDay = instant.map((date) => date.toISOString().slice(0, 10))

/** A month `YYYY-MM`. */
export const isoMonth = instant.map((date) => date.toISOString().slice(0, 7))

/** A year `YYYY`. */
export const isoYear = instant.map((date) => date.toISOString().slice(0, 4))

/** An ISO timestamp in UTC (`Z`), with or without seconds and milliseconds. */
export const isoInstant = fc
  .tuple(instant, fc.constantFrom(16, 19, 23))
  .map(([date, length]) => `${date.toISOString().slice(0, length)}Z`)

/** An ISO timestamp with a time-zone offset between -12:00 and +14:00. */
export const isoInstantWithOffset = fc
  .tuple(
    fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9000-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: -12 * 4, max: 14 * 4 }),
  )
  .map(([date, quarters]) => {
    const minutes = quarters * 15
    const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19)
    const sign = minutes < 0 ? '-' : '+'
    const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')
    const mm = String(Math.abs(minutes) % 60).padStart(2, '0')
    return `${local}${sign}${hh}:${mm}`
  })

/** A date string of any precision. */
export const dateString = fc.oneof(isoYear, isoMonth, isoDay, isoInstant, isoInstantWithOffset)

/** A recorded time: a day or an instant. */
export const recorded = fc.oneof(isoDay, isoInstant, isoInstantWithOffset)

/** A partial date: a date string, an interval whose `to` does not end before `from`, or an approximate date. */
export const partialDate = fc.oneof(
  dateString,
  fc.tuple(instant, instant, fc.option(fc.boolean(), { nil: undefined })).map(([a, b, approximate]) => {
    const [from, to] = a <= b ? [a, b] : [b, a]
    const interval = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }
    return approximate === undefined ? interval : { ...interval, approximate }
  }),
  fc.record({ date: dateString, approximate: fc.boolean() }, { requiredKeys: ['date'] }),
)

/** A non-empty line of text, possibly with any Unicode in it. */
export const text = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' })

/** An inline citation. */
export const inlineCitation: fc.Arbitrary<CitationInput> = fc.record(
  {
    id: eventId,
    publisher: text,
    title: text,
    author: text,
    url: fc.webUrl({ validSchemes: ['http', 'https'] }),
    published: dateString,
    quote: text,
  },
  { requiredKeys: ['id', 'publisher', 'published'] },
)

/** A source: an inline citation or a citation's id. */
export const source = fc.oneof(eventId, inlineCitation)

/** A Goldstein weight, to one decimal as the scale is given (and never -0, which JSON cannot keep). */
export const weight = fc.integer({ min: -100, max: 100 }).map((tenths) => tenths / 10)

/** The envelope's fields, other than `kind` and `actors`. */
export const envelopeFields = fc.record(
  {
    id: eventId,
    occurred: partialDate,
    recorded,
    sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    certainty: fc.constantFrom(...CERTAINTIES),
    location: text,
    tags: fc.array(safeKey, { maxLength: 3 }),
    notes: fc.string({ maxLength: 80 }),
    weight,
  },
  { requiredKeys: ['id', 'occurred', 'recorded', 'sources'] },
)

/** Fields of the kinds whose fields name actors, so the actors check meets many ids. */
const kindFields: { readonly [K in EventKind]?: fc.Arbitrary<Overrides<K>> } = {
  meeting: fc.record({
    participants: fc
      .uniqueArray(actorId, { minLength: 2, maxLength: 5 })
      .map((ids) => ids.map((id) => ({ actor: id }))),
  }),
  statement: fc.record({
    speaker: personId,
    about: fc.uniqueArray(actorId, { maxLength: 4 }),
    quote: text,
    tone: fc.constantFrom(...TONES),
  }),
  agreement: fc.record({
    parties: fc.uniqueArray(actorId, { minLength: 2, maxLength: 5 }),
    title: text,
    areas: fc.array(text, { maxLength: 3 }),
    inForce: isoDay.map((from) => ({ from })),
  }),
  'military-activity': fc.record({
    actor: stateId,
    activity: fc.constantFrom(...MILITARY_ACTIVITIES),
    near: fc.uniqueArray(actorId, { maxLength: 3 }),
    details: fc.dictionary(safeKey, fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean()), { maxKeys: 4 }),
  }),
  aid: fc.record({ donor: actorId, recipient: actorId, aidKind: fc.constantFrom(...AID_KINDS) }),
}

/** A valid event of the given kind, varied in its envelope and, for some kinds, in its own fields. */
export function eventOf<K extends EventKind>(kind: K): fc.Arbitrary<EventInput<K>> {
  const fields = (kindFields[kind] as fc.Arbitrary<Overrides<K>> | undefined) ?? fc.constant({})
  return fc
    .tuple(envelopeFields, fields)
    .map(([envelope, own]) => event(kind, { ...backdatedIfNeeded(envelope), ...own } as Overrides<K>))
}

/**
 * The envelope, saying why it is backdated when an inline source was published after it was
 * recorded (the log refuses such a source otherwise), so generated events stay valid.
 */
function backdatedIfNeeded<T extends { recorded: string; sources: readonly (string | CitationInput)[] }>(
  envelope: T,
): T {
  const recorded = _parseDateString(envelope.recorded)
  const late = envelope.sources.some((source) => {
    if (typeof source === 'string') return false
    const published = _parseDateString(source.published)
    return typeof published !== 'string' && typeof recorded !== 'string' && published.start > recorded.start
  })
  return late ? { ...envelope, backdated: 'an archive entry' } : envelope
}

/** A valid event of any built-in kind. */
export const anyEvent = fc.constantFrom(...KINDS).chain((kind) => eventOf(kind) as fc.Arbitrary<EventInput<EventKind>>)

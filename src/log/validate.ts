/**
 * Validation of a batch before it enters a log: each event against its kind's schema, then
 * against the log as it stands and the events before it in the batch (ids, declared actors,
 * citations, references, corrections). The same checks run whatever stores the log.
 */
import {
  DuplicateEventError,
  UnknownReferenceError,
  ValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
} from '../errors.js'
import { type Citation, citationSchema } from '../model/citation.js'
import { _GIVE_UP, _parseJsonValue } from '../model/compiled-schema.js'
import { _sourceAfterRecorded, type EventBase } from '../model/envelope.js'
import { kindSchemas } from '../model/event.js'
import type { KindReference } from '../model/kind-rules.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../model/partial-date.js'
import type { EventLog } from './event-log.js'
import { _canonical, _cloneJson, _freezeDeep } from './freeze.js'

type ReferenceLabel = UnknownReferenceError['referenceKind']

/** An event as it enters: the raw value and the input line it came from, if any. */
export interface _Incoming {
  readonly value: unknown
  readonly line?: number | undefined
  /** The value came from `JSON.parse`, so the compiled validator may read it before zod. */
  readonly json?: true
}

/**
 * Validates a batch against a log's newest state: returns the events to add (identical
 * re-appends left out), deep-frozen. Throws the first error found.
 */
export function _stage<E extends EventBase>(log: EventLog<E>, batch: readonly _Incoming[], maxDepth: number): E[] {
  const vocabulary = log.vocabulary
  const staged: E[] = []
  const stagedIds = new Map<string, E>()
  const stagedActors = new Map<string, number>()
  const stagedCitations = new Map<string, Citation>()
  // Corrections staged in this batch, by target id: a long batch must not be rescanned per correction.
  const stagedCorrections = new Map<string, E[]>()
  const eventById = (id: string): E | undefined => {
    const seq = log.positionOf(id)
    return seq === undefined ? undefined : log.event(seq)
  }
  const stagedKinds = new Map<string, E>()
  const declaredBy = (actor: string, rec: number): boolean =>
    Math.min(log.declaredAt(actor) ?? Infinity, stagedActors.get(actor) ?? Infinity) <= rec
  for (const { value, line, json } of batch) {
    const event = _freezeDeep(copyOf(parsed(vocabulary, value, json, line), maxDepth, line))
    const id = event.id
    const existing = stagedIds.get(id) ?? eventById(id)
    if (existing !== undefined) {
      if (_canonical(existing) === _canonical(event)) continue
      throw new DuplicateEventError(id, line)
    }
    checkTime(log, event, line)
    const issue = (code: ValidationIssueCode, path: (string | number)[], message: string): ValidationError =>
      new ValidationError([{ ...(line === undefined ? {} : { line }), eventId: id, code, path, message }])
    // Actors are declared before use, in append order and in recorded time, so that every
    // knownOn view holds the declarations of the actors its events name; an actor event declares its own.
    const rec = _recordedMs(event.recorded)
    if (event.kind === 'actor') {
      // One actor, one kind: a state declared again (renamed, say) is still a state.
      const actor = event.actors[0]!
      const kind = (event as unknown as { actorKind: string }).actorKind
      const earlier = stagedKinds.get(actor) ?? declarationOf(log, actor)
      const earlierKind = (earlier as unknown as { actorKind?: string } | undefined)?.actorKind
      if (earlier !== undefined && earlierKind !== kind)
        throw issue(
          'rule',
          ['actorKind'],
          `"${actor}" was declared as ${earlierKind} by "${earlier.id}": an actor keeps one kind (correct that declaration instead)`,
        )
      if (earlier === undefined) stagedKinds.set(actor, event)
      stagedActors.set(actor, Math.min(rec, stagedActors.get(actor) ?? Infinity))
    }
    for (let i = 0; i < event.actors.length; i++) {
      const actor = event.actors[i]!
      if (!declaredBy(actor, rec)) throw new UnknownReferenceError(id, ['actors', i], 'actor', actor, line)
    }
    checkSources(log, event, event.sources, stagedCitations, line, [], true)
    for (const reference of vocabulary.references(event)) {
      const target = referenced(id, reference, stagedIds, eventById, line, [])
      if (event.kind === 'agreement-act' && reference.path[0] === 'agreement') checkAgreementAct(event, target, issue)
      if (reference.modifies !== true) continue
      const targetModifies = vocabulary.references(target).some((inner) => inner.modifies === true)
      if ((targetModifies && target.kind !== 'correction') || (event.kind === 'correction' && targetModifies)) {
        throw issue(
          'invalid-target',
          [...reference.path],
          `a ${event.kind} cannot target a ${target.kind} ("${target.id}"): retract it and target the original event`,
        )
      }
      if (rec < _recordedMs(target.recorded)) {
        throw issue(
          'recorded-too-early',
          ['recorded'],
          `is before the recorded time of its target "${target.id}" (${target.recorded})`,
        )
      }
      if (event.kind === 'correction') {
        checkCorrection(log, event, target, stagedCorrections.get(target.id) ?? [], {
          declaredBy,
          ids: stagedIds,
          eventById,
          citations: stagedCitations,
          line,
        })
        push(stagedCorrections, target.id, event)
      }
    }
    staged.push(event)
    stagedIds.set(id, event)
  }
  return staged
}

/**
 * The first declaration of an actor in the log, if any: the event whose kind every later
 * declaration must keep.
 */
function declarationOf<E extends EventBase>(log: EventLog<E>, actor: string): E | undefined {
  if (log.declaredAt(actor) === undefined) return undefined
  let first: number | undefined
  for (const entry of log.actorEntries(actor)) {
    if (entry.variant !== -1 || (first !== undefined && entry.seq >= first)) continue
    const event = log.event(entry.seq)
    if (event.kind === 'actor' && event.actors[0] === actor) first = entry.seq
  }
  return first === undefined ? undefined : log.event(first)
}

/** Citations: given inline once, then by id; inline repeats must agree. */
function checkSources<E extends EventBase>(
  log: EventLog<E>,
  event: E,
  sources: EventBase['sources'],
  stagedCitations: Map<string, Citation>,
  line: number | undefined,
  prefix: readonly (string | number)[],
  gives: boolean,
): void {
  const id = event.id
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!
    if (typeof source === 'string') {
      const cited = stagedCitations.get(source) ?? log.citation(source)
      if (cited === undefined) throw new UnknownReferenceError(id, [...prefix, 'sources', i], 'citation', source, line)
      // A source published after the event was recorded cannot be where the log learned it from.
      const late = event.backdated === undefined ? _sourceAfterRecorded(cited, event.recorded) : undefined
      if (late !== undefined) {
        throw new ValidationError([
          {
            ...(line === undefined ? {} : { line }),
            eventId: id,
            code: 'source-after-recorded',
            path: [...prefix, 'sources', i],
            message: late,
          },
        ])
      }
      continue
    }
    const known = stagedCitations.get(source.id) ?? log.citation(source.id)
    if (known !== undefined && !sameCitation(known, source)) {
      throw new ValidationError([
        {
          ...(line === undefined ? {} : { line }),
          eventId: id,
          code: 'citation-conflict',
          path: [...prefix, 'sources', i],
          message: `citation "${source.id}" was given before with another publisher, title, author, url or date`,
        },
      ])
    }
    // Kept with its quote: what is compared and read here (the date) leaves the quote out.
    if (known === undefined && gives) stagedCitations.set(source.id, source)
  }
}

/** The fields of a citation that must agree wherever it is given: all but the quote. */
const CITATION_FIELDS = Object.keys(citationSchema.shape).filter((field) => field !== 'quote')

/**
 * Whether a citation given inline says what one given before says, its quote aside. Every field
 * is a string (test/log/citations-given-again.test.ts holds the schema to that), so they are compared as such.
 */
function sameCitation(known: Citation, given: Citation): boolean {
  for (const field of CITATION_FIELDS)
    if (known[field as keyof Citation] !== given[field as keyof Citation]) return false
  return true
}

/** An act on an agreement lists its parties (so that every pair's questions see it); a withdrawing party is one. */
function checkAgreementAct<E extends EventBase>(
  event: E,
  agreement: E,
  issue: (code: ValidationIssueCode, path: (string | number)[], message: string) => ValidationError,
): void {
  const { parties } = agreement as unknown as { parties: readonly string[] }
  const missing = parties.filter((party) => !event.actors.includes(party))
  if (missing.length > 0)
    throw issue(
      'rule',
      ['actors'],
      `must list the parties of "${agreement.id}": ${missing.map((p) => `"${p}"`).join(', ')} missing`,
    )
  const { party } = event as unknown as { party?: string }
  if (party !== undefined && !parties.includes(party))
    throw issue('rule', ['party'], `"${party}" is not a party to "${agreement.id}" (${parties.join(', ')})`)
}

/** The event a reference names, which must exist (and be of the kind it must be). */
function referenced<E extends EventBase>(
  id: string,
  reference: KindReference,
  stagedIds: ReadonlyMap<string, E>,
  eventById: (id: string) => E | undefined,
  line: number | undefined,
  prefix: readonly (string | number)[],
): E {
  const target = stagedIds.get(reference.id) ?? eventById(reference.id)
  if (target === undefined || (reference.mustBe !== undefined && target.kind !== reference.mustBe)) {
    throw new UnknownReferenceError(
      id,
      [...prefix, ...reference.path],
      reference.label as ReferenceLabel,
      reference.id,
      line,
    )
  }
  return target
}

/**
 * An event validated: by the validator compiled from the vocabulary's schema when the value came
 * from JSON and it is sure, else by zod, whose issues are the error.
 */
function parsed<E extends EventBase>(
  vocabulary: EventLog<E>['vocabulary'],
  value: unknown,
  json: true | undefined,
  line: number | undefined,
): E {
  if (json === true) {
    const fast = _parseJsonValue(vocabulary.schema, value)
    if (fast !== _GIVE_UP) return fast as E
  }
  const result = vocabulary.safeParse(value)
  if (!result.ok) throw withLine(result.error, line)
  return result.value
}

/** Nothing but a scheduled kind can be recorded before it began. */
function checkTime<E extends EventBase>(
  log: EventLog<E>,
  event: E,
  line: number | undefined,
  eventId: string = event.id,
  path: readonly (string | number)[] = ['recorded'],
): void {
  const vocabulary = log.vocabulary
  if (vocabulary.schedulable(event.kind)) return
  const occurred = _toMsInterval(event.occurred as PartialDate)
  if (_recordedMs(event.recorded) < occurred.start) {
    throw new ValidationError([
      {
        ...(line === undefined ? {} : { line }),
        eventId,
        code: 'recorded-too-early',
        path: [...path],
        message: `"${event.recorded}" is before the event began (${occurredText(event.occurred as PartialDate)}): only ${vocabulary.schedulableKinds.join(', ')} events can be recorded before they happen`,
      },
    ])
  }
}

/** The target with this correction applied (on top of every earlier one) must still be valid and consistent. */
function checkCorrection<E extends EventBase>(
  log: EventLog<E>,
  correction: E,
  target: E,
  stagedCorrections: readonly E[],
  staged: {
    readonly declaredBy: (actor: string, rec: number) => boolean
    readonly ids: ReadonlyMap<string, E>
    readonly eventById: (id: string) => E | undefined
    readonly citations: Map<string, Citation>
    readonly line: number | undefined
  },
): void {
  const { declaredBy, line } = staged
  const changes = (correction as unknown as { changes: Record<string, unknown> }).changes
  const prior = [
    ...(log.modifications(log.positionOf(target.id) ?? -1) ?? []).map((seq) => log.event(seq)),
    ...stagedCorrections,
  ]
  const bases = [
    target,
    Object.assign(
      {},
      target,
      ...prior.map((c) => (c.kind === 'correction' ? (c as unknown as { changes: object }).changes : {})),
    ) as E,
  ]
  for (const base of bases) {
    // The target and the changes are JSON values already validated or copied: the compiled
    // validator may read them, and zod is asked when it gives up (always, for a bad result).
    const merged = { ...base, ...changes }
    const fast = _parseJsonValue(log.vocabulary.schema, merged) as E | typeof _GIVE_UP
    const result = fast !== _GIVE_UP ? { ok: true as const, value: fast } : log.vocabulary.safeParse(merged)
    if (!result.ok) {
      const issues: ValidationIssue[] = result.error.issues.map((inner) => ({
        ...(line === undefined ? {} : { line }),
        eventId: correction.id,
        code: inner.code,
        path: ['changes', ...inner.path],
        message: `would make "${target.id}" invalid: ${inner.message}`,
      }))
      throw new ValidationError(issues)
    }
    const corrected = result.value
    corrected.actors.forEach((actor, i) => {
      if (!declaredBy(actor, _recordedMs(correction.recorded)))
        throw new UnknownReferenceError(correction.id, ['changes', 'actors', i], 'actor', actor, line)
    })
    // The corrected event passes every rule the original had to pass when it was appended.
    if (Object.hasOwn(changes, 'sources'))
      // New sources of a correction are weighed against when the correction was recorded.
      checkSources(
        log,
        { ...corrected, id: correction.id, recorded: correction.recorded },
        corrected.sources,
        staged.citations,
        line,
        ['changes'],
        false,
      )
    for (const reference of log.vocabulary.references(corrected))
      if (Object.hasOwn(changes, reference.path[0] as string))
        referenced(correction.id, reference, staged.ids, staged.eventById, line, ['changes'])
    if (Object.hasOwn(changes, 'occurred')) checkTime(log, corrected, line, correction.id, ['changes', 'occurred'])
  }
}

/**
 * A copy of a validated event that the log can own. The built-in schemas copy what they accept
 * and bound its depth, all but a correction's `changes`; a kind of one's own may accept any value
 * (`z.unknown()`), which would otherwise be kept by reference, frozen in the caller's hands, and
 * nested deeper than any limit (and than JSON.stringify can write).
 */
function copyOf<E extends EventBase>(event: E, maxDepth: number, line: number | undefined): E {
  try {
    if (event.kind === 'correction')
      return {
        ...event,
        changes: _cloneJson((event as unknown as { changes: unknown }).changes, maxDepth, ['changes']),
      }
    return Object.hasOwn(kindSchemas, event.kind) ? event : (_cloneJson(event, maxDepth) as E)
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    throw new ValidationError(
      error.issues.map((issue) => ({ ...(line === undefined ? {} : { line }), eventId: event.id, ...issue })),
    )
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function withLine(error: ValidationError, line: number | undefined): ValidationError {
  if (line === undefined) return error
  return new ValidationError(error.issues.map((issue) => ({ ...issue, line })))
}

function occurredText(date: PartialDate): string {
  return typeof date === 'string' ? date : 'date' in date ? date.date : `${date.from} to ${date.to}`
}

/**
 * What every importer shares once a row is parsed: mapping its sides to actors (and declaring
 * them), citing the dataset and the row's own source once, merging rows that say the same thing,
 * and accounting for every row: written, merged, or skipped with a reason and its line.
 */

import { BadRowError } from '../errors.js'
import type { EventInputOf } from '../log/authoring.js'
import type { Citation } from '../model/citation.js'
import { _sourceAfterRecorded } from '../model/envelope.js'
import type { ActorEvent } from '../model/kinds/actor.js'
import type { CodedEvent, CodedParty, CodedPlace } from '../model/kinds/coded.js'
import type { QuadClass } from '../model/weights.js'
import { _RecentSet, _Window } from './recent.js'
import { type _Row, _rowBatches, _rowBatchesOfString, type ImportSource } from './rows.js'
import type { _KnownActor } from './tables.js'

// A dataset is cited by its release, published after the rows it holds were added: the event
// keeps the time the dataset learned of it, and says so (the log refuses a later source otherwise).
const BACKDATED_ROW = 'recorded when the dataset added the row; the release that publishes it came later'
const BACKDATED_DECLARATION = 'declared from the start of the dataset, so that every row of it can name the actor'

/**
 * What to do with an actor the code tables do not know (a CAMEO region such as `AFR`, an
 * ethnic group, a person ICEWS names without a country): declare it under its code (or a
 * code made from its name), skip its row, or stop with a {@link BadRowError}.
 *
 * @example
 * ```ts
 * import type { UnknownActors } from 'entente-timeline/import'
 *
 * const policy: UnknownActors = 'skip'
 * ```
 */
export type UnknownActors = 'declare' | 'skip' | 'error'

/**
 * Options of every importer.
 *
 * @example
 * ```ts
 * import type { ImportOptions } from 'entente-timeline/import'
 *
 * const options: ImportOptions = { merge: true, unknownActors: 'skip', strict: false }
 * ```
 */
export interface ImportOptions {
  /** What to do with actors the tables do not know. @defaultValue `'declare'` */
  readonly unknownActors?: UnknownActors
  /** Whether to skip rows that name only one side (they count in no pair's tone). @defaultValue `false`: kept */
  readonly skipOneSided?: boolean
  /**
   * Whether to merge rows that say the same thing (same day, actors, code, Goldstein value and
   * source): one event keeps every row's id and sums their counts. @defaultValue `false`
   */
  readonly merge?: boolean
  /** How many distinct events a merge holds back at most, oldest written first. @defaultValue 100000 */
  readonly mergeWindow?: number
  /** Whether to stop at the first row that cannot be imported, with a {@link BadRowError}. @defaultValue `false` */
  readonly strict?: boolean
  /** Actors already declared in the log the events will join: they are not declared again. @defaultValue none */
  readonly declared?: Iterable<string>
  /**
   * Citations already given in the log the events will join: they are cited by id, not given
   * again, and a dataset cited there already is cited as it was (its release's date kept).
   * @defaultValue none
   */
  readonly citations?: Iterable<Citation>
  /**
   * The release imported, cited by every event with the dataset's name. @defaultValue the
   * dataset's own title, published on the day of the first row's `recorded`
   */
  readonly release?: {
    /** The release's title (`ICEWS Coded Event Data, v36`). */
    readonly title?: string
    /** The day it was published, `YYYY-MM-DD`. */
    readonly published?: string
    /** Where it is published. */
    readonly url?: string
  }
  /** Called with each diagnosis: a skipped row, a merged one, or a warning about a kept one. @defaultValue none */
  readonly onDiagnostic?: (diagnostic: ImportDiagnostic) => void
  /** The longest line read, in characters. @defaultValue 1000000 */
  readonly maxLineLength?: number
}

/**
 * What an importer says about one row: skipped (with the reason), merged into an earlier one,
 * or kept with a warning (Latin-1 bytes, a mis-encoded name, no location, ...).
 *
 * @example
 * ```ts
 * import type { ImportDiagnostic } from 'entente-timeline/import'
 *
 * const line = (d: ImportDiagnostic) => `line ${d.line}: ${d.severity} (${d.reason}): ${d.message}`
 * ```
 */
export interface ImportDiagnostic {
  /** The row's line. */
  readonly line: number
  /** `'skipped'`: not imported; `'merged'`: into an earlier event; `'warning'`: imported, with a remark. */
  readonly severity: 'skipped' | 'merged' | 'warning'
  /** Why, as a short stable code (`column-count`, `bad-date`, `latin-1`, ...), as the summary counts it. */
  readonly reason: string
  /** The column or field it is about, when one is. */
  readonly field?: string
  /** What, where and why, in words. */
  readonly message: string
}

/**
 * What an import did: every row read is written, merged or skipped
 * (`rows === written + merged + skipped`).
 *
 * @example
 * ```ts
 * import type { ImportSummary } from 'entente-timeline/import'
 *
 * const accounted = (s: ImportSummary) => s.rows === s.written + s.merged + s.skipped
 * ```
 */
export interface ImportSummary {
  /** Rows read (not counting blank lines and a header). */
  rows: number
  /** Rows written as events of their own. */
  written: number
  /** Rows merged into an event written for an earlier row. */
  merged: number
  /** Rows skipped. */
  skipped: number
  /** Skipped rows by reason. */
  skippedBy: Record<string, number>
  /** Warnings about imported rows, by reason. */
  warnings: Record<string, number>
  /** `coded` events written (a PLOVER row with several categories gives several). */
  events: number
  /** `actor` events written, declaring the actors rows named. */
  actors: number
}

/**
 * The events an import writes, in order (actor declarations before the events naming them),
 * and its summary once they have all been read. Iterate it with `for await`, or take the events
 * a batch at a time with `batches()` (fastest: no promise an event).
 *
 * @example
 * ```ts
 * import type { ImportRun } from 'entente-timeline/import'
 *
 * async function count(run: ImportRun): Promise<number> {
 *   let n = 0
 *   for await (const batch of run.batches()) n += batch.length
 *   return n
 * }
 * ```
 */
export interface ImportRun extends AsyncIterable<ImportedEvent> {
  /** The summary so far; complete once the events have all been read. */
  readonly summary: Readonly<ImportSummary>
  /**
   * The events in batches (those of a chunk of the input, or of a few thousand lines of a
   * text), each in order. A run is read once: by its events or by its batches, not both over.
   */
  batches(): AsyncIterable<ImportedEvent[]>
}

/**
 * The run of an import of a whole text (a string): as {@link ImportRun}, and also iterable
 * synchronously, with `for...of`.
 *
 * @example
 * ```ts
 * import { importPlover } from 'entente-timeline/import'
 *
 * const run = importPlover('{"id":"r1","date":"2023-07-12","source":[{"code":"JPN"}],"event":"AGREE"}')
 * console.log([...run].map((event) => event.id).join(' '))
 * //=> actor-JPN plover-r1
 * ```
 */
export interface TextImportRun extends ImportRun, Iterable<ImportedEvent> {}

/**
 * An event an import writes: a `coded` event or an `actor` declaration, as plain JSON, ready
 * for `Timeline.from`, `timeline.appendMany` or one NDJSON line each.
 *
 * @example
 * ```ts
 * import type { ImportedEvent } from 'entente-timeline/import'
 *
 * const line = (event: ImportedEvent) => JSON.stringify(event)
 * ```
 */
export type ImportedEvent = EventInputOf<ActorEvent | CodedEvent>

/** One side of a parsed row, before it is mapped to an actor id. */
export interface _Side extends Omit<CodedParty, 'actor' | 'roles' | 'religions'> {
  readonly roles: string[]
  readonly religions: string[]
  /** The state or organisation the tables map it to. */
  readonly known: _KnownActor | undefined
  /** The id to declare it under when the tables do not know it, and the name to give it. */
  readonly fallback: { readonly id: string; readonly name: string } | undefined
}

/** A parsed row, one event's worth. */
export interface _Draft {
  readonly id: string
  readonly dataset: string
  readonly occurred: string | { readonly from: string; readonly to: string }
  readonly recorded: string
  readonly record: string
  readonly scheme: 'cameo' | 'plover'
  readonly code: string
  readonly label: string
  readonly quadClass: QuadClass
  readonly weight?: number
  readonly source: _Side[]
  readonly target: _Side[]
  readonly root?: boolean
  readonly counts?: { mentions: number; sources: number; articles: number }
  readonly averageTone?: number
  readonly mode: string[]
  readonly context: string[]
  readonly text?: string
  readonly story?: string
  readonly sentence?: number
  readonly place?: CodedPlace
  readonly location?: string
  /** The row's own source (an article, a story), cited with the dataset. */
  readonly citation?: Citation
  readonly notes?: string
}

/** A problem with a row: why, and the field at fault. */
export interface _Problem {
  readonly reason: string
  readonly message: string
  readonly field?: string
}

/** What a format's parser makes of a row: drafts and warnings, or the problem that skips it. */
export type _Parsed =
  | { readonly ok: true; readonly drafts: readonly _Draft[]; readonly warnings: readonly _Problem[] }
  | { readonly ok: false; readonly problem: _Problem }
  | { readonly ok: 'header' }

/** A format: how to parse a row, and how to cite the dataset. */
export interface _Format {
  /** Parses one row; `state` is the format's own, kept across rows (an ICEWS header). */
  parse(row: _Row, state: Record<string, unknown>): _Parsed
  /** The dataset's citation, without its date. */
  dataset(dataset: string): {
    readonly id: string
    readonly publisher: string
    readonly title: string
    readonly url?: string
  }
  /** The first day of the dataset's coverage: actors are declared as known from then on. */
  readonly epoch: string
  /** Makes a grouper of lines into records, for formats whose records may span lines. @defaultValue a record a line */
  readonly group?: () => _Grouper
}

/** Groups lines into records: `push` a line and receive the records it completes, `end` for the rest. */
export interface _Grouper {
  push(row: _Row, out: _Row[]): void
  end(out: _Row[]): void
}

/** Thrown inside a parser to skip the row with a problem. */
export class _RowProblem extends Error {
  constructor(readonly problem: _Problem) {
    super(problem.message)
  }
}

/** The fields of a side that its party keeps, in the order they are written. */
const PARTY_FIELDS = ['code', 'name', 'country', 'roles', 'group', 'ethnic', 'religions', 'place'] as const

/** How many citations' ids are remembered as given at least (and twice as many at most), so later events cite them by id. */
const CITED = 100_000

/**
 * Runs an import: reads the rows of `source` with `format`, and yields the events.
 *
 * @throws {@link BadRowError} on the first bad row when strict, or on an unknown actor when told to stop
 */
export function _run(format: _Format, source: string, options?: ImportOptions): TextImportRun
export function _run(format: _Format, source: ImportSource, options?: ImportOptions): ImportRun
export function _run(format: _Format, source: ImportSource, options: ImportOptions = {}): ImportRun {
  const summary: ImportSummary = {
    rows: 0,
    written: 0,
    merged: 0,
    skipped: 0,
    skippedBy: {},
    warnings: {},
    events: 0,
    actors: 0,
  }
  const unknown = options.unknownActors ?? 'declare'
  const window = options.mergeWindow ?? 100_000
  const report = options.onDiagnostic
  const declared = new Set(options.declared ?? [])
  const declaredNames = new Map<string, string>()
  const cited = new _RecentSet<string>(CITED)
  // The last two citations given, and which of them was given again last.
  const recent: (Citation | undefined)[] = [undefined, undefined]
  let hit = 0
  const datasets = new Map<string, Citation>()
  const given = new Map<string, Citation>()
  for (const citation of options.citations ?? []) {
    given.set(citation.id, citation)
    cited.add(citation.id)
  }
  const state: Record<string, unknown> = {}
  // Events held back for merging, by what they say, oldest first.
  const pending = new _Window<string, { event: Record<string, unknown>; line: number }>(window)

  const warn = (line: number, problem: _Problem): void => {
    summary.warnings[problem.reason] = (summary.warnings[problem.reason] ?? 0) + 1
    report?.({ line, severity: 'warning', ...problem })
  }
  const skip = (line: number, problem: _Problem): void => {
    if (options.strict === true) throw new BadRowError(line, problem.reason, problem.message, problem.field)
    summary.skipped++
    summary.skippedBy[problem.reason] = (summary.skippedBy[problem.reason] ?? 0) + 1
    report?.({ line, severity: 'skipped', ...problem })
  }

  /** The citation of a dataset, dated by the release or by the first row's recorded day. */
  const datasetCitation = (draft: _Draft): Citation => {
    let citation = datasets.get(draft.dataset)
    if (citation === undefined) {
      const base = format.dataset(draft.dataset)
      const release = options.release ?? {}
      citation = given.get(base.id) ?? {
        id: base.id,
        publisher: base.publisher,
        title: release.title ?? base.title,
        ...((release.url ?? base.url) === undefined ? {} : { url: release.url ?? base.url }),
        published: release.published ?? draft.recorded.slice(0, 10),
      }
      datasets.set(draft.dataset, citation)
    }
    return citation
  }

  /** A citation inline the first time, by id after (forgetting the oldest ids past a bound is harmless: an identical inline repeat is valid). */
  const cite = (citation: Citation): Citation | string => {
    // The citations of the last rows (the dataset's, an article's) are known without hashing their ids.
    if (citation === recent[0] || citation === recent[1]) {
      hit = citation === recent[0] ? 0 : 1
      return citation.id
    }
    recent[1 - hit] = citation
    if (cited.has(citation.id)) return citation.id
    cited.add(citation.id)
    return citation
  }

  /** Maps a side to its actor id, declaring it when new; undefined when its row is to be skipped. */
  const actorOf = (side: _Side, draft: _Draft, line: number, out: Record<string, unknown>[]): string | _Problem => {
    let id: string
    let actorKind: 'state' | 'organisation'
    let name: string
    if (side.known !== undefined) {
      ;({ id, actorKind, name } = side.known)
    } else {
      const what = side.code ?? side.name ?? '(unnamed)'
      const problem = {
        reason: 'unknown-actor',
        field: side.code === undefined ? 'name' : 'code',
        message: `the actor "${what}"${side.country === undefined ? '' : ` (country "${side.country}")`} is not in the code tables`,
      }
      if (unknown === 'error') throw new BadRowError(line, problem.reason, problem.message, problem.field)
      if (unknown === 'skip' || side.fallback === undefined) return problem
      id = side.fallback.id
      name = side.fallback.name
      // Neither a known state nor a person, an unknown actor is declared as an organisation.
      actorKind = 'organisation'
      // Two unknown names that make the same code are told apart by a number.
      const taken = declaredNames.get(id)
      if (taken !== undefined && taken !== name && side.code === undefined) {
        let n = 2
        while (declaredNames.has(`${id}${n}`) && declaredNames.get(`${id}${n}`) !== name) n++
        id = `${id}${n}`
      }
    }
    if (!declared.has(id)) {
      declared.add(id)
      declaredNames.set(id, name)
      const day = draft.recorded.slice(0, 10) < format.epoch ? draft.recorded.slice(0, 10) : format.epoch
      const aliases = [side.code, side.name].filter(
        (alias): alias is string => alias !== undefined && alias !== id && alias !== name,
      )
      const cited = datasetCitation(draft)
      out.push({
        id: `actor-${id}`,
        kind: 'actor',
        occurred: day,
        recorded: day,
        actors: [id],
        sources: [cite(cited)],
        ...(_sourceAfterRecorded(cited, day) === undefined ? {} : { backdated: BACKDATED_DECLARATION }),
        actorKind,
        name,
        ...(aliases.length === 0 ? {} : { aliases: [...new Set(aliases)] }),
      })
      summary.actors++
    }
    return id
  }

  // Empty lists and absent fields are left out (lists default to empty in the schema). A side
  // a format remembers across rows gives the same frozen party to each event that names it.
  const parties = new WeakMap<_Side, CodedParty>()
  const party = (side: _Side, actor: string): CodedParty => {
    const made = parties.get(side)
    if (made !== undefined && made.actor === actor) return made
    const out: Record<string, unknown> = { actor }
    for (const key of PARTY_FIELDS) {
      const value = side[key]
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
      out[key] = value
    }
    const frozen = Object.freeze(out) as unknown as CodedParty
    parties.set(side, frozen)
    return frozen
  }

  /** Turns a draft into a coded event, with its actors mapped; a problem when the row is to be skipped. */
  const eventOf = (draft: _Draft, line: number, out: Record<string, unknown>[]): Record<string, unknown> | _Problem => {
    const sides: { source: CodedParty[]; target: CodedParty[] } = { source: [], target: [] }
    for (const key of ['source', 'target'] as const) {
      for (const side of draft[key]) {
        const actor = actorOf(side, draft, line, out)
        if (typeof actor !== 'string') return actor
        sides[key].push(party(side, actor))
      }
    }
    const actors: string[] = []
    for (const p of sides.source) if (!actors.includes(p.actor)) actors.push(p.actor)
    for (const p of sides.target) if (!actors.includes(p.actor)) actors.push(p.actor)
    if (actors.length === 0) return { reason: 'no-actors', message: 'names no actor: there is no one to attach it to' }
    if (options.skipOneSided === true && (sides.target.length === 0 || sides.source.length === 0) && actors.length < 2)
      return { reason: 'one-sided', message: 'names one side only (skipped as asked)' }
    // Built field by field: this runs once a row, and spreads of optional fields cost more than the rest of it.
    const event: Record<string, unknown> = {
      id: draft.id,
      kind: 'coded',
      occurred: draft.occurred,
      recorded: draft.recorded,
      actors,
      sources: draft.citation === undefined ? [datasetCitation(draft)] : [datasetCitation(draft), draft.citation],
    }
    if ((event.sources as Citation[]).some((cited) => publishedAfter(cited, draft.recorded)))
      event.backdated = BACKDATED_ROW
    if (draft.location !== undefined) event.location = draft.location
    if (draft.notes !== undefined) event.notes = draft.notes
    if (draft.weight !== undefined) event.weight = draft.weight
    event.dataset = draft.dataset
    event.record = draft.record
    event.scheme = draft.scheme
    event.code = draft.code
    event.label = draft.label
    event.quadClass = draft.quadClass
    event.source = sides.source
    event.target = sides.target
    if (draft.root !== undefined) event.root = draft.root
    if (draft.counts !== undefined) event.counts = draft.counts
    if (draft.averageTone !== undefined) event.averageTone = draft.averageTone
    if (draft.mode.length > 0) event.mode = draft.mode
    if (draft.context.length > 0) event.context = draft.context
    if (draft.text !== undefined) event.text = draft.text
    if (draft.story !== undefined) event.story = draft.story
    if (draft.sentence !== undefined) event.sentence = draft.sentence
    if (draft.place !== undefined) event.place = draft.place
    return event
  }

  /** The event as written: its citations inline the first time, by id after. */
  const written = (event: Record<string, unknown>): ImportedEvent => {
    summary.events++
    const sources = event.sources as (Citation | string)[]
    for (let i = 0; i < sources.length; i++) sources[i] = cite(sources[i] as Citation)
    return event as unknown as ImportedEvent
  }

  const keyOf = (event: Record<string, unknown>): string => {
    const sides = (list: unknown) => (list as CodedParty[]).map((p) => p.actor).join(',')
    const sources = (event.sources as Citation[]).map((c) => c.id).join(',')
    return `${JSON.stringify(event.occurred)}|${sides(event.source)}|${sides(event.target)}|${event.code as string}|${String(event.weight)}|${sources}`
  }

  const mergeInto = (into: Record<string, unknown>, row: Record<string, unknown>): void => {
    // The held event is the importer's own until it is written: its list grows in place (a copy a row made merging quadratic).
    const merged = into.merged as string[] | undefined
    if (merged === undefined) into.merged = [row.record as string]
    else merged.push(row.record as string)
    if ((row.recorded as string) < (into.recorded as string)) {
      into.recorded = row.recorded
      if (row.backdated !== undefined) into.backdated = row.backdated
    }
    const a = into.counts as { mentions: number; sources: number; articles: number } | undefined
    const b = row.counts as { mentions: number; sources: number; articles: number } | undefined
    if (a !== undefined && b !== undefined) {
      if (typeof into.averageTone === 'number' && typeof row.averageTone === 'number' && a.articles + b.articles > 0)
        into.averageTone = (into.averageTone * a.articles + row.averageTone * b.articles) / (a.articles + b.articles)
      into.counts = {
        mentions: a.mentions + b.mentions,
        sources: a.sources + b.sources,
        articles: a.articles + b.articles,
      }
    }
  }

  /** Imports one row: its events (and the declarations they need) are pushed onto `out`. */
  const importRow = (row: _Row, out: ImportedEvent[]): void => {
    let parsed: _Parsed
    try {
      parsed = format.parse(row, state)
    } catch (error) {
      if (!(error instanceof _RowProblem)) throw error
      parsed = { ok: false, problem: error.problem }
    }
    if (parsed.ok === 'header') return
    summary.rows++
    if (!parsed.ok) {
      skip(row.line, parsed.problem)
      return
    }
    const declarations: Record<string, unknown>[] = []
    let built: Record<string, unknown>[] | undefined
    let problem: _Problem | undefined
    for (const draft of parsed.drafts) {
      const event = eventOf(draft, row.line, declarations)
      if ('reason' in event) {
        problem = event as _Problem
        break
      }
      if (built === undefined) built = [event]
      else built.push(event)
    }
    // Declarations made for a row that is then skipped are still written: the actor was named.
    for (const declaration of declarations) out.push(declaration as unknown as ImportedEvent)
    if (problem !== undefined || built === undefined) {
      skip(row.line, problem ?? { reason: 'no-event', message: 'holds no event' })
      return
    }
    if (row.latin1)
      warn(row.line, {
        reason: 'latin-1',
        message: 'is not valid UTF-8: its bytes were read as Latin-1 (Windows-1252)',
      })
    for (const warning of parsed.warnings) warn(row.line, warning)
    if (options.merge !== true) {
      summary.written++
      for (const event of built) out.push(written(event))
      return
    }
    let rowMerged = false
    for (const event of built) {
      const key = keyOf(event)
      const earlier = pending.get(key)
      if (earlier !== undefined && ((earlier.event.merged as unknown[] | undefined)?.length ?? 0) < 100_000) {
        mergeInto(earlier.event, event)
        rowMerged = true
        continue
      }
      if (earlier !== undefined) {
        pending.delete(key)
        out.push(written(earlier.event))
      }
      const held = pending.put(key, { event, line: row.line })
      if (held !== undefined) out.push(written(held.event))
    }
    if (rowMerged) {
      summary.merged++
      report?.({
        line: row.line,
        severity: 'merged',
        reason: 'duplicate',
        message: 'says what an earlier row says (same day, actors, code and source): merged into it',
      })
    } else summary.written++
  }

  const grouper = format.group?.()
  // An error met inside a batch is held until the events of the rows before it are given.
  let failure: { error: unknown } | undefined

  /** Imports a batch of rows (the last one when `last`): the events they make, in order. */
  const importBatch = (rows: readonly _Row[], last: boolean): ImportedEvent[] => {
    const out: ImportedEvent[] = []
    try {
      let records = rows
      if (grouper !== undefined) {
        const grouped: _Row[] = []
        for (const row of rows) grouper.push(row, grouped)
        if (last) grouper.end(grouped)
        records = grouped
      }
      for (const row of records) importRow(row, out)
      if (last) {
        for (const { event } of pending.drain()) out.push(written(event))
      }
    } catch (error) {
      failure = { error }
    }
    return out
  }

  const maxLineLength = options.maxLineLength ?? 1_000_000
  function* textBatches(text: string): Generator<ImportedEvent[]> {
    for (const rows of _rowBatchesOfString(text, maxLineLength)) {
      yield importBatch(rows, false)
      if (failure !== undefined) throw failure.error
    }
    yield importBatch([], true)
    if (failure !== undefined) throw failure.error
  }
  async function* streamBatches(stream: Exclude<ImportSource, string>): AsyncGenerator<ImportedEvent[]> {
    for await (const rows of _rowBatches(stream, maxLineLength)) {
      yield importBatch(rows, false)
      if (failure !== undefined) throw failure.error
    }
    yield importBatch([], true)
    if (failure !== undefined) throw failure.error
  }
  return _runOf(
    summary,
    typeof source === 'string' ? textBatches(source) : undefined,
    typeof source === 'string' ? undefined : streamBatches(source),
  )
}

/**
 * The run of an import, from its batches of events: a text's, drawn synchronously, or a
 * stream's. Events are given one at a time from the batch at hand, so that iterating costs a
 * resolved promise an event, not a pass through the reader's generators.
 */
function _runOf(
  summary: ImportSummary,
  text: Generator<ImportedEvent[]> | undefined,
  stream: AsyncGenerator<ImportedEvent[]> | undefined,
): ImportRun & Partial<Iterable<ImportedEvent>> {
  let batch: ImportedEvent[] = []
  let at = 0
  let done = false
  const finished = { done: true, value: undefined } as const
  /** Takes the next batch the source gave: its first event, or undefined if it was empty or the source ended. */
  const refill = (next: IteratorResult<ImportedEvent[]>): IteratorResult<ImportedEvent> | undefined => {
    if (next.done === true) {
      done = true
      return finished
    }
    batch = next.value
    at = 0
    return batch.length > 0 ? { done: false, value: batch[at++]! } : undefined
  }
  const fill = async (): Promise<IteratorResult<ImportedEvent>> => {
    while (!done) {
      const result = refill(text === undefined ? await stream!.next() : text.next())
      if (result !== undefined) return result
    }
    return finished
  }
  const asyncIterator: AsyncIterator<ImportedEvent> = {
    next: () => (at < batch.length ? Promise.resolve({ done: false, value: batch[at++]! }) : fill()),
    return: async () => {
      done = true
      batch = []
      if (text !== undefined) text.return(undefined)
      else await stream!.return(undefined)
      return finished
    },
  }
  const run: ImportRun & Partial<Iterable<ImportedEvent>> = {
    summary,
    [Symbol.asyncIterator]: () => asyncIterator,
    batches: async function* () {
      try {
        if (at < batch.length) {
          const rest = batch.slice(at)
          at = batch.length
          yield rest
        }
        while (!done) {
          const next = text === undefined ? await stream!.next() : text.next()
          if (next.done === true) break
          if (next.value.length > 0) yield next.value
        }
      } finally {
        // Left early (a break, an error): the source is closed, as a stream's reader must be.
        if (!done) await asyncIterator.return!()
        done = true
      }
    },
  }
  if (text !== undefined) {
    const iterator: Iterator<ImportedEvent> = {
      next: () => {
        if (at < batch.length) return { done: false, value: batch[at++]! }
        while (!done) {
          const result = refill(text.next())
          if (result !== undefined) return result
        }
        return finished
      },
      return: () => {
        done = true
        batch = []
        text.return(undefined)
        return finished
      },
    }
    run[Symbol.iterator] = () => iterator
  }
  return run
}

/** Whether text starts with a day `YYYY-MM-DD` of four-digit year. */
function startsWithDay(text: string): boolean {
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(i)
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false
  }
  return true
}

/**
 * Whether a citation was published after an event was recorded. A day published and a day or
 * UTC instant recorded compare as text (the start of a day is its first instant); other forms
 * are read as the log reads them.
 */
function publishedAfter(citation: Citation, recorded: string): boolean {
  const published = citation.published
  if (
    published.length === 10 &&
    startsWithDay(published) &&
    startsWithDay(recorded) &&
    (recorded.length === 10 || (recorded.length === 20 && recorded.charCodeAt(10) === 84 && recorded.endsWith('Z')))
  )
    return published > recorded.slice(0, 10)
  return _sourceAfterRecorded(citation, recorded) !== undefined
}

/**
 * The id an unknown actor is declared under: its code, or the letters and digits of its name,
 * upper-cased and cut to 16 (an organisation's id); undefined when nothing usable is left.
 */
export function _fallbackId(codeOrName: string): string | undefined {
  const id = codeOrName
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .replace(/^[0-9]+/, '')
    .slice(0, 16)
  return id.length >= 2 ? id : undefined
}

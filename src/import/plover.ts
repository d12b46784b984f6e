/**
 * PLOVER event records (the JSON interchange format of the PLOVER specification, in which
 * POLECAT is coded): one JSON object a line, pretty-printed objects one after another, or a
 * JSON array of them. Records are split by a scanner that tracks braces outside strings, so a
 * record may span lines and memory holds one record at a time.
 *
 * Fields: "PLOVER: Political Language Ontology for Verifiable Event Records", Open Event Data
 * Alliance, draft 0.7b1, chapter "JSON Data Fields" (https://github.com/openeventdata/PLOVER,
 * PLOVER_MANUAL.tex): id and date (required), time, enddate, source and recipient (lists of
 * actor objects: code, sector, actor_text, identifier_id, identifier_text, religion, ethnicity),
 * event (a category or a list), event_loc (a GeoNames location object), event_text, quad_code
 * (1 to 4), event_scale, mode, context, link, text, cite_info (url, title, publication, corpus,
 * version, ...), coder, coded_date, coded_time, comment.
 */
import { _blank, _dayOf, _encodingWarning, _place, _webCitation } from './fields.js'
import {
  type _Draft,
  type _Format,
  _fallbackId,
  type _Grouper,
  type _Parsed,
  type _Problem,
  _RowProblem,
  _run,
  type _Side,
  type ImportOptions,
  type ImportRun,
  type TextImportRun,
} from './pipeline.js'
import type { _Row, ImportSource } from './rows.js'
import { _actorOfName, _ploverCategory, _stateOfCameoCountry } from './tables.js'

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const

/** The fields of the PLOVER specification that are read; any other is named in a warning. */
const FIELDS = new Set([
  'id',
  'has_event',
  'date',
  'time',
  'enddate',
  'endtime',
  'source',
  'recipient',
  'event',
  'event_loc',
  'event_text',
  'quad_code',
  'event_scale',
  'mode',
  'context',
  'link',
  'text',
  'text_info',
  'cite_info',
  'coder',
  'coded_date',
  'coded_time',
  'comment',
])

/** Non-state actor codes of PLOVER: the actor is found by its name. */
const NON_STATE = new Set(['IGO', 'NGO', 'ISM', 'IMG', 'MNC'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Text of a JSON value that should be a string (numbers are written as text); undefined when absent or blank. */
function str(value: Json | undefined, field: string, max = 500): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new _RowProblem({ reason: 'bad-field', field, message: `${field}: is not text` })
  const text = String(value).trim()
  if (text === '') return undefined
  if (text.length > max)
    throw new _RowProblem({ reason: 'bad-field', field, message: `${field}: is longer than ${max} characters` })
  return text
}

/** A list of strings from a string, a comma-separated string or a list. */
function list(value: Json | undefined, field: string): string[] {
  if (value === undefined || value === null) return []
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
  return items.map((item, i) => str(item, `${field}[${i}]`, 100)).filter((s): s is string => s !== undefined)
}

function dayOf(value: Json | undefined, field: string): string | undefined {
  const text = str(value, field, 40)
  if (text === undefined) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (m === null)
    throw new _RowProblem({ reason: 'bad-date', field, message: `${field}: "${text}" is not a date YYYY-MM-DD` })
  return _dayOf(Number(m[1]), Number(m[2]), Number(m[3]), field, text)
}

/** The side of one actor object. */
function sideOf(value: Json, field: string, warnings: _Problem[]): _Side {
  const actor: { [key: string]: Json } =
    typeof value === 'string'
      ? { code: value }
      : value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {}
  if (actor !== value && typeof value !== 'string')
    throw new _RowProblem({ reason: 'bad-field', field, message: `${field}: is not an actor object` })
  const code = str(actor.code, `${field}.code`, 100)
  const text = str(actor.actor_text, `${field}.actor_text`)
  const identifier = str(actor.identifier_text, `${field}.identifier_text`)
  const name = identifier ?? text
  const encoding = _encodingWarning(name, `${field}.actor_text`)
  if (encoding !== undefined) warnings.push(encoding)
  const known =
    (code === undefined || NON_STATE.has(code) ? undefined : _stateOfCameoCountry(code)) ??
    (identifier === undefined ? undefined : _actorOfName(identifier)) ??
    (text === undefined ? undefined : _actorOfName(text))
  const ethnic = str(actor.ethnicity, `${field}.ethnicity`, 100)
  const religion = str(actor.religion, `${field}.religion`, 100)
  const fallbackId = _fallbackId(name ?? code ?? '')
  return {
    ...(code === undefined ? {} : { code }),
    ...(name === undefined ? {} : { name }),
    ...(code === undefined || NON_STATE.has(code) ? {} : { country: code }),
    roles: list(actor.sector, `${field}.sector`),
    ...(ethnic === undefined ? {} : { ethnic }),
    religions: religion === undefined ? [] : [religion],
    known,
    fallback: fallbackId === undefined ? undefined : { id: fallbackId, name: name ?? code ?? fallbackId },
  }
}

function sidesOf(value: Json | undefined, field: string, warnings: _Problem[]): _Side[] {
  if (value === undefined || value === null) return []
  const items = Array.isArray(value) ? value : [value]
  if (items.length > 100)
    throw new _RowProblem({ reason: 'bad-field', field, message: `${field}: names more than 100 actors` })
  return items.map((item, i) => sideOf(item, `${field}[${i}]`, warnings))
}

/** Parses one record. */
function parse(row: _Row): _Parsed {
  let value: Json
  try {
    value = JSON.parse(row.text) as Json
  } catch (error) {
    return {
      ok: false,
      problem: { reason: 'bad-json', message: `is not a JSON record (truncated?): ${(error as Error).message}` },
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: { reason: 'bad-json', message: 'is not a JSON object' } }
  const r = value
  if (r.has_event === false)
    return {
      ok: false,
      problem: { reason: 'no-event', field: 'has_event', message: 'has_event: false (no event was coded)' },
    }
  const warnings: _Problem[] = []
  const record = str(r.id, 'id', 150)
  if (record === undefined) throw _blank('id')
  const slug = record.replace(/[^A-Za-z0-9._:-]/g, '-')
  const occurredDay = dayOf(r.date, 'date')
  if (occurredDay === undefined) throw _blank('date')
  const end = dayOf(r.enddate, 'enddate')
  if (end !== undefined && end < occurredDay)
    throw new _RowProblem({
      reason: 'bad-date',
      field: 'enddate',
      message: `enddate: ${end} is before date (${occurredDay})`,
    })
  const coded = dayOf(r.coded_date, 'coded_date')
  const codedTime = str(r.coded_time, 'coded_time', 40)
  const recorded =
    coded === undefined
      ? occurredDay
      : codedTime !== undefined && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(codedTime)
        ? `${coded}T${codedTime}`
        : coded
  if (recorded.slice(0, 10) < occurredDay)
    throw new _RowProblem({
      reason: 'dated-after-added',
      field: 'date',
      message: `date: ${occurredDay} is after coded_date (${coded}): an event cannot be coded before it happens`,
    })
  const categories = list(r.event, 'event').map((c) => c.toUpperCase())
  if (categories.length === 0) throw _blank('event')
  const quad = r.quad_code === undefined || r.quad_code === null ? undefined : Number(r.quad_code)
  if (quad !== undefined && !(Number.isInteger(quad) && quad >= 1 && quad <= 4))
    throw new _RowProblem({
      reason: 'bad-number',
      field: 'quad_code',
      message: `quad_code: "${String(r.quad_code)}" is not 1 to 4`,
    })
  const scale = r.event_scale === undefined || r.event_scale === null ? undefined : Number(r.event_scale)
  if (scale !== undefined && !(Number.isFinite(scale) && scale >= -10 && scale <= 10))
    throw new _RowProblem({
      reason: 'bad-number',
      field: 'event_scale',
      message: `event_scale: "${String(r.event_scale)}" is not a value of the Goldstein scale (-10 to 10)`,
    })
  const source = sidesOf(r.source, 'source', warnings)
  const target = sidesOf(r.recipient, 'recipient', warnings)
  const loc = r.event_loc !== null && typeof r.event_loc === 'object' && !Array.isArray(r.event_loc) ? r.event_loc : {}
  const part = (key: string): string | undefined => str(loc[key], `event_loc.${key}`, 500)
  const place = _place(
    {
      name: part('name'),
      country: part('cc3') ?? part('country code'),
      adm1: part('admin1 code'),
      adm2: part('admin2 code'),
      lat: part('latitude'),
      lon: part('longitude'),
      featureId: part('geonameid'),
    },
    'event_loc.',
    warnings,
  )
  if (place === undefined)
    warnings.push({ reason: 'no-location', field: 'event_loc', message: 'event_loc: absent; the event has no place' })
  const cite = r.cite_info !== null && typeof r.cite_info === 'object' && !Array.isArray(r.cite_info) ? r.cite_info : {}
  const url = str(cite.url, 'cite_info.url', 2000)
  const publication = str(cite.publication, 'cite_info.publication')
  const title = str(cite.title, 'cite_info.title', 2000)
  const web = url === undefined ? undefined : _webCitation(url, recorded.slice(0, 10), 'plover-url')
  if (url !== undefined && web === undefined)
    warnings.push({
      reason: 'bad-url',
      field: 'cite_info.url',
      message: `cite_info.url: "${url.slice(0, 80)}" is not a web address; kept in notes`,
    })
  const citation =
    web === undefined
      ? undefined
      : {
          ...web,
          ...(publication === undefined ? {} : { publisher: publication }),
          ...(title === undefined ? {} : { title }),
        }
  const eventText = Array.isArray(r.event_text)
    ? r.event_text.map((t, i) => str(t, `event_text[${i}]`, 2000)).join(' … ')
    : str(r.event_text, 'event_text', 2000)
  const text = str(r.text, 'text', 10_000) ?? (eventText === '' ? undefined : eventText)
  const notes = [
    str(r.comment, 'comment', 4000),
    str(r.link, 'link', 500) === undefined ? undefined : `link: ${str(r.link, 'link', 500)}`,
    str(r.coder, 'coder', 500) === undefined ? undefined : `coder: ${str(r.coder, 'coder', 500)}`,
    url !== undefined && web === undefined ? `cite_info.url: ${url}` : undefined,
  ].filter((n) => n !== undefined)
  const unread = Object.keys(r).filter((key) => !FIELDS.has(key))
  if (unread.length > 0)
    warnings.push({
      reason: 'unread-fields',
      field: unread[0]!,
      message: `${unread.slice(0, 5).join(', ')}${unread.length > 5 ? ', ...' : ''}: not PLOVER fields; not kept`,
    })
  const drafts: _Draft[] = []
  for (const category of categories) {
    const known = _ploverCategory(category)
    if (known === undefined)
      throw new _RowProblem({
        reason: 'unknown-code',
        field: 'event',
        message: `event: "${category}" is not a PLOVER category`,
      })
    drafts.push({
      id: categories.length === 1 ? `plover-${slug}` : `plover-${slug}-${category.toLowerCase()}`,
      dataset: 'plover',
      occurred: end === undefined || end === occurredDay ? occurredDay : { from: occurredDay, to: end },
      recorded,
      record,
      scheme: 'plover',
      code: category,
      label: known.label,
      quadClass: quad === undefined ? known.quadClass : QUADS[quad - 1]!,
      ...(scale === undefined ? {} : { weight: scale }),
      source,
      target,
      mode: list(r.mode, 'mode'),
      context: list(r.context, 'context'),
      ...(text === undefined ? {} : { text }),
      ...(place === undefined ? {} : { place }),
      ...(place?.name === undefined ? {} : { location: place.name }),
      ...(citation === undefined ? {} : { citation }),
      ...(notes.length === 0 ? {} : { notes: notes.join('\n') }),
    })
  }
  return { ok: true, drafts, warnings }
}

/**
 * Groups lines into records: each top-level JSON object (or each object of a top-level array),
 * with the line it starts on. A record left open at the end is given as it is, to be reported.
 */
class Records implements _Grouper {
  private depth = 0
  private base = 0
  private inString = false
  private escaped = false
  private started = false
  private parts: string[] = []
  private start = 0
  private latin1 = false

  push(row: _Row, out: _Row[]): void {
    const text = row.text
    let from = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (c === 92) this.escaped = true
        else if (c === 34) this.inString = false
        continue
      }
      if (this.depth === this.base) {
        // Between records: whitespace, commas, and the brackets of a top-level array.
        if (c === 123) {
          this.start = row.line
          from = i
          this.latin1 = row.latin1
          this.parts = []
          this.depth++
        } else if (c === 91 && !this.started) this.base = this.depth = 1
        else if (c === 93 && this.base === 1) this.base = this.depth = 0
        else if (c !== 32 && c !== 9 && c !== 44 && c !== 13) {
          // Stray text between records is a record of its own, reported as bad JSON.
          out.push({ text: text.slice(i), line: row.line, latin1: row.latin1 })
          break
        }
        this.started = true
        continue
      }
      if (c === 34) this.inString = true
      else if (c === 123 || c === 91) this.depth++
      else if (c === 125 || c === 93) {
        this.depth--
        if (this.depth === this.base) {
          this.parts.push(text.slice(from, i + 1))
          out.push({ text: this.parts.join('\n'), line: this.start, latin1: this.latin1 })
          this.parts = []
        }
      }
    }
    if (this.depth > this.base) {
      this.parts.push(text.slice(from))
      this.latin1 ||= row.latin1
    }
  }

  end(out: _Row[]): void {
    if (this.depth > this.base && this.parts.length > 0)
      out.push({ text: this.parts.join('\n'), line: this.start, latin1: this.latin1 })
    this.parts = []
  }
}

const format: _Format = {
  parse,
  group: () => new Records(),
  dataset: () => ({ id: 'plover-events', publisher: 'PLOVER event data', title: 'PLOVER-coded event records' }),
  epoch: '1990-01-01',
}

/**
 * Imports PLOVER event records (POLECAT's coding: JSON lines, pretty-printed objects, or a
 * JSON array) as `coded` events, with `actor` events declaring the actors they name first. A
 * record with several event categories gives one event per category.
 *
 * @param source - the records: a string, a Node stream (a file, stdin) or a web stream
 * @param options - unknown actors, merging, strictness, the release cited (give its title, e.g. a POLECAT release)
 * @returns the events, in order, and a summary once they are read; for a string, iterable synchronously too
 * @throws {@link BadRowError} while iterating, on the first bad record when `strict`, or on an unknown actor when `unknownActors` is `'error'`
 * @example
 * ```ts
 * import { importPlover } from 'entente-timeline/import'
 *
 * const record = { id: 'r1', date: '2023-07-12', source: [{ code: 'JPN' }], recipient: [{ code: 'IGO', actor_text: 'NATO' }], event: 'CONSULT' }
 * const run = importPlover(JSON.stringify(record))
 * for await (const event of run) console.log(event.kind, event.id)
 * //=> actor actor-JPN
 * //=> actor actor-NATO
 * //=> coded plover-r1
 * ```
 */
export function importPlover<S extends ImportSource>(
  source: S,
  options?: ImportOptions,
): S extends string ? TextImportRun : ImportRun {
  return _run(format, source, options) as S extends string ? TextImportRun : ImportRun
}

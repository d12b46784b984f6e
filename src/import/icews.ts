/**
 * ICEWS coded event data: tab-separated rows of 20 columns under a header row. Columns are
 * found by their names in the header, so a release that orders them otherwise reads the same.
 *
 * Layout: "ICEWS Coded Event Data", Boschee, Lautenschlager, O'Brien, Shellman, Starz and Ward,
 * Harvard Dataverse, doi:10.7910/DVN/28075, and its documentation (ICEWS Coded Event Data Read
 * Me): Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO
 * Code, Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence Number,
 * Publisher, City, District, Province, Country, Latitude, Longitude. Event Date is `YYYY-MM-DD`
 * in most releases and `M/D/YYYY` in some; Intensity is the row's Goldstein value.
 */
import { BadRowError } from '../errors.js'
import { _blank, _count, _dayOf, _encodingWarning, _number, _place, _text } from './fields.js'
import {
  type _Draft,
  type _Format,
  _fallbackId,
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
import { _actorOfName, _cameoCode, _cameoQuad } from './tables.js'

/**
 * The columns of an ICEWS coded event data file, as its header names them.
 *
 * @example
 * ```ts
 * import { ICEWS_COLUMNS } from 'entente-timeline/import'
 *
 * ICEWS_COLUMNS.length // 20
 * ICEWS_COLUMNS[7] // 'Intensity'
 * ```
 */
export const ICEWS_COLUMNS: readonly string[] = Object.freeze([
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
])

/** The ICEWS date: `YYYY-MM-DD` or `M/D/YYYY`. */
function dateOf(value: string | undefined): string {
  const text = value?.trim() ?? ''
  if (text === '') throw _blank('Event Date')
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m !== null) return _dayOf(Number(m[1]), Number(m[2]), Number(m[3]), 'Event Date', text)
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  if (m !== null) return _dayOf(Number(m[3]), Number(m[1]), Number(m[2]), 'Event Date', text)
  throw new _RowProblem({
    reason: 'bad-date',
    field: 'Event Date',
    message: `Event Date: "${text}" is neither YYYY-MM-DD nor M/D/YYYY`,
  })
}

/** The side named by a row's Name, Sectors and Country columns; undefined when all are blank. */
function sideOf(
  name: string | undefined,
  sectors: string | undefined,
  country: string | undefined,
  prefix: string,
  warnings: _Problem[],
): _Side | undefined {
  const n = _text(name, `${prefix} Name`, 500)
  const c = _text(country, `${prefix} Country`, 200)
  if (n === undefined && c === undefined) return undefined
  const roles = (_text(sectors, `${prefix} Sectors`, 10_000) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .slice(0, 100)
  for (const [text, field] of [
    [n, `${prefix} Name`],
    [c, `${prefix} Country`],
  ] as const) {
    const encoding = _encodingWarning(text, field)
    if (encoding !== undefined) warnings.push(encoding)
  }
  // A name that is a state or an organisation is that actor; any other (a person, a ministry,
  // "Citizen (India)") acts for its country; a name with neither is unknown.
  const known = (n === undefined ? undefined : _actorOfName(n)) ?? (c === undefined ? undefined : _actorOfName(c))
  const fallbackId = _fallbackId(n ?? c ?? '')
  return {
    ...(n === undefined ? {} : { name: n }),
    ...(c === undefined ? {} : { country: c }),
    roles: roles.map((r) => r.slice(0, 200)),
    religions: [],
    known,
    fallback: fallbackId === undefined ? undefined : { id: fallbackId, name: n ?? c ?? fallbackId },
  }
}

/** Parses one ICEWS row (the first is the header). */
function parse(row: _Row, state: Record<string, unknown>): _Parsed {
  const f = row.text.split('\t')
  let columns = state.columns as Record<string, number> | undefined
  if (columns === undefined) {
    const found: Record<string, number> = {}
    f.forEach((name, i) => {
      found[name.trim()] = i
    })
    const missing = ICEWS_COLUMNS.filter((name) => !Object.hasOwn(found, name))
    // Without its header, no column of the file can be found: the import stops.
    if (missing.length > 0) {
      throw new BadRowError(
        row.line,
        'header',
        `is not an ICEWS header: ${missing.length} of its 20 columns are missing (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''})`,
      )
    }
    state.columns = found
    state.width = f.length
    return { ok: 'header' }
  }
  columns = columns as Record<string, number>
  if (f.length !== state.width) {
    return {
      ok: false,
      problem: {
        reason: 'column-count',
        message: `has ${f.length} columns; the header has ${state.width as number} (a truncated or joined row?)`,
      },
    }
  }
  const get = (name: string): string | undefined => f[columns![name]!]
  const warnings: _Problem[] = []
  const record = _text(get('Event ID'), 'Event ID', 100)
  if (record === undefined) throw _blank('Event ID')
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(record))
    throw new _RowProblem({ reason: 'bad-field', field: 'Event ID', message: `Event ID: "${record}" is not an id` })
  const occurred = dateOf(get('Event Date'))
  const code = _text(get('CAMEO Code'), 'CAMEO Code', 50)
  if (code === undefined) throw _blank('CAMEO Code')
  const cameo = _cameoCode(code)
  if (cameo === undefined) {
    throw new _RowProblem({
      reason: 'unknown-code',
      field: 'CAMEO Code',
      message: `CAMEO Code: "${code}" is not a CAMEO event code${/^\d{2}$/.test(code) || /^\d{2,3}$/.test(code) ? ' (a leading zero lost?)' : ''}`,
    })
  }
  const weight = _number(get('Intensity'), 'Intensity', -10, 10)
  if (weight === undefined)
    warnings.push({
      reason: 'no-goldstein',
      field: 'Intensity',
      message: 'Intensity: is blank; the event counts in its quad class only',
    })
  const label = _text(get('Event Text'), 'Event Text', 500) ?? cameo.label
  const source = sideOf(get('Source Name'), get('Source Sectors'), get('Source Country'), 'Source', warnings)
  const target = sideOf(get('Target Name'), get('Target Sectors'), get('Target Country'), 'Target', warnings)
  const story = _text(get('Story ID'), 'Story ID', 200)
  const sentence = _count(get('Sentence Number'), 'Sentence Number')
  const publisher = _text(get('Publisher'), 'Publisher', 500)
  const place = _place(
    {
      city: get('City'),
      adm2: get('District'),
      adm1: get('Province'),
      country: get('Country'),
      lat: get('Latitude'),
      lon: get('Longitude'),
    },
    '',
    warnings,
  )
  for (const field of ['City', 'District', 'Province'] as const) {
    const encoding = _encodingWarning(_text(get(field), field), field)
    if (encoding !== undefined) warnings.push(encoding)
  }
  if (place === undefined)
    warnings.push({
      reason: 'no-location',
      field: 'Country',
      message: 'City, District, Province, Country: blank; the event has no place',
    })
  const words = [place?.city, place?.adm2, place?.adm1, place?.country].filter((w) => w !== undefined)
  // The story is the event's own source: ICEWS dates an event by its story, so the story's day is the event's.
  const citation =
    story === undefined || publisher === undefined
      ? undefined
      : {
          id: `icews-story-${story.replace(/[^A-Za-z0-9._:-]/g, '-')}-${occurred.replace(/-/g, '')}`,
          publisher,
          published: occurred,
        }
  const draft: _Draft = {
    id: `icews-${record}`,
    dataset: 'icews',
    occurred,
    recorded: occurred,
    record,
    scheme: 'cameo',
    code,
    label,
    quadClass: _cameoQuad(Number(code.slice(0, 2)), 'icews'),
    ...(weight === undefined ? {} : { weight }),
    source: source === undefined ? [] : [source],
    target: target === undefined ? [] : [target],
    mode: [],
    context: [],
    ...(story === undefined ? {} : { story }),
    ...(sentence === undefined ? {} : { sentence }),
    ...(place === undefined ? {} : { place }),
    ...(words.length === 0 ? {} : { location: words.join(', ') }),
    ...(citation === undefined ? {} : { citation }),
    ...(publisher !== undefined && citation === undefined ? { notes: `Publisher: ${publisher}` } : {}),
  }
  return { ok: true, drafts: [draft], warnings }
}

const format: _Format = {
  parse,
  dataset: () => ({
    id: 'icews-coded-event-data',
    publisher: 'Harvard Dataverse',
    title: 'ICEWS Coded Event Data',
    url: 'https://doi.org/10.7910/DVN/28075',
  }),
  epoch: '1995-01-01',
}

/**
 * Imports ICEWS coded event data (tab-separated, 20 columns, a header row) as `coded` events,
 * with `actor` events declaring the actors they name first. An event is recorded on its Event
 * Date (the day of its story, the earliest the dataset could know it), unless the release says otherwise.
 *
 * @param source - the rows, header first: a string, a Node stream (a file, stdin) or a web stream
 * @param options - unknown actors, merging, strictness, the release cited
 * @returns the events, in order, and a summary once they are read; for a string, iterable synchronously too
 * @throws {@link BadRowError} while iterating, on the first bad row when `strict`, or on an unknown actor when `unknownActors` is `'error'`
 * @example
 * ```ts
 * import { ICEWS_COLUMNS, importIcews } from 'entente-timeline/import'
 *
 * const fields: Record<string, string> = {
 *   'Event ID': '1', 'Event Date': '7/12/2023', 'Source Name': 'Japan', 'Source Country': 'Japan',
 *   'CAMEO Code': '040', 'Event Text': 'Consult', Intensity: '1', 'Target Name': 'North Atlantic Treaty Organization',
 * }
 * const text = [ICEWS_COLUMNS.join('\t'), ICEWS_COLUMNS.map((column) => fields[column] ?? '').join('\t')].join('\n')
 * const run = importIcews(text)
 * for await (const event of run) if (event.kind === 'coded') console.log(event.occurred, event.actors)
 * //=> 2023-07-12 [ 'JPN', 'NATO' ]
 * ```
 */
export function importIcews<S extends ImportSource>(
  source: S,
  options?: ImportOptions,
): S extends string ? TextImportRun : ImportRun {
  return _run(format, source, options) as S extends string ? TextImportRun : ImportRun
}

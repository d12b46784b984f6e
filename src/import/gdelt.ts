/**
 * GDELT events: the daily files of GDELT 1.0 (57 tab-separated columns up to 2013-03-31, 58
 * with SOURCEURL after) and the 15-minute files of GDELT 2.0 (61 columns), no header row. The
 * version is told by the number of columns.
 *
 * Column orders: "GDELT 1.0 Event Database: Data Format Codebook V1.03" (2013) and "GDELT Event
 * Codebook V2.0" (2015), http://data.gdeltproject.org/documentation/GDELT-Data_Format_Codebook.pdf
 * and http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf: an event id and
 * four date columns, ten columns for each actor, the event's six (root flag, code, base code,
 * root code, quad class, Goldstein value), four counts and the average tone, three geographies
 * (seven columns each in 1.0; 2.0 adds ADM2Code), DATEADDED and SOURCEURL.
 */

import type { CodedPlace } from '../model/kinds/coded.js'
import {
  _blank,
  _compactDay,
  _compactInstant,
  _count,
  _encodingWarning,
  _misencoded,
  _number,
  _place,
  _text,
  _webCitation,
} from './fields.js'
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
import { _cameoCode, _cameoQuad, _organisationOfCameo, _stateOfCameoCountry } from './tables.js'

/**
 * The names of the columns of a GDELT 2.0 event row, in order (61). GDELT 1.0 rows have the
 * same columns but for the three `ADM2Code` columns, and no SOURCEURL up to 2013-03-31.
 *
 * @example
 * ```ts
 * import { GDELT_2_COLUMNS } from 'entente-timeline/import'
 *
 * GDELT_2_COLUMNS.length // 61
 * GDELT_2_COLUMNS[26] // 'EventCode'
 * ```
 */
export const GDELT_2_COLUMNS: readonly string[] = Object.freeze([
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo', true),
  ...geoColumns('Actor2Geo', true),
  ...geoColumns('ActionGeo', true),
  'DATEADDED',
  'SOURCEURL',
])

/**
 * The names of the columns of a GDELT 1.0 event row with SOURCEURL, in order (58); rows up to
 * 2013-03-31 stop before SOURCEURL (57).
 *
 * @example
 * ```ts
 * import { GDELT_1_COLUMNS } from 'entente-timeline/import'
 *
 * GDELT_1_COLUMNS.length // 58
 * GDELT_1_COLUMNS[56] // 'DATEADDED'
 * ```
 */
export const GDELT_1_COLUMNS: readonly string[] = Object.freeze(GDELT_2_COLUMNS.filter((c) => !c.endsWith('ADM2Code')))

function actorColumns(prefix: string): string[] {
  return [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `${prefix}${c}`)
}

function geoColumns(prefix: string, adm2: boolean): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', ...(adm2 ? ['ADM2Code'] : []), 'Lat', 'Long', 'FeatureID'].map(
    (c) => `${prefix}_${c}`,
  )
}

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const

/** The names of the ten actor columns of Actor1 and Actor2, made once. */
const ACTOR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Actor1: actorColumns('Actor1'),
  Actor2: actorColumns('Actor2'),
}

const GEO_PREFIX: Readonly<Record<string, string>> = { Actor1: 'Actor1Geo_', Actor2: 'Actor2Geo_' }

/**
 * Where each column of the row at hand ends, from the lengths of its fields: the runs of columns
 * a side or a place spans are then cut out of the row as one text, the key they are remembered by.
 */
const ends = new Int32Array(61)

/** Finds where the columns of a row end. */
function endsOf(f: readonly string[]): void {
  let end = -1
  const n = Math.min(f.length, 61)
  for (let i = 0; i < n; i++) {
    end += f[i]!.length + 1
    ends[i] = end
  }
}

/** The text of columns `from` to `to` (inclusive) of the row at hand, tabs included. */
function columns(text: string, from: number, to = from): string {
  return text.slice(from === 0 ? 0 : ends[from - 1]! + 1, ends[to])
}

/** The fields of a run of columns, split (a side's or a place's, parsed once and then remembered). */
function fieldsOf(text: string, from: number, to: number): string[] {
  return columns(text, from, to).split('\t')
}

/** What a run of columns makes, remembered by its text: a value, and the warnings it gives. */
interface Parsed<T> {
  readonly value: T
  readonly warnings: readonly _Problem[]
}

/**
 * The sides and places rows name repeat from row to row (the same states, the same cities), so
 * each is parsed once and remembered by the text of its columns; the memory is bounded, and
 * forgets everything when full. What is remembered is frozen, and shared by the events.
 */
const MEMORY = 20_000
const sides = new Map<string, Map<string, Parsed<_Side | undefined>>>()
let remembered = 0
const places = new Map<string, Parsed<CodedPlace | undefined>>()
const days = new Map<string, string>()
const instants = new Map<string, string>()

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MEMORY) map.clear()
  map.set(key, value)
  return value
}

/** The side a row's ten actor columns describe, from `at`, with its place; undefined when they are all blank. */
function sideAt(
  text: string,
  at: number,
  prefix: string,
  geo: number,
  width: number,
  adm2: boolean,
): Parsed<_Side | undefined> {
  const actor = columns(text, at, at + 9)
  const where = columns(text, geo, geo + width - 1)
  let byPlace = sides.get(actor)
  const known = byPlace?.get(where)
  if (known !== undefined) return known
  if (byPlace === undefined || remembered >= MEMORY) {
    if (remembered >= MEMORY) {
      sides.clear()
      remembered = 0
    }
    byPlace = new Map()
    sides.set(actor, byPlace)
  }
  const warnings: _Problem[] = []
  const value = sideOf(actor.split('\t'), prefix, fieldsOf(text, geo, geo + width - 1), adm2, warnings)
  const parsed = { value, warnings }
  remembered++
  byPlace.set(where, parsed)
  return parsed
}

/** The side ten actor columns describe; undefined when they are all blank. */
function sideOf(
  f: readonly string[],
  prefix: string,
  geo: readonly string[],
  adm2: boolean,
  warnings: _Problem[],
): _Side | undefined {
  const names = ACTOR_FIELDS[prefix]!
  const code = _text(f[0], names[0]!, 100)
  const name = _text(f[1], names[1]!, 500)
  const country = _text(f[2], names[2]!, 200)
  if (code === undefined && name === undefined && country === undefined) return undefined
  const group = _text(f[3], names[3]!, 100)
  const ethnic = _text(f[4], names[4]!, 100)
  const religions: string[] = []
  for (let i = 5; i < 7; i++) {
    const religion = _text(f[i], names[i]!, 100)
    if (religion !== undefined) religions.push(religion)
  }
  const roles: string[] = []
  for (let i = 7; i < 10; i++) {
    const role = _text(f[i], names[i]!, 200)
    if (role !== undefined) roles.push(role)
  }
  const encoding = _encodingWarning(name, names[1]!)
  if (encoding !== undefined) warnings.push(encoding)
  const place = placeOf(geo, GEO_PREFIX[prefix]!, adm2, warnings)
  // An organisation by its group or IGO code first when the code says it is one, then a
  // state by its country code, then a state the code itself names.
  let known =
    code?.startsWith('IGO') === true || country === undefined
      ? ((group === undefined ? undefined : _organisationOfCameo(group)) ??
        (code === undefined ? undefined : _organisationOfCameo(code)))
      : undefined
  if (known === undefined && country !== undefined) known = _stateOfCameoCountry(country)
  if (known === undefined && code !== undefined && code.length === 3) known = _stateOfCameoCountry(code)
  const side: { -readonly [K in keyof _Side]: _Side[K] } = {
    roles: Object.freeze(roles) as string[],
    religions: Object.freeze(religions) as string[],
    known,
    fallback: undefined,
  }
  if (code !== undefined) side.code = code
  if (name !== undefined) side.name = name
  if (country !== undefined) side.country = country
  if (group !== undefined) side.group = group
  if (ethnic !== undefined) side.ethnic = ethnic
  if (place !== undefined) side.place = place
  if (known === undefined) {
    const fallbackId = _fallbackId(code ?? name ?? '')
    if (fallbackId !== undefined) side.fallback = { id: fallbackId, name: name ?? code ?? fallbackId }
  }
  return side
}

/** The place of a row's action, from `at`, remembered by its columns. */
function placeAt(text: string, at: number, width: number, adm2: boolean): Parsed<CodedPlace | undefined> {
  const where = columns(text, at, at + width - 1)
  const known = places.get(where)
  if (known !== undefined) return known
  const warnings: _Problem[] = []
  const value = placeOf(where.split('\t'), 'ActionGeo_', adm2, warnings)
  return remember(places, where, { value, warnings })
}

/** The place of a geography's seven (1.0) or eight (2.0) columns, frozen; undefined when blank. */
function placeOf(f: readonly string[], prefix: string, adm2: boolean, warnings: _Problem[]) {
  const o = adm2 ? 1 : 0
  const name = f[1]
  if (name !== undefined && _misencoded(name))
    warnings.push(_encodingWarning(_text(name, `${prefix}FullName`), `${prefix}FullName`)!)
  const place = _place(
    {
      type: f[0],
      name,
      country: f[2],
      adm1: f[3],
      adm2: adm2 ? f[4] : undefined,
      lat: f[4 + o],
      lon: f[5 + o],
      featureId: f[6 + o],
    },
    prefix,
    warnings,
  )
  return place === undefined ? undefined : Object.freeze(place)
}

/** A day `YYYYMMDD`, remembered (a file's rows fall on a few days). */
function dayOf(value: string, field: string): string {
  return days.get(value) ?? remember(days, value, _compactDay(value, field))
}

// The last DATEADDED read: a GDELT 2.0 file's rows were all added in the same 15 minutes.
let lastAdded = ''
let lastInstant = ''

/** A UTC second `YYYYMMDDHHMMSS` (GDELT 2.0 DATEADDED), remembered (a file's rows share a few). */
function instantOf(value: string): string {
  if (value === lastAdded) return lastInstant
  const instant = instants.get(value) ?? remember(instants, value, _compactInstant(value, 'DATEADDED'))
  lastAdded = value
  lastInstant = instant
  return instant
}

/** Parses one GDELT row. */
function parse(row: _Row): _Parsed {
  const text = row.text
  const f = text.split('\t')
  const n = f.length
  if (n !== 57 && n !== 58 && n !== 61) {
    return {
      ok: false,
      problem: {
        reason: 'column-count',
        message: `has ${n} columns; GDELT 1.0 rows have 57 (to 2013-03-31) or 58, GDELT 2.0 rows 61 (a truncated or joined row?)`,
      },
    }
  }
  endsOf(f)
  const v2 = n === 61
  const dataset = v2 ? 'gdelt-2' : 'gdelt-1'
  const warnings: _Problem[] = []
  const record = _text(f[0], 'GLOBALEVENTID', 30)
  if (record === undefined) throw _blank('GLOBALEVENTID')
  if (!/^\d+$/.test(record))
    throw new _RowProblem({
      reason: 'bad-field',
      field: 'GLOBALEVENTID',
      message: `GLOBALEVENTID: "${record}" is not a number`,
    })
  const occurred = dayOf(f[1]!, 'SQLDATE')
  const added = f[v2 ? 59 : 56]!
  const recorded = v2 ? instantOf(added) : dayOf(added, 'DATEADDED')
  if (recorded.slice(0, 10) < occurred) {
    throw new _RowProblem({
      reason: 'dated-after-added',
      field: 'SQLDATE',
      message: `SQLDATE: ${occurred} is after DATEADDED (${recorded}): an event cannot be known before it happens`,
    })
  }
  const code = _text(f[26], 'EventCode', 50)
  if (code === undefined) throw _blank('EventCode')
  const cameo = _cameoCode(code)
  if (cameo === undefined) {
    throw new _RowProblem({
      reason: 'unknown-code',
      field: 'EventCode',
      message: `EventCode: "${code}" is not a CAMEO event code`,
    })
  }
  const quad = _count(f[29], 'QuadClass')
  if (quad !== undefined && (quad < 1 || quad > 4))
    throw new _RowProblem({ reason: 'bad-number', field: 'QuadClass', message: `QuadClass: "${quad}" is not 1 to 4` })
  if (quad === undefined)
    warnings.push({
      reason: 'no-quad-class',
      field: 'QuadClass',
      message: "QuadClass: is blank; GDELT's convention for the root code is used",
    })
  let weight = _number(f[30], 'GoldsteinScale', -10, 10)
  if (weight === undefined) {
    weight = cameo.goldstein
    warnings.push({
      reason: 'goldstein-from-table',
      field: 'GoldsteinScale',
      message: `GoldsteinScale: is blank; the CAMEO table's ${weight} for ${code} is used`,
    })
  }
  const mentions = _count(f[31], 'NumMentions')
  const sources = _count(f[32], 'NumSources')
  const articles = _count(f[33], 'NumArticles')
  const counts =
    mentions === undefined || sources === undefined || articles === undefined
      ? undefined
      : { mentions, sources, articles }
  if (counts === undefined)
    warnings.push({
      reason: 'blank-counts',
      field: 'NumMentions',
      message: 'NumMentions, NumSources or NumArticles: blank; no counts are kept',
    })
  const averageTone = _number(f[34], 'AvgTone', -100, 100)
  const root = _text(f[25], 'IsRootEvent', 5)
  const geo = 35
  const width = v2 ? 8 : 7
  const source = sideAt(text, 5, 'Actor1', geo, width, v2)
  for (const warning of source.warnings) warnings.push(warning)
  const target = sideAt(text, 15, 'Actor2', geo + width, width, v2)
  for (const warning of target.warnings) warnings.push(warning)
  const action = placeAt(text, geo + 2 * width, width, v2)
  for (const warning of action.warnings) warnings.push(warning)
  const place = action.value
  if (place === undefined)
    warnings.push({
      reason: 'no-location',
      field: 'ActionGeo_FullName',
      message: 'ActionGeo: is blank; the event has no place',
    })
  const url = v2 || n === 58 ? _text(f[n - 1], 'SOURCEURL', 10_000) : undefined
  const citation =
    url === undefined ? undefined : _webCitation(url, recorded.slice(0, 10), v2 ? 'gdelt-2-url' : 'gdelt-1-url')
  if (url !== undefined && citation === undefined)
    warnings.push({
      reason: 'bad-url',
      field: 'SOURCEURL',
      message: `SOURCEURL: "${url.slice(0, 80)}" is not a web address; kept in notes`,
    })
  // Built field by field: this runs once a row.
  const draft: { -readonly [K in keyof _Draft]: _Draft[K] } = {
    id: `${dataset}-${record}`,
    dataset,
    occurred,
    recorded,
    record,
    scheme: 'cameo',
    code,
    label: cameo.label,
    quadClass: quad === undefined ? _cameoQuad(Number(code.slice(0, 2)), 'gdelt') : QUADS[quad - 1]!,
    weight,
    source: source.value === undefined ? NONE : [source.value],
    target: target.value === undefined ? NONE : [target.value],
    mode: NONE as unknown as string[],
    context: NONE as unknown as string[],
  }
  if (root !== undefined) draft.root = root === '1'
  if (counts !== undefined) draft.counts = counts
  if (averageTone !== undefined) draft.averageTone = averageTone
  if (place !== undefined) draft.place = place
  if (place?.name !== undefined) draft.location = place.name
  if (citation !== undefined) draft.citation = citation
  else if (url !== undefined) draft.notes = `SOURCEURL: ${url}`
  return { ok: true, drafts: [draft], warnings }
}

/** An empty list, shared. */
const NONE: _Side[] = Object.freeze([]) as unknown as _Side[]

const format: _Format = {
  parse,
  dataset: (dataset) =>
    dataset === 'gdelt-2'
      ? {
          id: 'gdelt-2-events',
          publisher: 'The GDELT Project',
          title: 'GDELT 2.0 Event Database',
          url: 'https://www.gdeltproject.org/',
        }
      : {
          id: 'gdelt-1-events',
          publisher: 'The GDELT Project',
          title: 'GDELT 1.0 Event Database',
          url: 'https://www.gdeltproject.org/',
        },
  epoch: '1979-01-01',
}

/**
 * Imports GDELT 1.0 or 2.0 event rows (tab-separated, no header; the version told by the number
 * of columns) as `coded` events, with `actor` events declaring the actors they name first.
 *
 * @param source - the rows: a string, a Node stream (a file, stdin) or a web stream
 * @param options - unknown actors, merging, strictness, the release cited
 * @returns the events, in order, and a summary once they are read; for a string, iterable synchronously too
 * @throws {@link BadRowError} while iterating, on the first bad row when `strict`, or on an unknown actor when `unknownActors` is `'error'`
 * @example
 * ```ts
 * import { GDELT_2_COLUMNS, importGdelt } from 'entente-timeline/import'
 *
 * const fields: Record<string, string> = {
 *   GLOBALEVENTID: '1', SQLDATE: '20230712', Actor1Code: 'JPNGOV', Actor1CountryCode: 'JPN',
 *   Actor2Code: 'IGOWSTNAT', Actor2KnownGroupCode: 'NAT', EventCode: '042', QuadClass: '1',
 *   GoldsteinScale: '1.9', NumMentions: '4', NumSources: '1', NumArticles: '4', DATEADDED: '20230712154500',
 * }
 * const row = GDELT_2_COLUMNS.map((column) => fields[column] ?? '').join('\t')
 * const run = importGdelt(row)
 * for await (const event of run) console.log(event.kind, event.id)
 * //=> actor actor-JPN
 * //=> actor actor-NATO
 * //=> coded gdelt-2-1
 * console.log(run.summary.written) //=> 1
 * ```
 */
export function importGdelt<S extends ImportSource>(
  source: S,
  options?: ImportOptions,
): S extends string ? TextImportRun : ImportRun {
  return _run(format, source, options) as S extends string ? TextImportRun : ImportRun
}

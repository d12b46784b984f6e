/**
 * Reading the fields of a row: text, numbers, dates and places, each blank when the row leaves
 * it blank, and a problem naming the field when its value cannot be read.
 */
import type { CodedPlace } from '../model/kinds/coded.js'
import { type _Problem, _RowProblem } from './pipeline.js'

/** The field's text, trimmed; undefined when blank. */
export function _text(value: string | undefined, field: string, max = 500): string | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (text === '') return undefined
  if (text.length > max)
    throw new _RowProblem({ reason: 'bad-field', field, message: `${field}: is longer than ${max} characters` })
  return text
}

/** The field as a finite number; undefined when blank. */
export function _number(value: string | undefined, field: string, min = -Infinity, max = Infinity): number | undefined {
  const text = value?.trim()
  if (text === undefined || text === '') return undefined
  const n = Number(text)
  if (!Number.isFinite(n) || n < min || n > max) {
    const range = Number.isFinite(min) ? ` in ${min}..${max}` : ''
    throw new _RowProblem({ reason: 'bad-number', field, message: `${field}: "${text}" is not a number${range}` })
  }
  return n
}

/** The field as a whole number of at least 0; undefined when blank. */
export function _count(value: string | undefined, field: string): number | undefined {
  const n = _number(value, field, 0)
  if (n !== undefined && !Number.isInteger(n))
    throw new _RowProblem({ reason: 'bad-number', field, message: `${field}: "${value}" is not a whole number` })
  return n
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether year, month and day make a calendar date. */
function isDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return false
  return !(m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** A day `YYYY-MM-DD` from its parts, or a problem naming the field. */
export function _dayOf(y: number, m: number, d: number, field: string, raw: string): string {
  if (!isDate(y, m, d) || y < 1)
    throw new _RowProblem({ reason: 'bad-date', field, message: `${field}: "${raw}" is not a calendar date` })
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}

/** A required field that is blank. */
export function _blank(field: string): _RowProblem {
  return new _RowProblem({ reason: 'blank-field', field, message: `${field}: is blank` })
}

/** A day written `YYYYMMDD` (GDELT SQLDATE, GDELT 1.0 DATEADDED), as `YYYY-MM-DD`. */
export function _compactDay(value: string | undefined, field: string): string {
  const text = value?.trim() ?? ''
  if (text === '') throw _blank(field)
  if (!/^\d{8}$/.test(text))
    throw new _RowProblem({ reason: 'bad-date', field, message: `${field}: "${text}" is not a date YYYYMMDD` })
  const y = text.slice(0, 4)
  const m = text.slice(4, 6)
  const d = text.slice(6, 8)
  if (!isDate(Number(y), Number(m), Number(d)) || y === '0000')
    throw new _RowProblem({ reason: 'bad-date', field, message: `${field}: "${text}" is not a calendar date` })
  return `${y}-${m}-${d}`
}

/** A UTC second written `YYYYMMDDHHMMSS` (GDELT 2.0 DATEADDED), as an ISO timestamp. */
export function _compactInstant(value: string | undefined, field: string): string {
  const text = value?.trim() ?? ''
  if (text === '') throw _blank(field)
  const bad = () =>
    new _RowProblem({ reason: 'bad-date', field, message: `${field}: "${text}" is not a UTC time YYYYMMDDHHMMSS` })
  if (!/^\d{14}$/.test(text)) throw bad()
  const day = _compactDay(text.slice(0, 8), field)
  const h = text.slice(8, 10)
  const m = text.slice(10, 12)
  const s = text.slice(12, 14)
  if (h > '23' || m > '59' || s > '59') throw bad()
  return `${day}T${h}:${m}:${s}Z`
}

/** Whether text looks like UTF-8 that was read as Latin-1 on its way into the dataset ("CÃ´te"). */
export function _misencoded(text: string): boolean {
  return /[ÃÂ][\u0080-\u00bf]/.test(text)
}

/** A warning about a field whose text looks mis-encoded, or none. */
export function _encodingWarning(text: string | undefined, field: string): _Problem | undefined {
  return text !== undefined && _misencoded(text)
    ? {
        reason: 'mis-encoded',
        field,
        message: `${field}: "${text}" looks like UTF-8 read as Latin-1 before it reached the dataset; kept as written`,
      }
    : undefined
}

const PLACE_TEXTS = ['name', 'country', 'adm1', 'adm2', 'city', 'featureId'] as const

/** Puts a latitude or longitude on a place, or warns that it cannot be read. */
function coordinate(
  value: string | undefined,
  key: 'lat' | 'lon',
  limit: number,
  prefix: string,
  place: Record<string, string | number>,
  warnings: _Problem[],
): void {
  if (value === undefined || value === '') return
  const n = Number(value)
  if (value.trim() !== '' && Number.isFinite(n) && Math.abs(n) <= limit) place[key] = n
  else if (value.trim() !== '')
    warnings.push({
      reason: 'bad-coordinates',
      field: `${prefix}${key}`,
      message: `${prefix}${key}: "${value.trim()}" is not a ${key === 'lat' ? 'latitude' : 'longitude'}; the place is kept without it`,
    })
}

/**
 * A place from its parts, without the parts the row leaves blank; coordinates out of range are
 * left out with a warning. Undefined when every part is blank.
 */
export function _place(
  parts: { [K in keyof CodedPlace]?: string | undefined },
  prefix: string,
  warnings: _Problem[],
): CodedPlace | undefined {
  const place: Record<string, string | number> = {}
  for (const key of PLACE_TEXTS) {
    const raw = parts[key]
    if (raw === undefined || raw === '') continue
    const text = _text(raw, `${prefix}${key}`, key === 'name' ? 500 : key === 'featureId' ? 100 : 200)
    if (text !== undefined) place[key] = text
  }
  if (parts.type !== undefined && parts.type !== '') {
    const type = _count(parts.type, `${prefix}type`)
    if (type !== undefined && type <= 100) place.type = type
  }
  coordinate(parts.lat, 'lat', 90, prefix, place, warnings)
  coordinate(parts.lon, 'lon', 180, prefix, place, warnings)
  return Object.keys(place).length === 0 ? undefined : (place as CodedPlace)
}

/** A short, stable hash of a string (FNV-1a, 52 bits), as base 36: for citation ids made from URLs. */
export function _hash(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x811c9dc5)
  }
  return ((h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff)).toString(36)
}

// A web address the log's URL check accepts: http(s), a host of letters, digits, dots and
// hyphens, an optional port, then anything without spaces. Read with a pattern, not a URL
// parser, as this runs for every GDELT row; the host is the citation's publisher.
const WEB = /^https?:\/\/(?:www\.)?([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?(?:[/?#]\S*)?$/i

/** A web citation. */
type WebCitation = { readonly id: string; readonly publisher: string; readonly url: string; readonly published: string }

/** What is known of a URL cited: its publisher, the hash its citations' ids are made from, its last citation. */
interface KnownUrl {
  readonly publisher: string
  readonly hash: string
  readonly prefix: string
  last: WebCitation | undefined
}

/**
 * What is known of each URL cited (GDELT writes several events for one article, and the same
 * article in many files), and of the last one (an article's events are together). Bounded: it
 * forgets them all when full; null for a URL that is not a web address.
 */
const urls = new Map<string, KnownUrl | null>()
let lastUrl = ''
let lastKnown: KnownUrl | null = null

/** The citation of a web page: its host as publisher, dated by a day; undefined when it is not a web address. */
export function _webCitation(url: string, published: string, idPrefix: string): WebCitation | undefined {
  let known = url === lastUrl ? lastKnown : urls.get(url)
  if (known === undefined) {
    const host = url.length > 2000 ? undefined : WEB.exec(url)?.[1]
    if (urls.size >= 20_000) urls.clear()
    known =
      host === undefined ? null : { publisher: host.toLowerCase(), hash: _hash(url), prefix: idPrefix, last: undefined }
    urls.set(url, known)
  }
  lastUrl = url
  lastKnown = known
  if (known === null) return undefined
  const last = known.last
  if (last !== undefined && last.published === published && known.prefix === idPrefix) return last
  // Citations are never changed once made (they are frozen), so one serves every row that cites it.
  const citation = Object.freeze({
    id: `${idPrefix}-${known.hash}-${published.slice(0, 4)}${published.slice(5, 7)}${published.slice(8, 10)}`,
    publisher: known.publisher,
    url,
    published,
  })
  // A URL cited under another prefix (another dataset) is remembered for the last one.
  if (known.prefix === idPrefix) known.last = citation
  return citation
}

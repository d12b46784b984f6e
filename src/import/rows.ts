/**
 * The row reader every importer shares: lines from a string, an async iterable of chunks (a
 * Node stream, a file handle's chunks) or a web ReadableStream, one at a time, holding at most
 * one chunk and one line. Bytes are read as UTF-8; a line that is not valid UTF-8 is read as
 * Latin-1 (Windows-1252), as event datasets built from many feeds often hold such lines, and
 * is flagged so the importer can say so.
 */
import { LimitExceededError } from '../errors.js'
import { _chunksOf } from '../log/codec/ndjson.js'

/**
 * What an importer reads: the whole text, an async iterable of chunks (a Node stream such as
 * `fs.createReadStream(path)` or `process.stdin`), or a web `ReadableStream`.
 *
 * @example
 * ```ts
 * import type { ImportSource } from 'entente-timeline/import'
 *
 * const source: ImportSource = 'a\tb\n'
 * ```
 */
export type ImportSource =
  | string
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<Uint8Array>
  | ReadableStream<string>

/** One line of input: its text, its number (from 1), and whether it was read as Latin-1. */
export interface _Row {
  readonly text: string
  readonly line: number
  readonly latin1: boolean
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const latin1 = new TextDecoder('windows-1252')

/** Decodes one line's bytes: UTF-8, or Latin-1 when they are not UTF-8. */
function decodeLine(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    return { text: utf8.decode(bytes), latin1: false }
  } catch {
    return { text: latin1.decode(bytes), latin1: true }
  }
}

/**
 * Reads the lines of a source. Blank lines are skipped (but counted), a trailing `\r` is
 * dropped, and a byte-order mark at the start is ignored.
 *
 * @throws {@link LimitExceededError} when a line is longer than `maxLineLength` bytes
 */
export async function* _readRows(source: ImportSource, maxLineLength: number): AsyncGenerator<_Row> {
  let line = 0
  const emit = (text: string, flagged: boolean): _Row | undefined => {
    line++
    const clean = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text
    // Only a line that starts with white space can be blank: most are not trimmed at all.
    const blank = clean.length === 0 || (clean.charCodeAt(0) <= 32 && clean.trim() === '')
    return blank ? undefined : { text: clean, line, latin1: flagged }
  }
  if (typeof source === 'string') {
    let start = source.charCodeAt(0) === 0xfeff ? 1 : 0
    while (start < source.length) {
      const newline = source.indexOf('\n', start)
      const end = newline === -1 ? source.length : newline
      const row = emit(source.slice(start, end), false)
      if (row !== undefined) yield row
      start = end + 1
    }
    return
  }
  const iterable = _chunksOf(source)
  // Bytes of a line that has not ended yet, and strings likewise (a source gives one or the other).
  let pendingBytes: Uint8Array = new Uint8Array(0)
  let pendingText = ''
  let first = true
  for await (const chunk of iterable) {
    if (typeof chunk === 'string') {
      let text = pendingText + chunk
      if (first) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        first = false
      }
      let start = 0
      for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
        const row = emit(text.slice(start, newline), false)
        if (row !== undefined) yield row
        start = newline + 1
      }
      pendingText = text.slice(start)
      if (pendingText.length > maxLineLength) throw tooLong(line + 1, maxLineLength)
      continue
    }
    let bytes = chunk
    if (pendingBytes.length > 0) {
      const joined = new Uint8Array(pendingBytes.length + chunk.length)
      joined.set(pendingBytes)
      joined.set(chunk, pendingBytes.length)
      bytes = joined
    }
    if (first && bytes.length > 0) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
      first = false
    }
    const last = bytes.lastIndexOf(10)
    if (last === -1) {
      pendingBytes = bytes.slice()
      if (pendingBytes.length > maxLineLength) throw tooLong(line + 1, maxLineLength)
      continue
    }
    // The lines of a chunk are decoded at once when they are all UTF-8 (a newline byte never
    // occurs inside a multi-byte character), and one by one otherwise, to flag only the bad ones.
    const whole = bytes.subarray(0, last)
    let text: string | undefined
    try {
      text = utf8.decode(whole)
    } catch {
      text = undefined
    }
    if (text !== undefined) {
      let start = 0
      for (;;) {
        const newline = text.indexOf('\n', start)
        const row = emit(text.slice(start, newline === -1 ? text.length : newline), false)
        if (row !== undefined) yield row
        if (newline === -1) break
        start = newline + 1
      }
    } else {
      let start = 0
      for (;;) {
        const newline = whole.indexOf(10, start)
        const decoded = decodeLine(whole.subarray(start, newline === -1 ? whole.length : newline))
        const row = emit(decoded.text, decoded.latin1)
        if (row !== undefined) yield row
        if (newline === -1) break
        start = newline + 1
      }
    }
    pendingBytes = bytes.slice(last + 1)
    if (pendingBytes.length > maxLineLength) throw tooLong(line + 1, maxLineLength)
  }
  if (pendingText !== '') {
    const row = emit(pendingText, false)
    if (row !== undefined) yield row
  }
  if (pendingBytes.length > 0) {
    const decoded = decodeLine(pendingBytes)
    const row = emit(decoded.text, decoded.latin1)
    if (row !== undefined) yield row
  }
}

function tooLong(line: number, max: number): LimitExceededError {
  return new LimitExceededError('maxLineLength', max, `line ${line}: is longer than ${max} characters`, line)
}

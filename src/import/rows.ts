/**
 * The row reader every importer shares: lines from a string, an async iterable of chunks (a
 * Node stream, a file handle's chunks) or a web ReadableStream, a batch at a time (the lines of
 * one chunk), holding at most one chunk and one line. Bytes are read as UTF-8; a line that is
 * not valid UTF-8 is read as Latin-1 (Windows-1252), as event datasets built from many feeds
 * often hold such lines, and is flagged so the importer can say so.
 */
import { InvalidArgumentError, LimitExceededError } from '../errors.js'
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

/** How many lines make one batch, at most (a text's, or a chunk's). */
const BATCH = 256

/**
 * Splits chunks into rows, synchronously: `push` a chunk and receive the lines it completes,
 * `end` to receive the last. Blank lines are skipped (but counted), a trailing `\r` is dropped,
 * and a byte-order mark at the start is ignored.
 */
export class _RowSplitter {
  private line = 0
  // Bytes of a line that has not ended yet, and strings likewise (a source gives one or the other).
  private pendingBytes: Uint8Array = new Uint8Array(0)
  private pendingText = ''
  private first = true

  constructor(private readonly maxLineLength: number) {}

  private emit(text: string, flagged: boolean, out: _Row[]): void {
    this.line++
    const clean = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text
    // Only a line that starts with white space can be blank: most are not trimmed at all.
    if (clean.length === 0 || (clean.charCodeAt(0) <= 32 && clean.trim() === '')) return
    out.push({ text: clean, line: this.line, latin1: flagged })
  }

  /**
   * Adds a chunk; the rows it completes are pushed onto `out`.
   *
   * @throws {@link LimitExceededError} when a line is longer than the limit
   */
  push(chunk: string | Uint8Array, out: _Row[]): void {
    if (typeof chunk === 'string') this.pushText(chunk, out)
    else if (chunk instanceof Uint8Array) this.pushBytes(chunk, out)
    else throw new InvalidArgumentError('source', `yields a chunk that is neither a string nor bytes (${typeof chunk})`)
  }

  private pushText(chunk: string, out: _Row[]): void {
    let text = this.pendingText + chunk
    if (this.first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      this.first = false
    }
    let start = 0
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.emit(text.slice(start, newline), false, out)
      start = newline + 1
    }
    this.pendingText = text.slice(start)
    if (this.pendingText.length > this.maxLineLength) throw tooLong(this.line + 1, this.maxLineLength)
  }

  private pushBytes(chunk: Uint8Array, out: _Row[]): void {
    let bytes = chunk
    if (this.pendingBytes.length > 0) {
      const joined = new Uint8Array(this.pendingBytes.length + chunk.length)
      joined.set(this.pendingBytes)
      joined.set(chunk, this.pendingBytes.length)
      bytes = joined
    }
    if (this.first && bytes.length > 0) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
      this.first = false
    }
    const last = bytes.lastIndexOf(10)
    if (last === -1) {
      this.pendingBytes = bytes.slice()
      if (this.pendingBytes.length > this.maxLineLength) throw tooLong(this.line + 1, this.maxLineLength)
      return
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
        this.emit(text.slice(start, newline === -1 ? text.length : newline), false, out)
        if (newline === -1) break
        start = newline + 1
      }
    } else {
      let start = 0
      for (;;) {
        const newline = whole.indexOf(10, start)
        const decoded = decodeLine(whole.subarray(start, newline === -1 ? whole.length : newline))
        this.emit(decoded.text, decoded.latin1, out)
        if (newline === -1) break
        start = newline + 1
      }
    }
    this.pendingBytes = bytes.slice(last + 1)
    if (this.pendingBytes.length > this.maxLineLength) throw tooLong(this.line + 1, this.maxLineLength)
  }

  /** Ends the input: the last line, if it did not end with a newline, is pushed onto `out`. */
  end(out: _Row[]): void {
    if (this.pendingText !== '') this.emit(this.pendingText, false, out)
    if (this.pendingBytes.length > 0) {
      const decoded = decodeLine(this.pendingBytes)
      this.emit(decoded.text, decoded.latin1, out)
    }
    this.pendingText = ''
    this.pendingBytes = new Uint8Array(0)
  }
}

/** The rows of a whole string, a batch of lines at a time, synchronously. */
export function* _rowBatchesOfString(text: string, maxLineLength: number): Generator<_Row[]> {
  const splitter = new _RowSplitter(maxLineLength)
  let start = 0
  while (start < text.length) {
    // Cut after the BATCH-th newline, so that a batch is whole lines (the splitter joins the rest).
    let end = start
    for (let i = 0; i < BATCH && end !== -1; i++) {
      end = text.indexOf('\n', end)
      if (end !== -1) end++
    }
    const stop = end === -1 ? text.length : end
    const out: _Row[] = []
    splitter.push(text.slice(start, stop), out)
    if (stop === text.length) splitter.end(out)
    if (out.length > 0) yield out
    start = stop
  }
}

/** The rows of a source, the lines of one chunk at a time (a string's, a few thousand at a time). */
export async function* _rowBatches(source: ImportSource, maxLineLength: number): AsyncGenerator<_Row[]> {
  if (typeof source === 'string') {
    yield* _rowBatchesOfString(source, maxLineLength)
    return
  }
  const splitter = new _RowSplitter(maxLineLength)
  for await (const chunk of _chunksOf(source)) {
    const out: _Row[] = []
    splitter.push(chunk, out)
    // A chunk of a megabyte holds thousands of rows: given a few hundred at a time, their events
    // die young, before the collector has to move them.
    if (out.length <= BATCH) {
      if (out.length > 0) yield out
    } else for (let at = 0; at < out.length; at += BATCH) yield out.slice(at, at + BATCH)
  }
  const out: _Row[] = []
  splitter.end(out)
  if (out.length > 0) yield out
}

/**
 * Reads the lines of a source, one at a time (see {@link _RowSplitter}).
 *
 * @throws {@link LimitExceededError} when a line is longer than `maxLineLength` bytes
 */
export async function* _readRows(source: ImportSource, maxLineLength: number): AsyncGenerator<_Row> {
  for await (const batch of _rowBatches(source, maxLineLength)) yield* batch
}

function tooLong(line: number, max: number): LimitExceededError {
  return new LimitExceededError('maxLineLength', max, `line ${line}: is longer than ${max} characters`, line)
}

/**
 * NDJSON: one event a line. Reads from a string or, streaming with bounded memory, from an
 * async iterable of strings or bytes or a web ReadableStream. Chunks may split lines and
 * multi-byte characters; a byte-order mark and CRLF line ends are accepted; blank lines are
 * skipped. Every value keeps the 1-based line it came from.
 */
import { InvalidArgumentError, LimitExceededError, ValidationError } from '../../errors.js'
import type { _Incoming } from '../validate.js'
import { _checkJsonText, type ReadLimits } from './limits.js'

/**
 * Parses one line of JSON text into a value, or throws a ValidationError (or a
 * LimitExceededError) with its line number and, where it can be read, the event id.
 */
export function _parseLine(text: string, line: number | undefined, limits: Required<ReadLimits>): _Incoming {
  _checkJsonText(text, limits, line)
  try {
    return { value: JSON.parse(text) as unknown, line, json: true }
  } catch (error) {
    const id = /"id"\s*:\s*"([A-Za-z0-9._:-]{1,200})"/.exec(text)?.[1]
    throw new ValidationError(
      [
        {
          ...(line === undefined ? {} : { line }),
          ...(id === undefined ? {} : { eventId: id }),
          code: 'invalid-json',
          path: [],
          message: `is not valid JSON (${(error as Error).message})`,
        },
      ],
      { cause: error },
    )
  }
}

/** Splits NDJSON text into non-blank lines with their numbers. */
export function* _lines(text: string): Generator<{ text: string; line: number }> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end)
    if (raw.trim() !== '') yield { text: raw, line }
    start = end + 1
    line++
  }
}

/**
 * A source of NDJSON text, read chunk by chunk: a web `ReadableStream` (of bytes or text), a
 * Node stream, or any async iterable of strings or bytes.
 *
 * @example
 * ```ts
 * import { type NdjsonSource, Timeline } from 'entente-timeline'
 *
 * async function* lines(): AsyncGenerator<string> {
 *   yield '{"id":"actor-nato","kind":"actor","occurred":"1949-04-04","recorded":"1949-04-04",'
 *   yield '"actors":["NATO"],"sources":[{"id":"nato","publisher":"NATO","published":"1949-04-04"}],"actorKind":"organisation","name":"NATO"}\n'
 * }
 * const source: NdjsonSource = lines()
 * const timeline = await Timeline.readNdjson(source)
 * console.log(timeline.version) // 1
 * ```
 */
export type NdjsonSource = AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array> | ReadableStream<string>

/**
 * Reads lines from a streaming source, decoding UTF-8 strictly (invalid bytes are an error
 * with the line they are on), holding at most one line and one chunk in memory.
 */
export async function* _streamLines(
  source: NdjsonSource,
  maxLineLength: number,
): AsyncGenerator<{ text: string; line: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  let pending = ''
  let line = 1
  const iterable = _chunksOf(source)
  // Bytes are decoded a line at a time (a newline byte never occurs inside a multi-byte
  // character), so that invalid bytes are reported on their own line, not on the first line
  // of the chunk they came in.
  const decode = (chunk: string | Uint8Array, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk
    if (!(chunk instanceof Uint8Array))
      throw new InvalidArgumentError('source', `yields a chunk that is neither a string nor bytes (${typeof chunk})`)
    let text = ''
    let from = 0
    let newlines = 0
    for (;;) {
      const newline = chunk.indexOf(10, from)
      const end = newline === -1 ? chunk.length : newline + 1
      try {
        text += decoder.decode(chunk.subarray(from, end), { stream: stream || newline !== -1 })
      } catch (error) {
        throw new ValidationError(
          [{ code: 'invalid-encoding', line: line + newlines, path: [], message: 'is not valid UTF-8' }],
          {
            cause: error,
          },
        )
      }
      if (newline === -1) return text
      newlines++
      from = end
    }
  }
  let first = true
  for await (const chunk of iterable) {
    let text = decode(chunk, true)
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    // What was pending before this chunk holds no newline: look only at the new text, so that a
    // long line read in many chunks is not searched (nor flattened) again for every chunk.
    const inText = text.indexOf('\n')
    let newline = inText === -1 ? -1 : pending.length + inText
    pending += text
    let start = 0
    while (newline !== -1) {
      const raw =
        pending.charCodeAt(newline - 1) === 13 ? pending.slice(start, newline - 1) : pending.slice(start, newline)
      if (raw.trim() !== '') yield { text: raw, line }
      line++
      start = newline + 1
      newline = pending.indexOf('\n', start)
    }
    pending = start === 0 ? pending : pending.slice(start)
    if (pending.length > maxLineLength) {
      throw new LimitExceededError(
        'maxLineLength',
        maxLineLength,
        `line ${line}: is longer than ${maxLineLength} characters`,
        line,
      )
    }
  }
  pending += decode(new Uint8Array(0), false)
  if (pending.trim() !== '') yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, line }
}

/**
 * The chunks of a source of text or bytes, a web stream read as an async iterable. Internal: the
 * NDJSON codec and the importers' row reader share it.
 */
export function _chunksOf(source: NdjsonSource): AsyncIterable<string | Uint8Array> {
  return isReadableStream(source) ? iterateStream(source) : source
}

function isReadableStream(source: NdjsonSource): source is ReadableStream<Uint8Array> | ReadableStream<string> {
  return typeof (source as ReadableStream).getReader === 'function'
}

async function* iterateStream(
  stream: ReadableStream<Uint8Array> | ReadableStream<string>,
): AsyncGenerator<string | Uint8Array> {
  const reader = (stream as ReadableStream<string | Uint8Array>).getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

/**
 * Lists that grow with a pair's history, kept in a projection's state as chunks: a run of
 * events folded in one `produce` copies the last chunk and the list of chunks, not every item
 * so far, so a checkpoint costs what changed since the last one.
 */

/** A list as chunks of at most {@link _CHUNK} items, in order. */
export type _Chunked<T> = T[][]

/** How many items a chunk holds. */
export const _CHUNK = 64

/** Appends an item to a chunked list (a draft). */
export function _pushChunked<T>(list: _Chunked<T>, item: T): void {
  const last = list[list.length - 1]
  if (last === undefined || last.length >= _CHUNK) list.push([item])
  else last.push(item)
}

/** The last item of a chunked list. */
export function _lastChunked<T>(list: _Chunked<T>): T | undefined {
  const last = list[list.length - 1]
  return last === undefined ? undefined : last[last.length - 1]
}

/** The items of a chunked list, in order, as one array. */
export function _flatChunked<T>(list: readonly (readonly T[])[]): T[] {
  return list.flat() as T[]
}

/** A chunked list whose last chunk may be written: the list of chunks and the last chunk copied, the rest shared. */
export function _openChunked<T>(list: _Chunked<T>): _Chunked<T> {
  const n = list.length
  if (n === 0) return []
  const open = list.slice(0, n - 1)
  open.push([...list[n - 1]!])
  return open
}

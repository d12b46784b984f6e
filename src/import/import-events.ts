/** One entry for every format, for callers (the command line) that pick the format by name. */
import { InvalidArgumentError } from '../errors.js'
import { importGdelt } from './gdelt.js'
import { importIcews } from './icews.js'
import type { ImportOptions, ImportRun, TextImportRun } from './pipeline.js'
import { importPlover } from './plover.js'
import type { ImportSource } from './rows.js'

/**
 * The formats an import reads.
 *
 * @example
 * ```ts
 * import { IMPORT_FORMATS } from 'entente-timeline/import'
 *
 * IMPORT_FORMATS // ['gdelt', 'icews', 'plover']
 * ```
 */
export const IMPORT_FORMATS = Object.freeze(['gdelt', 'icews', 'plover'] as const)

/**
 * A format an import reads: `'gdelt' | 'icews' | 'plover'`.
 *
 * @example
 * ```ts
 * import type { ImportFormat } from 'entente-timeline/import'
 *
 * const format: ImportFormat = 'icews'
 * ```
 */
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/**
 * Imports the rows of a dataset in the named format: see `importGdelt`, `importIcews` and `importPlover`.
 *
 * @param format - `'gdelt'`, `'icews'` or `'plover'`
 * @param source - the rows: a string, a Node stream (a file, stdin) or a web stream
 * @param options - unknown actors, merging, strictness, the release cited
 * @returns the events, in order, and a summary once they are read; for a string, iterable synchronously too
 * @throws `InvalidArgumentError` (of `entente-timeline`) when the format is not one of these
 * @example
 * ```ts
 * import { importEvents } from 'entente-timeline/import'
 *
 * const run = importEvents('plover', '{"id":"r1","date":"2023-07-12","source":[{"code":"JPN"}],"event":"AGREE"}')
 * for await (const _ of run);
 * run.summary.written //=> 1
 * ```
 */
export function importEvents<S extends ImportSource>(
  format: ImportFormat,
  source: S,
  options?: ImportOptions,
): S extends string ? TextImportRun : ImportRun {
  return importAny(format, source, options) as S extends string ? TextImportRun : ImportRun
}

function importAny(format: ImportFormat, source: ImportSource, options?: ImportOptions): ImportRun {
  switch (format) {
    case 'gdelt':
      return importGdelt(source, options)
    case 'icews':
      return importIcews(source, options)
    case 'plover':
      return importPlover(source, options)
    default:
      throw new InvalidArgumentError('format', `"${String(format)}" is not a format: use gdelt, icews or plover`)
  }
}

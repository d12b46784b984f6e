/**
 * entente-timeline/import: readers of machine-coded event datasets (GDELT 1.0 and 2.0 events,
 * ICEWS coded event data, PLOVER records as POLECAT codes them) that turn each row into a
 * sourced `coded` event, declaring the actors rows name, streaming with constant memory.
 *
 * @packageDocumentation
 * @module entente-timeline/import
 */
export { BadRowError } from '../errors.js'
export { GDELT_1_COLUMNS, GDELT_2_COLUMNS, importGdelt } from './gdelt.js'
export { ICEWS_COLUMNS, importIcews } from './icews.js'
export { IMPORT_FORMATS, type ImportFormat, importEvents } from './import-events.js'
export type {
  ImportDiagnostic,
  ImportedEvent,
  ImportOptions,
  ImportRun,
  ImportSummary,
  TextImportRun,
  UnknownActors,
} from './pipeline.js'
export { importPlover } from './plover.js'
export type { ImportSource } from './rows.js'

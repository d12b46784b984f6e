/**
 * The PostgreSQL log: an entente log stored embedded (PGlite, a folder on disk) or on a
 * PostgreSQL server. Needs `@electric-sql/pglite` or `pg` installed (optional peer dependencies).
 *
 * @packageDocumentation
 * @module entente-timeline/postgres
 */

export type { EmbeddedDatabase } from './driver.js'
export { PostgresLog, type PostgresLogOptions, type ScopeSource } from './postgres-log.js'

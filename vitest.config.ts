import { defineConfig } from 'vitest/config'

// The log and projection suites run a second time with their timelines stored in PGlite, and a
// third in a PostgreSQL server when ENTENTE_TEST_PG_URL names one (test/support/stored.ts): each
// timeline is written to a fresh log, read back, and every question asked of it is asked again of
// a scoped read. These suites test what lies under a stored log and run in memory only.
const OVER_A_DATABASE = ['test/log/**/*.test.ts', 'test/projection/**/*.test.ts', 'test/projections/**/*.test.ts']
const IN_MEMORY_ONLY = [
  'test/log/store.test.ts', // the in-memory log's own indexes
  'test/log/order.test.ts', // the valid-time index, a structure of the in-memory log
  'test/log/query-date.test.ts', // reading the dates of a question: no log
  'test/log/arguments-checked.test.ts', // argument types of the in-memory constructors and readers
  'test/log/collect-errors-cap.test.ts', // the NDJSON reader's error list
  'test/log/codec/**', // the NDJSON codec
]
const SERVER = process.env['ENTENTE_TEST_PG_URL']
// Under CI=true the server project runs without a server, and fails: a skipped server suite is a failure there.
const WITH_SERVER = SERVER !== undefined || process.env['CI'] === 'true'
if (!WITH_SERVER && process.env['ENTENTE_SERVER_SAID'] === undefined) {
  process.env['ENTENTE_SERVER_SAID'] = '1' // the config is read more than once: say it once
  console.log('server: ENTENTE_TEST_PG_URL unset, the log and projection suites run in memory and PGlite only')
}
const overA = (backend: 'pglite' | 'server') => ({
  extends: true as const,
  test: {
    name: backend,
    include: OVER_A_DATABASE,
    exclude: IN_MEMORY_ONLY,
    env: { ENTENTE_TEST_BACKEND: backend },
    // Loaded before every suite, so that a suite building no timeline fails too when the backend is missing.
    setupFiles: ['test/support/stored.ts'],
    // A PGlite database starts in the first test or hook that needs it: seconds on a loaded machine.
    hookTimeout: 60_000,
    testTimeout: 120_000,
    typecheck: { enabled: false },
  },
})

export default defineConfig({
  test: {
    projects: [
      { extends: true as const, test: { name: 'memory', include: ['test/**/*.test.ts'] } },
      overA('pglite'),
      ...(WITH_SERVER ? [overA('server')] : []),
    ],
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // What the suite reaches, rounded down and less a point, as the figures move a little from
      // run to run with the random property tests: so that coverage is only lost on purpose. The
      // command line is tested through its built binary in child processes, which this does not
      // see, hence the lower figures over all of src.
      thresholds: {
        statements: 76,
        branches: 70,
        functions: 75,
        lines: 77,
        'src/log/**': { statements: 95, branches: 91, functions: 95, lines: 96 },
        'src/projection/**': { statements: 97, branches: 96, functions: 97, lines: 97 },
        'src/projections/**': { statements: 95, branches: 91, functions: 99, lines: 98 },
        'src/model/**': { statements: 97, branches: 95, functions: 99, lines: 98 },
        'src/import/**': { statements: 91, branches: 80, functions: 97, lines: 94 },
        'src/postgres/**': { statements: 91, branches: 78, functions: 93, lines: 93 },
        'src/chart/**': { statements: 95, branches: 85, functions: 99, lines: 96 },
      },
    },
  },
})

/**
 * The tests StrykerJS runs against each mutant (`npm run mutate`): those of the log and the
 * projections, without the type tests, the command line's child processes or the reliability
 * corpus, which cannot see a mutant of src/log or src/projections that the others miss and
 * would make every mutant cost minutes on a shared machine.
 *
 * `MUTATE_SCOPE=projections` keeps only the tests that say what a projection answers (those of
 * the projections, the engine, the reference comparison and the Vilnius acceptance test): the
 * log's own tests cover the projections only as a means (the fork test folds a large log to time
 * it), and cost seconds for each mutant of a projection they cannot tell apart. `MUTATE_SCOPE=log`
 * keeps only the log's own tests, for a run over src/log that ends within the hour;
 * `MUTATE_SCOPE=validation` adds the model's, for the validation rules of src/log/validate.ts.
 */
import { defineConfig } from 'vitest/config'

const projections = [
  'test/projections/**/*.test.ts',
  'test/projection/**/*.test.ts',
  'test/reference/**/*.test.ts',
  'test/acceptance/vilnius-2023.test.ts',
]

const scopes: Record<string, string[]> = {
  projections,
  log: ['test/log/**/*.test.ts'],
  // The log's tests and the model's, which state the validation rules kind by kind.
  validation: ['test/log/**/*.test.ts', 'test/model/**/*.test.ts'],
}

export default defineConfig({
  test: {
    include: scopes[process.env['MUTATE_SCOPE'] ?? ''] ?? [...projections, 'test/log/**/*.test.ts'],
    exclude: ['**/*.properties.test.ts'],
    // The reference comparison kills what example tests miss; a few hundred questions a mutant is enough to tell.
    env: { REFERENCE_QUESTIONS: '600' },
    testTimeout: 60_000,
    // One module graph for every test file of a run: a mutant run re-imports nothing, which cut a run of these files
    // from 40 s to 11 s. Mutants are switched on at run time, so sharing modules does not let one leak into another.
    isolate: false,
  },
})

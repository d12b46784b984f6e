/**
 * The tests StrykerJS runs against each mutant (`npm run mutate`): those of the log and the
 * projections, without the type tests, the command line's child processes or the reliability
 * corpus, which cannot see a mutant of src/log or src/projections that the others miss and
 * would make every mutant cost minutes on a shared machine.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/projections/**/*.test.ts',
      'test/projection/**/*.test.ts',
      'test/log/**/*.test.ts',
      'test/reference/**/*.test.ts',
      'test/acceptance/vilnius-2023.test.ts',
    ],
    exclude: ['**/*.properties.test.ts'],
    // The reference comparison kills what example tests miss; a few hundred questions a mutant is enough to tell.
    env: { REFERENCE_QUESTIONS: '600' },
    testTimeout: 60_000,
  },
})

/** Answers of questions that may be refused, compared as values: the refusal stands for its answer. */
import { UnknownReferenceError } from '../../src/index.js'

/**
 * The answer of a question, or `{ refused }` with the id the timeline does not hold, when the
 * question names one (an `UnknownReferenceError`): two timelines that hold the same events
 * refuse the same questions.
 */
export function orRefused<R>(ask: () => R): R | { readonly refused: string } {
  try {
    return ask()
  } catch (error) {
    if (error instanceof UnknownReferenceError) return { refused: error.reference }
    throw error
  }
}

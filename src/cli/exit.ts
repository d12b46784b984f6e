/**
 * What the command line refuses, and how: a usage error (exit 2) for arguments it cannot
 * read, an input error (exit 1) for input it cannot use. Both print one line, never a stack.
 * This module loads nothing else, so that the entry can use it before it loads a command.
 */

/** The exit codes of `entente`. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const

/** The arguments cannot be read: an unknown command or option, a missing argument, a bad date. */
export class UsageError extends Error {
  /**
   * @param message - what is wrong with the arguments
   * @param command - the command whose help to point to, if any
   */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * The input cannot be used: a file that cannot be read or holds bad events, an actor or a
 * proposal it does not hold. Each line names one problem.
 */
export class InputError extends Error {
  /** The problems, one a line. */
  readonly lines: readonly string[]

  /** @param problems - what is wrong with the input: one problem, or several */
  constructor(problems: string | readonly string[]) {
    const lines = typeof problems === 'string' ? [problems] : problems
    super(lines.join('\n'))
    this.name = 'InputError'
    this.lines = lines
  }
}

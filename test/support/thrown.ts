/** Catching what an action throws, to look at its fields; fails the test when nothing is thrown. */
import { expect } from 'vitest'

/** The error an action throws. */
export function thrown(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  return expect.fail('expected the action to throw')
}

/** The error a promise rejects with. */
export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  return expect.fail('expected the promise to reject')
}

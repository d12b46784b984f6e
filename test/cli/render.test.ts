/** The renderers are optional packages: a missing one is a clear message naming what to install. */
import { describe, expect, it } from 'vitest'
import { loadOptional, toPng, toSvg } from '../../src/cli/render.js'
import { InputError } from '../../src/cli/usage.js'

const missing = async (name: string): Promise<never> => {
  const error = new Error(`Cannot find package '${name}'`) as Error & { code: string }
  error.code = 'ERR_MODULE_NOT_FOUND'
  throw error
}

describe('loadOptional', () => {
  it('says which package to install when one is missing', async () => {
    const error = await loadOptional('vega-lite', missing).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toContain('npm install vega-lite@6.4.3')
  })

  it('lets any other failure through', async () => {
    const broken = async (): Promise<never> => {
      throw new TypeError('broken')
    }
    await expect(loadOptional('vega', broken)).rejects.toThrow(TypeError)
  })

  it('stops SVG and PNG rendering with that message', async () => {
    await expect(toSvg({}, missing)).rejects.toThrow('optional package vega-lite')
    await expect(toPng('<svg/>', missing)).rejects.toThrow('optional package @resvg/resvg-js')
  })
})
